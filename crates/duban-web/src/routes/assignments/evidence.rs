//! Evidence files (佐证材料) of a report: the department uploads them to
//! the report of a period while it is still the department's to change;
//! whoever may read the report downloads them. The rules of what is
//! accepted are `duban_core::Evidence`'s; the store keeps each content
//! once, under its SHA-256.

use super::{Start, page};
use crate::i18n::Tr;
use crate::{AppState, WebError};
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use duban_core::{Evidence, EvidenceError, Period};
use duban_store::{Store, StoreError};

/// `POST /assignments/{id}/attachments` (multipart: `period`, `file`). A
/// refused file shows the page again with why (413 when too large).
pub async fn attach<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    mut form: Multipart,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    let Some(me) = tr.me.clone() else { return Err(WebError::unauthorized()) };
    let Some(org) = me.org.clone() else {
        return Err(WebError::bad_request("账户没有所属部门，不能上传附件"));
    };
    let (mut period, mut file) = (String::new(), None);
    while let Some(field) = form.next_field().await.map_err(WebError::upload)? {
        match field.name() {
            Some("period") => period = field.text().await.unwrap_or_default(),
            Some("file") => {
                let name = field.file_name().unwrap_or("").to_string();
                file = Some((name, field.bytes().await.map_err(WebError::upload)?.to_vec()));
            }
            _ => {}
        }
    }
    let period = match Period::parse(&period) {
        Ok(p) => p,
        Err(e) => return refuse(&state, tr, id, StatusCode::BAD_REQUEST, e.to_string(), String::new()).await,
    };
    let (name, bytes) = file.unwrap_or_default();
    let evidence = match Evidence::new(&name, bytes, state.upload_limit_mb) {
        Ok(e) => e,
        Err(e) => {
            let status = match e {
                EvidenceError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::BAD_REQUEST,
            };
            return refuse(&state, tr, id, status, e.to_string(), period.to_string()).await;
        }
    };
    match state.store.attach(id, &period, &org, &me.login, &evidence, crate::clock::now()).await {
        Ok(a) => {
            let what = format!("assignment {id} period {period} attachment {}", a.id);
            crate::auth::audit(state.store.as_ref(), Some(&me.login), "attach", &what, &a.sha256, None).await;
            Ok(Redirect::to(&format!("/assignments/{id}?period={period}#attachments")).into_response())
        }
        Err(StoreError::Conflict(why)) => refuse(&state, tr, id, StatusCode::CONFLICT, why, period.to_string()).await,
        Err(other) => Err(other.into()),
    }
}

/// The assignment page again, on `period`, with why the file was refused.
async fn refuse<S: Store>(
    state: &AppState<S>,
    tr: Tr,
    id: i64,
    status: StatusCode,
    why: String,
    period: String,
) -> Result<Response, WebError> {
    Ok((status, page(state, tr, id, Start::Period(period), why).await?).into_response())
}

/// `GET /attachments/{id}`: the file, for the department of its report and
/// for whoever may read the report (once it is more than a draft).
pub async fn download<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    let (meta, content) = state.store.attachment(id).await?;
    let info = state.store.assignment(meta.assignment_id).await?;
    let department = tr.me.as_ref().and_then(|m| m.org.as_deref()).is_some_and(|org| info.belongs_to(org));
    let visible = department
        || ((info.published || tr.manages_plans())
            && state.store.reports(meta.assignment_id, false).await?.iter().any(|r| r.period == meta.period));
    if !visible {
        // Another department's draft is not told to exist.
        return Err(WebError::not_found(format!("附件 {id}")));
    }
    let encoded: String = meta
        .name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let disposition = format!("attachment; filename*=UTF-8''{encoded}");
    Ok((
        [
            (header::CONTENT_TYPE, meta.mime.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        content,
    )
        .into_response())
}
