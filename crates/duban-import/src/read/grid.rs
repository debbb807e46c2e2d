//! Tables drawn with rules: box-drawing characters (`┌─┬─┐ │ ├─┼─┤`), as
//! old Word documents and some PDF converters print them as text, or ASCII
//! grids (`+----+----+`, `| .. | .. |`).
//!
//! A cell runs over as many lines as its text was wrapped into and ends at
//! the rule drawn under it in its own column; a rule drawn in one column
//! only (`├────┤ │ … │`) ends that column's cell while the others run on,
//! which is how a merged cell looks. Rows are then taken from the column
//! cut into the most cells (the measures), each bullet or number inside one
//! of its cells (`△`, `1.`) starting a row of its own, and every other
//! column gives each row the cell beside the row's first line, marked
//! `spanned` after its first row as the HTML reader marks `rowspan`.

use super::{Cell, Row};

/// A character that draws a column's border or a junction of rules.
fn is_vertical(c: char) -> bool {
    matches!(c, '|' | '+') || (('\u{2500}'..='\u{257F}').contains(&c) && !is_horizontal(c))
}

fn is_horizontal(c: char) -> bool {
    matches!(c, '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' | '═' | '╴' | '╶' | '╸' | '╺' | '╼' | '╾')
}

/// A line of a grid: it opens with a border or junction, and the grid has
/// drawn rules (a box-drawing character, or ASCII `+-`).
fn is_grid_line(line: &str) -> bool {
    line.trim_start().chars().next().is_some_and(is_vertical)
}

fn is_drawn_rule(line: &str) -> bool {
    let t = line.trim();
    t.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c))
        || (t.starts_with('+') && (t.contains("-+") || t.contains("=+")))
}

/// A segment between two borders: a rule closes the cell above it.
enum Segment<'a> {
    Rule,
    Text(&'a str),
}

fn segments(line: &str) -> Vec<Segment<'_>> {
    let t = line.trim();
    let inner = t.strip_prefix(is_vertical).unwrap_or(t);
    let inner = inner.strip_suffix(is_vertical).unwrap_or(inner);
    inner
        .split(is_vertical)
        .map(|s| {
            let body = s.trim();
            let drawn = body.chars().any(is_horizontal);
            let ascii = body.chars().filter(|c| matches!(c, '-' | '=')).count() >= 3;
            if !body.is_empty()
                && (drawn || ascii)
                && body.chars().all(|c| is_horizontal(c) || matches!(c, '-' | '=' | ':' | ' '))
            {
                Segment::Rule
            } else {
                Segment::Text(body)
            }
        })
        .collect()
}

/// A cell of the grid: its column, its first and last line (indices into
/// the grid's lines) and its text, line by line.
struct GridCell {
    col: usize,
    first: usize,
    last: usize,
    lines: Vec<(usize, String)>,
}

/// The rows of the grid that starts at `lines[0]` (1-based source line
/// `first_line`), with how many lines it took; `None` when the lines are no
/// grid (no rule drawn, fewer than two columns).
pub fn read(lines: &[&str], first_line: usize) -> Option<(Vec<Row>, usize)> {
    let len = lines.iter().take_while(|l| is_grid_line(l)).count();
    let block = &lines[..len];
    if len < 3 || !block.iter().any(|l| is_drawn_rule(l)) {
        return None;
    }
    let width = block.iter().map(|l| segments(l).len()).max().unwrap_or(0);
    if width < 2 {
        return None;
    }
    let mut cells: Vec<GridCell> = Vec::new();
    let mut open: Vec<Option<GridCell>> = (0..width).map(|_| None).collect();
    for (i, line) in block.iter().enumerate() {
        let segs = segments(line);
        // A line drawn across every column (the top or the bottom border,
        // or a full rule) closes every cell, even when its junctions differ.
        let full_rule = segs.iter().all(|s| matches!(s, Segment::Rule));
        for (col, slot) in open.iter_mut().enumerate() {
            match segs.get(col) {
                Some(Segment::Text(t)) if !full_rule => {
                    if !t.is_empty() {
                        let cell = slot.get_or_insert_with(|| GridCell { col, first: i, last: i, lines: Vec::new() });
                        cell.last = i;
                        cell.lines.push((i, t.to_string()));
                    }
                }
                Some(Segment::Text(_)) | None => {
                    if full_rule && let Some(c) = slot.take() {
                        cells.push(c);
                    }
                }
                Some(Segment::Rule) => {
                    if let Some(mut c) = slot.take() {
                        c.last = i;
                        cells.push(c);
                    }
                }
            }
        }
    }
    cells.extend(open.into_iter().flatten());
    if cells.is_empty() {
        return None;
    }
    let primary = (0..width).max_by_key(|&col| (cells.iter().filter(|c| c.col == col).count(), usize::MAX - col))?;
    let mut entries: Vec<(usize, Vec<Cell>)> = Vec::new();
    let mut used = vec![false; cells.len()];
    for cell in cells.iter().filter(|c| c.col == primary) {
        for (start, text) in blocks(&cell.lines) {
            let mut row_cells = vec![Cell { text, col: primary, spanned: false }];
            for (k, other) in cells.iter().enumerate() {
                if other.col != primary && other.first <= start && start <= other.last {
                    row_cells.push(Cell {
                        text: join(other.lines.iter().map(|(_, t)| t.as_str())),
                        col: other.col,
                        spanned: used[k],
                    });
                    used[k] = true;
                }
            }
            entries.push((start, row_cells));
        }
    }
    entries.sort_by_key(|(start, _)| *start);
    // A cell beside no row's first line (it begins inside a measure's cell)
    // belongs to the row it begins beside.
    for (k, other) in cells.iter().enumerate() {
        if used[k] || other.col == primary {
            continue;
        }
        let Some((_, row_cells)) = entries.iter_mut().rev().find(|(start, _)| *start <= other.first) else { continue };
        let text = join(other.lines.iter().map(|(_, t)| t.as_str()));
        match row_cells.iter_mut().find(|c| c.col == other.col) {
            Some(c) => {
                c.text.push('\n');
                c.text.push_str(&text);
            }
            None => row_cells.push(Cell { text, col: other.col, spanned: false }),
        }
    }
    let rows = entries
        .into_iter()
        .map(|(start, mut row_cells)| {
            row_cells.sort_by_key(|c| c.col);
            Row { line: first_line + start, cells: row_cells, tabular: true }
        })
        .collect();
    Some((rows, len))
}

