//! Search across plans: measures and tasks containing the query.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::paging::{PageParams, next_link};
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use duban_store::{Paged, SearchHit, Store};

#[derive(serde::Deserialize)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    pub after: Option<i64>,
    pub limit: Option<i64>,
}

impl Params {
    pub fn page(&self) -> duban_store::Page {
        PageParams { after: self.after, limit: self.limit }.page()
    }
}

#[derive(Template)]
#[template(path = "search/get.html")]
struct Page {
    tr: Tr,
    q: String,
    words: Vec<String>,
    hits: Vec<SearchHit>,
    next: Option<String>,
}

/// The words of the query, and the items the account may see that contain
/// every one of them, wherever they stand.
pub async fn find<S: Store>(
    state: &AppState<S>,
    tr: &Tr,
    query: &str,
    page: duban_store::Page,
) -> Result<(Vec<String>, Paged<SearchHit>), duban_store::StoreError> {
    let words = crate::segment::terms(query);
    let mut found = state.store.search(&words, page).await?;
    found.items = crate::cache::without_drafts(state, tr, found.items, |h| h.plan_id).await?;
    Ok((words, found))
}

pub async fn get<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(p): PageQuery<Params>,
) -> Result<Html<String>, WebError> {
    let (words, found) = find(&state, &tr, &p.q, p.page()).await?;
    let limit = p.limit.map(|l| l.to_string()).unwrap_or_default();
    let next = next_link("/search", &[("q", &p.q), ("limit", &limit)], found.next);
    render(Page { tr, words, q: p.q, hits: found.items, next })
}
