//! A department's workspace (我的任务): everything it leads, carries or
//! joins, across plans, including what it inherited from bodies it succeeded.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::paging::{PageParams, next_link};
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_store::{Store, WorkspaceEntry};

mod dashboard;

pub use dashboard::show as dashboard;

#[derive(Template)]
#[template(path = "departments/show.html")]
struct ShowPage {
    tr: Tr,
    org: String,
    entries: Vec<WorkspaceEntry>,
    next: Option<String>,
    lights: duban_core::LightRules,
    today: duban_core::NaiveDate,
}

impl ShowPage {
    /// Whether the signed-in account signs for this department.
    fn signs(&self) -> bool {
        self.tr.me.as_ref().is_some_and(|m| m.org.as_deref() == Some(self.org.as_str()))
            && crate::policy::allows(self.tr.me.as_ref().map(|m| m.role), crate::policy::Action::Acknowledge)
    }

    /// The entry's red / yellow / green today.
    fn light(&self, e: &WorkspaceEntry) -> duban_core::Light {
        let date = crate::clock::day;
        let start = date(&e.since).unwrap_or(self.today);
        self.lights.light(start, e.due.as_deref().and_then(date), self.today, e.reported)
    }

    fn day(at: &i64) -> String {
        let at = *at;
        duban_core::DateTime::from_timestamp(at, 0).map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default()
    }
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(org): Path<String>,
    QueryOf(p): PageQuery<PageParams>,
) -> Result<Html<String>, WebError> {
    let mut page = state.store.workspace(&org, p.page()).await?;
    page.items = crate::cache::without_drafts(&state, &tr, page.items, |e| e.plan_id).await?;
    let limit = p.limit.map(|l| l.to_string()).unwrap_or_default();
    // A query-only link stays on this department's path.
    let next = next_link("", &[("limit", &limit)], page.next);
    render(ShowPage { tr, org, entries: page.items, next, lights: state.lights, today: crate::clock::today() })
}
