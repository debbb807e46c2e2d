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
    /// The day asked for (empty: today), for the circular links.
    on: String,
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

#[derive(Debug, Default, serde::Deserialize)]
pub struct Params {
    /// Look at the lights as of this day (YYYY-MM-DD); default today.
    #[serde(default)]
    pub on: String,
}

/// A measure of a department in a list of the dashboard or the circular.
pub struct Listed {
    pub text: String,
    pub org: String,
    pub due: String,
    pub reported: String,
}

/// Everything the dashboard and the circular show.
pub struct Standing {
    pub title: String,
    pub today: NaiveDate,
    pub all: Counts,
    pub areas: Vec<AreaRow>,
    pub departments: Vec<DepartmentRow>,
    pub reds: Vec<RedRow>,
    /// Reported done.
    pub done: Vec<Listed>,
    /// Past the deadline and not done.
    pub late: Vec<Listed>,
    /// Not late, but red or yellow: behind the expected progress, at risk,
    /// blocked or due soon.
    pub behind: Vec<Listed>,
}

fn day_of(on: &str) -> Result<NaiveDate, WebError> {
    match on.trim() {
        "" => Ok(crate::clock::today()),
        on => {
            crate::clock::day(on).ok_or_else(|| WebError::bad_request(format!("日期「{on}」格式不对，应为 YYYY-MM-DD")))
        }
    }
}

/// Computes the lights of a plan as of `today`.
pub async fn standing<S: Store>(state: &AppState<S>, tr: &Tr, id: i64, today: NaiveDate) -> Result<Standing, WebError> {
    let tree = crate::cache::visible(state, tr, id, None).await?;
    let ids: Vec<i64> = tree.refs.iter().map(|r| r.id).collect();
    let area_of = areas_of(&tree.plan.items, &ids);
    let flat = duban_store::flatten(&tree.plan.items);
    let texts: BTreeMap<i64, &Item> = ids.iter().copied().zip(flat.into_iter().map(|f| f.item)).collect();
    let start = crate::clock::day(&tree.summary.imported_at).unwrap_or(today);
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
    let (mut reds, mut done, mut late, mut behind) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for s in state.store.statuses(id, tree.summary.version, None).await? {
        let due = s.due.as_deref().and_then(crate::clock::day);
        let light = state.lights.light(start, due, today, s.reported);
        all.add(light);
        if let Some(area) = area_of.get(&s.item_id).and_then(|&a| areas.get_mut(a)) {
            area.counts.add(light);
        }
        departments.entry(s.org.clone()).or_default().add(light);
        let text = texts.get(&s.item_id).map(|i| i.text.clone()).unwrap_or_default();
        let finished = s.reported.is_some_and(|r| r.progress == duban_core::Progress::Done || r.percent >= 100);
        let listed = Listed {
            text: text.clone(),
            org: s.org.clone(),
            due: s.due.clone().unwrap_or_default(),
            reported: s
                .reported
                .map(|r| format!("{} {}%", r.progress.label_zh(), r.percent))
                .unwrap_or_else(|| "未报告".into()),
        };
        if finished {
            done.push(listed);
        } else if due.is_some_and(|d| today > d) {
            late.push(listed);
        } else if light != Light::Green {
            behind.push(listed);
        }
        if light == Light::Red {
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
    Ok(Standing { title: tree.summary.title.clone(), today, all, areas, departments, reds, done, late, behind })
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    QueryOf(p): PageQuery<Params>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let s = standing(&state, &tr, id, day_of(&p.on)?).await?;
    let on = p.on.trim().to_string();
    render(Page {
        tr,
        id,
        title: s.title,
        today: s.today.to_string(),
        on,
        all: s.all,
        areas: s.areas,
        departments: s.departments,
        reds: s.reds,
    })
}

/// `GET /plans/{id}/circular.{docx|xlsx}[?on=]`: the circular (通报) of a
/// day: the opening (from the template), done, late and lagging measures,
/// and the ranking.
pub async fn circular_docx<S: Store>(
    state: State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    query: PageQuery<Params>,
) -> Result<axum::response::Response, WebError> {
    circular(state, tr, id, "docx", query).await
}

pub async fn circular_xlsx<S: Store>(
    state: State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    query: PageQuery<Params>,
) -> Result<axum::response::Response, WebError> {
    circular(state, tr, id, "xlsx", query).await
}

async fn circular<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    id: String,
    format: &str,
    QueryOf(p): PageQuery<Params>,
) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let s = standing(&state, &tr, id, day_of(&p.on)?).await?;
    let opening = state
        .circular_template
        .replace("{plan}", &s.title)
        .replace("{date}", &s.today.to_string())
        .replace("{total}", &s.all.total().to_string())
        .replace("{done}", &s.done.len().to_string())
        .replace("{late}", &s.late.len().to_string())
        .replace("{behind}", &s.behind.len().to_string())
        .replace("{red}", &s.all.red.to_string())
        .replace("{yellow}", &s.all.yellow.to_string())
        .replace("{green}", &s.all.green.to_string());
    let listed = |heading: &str, rows: &[Listed]| duban_export::Section {
        heading: heading.to_string(),
        columns: ["具体措施", "责任部门", "完成时限", "最近报告"].map(String::from).to_vec(),
        rows: rows.iter().map(|l| vec![l.text.clone(), l.org.clone(), l.due.clone(), l.reported.clone()]).collect(),
    };
    let ranking = duban_export::Section {
        heading: "四、部门排名（得分 = 100 ×（绿灯数 + 黄灯数 ÷ 2）÷ 任务数）".into(),
        columns: ["名次", "部门", "得分", "红灯", "黄灯", "绿灯"].map(String::from).to_vec(),
        rows: s
            .departments
            .iter()
            .enumerate()
            .map(|(k, d)| {
                vec![
                    (k + 1).to_string(),
                    d.org.clone(),
                    d.score.clone(),
                    d.counts.red.to_string(),
                    d.counts.yellow.to_string(),
                    d.counts.green.to_string(),
                ]
            })
            .collect(),
    };
    let circular = duban_export::Circular {
        title: format!("关于《{}》重点任务落实情况的通报", s.title),
        dateline: format!("截至 {}", s.today),
        opening,
        sections: vec![
            listed("一、已完成的措施", &s.done),
            listed("二、逾期未完成的措施", &s.late),
            listed("三、进展滞后的措施", &s.behind),
            ranking,
        ],
    };
    let (bytes, mime) = match format {
        "docx" => (
            duban_export::circular_docx(&circular),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        _ => (
            duban_export::circular_xlsx(&circular),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    };
    let bytes = bytes.map_err(|e| WebError::internal(&e.to_string()))?;
    let name = format!("attachment; filename=\"circular-{id}-{}.{format}\"", s.today);
    Ok(([(axum::http::header::CONTENT_TYPE, mime.to_string()), (axum::http::header::CONTENT_DISPOSITION, name)], bytes)
        .into_response())
}
