use crate::fixtures_dir;
use duban_import::{ImportError, Options, parse};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Every fixture plus the bundled sample, as mutation seeds (read once).
fn corpus() -> &'static [Vec<u8>] {
    static CORPUS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut out: Vec<Vec<u8>> = std::fs::read_dir(fixtures_dir())
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && !p.ends_with("README.md"))
            .filter_map(|p| std::fs::read(p).ok())
            .collect();
        out.push(std::fs::read(crate::repo_root().join("samples/shandong-ip-division-table.txt")).expect("sample"));
        out
    })
}

/// A plan or a clear refusal; a panic shows up as `Internal`.
fn never_panics(bytes: &[u8]) -> Result<(), TestCaseError> {
    match parse(bytes, &Options::default()) {
        Err(ImportError::Internal(msg)) => Err(TestCaseError::fail(format!("importer panicked: {msg}"))),
        _ => Ok(()),
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    SwapLines(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let fragments = prop::sample::select(vec![
        "\t".as_bytes().to_vec(),
        "（一）".as_bytes().to_vec(),
        "一、".as_bytes().to_vec(),
        "1. ".as_bytes().to_vec(),
        "牵头，".as_bytes().to_vec(),
        "负责 ".as_bytes().to_vec(),
        "<td rowspan=\"9999\">".as_bytes().to_vec(),
        "</p>".as_bytes().to_vec(),
        "（".as_bytes().to_vec(),
        "\n".as_bytes().to_vec(),
        "牵头单位：".as_bytes().to_vec(),
        vec![0xE4, 0xB8],
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), fragments).prop_map(|(i, f)| Mutation::Insert(i, f)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(mut doc: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        if doc.is_empty() {
            break;
        }
        let len = doc.len();
        match m {
            Mutation::Flip(i, b) => doc[i % len] ^= b,
            Mutation::Delete(i, n) => {
                let at = i % len;
                let end = (at + n).min(len);
                doc.drain(at..end);
            }
            Mutation::Insert(i, f) => {
                let at = i % (len + 1);
                doc.splice(at..at, f.iter().copied());
            }
            Mutation::SwapLines(a, b) => {
                let mut lines: Vec<Vec<u8>> = doc.split(|&c| c == b'\n').map(|l| l.to_vec()).collect();
                let n = lines.len();
                lines.swap(a % n, b % n);
                doc = lines.join(&b'\n');
            }
            Mutation::Truncate(i) => doc.truncate(i % len),
        }
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        never_panics(&bytes)?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[一二三（）()1-9.、，,牵头负责参加配合省局厅 \t\n<>/p①②；：:年月底前]{0,400}") {
        never_panics(text.as_bytes())?;
    }

    #[test]
    fn mutated_fixtures_never_panic(pick in any::<prop::sample::Index>(), muts in prop::collection::vec(mutation(), 1..12)) {
        let docs = corpus();
        let doc = docs[pick.index(docs.len())].clone();
        never_panics(&apply(doc, &muts))?;
    }
}
