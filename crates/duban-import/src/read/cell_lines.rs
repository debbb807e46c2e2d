//! Tables flattened one cell per line: what a web page's `<td>`s become
//! when copied as text (each cell on its own line, often with blank lines
//! between, sometimes each line ending in ` |`). The header's cells come
//! first (序号 / 民生实事 / 责任单位 / 完成时限), then each row's cells.
//!
//! Rows are rebuilt from the header's width and the kinds of the cells:
//! with a 序号 column a row starts at the next index number; a cell spread
//! over several lines (one department per line, a wrapped sentence) is
//! joined back when its lines are of one kind; a cell missing from a row
//! (a merged cell printed once for two rows) is taken from the row above,
//! marked `spanned` as the HTML reader does.

use super::{Cell, Row};
use crate::clean::{Column, column_for_header, compact};
use crate::phrase::{looks_like_org, parse_phrase};
use duban_core::Deadline;

/// The content kinds a column expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Index,
    Text,
    /// A word or two (a person's name, 是 / 否, a figure's unit): fills
    /// an unnamed column sooner than a text column.
    Short,
    /// A figure (`18.4`, `10000`, `85%`): a target's or a score's value.
    Figure,
    Departments,
    Deadline,
    Any,
}

pub(super) fn expected(column: Column) -> Kind {
    match column {
        Column::Index => Kind::Index,
        Column::Area | Column::Task | Column::Measure => Kind::Text,
        Column::Departments(_) => Kind::Departments,
        Column::Deadline => Kind::Deadline,
        Column::Note | Column::Other => Kind::Any,
    }
}

/// A line's text without a trailing ` |` cell mark.
fn cell_of(row: &Row) -> Option<&str> {
    if row.tabular || row.cells.len() != 1 {
        return None;
    }
    let t = row.cells[0].text.trim();
    let t = t.strip_suffix('|').unwrap_or(t).trim();
    (!t.is_empty()).then_some(t)
}

/// The header cell a line names, if it is one: known words, or (`lenient`)
/// a short label such as 当前进度 between known ones.
pub(super) fn header_word(text: &str, lenient: bool) -> Option<Column> {
    let word = compact(text);
    // A remark in brackets may lengthen a header word (`重点工作任务（…）`).
    let limit = if word.ends_with(['）', ')']) { 24 } else { 14 };
    if word.chars().count() > limit {
        return None;
    }
    match column_for_header(&word) {
        Some(c) => Some(c),
        None if lenient
            && word.chars().count() <= 6
            && word
                .chars()
                .all(|c| !c.is_ascii_digit() && !matches!(c, '，' | '。' | '、' | '；' | ',' | '%' | '％')) =>
        {
            Some(Column::Other)
        }
        None => None,
    }
}

/// A bare index cell: `3`, `12`, `三`, `（二）`; its value when Arabic.
fn index_value(text: &str) -> Option<Option<u32>> {
    let t = text.trim().trim_end_matches(['、', '.', '．']);
    if !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(t.parse().ok());
    }
    let inner = t.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    if !inner.is_empty() && inner.chars().count() <= 3 && inner.chars().all(|c| "一二三四五六七八九十".contains(c))
    {
        return Some(None);
    }
    None
}

/// `附件2`, `附件 3`, `附件：`: where an attachment (another table) begins.
fn is_attachment_heading(text: &str) -> bool {
    text.strip_prefix("附件").is_some_and(|rest| {
        rest.trim_matches([' ', '：', ':']).chars().all(|c| c.is_ascii_digit() || c.is_ascii_whitespace())
    })
}

/// `一、…` or `（二）…` with text: a section row printed between the rows.
fn is_section_heading(text: &str) -> bool {
    crate::numbering::marker_at_start(text).is_some_and(|m| {
        matches!(m.style, crate::numbering::Style::ChineseComma | crate::numbering::Style::ParenChinese)
            && text.len() > m.len
    })
}

