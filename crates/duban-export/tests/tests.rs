//! The exporter's one integration-test binary.

// Every fixture and the sample: export, import again, same plan.
mod round_trip;
// proptest: generated plans round-trip; mutated archives never panic.
mod properties;
// Zip bombs, truncated and encrypted files, deep XML, huge sheets.
mod hostile;
// The exports open in LibreOffice; the first page is kept as a PNG.
mod libreoffice;

use duban_core::{Item, Parsed, Plan};
use duban_export::{Layout, write_csv, write_docx, write_xlsx};
use duban_import::{Options, parse};

/// What must survive a round trip: the tree, the assignments (as sets per
/// role), deadlines and notes.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    number: Option<String>,
    text: String,
    assignments: Vec<(String, String)>,
    deadline: Option<String>,
    note: Option<String>,
    children: Vec<Shape>,
}

pub fn shape(items: &[Item]) -> Vec<Shape> {
    items
        .iter()
        .map(|i| {
            let mut assignments: Vec<(String, String)> =
                i.assignments.iter().map(|a| (a.role.as_str().to_string(), a.as_written.to_string())).collect();
            assignments.sort();
            Shape {
                number: i.number.clone(),
                text: i.text.clone(),
                assignments,
                deadline: i.deadline.as_ref().map(|d| d.as_written.clone()),
                note: i.note.clone(),
                children: shape(&i.children),
            }
        })
        .collect()
}

/// The three exports of a plan, each parsed back.
pub fn round_trips(plan: &Plan) -> Vec<(&'static str, Parsed)> {
    let layout = Layout::of(plan);
    let files: Vec<(&'static str, &'static str, Vec<u8>)> = vec![
        ("xlsx", "out.xlsx", write_xlsx(&layout).expect("xlsx")),
        ("docx", "out.docx", write_docx(&layout).expect("docx")),
        ("csv", "out.csv", write_csv(&layout).expect("csv")),
    ];
    files
        .into_iter()
        .map(|(kind, name, bytes)| {
            let options = Options { file_name: Some(name.into()), ..Options::default() };
            (kind, parse(&bytes, &options).unwrap_or_else(|e| panic!("{kind} export reads back: {e}")))
        })
        .collect()
}
