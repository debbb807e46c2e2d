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
    #[error("{0}")]
    Invalid(String),
    #[error("数据库错误：{0}")]
    Database(String),
    #[error("数据库迁移失败：{0}")]
    Migration(String),
}

/// A plan as listed: its latest version.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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

/// Which part of a list to read: at most `limit` entries following the
/// entry whose key is `after` (from the start when `None`). Keys are ids,
/// so a page stays stable while other plans are imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub after: Option<i64>,
    pub limit: i64,
}

impl Page {
    /// The largest page a caller may ask for.
    pub const MAX: i64 = 500;

    /// The first `limit` entries (clamped to 1..=[`Page::MAX`]).
    pub fn first(limit: i64) -> Page {
        Page { after: None, limit: limit.clamp(1, Page::MAX) }
    }

    /// The `limit` entries after the key `after`.
    pub fn after(after: Option<i64>, limit: i64) -> Page {
        Page { after, ..Page::first(limit) }
    }
}

/// One page of a list, and the key to ask for the next (`None` at the end).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub next: Option<i64>,
}

impl<T> Paged<T> {
    /// Cuts rows read with `limit + 1` into a page: the extra row only
    /// says that there is more.
    pub fn from_rows(mut rows: Vec<T>, page: Page, key: impl Fn(&T) -> i64) -> Paged<T> {
        let more = rows.len() as i64 > page.limit;
        rows.truncate(page.limit.max(0) as usize);
        let next = if more { rows.last().map(key) } else { None };
        Paged { items: rows, next }
    }
}

/// A correction of one item of a draft version, made while reviewing an
/// import. Built by [`ItemEdit::new`], which refuses an empty text.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemEdit {
    number: Option<String>,
    text: String,
    assignments: Vec<duban_core::Assignment>,
    deadline: Option<duban_core::Deadline>,
}

impl ItemEdit {
    pub fn new(
        number: Option<String>,
        text: &str,
        assignments: Vec<duban_core::Assignment>,
        deadline: Option<duban_core::Deadline>,
    ) -> Result<ItemEdit, StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Invalid("条目内容不能为空".into()));
        }
        let number = number.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
        Ok(ItemEdit { number, text: text.to_string(), assignments, deadline })
    }

    pub fn number(&self) -> Option<&str> {
        self.number.as_deref()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn assignments(&self) -> &[duban_core::Assignment] {
        &self.assignments
    }

    pub fn deadline(&self) -> Option<&duban_core::Deadline> {
        self.deadline.as_ref()
    }
}

/// An item of a version as the tree lists it: its id and whether a person
/// has corrected it since the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef {
    pub id: i64,
    pub edited: bool,
}

/// An item as a link: enough to name it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ItemLink {
    pub id: i64,
    pub number: Option<String>,
    pub text: String,
}

/// One item with its place: the plan version that holds it, the items
/// above it (outermost first) and below it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemDetail {
    pub plan: PlanSummary,
    pub id: i64,
    pub item: duban_core::Item,
    pub ancestors: Vec<ItemLink>,
    pub children: Vec<ItemLink>,
}

/// One assignment of a department, as its workspace lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkspaceEntry {
    /// The assignment's id: the key of workspace pages.
    pub assignment_id: i64,
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
    /// Who acknowledged (签收) it for the department, and when (Unix time).
    pub acknowledged: Option<(String, i64)>,
    /// What the department last reported (submitted or accepted).
    pub reported: Option<duban_core::Reported>,
    /// When the plan version was imported (RFC 3339): the start of the
    /// time a measure is measured against.
    pub since: String,
}

/// One assignment of a plan version with what its light needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentStatus {
    pub assignment_id: i64,
    pub item_id: i64,
    pub org: String,
    pub due: Option<String>,
    pub reported: Option<duban_core::Reported>,
}

/// A measure or task found by a search.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SearchHit {
    pub plan_id: i64,
    pub plan_title: String,
    pub item_id: i64,
    pub text: String,
}

