//! Tables whose cell boundaries became single spaces (text copied out of a
//! PDF or a web page): `5 固定资产投资增长10%。 区发展改革委 同比增长5.1%。`.
//!
//! A row is recognised by its shape: a bare row number, a text, then the
//! department names (each a name by its form) and whatever follows (a
//! progress or note cell). Names stacked on the lines below the row (a cell
//! of several departments) join its department cell. A header printed the
//! same way (`序号 工 作 任 务 牵头负责部门`) names the columns; without one the
//! rows are read under 序号 | 具体措施 | 责任单位 | 备注, the reading of a bare list.

use super::{Cell, Row};
use crate::clean::{Column, column_for_header};
use crate::phrase::{looks_like_org, parse_phrase};

/// The columns cells are placed in.
#[derive(Debug, Clone, Copy)]
struct Layout {
    index: usize,
    text: usize,
    departments: usize,
    rest: usize,
}

const DEFAULT_HEADER: [&str; 4] = ["序号", "具体措施", "责任单位", "备注"];

/// Space-separated tokens, with runs of single characters (a spaced-out
/// header word, `工 作 任 务`) joined back.
fn tokens(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut single_run = false;
    for t in line.split([' ', '\u{3000}']).filter(|t| !t.is_empty()) {
        let single = t.chars().count() == 1 && !t.chars().all(|c| c.is_ascii_digit());
        match out.last_mut() {
            Some(last) if single && single_run => last.push_str(t),
            _ => out.push(t.to_string()),
        }
        single_run = single;
    }
    out
}

fn paragraph(row: &Row) -> Option<&str> {
    (!row.tabular && row.cells.len() == 1).then(|| row.cells[0].text.trim())
}

/// The header's layout, when every token of the line is a header word.
fn header(line: &str) -> Option<(Layout, Vec<String>)> {
    header_of(tokens(line))
}

/// A header that ends a line of prose (`附件：…分解表 序号 名称 工作任务
/// 牵头责任单位`, a page flattened into one line): the prose, and the header
/// from the first token of the longest run of header words ending the line,
/// opened by 序号.
fn trailing_header(line: &str) -> Option<(String, Layout, Vec<String>)> {
    let toks = tokens(line);
    let start = (1..toks.len().saturating_sub(2)).find(|&k| {
        column_for_header(&toks[k]) == Some(Column::Index) && toks[k..].iter().all(|t| column_for_header(t).is_some())
    })?;
    let at = line.rfind(toks[start].as_str())?;
    let (layout, header) = header_of(toks[start..].to_vec())?;
    Some((line[..at].trim_end().to_string(), layout, header))
}

fn header_of(toks: Vec<String>) -> Option<(Layout, Vec<String>)> {
    if toks.len() < 2 {
        return None;
    }
    let columns: Vec<Column> = toks.iter().map(|t| column_for_header(t)).collect::<Option<_>>()?;
    let find = |f: &dyn Fn(&Column) -> bool| columns.iter().position(f);
    let departments = find(&|c| matches!(c, Column::Departments(_)))?;
    // Of several text columns (`名称 工作任务`), the rows' one text fills
    // the one nearest the units.
    let text = columns[..departments].iter().rposition(|c| matches!(c, Column::Task | Column::Measure))?;
    let index = find(&|c| matches!(c, Column::Index)).unwrap_or(columns.len());
    let rest = find(&|c| matches!(c, Column::Note | Column::Other)).unwrap_or(columns.len() + 1);
    Some((Layout { index, text, departments, rest }, toks))
}

