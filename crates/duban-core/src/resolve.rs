//! How written department names become canonical ones.
//!
//! The importer asks a [`ResolveOrg`] for each distinct name it read. The
//! department registry (aliases, reforms, successions) will be one
//! implementation; until then [`WrittenName`] keeps the cleaned written name.

use crate::{OrgName, OrgNameError};

/// Turns a department name as written into its canonical [`OrgName`].
pub trait ResolveOrg {
    fn resolve(&self, written: &str) -> Result<OrgName, OrgNameError>;
}

/// The minimal normaliser: the canonical name is the written name without
/// whitespace.
#[derive(Debug, Clone, Copy, Default)]
pub struct WrittenName;

impl ResolveOrg for WrittenName {
    fn resolve(&self, written: &str) -> Result<OrgName, OrgNameError> {
        OrgName::parse(written)
    }
}
