//! `duban import` and `duban migrate`: the commands that write to the
//! database. The backend is chosen once, from the URL's scheme.

use crate::ImportArgs;
use anyhow::{Context, Result, bail};
use duban_core::Severity;
use duban_store::{Imported, Store};
use duban_store_postgres::PostgresStore;
use duban_store_sqlite::SqliteStore;

/// Runs `f` against the store the URL names.
pub(crate) fn on_store<T>(url: &str, f: impl AsyncStoreFn<T>) -> Result<T> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        if url.starts_with("sqlite:") {
            let store = SqliteStore::connect(url).await.with_context(|| format!("无法打开数据库 {url}"))?;
            f.call(&store).await
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let store = PostgresStore::connect(url).await.with_context(|| format!("无法连接数据库 {}", redact(url)))?;
            f.call(&store).await
        } else {
            bail!("不认识的数据库地址「{}」：应以 sqlite: 或 postgres: 开头", redact(url))
        }
    })
}

/// A URL fit for messages: the password replaced.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// An operation generic over the backend (closures cannot be generic).
pub(crate) trait AsyncStoreFn<T> {
    async fn call<S: Store + Clone>(self, store: &S) -> Result<T>;
}

struct Migrate;

impl AsyncStoreFn<()> for Migrate {
    async fn call<S: Store + Clone>(self, store: &S) -> Result<()> {
        store.migrate().await?;
        Ok(())
    }
}

struct ImportPlan<'a> {
    title: &'a str,
    source: &'a str,
    parsed: &'a duban_core::Parsed,
    publish: bool,
}

impl AsyncStoreFn<(Imported, Option<duban_core::PlanDiff>)> for ImportPlan<'_> {
    /// Imports, and compares with the version before when there is one.
    async fn call<S: Store + Clone>(self, store: &S) -> Result<(Imported, Option<duban_core::PlanDiff>)> {
        let imported = store.import_plan(self.title, self.source, self.parsed, self.publish).await?;
        let diff = if imported.version > 1 {
            let (_, before) = store.plan(imported.plan_id, Some(imported.version - 1)).await?;
            Some(duban_core::diff(&before, &self.parsed.plan))
        } else {
            None
        };
        Ok((imported, diff))
    }
}

/// The diff against the previous version, as lines for the terminal.
fn print_diff(diff: &duban_core::PlanDiff, previous: i64) {
    println!(
        "与第 {previous} 版相比：新增 {} 项，删除 {} 项，修改 {} 项，未变 {} 项",
        diff.added.len(),
        diff.removed.len(),
        diff.changed.len(),
        diff.unchanged
    );
    let path = |p: &[String]| p.join("/");
    for l in &diff.added {
        println!("  + {} {}", path(&l.path), l.text);
    }
    for l in &diff.removed {
        println!("  - {} {}", path(&l.path), l.text);
    }
    for c in &diff.changed {
        let mut what = Vec::new();
        if c.text_changed {
            what.push(format!("内容改为「{}」", c.after.text));
        }
        for (role, name) in &c.departments_added {
            what.push(format!("增加{} {name}", role.label_zh()));
        }
        for (role, name) in &c.departments_removed {
            what.push(format!("去掉{} {name}", role.label_zh()));
        }
        if c.deadline_before != c.deadline_after {
            what.push(format!(
                "时限 {} → {}",
                c.deadline_before.as_deref().unwrap_or("无"),
                c.deadline_after.as_deref().unwrap_or("无")
            ));
        }
        println!("  ~ {} {}：{}", path(&c.after.path), c.before.text, what.join("；"));
    }
}

struct Serve<'a> {
    bind: &'a str,
    url: &'a str,
    orgs: &'a crate::OrgsArgs,
    settings: duban_web::Settings,
}

impl AsyncStoreFn<()> for Serve<'_> {
    async fn call<S: Store + Clone>(self, store: &S) -> Result<()> {
        let listener =
            tokio::net::TcpListener::bind(self.bind).await.with_context(|| format!("无法监听 {}", self.bind))?;
        let addr = listener.local_addr()?;
        println!("督办已启动：http://{addr}/ （数据库 {}；按 Ctrl-C 停止）", redact(self.url));
        let registry = std::sync::Arc::new(crate::registry::load(self.orgs)?);
        let store = std::sync::Arc::new(store.clone());
        duban_web::serve_with(listener, store, registry.clone(), Some(registry), self.settings).await?;
        Ok(())
    }
}

pub fn serve(url: &str, bind: &str, orgs: &crate::OrgsArgs, settings: duban_web::Settings) -> Result<()> {
    // The registry is read before the database is touched: a bad file stops here.
    crate::registry::load(orgs)?;
    on_store(url, Serve { bind, url, orgs, settings })
}

