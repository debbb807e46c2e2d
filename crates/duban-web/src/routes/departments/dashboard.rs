//! A department's dashboard (`/departments/{org}/dashboard`): across every
//! plan it has measures in, its red / yellow / green counts, what it has
//! acknowledged, its reporting timeliness under each plan's cycle, the
//! trend of its last twelve periods, and its overdue measures. Computed
//! from its workspace (one paged read), its reports' first submissions
//! (one read) and the plans' cycles (one read each), so it costs the same
//! whatever the size of the plans it is in.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::reporting::{PeriodTrend, TrendPoints, date_of, says_done, trend_of};
use crate::routes::dashboard::{Counts, Params, day_of, trend_svg};
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use duban_core::{Filed, NaiveDate, Period, Reported, Timeliness};
use duban_store::{Page, Store, WorkspaceEntry};
use std::collections::{BTreeMap, HashMap};

/// The department's standing in one plan.
pub struct PlanRow {
    pub plan_id: i64,
    pub title: String,
    pub counts: Counts,
    pub acknowledged: usize,
    pub timeliness: Option<Timeliness>,
}

#[derive(Template)]
#[template(path = "departments/dashboard.html")]
struct DashboardPage {
    tr: Tr,
    org: String,
    today: NaiveDate,
    all: Counts,
    acknowledged: usize,
    timeliness: Option<Timeliness>,
    plans: Vec<PlanRow>,
    overdue: Vec<WorkspaceEntry>,
    trend: Vec<PeriodTrend>,
}

impl DashboardPage {
    fn rate(t: &Timeliness) -> String {
        format!("{:.1}%", t.rate())
    }

    fn trend_svg(&self) -> String {
        trend_svg(&self.trend)
    }
}

/// Every assignment of the department, across pages, without drafts for
/// those who may not see them.
async fn everything<S: Store>(state: &AppState<S>, tr: &Tr, org: &str) -> Result<Vec<WorkspaceEntry>, WebError> {
    let mut all = Vec::new();
    let mut page = Page::first(Page::MAX);
    loop {
        let got = state.store.workspace(org, page).await?;
        all.extend(crate::cache::without_drafts(state, tr, got.items, |e| e.plan_id).await?);
        match got.next {
            Some(after) => page = Page::after(Some(after), Page::MAX),
            None => return Ok(all),
        }
    }
}

/// `GET /departments/{org}/dashboard[?on=YYYY-MM-DD]`.
pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(org): Path<String>,
    QueryOf(p): PageQuery<Params>,
) -> Result<Html<String>, WebError> {
    let today = day_of(&p.on)?;
    let entries = everything(&state, &tr, &org).await?;
    let cycles: HashMap<i64, duban_core::Cycle> =
        state.store.cycles().await?.into_iter().map(|(plan, s)| (plan, s.cycle)).collect();
    let mut filed: HashMap<i64, HashMap<String, (NaiveDate, Reported)>> = HashMap::new();
    for s in state.store.department_submissions(&org).await? {
        filed.entry(s.assignment_id).or_default().insert(s.period, (date_of(s.first_at), s.reported));
    }
    let mut slots_of: HashMap<i64, Vec<duban_core::Slot>> = HashMap::new();
    let (mut all, mut acknowledged, mut timeliness) = (Counts::default(), 0, None::<Timeliness>);
    let mut plans: BTreeMap<i64, PlanRow> = BTreeMap::new();
    let mut trend = TrendPoints::new();
    let mut overdue = Vec::new();
    for e in entries {
        let start = crate::clock::day(&e.since).unwrap_or(today);
        let due = e.due.as_deref().and_then(crate::clock::day);
        let light = state.lights.light(start, due, today, e.reported);
        all.add(light);
        let row = plans.entry(e.plan_id).or_insert_with(|| PlanRow {
            plan_id: e.plan_id,
            title: e.plan_title.clone(),
            counts: Counts::default(),
            acknowledged: 0,
            timeliness: None,
        });
        row.counts.add(light);
        if e.acknowledged.is_some() {
            row.acknowledged += 1;
            acknowledged += 1;
        }
        if let Some(cycle) = cycles.get(&e.plan_id) {
            let slots = slots_of.entry(e.plan_id).or_insert_with(|| cycle.slots(today));
            let own = filed.get(&e.assignment_id);
            let lookup =
                |p: &Period| own.and_then(|f| f.get(p.as_str())).map(|&(on, r)| Filed { on, done: says_done(r) });
            for (slot, st) in duban_core::owed(slots, lookup, today) {
                row.timeliness.get_or_insert_with(Timeliness::default).add(st);
                timeliness.get_or_insert_with(Timeliness::default).add(st);
                let point = trend.entry((slot.due, slot.period.to_string())).or_default();
                point.0.add(st);
                if let Some((_, r)) = own.and_then(|f| f.get(slot.period.as_str())) {
                    point.1.push(r.percent);
                }
            }
        }
        if due.is_some_and(|d| d < today) && !e.reported.is_some_and(says_done) {
            overdue.push(e);
        }
    }
    let trend = trend_of(trend, 12);
    let plans = plans.into_values().collect();
    render(DashboardPage { tr, org, today, all, acknowledged, timeliness, plans, overdue, trend })
}
