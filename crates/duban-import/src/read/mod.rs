//! Readers: one per input format, each turning decoded text into [`Row`]s of
//! [`Cell`]s with their source lines. Readers know layouts (tabs, pipes,
//! `<td rowspan>`), never the plan: recovery works on rows alone, so a new
//! format (DOCX, XLSX) only needs a new reader.

mod cell_lines;
mod csv;
mod data;
mod docx;
mod glued_numbers;
mod grid;
mod html;
mod leading_marks;
mod literal;
mod office;
mod pdf;
mod run_on;
mod short_rows;
mod spaced_cells;
mod text;
mod workbook;

pub use csv::{looks_like_csv, read_csv};
pub use data::read_data;
pub use docx::read_docx;
pub use html::read_html;
pub use office::{has, open};
pub use pdf::pdf_text;
pub use text::read_text;

/// Plain text: lines, then the tables that lost their cell boundaries
/// (single spaces, one cell per line, cells run together) rebuilt into rows.
pub fn read_plain_text(text: &str) -> Vec<Row> {
    let rows = glued_numbers::rebuild(read_text(text, false));
    let rows = spaced_cells::rebuild(short_rows::rebuild(rows));
    run_on::rebuild(cell_lines::rebuild(leading_marks::rebuild(rows)))
}
pub use workbook::read_workbook;

/// One row of a table, or one paragraph of a flowing document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based source line where the row starts.
    pub line: usize,
    pub cells: Vec<Cell>,
    /// True when the row came from a table (tab-separated, pipes, `<tr>`).
    pub tabular: bool,
}

/// A cell. Text may hold `\n` where the source broke it into blocks
/// (`<p>`, `<br>`): those breaks separate measures or phrases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    /// Column index in the table grid (0 for paragraphs).
    pub col: usize,
    /// True when this is a copy of a cell merged down from an earlier row
    /// (`rowspan`): its content belongs to that row too.
    pub spanned: bool,
}

impl Row {
    pub fn paragraph(line: usize, text: String) -> Row {
        Row { line, cells: vec![Cell { text, col: 0, spanned: false }], tabular: false }
    }
}

/// The cells' texts of each row, for the readers' tests.
#[cfg(test)]
pub(crate) fn texts(rows: &[Row]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect()
}
