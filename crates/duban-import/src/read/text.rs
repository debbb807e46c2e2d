//! Plain text and Markdown: a line is a row; tabs (or `|` pipes in
//! Markdown, or wide runs of spaces left by PDF layout extraction) separate
//! cells. HTML fragments pasted along with the text become block breaks.

use super::{Cell, Row, grid};
use crate::clean::strip_fragments;

/// Reads text or Markdown (`markdown` strips `#`, `**`, list bullets and
/// reads pipe tables).
pub fn read_text(text: &str, markdown: bool) -> Vec<Row> {
    let mut rows = Vec::new();
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    let mut idx = 0;
    while idx < lines.len() {
        let line = idx + 1;
        let raw = lines[idx];
        idx += 1;
        if raw.trim().is_empty() {
            continue;
        }
        // A table drawn with rules (`┌─┬─┐`, `+--+`) is read as a grid.
        if raw.trim_start().starts_with(is_grid_start)
            && let Some((grid_rows, taken)) = grid::read(&lines[idx - 1..], line)
        {
            rows.extend(grid_rows);
            idx += taken - 1;
            continue;
        }
        let trimmed = raw.trim();
        if trimmed.starts_with('|') && trimmed.len() > 1 {
            if is_pipe_separator(trimmed) {
                continue;
            }
            let inner = trimmed.trim_start_matches('|');
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            rows.push(table_row(line, inner.split('|'), markdown));
            continue;
        }
        // `类别 | 事项 | 责任单位 |`: cells kept apart by pipes, the line
        // not opened by one (a table copied out of a page as text).
        if is_inline_pipe_row(trimmed) {
            let inner = trimmed.strip_suffix('|').unwrap_or(trimmed);
            rows.push(table_row(line, inner.split('|'), markdown));
            continue;
        }
        if raw.contains('\t') {
            rows.push(table_row(line, raw.split('\t'), markdown));
            continue;
        }
        let columns = split_wide_spaces(trimmed);
        if columns.len() > 1 {
            rows.push(table_row(line, columns.into_iter(), markdown));
            continue;
        }
        // `法规科牵头，相关科室配合。 |`: a cell printed on a line of its own
        // keeps its mark; the mark is no text.
        let trimmed = match trimmed.strip_suffix('|') {
            Some(rest) if !rest.contains('|') && !rest.trim().is_empty() => rest.trim_end(),
            _ => trimmed,
        };
        rows.push(Row::paragraph(line, cell_text(trimmed, markdown)));
    }
    rows
}

/// The first character of a drawn grid's line: a box-drawing character or
/// an ASCII grid's `+` or `|` (the grid reader checks that rules are drawn).
fn is_grid_start(c: char) -> bool {
    matches!(c, '+' | '|' | '\u{2500}'..='\u{257F}')
}

/// A table row from its cells' raw texts, in column order.
fn table_row<'a>(line: usize, cells: impl Iterator<Item = &'a str>, markdown: bool) -> Row {
    let cells = cells.enumerate().map(|(col, c)| Cell { text: cell_text(c, markdown), col, spanned: false }).collect();
    Row { line, cells, tabular: true }
}

/// A row of cells separated by ` | ` without a leading pipe: at least two
/// pipes, each with a cell on its left.
fn is_inline_pipe_row(s: &str) -> bool {
    // Cheap rejection first: this runs on every line of plain text.
    if s.bytes().filter(|&b| b == b'|').count() < 2 {
        return false;
    }
    let inner = s.strip_suffix('|').unwrap_or(s);
    inner.split('|').filter(|c| !c.trim().is_empty()).count() >= 3
}

fn is_pipe_separator(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t')) && s.contains('-')
}

/// Marks a reprint puts where a page of the document continues
/// (`[接上页]`): no part of the text.
const CONTINUED: &[&str] =
    &["[接上页]", "［接上页］", "【接上页】", "（接上页）", "(接上页)", "[續上頁]", "（续上页）"];

fn cell_text(raw: &str, markdown: bool) -> String {
    let raw = raw.trim();
    let raw = CONTINUED.iter().find_map(|m| raw.strip_prefix(m)).unwrap_or(raw);
    let mut s = strip_fragments(raw.trim());
    if markdown {
        let t = s.trim_start();
        let t = t.trim_start_matches('#').trim_start();
        let t = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")).or_else(|| t.strip_prefix("> ")).unwrap_or(t);
        s = t.replace("**", "").replace("__", "").replace("<br>", "\n");
    }
    s
}

/// `pdftotext -layout` keeps columns apart with runs of spaces: three or more
/// ASCII spaces, or two or more ideographic spaces, separate cells.
fn split_wide_spaces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut run_start = None;
    let mut run_weight = 0;
    for (i, c) in s.char_indices() {
        let w = match c {
            ' ' => 1,
            '\u{3000}' => 2,
            _ => 0,
        };
        if w > 0 {
            if run_start.is_none() {
                run_start = Some(i);
                run_weight = 0;
            }
            run_weight += w;
        } else {
            if let Some(rs) = run_start.take()
                && run_weight >= 3
            {
                out.push(&s[start..rs]);
                start = i;
            }
        }
    }
    out.push(&s[start..]);
    out.into_iter().filter(|c| !c.trim().is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_pipes_and_paragraphs() {
        let rows = read_text(
            "标题\n\n一、总体\t(一) 任务\t1. 措施\t市财政局负责\n| 序号 | 任务 |\n|---|---|\n| 1 | 做事 |",
            true,
        );
        assert_eq!(rows.len(), 4);
        assert!(!rows[0].tabular);
        assert_eq!(rows[1].cells.len(), 4);
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[2].cells[0].text, "序号");
        assert_eq!(rows[3].cells[1].text, "做事");
    }

    #[test]
    fn layout_columns() {
        assert_eq!(split_wide_spaces("1. 建立机制    省财政厅负责"), vec!["1. 建立机制", "省财政厅负责"]);
        assert_eq!(split_wide_spaces("产品 and 衍生品").len(), 1);
    }
}
