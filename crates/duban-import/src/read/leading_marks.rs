//! Tables copied with each cell's mark at the start of its line: a cell
//! opens with `| `, a line holding only `|` closes the row, and the first
//! cell of a row has no mark (it follows the closing `|` of the row above).
//! A cell may run over several lines without marks: a merged cell printed
//! one character or two per line (`市\n监\n察\n局`), a wrapped sentence.
//!
//! ```text
//! 牵头单位
//! | 工作任务
//! | 责任单位
//! |
//! 市\n交通局
//! | 新辟公交线路10条
//! | 市公安局、各区
//! |
//! 优化公交站点50个          <- merged cells above: the lead and the units
//! |
//! ```
//!
//! Rows are explicit, but a row printed under merged cells lacks them: its
//! cells are placed in the columns by their kinds, as the one-cell-per-line
//! reader places lines ([`super::cell_lines`]), the missing ones taken from
//! the row above and marked `spanned`.

use super::cell_lines::{Alignment, cells_of, header_word, kind_of, names_a_table};
use super::{Cell, Row};
use crate::clean::{Column, compact};

/// A line holding only the closing mark of a row.
fn closes_row(row: &Row) -> bool {
    !row.tabular && row.cells.len() == 1 && row.cells[0].text.trim() == "|"
}

/// A line opened by a cell mark: the reader made it a one-cell table row.
fn opens_cell(row: &Row) -> Option<&str> {
    (row.tabular && row.cells.len() == 1).then(|| row.cells[0].text.trim()).filter(|t| !t.is_empty())
}

/// A line without marks: a row's first cell, or a cell's next line.
fn plain(row: &Row) -> Option<&str> {
    (!row.tabular && row.cells.len() == 1 && !closes_row(row)).then(|| row.cells[0].text.trim())
}

/// One row's cells from `k` up to its closing mark: (first line, text) per
/// cell, and the index after the mark. `None` when the rows from `k` are
/// not such a row (another kind of line, or no closing mark within reach).
fn marked_row(rows: &[Row], k: usize, width: usize) -> Option<(Vec<(usize, String)>, usize)> {
    let mut cells: Vec<(usize, String)> = Vec::new();
    let mut i = k;
    while let Some(row) = rows.get(i) {
        if closes_row(row) {
            return (!cells.is_empty()).then_some((cells, i + 1));
        }
        if let Some(text) = opens_cell(row) {
            cells.push((row.line, text.to_string()));
        } else if let Some(text) = plain(row) {
            match cells.last_mut() {
                // A cell printed over several lines: Chinese joins without a space.
                Some((_, cell)) => cell.push_str(text),
                None => cells.push((row.line, text.to_string())),
            }
        } else {
            return None;
        }
        if cells.len() > width || i - k > width * 8 {
            return None;
        }
        i += 1;
    }
    // The excerpt ends inside the last row.
    (cells.len() >= 2).then_some((cells, i))
}

/// The header's columns: a row of at least three header words naming a
/// text column and a departments column.
fn header(cells: &[(usize, String)]) -> Option<Vec<Column>> {
    let columns: Vec<Column> =
        cells.iter().enumerate().map(|(k, (_, t))| header_word(&compact(t), k > 0)).collect::<Option<_>>()?;
    names_a_table(&columns).then_some(columns)
}

/// Rebuilds tables whose cells open with a mark; other rows pass through.
pub fn rebuild(rows: Vec<Row>) -> Vec<Row> {
    // Cheap rejection: the layout needs closing marks.
    if rows.iter().filter(|r| closes_row(r)).count() < 3 {
        return rows;
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut i = 0;
    while i < rows.len() {
        // The header's first cell is one line: prose before it is not part of it.
        let one_line = rows.get(i + 1).and_then(opens_cell).is_some();
        let found = one_line
            .then(|| marked_row(&rows, i, 12))
            .flatten()
            .and_then(|(cells, next)| header(&cells).map(|c| (cells, c, next)));
        let Some((head, columns, mut next)) = found else {
            out.push(rows[i].clone());
            i += 1;
            continue;
        };
        let line = rows[i].line;
        out.push(Row {
            line,
            cells: head
                .into_iter()
                .enumerate()
                .map(|(col, (_, t))| Cell { text: compact(&t), col, spanned: false })
                .collect(),
            tabular: true,
        });
        let mut previous: Vec<Option<String>> = vec![None; columns.len()];
        while let Some((cells, after)) = marked_row(&rows, next, columns.len()) {
            let lines: Vec<(usize, &str)> = cells.iter().map(|(l, t)| (*l, t.as_str())).collect();
            // A full row is placed as printed; a shorter one by its cells' kinds.
            let taken = if lines.len() == columns.len() {
                (0..lines.len()).map(|k| (k, 1)).collect()
            } else {
                let kinds: Vec<_> = lines.iter().map(|(_, t)| kind_of(t)).collect();
                match Alignment::new(&kinds, &columns, |j| previous[j].is_some(), false, 0).of(kinds.len()) {
                    Some((_, taken)) => taken,
                    None => break,
                }
            };
            out.push(Row { line: lines[0].0, cells: cells_of(&lines, taken, &columns, &mut previous), tabular: true });
            next = after;
        }
        i = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read_text, texts};

    #[test]
    fn marked_cells_with_merged_cells_printed_once() {
        let doc = "附件\n牵头部门\n| 重 点 任 务\n| 配 合 单 位\n|\n县\n教育\n局\n| 新建幼儿园3所\n| 县住建局、各乡镇\n|\n改造薄弱学校5所\n| 县财政局\n|\n招聘教师120名\n|\n";
        let rows = rebuild(read_text(doc, false));
        let t = texts(&rows);
        assert_eq!(t[0], vec!["附件"]);
        assert_eq!(t[1], vec!["牵头部门", "重点任务", "配合单位"]);
        assert_eq!(t[2], vec!["县教育局", "新建幼儿园3所", "县住建局、各乡镇"]);
        assert_eq!(t[3], vec!["县教育局", "改造薄弱学校5所", "县财政局"]);
        assert!(rows[3].cells[0].spanned && !rows[3].cells[2].spanned);
        assert_eq!(t[4], vec!["县教育局", "招聘教师120名", "县财政局"]);
        assert!(rows[4].cells[2].spanned);
    }

    #[test]
    fn other_text_passes_through() {
        let doc = "一、总体要求\n|\n坚持问题导向\n|\n| 单独一格\n|\n";
        let rows = read_text(doc, false);
        assert_eq!(rebuild(rows.clone()), rows);
    }
}
