//! The plan list (home page) and one plan's tree.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::paging::{PageParams, next_link};
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_core::{Item, Role};
use duban_store::{PlanSummary, Store};

#[derive(Template)]
#[template(path = "plans/list.html")]
struct ListPage {
    tr: Tr,
    plans: Vec<PlanSummary>,
    next: Option<String>,
}

pub async fn list<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(p): PageQuery<PageParams>,
) -> Result<Html<String>, WebError> {
    let page = state.store.plans(p.page()).await?;
    let limit = p.limit.map(|l| l.to_string()).unwrap_or_default();
    render(ListPage { tr, plans: page.items, next: next_link("/", &[("limit", &limit)], page.next) })
}

/// One row of the tree as shown.
pub struct Row {
    /// The item's id (its page), when known.
    pub id: i64,
    pub depth: usize,
    pub number: String,
    pub text: String,
    pub lead: Vec<String>,
    pub responsible: Vec<String>,
    pub participant: Vec<String>,
    pub deadline: String,
}

impl Row {
    /// Left padding of the number cell, in em.
    pub fn indent(&self) -> f64 {
        self.depth as f64 * 1.2 + 0.5
    }
}

fn rows(items: &[Item], depth: usize, out: &mut Vec<Row>) {
    for item in items {
        let names = |role: Role| -> Vec<String> {
            item.assignments.iter().filter(|a| a.role == role).map(|a| a.org.as_str().to_string()).collect()
        };
        out.push(Row {
            id: 0,
            depth,
            number: item.number.clone().unwrap_or_default(),
            text: item.text.clone(),
            lead: names(Role::Lead),
            responsible: names(Role::Responsible),
            participant: names(Role::Participant),
            deadline: item.deadline.as_ref().map(|d| d.as_written.clone()).unwrap_or_default(),
        });
        rows(&item.children, depth + 1, out);
    }
}

#[derive(Template)]
#[template(path = "plans/show.html")]
struct ShowPage {
    tr: Tr,
    summary: PlanSummary,
    rows: Vec<Row>,
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let tree = crate::cache::visible(&state, &tr, id, None).await?;
    let mut out = Vec::new();
    rows(&tree.plan.items, 0, &mut out);
    for (row, r) in out.iter_mut().zip(&tree.refs) {
        row.id = r.id;
    }
    render(ShowPage { tr, summary: tree.summary.clone(), rows: out })
}

pub fn render(t: impl Template) -> Result<Html<String>, WebError> {
    t.render().map(Html).map_err(|e| {
        eprintln!("duban-web: template: {e}");
        WebError::from(duban_store::StoreError::Database("template".into()))
    })
}
