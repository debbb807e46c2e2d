//! Deadlines as written in division tables, and their typed reading.
//!
//! Offices write deadlines in a handful of shapes (domain.md, "Deadlines"):
//! `2017年底前`, `2018年6月底前`, `2018年上半年`, `2019年3季度`, `持续推进`,
//! `每年`… [`Deadline::parse`] turns one into a due date, an ongoing or a
//! recurring marker, and keeps what it cannot read as `unparsed` with the
//! original text, so a person can fix it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What kind of deadline a measure has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeadlineKind {
    /// A calendar date: `due` holds it.
    Date,
    /// No end date: 持续推进, 长期坚持.
    Ongoing,
    /// Repeats: 每年, 每季度, 每月.
    Recurring,
    /// Text the reader could not interpret; `as_written` keeps it.
    Unparsed,
}

/// A deadline: the text as written plus its typed reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub as_written: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub due: Option<NaiveDate>,
    pub kind: DeadlineKind,
    /// For recurring deadlines: `year`, `half-year`, `quarter`, `month`, `week`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub every: Option<String>,
}

const ONGOING_WORDS: &[&str] = &[
    "持续推进",
    "长期坚持",
    "长期推进",
    "持续开展",
    "长期",
    "持续",
    "常态化",
    "长期坚持推进",
    "持續推進",
    "長期堅持",
    "長期",
    "持續",
    "常態化",
];

const RECURRING_WORDS: &[(&str, &str)] = &[
    ("每半年", "half-year"),
    ("每季度", "quarter"),
    ("每季", "quarter"),
    ("每月", "month"),
    ("每周", "week"),
    ("每週", "week"),
    ("每年", "year"),
    ("年度", "year"),
    ("逐年", "year"),
];

impl Deadline {
    /// Reads a deadline phrase. Never fails: text it cannot read becomes
    /// [`DeadlineKind::Unparsed`]. Returns `None` only for blank input.
    pub fn parse(written: &str) -> Option<Deadline> {
        let as_written = written.trim().to_string();
        if as_written.is_empty() {
            return None;
        }
        let folded = fold(&as_written);
        let (kind, due, every) = if let Some(date) = read_date(&folded) {
            (DeadlineKind::Date, Some(date), None)
        } else if let Some((_, every)) = RECURRING_WORDS.iter().find(|(w, _)| folded.contains(w)) {
            (DeadlineKind::Recurring, None, Some((*every).to_string()))
        } else if ONGOING_WORDS.iter().any(|w| folded.contains(w)) {
            (DeadlineKind::Ongoing, None, None)
        } else {
            (DeadlineKind::Unparsed, None, None)
        };
        Some(Deadline { as_written, due, kind, every })
    }

    /// [`Deadline::parse`] for a document of a known year (its title's):
    /// a deadline written without a year (`12月底前`, `9月投入使用`, `全年`,
    /// `年底前`, `三季度`) falls in that year. The text stays as written.
    pub fn parse_in_year(written: &str, year: Option<i32>) -> Option<Deadline> {
        let parsed = Deadline::parse(written)?;
        let Some(year) = year else { return Some(parsed) };
        if parsed.kind != DeadlineKind::Unparsed {
            return Some(parsed);
        }
        let folded = fold(&parsed.as_written);
        let chars: Vec<char> = folded.chars().collect();
        let month_first = number_at(&chars, 0).is_some_and(|(m, next)| {
            (1..=12).contains(&m) && chars.get(next).is_some_and(|c| *c == '月' || *c == '季')
        });
        let year_words =
            ["全年", "年底", "年内", "年末", "上半年", "下半年", "季度"].iter().any(|w| folded.starts_with(w));
        if !(month_first || year_words) {
            return Some(parsed);
        }
        let in_year = format!("{year}年{}", folded.trim_start_matches('年'));
        match read_date(&fold(&in_year)) {
            Some(due) => Some(Deadline { due: Some(due), kind: DeadlineKind::Date, ..parsed }),
            None => Some(parsed),
        }
    }

