//! How the importer decided an assignment: the evidence behind its role.
//!
//! An office cannot re-read a hundred-row table after every import. Each
//! assignment therefore says what it rests on — a role verb written after
//! the names, a label, a column header, a convention the document states,
//! a phrase carried from elsewhere, a bare list, or a pairing the importer
//! had to guess — so that the review shows the doubtful ones first.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What an assignment's role rests on (its provenance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// A role word after the names (`牵头`, `负责`, `配合`, `A会同B`).
    Verb,
    /// The lead mark many tables put on a name (`★市发改委`).
    Mark,
    /// A label before the list (`牵头单位：`, `配合单位：`).
    Label,
    /// A table column or a data field whose header names the role.
    Column,
    /// The document's stated convention (`列第一位的为牵头单位`).
    Convention,
    /// Carried from a heading that names a body for the measures below it
    /// (`（二）市商务局牵头的工作`).
    Carried,
    /// A list with no role word, label or column: responsible by default.
    BareList,
    /// A pairing the importer could not confirm: phrases and measures that
    /// did not pair one to one, or a phrase from a row without a measure.
    Guessed,
    /// Typed by a person (an edit on the review page, the API).
    Entered,
    /// Stored before provenance was recorded.
    #[default]
    Unrecorded,
}

impl Basis {
    /// Every basis, in the order of [`Basis::doubt`] from most doubtful.
    pub const ALL: [Basis; 10] = [
        Basis::Guessed,
        Basis::BareList,
        Basis::Carried,
        Basis::Convention,
        Basis::Column,
        Basis::Label,
        Basis::Mark,
        Basis::Verb,
        Basis::Entered,
        Basis::Unrecorded,
    ];

    /// The contract's spelling (`verb`, `bare-list`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Verb => "verb",
            Basis::Mark => "mark",
            Basis::Label => "label",
            Basis::Column => "column",
            Basis::Convention => "convention",
            Basis::Carried => "carried",
            Basis::BareList => "bare-list",
            Basis::Guessed => "guessed",
            Basis::Entered => "entered",
            Basis::Unrecorded => "unrecorded",
        }
    }

    pub fn parse(s: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.as_str() == s)
    }

    /// How much a person should look: 3 for a guess, 2 for a bare list
    /// (its role is a default), 1 for a carried phrase, 0 when the
    /// document or a person said it.
    pub fn doubt(self) -> u8 {
        match self {
            Basis::Guessed => 3,
            Basis::BareList => 2,
            Basis::Carried => 1,
            _ => 0,
        }
    }

    /// What the review page says of it.
    pub fn label_zh(self) -> &'static str {
        match self {
            Basis::Verb => "原文写明角色",
            Basis::Mark => "原文标注牵头",
            Basis::Label => "原文标签",
            Basis::Column => "表格列名",
            Basis::Convention => "按文件说明“列第一位的为牵头单位”",
            Basis::Carried => "沿用上级标题所列的部门",
            Basis::BareList => "原文未写角色，默认为负责",
            Basis::Guessed => "按顺序推断，请核对",
            Basis::Entered => "人工填写",
            Basis::Unrecorded => "未记录依据",
        }
    }
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip_and_match_serde() {
        for b in Basis::ALL {
            assert_eq!(Basis::parse(b.as_str()), Some(b));
            assert_eq!(serde_json::to_value(b).unwrap(), b.as_str());
        }
        assert_eq!(Basis::parse("verbal"), None);
    }

    #[test]
    fn all_is_ordered_by_doubt() {
        let doubts: Vec<u8> = Basis::ALL.iter().map(|b| b.doubt()).collect();
        assert!(doubts.windows(2).all(|w| w[0] >= w[1]), "{doubts:?}");
        assert_eq!(Basis::Guessed.doubt(), 3);
        assert_eq!(Basis::Verb.doubt(), 0);
    }
}
