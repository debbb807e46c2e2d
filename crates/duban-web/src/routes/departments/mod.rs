//! A department's workspace (我的任务): everything it leads, carries or
//! joins, across plans, including what it inherited from bodies it succeeded.

use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_store::{Store, WorkspaceEntry};

#[derive(Template)]
#[template(path = "departments/show.html")]
struct ShowPage {
    org: String,
    entries: Vec<WorkspaceEntry>,
}

impl ShowPage {
    fn role_label(e: &WorkspaceEntry) -> &'static str {
        e.role.label_zh()
    }
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    Path(org): Path<String>,
) -> Result<Html<String>, WebError> {
    let entries = state.store.workspace(&org).await?;
    render(ShowPage { org, entries })
}
