//! One item (area, task or measure): where it stands in its plan, who
//! leads, carries and joins it (with successors of bodies that no longer
//! exist), its deadline and what lies under it.

use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_core::Assignment;
use duban_store::{ItemDetail, Store};

#[derive(Template)]
#[template(path = "items/show.html")]
struct ShowPage {
    d: ItemDetail,
}

impl ShowPage {
    fn successors(a: &Assignment) -> String {
        a.successors.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("、")
    }

    fn deadline(&self) -> String {
        self.d.item.deadline.as_ref().map(|d| d.as_written.clone()).unwrap_or_default()
    }

    fn due(&self) -> String {
        self.d.item.deadline.as_ref().and_then(|d| d.due).map(|d| d.to_string()).unwrap_or_default()
    }
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("条目编号应为数字"))?;
    let d = state.store.item(id).await?;
    render(ShowPage { d })
}
