//! Fills a database for the load benchmark (bench/load.sh): N plans of
//! 10 areas × 10 tasks × 3 measures, each measure with a lead and two or
//! three other departments drawn from a pool of 300, so 1,000 plans hold
//! about 1,000,000 assignments.
//!
//! With a third argument R, every assignment also gets R monthly progress
//! reports (2025-01 onward, first submitted between the 3rd and the 7th of
//! the next month, so some late) and every plan a monthly reporting cycle
//! due on the 5th: 1,000 plans and R = 10 make 10,500,000 reports. The
//! reports are written with one set-based INSERT … SELECT per backend, not
//! through the store, which would take hours (the database's triggers still
//! write each report's audit line); the benchmark then measures the server
//! reading and adding to them.
//!
//! `cargo run --release -p duban-web --example load_data -- sqlite:///tmp/load.db 1000 [10]`

use duban_core::{Assignment, Deadline, Item, OrgName, Parsed, Plan, Role};
use duban_store::Store;

fn plan(k: usize) -> Plan {
    let cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let dept = |n: usize| format!("市第{}局", n % 300);
    let mut items = Vec::new();
    for (a, area_no) in cn.iter().enumerate() {
        let mut area = Item::new(Some((*area_no).into()), format!("第{k}号方案的重点领域{a}"), 1);
        for (t, task_no) in cn.iter().enumerate() {
            let mut task = Item::new(Some((*task_no).into()), format!("完善体制机制，推进重点工作{t}"), 1);
            for m in 0..3 {
                let mut measure = Item::new(
                    Some((m + 1).to_string()),
                    format!("建立健全专利转化运用机制，推进第{k}-{a}-{t}-{m}项工作。"),
                    1,
                );
                let seed = k * 7919 + a * 131 + t * 17 + m;
                let extra = 2 + seed % 2;
                for (j, role) in
                    std::iter::once(Role::Lead).chain(std::iter::repeat_n(Role::Participant, extra)).enumerate()
                {
                    let name = dept(seed + j * 37);
                    measure.assignments.push(Assignment {
                        role,
                        as_written: name.as_str().into(),
                        org: OrgName::parse(&name).unwrap(),
                        successors: Vec::new(),
                        basis: duban_core::Basis::Verb,
                    });
                }
                measure.deadline = Deadline::parse("2026年底前");
                task.children.push(measure);
            }
            area.children.push(task);
        }
        items.push(area);
    }
    Plan { title: Some(format!("负载测试分工表{k}")), items }
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| "sqlite:///tmp/duban-load.db".into());
    let plans: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let reports: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(0).min(12);
    let started = std::time::Instant::now();
    let mut assignments = 0usize;
    macro_rules! fill {
        ($store:expr) => {{
            let store = $store;
            for k in 0..plans {
                let p = plan(k);
                assignments += p.leaves().iter().map(|l| l.assignments.len()).sum::<usize>();
                let title = p.title.clone().unwrap_or_default();
                store
                    .import_plan(&title, "generated", &Parsed { plan: p, diagnostics: Vec::new() }, true)
                    .await
                    .unwrap();
                if (k + 1) % 100 == 0 {
                    eprintln!("{} plans, {assignments} assignments, {:.0} s", k + 1, started.elapsed().as_secs_f64());
                }
            }
        }};
    }
    if url.starts_with("postgres") {
        fill!(duban_store_postgres::PostgresStore::connect(&url).await.unwrap());
    } else {
        fill!(duban_store_sqlite::SqliteStore::connect(&url).await.unwrap());
    }
    println!("{plans} plans, {assignments} assignments in {:.1} s", started.elapsed().as_secs_f64());
    if reports > 0 {
        // Every plan reports monthly from January 2025, due on the 5th;
        // then the statistics are refreshed for the planner.
        macro_rules! finish {
            ($pool:expr, $tx:expr) => {{
                sqlx::query(
                    "INSERT INTO report_cycles SELECT id, 'monthly', 5, '2025-01-01', '', 'loader', 0 FROM plans",
                )
                .execute(&mut *$tx)
                .await
                .unwrap();
                $tx.commit().await.unwrap();
                sqlx::query("ANALYZE").execute(&$pool).await.unwrap();
            }};
        }
        let started = std::time::Instant::now();
        let written = if url.starts_with("postgres") {
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            let mut tx = pool.begin().await.unwrap();
            let written = sqlx::query(
                "INSERT INTO report_versions (assignment_id, period, version, state, progress, percent, done, problems, \
                 next_steps, comment, author, at) \
                 SELECT a.id, '2025-' || lpad(k::text, 2, '0'), 1, 'submitted', 'on_track', k * 8, \
                 '本期按计划推进，完成阶段性工作。', '', '', '', 'loader', \
                 extract(epoch FROM make_date(2025 + k / 12, k % 12 + 1, 3 + (a.id % 5)::int))::bigint \
                 FROM assignments a CROSS JOIN generate_series(1, $1) AS k",
            )
            .bind(reports as i32)
            .execute(&mut *tx)
            .await
            .unwrap()
            .rows_affected();
            finish!(pool, tx);
            written
        } else {
            let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
            let mut tx = pool.begin().await.unwrap();
            let written = sqlx::query(
                "WITH RECURSIVE m(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM m WHERE k < $1) \
                 INSERT INTO report_versions (assignment_id, period, version, state, progress, percent, done, problems, \
                 next_steps, comment, author, at) \
                 SELECT a.id, printf('2025-%02d', m.k), 1, 'submitted', 'on_track', m.k * 8, \
                 '本期按计划推进，完成阶段性工作。', '', '', '', 'loader', \
                 CAST(strftime('%s', printf('%04d-%02d-%02d', 2025 + m.k / 12, m.k % 12 + 1, 3 + a.id % 5)) AS INTEGER) \
                 FROM assignments a CROSS JOIN m",
            )
            .bind(reports as i32)
            .execute(&mut *tx)
            .await
            .unwrap()
            .rows_affected();
            finish!(pool, tx);
            written
        };
        println!("{written} reports in {:.1} s", started.elapsed().as_secs_f64());
    }
}
