//! `cargo bench -p duban-export --bench formats`: a 10,000-measure plan
//! exported to XLSX, DOCX and CSV, and each file imported back; time per
//! operation, size, and measures per second. Figures go into BENCHMARKS.md.

use duban_core::{Assignment, Deadline, Item, OrgName, Plan, Role};
use duban_export::{Layout, write_csv, write_docx, write_xlsx};
use duban_import::{Options, parse};
use std::time::{Duration, Instant};

const DEPTS: &[&str] =
    &["省发展改革委", "省财政厅", "省科技厅", "省教育厅", "省商务厅", "各市人民政府", "省直有关部门"];

/// 20 areas × 10 tasks × 50 measures = 10,000 measures.
fn plan() -> Plan {
    // Chinese numeral of n + 1, up to 二十.
    let cn = |n: usize| {
        let d = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        match n + 1 {
            k @ 1..=10 => d[k - 1].to_string(),
            20 => "二十".to_string(),
            k => format!("十{}", d[k - 11]),
        }
    };
    let mut items = Vec::new();
    for a in 0..20 {
        let mut area = Item::new(Some(cn(a)), "深化改革推进高质量发展".into(), 1);
        for t in 0..10 {
            let mut task = Item::new(Some(cn(t)), "完善体制机制，强化要素保障".into(), 1);
            for m in 0..50 {
                let mut measure =
                    Item::new(Some((m + 1).to_string()), format!("建立健全第{m}项工作推进机制，加强统筹协调。"), 1);
                for (k, role) in [Role::Lead, Role::Participant, Role::Participant].iter().enumerate() {
                    let name = DEPTS[(a + t + m + k) % DEPTS.len()];
                    if measure.assignments.iter().any(|x: &Assignment| &*x.as_written == name) {
                        continue;
                    }
                    measure.assignments.push(Assignment {
                        role: *role,
                        as_written: name.into(),
                        org: OrgName::parse(name).unwrap(),
                        successors: Vec::new(),
                        basis: duban_core::Basis::Verb,
                    });
                }
                measure.deadline = Deadline::parse("2026年6月底前");
                task.children.push(measure);
            }
            area.children.push(task);
        }
        items.push(area);
    }
    Plan { title: Some("某省重点任务分工表（基准）".into()), items }
}

fn best(min: Duration, mut f: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    let start = Instant::now();
    let mut runs = 0;
    while runs < 2 || start.elapsed() < min {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        runs += 1;
    }
    best
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let min = if quick { Duration::from_millis(1) } else { Duration::from_secs(3) };
    let plan = plan();
    let measures = plan.leaves().len();
    let layout = Layout::of(&plan);
    type Writer = fn(&Layout) -> Result<Vec<u8>, duban_export::ExportError>;
    let writers: [(&str, &str, Writer); 3] =
        [("xlsx", "t.xlsx", write_xlsx), ("docx", "t.docx", write_docx), ("csv", "t.csv", write_csv)];
    for (name, file, write) in writers {
        let bytes = write(&layout).expect("export");
        let export = best(min, || {
            std::hint::black_box(write(&layout).unwrap());
        });
        let options = Options { file_name: Some(file.into()), ..Options::default() };
        let back = parse(&bytes, &options).expect("import");
        assert_eq!(back.plan.leaves().len(), measures, "{name} round trip");
        let import = best(min, || {
            std::hint::black_box(parse(&bytes, &options).unwrap());
        });
        println!(
            "{name:<5} {measures} measures  {:>7.2} MB  export {:>8.1} ms ({:>7.0} measures/s)  import {:>8.1} ms ({:>7.0} measures/s)",
            bytes.len() as f64 / 1e6,
            export.as_secs_f64() * 1000.0,
            measures as f64 / export.as_secs_f64(),
            import.as_secs_f64() * 1000.0,
            measures as f64 / import.as_secs_f64(),
        );
    }
}
