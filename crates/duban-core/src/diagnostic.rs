//! What the importer doubted or repaired, with stable codes.
//!
//! Codes are part of the JSON contract: scripts and the review page key on
//! them, so a code is never renamed once published. Add new ones instead.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How much a diagnostic matters to the person reviewing an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A repair or reading the importer made that a person may want to see.
    Info,
    /// Something a person must confirm before the plan is published.
    Warning,
    /// Something the importer could not recover at all.
    Error,
}

/// Stable, kebab-case diagnostic codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiagnosticCode {
    /// A group of measures and its department phrases do not pair one to one.
    PhraseCountMismatch,
    /// A measure ended up with no department at all.
    MeasureWithoutDepartment,
    /// The same department is named twice in one phrase.
    DuplicateDepartment,
    /// Phrases from rows without measures were given to later measures.
    PhraseCarried,
    /// A name one edit away from a registry body: matched, to be confirmed.
    FuzzyDepartment,
    /// A name the registry does not know.
    UnknownDepartment,
    /// A body that had ceased to exist, with who carries on.
    DepartmentSucceeded,
    /// A department name looks like a misspelling of another one.
    SuspiciousDepartment,
    /// Numbering skips (1, 2, 4) or jumps backwards.
    NumberingGap,
    /// The numbering sequence put an item under another parent than its row.
    ItemMoved,
    /// A deadline that could not be read into a date or a known kind.
    UnparsedDeadline,
    /// Text that could not be placed in the plan.
    UnplacedText,
    /// Identical phrases collapsed into one that covers several measures.
    PhraseShared,
    /// A stated convention (e.g. "the first listed leads") was applied.
    ConventionApplied,
    /// A heading printed again after a page break, merged with the first.
    RepeatedHeading,
    /// No numbered item was found at all.
    NoItems,
}

impl DiagnosticCode {
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::PhraseCountMismatch => "phrase-count-mismatch",
            DiagnosticCode::MeasureWithoutDepartment => "measure-without-department",
            DiagnosticCode::DuplicateDepartment => "duplicate-department",
            DiagnosticCode::PhraseCarried => "phrase-carried",
            DiagnosticCode::SuspiciousDepartment => "suspicious-department",
            DiagnosticCode::FuzzyDepartment => "fuzzy-department",
            DiagnosticCode::UnknownDepartment => "unknown-department",
            DiagnosticCode::DepartmentSucceeded => "department-succeeded",
            DiagnosticCode::NumberingGap => "numbering-gap",
            DiagnosticCode::ItemMoved => "item-moved",
            DiagnosticCode::UnparsedDeadline => "unparsed-deadline",
            DiagnosticCode::UnplacedText => "unplaced-text",
            DiagnosticCode::PhraseShared => "phrase-shared",
            DiagnosticCode::ConventionApplied => "convention-applied",
            DiagnosticCode::NoItems => "no-items",
            DiagnosticCode::RepeatedHeading => "repeated-heading",
        }
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing the importer doubted, pointing at its source line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: DiagnosticCode,
    /// 1-based source line (paragraph or row for structured formats).
    pub line: usize,
    pub message: String,
    /// A short piece of the source the diagnostic is about.
    pub excerpt: String,
}

impl Diagnostic {
    pub fn new(
        severity: Severity,
        code: DiagnosticCode,
        line: usize,
        message: impl Into<String>,
        excerpt: impl Into<String>,
    ) -> Self {
        Diagnostic { severity, code, line, message: message.into(), excerpt: excerpt.into() }
    }
}
