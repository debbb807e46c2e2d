use crate::{round_trips, shape};
use duban_import::{Options, parse};
use std::path::Path;

fn documents() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut docs: Vec<_> = std::fs::read_dir(root.join("crates/duban-import/tests/fixtures"))
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && !p.ends_with("README.md"))
        .collect();
    docs.sort();
    docs.push(root.join("samples/shandong-ip-division-table.txt"));
    docs
}

#[test]
fn every_fixture_survives_export_and_import() {
    for doc in documents() {
        let bytes = std::fs::read(&doc).unwrap();
        let options =
            Options { file_name: doc.file_name().map(|n| n.to_string_lossy().into_owned()), ..Options::default() };
        let original = parse(&bytes, &options).unwrap();
        for (kind, back) in round_trips(&original.plan) {
            assert_eq!(back.plan.title, original.plan.title, "{} via {kind}: title", doc.display());
            assert_eq!(shape(&back.plan.items), shape(&original.plan.items), "{} via {kind}", doc.display());
        }
    }
}

#[test]
fn the_sample_as_xlsx_and_docx_imports_like_the_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = parse(&std::fs::read(root.join("samples/shandong-ip-division-table.txt")).unwrap(), &Options::default())
        .unwrap();
    for (kind, back) in round_trips(&text.plan) {
        assert_eq!(back.plan.leaves().len(), 54, "{kind}");
        assert_eq!(back.plan.items.len(), 5, "{kind}");
        // The exported table is clean: nothing left to doubt but the
        // measure that has no department and the unknown spelling.
        let codes: Vec<_> = back.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert!(!codes.contains(&"item-moved") && !codes.contains(&"phrase-count-mismatch"), "{kind}: {codes:?}");
    }
}