pub(super) fn kind_of(text: &str) -> Kind {
    if index_value(text).is_some() {
        return Kind::Index;
    }
    let n = text.chars().count();
    if n <= 12
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_digit() || ".%％‰ ,".contains(c))
    {
        return Kind::Figure;
    }
    let datelike = n <= 12
        && text.chars().any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        && ["年", "月", "季度", "底", "旬"].iter().any(|w| text.contains(w));
    if n <= 16 && (Deadline::looks_like_deadline(text) || datelike)
        || matches!(text, "全年" | "长期" | "持续推进" | "长期坚持" | "常态化" | "年底前")
    {
        return Kind::Deadline;
    }
    if n <= 60 && !text.trim_end_matches('。').contains('。') {
        let p = parse_phrase(text, None, 0);
        let is_org = p.names.len() == 1 && looks_like_org(&p.names[0].name);
        if n <= 4 && !is_org && !text.contains(|c: char| "，。、；,.;".contains(c)) {
            return Kind::Short;
        }
        // A sentence is not a list: one "name" ending in 。 or opening with
        // a verb (`建成智慧停车平台。`) is a measure.
        let sentence = p.names.len() == 1 && text.ends_with('。')
            || p.names.iter().any(|n| crate::heading_body::opens_with_verb(&n.name));
        // `改造薄弱学校5所`: a count, not a body named …所.
        let counted = text
            .chars()
            .zip(text.chars().skip(1))
            .any(|(a, b)| a.is_ascii_digit() && "所个家座处条项名人万".contains(b));
        if !sentence && !counted && p.is_plausible() && p.names.iter().all(|n| looks_like_org(&n.name)) {
            return Kind::Departments;
        }
    }
    Kind::Text
}

fn fits(line: Kind, column: Kind) -> bool {
    column == Kind::Any || line == column || column == Kind::Text && line == Kind::Short
}