fn is_row_number(t: &str) -> bool {
    !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

/// A token that is one or more department names by its form.
fn is_names(t: &str) -> bool {
    t.chars().count() <= 40 && !t.contains('。') && {
        let p = parse_phrase(t, None, 0);
        !p.names.is_empty() && p.names.iter().all(|n| looks_like_org(&n.name) && n.name.chars().count() <= 16)
    }
}

/// Splits a row line into (number, text, names, rest).
fn split_row(line: &str) -> Option<(String, String, Vec<String>, String)> {
    let toks = tokens(line);
    let (number, rest) = toks.split_first()?;
    if !is_row_number(number) || rest.len() < 2 {
        return None;
    }
    let first_names = rest.iter().enumerate().skip(1).find(|(_, t)| is_names(t)).map(|(k, _)| k)?;
    let text = rest[..first_names].join(" ");
    if text.chars().count() < 4 {
        return None;
    }
    let mut k = first_names;
    let mut names = Vec::new();
    while k < rest.len() && is_names(&rest[k]) {
        names.push(rest[k].clone());
        k += 1;
    }
    Some((number.clone(), text, names, rest[k..].join(" ")))
}

/// Rebuilds the rows of space-separated tables; other rows pass through.
pub fn rebuild(rows: Vec<Row>) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    let mut layout: Option<Layout> = None;
    // Index in `out` of the last rebuilt row, while its lines may follow.
    let mut open: Option<usize> = None;
    for row in rows {
        let Some(line) = paragraph(&row) else {
            open = None;
            out.push(row);
            continue;
        };
        let found = header(line)
            .map(|(l, toks)| (None, l, toks))
            .or_else(|| trailing_header(line).map(|(prose, l, toks)| (Some(prose), l, toks)));
        if let Some((prose, l, toks)) = found {
            if let Some(prose) = prose {
                out.push(Row::paragraph(row.line, prose));
            }
            layout = Some(l);
            open = None;
            out.push(Row {
                line: row.line,
                cells: toks.into_iter().enumerate().map(|(col, text)| Cell { text, col, spanned: false }).collect(),
                tabular: true,
            });
            continue;
        }
        if let Some((number, text, names, rest)) = split_row(line) {
            let l = *layout.get_or_insert_with(|| {
                out.push(Row {
                    line: row.line,
                    cells: DEFAULT_HEADER
                        .iter()
                        .enumerate()
                        .map(|(col, h)| Cell { text: h.to_string(), col, spanned: false })
                        .collect(),
                    tabular: true,
                });
                Layout { index: 0, text: 1, departments: 2, rest: 3 }
            });
            let mut cells = vec![
                Cell { text: number, col: l.index, spanned: false },
                Cell { text, col: l.text, spanned: false },
                Cell { text: names.join("、"), col: l.departments, spanned: false },
            ];
            if !rest.is_empty() {
                cells.push(Cell { text: rest, col: l.rest, spanned: false });
            }
            cells.sort_by_key(|c| c.col);
            out.push(Row { line: row.line, cells, tabular: true });
            open = Some(out.len() - 1);
            continue;
        }
        // Lines under a rebuilt row: more names of its department cell, then
        // the rest of its last cell.
        if let (Some(at), Some(l)) = (open, layout) {
            let toks = tokens(line);
            let names: Vec<&String> = toks.iter().take_while(|t| is_names(t)).collect();
            if !names.is_empty() {
                let cells = &mut out[at].cells;
                if let Some(c) = cells.iter_mut().find(|c| c.col == l.departments) {
                    for n in &names {
                        c.text.push('、');
                        c.text.push_str(n);
                    }
                }
                let rest = toks[names.len()..].join(" ");
                if !rest.is_empty() {
                    match cells.iter_mut().find(|c| c.col == l.rest) {
                        Some(c) => c.text.push_str(&rest),
                        None => cells.push(Cell { text: rest, col: l.rest, spanned: false }),
                    }
                }
                continue;
            }
        }
        open = None;
        out.push(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read_text, texts};

    #[test]
    fn spaced_header_and_rows() {
        let doc = "任务分工\n序号 重 点 任 务 牵头单位\n1 新建污水管网120公里 市水务局\n2 完成棚户区改造3000户 市住建局 市财政局\n";
        let t = texts(&rebuild(read_text(doc, false)));
        assert_eq!(t[1], vec!["序号", "重点任务", "牵头单位"]);
        assert_eq!(t[2], vec!["1", "新建污水管网120公里", "市水务局"]);
        assert_eq!(t[3], vec!["2", "完成棚户区改造3000户", "市住建局、市财政局"]);
    }

    #[test]
    fn a_header_ending_a_line_of_prose() {
        let doc = "请认真组织实施。 附件：2019年重点工作分解表 序号 名称 工作任务 牵头责任单位\n1 城镇新增就业8000人。 人社局\n";
        let t = texts(&rebuild(read_text(doc, false)));
        assert_eq!(t[0], vec!["请认真组织实施。 附件：2019年重点工作分解表"]);
        assert_eq!(t[1], vec!["序号", "名称", "工作任务", "牵头责任单位"]);
        assert_eq!(t[2], vec!["1", "城镇新增就业8000人。", "人社局"]);
        let cols: Vec<usize> = rebuild(read_text(doc, false))[2].cells.iter().map(|c| c.col).collect();
        assert_eq!(cols, vec![0, 2, 3], "the text fills the column nearest the units");
    }

    #[test]
    fn names_stacked_below_a_row_and_a_progress_cell() {
        let doc = "3 农村居民人均可支配收入增长7%。 县农业农村局\n县人社局\n县统计局 同比增长6.2%。\n";
        let t = texts(&rebuild(read_text(doc, false)));
        assert_eq!(t[0], vec!["序号", "具体措施", "责任单位", "备注"]);
        assert_eq!(
            t[1],
            vec!["3", "农村居民人均可支配收入增长7%。", "县农业农村局、县人社局、县统计局", "同比增长6.2%。"]
        );
    }
}
