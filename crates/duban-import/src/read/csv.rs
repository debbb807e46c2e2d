//! CSV: comma- or tab-separated, UTF-8 (with or without BOM) or GB18030,
//! quoted fields may hold line breaks. Each record is a row numbered by the
//! line it starts on.

use super::{Cell, Row};
use crate::{ImportError, Limits};

pub fn read_csv(text: &str, limits: &Limits) -> Result<Vec<Row>, ImportError> {
    let head: Vec<&str> = text.lines().take(20).collect();
    let tabs = head.iter().filter(|l| l.contains('\t')).count();
    let delimiter = if tabs * 2 > head.len() { b'\t' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells_seen = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Corrupt(format!("CSV 解析出错：{e}")))?;
        let line = record.position().map_or(rows.len() + 1, |p| p.line() as usize);
        cells_seen += record.len();
        if cells_seen > limits.max_cells {
            return Err(ImportError::TooLarge(format!("CSV 超过 {} 个单元格", limits.max_cells)));
        }
        let cells: Vec<Cell> = record
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(col, t)| Cell { text: crate::clean::strip_fragments(t.trim()), col, spanned: false })
            .collect();
        if !cells.is_empty() {
            rows.push(Row { line, cells, tabular: true });
        }
    }
    Ok(rows)
}

/// Whether text looks like CSV: most of its first lines have the same
/// number (two or more) of commas.
pub fn looks_like_csv(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(30).collect();
    if lines.len() < 3 {
        return false;
    }
    let commas: Vec<usize> = lines.iter().map(|l| l.matches(',').count()).collect();
    let Some(&mode) = commas.iter().max_by_key(|&&c| commas.iter().filter(|&&x| x == c).count()) else {
        return false;
    };
    mode >= 2 && commas.iter().filter(|&&c| c == mode).count() * 10 >= lines.len() * 7
}