/// Rebuilds flattened tables in `rows`; other rows pass through unchanged.
pub fn rebuild(rows: Vec<Row>) -> Vec<Row> {
    // Lines that are only cell marks (`|`, `||||`) separate cells printed
    // on lines of their own.
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| !r.cells.iter().all(|c| c.text.trim().chars().all(|c| c == '|' || c == ' ')))
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    let mut i = 0;
    while i < rows.len() {
        match header_cells(&rows, i) {
            Some(cells) => {
                let mut columns: Vec<Column> = cells.iter().map(|(c, _, _)| *c).collect();
                let header_end = cells.last().map_or(i, |(_, k, n)| k + n);
                let mut texts: Vec<String> =
                    cells.iter().map(|(_, k, n)| (*k..k + n).filter_map(|r| cell_of(&rows[r])).collect()).collect();
                if let Some(p) = unnamed_index(&rows, header_end, &columns) {
                    columns.insert(p, Column::Index);
                    // Named for the rows that follow, as the table meant it.
                    texts.insert(p, "序号".to_string());
                }
                out.push(Row {
                    line: rows[i].line,
                    cells: texts
                        .into_iter()
                        .enumerate()
                        .map(|(col, text)| Cell { text, col, spanned: false })
                        .collect(),
                    tabular: true,
                });
                i = table_rows(&rows, header_end, &columns, &mut out);
            }
            None => {
                out.push(rows[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The columns of a header printed one cell per line starting at `i`: at
/// least three cells, naming a text column and a departments column.
/// The header's cells from `i`: (column, first line, lines spanned). A
/// header word broken over two lines (`牵头` / `部门`, `完成` / `时间`) is one
/// cell when the halves join into a known word.
fn header_cells(rows: &[Row], i: usize) -> Option<Vec<(Column, usize, usize)>> {
    let mut cells: Vec<(Column, usize, usize)> = Vec::new();
    let mut k = i;
    while let Some(text) = rows.get(k).and_then(cell_of) {
        let joined = rows.get(k + 1).and_then(cell_of).and_then(|next| {
            let both = format!("{}{}", compact(text), compact(next));
            let short = text.chars().count() <= 3 && next.chars().count() <= 3;
            // `市政府` / `分管领导`: whose leader, over two lines.
            let owner = ["市政府", "县政府", "区政府", "省政府", "镇政府", "政府"].contains(&compact(text).as_str());
            (short && header_word(text, false).is_none_or(|c| c == Column::Other) || owner)
                .then(|| column_for_header(&both))
                .flatten()
        });
        if let Some(c) = joined {
            cells.push((c, k, 2));
            k += 2;
            continue;
        }
        match header_word(text, !cells.is_empty()) {
            Some(c) => cells.push((c, k, 1)),
            None => break,
        }
        k += 1;
    }
    let mut columns: Vec<Column> = cells.iter().map(|(c, _, _)| *c).collect();
    if columns.is_empty() {
        return None;
    }
    // Trailing short cells that are not header words belong to the rows,
    // unless the first row's index follows them (序号 … 是否达标 | 1).
    let after = cells.last().map_or(i, |(_, k, n)| k + n);
    let row_follows = columns.first() == Some(&Column::Index)
        && rows.get(after).and_then(cell_of).is_some_and(|t| index_value(t).is_some());
    while !row_follows
        && columns.last() == Some(&Column::Other)
        && cells.last().is_some_and(|(_, k, n)| *n == 1 && !is_known_other(rows, *k))
    {
        columns.pop();
        cells.pop();
    }
    names_a_table(&columns).then_some(cells)
}

/// Whether header columns make a division table: at least three, a text
/// column and a departments column among them.
pub(super) fn names_a_table(columns: &[Column]) -> bool {
    let text = columns.iter().any(|c| matches!(c, Column::Task | Column::Measure | Column::Area));
    let departments = columns.iter().any(|c| matches!(c, Column::Departments(_)));
    columns.len() >= 3 && text && departments
}

/// Where a 序号 column stands that the header does not name (its header
/// cell merged with the next one's, `工作任务 | 具体要求` over `任务 | 1 | 要求`):
/// the rows carry bare numbers 1, 2, 3… the first after at most one line.
fn unnamed_index(rows: &[Row], from: usize, columns: &[Column]) -> Option<usize> {
    if columns.contains(&Column::Index) {
        return None;
    }
    let mut values = Vec::new();
    let mut first = None;
    for (k, text) in (from..rows.len().min(from + columns.len() * 12)).map_while(|r| cell_of(&rows[r]).map(|t| (r, t)))
    {
        if let Some(Some(v)) = index_value(text) {
            first.get_or_insert(k - from);
            values.push(v);
        }
    }
    let ascending = values.len() >= 3 && values[0] == 1 && values.windows(2).all(|w| w[1] == w[0] + 1);
    first.filter(|p| ascending && *p <= 1 && *p < columns.len())
}

fn is_known_other(rows: &[Row], k: usize) -> bool {
    cell_of(&rows[k]).and_then(|t| header_word(t, false)).is_some()
}

/// Reads the rows after a header; returns the index of the first row after
/// the table.
fn table_rows(rows: &[Row], mut i: usize, columns: &[Column], out: &mut Vec<Row>) -> usize {
    let indexed = columns.first() == Some(&Column::Index);
    let mut previous: Vec<Option<String>> = vec![None; columns.len()];
    let mut next_index = 1u32;
    let mut first_row = true;
    loop {
        // A header printed again on a new page.
        if let Some(cells) = header_cells(rows, i).filter(|c| c.len() == columns.len()) {
            i = cells.last().map_or(i + 1, |(_, k, n)| k + n);
            continue;
        }
        // A section heading between rows (`二、扩投资`) passes through.
        if let Some(text) = rows.get(i).and_then(cell_of)
            && is_section_heading(text)
        {
            out.push(rows[i].clone());
            i += 1;
            continue;
        }
        let start = i;
        let mut lines: Vec<(usize, &str)> = Vec::new();
        if indexed {
            let Some(text) = rows.get(i).and_then(cell_of) else { break };
            // Section rows above the next index (`强化科技创新支撑能力。`, `(一)` /
            // `加强战略科技力量建设。`): passed through, a bare numeral joined
            // to its title.
            if index_value(text).is_none()
                && let Some((section, end)) = section_rows(rows, i, next_index, first_row)
            {
                for (k, text) in section {
                    out.push(Row {
                        line: rows[k].line,
                        cells: vec![Cell { text, col: 0, spanned: false }],
                        tabular: false,
                    });
                }
                i = end;
                continue;
            }
            // The first row may start anywhere (an excerpt, a filtered list);
            // later rows follow it.
            match index_value(text) {
                Some(v) if first_row || v.is_none_or(|v| v >= next_index) => {
                    if let Some(v) = v {
                        next_index = v + 1;
                    }
                }
                _ => break,
            }
            first_row = false;
            lines.push((i, text));
            i += 1;
            while let Some(text) = rows.get(i).and_then(cell_of) {
                // The next row: the next number, or a later one (rows left
                // out) once this row has nearly all its cells.
                let starts_next = lines.len() > 1
                    && index_value(text).is_some_and(|v| {
                        v.is_none_or(|v| {
                            v == next_index || v > next_index && v < next_index + 30 && lines.len() + 1 >= columns.len()
                        })
                    });
                // A merged 序号 cell may cover many rows (one group of a
                // dozen measures): the bound only stops a runaway.
                // Another table follows: its header, the title line
                // before it, or an attachment's heading (附件2).
                let table_follows = is_attachment_heading(text)
                    || header_cells(rows, i).is_some()
                    || header_cells(rows, i + 1).is_some();
                if starts_next || is_section_heading(text) || table_follows || lines.len() > columns.len() * 16 {
                    break;
                }
                lines.push((i, text));
                i += 1;
            }
        } else {
            // Without a 序号 column the rows are cut by their cells' kinds:
            // every line up to the table's end at once.
            // Tried once per table, on its first row.
            let whole = std::mem::replace(&mut first_row, false);
            while let Some(text) = rows.get(i).and_then(cell_of) {
                if !whole && lines.len() == columns.len()
                    || i > start && (is_attachment_heading(text) || header_cells(rows, i).is_some())
                {
                    break;
                }
                lines.push((i, text));
                i += 1;
            }
            // Rows of the header's width, as long as they fit as well: the
            // cut by kinds is for rows that lack cells.
            let cut = (whole && lines.len() >= columns.len())
                .then(|| {
                    let kinds: Vec<Kind> = lines.iter().map(|(_, t)| kind_of(t)).collect();
                    let index_column = columns.contains(&Column::Index);
                    let numbered: Vec<bool> = lines
                        .iter()
                        .map(|(_, t)| opens_numbered(t) || index_column && matches!(index_value(t), Some(Some(_))))
                        .collect();
                    unindexed_rows(&kinds, columns, &numbered)
                        .filter(|(score, _)| *score > even_rows_score(&kinds, columns))
                })
                .flatten();
            if let Some((_, cut)) = cut {
                push_cut(cut, &lines, rows, columns, &mut previous, out);
                break;
            }
            if lines.len() < columns.len() {
                i = start;
                break;
            }
            lines.truncate(columns.len());
            i = start + columns.len();
        }
        // Several rows under one merged 序号 / 项目 cell: each further text
        // with its own departments is a row of its own.
        for (k, segment) in segments(&lines, columns).into_iter().enumerate() {
            let line = rows[segment[0].0].line;
            let cells = aligned(segment, columns, &mut previous, k > 0)
                .unwrap_or_else(|| lay_out(segment, columns, &mut previous));
            out.push(Row { line: if k == 0 { rows[start].line } else { line }, cells, tabular: true });
        }
    }
    i
}

/// The section rows from `i` up to the next index line (`next_index`, or
/// any on the first row): short texts, and bare numerals (`(一)`, `一、`)
/// joined to the title after them; and where the index line is. `None`
/// unless an index follows within four lines and every line before it is
/// short.
fn section_rows(rows: &[Row], i: usize, next_index: u32, first_row: bool) -> Option<(Vec<(usize, String)>, usize)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut pending_numeral: Option<(usize, &str)> = None;
    for k in i..i + 5 {
        let text = rows.get(k).and_then(cell_of)?;
        if let Some(v) = index_value(text) {
            let expected = first_row || v.is_none_or(|v| v == next_index);
            // A Chinese numeral in brackets is a section's, not a row's.
            let bare_section = v.is_none() && text.trim_start().starts_with(['(', '（']);
            if bare_section && pending_numeral.is_none() {
                pending_numeral = Some((k, text));
                continue;
            }
            return (expected && !out.is_empty() && pending_numeral.is_none()).then_some((out, k));
        }
        if text.chars().count() > 30 || kind_of(text) != Kind::Text {
            return None;
        }
        match pending_numeral.take() {
            Some((line, numeral)) => out.push((line, format!("{numeral}{text}"))),
            None => out.push((k, text.to_string())),
        }
    }
    None
}

/// Splits a row's lines where a department line is followed by a text
/// line that does not continue the row (a further measure under merged
/// cells), when the row has more lines than columns. A departments column
/// followed by a text column (牵头单位 before 具体内容) is inside the row:
/// the split comes after the row's last departments cell.
fn segments<'a, 'b>(lines: &'b [(usize, &'a str)], columns: &[Column]) -> Vec<&'b [(usize, &'a str)]> {
    let kinds: Vec<Kind> = lines.iter().map(|(_, t)| kind_of(t)).collect();
    let inner =
        columns.windows(2).filter(|w| expected(w[0]) == Kind::Departments && expected(w[1]) == Kind::Text).count();
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..lines.len() {
        let seen_text = kinds[start..k].contains(&Kind::Text);
        let runs = (start..k)
            .filter(|&j| kinds[j] == Kind::Departments && (j == start || kinds[j - 1] != Kind::Departments))
            .count();
        if kinds[k - 1] == Kind::Departments
            && runs > inner
            && kinds[k] == Kind::Text
            && seen_text
            && kinds[k + 1..].contains(&Kind::Departments)
        {
            out.push(&lines[start..k]);
            start = k;
        }
    }
    out.push(&lines[start..]);
    out
}

