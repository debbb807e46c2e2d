//! `duban import` and `duban migrate`: the commands that write to the
//! database. The backend is chosen once, from the URL's scheme.

use crate::{DatabaseArgs, ImportArgs};
use anyhow::{Context, Result, bail};
use duban_core::Severity;
use duban_store::{Imported, Store};
use duban_store_postgres::PostgresStore;
use duban_store_sqlite::SqliteStore;

/// Runs `f` against the store the URL names.
fn on_store<T>(url: &str, f: impl AsyncStoreFn<T>) -> Result<T> {
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
trait AsyncStoreFn<T> {
    async fn call<S: Store>(self, store: &S) -> Result<T>;
}

struct Migrate;

impl AsyncStoreFn<()> for Migrate {
    async fn call<S: Store>(self, store: &S) -> Result<()> {
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

impl AsyncStoreFn<Imported> for ImportPlan<'_> {
    async fn call<S: Store>(self, store: &S) -> Result<Imported> {
        Ok(store.import_plan(self.title, self.source, self.parsed, self.publish).await?)
    }
}

pub fn migrate(args: &DatabaseArgs) -> Result<()> {
    on_store(&args.url, Migrate)?;
    println!("数据库结构已是最新：{}", redact(&args.url));
    Ok(())
}

pub fn import(args: &ImportArgs) -> Result<()> {
    let (parsed, _) = crate::parse_cmd::read_document(&args.file, &args.read)?;
    let fallback = args.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let title = args.plan_title.clone().or_else(|| parsed.plan.title.clone()).unwrap_or(fallback);
    let source = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let imported = on_store(
        &args.database.url,
        ImportPlan { title: &title, source: &source, parsed: &parsed, publish: args.publish },
    )?;
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
    Ok(())
}
