//! A plan's dashboard: red / yellow / green per area and overall, each
//! department's standing, and the measures on red. Lights follow
//! `duban_core::LightRules` (thresholds from the config); a measure without
//! a report counts as 0 % done.
//!
//! Department ranking rule: score = 100 × (green + ½ yellow) ÷ assignments,
//! highest first; equal scores by more assignments, then by name.
//!
//! With a reporting cycle set (`POST /plans/{id}/cycle`), the dashboard
//! also counts reporting timeliness (报送及时率: reports first submitted by
//! their due day ÷ reports owed so far) per department and overall, and
//! shows the trend across the last twelve periods: timeliness and the mean
//! progress reported, drawn as an inline SVG chart (no scripts, no
//! internet).

mod api;
mod circular;
mod trend;

pub use api::api;
pub use circular::{circular_docx, circular_xlsx};
pub(crate) use trend::trend_svg;

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::reporting::PeriodTrend;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_core::{Cadence, Cycle, Item, Light, NaiveDate, Timeliness};
use duban_store::{CycleSetting, Store};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Red, yellow and green counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub red: usize,
    pub yellow: usize,
    pub green: usize,
}

impl Counts {
    pub fn add(&mut self, light: Light) {
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
    /// Assignments reported done.
    pub done: usize,
    /// The area's tasks (second-level items), each counted the same way.
    pub tasks: Vec<AreaRow>,
}

impl AreaRow {
    fn of(item: &Item) -> AreaRow {
        AreaRow {
            number: item.number.clone().unwrap_or_default(),
            text: item.text.clone(),
            counts: Counts::default(),
            done: 0,
            tasks: item.children.iter().filter(|c| !c.children.is_empty()).map(AreaRow::of).collect(),
        }
    }

    fn add(&mut self, light: Light, done: bool) {
        self.counts.add(light);
        self.done += usize::from(done);
    }

    /// Per cent of the assignments reported done.
    pub fn completion(&self) -> String {
        match self.counts.total() {
            0 => "—".into(),
            n => format!("{:.0}%", 100.0 * self.done as f64 / n as f64),
        }
    }
}

pub struct DepartmentRow {
    pub org: String,
    pub counts: Counts,
    pub score: String,
    /// Reporting timeliness, when the plan has a cycle.
    pub timeliness: Option<Timeliness>,
}

/// Reporting under the plan's cycle.
pub struct Reporting {
    pub describe: String,
    pub set_by: String,
    pub overall: Timeliness,
    pub trend: Vec<PeriodTrend>,
}

/// What the cycle form shows: the cycle as set, or what was typed into a
/// refused one.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct CycleForm {
    #[serde(default)]
    pub cadence: String,
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub starts: String,
    #[serde(default)]
    pub calls: String,
}

impl CycleForm {
    fn of(setting: Option<&CycleSetting>, today: NaiveDate) -> CycleForm {
        match setting {
            Some(s) => CycleForm {
                cadence: s.cycle.cadence().as_str().into(),
                day: s.cycle.day().to_string(),
                starts: s.cycle.starts().to_string(),
                calls: s.cycle.calls().iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "),
            },
            None => CycleForm {
                cadence: Cadence::Monthly.as_str().into(),
                day: "5".into(),
                starts: today.to_string(),
                calls: String::new(),
            },
        }
    }

    fn cycle(&self) -> Result<Cycle, String> {
        let cadence = Cadence::parse(&self.cadence).ok_or("请选择报送周期")?;
        let day: i64 = match (cadence, self.day.trim()) {
            (Cadence::AdHoc, "") => 1,
            (_, d) => d.parse().map_err(|_| duban_core::CycleError::BadDay.to_string())?,
        };
        let starts = crate::clock::day(self.starts.trim())
            .filter(|_| self.starts.trim().len() == 10)
            .ok_or_else(|| format!("起始日期「{}」格式不对，应为 YYYY-MM-DD", self.starts.trim()))?;
        let calls = Cycle::parse_calls(&self.calls).map_err(|e| e.to_string())?;
        Cycle::new(cadence, day, starts, &calls).map_err(|e| e.to_string())
    }
}