/// An account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub name: String,
    pub role: duban_core::AccountRole,
    /// The department of a liaison (canonical name).
    pub org: Option<String>,
    /// Where reminders are e-mailed.
    pub email: Option<String>,
    /// The PHC string of the password's hash.
    pub password_hash: String,
    pub disabled: bool,
    /// Failed logins in a row.
    pub failed_logins: i64,
    /// Unix time until which logins are refused (0: not locked).
    pub locked_until: i64,
}

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub login: &'a duban_core::Login,
    pub name: &'a str,
    pub role: duban_core::AccountRole,
    pub org: Option<&'a str>,
    /// Where reminders are e-mailed.
    pub email: Option<&'a str>,
    pub password_hash: &'a str,
    pub now: i64,
}

/// A live session and its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: User,
    /// The token forms and API writes must send back.
    pub csrf: String,
    pub created_at: i64,
    pub last_seen: i64,
}

/// An API token of an account (the token itself is shown once, never kept).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub login: String,
    pub name: String,
    pub created_at: i64,
    pub last_used: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEvent {
    pub id: i64,
    /// Unix time.
    pub at: i64,
    /// The login that acted (none for an anonymous request).
    pub actor: Option<String>,
    /// What happened: `login`, `login-failed`, `locked`, `logout`,
    /// `denied`, `import`, `publish`, `edit-item`, `user-add`, …
    pub action: String,
    /// What it happened to (a login, a path, a plan).
    pub target: String,
    pub detail: String,
    pub ip: Option<String>,
}

/// One assignment with what the pages around it need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentInfo {
    pub id: i64,
    pub item_id: i64,
    pub role: Role,
    /// The body named in the plan, and those carrying on for it.
    pub org: String,
    pub successors: Vec<String>,
    pub plan_id: i64,
    pub published: bool,
}

impl AssignmentInfo {
    /// Whether `org` is the department of this assignment (or succeeded it).
    pub fn belongs_to(&self, org: &str) -> bool {
        self.org == org || self.successors.iter().any(|s| s == org)
    }
}

/// One saved version of a progress report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportVersion {
    pub assignment_id: i64,
    pub period: String,
    pub version: i64,
    pub state: duban_core::ReportState,
    pub body: duban_core::ReportBody,
    /// The reviewer's comment when returned or accepted.
    pub comment: String,
    pub author: String,
    pub at: i64,
}

/// What is done to a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportStep {
    /// The department saves a draft.
    Save(duban_core::ReportBody),
    /// The department sends it to the supervising office.
    Submit(duban_core::ReportBody),
    /// The office sends it back with comments.
    Return(String),
    /// The office accepts it.
    Accept(String),
}

/// Who does it: a department (its canonical name) or the supervising office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporter<'a> {
    Department { login: &'a str, org: &'a str },
    Office { login: &'a str },
}

/// How a message reaches its recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// Shown in the recipient's inbox in duban.
    InApp,
    Email,
    Webhook,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::InApp => "inapp",
            Channel::Email => "email",
            Channel::Webhook => "webhook",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        [Channel::InApp, Channel::Email, Channel::Webhook].into_iter().find(|c| c.as_str() == s)
    }
}

/// A message to queue. `key` says what it is about; a key already queued
/// is not queued again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    pub key: String,
    pub channel: Channel,
    /// A login (in-app), an address (e-mail) or a URL (webhook).
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

/// A queued message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Message {
    pub id: i64,
    pub key: String,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    /// `pending`, `sending`, `sent` or `failed`.
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// A plan's reporting cycle as set by the office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CycleSetting {
    pub cycle: duban_core::Cycle,
    pub set_by: String,
    pub set_at: i64,
}

/// When a department first submitted its report for a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub assignment_id: i64,
    pub period: String,
    /// Unix time of the first submission.
    pub first_at: i64,
    /// What its newest version (submitted, returned or accepted) says.
    pub reported: duban_core::Reported,
}

/// An evidence file attached to a report (its content is read apart).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Attachment {
    pub id: i64,
    pub assignment_id: i64,
    pub period: String,
    pub name: String,
    pub mime: String,
    pub size: i64,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
    /// The report version it was attached after (0: before the first).
    pub after_version: i64,
    pub author: String,
    pub at: i64,
}

