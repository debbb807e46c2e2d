//! duban's domain: the plan recovered from a division-of-responsibility table
//! (分工表) and the rules that hold for it whatever stores or shows it.
//!
//! This crate does no IO and knows nothing of files, databases or HTTP; every
//! other crate speaks in these types. The JSON shape of [`Parsed`] is the
//! stable contract documented in `docs/plan-json.md`.

mod account;
mod basis;
mod cycle;
mod deadline;
mod diagnostic;
mod diff;
mod evidence;
mod plan;
mod report;
mod resolve;
mod role;
mod warning;

pub use account::{AccountError, AccountRole, Login, Password};
pub use basis::Basis;
pub use cycle::{Cadence, Cycle, CycleError, Filed, Slot, SlotState, Timeliness, owed};
pub use deadline::{Deadline, DeadlineKind, chinese_digit};
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use diff::{Changed, Leaf, PlanDiff, diff};
pub use evidence::{Evidence, EvidenceError, evidence_extensions};
pub use plan::{Assignment, Item, OrgName, OrgNameError, Parsed, Plan};
pub use report::{Period, Progress, ReportBody, ReportError, ReportState};
pub use resolve::{Context, MatchKind, ResolveOrg, Resolved, WrittenName};
pub use role::Role;
pub use warning::{Light, LightRules, Reported};

/// Calendar dates throughout duban.
pub use chrono::{DateTime, Days, NaiveDate};