/// How well a line of `kind` fills a column expecting `want`; `None` when
/// it cannot.
pub(super) fn fit_score(kind: Kind, want: Kind) -> Option<f32> {
    match (want, kind) {
        (Kind::Any, _) => Some(2.0),
        (w, k) if w == k => Some(3.0),
        (Kind::Text, Kind::Short) => Some(1.0),
        // A figure in a text column (目标任务 `186`): a target's value.
        (Kind::Text, Kind::Index | Kind::Figure) => Some(0.5),
        (Kind::Departments, Kind::Text) => Some(0.5),
        (Kind::Deadline, Kind::Text) => Some(0.3),
        _ => None,
    }
}

/// The best alignments of a row's lines to the columns by their kinds
/// (lines keep their order; a column may take several lines of its kind,
/// or none: then it is a merged cell printed on the row above), for every
/// number of the lines taken from the first: one table serves every row a
/// run of lines may open. A continuation row never takes the 序号 column.
pub(super) struct Alignment {
    /// best[i][j]: score with i lines placed in columns before j.
    best: Vec<Vec<f32>>,
    /// How best[i][j] was reached: (lines placed before, lines this column took).
    from: Vec<Vec<(usize, usize)>>,
}

impl Alignment {
    /// `above(j)`: the row above has a cell in column `j` to lend; columns
    /// before `first` stay empty (a row that opens with its measure).
    pub(super) fn new(
        kinds: &[Kind],
        columns: &[Column],
        above: impl Fn(usize) -> bool,
        continuation: bool,
        first: usize,
    ) -> Alignment {
        let (n, c) = (kinds.len(), columns.len());
        let mut best = vec![vec![f32::NEG_INFINITY; c + 1]; n + 1];
        let mut from = vec![vec![(0usize, 0usize); c + 1]; n + 1];
        best[0][0] = 0.0;
        for j in 0..c {
            let want = expected(columns[j]);
            for i in 0..=n {
                let here = best[i][j];
                if here == f32::NEG_INFINITY {
                    continue;
                }
                // The column left empty: a merged cell, or nothing written.
                // Merged cells are mostly the outer, left columns: skipping an
                // earlier column costs a little less.
                let skip = here - if above(j) { 0.2 } else { 0.6 } + 0.01 * (c - j) as f32;
                if skip > best[i][j + 1] {
                    best[i][j + 1] = skip;
                    from[i][j + 1] = (i, 0);
                }
                if continuation && want == Kind::Index || j < first {
                    continue;
                }
                let mut score = here;
                for m in 1..=(n - i) {
                    let kind = kinds[i + m - 1];
                    let Some(f) = fit_score(kind, want) else { break };
                    // A cell over several lines: stacked names, a wrapped
                    // sentence (its short tail, `比重`), a wrapped note.
                    let continues = kind == kinds[i] && matches!(want, Kind::Text | Kind::Departments)
                        || want == Kind::Text && kinds[i] == Kind::Text && kind == Kind::Short
                        || want == Kind::Any && m <= 3 && kind != Kind::Departments;
                    if m > 1 && !continues {
                        break;
                    }
                    // Stacked names are common, a sentence broken over lines
                    // less so than a cell of its own.
                    let join = match (m > 1, want) {
                        (false, _) => 0.0,
                        (true, Kind::Departments) => 0.5,
                        (true, _) => 2.0,
                    };
                    score += f - join;
                    if score > best[i + m][j + 1] {
                        best[i + m][j + 1] = score;
                        from[i + m][j + 1] = (i, m);
                    }
                }
            }
        }
        Alignment { best, from }
    }

