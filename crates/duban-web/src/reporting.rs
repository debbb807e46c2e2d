//! The report slots of a plan's assignments under its reporting cycle,
//! seen on a given day: what the dashboard counts as reporting timeliness
//! and trend, what the assignment page lists, and what reminders chase.
//! The rules are `duban_core`'s ([`duban_core::owed`]); this module reads
//! what they need from the store.

use duban_core::{Filed, NaiveDate, Period, Progress, Reported, Slot, SlotState, Timeliness};
use duban_store::{AssignmentStatus, CycleSetting, Store, StoreError};
use std::collections::{BTreeMap, HashMap};

/// The slots one assignment owes and how each was met.
pub struct AssignmentSlots {
    pub assignment_id: i64,
    pub org: String,
    pub slots: Vec<(Slot, SlotState)>,
    /// What was filed per period (the newest non-draft version).
    pub reported: HashMap<String, Reported>,
}

/// A plan's cycle and every assignment's slots.
pub struct PlanSlots {
    pub setting: CycleSetting,
    pub assignments: Vec<AssignmentSlots>,
}

/// One period of the trend across periods.
pub struct PeriodTrend {
    pub period: String,
    pub due: NaiveDate,
    pub timeliness: Timeliness,
    /// Mean per cent reported by the assignments that filed for it.
    pub mean_percent: Option<f64>,
}

/// Whether a report says the measure is done.
pub fn says_done(r: Reported) -> bool {
    r.progress == Progress::Done || r.percent >= 100
}

/// The date (UTC) of a Unix time.
pub fn date_of(at: i64) -> NaiveDate {
    duban_core::DateTime::from_timestamp(at, 0).map(|t| t.date_naive()).unwrap_or_default()
}

/// The slots of every assignment in `statuses` (one plan version), or
/// none when the plan has no cycle.
pub async fn plan_slots<S: Store>(
    store: &S,
    plan_id: i64,
    version: i64,
    statuses: &[AssignmentStatus],
    today: NaiveDate,
) -> Result<Option<PlanSlots>, StoreError> {
    let Some(setting) = store.cycle(plan_id).await? else { return Ok(None) };
    let slots = setting.cycle.slots(today);
    let mut filed: HashMap<i64, HashMap<String, (NaiveDate, Reported)>> = HashMap::new();
    for s in store.submissions(plan_id, version).await? {
        filed.entry(s.assignment_id).or_default().insert(s.period, (date_of(s.first_at), s.reported));
    }
    let assignments = statuses
        .iter()
        .map(|s| {
            let own = filed.remove(&s.assignment_id).unwrap_or_default();
            let lookup = |p: &Period| own.get(p.as_str()).map(|&(on, r)| Filed { on, done: says_done(r) });
            let owed = duban_core::owed(&slots, lookup, today).into_iter().map(|(slot, state)| (slot.clone(), state));
            AssignmentSlots {
                assignment_id: s.assignment_id,
                org: s.org.clone(),
                slots: owed.collect(),
                reported: own.iter().map(|(p, &(_, r))| (p.clone(), r)).collect(),
            }
        })
        .collect();
    Ok(Some(PlanSlots { setting, assignments }))
}

impl PlanSlots {
    /// Timeliness per department.
    pub fn by_department(&self) -> BTreeMap<String, Timeliness> {
        let mut out: BTreeMap<&str, Timeliness> = BTreeMap::new();
        for a in &self.assignments {
            let t = out.entry(a.org.as_str()).or_default();
            for (_, state) in &a.slots {
                t.add(*state);
            }
        }
        out.into_iter().map(|(org, t)| (org.to_string(), t)).collect()
    }

    /// Timeliness over all assignments.
    pub fn overall(&self) -> Timeliness {
        let mut t = Timeliness::default();
        for (_, state) in self.assignments.iter().flat_map(|a| &a.slots) {
            t.add(*state);
        }
        t
    }

    /// Timeliness and mean reported progress per period, oldest first, for
    /// the last `periods` periods.
    pub fn trend(&self, periods: usize) -> Vec<PeriodTrend> {
        let mut by = TrendPoints::new();
        for a in &self.assignments {
            for (slot, state) in &a.slots {
                let entry = by.entry((slot.due, slot.period.as_str().to_string())).or_default();
                entry.0.add(*state);
                if let Some(r) = a.reported.get(slot.period.as_str()) {
                    entry.1.push(r.percent);
                }
            }
        }
        trend_of(by, periods)
    }
}

/// What the trend gathers per period: (due day, period) → the slots'
/// states and the per cents reported.
pub type TrendPoints = BTreeMap<(NaiveDate, String), (Timeliness, Vec<u8>)>;

/// The last `periods` periods of gathered points, oldest first.
pub fn trend_of(points: TrendPoints, periods: usize) -> Vec<PeriodTrend> {
    let skip = points.len().saturating_sub(periods);
    points
        .into_iter()
        .skip(skip)
        .map(|((due, period), (timeliness, percents))| PeriodTrend {
            period,
            due,
            timeliness,
            mean_percent: (!percents.is_empty())
                .then(|| percents.iter().map(|&p| f64::from(p)).sum::<f64>() / percents.len() as f64),
        })
        .collect()
}
