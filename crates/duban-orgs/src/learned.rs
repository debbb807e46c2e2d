//! Corrections that teach: when an office corrects a department name on the
//! review page (`县发该局` → `县发展和改革局`), it may keep the correction,
//! and later imports read the written name as the body it was corrected to.
//!
//! Kept corrections live in the installation's registry file as `[[alias]]`
//! entries (written name, the body, who kept it and when), loaded with the
//! other registry files; the server adds to them while it runs. The file
//! itself is written by the caller (no IO here): [`alias_entry`] gives the
//! text to add.

use std::collections::HashMap;
use std::sync::RwLock;

/// Written names and the bodies they were corrected to.
#[derive(Debug, Default)]
pub struct Learned {
    map: RwLock<HashMap<String, String>>,
}

/// The key of a written name: without whitespace.
fn key(written: &str) -> String {
    written.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Learned {
    /// The body a written name was corrected to, if one was kept.
    pub fn target(&self, written: &str) -> Option<String> {
        let map = self.map.read().unwrap_or_else(|e| e.into_inner());
        if map.is_empty() {
            return None;
        }
        map.get(&key(written)).cloned()
    }

    /// Keeps a correction (a later one of the same name replaces it).
    /// Ignores a name corrected to itself.
    pub fn learn(&self, written: &str, org: &str) {
        let (written, org) = (key(written), key(org));
        if written.is_empty() || org.is_empty() || written == org {
            return;
        }
        self.map.write().unwrap_or_else(|e| e.into_inner()).insert(written, org);
    }

    /// How many corrections are kept.
    pub fn len(&self) -> usize {
        self.map.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One kept correction as registry text, to append to the installation's
/// registry file: `[[alias]]` with `written`, `org`, `by` and `at`.
pub fn alias_entry(written: &str, org: &str, by: &str, at: &str) -> String {
    format!(
        "\n[[alias]]\nwritten = {}\norg = {}\nby = {}\nat = {}\n",
        quoted(written),
        quoted(org),
        quoted(by),
        quoted(at)
    )
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_are_kept_by_written_name() {
        let l = Learned::default();
        l.learn("县 发该局", "吉水县发展和改革局");
        l.learn("县财政局", "县财政局");
        assert_eq!(l.target("县发该局").as_deref(), Some("吉水县发展和改革局"));
        assert_eq!(l.target("县财政局"), None);
        assert_eq!(l.len(), 1);
        let text = alias_entry("县发该局", "吉水县发展和改革局", "office", "2026-12-03");
        assert!(text.contains("[[alias]]") && text.contains("written = \"县发该局\""), "{text}");
        let odd = alias_entry("A\"B\\C\n", "D", "x", "y");
        let parsed: toml::Table = toml::from_str(&odd).unwrap();
        assert_eq!(parsed["alias"][0]["written"].as_str(), Some("A\"B\\C\n"));
    }
}
