//! The importer's one integration-test binary.

// The bundled sample (the Shandong table): tree shape, assignments, diagnostics.
mod seed;
// Every document in tests/fixtures/, snapshotted as plan JSON (insta).
mod fixtures;
// Inputs that cannot be read: clear errors, never panics.
mod errors;
// proptest: arbitrary bytes and mutated fixtures never panic.
mod properties;
// The rule table: one small document per layout or wording class.
mod rules;

use duban_import::{Options, Parsed};
use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn parse_file(path: &Path) -> Parsed {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let options =
        Options { file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()), ..Options::default() };
    duban_import::parse(&bytes, &options).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}
