//! The JSON API under /api/v1. Errors are application/problem+json.

use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, Query, State};
use duban_store::Store;
use serde_json::{Value, json};

fn id_of(s: &str) -> Result<i64, WebError> {
    s.parse().map_err(|_| WebError::bad_request("编号应为数字").api())
}

pub async fn plans<S: Store>(State(state): State<AppState<S>>) -> Result<Json<Value>, WebError> {
    let plans = state.store.plans().await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!(
        plans
            .into_iter()
            .map(|p| json!({
                "id": p.id, "title": p.title, "version": p.version, "published": p.published,
                "source_name": p.source_name, "imported_at": p.imported_at, "measures": p.measures,
            }))
            .collect::<Vec<_>>()
    )))
}

#[derive(serde::Deserialize)]
pub struct VersionParam {
    pub version: Option<i64>,
}

/// The plan in the `duban parse --json` shape, with its version.
pub async fn plan<S: Store>(
    State(state): State<AppState<S>>,
    Path(id): Path<String>,
    Query(v): Query<VersionParam>,
) -> Result<Json<Value>, WebError> {
    let (summary, plan) = state.store.plan(id_of(&id)?, v.version).await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!({
        "id": summary.id, "version": summary.version, "published": summary.published,
        "title": plan.title, "items": plan.items,
    })))
}

#[derive(serde::Deserialize)]
pub struct DiffParams {
    pub from: i64,
    pub to: Option<i64>,
}

/// What changed between two versions (`to` defaults to the latest).
pub async fn diff<S: Store>(
    State(state): State<AppState<S>>,
    Path(id): Path<String>,
    Query(p): Query<DiffParams>,
) -> Result<Json<Value>, WebError> {
    let id = id_of(&id)?;
    let (_, before) = state.store.plan(id, Some(p.from)).await.map_err(|e| WebError::from(e).api())?;
    let (summary, after) = state.store.plan(id, p.to).await.map_err(|e| WebError::from(e).api())?;
    let diff = duban_core::diff(&before, &after);
    Ok(Json(json!({"from": p.from, "to": summary.version, "diff": diff})))
}

#[derive(serde::Deserialize)]
pub struct MatrixParams {
    pub org: Option<String>,
}

/// The RACI matrix of the latest version.
pub async fn matrix<S: Store>(
    State(state): State<AppState<S>>,
    Path(id): Path<String>,
    Query(p): Query<MatrixParams>,
) -> Result<Json<Value>, WebError> {
    let (_, plan) = state.store.plan(id_of(&id)?, None).await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!(crate::routes::matrix::Matrix::of(&plan, p.org.as_deref()))))
}

pub async fn workspace<S: Store>(
    State(state): State<AppState<S>>,
    Path(org): Path<String>,
) -> Result<Json<Value>, WebError> {
    let entries = state.store.workspace(&org).await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!(
        entries
            .into_iter()
            .map(|e| json!({
                "plan_id": e.plan_id, "plan_title": e.plan_title, "item_id": e.item_id, "number": e.number,
                "text": e.text, "role": e.role, "org": e.org, "inherited": e.inherited,
                "deadline": e.deadline, "due": e.due,
            }))
            .collect::<Vec<_>>()
    )))
}

#[derive(serde::Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    pub q: String,
    pub limit: Option<i64>,
}

pub async fn search<S: Store>(
    State(state): State<AppState<S>>,
    Query(p): Query<SearchParams>,
) -> Result<Json<Value>, WebError> {
    let limit = p.limit.unwrap_or(50).clamp(1, 500);
    let hits = state.store.search(&p.q, limit).await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!(
        hits.into_iter()
            .map(|h| json!({"plan_id": h.plan_id, "plan_title": h.plan_title, "item_id": h.item_id, "text": h.text}))
            .collect::<Vec<_>>()
    )))
}
