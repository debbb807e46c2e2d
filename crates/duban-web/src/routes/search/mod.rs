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

/// Items containing every word of the query: the store finds candidates
/// by the longest word, the other words filter them.
pub async fn find<S: Store>(store: &S, query: &str, limit: i64) -> Result<Vec<SearchHit>, WebError> {
    let words = crate::segment::terms(query);
    let Some(first) = words.first() else { return Ok(Vec::new()) };
    let candidates = store.search(first, limit.saturating_mul(20).max(200)).await?;
    Ok(candidates
        .into_iter()
        .filter(|h| words.iter().all(|w| h.text.contains(w.as_str())))
        .take(limit.max(0) as usize)
        .collect())
}

pub async fn get<S: Store>(
    State(state): State<AppState<S>>,
    Query(p): Query<Params>,
) -> Result<Html<String>, WebError> {
    let hits = find(state.store.as_ref(), &p.q, 200).await?;
    render(Page { q: p.q, hits })
}
