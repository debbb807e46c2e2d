//! A plan's dashboard: red / yellow / green per area and overall, each
//! department's standing, and the measures on red. Lights follow
//! `duban_core::LightRules` (thresholds from the config); a measure without
//! a report counts as 0 % done.
//!
//! Department ranking rule: score = 100 × (green + ½ yellow) ÷ assignments,
//! highest first; equal scores by more assignments, then by name.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_core::{Item, Light, NaiveDate};
use duban_store::Store;
use std::collections::BTreeMap;

/// Red, yellow and green counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub red: usize,
    pub yellow: usize,
    pub green: usize,
}

impl Counts {
    fn add(&mut self, light: Light) {
        match light {
            Light::Red => self.red += 1,
            Light::Yellow => self.yellow += 1,
            Light::Green => self.green += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.red + self.yellow + self.green
    }

    /// The ranking score (see the module documentation).
    pub fn score(&self) -> f64 {
        if self.total() == 0 {
            0.0
        } else {
            100.0 * (self.green as f64 + 0.5 * self.yellow as f64) / self.total() as f64
        }
    }
}

pub struct AreaRow {
    pub number: String,
    pub text: String,
    pub counts: Counts,
}

pub struct DepartmentRow {
    pub org: String,
    pub counts: Counts,
    pub score: String,
}

pub struct RedRow {
    pub assignment_id: i64,
    pub text: String,
    pub org: String,
    pub due: String,
}

#[derive(Template)]
#[template(path = "dashboard/show.html")]
struct Page {
    tr: Tr,
    id: i64,
    title: String,
    today: String,
    all: Counts,
    areas: Vec<AreaRow>,
    departments: Vec<DepartmentRow>,
    reds: Vec<RedRow>,
}

/// The area (top-level item) of every item id, from the tree and its ids in tree order.
fn areas_of(items: &[Item], ids: &[i64]) -> BTreeMap<i64, usize> {
    fn walk(items: &[Item], ids: &[i64], next: &mut usize, area: Option<usize>, out: &mut BTreeMap<i64, usize>) {
        for (k, item) in items.iter().enumerate() {
            let area = area.unwrap_or(k);
            if let Some(id) = ids.get(*next) {
                out.insert(*id, area);
            }
            *next += 1;
            walk(&item.children, ids, next, Some(area), out);
        }
    }
    let mut out = BTreeMap::new();
    walk(items, ids, &mut 0, None, &mut out);
    out
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Params {
    /// Look at the lights as of this day (YYYY-MM-DD); default today.
    #[serde(default)]
    pub on: String,
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    QueryOf(p): PageQuery<Params>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let today = match p.on.trim() {
        "" => crate::routes::import::today(),
        on => date(on).ok_or_else(|| WebError::bad_request(format!("日期「{on}」格式不对，应为 YYYY-MM-DD")))?,
    };
    let tree = crate::cache::visible(&state, &tr, id, None).await?;
    let ids: Vec<i64> = tree.refs.iter().map(|r| r.id).collect();
    let area_of = areas_of(&tree.plan.items, &ids);
    let texts: BTreeMap<i64, &Item> = {
        let flat = duban_store::flatten(&tree.plan.items);
        ids.iter().copied().zip(flat.into_iter().map(|f| f.item)).collect()
    };
    let start = date(&tree.summary.imported_at).unwrap_or(today);
    let mut all = Counts::default();
    let mut areas: Vec<AreaRow> = tree
        .plan
        .items
        .iter()
        .map(|a| AreaRow {
            number: a.number.clone().unwrap_or_default(),
            text: a.text.clone(),
            counts: Counts::default(),
        })
        .collect();
    let mut departments: BTreeMap<String, Counts> = BTreeMap::new();
    let mut reds = Vec::new();
    for s in state.store.statuses(id, tree.summary.version).await? {
        let due = s.due.as_deref().and_then(date);
        let light = state.lights.light(start, due, today, s.reported);
        all.add(light);
        if let Some(area) = area_of.get(&s.item_id).and_then(|&a| areas.get_mut(a)) {
            area.counts.add(light);
        }
        departments.entry(s.org.clone()).or_default().add(light);
        if light == Light::Red {
            let text = texts.get(&s.item_id).map(|i| i.text.clone()).unwrap_or_default();
            reds.push(RedRow { assignment_id: s.assignment_id, text, org: s.org, due: s.due.unwrap_or_default() });
        }
    }
    let mut departments: Vec<DepartmentRow> = departments
        .into_iter()
        .map(|(org, counts)| DepartmentRow { score: format!("{:.1}", counts.score()), org, counts })
        .collect();
    departments.sort_by(|a, b| {
        b.counts
            .score()
            .total_cmp(&a.counts.score())
            .then(b.counts.total().cmp(&a.counts.total()))
            .then(a.org.cmp(&b.org))
    });
    let page =
        Page { tr, id, title: tree.summary.title.clone(), today: today.to_string(), all, areas, departments, reds };
    render(page)
}
