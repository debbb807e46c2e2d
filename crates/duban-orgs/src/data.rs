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