    /// Whether `text` reads as a deadline and nothing else: a cell or a
    /// clause holding only a deadline, as opposed to a measure that merely
    /// mentions a year.
    pub fn looks_like_deadline(text: &str) -> bool {
        // Cheap rejection first: department names and sentences go through
        // here by the thousand.
        let promising = text.chars().any(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || matches!(c, '持' | '长' | '長' | '每' | '年' | '常' | '逐')
        });
        if !promising {
            return false;
        }
        let folded = fold(text.trim());
        if folded.is_empty() || folded.chars().count() > 24 || folded.contains('。') {
            return false;
        }
        let known = read_date(&folded).is_some()
            || RECURRING_WORDS.iter().any(|(w, _)| folded.contains(w))
            || ONGOING_WORDS.iter().any(|w| folded.contains(w));
        if !known {
            return false;
        }
        // What is left after removing the deadline vocabulary must be filler
        // such as 完成 / 前 / 并 / punctuation, not a sentence.
        let mut rest = folded.clone();
        for w in ONGOING_WORDS.iter().chain(RECURRING_WORDS.iter().map(|(w, _)| w)) {
            rest = rest.replace(w, "");
        }
        let filler = "0123456789年月日底前末上下半季度第一二三四五六七八九十前完成并至到—–-~～、，,；;。.:：（）() 开展推进实施基本取得全面建成见效阶段性成果启动以后起内止间中旬初";
        rest.chars().filter(|c| !filler.contains(*c)).count() <= 2
    }
}

/// The value of a Chinese digit 一 … 九.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Folds full-width digits and a few punctuation marks to ASCII, drops spaces.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            '／' => '/',
            _ => c,
        })
        .collect()
}

