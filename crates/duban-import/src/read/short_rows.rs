//! Text tables (pipes, tabs) whose rows leave out the cells merged with the
//! row above. A page's `rowspan` cell is printed once, on its first row;
//! copied as text, the rows below it have one cell fewer, and what is left
//! slides left under the wrong headers:
//!
//! ```text
//! 序号 | 项目内容 | 工作计划 | 牵头单位 | 落实情况 |
//! 1 | 新建公厕12座。 | 4月：选址。 | 县城管局 | 已完成选址。 |
//! 2 | 改造农贸市场3个。 | 4月：设计。 | 已完成设计。 | |     <- 牵头单位 merged
//! 新增停车位300个。 | 已完成80%。 | ||                     <- 序号 and units merged
//! ```
//!
//! A row that is short of the header, or whose cells do not fit their
//! columns while its last cells are empty, is laid out again by its cells'
//! kinds (as the one-cell-per-line reader lays out lines); the columns it
//! leaves out take the row above's cell, marked `spanned` as the HTML
//! reader marks a `rowspan`. Rows that fit as printed are left alone.

use super::cell_lines::{Alignment, Kind, expected, fit_score, header_word, kind_of, names_a_table};
use super::{Cell, Row};
use crate::clean::{Column, compact};
use crate::phrase::{has_role_word, looks_like_org, parse_phrase};

/// The columns of a header row: every cell a header word, at least three,
/// a text column and a departments column among them.
fn header(row: &Row) -> Option<Vec<Column>> {
    // An empty header cell is a header merged over columns: another layout.
    if !row.tabular || row.cells.len() < 3 || row.cells.iter().any(|c| c.text.trim().is_empty()) {
        return None;
    }
    let columns: Vec<Column> =
        row.cells.iter().enumerate().map(|(k, c)| header_word(&compact(&c.text), k > 0)).collect::<Option<_>>()?;
    names_a_table(&columns).then_some(columns)
}

/// The cells of a line's pipes (`a | b |`, `| c |`), whether the reader took
/// it for a table row or not.
fn pipe_pieces(row: &Row) -> Vec<String> {
    if row.tabular {
        return row.cells.iter().map(|c| c.text.trim().to_string()).filter(|t| !t.is_empty()).collect();
    }
    match row.cells.as_slice() {
        [cell] if cell.text.contains('|') => {
            cell.text.split('|').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect()
        }
        _ => Vec::new(),
    }
}

/// Two lines that together are a header row: each of pipes, every piece a
/// header word.
fn header_over_two_lines(first: &Row, second: &Row) -> Option<Row> {
    let (a, b) = (pipe_pieces(first), pipe_pieces(second));
    if a.is_empty() || b.is_empty() || a.len() + b.len() < 3 || header(first).is_some() {
        return None;
    }
    let cells: Vec<Cell> =
        a.into_iter().chain(b).enumerate().map(|(col, text)| Cell { text, col, spanned: false }).collect();
    let row = Row { line: first.line, cells, tabular: true };
    header(&row).map(|_| row)
}

/// Whether a cell's text can stand in a column as printed: a sentence is
/// no departments cell or deadline, though alignment lets them take one.
fn fits(text: &str, column: Column) -> bool {
    let (kind, want) = (kind_of(text), expected(column));
    // A long list with its roles (`A、B牵头，C、D…参加`) is a departments cell.
    if want == Kind::Departments && names_bodies(text) {
        return true;
    }
    fit_score(kind, want).is_some() && !(kind == Kind::Text && matches!(want, Kind::Departments | Kind::Deadline))
}

/// Every name of the text a body, with a role word among them.
fn names_bodies(text: &str) -> bool {
    let p = parse_phrase(text, None, 0);
    has_role_word(text) && !p.names.is_empty() && p.names.iter().all(|n| looks_like_org(&n.name))
}

