//! Tables whose cells ran together: text copied out of a page where every
//! cell boundary was lost, the header included —
//! `类别序号重点督办内容牵头单位全年完成情况`, then rows such as
//! `主要预期目标1地区生产总值增长6%左右。区发展改革委全年增长…`. When a
//! line splits wholly into header words (with an index and a departments
//! column), the lines after it are cut by the header's order: the text
//! before the row's number, the number, the measure up to the sentence end
//! that a department follows, the departments, and what remains.

use super::{Cell, Row};
use crate::clean::{Column, column_for_header, compact};

/// Rebuilds run-together tables in `rows`; other rows pass unchanged.
pub fn rebuild(rows: Vec<Row>) -> Vec<Row> {
    let mut out = Vec::with_capacity(rows.len());
    let mut columns: Option<Vec<Column>> = None;
    // The text before the last row's number: a merged area cell, printed
    // again on every row, is a copy after the first.
    let mut last_area: Option<String> = None;
    for row in rows {
        let paragraph = !row.tabular && row.cells.len() == 1;
        if paragraph && let Some(words) = header_words(&row.cells[0].text) {
            columns = Some(words.iter().map(|(_, k)| *k).collect());
            let cells = words.into_iter().enumerate().map(|(col, (text, _))| Cell { text, col, spanned: false });
            out.push(Row { line: row.line, cells: cells.collect(), tabular: true });
            continue;
        }
        if paragraph
            && let Some(cols) = &columns
            && let Some(mut cells) = cut_row(&row.cells[0].text, cols)
        {
            // The area goes on a row of its own where it changes (a heading
            // above its rows, as the merged cell stood), and nowhere else.
            let index_col = cols.iter().position(|k| *k == Column::Index);
            if let Some(at) = cells.iter().position(|c| Some(c.col + 1) == index_col) {
                let area = cells.remove(at);
                if last_area.as_deref() != Some(area.text.as_str()) {
                    last_area = Some(area.text.clone());
                    out.push(Row { line: row.line, cells: vec![area], tabular: true });
                }
            }
            out.push(Row { line: row.line, cells, tabular: true });
            continue;
        }
        columns = None;
        last_area = None;
        out.push(row);
    }
    out
}

/// The header words a line is made of, when it is nothing else: at least
/// three, among them an index, a text and a departments column.
fn header_words(line: &str) -> Option<Vec<(String, Column)>> {
    let chars: Vec<char> = compact(line).chars().collect();
    if !(6..=60).contains(&chars.len()) || chars.iter().any(|c| c.is_ascii_digit() || "，。、；：:".contains(*c)) {
        return None;
    }
    // best[i][m]: the fewest header words that make chars[..i], m = which of
    // index (1), text (2) and departments (4) columns they hold: a longer
    // word read by its last word (工作任务责任单位) must not swallow one.
    // On a tie, fewer long words: 工作任务|责任单位 rather than 工作|任务责任单位.
    type Split = Vec<(usize, Column)>;
    let cost = |split: &Split, end: usize| {
        let long = split.windows(2).filter(|w| w[1].0 - w[0].0 > 4).count()
            + split.last().is_some_and(|l| end - l.0 > 4) as usize;
        split.len() * 10 + long
    };
    let flag = |k: Column| match k {
        Column::Index => 1,
        Column::Task | Column::Measure => 2,
        Column::Departments(_) => 4,
        _ => 0,
    };
    let mut best: Vec<[Option<Split>; 8]> = vec![Default::default(); chars.len() + 1];
    best[0][0] = Some(Vec::new());
    for end in 2..=chars.len() {
        for start in end.saturating_sub(8)..=end - 2 {
            let word: String = chars[start..end].iter().collect();
            let Some(kind) = column_for_header(&word) else { continue };
            for had in 0..8 {
                let Some(prefix) = best[start][had].as_ref() else { continue };
                let has = had | flag(kind);
                let mut split = prefix.clone();
                split.push((start, kind));
                if best[end][has].as_ref().is_none_or(|b| cost(b, end) > cost(&split, end)) {
                    best[end][has] = Some(split);
                }
            }
        }
    }
    let split = best[chars.len()][7].take()?;
    let mut words = Vec::with_capacity(split.len());
    for (n, &(start, kind)) in split.iter().enumerate() {
        let end = split.get(n + 1).map_or(chars.len(), |s| s.0);
        words.push((chars[start..end].iter().collect(), kind));
    }
    Some(words)
}

