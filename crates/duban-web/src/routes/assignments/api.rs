//! Reports through the JSON API, for integrators (with an API token or a
//! session): an assignment's report versions, and a step of a report,
//! with the same rules and messages as the page.

use super::{ReportForm, step_of};
use crate::i18n::Tr;
use crate::policy::{self, Action};
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use duban_store::{ReportVersion, Store, StoreError};
use serde_json::{Value, json};

fn version_json(r: &ReportVersion) -> Value {
    json!({
        "assignment_id": r.assignment_id,
        "period": r.period,
        "version": r.version,
        "state": r.state.as_str(),
        "progress": r.body.progress.as_str(),
        "percent": r.body.percent,
        "done": r.body.done,
        "problems": r.body.problems,
        "next_steps": r.body.next_steps,
        "comment": r.comment,
        "author": r.author,
        "at": r.at,
    })
}

/// `GET /api/v1/assignments/{id}/reports`: every version, newest first
/// (drafts only for the assignment's own department).
pub async fn list<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
) -> Result<Json<Value>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字").api())?;
    let info = state.store.assignment(id).await.map_err(|e| WebError::from(e).api())?;
    if !info.published && !tr.manages_plans() {
        return Err(WebError::not_found("这份分工表尚未发布").api());
    }
    let department = tr.me.as_ref().and_then(|m| m.org.as_deref()).is_some_and(|org| info.belongs_to(org))
        && policy::allows(tr.me.as_ref().map(|m| m.role), Action::Report);
    let versions = state.store.reports(id, department).await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!({"assignment_id": id, "items": versions.iter().map(version_json).collect::<Vec<_>>()})))
}

/// What a client posts: the page's form fields, with the percentage as a
/// number.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepBody {
    pub period: String,
    /// The version the client saw (0 for a new report).
    #[serde(default)]
    pub expected: i64,
    /// `save`, `submit` (the department); `return`, `accept` (the office).
    pub step: String,
    #[serde(default)]
    pub progress: String,
    #[serde(default)]
    pub percent: i64,
    #[serde(default)]
    pub done: String,
    #[serde(default)]
    pub problems: String,
    #[serde(default)]
    pub next_steps: String,
    #[serde(default)]
    pub comment: String,
}

/// `POST /api/v1/assignments/{id}/reports` with a JSON [`StepBody`]: 201
/// and the new version; 400 for a wrong field, 409 when someone saved
/// first or the state does not allow the step.
pub async fn step<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<Value>), WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字").api())?;
    let Some(me) = tr.me.clone() else { return Err(WebError::unauthorized().api()) };
    let b: StepBody =
        serde_json::from_slice(&body).map_err(|e| WebError::bad_request(format!("请求体有误：{e}")).api())?;
    // The step decides who may take it: the department writes, the office reviews.
    let needed = match b.step.as_str() {
        "save" | "submit" => Action::Report,
        "return" | "accept" => Action::Review,
        other => return Err(WebError::bad_request(format!("step「{other}」应为 save、submit、return 或 accept")).api()),
    };
    if !tr.may(needed) {
        return Err(WebError::forbidden().api());
    }
    let form = ReportForm {
        period: b.period,
        expected: b.expected,
        progress: b.progress,
        percent: b.percent.to_string(),
        done: b.done,
        problems: b.problems,
        next_steps: b.next_steps,
        step: b.step,
        comment: b.comment,
    };
    let (period, who, step) = step_of(&form, &me).map_err(|why| WebError::bad_request(why).api())?;
    match state.store.report_step(id, &period, form.expected, who(&me), &step, crate::clock::now()).await {
        Ok(saved) => Ok((StatusCode::CREATED, Json(version_json(&saved)))),
        Err(StoreError::Invalid(why)) => Err(WebError::bad_request(why).api()),
        Err(e) => Err(WebError::from(e).api()),
    }
}