/// The row laid out again when its cells slid left; `None` when it fits
/// as printed (or cannot be laid out).
fn realigned(row: &Row, columns: &[Column], previous: &mut [Option<String>]) -> Option<Vec<Cell>> {
    let width = columns.len();
    if row.cells.len() > width || row.cells.iter().any(|c| c.spanned) {
        return None;
    }
    let filled: Vec<(usize, &str)> =
        row.cells.iter().map(|c| (c.col, c.text.trim())).filter(|(_, t)| !t.is_empty()).collect();
    // Cells of several blocks (`<p>` fragments) are read block by block later.
    if filled.is_empty() || filled.iter().any(|(_, t)| t.contains('\n')) {
        return None;
    }
    let short = row.cells.len() < width;
    let trailing_empty = row.cells.last().is_some_and(|c| c.text.trim().is_empty());
    let misfit = filled.iter().any(|(col, t)| *col >= width || !fits(t, columns[*col]));
    if !(short || misfit && trailing_empty) {
        return None;
    }
    let kinds: Vec<Kind> =
        filled.iter().map(|(_, t)| if names_bodies(t) { Kind::Departments } else { kind_of(t) }).collect();
    // Each cell is one piece: no column takes two of them.
    let (_, taken) = Alignment::new(&kinds, columns, |j| previous[j].is_some(), false, 0).of(kinds.len())?;
    if taken.iter().any(|(_, m)| *m > 1) {
        return None;
    }
    let mut cells = Vec::new();
    for (col, (start, m)) in taken.into_iter().enumerate() {
        if m == 1 {
            cells.push(Cell { text: filled[start].1.to_string(), col, spanned: false });
        } else if let Some(above) = previous[col].clone() {
            cells.push(Cell { text: above, col, spanned: true });
        }
    }
    Some(cells)
}

/// Lays out again the rows of text tables that left merged cells out;
/// other rows pass through.
pub fn rebuild(rows: Vec<Row>) -> Vec<Row> {
    let mut out = Vec::with_capacity(rows.len());
    let mut table: Option<(Vec<Column>, Vec<Option<String>>)> = None;
    let mut rows = rows.into_iter().peekable();
    while let Some(mut row) = rows.next() {
        // A header broken over two lines (`工作任务 | 具体要求` / `| 责任单位 |`).
        if table.is_none()
            && let Some(next) = rows.peek()
            && let Some(joined) = header_over_two_lines(&row, next)
        {
            rows.next();
            row = joined;
        }
        if let Some(columns) = header(&row) {
            let width = columns.len();
            table = Some((columns, vec![None; width]));
            out.push(row);
            continue;
        }
        // Inside the table a line with two cells left (`新增停车位300个。 | 已完成80%。 | ||`)
        // is a row too, though too few cells to be read as one alone.
        if !row.tabular && table.is_some() && row.cells.len() == 1 && row.cells[0].text.matches('|').count() >= 2 {
            let text = std::mem::take(&mut row.cells[0].text);
            let inner = text.trim().trim_start_matches('|');
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            row.cells = inner
                .split('|')
                .enumerate()
                .map(|(col, t)| Cell { text: t.trim().to_string(), col, spanned: false })
                .collect();
            row.tabular = true;
        }
        if row.tabular
            && let Some((columns, previous)) = table.as_mut()
        {
            if let Some(cells) = realigned(&row, columns, previous) {
                row.cells = cells;
            }
            for c in row.cells.iter().filter(|c| !c.spanned && !c.text.trim().is_empty()) {
                if let Some(slot) = previous.get_mut(c.col) {
                    *slot = Some(c.text.trim().to_string());
                }
            }
        }
        out.push(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::read_text;

    fn texts(rows: &[Row]) -> Vec<Vec<(usize, String, bool)>> {
        rows.iter().map(|r| r.cells.iter().map(|c| (c.col, c.text.clone(), c.spanned)).collect()).collect()
    }

    #[test]
    fn rows_that_left_merged_cells_out() {
        let doc = "序号 | 项目内容 | 工作计划 | 牵头单位 | 落实情况 |\n\
                   1 | 新建公厕12座。 | 4月：选址。 | 县城管局 | 已完成选址。 |\n\
                   2 | 改造农贸市场3个。 | 4月：设计。 | 已完成设计。 | |\n\
                   新增停车位300个。 | 已完成80%。 | ||\n";
        let rows = rebuild(read_text(doc, false));
        let t = texts(&rows);
        assert_eq!(t[2][3], (3, "县城管局".to_string(), true));
        assert_eq!(t[2][4], (4, "已完成设计。".to_string(), false));
        assert_eq!(t[3][1], (1, "新增停车位300个。".to_string(), false));
        assert_eq!(t[3].iter().find(|c| c.0 == 3), Some(&(3, "县城管局".to_string(), true)));
    }

    #[test]
    fn rows_that_fit_stay() {
        let doc = "序号 | 重点任务 | 责任单位 | 完成时限 |\n1 | 建成污水管网5公里 | 县住建局 | 6月底 |\n2 | 新增绿地3万平方米 | 县林业局 | |\n";
        let rows = read_text(doc, false);
        assert_eq!(rebuild(rows.clone()), rows);
    }
}