pub struct LightRow {
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
    /// The day asked for (empty: today), for the circular links.
    on: String,
    s: Arc<Standing>,
    cycle_form: CycleForm,
    cycle_error: String,
}

impl Page {
    fn cadences(&self) -> Vec<(&'static str, &'static str, bool)> {
        Cadence::ALL.iter().map(|c| (c.as_str(), c.label_zh(), c.as_str() == self.cycle_form.cadence)).collect()
    }

    fn rate(t: &Timeliness) -> String {
        format!("{:.1}%", t.rate())
    }

    /// The trend chart: a bar per period for timeliness, a line for the
    /// mean progress reported; numbers only, so it is safe to inline.
    fn trend_svg(&self) -> String {
        let Some(r) = &self.s.reporting else { return String::new() };
        trend_svg(&r.trend)
    }
}

/// Where every item id stands: its area (top-level item) and, below the
/// second level, its task (the area's child with children, counted as in
/// [`AreaRow::of`]); from the tree and its ids in tree order.
fn places_of(items: &[Item], ids: &[i64]) -> BTreeMap<i64, (usize, Option<usize>)> {
    type Out = BTreeMap<i64, (usize, Option<usize>)>;
    fn walk(items: &[Item], ids: &[i64], next: &mut usize, place: Option<(usize, Option<usize>)>, out: &mut Out) {
        let mut tasks = 0;
        for (k, item) in items.iter().enumerate() {
            let here = match place {
                None => (k, None),
                Some((area, None)) if !item.children.is_empty() => {
                    tasks += 1;
                    (area, Some(tasks - 1))
                }
                Some(p) => p,
            };
            if let Some(id) = ids.get(*next) {
                out.insert(*id, here);
            }
            *next += 1;
            walk(&item.children, ids, next, Some(here), out);
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
    pub reds: Vec<LightRow>,
    /// At risk: yellow (behind the expected progress, reported at risk, or due soon).
    pub yellows: Vec<LightRow>,
    /// Reported done.
    pub done: Vec<Listed>,
    /// Past the deadline and not done.
    pub late: Vec<Listed>,
    /// Not late, but red or yellow: behind the expected progress, at risk,
    /// blocked or due soon.
    pub behind: Vec<Listed>,
    pub reporting: Option<Reporting>,
    /// The cycle as set, for the form.
    pub cycle: Option<CycleSetting>,
}

pub(crate) fn day_of(on: &str) -> Result<NaiveDate, WebError> {
    match on.trim() {
        "" => Ok(crate::clock::today()),
        on => {
            crate::clock::day(on).ok_or_else(|| WebError::bad_request(format!("日期「{on}」格式不对，应为 YYYY-MM-DD")))
        }
    }
}

/// The lights of a plan as of `today`: computed, or kept from an earlier
/// request while the plan's reports have not changed.
pub async fn standing<S: Store>(
    state: &AppState<S>,
    tr: &Tr,
    id: i64,
    today: NaiveDate,
) -> Result<Arc<Standing>, WebError> {
    let tree = crate::cache::visible(state, tr, id, None).await?;
    let stamp = state.store.reports_stamp(id).await?;
    let key = (id, tree.summary.version, today);
    if let Some(kept) = state.dashboards.get(key, stamp) {
        return Ok(kept);
    }
    let computed = Arc::new(compute(state, &tree, id, today).await?);
    state.dashboards.put(key, stamp, computed.clone());
    Ok(computed)
}

/// Computes the lights of a plan version as of `today`.
async fn compute<S: Store>(
    state: &AppState<S>,
    tree: &crate::cache::PlanTree,
    id: i64,
    today: NaiveDate,
) -> Result<Standing, WebError> {
    let ids: Vec<i64> = tree.refs.iter().map(|r| r.id).collect();
    let place_of = places_of(&tree.plan.items, &ids);
    let flat = duban_store::flatten(&tree.plan.items);
    let texts: BTreeMap<i64, &Item> = ids.iter().copied().zip(flat.into_iter().map(|f| f.item)).collect();
    let start = crate::clock::day(&tree.summary.imported_at).unwrap_or(today);
    let mut all = Counts::default();
    let mut areas: Vec<AreaRow> = tree.plan.items.iter().map(AreaRow::of).collect();
    let mut departments: BTreeMap<String, Counts> = BTreeMap::new();
    let (mut reds, mut yellows, mut done, mut late, mut behind) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let statuses = state.store.statuses(id, tree.summary.version, None).await?;
    let slots = crate::reporting::plan_slots(state.store.as_ref(), id, tree.summary.version, &statuses, today).await?;
    for s in statuses {
        let due = s.due.as_deref().and_then(crate::clock::day);
        let light = state.lights.light(start, due, today, s.reported);
        all.add(light);
        let finished = s.reported.is_some_and(|r| r.progress == duban_core::Progress::Done || r.percent >= 100);
        if let Some(&(a, task)) = place_of.get(&s.item_id)
            && let Some(area) = areas.get_mut(a)
        {
            area.add(light, finished);
            if let Some(t) = task.and_then(|t| area.tasks.get_mut(t)) {
                t.add(light, finished);
            }
        }
        departments.entry(s.org.clone()).or_default().add(light);
        let text = texts.get(&s.item_id).map(|i| i.text.clone()).unwrap_or_default();
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
        let row = LightRow { assignment_id: s.assignment_id, text, org: s.org, due: s.due.unwrap_or_default() };
        match light {
            Light::Red => reds.push(row),
            Light::Yellow => yellows.push(row),
            Light::Green => {}
        }
    }
    let timeliness = slots.as_ref().map(|s| s.by_department());
    let mut departments: Vec<DepartmentRow> = departments
        .into_iter()
        .map(|(org, counts)| DepartmentRow {
            score: format!("{:.1}", counts.score()),
            timeliness: timeliness.as_ref().map(|t| t.get(&org).copied().unwrap_or_default()),
            org,
            counts,
        })
        .collect();
    departments.sort_by(|a, b| {
        b.counts
            .score()
            .total_cmp(&a.counts.score())
            .then(b.counts.total().cmp(&a.counts.total()))
            .then(a.org.cmp(&b.org))
    });
    let reporting = slots.as_ref().map(|s| Reporting {
        describe: s.setting.cycle.describe_zh(),
        set_by: s.setting.set_by.clone(),
        overall: s.overall(),
        trend: s.trend(12),
    });
    Ok(Standing {
        title: tree.summary.title.clone(),
        today,
        all,
        areas,
        departments,
        reds,
        yellows,
        done,
        late,
        behind,
        reporting,
        cycle: slots.map(|s| s.setting),
    })
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    QueryOf(p): PageQuery<Params>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    page(&state, tr, id, &p.on, None).await
}

/// The dashboard as of `on`, with the cycle form as set or as typed
/// (`typed`: the form and why it was refused).
async fn page<S: Store>(
    state: &AppState<S>,
    tr: Tr,
    id: i64,
    on: &str,
    typed: Option<(CycleForm, String)>,
) -> Result<Html<String>, WebError> {
    let s = standing(state, &tr, id, day_of(on)?).await?;
    let (cycle_form, cycle_error) = typed.unwrap_or_else(|| (CycleForm::of(s.cycle.as_ref(), s.today), String::new()));
    render(Page { tr, id, on: on.trim().to_string(), s, cycle_form, cycle_error })
}

/// `POST /plans/{id}/cycle`: sets the plan's reporting cycle; a refused
/// form shows the dashboard again with what was typed and why.
pub async fn set_cycle<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<CycleForm>,
) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let Some(me) = tr.me.clone() else { return Err(WebError::unauthorized()) };
    match form.cycle() {
        Ok(cycle) => {
            state.store.set_cycle(id, &cycle, &me.login, crate::clock::now()).await?;
            crate::auth::audit(
                state.store.as_ref(),
                Some(&me.login),
                "set-cycle",
                &format!("plan {id}"),
                &cycle.describe_zh(),
                None,
            )
            .await;
            Ok(axum::response::Redirect::to(&format!("/plans/{id}/dashboard#reporting")).into_response())
        }
        Err(why) => {
            Ok((axum::http::StatusCode::BAD_REQUEST, page(&state, tr, id, "", Some((form, why))).await?)
                .into_response())
        }
    }
}
