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

/// Items containing every word of the query, wherever the words stand.
pub async fn find<S: Store>(store: &S, query: &str, page: duban_store::Page) -> Result<Paged<SearchHit>, WebError> {
    let words = crate::segment::terms(query);
    Ok(store.search(&words, page).await?)
}

pub async fn get<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(p): PageQuery<Params>,
) -> Result<Html<String>, WebError> {
    let mut found = find(state.store.as_ref(), &p.q, p.page()).await?;
    found.items = crate::cache::without_drafts(&state, &tr, found.items, |h| h.plan_id).await?;
    let limit = p.limit.map(|l| l.to_string()).unwrap_or_default();
    let next = next_link("/search", &[("q", &p.q), ("limit", &limit)], found.next);
    render(Page { tr, words: crate::segment::terms(&p.q), q: p.q, hits: found.items, next })
}