/// Cuts a run-together row by the header's columns, or `None` when the row
/// does not have the shape (no number where the index stands, no
/// department after the measure).
fn cut_row(text: &str, columns: &[Column]) -> Option<Vec<Cell>> {
    let s = text.trim();
    let index_col = columns.iter().position(|k| *k == Column::Index)?;
    let dept_col = columns.iter().position(|k| matches!(k, Column::Departments(_)))?;
    let text_col = columns.iter().position(|k| matches!(k, Column::Task | Column::Measure))?;
    if !(index_col < text_col && text_col < dept_col) {
        return None;
    }
    // The row's number: the first run of digits not part of a quantity.
    let (digits_at, digits_end) = row_number(s)?;
    let before = s[..digits_at].trim();
    if before.chars().count() > 16 || (index_col == 0 && !before.is_empty()) {
        return None;
    }
    let rest = &s[digits_end..];
    // The measure ends at the first sentence end a department follows.
    let (measure_end, depts_end) = rest
        .match_indices('。')
        .find_map(|(i, p)| departments_at(&rest[i + p.len()..]).map(|len| (i + p.len(), i + p.len() + len)))?;
    let mut cells = Vec::new();
    if !before.is_empty() {
        cells.push(Cell { text: before.to_string(), col: index_col - 1, spanned: false });
    }
    cells.push(Cell { text: s[digits_at..digits_end].to_string(), col: index_col, spanned: false });
    cells.push(Cell { text: rest[..measure_end].to_string(), col: text_col, spanned: false });
    cells.push(Cell { text: rest[measure_end..depts_end].to_string(), col: dept_col, spanned: false });
    let tail = rest[depts_end..].trim();
    if !tail.is_empty() && dept_col + 1 < columns.len() {
        cells.push(Cell { text: tail.to_string(), col: dept_col + 1, spanned: false });
    }
    Some(cells)
}

/// Byte range of the row's number: one or two digits after the leading
/// text, not followed by a digit, `%`, `.` or a unit of a quantity.
fn row_number(s: &str) -> Option<(usize, usize)> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let end = s[start..].find(|c: char| !c.is_ascii_digit()).map_or(s.len(), |e| start + e);
    let next = s[end..].chars().next()?;
    if end - start > 2 || "%％.．年月日个项万亿元".contains(next) {
        return None;
    }
    Some((start, end))
}

/// Endings of a department name strong enough to cut run-together text at.
const ENDINGS: &[&str] = &[
    "局", "委", "办", "厅", "院", "部", "会", "中心", "公司", "政府", "街道", "处", "所", "站", "队", "室", "社", "联",
];

/// Bytes of the list of departments `s` opens with (`区财政局、区税务局`),
/// or `None`: each name the shortest run of 3–20 characters that ends like
/// a body (`办公室`, `委员会` taken whole).
fn departments_at(s: &str) -> Option<usize> {
    let mut at = 0;
    loop {
        let rest = &s[at..];
        let ends: Vec<usize> = rest.char_indices().map(|(i, c)| i + c.len_utf8()).take(20).collect();
        let mut end = ends.into_iter().skip(2).find(|&e| ENDINGS.iter().any(|w| rest[..e].ends_with(w)))?;
        for tail in ["公室", "员会"] {
            if rest[end..].starts_with(tail) {
                end += tail.len();
            }
        }
        // 县人社 + 局, 区人力社 + 保局: a weak ending (社 联 会 所 …) with a
        // strong one a character or two later is inside the name.
        if rest[..end].ends_with(['社', '联', '会', '所', '站', '队', '室', '处']) {
            let ahead: Vec<(usize, char)> = rest[end..].char_indices().take(2).collect();
            if let Some(&(i, c)) = ahead.iter().find(|(_, c)| "局委办厅院部".contains(*c)) {
                end += i + c.len_utf8();
            }
        }
        if !rest[..end].chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
            return (at > 0).then_some(at);
        }
        at += end;
        match s[at..].chars().next() {
            Some(c @ ('、' | '，' | ',')) => at += c.len_utf8(),
            _ => return Some(at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Row]) -> Vec<Vec<(usize, String)>> {
        rows.iter().map(|r| r.cells.iter().map(|c| (c.col, c.text.clone())).collect()).collect()
    }

    #[test]
    fn run_together_rows_are_cut_by_their_header() {
        let rows = vec![
            Row::paragraph(1, "领域序号工作任务责任单位进展情况".into()),
            Row::paragraph(2, "民生保障1新增城镇就业1.2万人。县人社局已新增0.9万人。".into()),
            Row::paragraph(3, "2建成社区食堂15个。县民政局、县人力社保局已建成11个。".into()),
            Row::paragraph(4, "以上为全年情况。".into()),
        ];
        let out = rebuild(rows);
        assert_eq!(
            texts(&out),
            vec![
                vec![
                    (0, "领域".to_string()),
                    (1, "序号".to_string()),
                    (2, "工作任务".to_string()),
                    (3, "责任单位".to_string()),
                    (4, "进展情况".to_string())
                ],
                vec![(0, "民生保障".to_string())],
                vec![
                    (1, "1".to_string()),
                    (2, "新增城镇就业1.2万人。".to_string()),
                    (3, "县人社局".to_string()),
                    (4, "已新增0.9万人。".to_string())
                ],
                vec![
                    (1, "2".to_string()),
                    (2, "建成社区食堂15个。".to_string()),
                    (3, "县民政局、县人力社保局".to_string()),
                    (4, "已建成11个。".to_string())
                ],
                vec![(0, "以上为全年情况。".to_string())],
            ]
        );
        assert!(!out[4].tabular);
    }

    #[test]
    fn ordinary_lines_are_not_headers() {
        assert!(header_words("重点任务分工方案").is_none());
        assert!(header_words("一、加快推进项目建设，县发改局负责").is_none());
    }
}
