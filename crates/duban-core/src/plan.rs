//! The plan tree: areas → tasks → measures (→ sub-measures), each with its
//! department assignments, deadline and note.

use crate::{Basis, Deadline, Diagnostic, Role};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A department name cleaned for use as an identifier: trimmed, no inner
/// whitespace, never empty. Until the registry resolves names, this is the
/// `org` of an assignment.
///
/// Shared (`Arc<str>`): a plan names a few dozen departments thousands of
/// times, and each assignment holds a handle, not a copy.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgName(Arc<str>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrgNameError {
    #[error("department name is empty")]
    Empty,
    #[error("department name is too long ({0} characters; at most 60)")]
    TooLong(usize),
}

impl OrgName {
    /// Cleans `written` (drops whitespace) and checks it is a usable name.
    pub fn parse(written: &str) -> Result<OrgName, OrgNameError> {
        let cleaned: String = written.chars().filter(|c| !c.is_whitespace()).collect();
        let len = cleaned.chars().count();
        if len == 0 {
            Err(OrgNameError::Empty)
        } else if len > 60 {
            Err(OrgNameError::TooLong(len))
        } else {
            Ok(OrgName(cleaned.into()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OrgName {
    type Error = OrgNameError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        OrgName::parse(&s)
    }
}

impl From<OrgName> for String {
    fn from(o: OrgName) -> String {
        o.0.to_string()
    }
}

impl fmt::Display for OrgName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One department's part in an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub role: Role,
    /// The name exactly as in the source, without role words or a trailing 等.
    pub as_written: Arc<str>,
    /// The canonical name from the registry, or the cleaned written name
    /// when the registry does not know it.
    pub org: OrgName,
    /// When `org` no longer exists: the bodies that carry its work now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<OrgName>,
    /// What the role rests on (provenance): the review shows doubtful ones first.
    #[serde(default)]
    pub basis: Basis,
}

/// A node of the plan: an area, a task, a measure or a sub-measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The numeral without punctuation (`一`, `1`), or `None` when unnumbered.
    pub number: Option<String>,
    pub text: String,
    /// 1-based source line where the item starts.
    pub line: usize,
    pub assignments: Vec<Assignment>,
    pub deadline: Option<Deadline>,
    pub note: Option<String>,
    pub children: Vec<Item>,
}

impl Item {
    pub fn new(number: Option<String>, text: String, line: usize) -> Item {
        Item { number, text, line, assignments: Vec::new(), deadline: None, note: None, children: Vec::new() }
    }

    /// This item and all its descendants, depth first.
    pub fn walk(&self) -> Vec<&Item> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }
}

/// A recovered plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Plan {
    pub title: Option<String>,
    pub items: Vec<Item>,
}

impl Plan {
    /// Every item, depth first.
    pub fn all_items(&self) -> Vec<&Item> {
        self.items.iter().flat_map(|i| i.walk()).collect()
    }

    /// Items with no children: the measures the supervision loop tracks.
    pub fn leaves(&self) -> Vec<&Item> {
        self.all_items().into_iter().filter(|i| i.children.is_empty()).collect()
    }
}

/// The importer's result: the plan and what it doubted. Serialises to the
/// `duban parse --json` contract (title, items, diagnostics at top level).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Parsed {
    #[serde(flatten)]
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_names_are_cleaned_and_checked() {
        assert_eq!(OrgName::parse(" 省 编办 ").unwrap().as_str(), "省编办");
        assert_eq!(OrgName::parse("  "), Err(OrgNameError::Empty));
        assert!(matches!(OrgName::parse(&"局".repeat(61)), Err(OrgNameError::TooLong(61))));
    }

    #[test]
    fn parsed_serialises_to_the_contract_shape() {
        let mut item = Item::new(Some("1".into()), "积极探索。".into(), 6);
        item.assignments.push(Assignment {
            role: Role::Lead,
            as_written: "省编办".into(),
            org: OrgName::parse("省编办").unwrap(),
            successors: Vec::new(),
            basis: Basis::Verb,
        });
        item.deadline = Deadline::parse("2017年底前");
        let parsed = Parsed { plan: Plan { title: Some("表".into()), items: vec![item] }, diagnostics: vec![] };
        let v = serde_json::to_value(&parsed).unwrap();
        assert_eq!(v["title"], "表");
        assert_eq!(v["items"][0]["assignments"][0]["role"], "lead");
        assert_eq!(v["items"][0]["assignments"][0]["basis"], "verb");
        assert_eq!(v["items"][0]["deadline"]["due"], "2017-12-31");
        assert_eq!(v["items"][0]["deadline"]["kind"], "date");
        assert!(v["diagnostics"].as_array().unwrap().is_empty());
    }
}
