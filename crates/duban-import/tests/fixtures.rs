//! Each file in tests/fixtures/ (but README.md) parses into a plan whose
//! JSON is compared with its reviewed snapshot in tests/snapshots/.

use crate::{fixtures_dir, parse_file};

#[test]
fn fixtures_match_their_reviewed_snapshots() {
    let mut paths: Vec<_> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 8, "at least eight fixture documents, found {}", paths.len());
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().replace('.', "_");
        let parsed = parse_file(&path);
        assert!(!parsed.plan.items.is_empty(), "{} gave no items", path.display());
        insta::assert_json_snapshot!(name, parsed);
    }
}