    /// The score of the first `m` lines filling the row, and per column
    /// (first line, lines taken); `None` when they fit no alignment.
    pub(super) fn of(&self, m: usize) -> Option<(f32, Vec<(usize, usize)>)> {
        let c = self.best[m].len() - 1;
        let score = self.best[m][c];
        if score == f32::NEG_INFINITY {
            return None;
        }
        let mut taken: Vec<(usize, usize)> = vec![(0, 0); c];
        let (mut i, mut j) = (m, c);
        while j > 0 {
            let (pi, k) = self.from[i][j];
            taken[j - 1] = (pi, k);
            i = pi;
            j -= 1;
        }
        Some((score, taken))
    }
}

/// The cells of a row from its alignment; a column it leaves empty takes
/// the row above's cell, marked spanned.
pub(super) fn cells_of(
    lines: &[(usize, &str)],
    taken: Vec<(usize, usize)>,
    columns: &[Column],
    previous: &mut [Option<String>],
) -> Vec<Cell> {
    let mut cells = Vec::new();
    for (col, (start, m)) in taken.into_iter().enumerate() {
        if m > 0 {
            let pieces = lines[start..start + m].iter().map(|(_, t)| *t);
            let text = if expected(columns[col]) == Kind::Departments { join_units(pieces) } else { pieces.collect() };
            previous[col] = Some(text.clone());
            cells.push(Cell { text, col, spanned: false });
        } else if let Some(p) = previous[col].clone() {
            cells.push(Cell { text: p, col, spanned: true });
        }
    }
    cells
}

