//! The time of the server: now in Unix seconds, today's date (UTC), and
//! the date at the start of a stored text (`2026-11-29…`). Handlers ask
//! here; the store and the reminder rules are handed the values, so tests
//! can pick their own.

use duban_core::NaiveDate;

/// Unix time now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Today (UTC).
pub fn today() -> NaiveDate {
    duban_core::DateTime::from_timestamp(now(), 0).map(|t| t.date_naive()).unwrap_or_default()
}

/// The date a text starts with (`YYYY-MM-DD`, as in RFC 3339 times).
pub fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}
