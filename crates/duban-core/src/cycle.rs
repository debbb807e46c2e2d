//! Reporting cycles (报送周期): when each department owes a progress
//! report on each of its assignments. A plan reports monthly, quarterly,
//! half-yearly or yearly, each report due on day N of the month after its
//! period ends ("每月 5 日前报送上月进展"), or ad hoc, on dates the office
//! calls. A cycle yields the plan's report slots (a period and its due
//! date); a slot is met on time, late, or not at all, which is what
//! "reporting timeliness" (报送及时率) counts.

use crate::report::Period;
use crate::{Days, NaiveDate};
use chrono::{Datelike, Months};

/// How often reports are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
    /// On the dates the office calls for.
    AdHoc,
}

impl Cadence {
    pub const ALL: [Cadence; 5] =
        [Cadence::Monthly, Cadence::Quarterly, Cadence::HalfYearly, Cadence::Yearly, Cadence::AdHoc];

    pub fn as_str(self) -> &'static str {
        match self {
            Cadence::Monthly => "monthly",
            Cadence::Quarterly => "quarterly",
            Cadence::HalfYearly => "half_yearly",
            Cadence::Yearly => "yearly",
            Cadence::AdHoc => "ad_hoc",
        }
    }

    pub fn parse(s: &str) -> Option<Cadence> {
        Cadence::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Cadence::Monthly => "每月",
            Cadence::Quarterly => "每季度",
            Cadence::HalfYearly => "每半年",
            Cadence::Yearly => "每年",
            Cadence::AdHoc => "按通知",
        }
    }

    /// Months in one period (none for ad hoc).
    fn months(self) -> Option<u32> {
        match self {
            Cadence::Monthly => Some(1),
            Cadence::Quarterly => Some(3),
            Cadence::HalfYearly => Some(6),
            Cadence::Yearly => Some(12),
            Cadence::AdHoc => None,
        }
    }
}

/// Why a cycle was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CycleError {
    #[error("报送日应为 1 到 28 之间的整数（每期结束后下个月的第几日）")]
    BadDay,
    #[error("日期「{0}」格式不对，应为 YYYY-MM-DD")]
    BadDate(String),
    #[error("按通知报送时请至少列出一个报送日期")]
    NoCalls,
}

/// A report a department owes: the period it covers and the day it is due.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot {
    pub due: NaiveDate,
    pub period: Period,
}

/// How a slot was met, seen on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotState {
    /// Not yet due and not yet submitted.
    Open,
    /// First submitted on or before its due day.
    OnTime,
    /// First submitted after its due day.
    Late,
    /// Past its due day and never submitted.
    Missing,
}

impl SlotState {
    /// The state of a slot due on `due`, first submitted on `submitted`,
    /// seen on `today`.
    pub fn of(due: NaiveDate, submitted: Option<NaiveDate>, today: NaiveDate) -> SlotState {
        match submitted {
            Some(day) if day <= due => SlotState::OnTime,
            Some(_) => SlotState::Late,
            None if today > due => SlotState::Missing,
            None => SlotState::Open,
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            SlotState::Open => "待报送",
            SlotState::OnTime => "按时报送",
            SlotState::Late => "逾期报送",
            SlotState::Missing => "未报送",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SlotState::Open => "open",
            SlotState::OnTime => "on_time",
            SlotState::Late => "late",
            SlotState::Missing => "missing",
        }
    }
}

/// Slots counted by how they were met.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Timeliness {
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub open: usize,
}

impl Timeliness {
    pub fn add(&mut self, state: SlotState) {
        match state {
            SlotState::OnTime => self.on_time += 1,
            SlotState::Late => self.late += 1,
            SlotState::Missing => self.missing += 1,
            SlotState::Open => self.open += 1,
        }
    }

    /// Slots whose due day has passed or that were submitted.
    pub fn owed(&self) -> usize {
        self.on_time + self.late + self.missing
    }

    /// Per cent of the owed slots met on time (100 when none was owed yet).
    pub fn rate(&self) -> f64 {
        if self.owed() == 0 { 100.0 } else { 100.0 * self.on_time as f64 / self.owed() as f64 }
    }
}

/// What a department filed for a slot: the day it first submitted, and
/// whether that report says the measure is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filed {
    pub on: NaiveDate,
    pub done: bool,
}

