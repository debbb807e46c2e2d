//! Search across plans: measures and tasks containing the query.

use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use duban_store::{SearchHit, Store};

#[derive(serde::Deserialize)]
pub struct Params {
    #[serde(default)]
    pub q: String,
}

#[derive(Template)]
#[template(path = "search/get.html")]
struct Page {
    q: String,
    hits: Vec<SearchHit>,
}

pub async fn get<S: Store>(
    State(state): State<AppState<S>>,
    Query(p): Query<Params>,
) -> Result<Html<String>, WebError> {
    let hits = state.store.search(&p.q, 200).await?;
    render(Page { q: p.q, hits })
}
