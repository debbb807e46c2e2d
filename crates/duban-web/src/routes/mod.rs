//! Routes by area, then by verb. Templates sit beside their handlers.

mod account;
mod api;
mod assignments;
pub(crate) mod dashboard;
mod departments;
pub(crate) mod import;
mod inbox;
mod items;
mod matrix;
mod orgs;
mod plans;
mod search;

use crate::AppState;
use axum::Router;
use axum::routing::get;
use duban_store::Store;

pub fn router<S: Store>() -> Router<AppState<S>> {
    Router::new()
        .route("/", get(plans::list::<S>))
        .route("/login", get(account::form).post(account::login::<S>))
        .route("/logout", axum::routing::post(account::logout::<S>))
        .route("/admin/audit", get(account::audit_log::<S>))
        .route("/admin/outbox", get(inbox::failures::<S>))
        .route("/admin/users", get(account::users::<S>).post(account::create_user::<S>))
        .route("/admin/users/{login}/password", axum::routing::post(account::set_user_password::<S>))
        .route("/admin/users/{login}/{what}", axum::routing::post(account::change_user::<S>))
        .route("/admin/audit.csv", get(account::audit_csv::<S>))
        .route("/account", get(account::profile::<S>))
        .route("/account/password", axum::routing::post(account::change_password::<S>))
        .route("/account/tokens", axum::routing::post(account::create_token::<S>))
        .route("/account/tokens/{id}/revoke", axum::routing::post(account::revoke_token::<S>))
        .route("/inbox", get(inbox::show::<S>))
        .route("/assignments/{id}", get(assignments::show::<S>))
        .route("/assignments/{id}/reports", axum::routing::post(assignments::report::<S>))
        .route("/assignments/{id}/review", axum::routing::post(assignments::report::<S>))
        .route("/assignments/{id}/acknowledge", axum::routing::post(assignments::acknowledge::<S>))
        .route("/assignments/{id}/attachments", axum::routing::post(assignments::attach::<S>))
        .route("/assignments/{id}/urge", axum::routing::post(assignments::urge::<S>))
        .route("/attachments/{id}", get(assignments::download::<S>))
        .route("/api/v1/assignments/{id}/acknowledge", axum::routing::post(assignments::acknowledge_api::<S>))
        .route(
            "/api/v1/assignments/{id}/reports",
            get(assignments::reports_api::<S>).post(assignments::report_api::<S>),
        )
        .route("/api/v1/session", get(account::session))
        .route("/plans/{id}", get(plans::show::<S>))
        .route("/plans/{id}/matrix", get(matrix::show::<S>))
        .route("/plans/{id}/dashboard", get(dashboard::show::<S>))
        .route("/api/v1/plans/{id}/dashboard", get(dashboard::api::<S>))
        .route("/plans/{id}/cycle", axum::routing::post(dashboard::set_cycle::<S>))
        .route("/plans/{id}/circular.docx", get(dashboard::circular_docx::<S>))
        .route("/plans/{id}/circular.xlsx", get(dashboard::circular_xlsx::<S>))
        .route("/items/{id}", get(items::show::<S>))
        .route("/items/{id}/edit", axum::routing::post(items::edit::<S>))
        .route("/departments/{org}", get(departments::show::<S>))
        .route("/departments/{org}/dashboard", get(departments::dashboard::<S>))
        .route("/orgs", get(orgs::list::<S>))
        .route("/orgs/{name}", get(orgs::show::<S>))
        .route("/search", get(search::get::<S>))
        .route("/import", get(import::form).post(import::upload::<S>))
        .route("/plans/{id}/versions/{version}", get(import::review::<S>))
        .route("/plans/{id}/versions/{version}/publish", axum::routing::post(import::publish::<S>))
        .route("/api/v1/plans", get(api::plans::<S>))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/docs", get(api::docs))
        .route("/api/v1/plans/{id}", get(api::plan::<S>))
        .route("/api/v1/plans/{id}/diff", get(api::diff::<S>))
        .route("/api/v1/plans/{id}/matrix", get(api::matrix::<S>))
        .route("/api/v1/items/{id}", get(api::item::<S>).put(api::edit_item::<S>))
        .route("/api/v1/imports", axum::routing::post(api::import::<S>))
        .route("/api/v1/plans/{id}/versions/{version}/publish", axum::routing::post(api::publish::<S>))
        .route("/api/v1/departments/{org}/assignments", get(api::workspace::<S>))
        .route("/api/v1/search", get(api::search::<S>))
        .fallback(not_found)
}

async fn not_found() -> crate::WebError {
    crate::WebError::not_found("页面不存在")
}