/// The slots one assignment owes, seen on `today`, and how each was met.
/// A measure reported done owes nothing after the period it said so;
/// `slots` come from [`Cycle::slots`], `filed` says what was filed for a
/// period.
pub fn owed(slots: &[Slot], filed: impl Fn(&Period) -> Option<Filed>, today: NaiveDate) -> Vec<(&Slot, SlotState)> {
    let mut out = Vec::new();
    for slot in slots {
        let f = filed(&slot.period);
        out.push((slot, SlotState::of(slot.due, f.map(|f| f.on), today)));
        if f.is_some_and(|f| f.done) {
            break;
        }
    }
    out
}

/// A plan's reporting cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    cadence: Cadence,
    day: u8,
    starts: NaiveDate,
    calls: Vec<NaiveDate>,
}

impl Cycle {
    /// A cycle of `cadence`, due on `day` (1–28) of the month after each
    /// period, counting slots due on or after `starts`; ad hoc cycles list
    /// their due dates in `calls` (the day is then ignored).
    pub fn new(cadence: Cadence, day: i64, starts: NaiveDate, calls: &[NaiveDate]) -> Result<Cycle, CycleError> {
        let day = u8::try_from(day).ok().filter(|d| (1..=28).contains(d));
        let (day, calls) = match cadence {
            Cadence::AdHoc if calls.is_empty() => return Err(CycleError::NoCalls),
            Cadence::AdHoc => {
                let mut calls = calls.to_vec();
                calls.sort();
                calls.dedup();
                (day.unwrap_or(1), calls)
            }
            _ => (day.ok_or(CycleError::BadDay)?, Vec::new()),
        };
        Ok(Cycle { cadence, day, starts, calls })
    }

