//! DOCX: `word/document.xml` read directly, so merged cells survive.
//! Body paragraphs become paragraph rows; table rows become rows whose cells
//! sit on the table grid (`w:gridSpan`), and cells continuing a vertical
//! merge (`w:vMerge` without `restart`) are filled from the cell above and
//! marked `spanned`, like HTML `rowspan`. The "line" of a row is its block
//! number in the body (paragraphs and table rows counted from 1).

use super::office::{open, read_entry};
use super::{Cell, Row};
use crate::{ImportError, Limits};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

pub fn read_docx(bytes: &[u8], limits: &Limits) -> Result<Vec<Row>, ImportError> {
    let mut archive = open(bytes, "DOCX")?;
    let xml = read_entry(&mut archive, "word/document.xml", limits, "DOCX")?;
    read_document_xml(&xml, limits)
}

#[derive(Default)]
struct TableState {
    /// Texts of the cells of the previous row by grid column, for vMerge.
    above: Vec<Option<String>>,
    row: Vec<Cell>,
    row_grid: Vec<Option<String>>,
    col: usize,
    in_row: bool,
}

#[derive(Default)]
struct CellState {
    text: String,
    col: usize,
    span: usize,
    /// `Some(true)` restart, `Some(false)` continue, `None` no merge.
    vmerge: Option<bool>,
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    // Values used here (numbers, "restart") never hold escapes.
    e.attributes().flatten().find(|a| a.key.local_name().as_ref() == local).map(|a| a.value.into_owned())
}

/// Reads the XML of the document part.
pub fn read_document_xml(xml: &str, limits: &Limits) -> Result<Vec<Row>, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut rows: Vec<Row> = Vec::new();
    let mut block = 0usize;
    let mut depth = 0usize;
    let mut tables: Vec<TableState> = Vec::new();
    let mut cell: Option<CellState> = None;
    let mut para = String::new();
    let mut in_text = false;
    let mut cells_seen = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| {
            ImportError::Corrupt(format!("DOCX 的正文 XML 有错（位置 {}）：{e}", reader.buffer_position()))
        })?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > limits.max_xml_depth {
                    return Err(ImportError::TooLarge(format!("DOCX 的 XML 嵌套超过 {} 层", limits.max_xml_depth)));
                }
                match e.local_name().as_ref() {
                    "tbl" if cell.is_none() => {
                        tables.push(TableState::default());
                    }
                    "tr" if cell.is_none() => {
                        if let Some(t) = tables.last_mut() {
                            t.in_row = true;
                            t.row.clear();
                            t.row_grid.clear();
                            t.col = 0;
                            block += 1;
                        }
                    }
                    "tc" if !tables.is_empty() && cell.is_none() => {
                        let col = tables.last().map_or(0, |t| t.col);
                        cell = Some(CellState { col, span: 1, ..CellState::default() });
                        cells_seen += 1;
                        if cells_seen > limits.max_cells {
                            return Err(ImportError::TooLarge(format!("DOCX 表格超过 {} 个单元格", limits.max_cells)));
                        }
                    }
                    "p" => para.clear(),
                    "t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(e) => match e.local_name().as_ref() {
                "gridSpan" => {
                    if let (Some(c), Some(v)) = (cell.as_mut(), attr(&e, "val")) {
                        c.span = v.parse::<usize>().unwrap_or(1).clamp(1, 64);
                    }
                }
                "vMerge" => {
                    if let Some(c) = cell.as_mut() {
                        c.vmerge = Some(attr(&e, "val").as_deref() == Some("restart"));
                    }
                }
                "tab" => para.push(' '),
                "br" | "cr" => para.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let name = r.into_inner();
                let c = match name.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    n => n
                        .strip_prefix('#')
                        .and_then(|num| match num.strip_prefix('x') {
                            Some(hex) => u32::from_str_radix(hex, 16).ok(),
                            None => num.parse().ok(),
                        })
                        .and_then(char::from_u32),
                };
                if let Some(c) = c {
                    para.push(c);
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                match e.local_name().as_ref() {
                    "t" => in_text = false,
                    "p" => {
                        let text = std::mem::take(&mut para);
                        if let Some(c) = cell.as_mut() {
                            if !c.text.is_empty() {
                                c.text.push('\n');
                            }
                            c.text.push_str(&text);
                        } else if !text.trim().is_empty() {
                            block += 1;
                            rows.push(Row::paragraph(block, text));
                        } else {
                            block += 1;
                        }
                    }
                    "tc" if !tables.is_empty() => {
                        let Some(c) = cell.take() else { continue };
                        let Some(t) = tables.last_mut() else { continue };
                        let (text, spanned) = match c.vmerge {
                            Some(false) => (t.above.get(c.col).cloned().flatten().unwrap_or_default(), true),
                            _ => (c.text.trim().to_string(), false),
                        };
                        if t.row_grid.len() < c.col + c.span {
                            t.row_grid.resize(c.col + c.span, None);
                        }
                        t.row_grid[c.col] = Some(text.clone());
                        t.row.push(Cell { text, col: c.col, spanned });
                        t.col = c.col + c.span;
                    }
                    "tr" if cell.is_none() => {
                        if let Some(t) = tables.last_mut()
                            && t.in_row
                        {
                            t.in_row = false;
                            t.above = std::mem::take(&mut t.row_grid);
                            let cells = std::mem::take(&mut t.row);
                            if cells.iter().any(|c| !c.text.trim().is_empty()) {
                                rows.push(Row { line: block, cells, tabular: true });
                            }
                        }
                    }
                    "tbl" if cell.is_none() => {
                        tables.pop();
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tc(text: &str, extra: &str) -> String {
        format!("<w:tc><w:tcPr>{extra}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
    }

    #[test]
    fn merged_cells_are_laid_out_on_the_grid() {
        let xml = format!(
            "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>某某分工表</w:t></w:r></w:p><w:tbl>\
             <w:tr>{}{}{}</w:tr>\
             <w:tr>{}{}{}</w:tr>\
             <w:tr>{}{}</w:tr>\
             </w:tbl></w:body></w:document>",
            tc("（一）任务", "<w:vMerge w:val=\"restart\"/>"),
            tc("1. 措施甲", ""),
            tc("市财政局负责", ""),
            tc("", "<w:vMerge/>"),
            tc("2. 措施乙", ""),
            tc("市税务局负责", ""),
            tc("二、领域 &amp; 其他", "<w:gridSpan w:val=\"2\"/>"),
            tc("备注", ""),
        );
        let rows = read_document_xml(&xml, &Limits::default()).unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0].cells[0].text, "某某分工表");
        let second: Vec<_> = rows[2].cells.iter().map(|c| (c.col, c.text.as_str(), c.spanned)).collect();
        assert_eq!(second, vec![(0, "（一）任务", true), (1, "2. 措施乙", false), (2, "市税务局负责", false)]);
        let third: Vec<_> = rows[3].cells.iter().map(|c| (c.col, c.text.as_str())).collect();
        assert_eq!(third, vec![(0, "二、领域 & 其他"), (2, "备注")]);
        assert_eq!((rows[1].line, rows[2].line, rows[3].line), (2, 3, 4));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let xml = format!("{}{}", "<a>".repeat(1000), "</a>".repeat(1000));
        assert!(matches!(read_document_xml(&xml, &Limits::default()), Err(ImportError::TooLarge(_))));
    }
}
