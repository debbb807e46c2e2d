//! How written department names become canonical ones.
//!
//! The importer asks a [`ResolveOrg`] for each distinct name it read. The
//! department registry (`duban-orgs`) is the real implementation; without
//! one, [`WrittenName`] keeps the cleaned written name.

use crate::OrgName;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a written name was matched to a known body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The canonical name itself.
    Exact,
    /// A listed short form or alias.
    Alias,
    /// Equal after normalisation (script, width, spaces, region prefix, 委员会/委).
    Normalized,
    /// A standard body of the document's locality (or of its tier when the
    /// locality is not named), known by the registry's templates.
    Template,
    /// One edit away from a known name: to be confirmed by a person.
    Fuzzy,
    /// Not known.
    Unknown,
}

impl MatchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Alias => "alias",
            MatchKind::Normalized => "normalized",
            MatchKind::Template => "template",
            MatchKind::Fuzzy => "fuzzy",
            MatchKind::Unknown => "unknown",
        }
    }

    /// How sure the match is, 0 to 1.
    pub fn confidence(self) -> f32 {
        match self {
            MatchKind::Exact | MatchKind::Alias => 1.0,
            MatchKind::Normalized => 0.95,
            MatchKind::Template => 0.9,
            MatchKind::Fuzzy => 0.6,
            MatchKind::Unknown => 0.0,
        }
    }
}

/// A resolved name: the canonical body and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub org: OrgName,
    pub how: MatchKind,
    /// The known name a fuzzy match went through.
    pub near: Option<String>,
    /// When the body had ceased to exist by the date asked: the date, and
    /// the bodies carrying on its work then.
    pub ceased: Option<NaiveDate>,
    pub successors: Vec<OrgName>,
}

/// What the importer knows about the document a name comes from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The date successors are wanted for (normally today).
    pub on: Option<NaiveDate>,
    /// The document's title: it often names the issuing region
    /// (山东省…), and 省财政厅 in a Jiangsu plan is Jiangsu's.
    pub title: Option<&'a str>,
    /// The lines before the first item (the issuer, the cover letter's
    /// heading), where the locality may be named when the title does not.
    pub preamble: &'a [&'a str],
}

/// Turns a department name as written into its canonical body.
pub trait ResolveOrg {
    /// Resolves `written` in a document's context; `None` when the name is
    /// unusable (empty or absurdly long).
    fn resolve(&self, written: &str, context: &Context<'_>) -> Option<Resolved>;

    /// Whether this resolver knows real bodies, so that an unknown name is
    /// worth reporting.
    fn knows_bodies(&self) -> bool {
        false
    }
}

/// The minimal normaliser: the canonical name is the written name without
/// whitespace.
#[derive(Debug, Clone, Copy, Default)]
pub struct WrittenName;

impl ResolveOrg for WrittenName {
    fn resolve(&self, written: &str, _context: &Context<'_>) -> Option<Resolved> {
        let org = OrgName::parse(written).ok()?;
        Some(Resolved { org, how: MatchKind::Unknown, near: None, ceased: None, successors: Vec::new() })
    }
}