    /// Reads the due dates of an ad hoc cycle as typed: separated by
    /// commas, semicolons, Chinese commas or white space.
    pub fn parse_calls(text: &str) -> Result<Vec<NaiveDate>, CycleError> {
        text.split(|c: char| c == ',' || c == '，' || c == ';' || c == '；' || c == '、' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| CycleError::BadDate(s.to_string())))
            .collect()
    }

    pub fn cadence(&self) -> Cadence {
        self.cadence
    }

    pub fn day(&self) -> u8 {
        self.day
    }

    pub fn starts(&self) -> NaiveDate {
        self.starts
    }

    pub fn calls(&self) -> &[NaiveDate] {
        &self.calls
    }

    /// In words, for pages: "每季度，期满后次月 10 日前".
    pub fn describe_zh(&self) -> String {
        match self.cadence {
            Cadence::AdHoc => {
                let dates: Vec<String> = self.calls.iter().map(|d| d.to_string()).collect();
                format!("按通知报送：{}", dates.join("、"))
            }
            c => format!("{}报送，每期结束后次月 {} 日前（自 {} 起）", c.label_zh(), self.day, self.starts),
        }
    }

    /// The day a report for `period` is due, when the period belongs to
    /// this cycle.
    pub fn due_of(&self, period: &Period) -> Option<NaiveDate> {
        // Slots come in order of their due day, so the search can stop once
        // a slot's period starts after the one asked for.
        let asked = period.first_day()?;
        self.every_slot()
            .take_while(|s| s.period.first_day().is_some_and(|d| d <= asked))
            .find(|s| &s.period == period)
            .map(|s| s.due)
    }

    /// Every slot due by `until`, and the first one due after it (the
    /// report being written now), in order.
    pub fn slots(&self, until: NaiveDate) -> Vec<Slot> {
        let mut out = Vec::new();
        for slot in self.every_slot() {
            let past = slot.due > until;
            out.push(slot);
            if past {
                break;
            }
        }
        out
    }

    /// Every slot in order of its due day, lazily (scheduled cycles run to
    /// the end of the calendar).
    fn every_slot(&self) -> Box<dyn Iterator<Item = Slot> + '_> {
        let scheduled = self.cadence.months().map(|months| {
            // The first period: the one containing `starts`, aligned to the
            // cadence (quarters start in January, April, …); its slot may
            // fall before `starts` and is then skipped.
            let month0 = (self.starts.month0() / months) * months;
            let first = NaiveDate::from_ymd_opt(self.starts.year(), month0 + 1, 1).unwrap_or(self.starts);
            (0u32..)
                .map_while(move |k| first.checked_add_months(Months::new(k * months)))
                .filter_map(move |begins| {
                    let after = begins.checked_add_months(Months::new(months))?;
                    let due = after.checked_add_days(Days::new(u64::from(self.day) - 1))?;
                    Some(Slot { due, period: Period::of_months(begins, months) })
                })
                .filter(move |s| s.due >= self.starts)
        });
        let called = self.calls.iter().map(|&d| Slot { due: d, period: Period::of_day(d) });
        match scheduled {
            Some(s) => Box::new(s),
            None => Box::new(called),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn monthly_slots_are_due_on_day_n_of_the_next_month() {
        let c = Cycle::new(Cadence::Monthly, 5, day("2026-03-10"), &[]).unwrap();
        let slots = c.slots(day("2026-06-05"));
        let got: Vec<(String, String)> =
            slots.iter().map(|s| (s.period.as_str().to_string(), s.due.to_string())).collect();
        assert_eq!(
            got,
            [
                ("2026-03", "2026-04-05"),
                ("2026-04", "2026-05-05"),
                ("2026-05", "2026-06-05"),
                ("2026-06", "2026-07-05"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert_eq!(c.due_of(&Period::parse("2026-04").unwrap()), Some(day("2026-05-05")));
        assert_eq!(c.due_of(&Period::parse("2026-Q2").unwrap()), None, "not a monthly period");
    }

    #[test]
    fn quarters_and_halves_align_to_the_calendar() {
        let q = Cycle::new(Cadence::Quarterly, 10, day("2026-05-20"), &[]).unwrap();
        let first = &q.slots(day("2026-01-01"))[0];
        assert_eq!((first.period.as_str(), first.due), ("2026-Q2", day("2026-07-10")));
        let h = Cycle::new(Cadence::HalfYearly, 15, day("2026-07-20"), &[]).unwrap();
        let first = &h.slots(day("2026-01-01"))[0];
        assert_eq!((first.period.as_str(), first.due), ("2026-H2", day("2027-01-15")));
        // A start just after a quarter's report was due skips that quarter.
        let late = Cycle::new(Cadence::Quarterly, 10, day("2026-07-11"), &[]).unwrap();
        assert_eq!(late.slots(day("2026-01-01"))[0].period.as_str(), "2026-Q3");
        let y = Cycle::new(Cadence::Yearly, 20, day("2026-01-01"), &[]).unwrap();
        assert_eq!(y.slots(day("2026-01-01"))[0].due, day("2027-01-20"));
    }

    #[test]
    fn ad_hoc_cycles_use_the_called_dates() {
        let calls = Cycle::parse_calls("2026-12-15，2026-09-30 2026-12-15").unwrap();
        let c = Cycle::new(Cadence::AdHoc, 0, day("2026-01-01"), &calls).unwrap();
        let slots = c.slots(day("2026-10-01"));
        assert_eq!(slots.iter().map(|s| s.period.as_str()).collect::<Vec<_>>(), ["2026-09-30", "2026-12-15"]);
        assert_eq!(Cycle::parse_calls("2026-13-01"), Err(CycleError::BadDate("2026-13-01".into())));
        assert_eq!(Cycle::new(Cadence::AdHoc, 0, day("2026-01-01"), &[]), Err(CycleError::NoCalls));
        assert_eq!(Cycle::new(Cadence::Monthly, 29, day("2026-01-01"), &[]), Err(CycleError::BadDay));
    }

    #[test]
    fn slot_states_and_rates() {
        let due = day("2026-05-05");
        assert_eq!(SlotState::of(due, Some(due), day("2026-06-01")), SlotState::OnTime);
        assert_eq!(SlotState::of(due, Some(day("2026-05-06")), day("2026-06-01")), SlotState::Late);
        assert_eq!(SlotState::of(due, None, day("2026-05-06")), SlotState::Missing);
        assert_eq!(SlotState::of(due, None, due), SlotState::Open);
        let mut t = Timeliness::default();
        for s in [SlotState::OnTime, SlotState::OnTime, SlotState::Late, SlotState::Missing, SlotState::Open] {
            t.add(s);
        }
        assert_eq!((t.owed(), t.rate()), (4, 50.0));
        assert_eq!(Timeliness::default().rate(), 100.0);
    }

    #[test]
    fn a_measure_reported_done_owes_nothing_after() {
        let c = Cycle::new(Cadence::Monthly, 5, day("2026-01-01"), &[]).unwrap();
        let slots = c.slots(day("2026-05-01"));
        let filed = |p: &Period| match p.as_str() {
            "2026-01" => Some(Filed { on: day("2026-02-07"), done: false }),
            "2026-03" => Some(Filed { on: day("2026-04-01"), done: true }),
            _ => None,
        };
        let states: Vec<SlotState> = owed(&slots, filed, day("2026-05-01")).into_iter().map(|(_, s)| s).collect();
        assert_eq!(states, [SlotState::Late, SlotState::Missing, SlotState::OnTime]);
        let open: Vec<SlotState> = owed(&slots, |_| None, day("2026-05-01")).into_iter().map(|(_, s)| s).collect();
        assert_eq!(open.last(), Some(&SlotState::Open), "the report being written now");
    }
}
