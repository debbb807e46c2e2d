//! One item (area, task or measure): where it stands in its plan, who
//! leads, carries and joins it (with successors of bodies that no longer
//! exist), its deadline and what lies under it.

use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_core::Assignment;
use duban_store::{ItemDetail, ItemEdit, Store};

mod learn;

#[derive(Template)]
#[template(path = "items/show.html")]
struct ShowPage {
    tr: Tr,
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
    tr: Tr,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("条目编号应为数字"))?;
    let d = state.store.item(id).await?;
    if !d.plan.published && !tr.manages_plans() {
        return Err(WebError::not_found("这份分工表尚未发布"));
    }
    render(ShowPage { tr, d })
}

/// The edit form of the review page.
#[derive(Debug, Default, serde::Deserialize)]
pub struct EditForm {
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub text: String,
    /// Departments in the role grammar (`A牵头，B负责，C参加`).
    #[serde(default)]
    pub departments: String,
    #[serde(default)]
    pub deadline: String,
    /// `1`: keep renamed departments as aliases for later imports.
    #[serde(default)]
    pub remember: String,
}

/// A deadline as typed: empty means none; text the parser cannot read is
/// kept as written (kind `unparsed`), as in imports.
pub fn deadline_from(text: &str) -> Option<duban_core::Deadline> {
    let text = text.trim();
    if text.is_empty() { None } else { duban_core::Deadline::parse(text) }
}

/// Saves a correction made on the review page and returns to the review at
/// the item; a refused one reopens its form with what was typed and why.
pub async fn edit<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<EditForm>,
) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    let id: i64 = id.parse().map_err(|_| WebError::not_found("条目编号应为数字"))?;
    let before = state.store.item(id).await?;
    let plan = before.plan;
    let context =
        duban_core::Context { on: Some(crate::clock::today()), title: Some(&plan.title), ..Default::default() };
    let saved = match duban_import::assignments_from(&form.departments, state.resolver.as_ref(), &context) {
        Err(e) => Err(duban_store::StoreError::Invalid(format!("责任部门有误：{e}"))),
        Ok(assignments) => {
            let number = Some(form.number.clone());
            let renamed = learn::renamed(&before.item.assignments, &assignments);
            match ItemEdit::new(number, &form.text, assignments, deadline_from(&form.deadline)) {
                Ok(edit) => state.store.edit_item(id, &edit).await.map(|()| renamed),
                Err(e) => Err(e),
            }
        }
    };
    let status = match saved {
        Ok(renamed) => {
            let actor = tr.me.as_ref().map(|m| m.login.as_str());
            crate::auth::audit(state.store.as_ref(), actor, "edit-item", &format!("item {id}"), &form.text, None).await;
            if form.remember == "1" {
                learn::keep(&state, actor, &renamed).await?;
            }
            let to = format!("/plans/{}/versions/{}#item-{id}", plan.id, plan.version);
            return Ok(axum::response::Redirect::to(&to).into_response());
        }
        Err(duban_store::StoreError::Invalid(reason)) => (axum::http::StatusCode::BAD_REQUEST, reason),
        Err(duban_store::StoreError::Conflict(reason)) => (axum::http::StatusCode::CONFLICT, reason),
        Err(other) => return Err(other.into()),
    };
    let refused = crate::routes::import::Refused {
        item_id: id,
        number: form.number,
        text: form.text,
        departments: form.departments,
        deadline: form.deadline,
        reason: status.1,
    };
    let page = crate::routes::import::review_page(&state, tr, plan.id, plan.version, Some(refused)).await?;
    Ok((status.0, page).into_response())
}
