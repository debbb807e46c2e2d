//! Acknowledgement (签收): a department's liaison signs for an assignment of
//! the department, once. The store checks that the assignment is the
//! department's (or a predecessor's) and in a published version.

use crate::i18n::Tr;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use duban_store::Store;

#[derive(Debug, Default, serde::Deserialize)]
pub struct AckForm {
    #[serde(default)]
    pub note: String,
}

/// Signs for the assignment as the account's department; the account's
/// login and the time are recorded, and the audit log says so.
async fn sign<S: Store>(state: &AppState<S>, tr: &Tr, id: &str, note: &str) -> Result<String, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    let Some(me) = tr.me.as_ref() else { return Err(WebError::unauthorized()) };
    let Some(org) = me.org.as_deref() else {
        return Err(WebError::bad_request("账户没有所属部门，不能签收"));
    };
    state.store.acknowledge(id, org, &me.login, note, crate::auth::now()).await?;
    crate::auth::audit(state.store.as_ref(), Some(&me.login), "acknowledge", &format!("assignment {id}"), note, None)
        .await;
    Ok(org.to_string())
}

/// `POST /assignments/{id}/acknowledge` from the workspace page.
pub async fn acknowledge<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<AckForm>,
) -> Result<Response, WebError> {
    let org = sign(&state, &tr, &id, &form.note).await?;
    let path = serde_urlencoded::to_string([("", org.as_str())]).unwrap_or_default();
    // `=…` is the encoded name; a path segment wants %20 rather than +.
    let segment = path.trim_start_matches('=').replace('+', "%20");
    Ok(Redirect::to(&format!("/departments/{segment}#assignment-{id}")).into_response())
}

/// `POST /api/v1/assignments/{id}/acknowledge` with an optional JSON `{"note": …}`.
pub async fn acknowledge_api<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<serde_json::Value>, WebError> {
    let form: AckForm = if body.is_empty() {
        AckForm::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| WebError::bad_request(format!("请求体有误：{e}")).api())?
    };
    sign(&state, &tr, &id, &form.note).await.map_err(WebError::api)?;
    Ok(Json(serde_json::json!({"assignment_id": id.parse::<i64>().unwrap_or_default(), "acknowledged": true})))
}
