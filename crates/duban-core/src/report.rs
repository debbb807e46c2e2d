//! Progress reports: what a department says, for one assignment and one
//! reporting period, about how the measure stands. A report is written as
//! a draft, submitted, then returned with comments or accepted by the
//! supervising office; every save is a new version, none is overwritten.

use crate::NaiveDate;
use chrono::Datelike;
use std::fmt;

/// How the measure stands, in the department's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    NotStarted,
    OnTrack,
    AtRisk,
    Done,
    Blocked,
}

impl Progress {
    pub const ALL: [Progress; 5] =
        [Progress::NotStarted, Progress::OnTrack, Progress::AtRisk, Progress::Done, Progress::Blocked];

    pub fn as_str(self) -> &'static str {
        match self {
            Progress::NotStarted => "not_started",
            Progress::OnTrack => "on_track",
            Progress::AtRisk => "at_risk",
            Progress::Done => "done",
            Progress::Blocked => "blocked",
        }
    }

    pub fn parse(s: &str) -> Option<Progress> {
        Progress::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Progress::NotStarted => "未开始",
            Progress::OnTrack => "正常推进",
            Progress::AtRisk => "存在风险",
            Progress::Done => "已完成",
            Progress::Blocked => "受阻",
        }
    }
}

/// Where a report is in its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    /// Written, not yet sent: only its department sees it.
    Draft,
    /// Sent to the supervising office.
    Submitted,
    /// Sent back with comments; the department revises and resubmits.
    Returned,
    /// Accepted by the supervising office: final.
    Accepted,
}

impl ReportState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Draft => "draft",
            ReportState::Submitted => "submitted",
            ReportState::Returned => "returned",
            ReportState::Accepted => "accepted",
        }
    }

    pub fn parse(s: &str) -> Option<ReportState> {
        [ReportState::Draft, ReportState::Submitted, ReportState::Returned, ReportState::Accepted]
            .into_iter()
            .find(|r| r.as_str() == s)
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            ReportState::Draft => "草稿",
            ReportState::Submitted => "已报送",
            ReportState::Returned => "已退回",
            ReportState::Accepted => "已审核通过",
        }
    }

    /// Whether the department may still change the report.
    pub fn editable(self) -> bool {
        matches!(self, ReportState::Draft | ReportState::Returned)
    }
}

/// Why a report's fields were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error(
        "报送期「{0}」格式不对，应为 2026-11（月）、2026-Q4（季）、2026-H2（半年）、2026（年）或 2026-12-15（按通知）"
    )]
    BadPeriod(String),
    #[error("完成进度应为 0 到 100 之间的整数")]
    BadPercent,
    #[error("请填写本期进展")]
    NothingDone,
}

/// A reporting period: a month, quarter, half-year or year, or the day an
/// ad hoc report was called for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period(String);

impl Period {
    pub fn parse(s: &str) -> Result<Period, ReportError> {
        let t = s.trim().to_ascii_uppercase();
        let bad = || ReportError::BadPeriod(s.trim().to_string());
        if t.len() == 10 {
            return NaiveDate::parse_from_str(&t, "%Y-%m-%d").map(Period::of_day).map_err(|_| bad());
        }
        let (year, rest) = t.split_at(t.len().min(4));
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let ok = match rest {
            "" => true,
            _ => match rest.strip_prefix('-') {
                Some(q) if q.starts_with('Q') => matches!(&q[1..], "1" | "2" | "3" | "4"),
                Some(h) if h.starts_with('H') => matches!(&h[1..], "1" | "2"),
                Some(m) => m.len() == 2 && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)),
                None => false,
            },
        };
        if ok { Ok(Period(t)) } else { Err(bad()) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The period of `months` months (1, 3, 6 or 12) beginning on `begins`
    /// (the first day of a month aligned to them).
    pub fn of_months(begins: NaiveDate, months: u32) -> Period {
        let (y, m) = (begins.year(), begins.month());
        Period(match months {
            1 => format!("{y}-{m:02}"),
            3 => format!("{y}-Q{}", (m - 1) / 3 + 1),
            6 => format!("{y}-H{}", (m - 1) / 6 + 1),
            _ => format!("{y}"),
        })
    }

    /// The ad hoc period called for `day`.
    pub fn of_day(day: NaiveDate) -> Period {
        Period(day.format("%Y-%m-%d").to_string())
    }

    /// The first day the period covers (for an ad hoc one, its day).
    pub fn first_day(&self) -> Option<NaiveDate> {
        let s = &self.0;
        let year: i32 = s.get(..4)?.parse().ok()?;
        let month = match s.get(4..) {
            Some("") => 1,
            Some(rest) if rest.len() == 6 => return NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            Some(rest) => match rest.get(1..2)? {
                "Q" => (rest.get(2..)?.parse::<u32>().ok()? - 1) * 3 + 1,
                "H" => (rest.get(2..)?.parse::<u32>().ok()? - 1) * 6 + 1,
                _ => rest.get(1..)?.parse().ok()?,
            },
            None => return None,
        };
        NaiveDate::from_ymd_opt(year, month, 1)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a department writes for a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportBody {
    pub progress: Progress,
    pub percent: u8,
    pub done: String,
    pub problems: String,
    pub next_steps: String,
}

impl ReportBody {
    /// Checks the fields; `done` may be empty only when the department
    /// declares no progress for the period (not started).
    pub fn new(
        progress: Progress,
        percent: i64,
        done: &str,
        problems: &str,
        next_steps: &str,
    ) -> Result<ReportBody, ReportError> {
        let percent = u8::try_from(percent).ok().filter(|p| *p <= 100).ok_or(ReportError::BadPercent)?;
        let done = done.trim().to_string();
        if done.is_empty() && progress != Progress::NotStarted {
            return Err(ReportError::NothingDone);
        }
        Ok(ReportBody {
            progress,
            percent,
            done,
            problems: problems.trim().into(),
            next_steps: next_steps.trim().into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_and_bodies_follow_the_rules() {
        for ok in ["2026-11", "2026-q4", "2026-H2", "2026", "2026-12-15"] {
            assert!(Period::parse(ok).is_ok(), "{ok}");
        }
        for (p, first) in [
            ("2026-11", "2026-11-01"),
            ("2026-Q3", "2026-07-01"),
            ("2026-H2", "2026-07-01"),
            ("2026", "2026-01-01"),
            ("2026-12-15", "2026-12-15"),
        ] {
            assert_eq!(Period::parse(p).unwrap().first_day().unwrap().to_string(), first, "{p}");
        }
        assert_eq!(Period::parse("2026-q4").unwrap().as_str(), "2026-Q4");
        for bad in ["2026-13", "2026-Q5", "26-11", "2026-H3", "2026/11", "", "2026-02-30"] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
        assert!(ReportBody::new(Progress::OnTrack, 40, "完成调研", "", "").is_ok());
        assert_eq!(ReportBody::new(Progress::OnTrack, 101, "x", "", ""), Err(ReportError::BadPercent));
        assert_eq!(ReportBody::new(Progress::OnTrack, 10, "  ", "", ""), Err(ReportError::NothingDone));
        assert!(ReportBody::new(Progress::NotStarted, 0, "", "", "").is_ok(), "no progress may be declared");
        assert!(ReportState::Returned.editable() && !ReportState::Submitted.editable());
    }
}
