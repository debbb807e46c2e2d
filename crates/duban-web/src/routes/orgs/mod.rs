//! The department registry as pages: the list of bodies (filter by level,
//! region or name) and one body with its aliases, period and reform
//! history, linked to its workspace. Needs the registry the server
//! resolves names with; without one these pages say so.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_orgs::{Level, Org, Registry};
use duban_store::Store;
use std::sync::Arc;

fn registry<S>(state: &AppState<S>) -> Result<&Arc<Registry>, WebError> {
    state.registry.as_ref().ok_or_else(|| WebError::not_found("这个服务没有加载机构名录"))
}

/// One body as the pages show it.
pub struct OrgRow {
    pub name: String,
    pub aliases: String,
    pub level: &'static str,
    pub region: String,
    pub kind: &'static str,
    pub period: String,
    pub active: bool,
}

impl OrgRow {
    fn of(org: &Org, today: duban_core::NaiveDate) -> OrgRow {
        let period = match (org.from, org.until) {
            (None, None) => String::new(),
            (from, until) => format!(
                "{}—{}",
                from.map(|d| d.to_string()).unwrap_or_default(),
                until.map(|d| d.to_string()).unwrap_or_default()
            ),
        };
        OrgRow {
            name: org.name.clone(),
            aliases: org.aliases.join("、"),
            level: org.level.label_zh(),
            region: org.region.clone(),
            kind: org.kind.label_zh(),
            period,
            active: org.active_on(today),
        }
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ListParams {
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub q: String,
}

#[derive(Template)]
#[template(path = "orgs/list.html")]
struct ListPage {
    tr: Tr,
    params: ListParams,
    regions: Vec<String>,
    rows: Vec<OrgRow>,
}

pub async fn list<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(params): PageQuery<ListParams>,
) -> Result<Html<String>, WebError> {
    let registry = registry(&state)?;
    let level = match params.level.as_str() {
        "" => None,
        other => Some(Level::parse(other).ok_or_else(|| WebError::bad_request(format!("未知的层级「{other}」")))?),
    };
    let today = crate::clock::today();
    let q = params.q.trim();
    let rows = registry
        .orgs()
        .iter()
        .filter(|o| level.is_none_or(|l| o.level == l))
        .filter(|o| params.region.is_empty() || o.region == params.region)
        .filter(|o| q.is_empty() || o.name.contains(q) || o.aliases.iter().any(|a| a.contains(q)))
        .map(|o| OrgRow::of(o, today))
        .collect();
    let mut regions: Vec<String> = registry.orgs().iter().map(|o| o.region.clone()).collect();
    regions.sort();
    regions.dedup();
    render(ListPage { tr, params, regions, rows })
}

/// One reform event as a sentence.
pub struct HistoryLine {
    pub date: String,
    pub from: Vec<String>,
    pub what: &'static str,
    pub to: Vec<String>,
    pub note: String,
}

#[derive(Template)]
#[template(path = "orgs/show.html")]
struct ShowPage {
    tr: Tr,
    org: OrgRow,
    history: Vec<HistoryLine>,
    current: Vec<String>,
    source: String,
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(name): Path<String>,
) -> Result<Html<String>, WebError> {
    let registry = registry(&state)?;
    let Some(id) = registry.find(&name) else {
        return Err(WebError::not_found(format!("机构名录中没有「{name}」")));
    };
    let org = registry.org(id);
    let today = crate::clock::today();
    let names = |ids: &[duban_orgs::OrgId]| ids.iter().map(|&i| registry.org(i).name.clone()).collect::<Vec<_>>();
    let history = registry
        .history(id)
        .into_iter()
        .map(|e| HistoryLine {
            date: e.date.to_string(),
            from: names(&e.from),
            what: e.kind.label_zh(),
            to: names(&e.to),
            note: e.note.clone().unwrap_or_default(),
        })
        .collect();
    let current = if org.active_on(today) { Vec::new() } else { names(&registry.current(id, today)) };
    render(ShowPage { tr, org: OrgRow::of(org, today), history, current, source: format!("{}:{}", org.file, org.line) })
}
