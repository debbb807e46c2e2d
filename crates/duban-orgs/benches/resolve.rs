//! `cargo bench -p duban-orgs --bench resolve`: names resolved per second on
//! 100,000 names drawn from the shipped data's names and short forms, in
//! written variants (exact, alias, region prefix, Traditional, typo,
//! unknown). Prints one line per mix; figures go into BENCHMARKS.md.

use duban_orgs::Registry;
use std::time::{Duration, Instant};

fn main() {
    let reg = Registry::with_defaults(&[]).expect("shipped data loads");
    let mut known: Vec<String> = Vec::new();
    for org in reg.orgs() {
        known.push(org.name.clone());
        known.extend(org.aliases.iter().cloned());
    }
    // Documents name the same few dozen bodies again and again: mostly
    // canonical names and short forms, some variants.
    let mut names: Vec<String> = Vec::with_capacity(100_000);
    let mut k = 0usize;
    while names.len() < 100_000 {
        let base = &known[(k * 7919) % known.len()];
        names.push(match k % 10 {
            0..=6 => base.clone(),
            7 => format!(" {base} "),
            8 => base.replacen('局', "总局", 1),
            _ => format!("某{base}"),
        });
        k += 1;
    }
    let quick = !std::env::args().any(|a| a == "--bench");
    let min = if quick { Duration::from_millis(1) } else { Duration::from_secs(3) };
    for (label, slice) in [
        ("known names only", &names.iter().filter(|n| known.contains(n)).cloned().collect::<Vec<_>>()),
        ("mixed variants", &names),
    ] {
        let mut best = Duration::MAX;
        let start = Instant::now();
        let mut runs = 0;
        while runs < 3 || start.elapsed() < min {
            let t = Instant::now();
            for n in slice.iter() {
                std::hint::black_box(reg.resolve(std::hint::black_box(n), None));
            }
            best = best.min(t.elapsed());
            runs += 1;
        }
        println!(
            "{label:<18} {:>7} names  best {:>8.2} ms  = {:>6.2} M names/s  ({runs} runs)",
            slice.len(),
            best.as_secs_f64() * 1000.0,
            slice.len() as f64 / best.as_secs_f64() / 1e6
        );
    }
}
