//! Accounts for administrators (`/admin/users`): every account with its
//! role, department, e-mail and state; creating one (the same rules as
//! `duban user add`), setting a new password for one, disabling and
//! enabling. Every change is audited; an administrator cannot disable
//! their own account.

use crate::auth;
use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use duban_core::{AccountRole, Login, Password};
use duban_store::{NewUser, Store, StoreError};

#[derive(Template)]
#[template(path = "account/users.html")]
struct UsersPage {
    tr: Tr,
    users: Vec<duban_store::User>,
    now: i64,
    form: NewUserForm,
    error: String,
}

impl UsersPage {
    fn roles(&self) -> Vec<(&'static str, &'static str, bool)> {
        AccountRole::ALL.iter().map(|r| (r.as_str(), r.label_zh(), r.as_str() == self.form.role)).collect()
    }
}

/// The new-account form, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct NewUserForm {
    #[serde(default)]
    pub login: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
}

async fn page<S: Store>(
    state: &AppState<S>,
    tr: Tr,
    form: NewUserForm,
    error: String,
) -> Result<Html<String>, WebError> {
    let users = state.store.users().await?;
    let form = NewUserForm { password: String::new(), ..form };
    render(UsersPage { tr, users, now: crate::clock::now(), form, error })
}

/// `GET /admin/users`.
pub async fn list<S: Store>(State(state): State<AppState<S>>, tr: Tr) -> Result<Html<String>, WebError> {
    let form = NewUserForm { role: AccountRole::Liaison.as_str().into(), ..NewUserForm::default() };
    page(&state, tr, form, String::new()).await
}

/// Reads the form into an account; the message names the wrong field.
fn checked(form: &NewUserForm) -> Result<(Login, AccountRole, Password), String> {
    let login = Login::parse(&form.login).map_err(|e| format!("登录名：{e}"))?;
    let role = AccountRole::parse(&form.role).ok_or("请选择角色")?;
    if role == AccountRole::Liaison && form.org.trim().is_empty() {
        return Err("部门联络员须填写所在部门".into());
    }
    let email = form.email.trim();
    if !email.is_empty() && (!email.contains('@') || email.contains(char::is_whitespace)) {
        return Err(format!("电子邮箱「{email}」格式不对"));
    }
    let password = Password::parse(&form.password, &login).map_err(|e| format!("初始密码：{e}"))?;
    Ok((login, role, password))
}

/// `POST /admin/users`: a new account; a refused form comes back with what
/// was typed (never the password) and why.
pub async fn create<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    axum::Form(form): axum::Form<NewUserForm>,
) -> Result<Response, WebError> {
    let (login, role, password) = match checked(&form) {
        Ok(ok) => ok,
        Err(why) => return Ok((StatusCode::BAD_REQUEST, page(&state, tr, form, why).await?).into_response()),
    };
    let hash = auth::hash_password(&password).map_err(|e| WebError::internal(&e))?;
    let name = if form.name.trim().is_empty() { login.to_string() } else { form.name.trim().to_string() };
    let org = Some(form.org.trim()).filter(|o| !o.is_empty() && role == AccountRole::Liaison);
    let email = Some(form.email.trim()).filter(|e| !e.is_empty());
    let user = NewUser { login: &login, name: &name, role, org, email, password_hash: &hash, now: crate::clock::now() };
    match state.store.create_user(&user).await {
        Ok(_) => {
            let me = tr.me.as_ref().map(|m| m.login.as_str());
            auth::audit(state.store.as_ref(), me, "user-add", login.as_str(), role.as_str(), None).await;
            Ok(Redirect::to("/admin/users").into_response())
        }
        Err(StoreError::Conflict(why)) => {
            Ok((StatusCode::CONFLICT, page(&state, tr, form, why).await?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    pub password: String,
}

/// `POST /admin/users/{login}/password`: a new password the person
/// changes after signing in; the account's sessions end.
pub async fn set_password<S: Store>(
    state: State<AppState<S>>,
    tr: Tr,
    Path(login): Path<String>,
    form: axum::Form<ChangeForm>,
) -> Result<Response, WebError> {
    change(state, tr, Path((login, "password".to_string())), form).await
}

/// `POST /admin/users/{login}/disable` and `…/enable` (the account's
/// sessions end on disable).
pub async fn change<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path((login, what)): Path<(String, String)>,
    axum::Form(form): axum::Form<ChangeForm>,
) -> Result<Response, WebError> {
    let me = tr.me.as_ref().map(|m| m.login.as_str());
    match what.as_str() {
        "disable" | "enable" => {
            let disabled = what == "disable";
            if disabled && me == Some(login.as_str()) {
                return Err(WebError::bad_request("不能停用自己的账户"));
            }
            state.store.set_disabled(&login, disabled).await?;
            let action = if disabled { "user-disable" } else { "user-enable" };
            auth::audit(state.store.as_ref(), me, action, &login, "", None).await;
        }
        "password" => {
            let parsed = Login::parse(&login).map_err(|e| WebError::not_found(e.to_string()))?;
            let password = match Password::parse(&form.password, &parsed) {
                Ok(p) => p,
                Err(e) => {
                    let why = format!("{login} 的新密码：{e}");
                    let form = NewUserForm { role: AccountRole::Liaison.as_str().into(), ..NewUserForm::default() };
                    return Ok((StatusCode::BAD_REQUEST, page(&state, tr, form, why).await?).into_response());
                }
            };
            let hash = auth::hash_password(&password).map_err(|e| WebError::internal(&e))?;
            state.store.set_password(&login, &hash).await?;
            auth::audit(state.store.as_ref(), me, "user-passwd", &login, "", None).await;
        }
        _ => return Err(WebError::not_found("只能停用、启用或设置新密码")),
    }
    Ok(Redirect::to("/admin/users").into_response())
}