/// A fresh SQLite database in a temporary directory with the bundled
/// sample imported and published, then the server.
pub fn demo(bind: &str) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("duban-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let url = format!("sqlite://{}", dir.join("demo.db").display());
    let sample = include_bytes!("../../../samples/shandong-ip-division-table.txt");
    let registry = duban_orgs::Registry::with_defaults(&[])?;
    let options = duban_import::Options {
        file_name: Some("shandong-ip-division-table.txt".into()),
        today: Some(crate::registry::date(None)?),
        ..Default::default()
    };
    let parsed = duban_import::parse_with(sample, &options, &registry)?;
    let title = parsed.plan.title.clone().unwrap_or_else(|| "示例分工表".into());
    on_store(
        &url,
        ImportPlan { title: &title, source: "shandong-ip-division-table.txt", parsed: &parsed, publish: true },
    )?;
    println!("演示数据库：{}（已导入《{title}》）", dir.join("demo.db").display());
    on_store(&url, DemoAccounts)?;
    serve(&url, bind, &crate::OrgsArgs { files: Vec::new() }, duban_web::Settings::default())
}

/// The demo's accounts, one per role, all with [`DEMO_PASSWORD`].
const DEMO_ACCOUNTS: [(&str, &str, duban_core::AccountRole, Option<&str>); 4] = [
    ("admin", "系统管理员", duban_core::AccountRole::Admin, None),
    ("duban", "督办室", duban_core::AccountRole::Supervisor, None),
    ("zscqj", "省知识产权局联络员", duban_core::AccountRole::Liaison, Some("山东省知识产权局")),
    ("viewer", "查阅人员", duban_core::AccountRole::Viewer, None),
];
const DEMO_PASSWORD: &str = "Demo-Pass-2026";

struct DemoAccounts;

impl AsyncStoreFn<()> for DemoAccounts {
    async fn call<S: Store + Clone>(self, store: &S) -> Result<()> {
        println!("演示账户（密码均为 {DEMO_PASSWORD}）：");
        for (login, name, role, org) in DEMO_ACCOUNTS {
            let login = duban_core::Login::parse(login)?;
            let password = duban_core::Password::parse(DEMO_PASSWORD, &login)?;
            let hash = duban_web::hash_password(&password).map_err(anyhow::Error::msg)?;
            let now = crate::registry::now();
            store
                .create_user(&duban_store::NewUser {
                    login: &login,
                    name,
                    role,
                    org,
                    email: None,
                    password_hash: &hash,
                    now,
                })
                .await?;
            println!("  {login:<8} {}{}", role.label_zh(), org.map(|o| format!("（{o}）")).unwrap_or_default());
        }
        // A monthly reporting cycle from today, so the dashboard and the
        // assignment pages show the reports owed (the office may change it).
        let today = duban_core::DateTime::from_timestamp(crate::registry::now(), 0).map(|t| t.date_naive());
        if let (Some(today), Some(plan)) = (today, store.plans(duban_store::Page::first(1)).await?.items.first()) {
            let cycle = duban_core::Cycle::new(duban_core::Cadence::Monthly, 5, today, &[])?;
            store.set_cycle(plan.id, &cycle, "duban", crate::registry::now()).await?;
            println!("报送周期：{}", cycle.describe_zh());
        }
        Ok(())
    }
}

pub fn migrate(url: &str) -> Result<()> {
    on_store(url, Migrate)?;
    println!("数据库结构已是最新：{}", redact(url));
    Ok(())
}

pub fn import(args: &ImportArgs, url: &str) -> Result<()> {
    let (parsed, _) = crate::parse_cmd::read_document(&args.file, &args.read)?;
    let fallback = args.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let title = args.plan_title.clone().or_else(|| parsed.plan.title.clone()).unwrap_or(fallback);
    let source = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (imported, diff) =
        on_store(url, ImportPlan { title: &title, source: &source, parsed: &parsed, publish: args.publish })?;
    let count = |s: Severity| parsed.diagnostics.iter().filter(|d| d.severity == s).count();
    println!(
        "已导入《{title}》第 {} 版（编号 {}）：{} 项措施；诊断：警告 {}，提示 {}；{}",
        imported.version,
        imported.plan_id,
        parsed.plan.leaves().len(),
        count(Severity::Warning) + count(Severity::Error),
        count(Severity::Info),
        if args.publish { "已发布" } else { "草稿，核对后发布" }
    );
    if let Some(diff) = diff {
        print_diff(&diff, imported.version - 1);
    }
    Ok(())
}
