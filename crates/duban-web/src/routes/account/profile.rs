//! The signed-in account's own page (`/account`): changing the password
//! (the current one is asked for; every session then ends) and the API
//! tokens integrators use (made here, shown once, revoked here).

use crate::auth::{self, Me};
use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use duban_core::{Login, Password};
use duban_store::{ApiToken, Store};

#[derive(Template)]
#[template(path = "account/profile.html")]
struct ProfilePage {
    tr: Tr,
    login: String,
    name: String,
    role: &'static str,
    org: Option<String>,
    tokens: Vec<ApiToken>,
    /// A token just made, shown this once.
    new_token: String,
    error: String,
}

impl ProfilePage {
    fn when(at: &i64) -> String {
        duban_core::DateTime::from_timestamp(*at, 0).map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
    }
}

fn me(tr: &Tr) -> Result<Me, WebError> {
    tr.me.clone().ok_or_else(WebError::unauthorized)
}

async fn page<S: Store>(
    state: &AppState<S>,
    tr: Tr,
    new_token: String,
    error: String,
) -> Result<Html<String>, WebError> {
    let me = me(&tr)?;
    let tokens = state.store.tokens(&me.login).await?;
    render(ProfilePage {
        login: me.login,
        name: me.name,
        role: me.role.label_zh(),
        org: me.org,
        tokens,
        new_token,
        error,
        tr,
    })
}

/// `GET /account`.
pub async fn show<S: Store>(State(state): State<AppState<S>>, tr: Tr) -> Result<Html<String>, WebError> {
    page(&state, tr, String::new(), String::new()).await
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    pub current: String,
    #[serde(default)]
    pub new: String,
    #[serde(default)]
    pub repeat: String,
}

/// `POST /account/password`: a refused change says which field is wrong.
pub async fn change_password<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    axum::Form(form): axum::Form<PasswordForm>,
) -> Result<Response, WebError> {
    let me = me(&tr)?;
    let user = state.store.user(&me.login).await?.ok_or_else(WebError::unauthorized)?;
    let checked = if !auth::verify_password(&form.current, &user.password_hash) {
        Err("当前密码不对".to_string())
    } else if form.new != form.repeat {
        Err("两次输入的新密码不一致".to_string())
    } else {
        let login = Login::parse(&me.login).map_err(|e| WebError::internal(&e.to_string()))?;
        Password::parse(&form.new, &login).map_err(|e| format!("新密码：{e}"))
    };
    let password = match checked {
        Ok(p) => p,
        Err(why) => {
            auth::audit(state.store.as_ref(), Some(&me.login), "password-refused", &me.login, &why, None).await;
            return Ok((StatusCode::BAD_REQUEST, page(&state, tr, String::new(), why).await?).into_response());
        }
    };
    let hash = auth::hash_password(&password).map_err(|e| WebError::internal(&e))?;
    state.store.set_password(&me.login, &hash).await?;
    auth::audit(state.store.as_ref(), Some(&me.login), "password-change", &me.login, "", None).await;
    Ok(Redirect::to("/login?changed=1").into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    pub name: String,
}

/// `POST /account/tokens`: a new token, shown on the page once.
pub async fn create_token<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    axum::Form(form): axum::Form<TokenForm>,
) -> Result<Response, WebError> {
    let me = me(&tr)?;
    let name = form.name.trim();
    if name.is_empty() {
        let why = "请写明令牌的用途".to_string();
        return Ok((StatusCode::BAD_REQUEST, page(&state, tr, String::new(), why).await?).into_response());
    }
    let (token, hash) = auth::new_api_token()?;
    let made = state.store.create_token(&me.login, name, &hash, crate::clock::now()).await?;
    let what = format!("token {} ({name})", made.id);
    auth::audit(state.store.as_ref(), Some(&me.login), "token-add", &me.login, &what, None).await;
    Ok(page(&state, tr, token, String::new()).await?.into_response())
}

/// `POST /account/tokens/{id}/revoke`.
pub async fn revoke_token<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let me = me(&tr)?;
    let id: i64 = id.parse().map_err(|_| WebError::not_found("令牌编号应为数字"))?;
    state.store.revoke_token(&me.login, id, crate::clock::now()).await?;
    auth::audit(state.store.as_ref(), Some(&me.login), "token-revoke", &me.login, &format!("token {id}"), None).await;
    Ok(Redirect::to("/account").into_response())
}
