//! The three ways a department takes part in a measure.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How a department takes part in a measure (domain.md, "Roles").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// 牵头: organises, coordinates and reports for the whole measure.
    Lead,
    /// 负责: carries the measure out within its remit; a sole one acts as lead.
    Responsible,
    /// 参加 / 配合: contributes on request of the lead.
    Participant,
}

impl Role {
    /// The contract's spelling: `lead`, `responsible`, `participant`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Responsible => "responsible",
            Role::Participant => "participant",
        }
    }

    /// The Chinese label offices print in their column headers.
    pub fn label_zh(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Responsible => "负责",
            Role::Participant => "参加",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