/// Jobs that one server instance runs for all of them.
pub mod jobs {
    /// Computing which reminders are due (the reminder run's first step).
    pub const REMINDERS: i64 = 0x6475_6261_6e01;
}

/// Leadership of a job among server instances: whoever holds the lead
/// runs the job; the others skip it until the lead is released.
/// PostgreSQL holds an advisory lock on a connection kept for the lead;
/// SQLite a lease row that expires, should its holder die.
pub trait Leader {
    /// Held while leading; give it back with [`Leader::release`].
    type Lead: Send + 'static;

    /// Takes the lead of `job` if nobody holds it (`now`: Unix time, for
    /// leases); `None` when another instance leads.
    fn try_lead(&self, job: i64, now: i64) -> impl Future<Output = Result<Option<Self::Lead>, StoreError>> + Send;

    /// Gives the lead back.
    fn release(&self, lead: Self::Lead) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// The storage operations. Every write is one transaction.
pub trait Store: Leader + Send + Sync + 'static {
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

    /// Plans, newest first, with their latest version; the page key is the
    /// plan id.
    fn plans(&self, page: Page) -> impl Future<Output = Result<Paged<PlanSummary>, StoreError>> + Send;

    /// A version's items in tree order (depth first, as [`Plan::items`]
    /// nests them), to link each item shown to its page.
    fn item_refs(&self, plan_id: i64, version: i64) -> impl Future<Output = Result<Vec<ItemRef>, StoreError>> + Send;

    /// Corrects one item of a draft version: number, text, departments and
    /// deadline, in one transaction. A published version is refused
    /// ([`StoreError::Conflict`]): it changes by importing a new version.
    fn edit_item(&self, item_id: i64, edit: &ItemEdit) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// One item of any version, with its assignments, ancestors and children.
    fn item(&self, item_id: i64) -> impl Future<Output = Result<ItemDetail, StoreError>> + Send;

    /// A plan's summary: the given version, or the latest.
    fn summary(
        &self,
        plan_id: i64,
        version: Option<i64>,
    ) -> impl Future<Output = Result<PlanSummary, StoreError>> + Send;

    /// A plan's tree: the given version, or the latest.
    fn plan(
        &self,
        plan_id: i64,
        version: Option<i64>,
    ) -> impl Future<Output = Result<(PlanSummary, Plan), StoreError>> + Send;

    /// Everything a department leads, carries or joins in the latest
    /// version of every plan, including assignments of bodies it succeeded,
    /// in plan order; the page key is the assignment id.
    fn workspace(
        &self,
        org: &str,
        page: Page,
    ) -> impl Future<Output = Result<Paged<WorkspaceEntry>, StoreError>> + Send;

    /// What the importer doubted when this version was imported.
    fn diagnostics(
        &self,
        plan_id: i64,
        version: i64,
    ) -> impl Future<Output = Result<Vec<Diagnostic>, StoreError>> + Send;

