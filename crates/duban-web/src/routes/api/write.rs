//! The API's writes: import a table (or only preview it), publish a
//! version, correct an item of a draft. Each is one store transaction.

use crate::extract::{ApiQuery, QueryOf};
use crate::{AppState, WebError};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use duban_core::Role;
use duban_store::{ItemEdit, Store, StoreError};
use serde_json::{Value, json};

#[derive(serde::Deserialize)]
pub struct ImportParams {
    /// The file's name: helps detect the format (`.docx`, `.xlsx`…).
    pub file_name: Option<String>,
    /// The plan's title; default the title found in the document.
    pub title: Option<String>,
    /// Only parse and answer; store nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// `POST /api/v1/imports`: the body is the document as received.
pub async fn import<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    QueryOf(p): ApiQuery<ImportParams>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), WebError> {
    if body.is_empty() {
        return Err(WebError::bad_request("请求体为空：请把分工表文件作为请求体上传").api());
    }
    let options = duban_import::Options {
        file_name: p.file_name.clone(),
        today: Some(crate::clock::today()),
        ..duban_import::Options::default()
    };
    let resolver = state.resolver.clone();
    let parsed = tokio::task::spawn_blocking(move || duban_import::parse_with(&body, &options, resolver.as_ref()))
        .await
        .map_err(|_| WebError::bad_request("导入时出错").api())?
        .map_err(|e| WebError::bad_request(format!("无法导入：{e}")).api())?;
    let name = p.file_name.clone().unwrap_or_else(|| "upload".into());
    let title = p.title.clone().or_else(|| parsed.plan.title.clone()).unwrap_or_else(|| name.clone());
    let measures = parsed.plan.leaves().len();
    if p.dry_run {
        return Ok((
            StatusCode::OK,
            Json(
                json!({"title": title, "measures": measures, "diagnostics": parsed.diagnostics, "items": parsed.plan.items}),
            ),
        ));
    }
    let imported = state.store.import_plan(&title, &name, &parsed, false).await.map_err(|e| WebError::from(e).api())?;
    let target = format!("plan {} version {}", imported.plan_id, imported.version);
    crate::auth::audit(state.store.as_ref(), tr.me.as_ref().map(|m| m.login.as_str()), "import", &target, &name, None)
        .await;
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "plan_id": imported.plan_id, "version": imported.version, "published": false, "title": title,
            "measures": measures, "diagnostics": parsed.diagnostics, "items": parsed.plan.items,
        })),
    ))
}

/// `POST /api/v1/plans/{id}/versions/{version}/publish`.
pub async fn publish<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    Path((id, version)): Path<(String, String)>,
) -> Result<Json<Value>, WebError> {
    let (id, version) = (super::id_of(&id)?, super::id_of(&version)?);
    state.store.publish(id, version).await.map_err(|e| WebError::from(e).api())?;
    let actor = tr.me.as_ref().map(|m| m.login.as_str());
    crate::auth::audit(state.store.as_ref(), actor, "publish", &format!("plan {id} version {version}"), "", None).await;
    Ok(Json(json!({"plan_id": id, "version": version, "published": true})))
}

#[derive(serde::Deserialize)]
pub struct AssignmentIn {
    pub role: String,
    pub name: String,
}

#[derive(serde::Deserialize)]
pub struct ItemIn {
    pub number: Option<String>,
    pub text: String,
    #[serde(default)]
    pub assignments: Vec<AssignmentIn>,
    pub deadline: Option<String>,
}

/// `PUT /api/v1/items/{id}`: corrects an item of a draft; answers the item
/// as `GET` does.
pub async fn edit_item<S: Store>(
    State(state): State<AppState<S>>,
    tr: crate::i18n::Tr,
    Path(id): Path<String>,
    body: Result<Json<ItemIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Value>, WebError> {
    let Json(input) = body.map_err(|e| WebError::bad_request(format!("请求体有误：{}", e.body_text())).api())?;
    let item_id = super::id_of(&id)?;
    let plan = state.store.item(item_id).await.map_err(|e| WebError::from(e).api())?.plan;
    let context =
        duban_core::Context { on: Some(crate::clock::today()), title: Some(&plan.title), ..Default::default() };
    let mut assignments = Vec::new();
    for (k, a) in input.assignments.iter().enumerate() {
        let role = match a.role.as_str() {
            "lead" => Role::Lead,
            "responsible" => Role::Responsible,
            "participant" => Role::Participant,
            other => {
                let why = format!("assignments[{k}].role「{other}」应为 lead、responsible 或 participant");
                return Err(WebError::bad_request(why).api());
            }
        };
        let Some(resolved) = state.resolver.resolve(a.name.trim(), &context) else {
            return Err(WebError::bad_request(format!("assignments[{k}].name「{}」不是部门名称", a.name)).api());
        };
        assignments.push(duban_core::Assignment {
            role,
            as_written: a.name.trim().into(),
            org: resolved.org,
            successors: resolved.successors,
            basis: duban_core::Basis::Entered,
        });
    }
    let deadline = input.deadline.as_deref().and_then(crate::routes::items::deadline_from);
    let edit = ItemEdit::new(input.number, &input.text, assignments, deadline).map_err(|e| WebError::from(e).api())?;
    state.store.edit_item(item_id, &edit).await.map_err(|e: StoreError| WebError::from(e).api())?;
    let actor = tr.me.as_ref().map(|m| m.login.as_str());
    crate::auth::audit(state.store.as_ref(), actor, "edit-item", &format!("item {item_id}"), edit.text(), None).await;
    super::item(State(state), tr, Path(id)).await
}
