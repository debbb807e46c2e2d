//! Query strings read into typed parameters, with a malformed one answered
//! by the one error type (a Chinese page, or problem+json under /api)
//! instead of axum's plain-text rejection.

use crate::WebError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// `T` from the query string; `API` picks problem+json for errors.
pub struct QueryOf<T, const API: bool>(pub T);

/// Query parameters of an API endpoint.
pub type ApiQuery<T> = QueryOf<T, true>;
/// Query parameters of a page.
pub type PageQuery<T> = QueryOf<T, false>;

impl<T: DeserializeOwned, S: Send + Sync, const API: bool> FromRequestParts<S> for QueryOf<T, API> {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(QueryOf(value)),
            Err(rejection) => {
                // axum says "Failed to deserialize query string: <field>: <why>".
                let text = rejection.body_text();
                let why = text.split_once(": ").map_or(text.as_str(), |(_, why)| why);
                let error = WebError::bad_request(format!("查询参数有误（{why}）"));
                Err(if API { error.api() } else { error })
            }
        }
    }
}