    /// Creates an account; a login already taken is a [`StoreError::Conflict`].
    fn create_user(&self, user: &NewUser<'_>) -> impl Future<Output = Result<i64, StoreError>> + Send;

    /// The account with this login.
    fn user(&self, login: &str) -> impl Future<Output = Result<Option<User>, StoreError>> + Send;

    /// All accounts, by login.
    fn users(&self) -> impl Future<Output = Result<Vec<User>, StoreError>> + Send;

    /// Sets a new password hash and ends the account's sessions.
    fn set_password(&self, login: &str, hash: &str) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Disables (ending its sessions) or re-enables an account.
    fn set_disabled(&self, login: &str, disabled: bool) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Counts a failed login; `lock_until` (Unix time) locks the account.
    /// Returns the failures in a row, this one included.
    fn login_failed(
        &self,
        user_id: i64,
        lock_until: Option<i64>,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;

    /// A successful login: clears the failures and opens a session.
    fn open_session(
        &self,
        user_id: i64,
        token_hash: &str,
        csrf: &str,
        now: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The session with this token hash and its account.
    fn session(&self, token_hash: &str) -> impl Future<Output = Result<Option<Session>, StoreError>> + Send;

    /// Marks a session used at `now`.
    fn touch_session(&self, token_hash: &str, now: i64) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Gives the account `login` an API token, known by its hash.
    fn create_token(
        &self,
        login: &str,
        name: &str,
        token_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<ApiToken, StoreError>> + Send;

    /// The account of a live (not revoked) token, noting its use (at most
    /// once a minute).
    fn token_user(&self, token_hash: &str, now: i64) -> impl Future<Output = Result<Option<User>, StoreError>> + Send;

    /// The tokens of an account, newest first, revoked ones included.
    fn tokens(&self, login: &str) -> impl Future<Output = Result<Vec<ApiToken>, StoreError>> + Send;

    /// Revokes a token of the account `login` (not found when it is not
    /// theirs or already revoked).
    fn revoke_token(&self, login: &str, id: i64, now: i64) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Ends a session (logout, or idle too long).
    fn close_session(&self, token_hash: &str) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Acknowledges (签收) an assignment for the department `org`, which
    /// must be the one it names or a successor of it, in a published
    /// version. Refused when already acknowledged ([`StoreError::Conflict`])
    /// or not the department's ([`StoreError::NotFound`]: another
    /// department's assignments are not even told to exist).
    fn acknowledge(
        &self,
        assignment_id: i64,
        org: &str,
        login: &str,
        note: &str,
        now: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Every assignment of a plan version with its due date and what its
    /// department last reported (submitted or accepted), in tree order;
    /// with `due_until` (YYYY-MM-DD) only those due by that day.
    fn statuses(
        &self,
        plan_id: i64,
        version: i64,
        due_until: Option<&str>,
    ) -> impl Future<Output = Result<Vec<AssignmentStatus>, StoreError>> + Send;

    /// One assignment.
    fn assignment(&self, id: i64) -> impl Future<Output = Result<AssignmentInfo, StoreError>> + Send;

    /// Every assignment of an item (a measure), in the order the plan names them.
    fn item_assignments(&self, item_id: i64) -> impl Future<Output = Result<Vec<AssignmentInfo>, StoreError>> + Send;

    /// Takes a report of an assignment for a period one step: a new
    /// version after `expected_version` (0 for the first). The department
    /// saves and submits (drafts and returned reports only), the office
    /// returns and accepts (submitted reports only); only a published
    /// version's assignments are reported on. A different current version
    /// is a [`StoreError::Conflict`]: someone else saved first. The step's
    /// audit line (`report-save`, `-submit`, `-return`, `-accept`) and the
    /// plan's reports stamp are written with it, by the database.
    fn report_step(
        &self,
        assignment_id: i64,
        period: &duban_core::Period,
        expected_version: i64,
        who: Reporter<'_>,
        step: &ReportStep,
        now: i64,
    ) -> impl Future<Output = Result<ReportVersion, StoreError>> + Send;

    /// Sets (or replaces) a plan's reporting cycle.
    fn set_cycle(
        &self,
        plan_id: i64,
        cycle: &duban_core::Cycle,
        login: &str,
        now: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// A number that changes whenever a report of the plan takes a step or
    /// its cycle changes: a cached view of the plan's reports is current
    /// while this stays the same.
    fn reports_stamp(&self, plan_id: i64) -> impl Future<Output = Result<i64, StoreError>> + Send;

    /// A plan's reporting cycle, if one was set.
    fn cycle(&self, plan_id: i64) -> impl Future<Output = Result<Option<CycleSetting>, StoreError>> + Send;

    /// The first submission of each report (assignment and period) of a
    /// plan version, with what its newest version says: what reporting
    /// timeliness and the trend across periods are counted from.
    fn submissions(
        &self,
        plan_id: i64,
        version: i64,
    ) -> impl Future<Output = Result<Vec<Submission>, StoreError>> + Send;

    /// Like [`Store::submissions`], for every assignment of a department
    /// (named in the plan, or succeeded by it) in every version.
    fn department_submissions(&self, org: &str) -> impl Future<Output = Result<Vec<Submission>, StoreError>> + Send;

    /// Every plan's reporting cycle, by plan id.
    fn cycles(&self) -> impl Future<Output = Result<Vec<(i64, CycleSetting)>, StoreError>> + Send;

    /// Attaches an evidence file to the report of an assignment for a
    /// period, as the department `org` (which must be the assignment's, in
    /// a published version) while the report is still the department's to
    /// change (new, draft or returned). The same content twice on one
    /// report is a [`StoreError::Conflict`].
    fn attach(
        &self,
        assignment_id: i64,
        period: &duban_core::Period,
        org: &str,
        login: &str,
        file: &duban_core::Evidence,
        now: i64,
    ) -> impl Future<Output = Result<Attachment, StoreError>> + Send;

    /// The attachments of every report of an assignment, oldest first.
    fn attachments(&self, assignment_id: i64) -> impl Future<Output = Result<Vec<Attachment>, StoreError>> + Send;

    /// One attachment and its content.
    fn attachment(&self, id: i64) -> impl Future<Output = Result<(Attachment, Vec<u8>), StoreError>> + Send;

    /// Every version of every report of an assignment, newest first.
    /// Drafts are only for the department: `department` says whether the
    /// reader is it.
    fn reports(
        &self,
        assignment_id: i64,
        department: bool,
    ) -> impl Future<Output = Result<Vec<ReportVersion>, StoreError>> + Send;

    /// The other departments' reports on the same measure (submitted,
    /// returned or accepted; never drafts), newest first, each with its
    /// assignment: what a lead department consolidates.
    fn sibling_reports(
        &self,
        assignment_id: i64,
    ) -> impl Future<Output = Result<Vec<(AssignmentInfo, ReportVersion)>, StoreError>> + Send;

    /// Queues messages whose keys are new (in-app ones are delivered by
    /// this); returns how many were queued.
    fn enqueue(&self, messages: &[NewMessage], now: i64) -> impl Future<Output = Result<usize, StoreError>> + Send;

    /// In-app messages whose key starts with `prefix`, stored since `since`
    /// (Unix time), oldest first.
    fn recent_notices(&self, prefix: &str, since: i64)
    -> impl Future<Output = Result<Vec<Message>, StoreError>> + Send;

    /// Claims up to `limit` e-mail and webhook messages due for sending:
    /// each is handed to one caller only, also across server instances.
    fn claim_due(&self, now: i64, limit: i64) -> impl Future<Output = Result<Vec<Message>, StoreError>> + Send;

    /// Records a sending: done, or failed with a retry at `retry_at` (or
    /// given up when `None`).
    fn sent(
        &self,
        id: i64,
        outcome: Result<(), String>,
        now: i64,
        retry_at: Option<i64>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// A recipient's in-app messages, newest first; the key is the message id.
    fn inbox(&self, login: &str, page: Page) -> impl Future<Output = Result<Paged<Message>, StoreError>> + Send;

    /// Messages that could not be sent (given up), newest first, for admins.
    fn failed_messages(&self, page: Page) -> impl Future<Output = Result<Paged<Message>, StoreError>> + Send;

    /// Sets an account's e-mail address (reminders go there too).
    fn set_email(&self, login: &str, email: Option<&str>) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Appends a line to the audit log.
    fn audit(&self, event: &AuditEvent) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The audit log, newest first; the page key is the line id.
    fn audit_log(&self, page: Page) -> impl Future<Output = Result<Paged<AuditEvent>, StoreError>> + Send;

    /// Items of the latest versions whose text contains every one of
    /// `words` (at most [`MAX_SEARCH_WORDS`] are used); the page key is the
    /// item id.
    fn search(&self, words: &[String], page: Page)
    -> impl Future<Output = Result<Paged<SearchHit>, StoreError>> + Send;
}

/// Search words beyond this many are ignored.
pub const MAX_SEARCH_WORDS: usize = 8;

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

pub use sql::{FlatItem, ItemRow, deadline_from, flatten, grams, kind_text, now_text, rebuild};