/// Places a row's lines in the columns by the best alignment of kinds.
fn aligned(
    lines: &[(usize, &str)],
    columns: &[Column],
    previous: &mut [Option<String>],
    continuation: bool,
) -> Option<Vec<Cell>> {
    let kinds: Vec<Kind> = lines.iter().map(|(_, t)| kind_of(t)).collect();
    let (_, taken) = Alignment::new(&kinds, columns, |j| previous[j].is_some(), continuation, 0).of(lines.len())?;
    Some(cells_of(lines, taken, columns, previous))
}

/// `3、四大重点培育产业占区级税收`: a text opened by an Arabic number.
fn opens_numbered(text: &str) -> bool {
    crate::numbering::marker_at_start(text)
        .is_some_and(|m| m.style == crate::numbering::Style::ArabicDot && text.len() > m.len)
}

/// What a run of lines becomes in a table without a 序号 column.
enum Segment {
    /// A row of the table.
    Row(Vec<(usize, usize)>),
    /// A line of its own between rows: a group's name printed in a merged
    /// first cell (`宏观调控`), passed through as a section.
    Section,
    /// A group's numeral on its own line and its name on the next
    /// (`（一）` / `经济社会发展主要预期目标`): one section.
    NumberedSection,
}

/// Runs of lines (first, end) and what each becomes.
type Cut = Vec<(usize, usize, Segment)>;

/// Rows of a table without a 序号 column, where a row may lack cells
/// (merged with the row above, or left empty) and a group's name may stand
/// between rows: the cut of the lines into rows whose kinds fit the columns
/// best, each row opening with its measure (the first text column). `None`
/// when no cut fits.
fn unindexed_rows(kinds: &[Kind], columns: &[Column], numbered: &[bool]) -> Option<(f32, Cut)> {
    // The measure's column is the text column every row opens with: a
    // group's column before it (类别, or 项目名称 before 项目内容) is merged
    // over rows. The first two task columns are tried; the better cut wins.
    let tasks: Vec<usize> =
        (0..columns.len()).filter(|&j| matches!(columns[j], Column::Task | Column::Measure)).take(2).collect();
    let candidates = if tasks.is_empty() {
        columns.iter().position(|c| expected(*c) == Kind::Text).into_iter().collect()
    } else {
        tasks
    };
    candidates
        .into_iter()
        .filter_map(|measure_col| rows_opening_at(kinds, columns, numbered, measure_col))
        .max_by(|a, b| a.0.total_cmp(&b.0))
}