/// The due date of the latest date expression in `s`, if any. A range such
/// as `2018—2020年` is due at its end.
fn read_date(s: &str) -> Option<NaiveDate> {
    let chars: Vec<char> = s.chars().collect();
    let mut best: Option<NaiveDate> = None;
    let mut i = 0;
    while i < chars.len() {
        if let Some((year, after)) = take_year(&chars, i) {
            let (date, next) = read_after_year(&chars, after, year);
            if let Some(d) = date {
                best = Some(best.map_or(d, |b: NaiveDate| b.max(d)));
            }
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    best
}

/// A four-digit year 1949..=2100 at `i` not preceded by a digit.
fn take_year(c: &[char], i: usize) -> Option<(i32, usize)> {
    if i > 0 && c[i - 1].is_ascii_digit() {
        return None;
    }
    let digits: String = c[i..].iter().take_while(|c| c.is_ascii_digit()).collect();
    if digits.len() != 4 {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    (1949..=2100).contains(&year).then_some((year, i + 4))
}

fn number_at(c: &[char], i: usize) -> Option<(u32, usize)> {
    let digits: String = c[i..].iter().take_while(|c| c.is_ascii_digit()).take(3).collect();
    if !digits.is_empty() {
        return Some((digits.parse().ok()?, i + digits.len()));
    }
    // Chinese numerals for months and quarters: 三季度, 十二月.
    let mut value = 0u32;
    let mut j = i;
    while j < c.len() {
        let Some(d) = chinese_digit(c[j]).or((c[j] == '十').then_some(10)) else { break };
        value = if d == 10 { value.max(1) * 10 } else { value + d };
        j += 1;
    }
    (j > i).then_some((value, j))
}

fn starts(c: &[char], i: usize, word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    c.len() >= i + w.len() && c[i..i + w.len()] == w[..]
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// Reads what follows a year: month, day, half, quarter, or nothing (end of year).
fn read_after_year(c: &[char], mut i: usize, year: i32) -> (Option<NaiveDate>, usize) {
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31);
    // 2018-06-30, 2018.6, 2018/6/30
    if i < c.len() && matches!(c[i], '-' | '.' | '/') {
        if let Some((m, after_m)) = number_at(c, i + 1).filter(|(m, _)| (1..=12).contains(m)) {
            if after_m < c.len()
                && matches!(c[after_m], '-' | '.' | '/')
                && let Some((d, after_d)) = number_at(c, after_m + 1)
            {
                return (NaiveDate::from_ymd_opt(year, m, d), after_d);
            }
            return (month_end(year, m), after_m);
        }
        // A range like 2018-2020: let the second year win.
        return (year_end, i);
    }
    if i >= c.len() || c[i] != '年' {
        return (None, i);
    }
    i += 1;
    if starts(c, i, "上半年") {
        return (NaiveDate::from_ymd_opt(year, 6, 30), i + 3);
    }
    if starts(c, i, "下半年") {
        return (year_end, i + 3);
    }
    let mut j = i;
    if j < c.len() && c[j] == '第' {
        j += 1;
    }
    if let Some((n, after)) = number_at(c, j) {
        if starts(c, after, "季度") || starts(c, after, "季") {
            if (1..=4).contains(&n) {
                return (month_end(year, n * 3), after + 1);
            }
            return (None, after);
        }
        if after < c.len() && c[after] == '月' && (1..=12).contains(&n) {
            let after_month = after + 1;
            if let Some((d, after_d)) = number_at(c, after_month)
                && after_d < c.len()
                && (c[after_d] == '日' || c[after_d] == '号')
            {
                return (NaiveDate::from_ymd_opt(year, n, d), after_d + 1);
            }
            if starts(c, after_month, "前") {
                // 6月前: before June starts.
                let prev = if n == 1 { month_end(year - 1, 12) } else { month_end(year, n - 1) };
                return (prev, after_month + 1);
            }
            return (month_end(year, n), after_month);
        }
    }
    // 2017年底前, 2017年年底, 2017年末, 2017年内, 2017年: the end of the year.
    (year_end, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(s: &str) -> Option<String> {
        Deadline::parse(s).and_then(|d| d.due).map(|d| d.to_string())
    }

    fn kind(s: &str) -> DeadlineKind {
        Deadline::parse(s).unwrap().kind
    }

    #[test]
    fn dates() {
        assert_eq!(due("2017年底前").as_deref(), Some("2017-12-31"));
        assert_eq!(due("2018年6月底前").as_deref(), Some("2018-06-30"));
        assert_eq!(due("2018年上半年").as_deref(), Some("2018-06-30"));
        assert_eq!(due("2019年3季度").as_deref(), Some("2019-09-30"));
        assert_eq!(due("2019年第三季度").as_deref(), Some("2019-09-30"));
        assert_eq!(due("２０２４年１２月底前").as_deref(), Some("2024-12-31"));
        assert_eq!(due("2024年2月底").as_deref(), Some("2024-02-29"));
        assert_eq!(due("2025年3月15日前").as_deref(), Some("2025-03-15"));
        assert_eq!(due("2018—2020年").as_deref(), Some("2020-12-31"));
        assert_eq!(due("2018-06-30").as_deref(), Some("2018-06-30"));
        assert_eq!(due("2024年下半年").as_deref(), Some("2024-12-31"));
        assert_eq!(due("2025年6月前").as_deref(), Some("2025-05-31"));
    }

    #[test]
    fn kinds() {
        assert_eq!(kind("持续推进"), DeadlineKind::Ongoing);
        assert_eq!(kind("长期坚持"), DeadlineKind::Ongoing);
        assert_eq!(kind("每年"), DeadlineKind::Recurring);
        assert_eq!(kind("每季度报送"), DeadlineKind::Recurring);
        assert_eq!(kind("根据国家部署确定"), DeadlineKind::Unparsed);
        assert!(Deadline::parse("  ").is_none());
    }

    #[test]
    fn deadline_cells_versus_sentences() {
        assert!(Deadline::looks_like_deadline("2017年底前"));
        assert!(Deadline::looks_like_deadline("2018年6月底前完成"));
        assert!(Deadline::looks_like_deadline("持续推进"));
        assert!(!Deadline::looks_like_deadline("到2020年，全省专利申请量达到10万件。"));
        assert!(!Deadline::looks_like_deadline("省发展改革委"));
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,40}") {
            let _ = Deadline::parse(&s);
            let _ = Deadline::looks_like_deadline(&s);
        }
    }

    #[test]
    fn deadlines_without_a_year_fall_in_the_document_year() {
        let due = |w: &str| Deadline::parse_in_year(w, Some(2019)).and_then(|d| d.due).map(|d| d.to_string());
        assert_eq!(due("12月底前").as_deref(), Some("2019-12-31"));
        assert_eq!(due("9月投入使用").as_deref(), Some("2019-09-30"));
        assert_eq!(due("全年").as_deref(), Some("2019-12-31"));
        assert_eq!(due("三季度").as_deref(), Some("2019-09-30"));
        assert_eq!(Deadline::parse_in_year("12月底前", None).map(|d| d.kind), Some(DeadlineKind::Unparsed));
        assert_eq!(Deadline::parse_in_year("持续推进", Some(2019)).map(|d| d.kind), Some(DeadlineKind::Ongoing));
    }
}
