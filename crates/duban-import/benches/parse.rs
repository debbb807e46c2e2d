//! `cargo bench -p duban-import`: import throughput (MB/s on one core) and
//! peak heap relative to the input, on the bundled sample and on a
//! generated 10 MB table. Prints one line per case; figures go into
//! BENCHMARKS.md. No timing is asserted anywhere.

mod generate;

use duban_import::{Options, parse};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
/// Counting is switched off while timing, so it does not slow the parse.
static COUNTING: AtomicBool = AtomicBool::new(false);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            if new_size > layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn measure(name: &str, bytes: &[u8], min_time: Duration) {
    let options = Options::default();
    // Warm-up, and the peak heap of one parse. Only blocks allocated while
    // counting are counted, so LIVE starts at 0 and the peak is what one
    // parse holds at its fullest, output included.
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    ALLOCATIONS.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let parsed = parse(bytes, &options).expect("benchmark input parses");
    let allocations = ALLOCATIONS.load(Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed);
    let leaves = parsed.plan.leaves().len();
    drop(parsed);
    COUNTING.store(false, Ordering::Relaxed);
    // Individual runs, reported as median and best: a shared VM's timings
    // wander, and the best run is the least disturbed one.
    let mut times: Vec<Duration> = Vec::new();
    let start = Instant::now();
    while times.len() < 3 || start.elapsed() < min_time {
        let t = Instant::now();
        std::hint::black_box(parse(std::hint::black_box(bytes), &options).expect("parses"));
        times.push(t.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    let best = times[0];
    let mb = bytes.len() as f64 / 1_000_000.0;
    println!(
        "{name:<26} {:>6.2} MB {leaves:>6} measures  median {:>8.2} ms = {:>5.1} MB/s  best {:>5.1} MB/s  peak heap {:>6.1} MB = {:.1}x input  {} allocations  ({} runs)",
        mb,
        median.as_secs_f64() * 1000.0,
        mb / median.as_secs_f64(),
        mb / best.as_secs_f64(),
        peak as f64 / 1_000_000.0,
        peak as f64 / bytes.len() as f64,
        allocations,
        times.len(),
    );
}

fn main() {
    // `cargo test --benches` passes --bench-less flags; run quickly then.
    let quick = !std::env::args().any(|a| a == "--bench");
    let min_time = if quick { Duration::from_millis(1) } else { Duration::from_secs(3) };
    let seed = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/shandong-ip-division-table.txt"))
        .expect("bundled sample");
    measure("seed (Shandong IP table)", &seed, min_time);
    let size = if quick { 200_000 } else { 10_000_000 };
    let generated = generate::table(size);
    // DUBAN_BENCH_WRITE=path keeps the generated table, e.g. for profiling
    // `duban parse` on it.
    if let Some(path) = std::env::var_os("DUBAN_BENCH_WRITE") {
        std::fs::write(&path, &generated).expect("write the generated table");
    }
    measure("generated table", generated.as_bytes(), min_time);
}
