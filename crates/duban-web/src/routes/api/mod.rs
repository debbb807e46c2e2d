//! The JSON API under /api/v1. Errors are application/problem+json.

use crate::extract::{ApiQuery, QueryOf};
mod write;

pub use write::{edit_item, import, publish};

use crate::paging::PageParams;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use duban_store::{Paged, PlanSummary, SearchHit, Store, WorkspaceEntry};
use serde_json::{Value, json};

/// The OpenAPI document, kept beside the handlers it describes.
pub const OPENAPI: &str = include_str!("openapi.json");

pub async fn openapi() -> impl axum::response::IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], OPENAPI)
}

/// One endpoint as the documentation page lists it.
pub struct Endpoint {
    pub method: String,
    pub path: String,
    pub summary: String,
    pub parameters: String,
}

#[derive(askama::Template)]
#[template(path = "api/docs.html")]
struct DocsPage {
    tr: crate::i18n::Tr,
    title: String,
    description: String,
    endpoints: Vec<Endpoint>,
}

/// The API documentation as a page, rendered from the OpenAPI document on
/// the server (no script, no CDN).
pub async fn docs(tr: crate::i18n::Tr) -> Result<axum::response::Html<String>, WebError> {
    let spec: Value = serde_json::from_str(OPENAPI).map_err(|_| WebError::not_found("API 说明缺失"))?;
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    let mut endpoints = Vec::new();
    if let Some(paths) = spec["paths"].as_object() {
        for (path, ops) in paths {
            for (method, op) in ops.as_object().into_iter().flatten() {
                let parameters = op["parameters"]
                    .as_array()
                    .map(|ps| {
                        ps.iter()
                            .map(|p| match p["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
                                // Shared parameters live under components.
                                Some(shared) => text(&spec["components"]["parameters"][shared]["name"]),
                                None => text(&p["name"]),
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                endpoints.push(Endpoint {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    summary: text(&op["summary"]),
                    parameters,
                });
            }
        }
    }
    crate::routes::plans::render(DocsPage {
        tr,
        title: text(&spec["info"]["title"]),
        description: text(&spec["info"]["description"]),
        endpoints,
    })
}

fn id_of(s: &str) -> Result<i64, WebError> {
    s.parse().map_err(|_| WebError::bad_request("编号应为数字").api())
}

pub async fn plans<S: Store>(
    State(state): State<AppState<S>>,
    QueryOf(p): ApiQuery<PageParams>,
) -> Result<Json<Paged<PlanSummary>>, WebError> {
    // A page of a list answers `{"items": [...], "next": key or null}`.
    Ok(Json(state.store.plans(p.page()).await.map_err(|e| WebError::from(e).api())?))
}

/// One item with its assignments, its ancestors and its children.
pub async fn item<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    Path(id): Path<String>,
) -> Result<Json<Value>, WebError> {
    let d = state.store.item(id_of(&id)?).await.map_err(|e| WebError::from(e).api())?;
    if !d.plan.published && !tr.manages_plans() {
        return Err(WebError::not_found("这份分工表尚未发布").api());
    }
    let link = |l: &duban_store::ItemLink| json!({"id": l.id, "number": l.number, "text": l.text});
    Ok(Json(json!({
        "id": d.id,
        "plan": {"id": d.plan.id, "title": d.plan.title, "version": d.plan.version, "published": d.plan.published},
        "number": d.item.number, "text": d.item.text, "assignments": d.item.assignments,
        "deadline": d.item.deadline, "note": d.item.note, "line": d.item.line,
        "ancestors": d.ancestors.iter().map(link).collect::<Vec<_>>(),
        "children": d.children.iter().map(link).collect::<Vec<_>>(),
    })))
}

#[derive(serde::Deserialize)]
pub struct VersionParam {
    pub version: Option<i64>,
}

/// The plan in the `duban parse --json` shape, with its version.
pub async fn plan<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    Path(id): Path<String>,
    QueryOf(v): ApiQuery<VersionParam>,
) -> Result<Json<Value>, WebError> {
    let tree = crate::cache::visible(&state, &tr, id_of(&id)?, v.version).await.map_err(WebError::api)?;
    let (summary, plan) = (&tree.summary, &tree.plan);
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
    tr: crate::i18n::Tr,
    Path(id): Path<String>,
    QueryOf(p): ApiQuery<DiffParams>,
) -> Result<Json<Value>, WebError> {
    let id = id_of(&id)?;
    let before = crate::cache::visible(&state, &tr, id, Some(p.from)).await.map_err(WebError::api)?;
    let after = crate::cache::visible(&state, &tr, id, p.to).await.map_err(WebError::api)?;
    let diff = duban_core::diff(&before.plan, &after.plan);
    Ok(Json(json!({"from": p.from, "to": after.summary.version, "diff": diff})))
}

#[derive(serde::Deserialize)]
pub struct MatrixParams {
    pub org: Option<String>,
}

/// The RACI matrix of the latest version.
pub async fn matrix<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    Path(id): Path<String>,
    QueryOf(p): ApiQuery<MatrixParams>,
) -> Result<Json<Value>, WebError> {
    let tree = crate::cache::visible(&state, &tr, id_of(&id)?, None).await.map_err(WebError::api)?;
    let plan = &tree.plan;
    Ok(Json(json!(crate::routes::matrix::Matrix::of(plan, p.org.as_deref()))))
}

pub async fn workspace<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    Path(org): Path<String>,
    QueryOf(p): ApiQuery<PageParams>,
) -> Result<Json<Paged<WorkspaceEntry>>, WebError> {
    let mut page = state.store.workspace(&org, p.page()).await.map_err(|e| WebError::from(e).api())?;
    page.items = crate::cache::without_drafts(&state, &tr, page.items, |e| e.plan_id)
        .await
        .map_err(|e| WebError::from(e).api())?;
    Ok(Json(page))
}

pub async fn search<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    QueryOf(p): ApiQuery<crate::routes::search::Params>,
) -> Result<Json<Paged<SearchHit>>, WebError> {
    let (_, found) =
        crate::routes::search::find(&state, &tr, &p.q, p.page()).await.map_err(|e| WebError::from(e).api())?;
    Ok(Json(found))
}
