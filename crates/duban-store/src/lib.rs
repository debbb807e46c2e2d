//! duban's storage interface. The [`Store`] trait says what the rest of the
//! program may ask of a database; `duban-store-sqlite` and
//! `duban-store-postgres` implement it, each with its own migrations, and
//! `duban-store-tests` runs one conformance story against both.
//!
//! The SQL both backends share is written once, in [`impl_store_sql!`]:
//! it is plain portable SQL (`$1` placeholders, `RETURNING`), expanded in
//! each backend crate against its own pool type.

use duban_core::{Diagnostic, Parsed, Plan, Role};
use std::future::Future;

mod impl_sql;
mod sql;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("没有找到：{0}")]
    NotFound(String),
    #[error("数据冲突：{0}")]
    Conflict(String),
    #[error("数据库错误：{0}")]
    Database(String),
    #[error("数据库迁移失败：{0}")]
    Migration(String),
}

/// A plan as listed: its latest version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSummary {
    pub id: i64,
    pub title: String,
    pub version: i64,
    pub published: bool,
    pub source_name: String,
    pub imported_at: String,
    pub measures: i64,
}

/// The result of importing a plan: which plan and which version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub plan_id: i64,
    pub version: i64,
}

/// One assignment of a department, as its workspace lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceEntry {
    pub plan_id: i64,
    pub plan_title: String,
    pub item_id: i64,
    pub number: Option<String>,
    pub text: String,
    pub role: Role,
    /// The body named in the plan (a predecessor, when inherited).
    pub org: String,
    pub inherited: bool,
    pub deadline: Option<String>,
    pub due: Option<String>,
}

/// A measure or task found by a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub plan_id: i64,
    pub plan_title: String,
    pub item_id: i64,
    pub text: String,
}

/// The storage operations. Every write is one transaction.
pub trait Store: Send + Sync + 'static {
    /// Brings the schema up to date (also run at start-up).
    fn migrate(&self) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Stores a parsed plan as a new version of the plan with this title
    /// (version 1 for a new title), in one transaction.
    fn import_plan(
        &self,
        title: &str,
        source_name: &str,
        parsed: &Parsed,
        publish: bool,
    ) -> impl Future<Output = Result<Imported, StoreError>> + Send;

    /// Marks a version published.
    fn publish(&self, plan_id: i64, version: i64) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// All plans, newest first, with their latest version.
    fn plans(&self) -> impl Future<Output = Result<Vec<PlanSummary>, StoreError>> + Send;

    /// A plan's tree: the given version, or the latest.
    fn plan(
        &self,
        plan_id: i64,
        version: Option<i64>,
    ) -> impl Future<Output = Result<(PlanSummary, Plan), StoreError>> + Send;

    /// Everything a department leads, carries or joins in the latest
    /// version of every plan, including assignments of bodies it succeeded.
    fn workspace(&self, org: &str) -> impl Future<Output = Result<Vec<WorkspaceEntry>, StoreError>> + Send;

    /// What the importer doubted when this version was imported.
    fn diagnostics(
        &self,
        plan_id: i64,
        version: i64,
    ) -> impl Future<Output = Result<Vec<Diagnostic>, StoreError>> + Send;

    /// Items whose text contains the query, in the latest versions.
    fn search(&self, query: &str, limit: i64) -> impl Future<Output = Result<Vec<SearchHit>, StoreError>> + Send;
}

/// The role's column value in the database.
pub fn role_to_db(role: Role) -> &'static str {
    role.as_str()
}

/// A role read back from the database.
pub fn role_from_db(s: &str) -> Result<Role, StoreError> {
    match s {
        "lead" => Ok(Role::Lead),
        "responsible" => Ok(Role::Responsible),
        "participant" => Ok(Role::Participant),
        other => Err(StoreError::Database(format!("unknown role {other}"))),
    }
}

pub use sql::{FlatItem, ItemRow, deadline_from, flatten, kind_text, now_text, rebuild};
