//! Signing in and out, the API's view of the session, and the audit log
//! page. Failures are answered alike whatever went wrong (no such account,
//! wrong password, disabled), so the page does not tell which logins
//! exist; repeated failures lock the account for a while.

use crate::auth::{self, COOKIE, LOCKOUT, MAX_FAILURES, Me};
use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::paging::{PageParams, next_link};
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use duban_store::{AuditEvent, Store};

mod profile;
mod users;

pub use profile::{change_password, create_token, revoke_token, show as profile};
pub use users::{change as change_user, create as create_user, list as users, set_password as set_user_password};

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    tr: Tr,
    login: String,
    next: String,
    error: String,
    /// Arrived here after changing the password.
    changed: bool,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LoginParams {
    #[serde(default)]
    pub next: String,
    #[serde(default)]
    pub changed: String,
}

/// Only paths of this site: `/x`, never `//host` or `https://…`.
fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') { next } else { "/" }
}

pub async fn form(tr: Tr, QueryOf(p): PageQuery<LoginParams>) -> Result<Html<String>, WebError> {
    let changed = !p.changed.is_empty();
    render(LoginPage { tr, login: String::new(), next: safe_next(&p.next).to_string(), error: String::new(), changed })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub login: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: String,
}

pub async fn login<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    headers: HeaderMap,
    axum::Form(form): axum::Form<LoginForm>,
) -> Result<Response, WebError> {
    let store = state.store.as_ref();
    let ip = auth::client_ip(&headers);
    let login = form.login.trim().to_ascii_lowercase();
    let next = safe_next(&form.next).to_string();
    let refuse = |tr: Tr, error: String| -> Result<Response, WebError> {
        let page = render(LoginPage { tr, login: login.clone(), next: next.clone(), error, changed: false })?;
        Ok((StatusCode::UNAUTHORIZED, page).into_response())
    };
    let wrong = "登录名或密码错误".to_string();
    let now = crate::clock::now();
    let Some(user) = store.user(&login).await? else {
        auth::audit(store, None, "login-failed", &login, "no such account", ip).await;
        return refuse(tr, wrong);
    };
    if user.disabled {
        auth::audit(store, None, "login-failed", &login, "account disabled", ip).await;
        return refuse(tr, wrong);
    }
    if user.locked_until > now {
        let minutes = (user.locked_until - now + 59) / 60;
        auth::audit(store, None, "login-locked", &login, "", ip).await;
        return refuse(tr, format!("多次登录失败，账户已暂时锁定，请 {minutes} 分钟后再试"));
    }
    let (plain, hash) = (form.password.clone(), user.password_hash.clone());
    // Argon2 takes tens of milliseconds of CPU: off the request threads.
    let matches = tokio::task::spawn_blocking(move || auth::verify_password(&plain, &hash)).await.unwrap_or(false);
    if !matches {
        let lock = (user.failed_logins + 1 >= MAX_FAILURES).then_some(now + LOCKOUT);
        store.login_failed(user.id, lock).await?;
        auth::audit(store, None, "login-failed", &login, "wrong password", ip.clone()).await;
        if lock.is_some() {
            auth::audit(store, None, "locked", &login, &format!("{MAX_FAILURES} failures in a row"), ip).await;
            return refuse(tr, format!("多次登录失败，账户已暂时锁定，请 {} 分钟后再试", LOCKOUT / 60));
        }
        return refuse(tr, wrong);
    }
    let token = auth::random_token()?;
    let csrf = auth::random_token()?;
    store.open_session(user.id, &auth::token_hash(&token), &csrf, now).await?;
    auth::audit(store, Some(&login), "login", &login, "", ip).await;
    let mut response = Redirect::to(&next).into_response();
    let cookie = format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{}",
        if state.secure_cookies { "; Secure" } else { "" }
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

pub async fn logout<S: Store>(State(state): State<AppState<S>>, tr: Tr) -> Result<Response, WebError> {
    if let Some(me) = &tr.me {
        state.store.close_session(&me.token_hash).await?;
        auth::audit(state.store.as_ref(), Some(&me.login), "logout", &me.login, "", None).await;
    }
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_static("duban_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"),
    );
    Ok(response)
}

/// `GET /api/v1/session`: who is signed in, and the CSRF token API
/// writes send as `X-CSRF-Token`.
pub async fn session(tr: Tr) -> Result<axum::Json<serde_json::Value>, WebError> {
    let Some(Me { login, name, role, org, csrf, .. }) = tr.me else {
        return Err(WebError::unauthorized().api());
    };
    Ok(axum::Json(serde_json::json!({"login": login, "name": name, "role": role, "org": org, "csrf": csrf})))
}

#[derive(Template)]
#[template(path = "account/audit.html")]
struct AuditPage {
    tr: Tr,
    events: Vec<AuditEvent>,
    next: Option<String>,
}

impl AuditPage {
    fn when(e: &AuditEvent) -> String {
        duban_core::DateTime::from_timestamp(e.at, 0)
            .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default()
    }
}

/// The audit log, newest first, for administrators.
pub async fn audit_log<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(p): PageQuery<PageParams>,
) -> Result<Html<String>, WebError> {
    let page = state.store.audit_log(p.page()).await?;
    let limit = p.limit.map(|l| l.to_string()).unwrap_or_default();
    render(AuditPage { tr, events: page.items, next: next_link("/admin/audit", &[("limit", &limit)], page.next) })
}

/// `GET /admin/audit.csv`: the whole audit log, oldest first, as CSV
/// (UTF-8 with a BOM, so Excel on Chinese Windows opens it). The export
/// is itself audited.
pub async fn audit_csv<S: Store>(State(state): State<AppState<S>>, tr: Tr) -> Result<Response, WebError> {
    let mut events = Vec::new();
    let mut page = duban_store::Page::first(duban_store::Page::MAX);
    loop {
        let got = state.store.audit_log(page).await?;
        events.extend(got.items);
        match got.next {
            Some(after) => page = duban_store::Page::after(Some(after), duban_store::Page::MAX),
            None => break,
        }
    }
    events.reverse();
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let write = |out: &mut csv::Writer<Vec<u8>>, row: &[&str]| {
        out.write_record(row).map_err(|e| WebError::internal(&e.to_string()))
    };
    write(&mut out, &["时间", "操作人", "操作", "对象", "详情", "来源地址"])?;
    for e in &events {
        let when = AuditPage::when(e);
        write(
            &mut out,
            &[&when, e.actor.as_deref().unwrap_or(""), &e.action, &e.target, &e.detail, e.ip.as_deref().unwrap_or("")],
        )?;
    }
    let bytes = out.into_inner().map_err(|e| WebError::internal(&e.to_string()))?;
    let me = tr.me.as_ref().map(|m| m.login.as_str());
    auth::audit(state.store.as_ref(), me, "audit-export", "audit_log", &format!("{} lines", events.len()), None).await;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"audit-{}.csv\"", crate::clock::today())),
        ],
        bytes,
    )
        .into_response())
}
