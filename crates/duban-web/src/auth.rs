//! Sign-in and sessions. A session is a random token in an HttpOnly cookie;
//! the store keeps only its SHA-256, the account and a CSRF token. Every
//! request passes [`authorize`], which finds the session, ends it after
//! [`IDLE_TIMEOUT`] without use, asks [`crate::policy`] whether the route
//! may be used, and for writes checks the CSRF token (a form's `?csrf=`
//! or the `X-CSRF-Token` header) and that the request comes from this
//! site. API clients may instead send `Authorization: Bearer <token>`
//! (a token made on the account page or with `duban token add`); only its
//! SHA-256 is stored. Passwords are hashed with Argon2id.

use crate::policy::{self, Action};
use crate::{AppState, WebError};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use duban_core::{AccountRole, Password};
use duban_store::{AuditEvent, Store};
use sha2::Digest;

/// The session cookie.
pub const COOKIE: &str = "duban_session";
/// A session unused this long (seconds) is over.
pub const IDLE_TIMEOUT: i64 = 30 * 60;
/// Failed logins in a row that lock an account…
pub const MAX_FAILURES: i64 = 5;
/// …for this long (seconds).
pub const LOCKOUT: i64 = 15 * 60;
/// A session's last use is written at most this often (seconds).
const TOUCH_EVERY: i64 = 60;

/// The signed-in account of a request.
#[derive(Debug, Clone)]
pub struct Me {
    pub login: String,
    pub name: String,
    pub role: AccountRole,
    pub org: Option<String>,
    pub csrf: String,
    /// The session's token hash (empty for an API token).
    pub(crate) token_hash: String,
    /// Signed in with an API token (`Authorization: Bearer`), not a
    /// cookie: no CSRF check, since nothing is sent by the browser itself.
    pub(crate) bearer: bool,
    /// The server separates the three administrators' duties (三员分立).
    pub(crate) separated: bool,
}

/// 32 random bytes as hex: session tokens and CSRF tokens.
pub fn random_token() -> Result<String, WebError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|_| WebError::internal("no randomness from the system"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A new API token (`duban_` and 64 hex digits) and its hash, which is
/// what the store keeps.
pub fn new_api_token() -> Result<(String, String), WebError> {
    let token = format!("duban_{}", random_token()?);
    let hash = token_hash(&token);
    Ok((token, hash))
}

/// What the store keeps of a session token.
pub fn token_hash(token: &str) -> String {
    sha2::Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The PHC string of a password's Argon2id hash (random salt).
pub fn hash_password(password: &Password) -> Result<String, String> {
    Argon2::default().hash_password(password.expose().as_bytes()).map(|h| h.to_string()).map_err(|e| e.to_string())
}

/// Whether `plain` is the password of this PHC hash.
pub fn verify_password(plain: &str, phc: &str) -> bool {
    Argon2::default().verify_password(plain.as_bytes(), phc).is_ok()
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|c| c.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_string())
}

fn query_value(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').filter_map(|p| p.split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
}

/// Whether a write comes from this site: browsers send `Origin` (or
/// `Sec-Fetch-Site`) with it; clients without either are not browsers.
fn same_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else { return true };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    origin.split_once("://").is_some_and(|(_, rest)| rest == host)
}

/// Where a request came from, for the audit log.
pub fn client_ip(req_headers: &HeaderMap) -> Option<String> {
    req_headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(',').next().unwrap_or("").trim().to_string())
}

/// Writes a line to the audit log; a failure to write is logged, never
/// shown to the user.
pub async fn audit<S: Store>(
    store: &S,
    actor: Option<&str>,
    action: &str,
    target: &str,
    detail: &str,
    ip: Option<String>,
) {
    let event = AuditEvent {
        id: 0,
        at: crate::clock::now(),
        actor: actor.map(str::to_string),
        action: action.to_string(),
        target: target.to_string(),
        detail: detail.to_string(),
        ip,
    };
    if let Err(e) = store.audit(&event).await {
        eprintln!("duban-web: audit log: {e}");
    }
}

/// The session (if any) and the policy's verdict on every request.
pub async fn authorize<S: Store>(State(state): State<AppState<S>>, mut req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let pattern = req.extensions().get::<MatchedPath>().map(|m| m.as_str().to_string()).unwrap_or_default();
    let action = policy::action_of(req.method(), &pattern);
    let at = crate::clock::now();
    let mut me: Option<Me> = None;
    if let Some(token) = cookie_value(req.headers(), COOKIE) {
        let hash = token_hash(&token);
        match state.store.session(&hash).await {
            Ok(Some(s)) if !s.user.disabled && at - s.last_seen <= IDLE_TIMEOUT => {
                if at - s.last_seen >= TOUCH_EVERY {
                    let _ = state.store.touch_session(&hash, at).await;
                }
                me = Some(Me {
                    login: s.user.login,
                    name: s.user.name,
                    role: s.user.role,
                    org: s.user.org,
                    csrf: s.csrf,
                    token_hash: hash,
                    bearer: false,
                    separated: state.separation_of_duties,
                });
            }
            Ok(Some(_)) => {
                // Idle too long, or the account was disabled.
                let _ = state.store.close_session(&hash).await;
            }
            Ok(None) => {}
            Err(e) => return with_api(WebError::from(e), api).into_response(),
        }
    }
    // Integrators call the API with a token instead of a session.
    let bearer =
        req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    if let (None, true, Some(token)) = (&me, api, bearer) {
        match state.store.token_user(&token_hash(token.trim()), at).await {
            Ok(Some(u)) if !u.disabled => {
                me = Some(Me {
                    login: u.login,
                    name: u.name,
                    role: u.role,
                    org: u.org,
                    csrf: String::new(),
                    token_hash: String::new(),
                    bearer: true,
                    separated: state.separation_of_duties,
                })
            }
            Ok(_) => {
                audit(state.store.as_ref(), None, "token-refused", req.uri().path(), "", client_ip(req.headers()))
                    .await;
                return WebError::unauthorized().api().into_response();
            }
            Err(e) => return WebError::from(e).api().into_response(),
        }
    }
    let path = req.uri().path().to_string();
    let ip = client_ip(req.headers());
    let role = me.as_ref().map(|m| m.role);
    let allowed = action.is_some_and(|a| policy::allows_with(role, a, state.separation_of_duties));
    if !allowed {
        if me.is_none() && action.is_some() {
            if api {
                return WebError::unauthorized().api().into_response();
            }
            let target = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            let next = serde_urlencoded::to_string([("next", target)]).unwrap_or_default();
            return Redirect::to(&format!("/login?{next}")).into_response();
        }
        audit(state.store.as_ref(), me.as_ref().map(|m| m.login.as_str()), "denied", &path, req.method().as_str(), ip)
            .await;
        return with_api(WebError::forbidden(), api).into_response();
    }
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method && action != Some(Action::Public) && !me.as_ref().is_some_and(|m| m.bearer) {
        let sent = req
            .headers()
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .or_else(|| query_value(req.uri().query(), "csrf"));
        let expected = me.as_ref().map(|m| m.csrf.as_str());
        if sent.as_deref() != expected || !same_site(req.headers()) {
            audit(state.store.as_ref(), me.as_ref().map(|m| m.login.as_str()), "csrf-refused", &path, "", ip).await;
            return with_api(WebError::stale_form(), api).into_response();
        }
    }
    if let Some(me) = me {
        req.extensions_mut().insert(me);
    }
    next.run(req).await
}

fn with_api(e: WebError, api: bool) -> WebError {
    if api { e.api() } else { e }
}