/// A bullet or a number opening a line starts a new block of a cell.
fn opens_block(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else { return false };
    if crate::numbering::is_bullet(first) {
        return true;
    }
    let digits: String = line.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && digits.len() <= 2 {
        let after = line[digits.len()..].chars().next();
        return matches!(after, Some('.' | '．' | '、' | ')' | '）'))
            && !line[digits.len() + 1..].starts_with(|c: char| c.is_ascii_digit());
    }
    matches!(first, '（' | '(')
        && line.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
}

/// The blocks of a cell: (first line, text), a new one at each opening
/// bullet or number.
fn blocks(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
    for (i, text) in lines {
        match out.last_mut() {
            Some((_, parts)) if !opens_block(text) => parts.push(text),
            _ => out.push((*i, vec![text])),
        }
    }
    out.into_iter().map(|(i, parts)| (i, join(parts.into_iter()))).collect()
}

/// The lines of a wrapped cell joined back: without a space, except between
/// two Latin words. A header spaced out letter by letter (`工 作 任 务`)
/// is left for the header reader, which knows spaced words.
fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts {
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if latin(out.chars().last()) && latin(p.chars().next()) {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(text: &str) -> Vec<Row> {
        let lines: Vec<&str> = text.lines().collect();
        read(&lines, 1).expect("a grid").0
    }

    fn texts(row: &Row) -> Vec<(usize, &str, bool)> {
        row.cells.iter().map(|c| (c.col, c.text.as_str(), c.spanned)).collect()
    }

    #[test]
    fn wrapped_cells_end_at_their_column_rule() {
        let rows = grid(
            "┌──────────┬──────┬────┐\n\
             │ 任  务   │责任单│时限│\n\
             │          │  位  │    │\n\
             ├──────────┼──────┼────┤\n\
             │修缮老旧校│县教体│年底│\n\
             │舍        │局、县│    │\n\
             ├──────────┤住建局│    │\n\
             │▲新建幼儿园│      │    │\n\
             │▲改造操场  ├──────┤    │\n\
             │          │县财政│    │\n\
             └──────────┴──────┴────┘",
        );
        assert_eq!(rows.len(), 4);
        assert_eq!(texts(&rows[0]), vec![(0, "任  务", false), (1, "责任单位", false), (2, "时限", false)]);
        assert_eq!(
            texts(&rows[1]),
            vec![(0, "修缮老旧校舍", false), (1, "县教体局、县住建局", false), (2, "年底", false)]
        );
        assert_eq!(
            texts(&rows[2]),
            vec![(0, "▲新建幼儿园", false), (1, "县教体局、县住建局", true), (2, "年底", true)]
        );
        // 县财政 begins inside 改造操场's lines: it joins that row's cell.
        assert_eq!(
            texts(&rows[3]),
            vec![(0, "▲改造操场", false), (1, "县教体局、县住建局\n县财政", true), (2, "年底", true)]
        );
    }

    #[test]
    fn ascii_grids_and_no_grids() {
        let rows =
            grid("+----+----------+\n| 1  | 做好巡查 |\n+----+----------+\n| 2  | 整改销号 |\n+----+----------+");
        assert_eq!(rows.len(), 2);
        assert_eq!(texts(&rows[1]), vec![(0, "2", false), (1, "整改销号", false)]);
        let quoted: Vec<&str> = "| a | b |\n| c | d |\n| e | f |".lines().collect();
        assert!(read(&quoted, 1).is_none(), "pipes without drawn rules are Markdown's");
    }
}
