//! Red / yellow / green (红黄绿灯) for one measure of one department, from
//! its deadline, the time elapsed and what the department last reported.
//! The rule, in order:
//!
//! 1. reported done (or 100 %) → green;
//! 2. reported blocked → red;
//! 3. past its deadline and not done → red;
//! 4. with a deadline: the expected progress is the share of the time from
//!    the plan's start to the deadline that has passed; behind it by at
//!    least `red_gap` points → red, by at least `yellow_gap` → yellow;
//! 5. reported at risk, or due within `due_soon_days` and not done → yellow;
//! 6. otherwise green. A measure without a report counts as 0 % done.

use crate::{NaiveDate, Progress};

/// The light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    pub fn as_str(self) -> &'static str {
        match self {
            Light::Red => "red",
            Light::Yellow => "yellow",
            Light::Green => "green",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Light::Red => "红灯",
            Light::Yellow => "黄灯",
            Light::Green => "绿灯",
        }
    }
}

/// The thresholds of the rule, configurable per deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub struct LightRules {
    /// Points behind the expected progress that make a measure yellow.
    pub yellow_gap: u8,
    /// Points behind that make it red.
    pub red_gap: u8,
    /// Days before the deadline from which an unfinished measure is yellow.
    pub due_soon_days: i64,
}

impl Default for LightRules {
    fn default() -> LightRules {
        LightRules { yellow_gap: 15, red_gap: 35, due_soon_days: 30 }
    }
}

/// What the department last reported (accepted or submitted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Reported {
    pub progress: Progress,
    pub percent: u8,
}

impl LightRules {
    /// The light of a measure that started on `start`, is due on `due`
    /// (none: ongoing), seen on `today`.
    pub fn light(
        &self,
        start: NaiveDate,
        due: Option<NaiveDate>,
        today: NaiveDate,
        reported: Option<Reported>,
    ) -> Light {
        let percent = reported.map_or(0, |r| r.percent);
        let progress = reported.map(|r| r.progress);
        if progress == Some(Progress::Done) || percent >= 100 {
            return Light::Green;
        }
        if progress == Some(Progress::Blocked) {
            return Light::Red;
        }
        if let Some(due) = due {
            if today > due {
                return Light::Red;
            }
            let total = (due - start).num_days().max(1);
            let passed = (today - start).num_days().clamp(0, total);
            let expected = passed * 100 / total;
            let gap = expected - i64::from(percent);
            if gap >= i64::from(self.red_gap) {
                return Light::Red;
            }
            if gap >= i64::from(self.yellow_gap) || (due - today).num_days() <= self.due_soon_days {
                return Light::Yellow;
            }
        }
        if progress == Some(Progress::AtRisk) { Light::Yellow } else { Light::Green }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn lights_follow_the_rule() {
        let r = LightRules::default();
        let start = day(2026, 1, 1);
        let due = Some(day(2026, 12, 31));
        let at = |p: Progress, percent: u8| Some(Reported { progress: p, percent });
        assert_eq!(r.light(start, due, day(2026, 3, 1), at(Progress::Done, 60)), Light::Green);
        assert_eq!(r.light(start, due, day(2026, 3, 1), at(Progress::Blocked, 60)), Light::Red);
        assert_eq!(r.light(start, due, day(2027, 1, 2), at(Progress::OnTrack, 90)), Light::Red, "late");
        // Half the year gone: 50 % expected.
        assert_eq!(r.light(start, due, day(2026, 7, 2), at(Progress::OnTrack, 45)), Light::Green);
        assert_eq!(r.light(start, due, day(2026, 7, 2), at(Progress::OnTrack, 30)), Light::Yellow);
        assert_eq!(r.light(start, due, day(2026, 7, 2), None), Light::Red, "no report: 0 %");
        assert_eq!(r.light(start, due, day(2026, 12, 10), at(Progress::OnTrack, 95)), Light::Yellow, "due soon");
        assert_eq!(r.light(start, due, day(2026, 2, 1), at(Progress::AtRisk, 10)), Light::Yellow);
        assert_eq!(r.light(start, None, day(2030, 1, 1), None), Light::Green, "ongoing, nothing wrong reported");
        assert_eq!(r.light(start, None, day(2030, 1, 1), at(Progress::AtRisk, 10)), Light::Yellow);
    }
}
