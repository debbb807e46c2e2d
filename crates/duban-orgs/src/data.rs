//! The TOML schema of registry files (documented in data/README.md).

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default)]
    pub org: Vec<OrgEntry>,
    #[serde(default)]
    pub succession: Vec<SuccessionEntry>,
    #[serde(default)]
    pub template: Vec<TemplateEntry>,
    #[serde(default)]
    pub template_succession: Vec<TemplateSuccessionEntry>,
    #[serde(default)]
    pub alias: Vec<AliasEntry>,
}

/// A correction kept from a review: `written` is read as `org`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasEntry {
    pub written: Spanned<String>,
    pub org: String,
    /// Who kept it (an account's login) and when (YYYY-MM-DD): for the
    /// people reading the file; `at` is checked to be a date.
    #[serde(default)]
    #[expect(dead_code, reason = "read by people, not by the registry")]
    pub by: Option<String>,
    #[serde(default)]
    pub at: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgEntry {
    pub name: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub level: Spanned<String>,
    pub region: String,
    pub kind: Spanned<String>,
    pub from: Option<Spanned<String>>,
    pub until: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuccessionEntry {
    pub date: Spanned<String>,
    pub event: Spanned<String>,
    pub from: Vec<String>,
    #[serde(default)]
    pub to: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A body every locality of some tiers has (`{地}发展和改革局`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateEntry {
    pub name: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub tiers: Vec<Spanned<String>>,
    pub kind: Spanned<String>,
    pub from: Option<Spanned<String>>,
}

/// A reform of every locality of some tiers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateSuccessionEntry {
    pub date: Spanned<String>,
    pub tiers: Vec<String>,
    pub event: Spanned<String>,
    pub from: Vec<String>,
    #[serde(default)]
    pub to: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}