/// [`unindexed_rows`] with the measure in column `measure_col`.
fn rows_opening_at(kinds: &[Kind], columns: &[Column], numbered: &[bool], measure_col: usize) -> Option<(f32, Cut)> {
    let n = kinds.len();
    // Measures numbered in their own cells (`1、地区生产总值增长率`): each
    // opens its row, so no row runs past the next.
    let by_number = numbered.iter().filter(|b| **b).count() >= 3;
    // A 序号 column after a group's (`任务 | 1 | 要求`): a row opens at its
    // number, or at the group's cell right before it.
    let index_after_group = by_number && columns.iter().position(|c| *c == Column::Index).is_some_and(|p| p > 0);
    let measure_col = if index_after_group { 0 } else { measure_col };
    // A row is at most this many lines (stacked names included).
    let longest = columns.len() * 3;
    let mut best = vec![f32::NEG_INFINITY; n + 1];
    let mut from: Vec<Option<(usize, Segment)>> = (0..=n).map(|_| None).collect();
    best[0] = 0.0;
    for k in 0..n {
        // Rows and sections open with a text (a figure or a name does not),
        // a section also with a group's numeral.
        let opens_at_index = index_after_group && numbered[k];
        if best[k] == f32::NEG_INFINITY
            || !(matches!(kinds[k], Kind::Short | Kind::Text | Kind::Index) || opens_at_index)
        {
            continue;
        }
        // A group's numeral on a line of its own, its name on the next.
        if kinds[k] == Kind::Index
            && !numbered[k]
            && k + 2 <= n
            && matches!(kinds[k + 1], Kind::Short | Kind::Text)
            && best[k] > best[k + 2]
        {
            best[k + 2] = best[k];
            from[k + 2] = Some((k, Segment::NumberedSection));
        }
        if !opens_at_index && best[k] > best[k + 1] && kinds[k] != Kind::Index {
            best[k + 1] = best[k];
            from[k + 1] = Some((k, Segment::Section));
        }
        // With numbered measures a row opens only at a number (or its group's cell).
        let before_index = index_after_group && numbered.get(k + 1) == Some(&true);
        if kinds[k] == Kind::Index && !opens_at_index || by_number && !numbered[k] && !before_index {
            continue;
        }
        let numbers_from = if before_index { k + 2 } else { k + 1 };
        // Every row opening at k, from one table: the first row has no row above.
        let end_max = (k + longest).min(n);
        let table = Alignment::new(&kinds[k..end_max], columns, |_| k > 0, false, measure_col);
        for end in k + 1..=end_max {
            if by_number && numbered[numbers_from.min(end)..end].iter().any(|b| *b) {
                break;
            }
            let Some((score, taken)) = table.of(end - k) else { continue };
            // The row opens with its measure (or its number).
            if !index_after_group && (taken[measure_col].0 != 0 || taken[measure_col].1 == 0) {
                continue;
            }
            if best[k] + score > best[end] {
                best[end] = best[k] + score;
                from[end] = Some((k, Segment::Row(taken)));
            }
        }
    }
    if best[n] == f32::NEG_INFINITY {
        return None;
    }
    let mut out = Vec::new();
    let mut end = n;
    while end > 0 {
        let (start, segment) = from[end].take()?;
        out.push((start, end, segment));
        end = start;
    }
    out.reverse();
    Some((best[n], out))
}

/// Pushes the rows (and the sections between them) of a cut made by
/// [`unindexed_rows`].
fn push_cut(
    cut: Cut,
    lines: &[(usize, &str)],
    rows: &[Row],
    columns: &[Column],
    previous: &mut [Option<String>],
    out: &mut Vec<Row>,
) {
    for (from, to, segment) in cut {
        let row = &lines[from..to];
        match segment {
            Segment::Section => out.push(rows[row[0].0].clone()),
            Segment::NumberedSection => {
                let text = format!("{}{}", row[0].1, row[1].1);
                out.push(Row::paragraph(rows[row[0].0].line, text));
            }
            Segment::Row(taken) => {
                let shifted = taken.into_iter().map(|(s, m)| (s + from, m)).collect();
                let cells = cells_of(lines, shifted, columns, previous);
                out.push(Row { line: rows[row[0].0].line, cells, tabular: true });
            }
        }
    }
}

/// How well the lines fit when cut into rows of the header's width (lines
/// left over at the end are not counted); a row that fits no alignment
/// costs as much as a row's worth of good cells.
fn even_rows_score(kinds: &[Kind], columns: &[Column]) -> f32 {
    kinds
        .chunks_exact(columns.len())
        .enumerate()
        .map(|(k, chunk)| {
            Alignment::new(chunk, columns, |_| k > 0, false, 0)
                .of(chunk.len())
                .map_or(-3.0 * columns.len() as f32, |(score, _)| score)
        })
        .sum()
}

/// The lines of a departments cell as one list: `、` between them, unless
/// a line already ends with a joiner (`科学技术处、`, `综合规划处会同`).
fn join_units<'a>(pieces: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for piece in pieces {
        let joined = crate::phrase::LIST_JOINERS.iter().any(|j| out.ends_with(j));
        // A labelled line (`省牵头单位：省农业农村厅`) is a clause of its own.
        if !out.is_empty() && crate::phrase::split_label(piece).is_some() {
            out.push('；');
        } else if !out.is_empty() && !joined && !piece.starts_with('、') {
            out.push('、');
        }
        out.push_str(piece);
    }
    out
}

/// Places a row's lines into the columns by their kinds.
fn lay_out(lines: &[(usize, &str)], columns: &[Column], previous: &mut [Option<String>]) -> Vec<Cell> {
    let kinds: Vec<Kind> = lines.iter().map(|(_, t)| kind_of(t)).collect();
    let mut cells: Vec<Option<String>> = vec![None; columns.len()];
    let mut spanned = vec![false; columns.len()];
    let mut k = 0;
    for (col, column) in columns.iter().enumerate() {
        let want = expected(*column);
        let remaining_columns = columns.len() - col;
        let remaining_lines = lines.len() - k;
        if k < lines.len() && (fits(kinds[k], want) || remaining_lines >= remaining_columns) {
            let mut text = lines[k].1.to_string();
            k += 1;
            // A cell spread over several lines: more lines than columns
            // left, and the next line is of this cell's kind.
            while k < lines.len()
                && lines.len() - k > columns.len() - col - 1
                && (kinds[k] == want || want == Kind::Text && kinds[k] == Kind::Text)
                && !(want == Kind::Departments && kinds[k] != Kind::Departments)
            {
                if want == Kind::Departments {
                    text = join_units([text.as_str(), lines[k].1].into_iter());
                } else {
                    text.push_str(lines[k].1);
                }
                k += 1;
            }
            cells[col] = Some(text);
        } else if let Some(p) = previous[col].clone() {
            // A merged cell printed once, on the row above.
            cells[col] = Some(p);
            spanned[col] = true;
        }
    }
    // Lines left over go to the last text cell rather than being lost.
    if k < lines.len() {
        let rest: Vec<&str> = lines[k..].iter().map(|(_, t)| *t).collect();
        let target = columns.iter().rposition(|c| expected(*c) == Kind::Any).unwrap_or(columns.len() - 1);
        let cell = cells[target].get_or_insert_with(String::new);
        if !cell.is_empty() {
            cell.push('\n');
        }
        cell.push_str(&rest.join("\n"));
    }
    for (col, cell) in cells.iter().enumerate() {
        if cell.is_some() && !spanned[col] {
            previous[col] = cell.clone();
        }
    }
    cells
        .into_iter()
        .enumerate()
        .filter_map(|(col, c)| c.map(|text| Cell { text, col, spanned: spanned[col] }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read_text, texts};

    #[test]
    fn rows_rebuilt_from_header_width_and_index() {
        let doc = "附件\n\n序号\n\n实事项目\n\n责任单位\n\n完成时限\n\n1\n\n改造农贸市场3个。\n\n区商务局\n\n区市场监管局\n\n10月底前\n\n2\n\n新增停车泊位800个。\n\n区城管局\n\n全年\n";
        let rows = rebuild(read_text(doc, false));
        assert_eq!(
            texts(&rows),
            vec![
                vec!["附件".to_string()],
                vec!["序号".into(), "实事项目".into(), "责任单位".into(), "完成时限".into()],
                vec!["1".into(), "改造农贸市场3个。".into(), "区商务局、区市场监管局".into(), "10月底前".into()],
                vec!["2".into(), "新增停车泊位800个。".into(), "区城管局".into(), "全年".into()],
            ]
        );
    }

    #[test]
    fn pipe_marks_unknown_columns_and_merged_cells() {
        let doc = "序号 |\n工作事项 |\n分管领导 |\n责任单位 |\n完成时限 |\n1 |\n建成智慧停车平台。 |\n王某某 |\n县数据局 |\n6月底前 |\n2 |\n推广电子证照应用。 |\n王某某 |\n";
        let rows = rebuild(read_text(doc, false));
        let t = texts(&rows);
        assert_eq!(t[1], vec!["1", "建成智慧停车平台。", "王某某", "县数据局", "6月底前"]);
        // Row 2 printed its department and deadline cells once, merged with row 1.
        assert_eq!(t[2], vec!["2", "推广电子证照应用。", "王某某", "县数据局", "6月底前"]);
        assert!(rows[2].cells[3].spanned);
    }
}
