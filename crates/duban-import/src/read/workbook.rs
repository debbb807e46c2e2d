//! XLSX and XLS through calamine: the sheet that holds the table (or the
//! one asked for), merged ranges forward-filled as `spanned` copies (the
//! task cell merged down over its measures), rows numbered as in Excel.

use super::{Cell, Row};
use crate::phrase::has_role_word;
use crate::{ImportError, Limits};
use calamine::{Data, Dimensions, Range, Reader, Sheets, open_workbook_auto_from_rs};
use std::io::Cursor;

fn map_err(e: impl std::fmt::Display) -> ImportError {
    let msg = e.to_string();
    if msg.contains("password") || msg.contains("Password") || msg.contains("ncrypt") {
        ImportError::Encrypted
    } else {
        ImportError::Corrupt(format!("表格文件无法读取：{msg}"))
    }
}

fn text_of(d: &Data) -> String {
    match d {
        // Excel stores 序号 1, 2, 3 as floats.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// How much a sheet looks like a division table: numbered items and
/// department phrases.
fn score(range: &Range<Data>) -> usize {
    range
        .used_cells()
        .filter(|(_, _, d)| {
            let t = text_of(d);
            crate::numbering::marker_at_start(t.trim()).is_some() || has_role_word(&t)
        })
        .count()
}

pub fn read_workbook(bytes: &[u8], limits: &Limits, sheet: Option<&str>) -> Result<Vec<Row>, ImportError> {
    let mut book: Sheets<_> = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(map_err)?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Err(ImportError::Corrupt("工作簿里没有工作表".into()));
    }
    let chosen = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| ImportError::Corrupt(format!("没有名为「{s}」的工作表；可选：{}", names.join("、"))))?,
        None => {
            let mut best = (0usize, names[0].clone());
            for name in &names {
                let range = book.worksheet_range(name).map_err(map_err)?;
                check_size(&range, limits)?;
                let s = score(&range);
                if s > best.0 {
                    best = (s, name.clone());
                }
            }
            best.1
        }
    };
    let range = book.worksheet_range(&chosen).map_err(map_err)?;
    check_size(&range, limits)?;
    let merges: Vec<Dimensions> = match &mut book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&chosen).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(&chosen).unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(rows_of(&range, &merges))
}

fn check_size(range: &Range<Data>, limits: &Limits) -> Result<(), ImportError> {
    let (h, w) = range.get_size();
    if h.saturating_mul(w) > limits.max_cells {
        return Err(ImportError::TooLarge(format!(
            "工作表有 {h} 行 × {w} 列，超过 {} 个单元格的上限",
            limits.max_cells
        )));
    }
    Ok(())
}

/// Rows of the sheet on absolute coordinates; merged ranges filled down.
fn rows_of(range: &Range<Data>, merges: &[Dimensions]) -> Vec<Row> {
    let Some((r0, c0)) = range.start() else { return Vec::new() };
    let mut grid: Vec<Vec<Cell>> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let cells = row
            .iter()
            .enumerate()
            .map(|(j, d)| Cell { text: text_of(d), col: c0 as usize + j, spanned: false })
            .collect();
        grid.push(cells);
        let _ = i;
    }
    for m in merges {
        let (top, left) = m.start;
        let (bottom, right) = m.end;
        let Some(text) = cell_at(&grid, r0, c0, top, left).map(|c| c.text.clone()) else { continue };
        for r in top..=bottom {
            for c in left..=right {
                if r == top && c == left {
                    continue;
                }
                let Some(cell) = cell_at_mut(&mut grid, r0, c0, r, c) else { continue };
                if c == left && cell.text.is_empty() {
                    // The merged value belongs to every row it spans.
                    cell.text = text.clone();
                    cell.spanned = true;
                }
            }
        }
    }
    grid.into_iter()
        .enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !c.text.trim().is_empty()))
        .map(|(i, cells)| Row {
            line: r0 as usize + i + 1,
            cells: cells.into_iter().filter(|c| !c.text.is_empty()).collect(),
            tabular: true,
        })
        .collect()
}

fn cell_at(grid: &[Vec<Cell>], r0: u32, c0: u32, r: u32, c: u32) -> Option<&Cell> {
    grid.get(r.checked_sub(r0)? as usize)?.get(c.checked_sub(c0)? as usize)
}

fn cell_at_mut(grid: &mut [Vec<Cell>], r0: u32, c0: u32, r: u32, c: u32) -> Option<&mut Cell> {
    grid.get_mut(r.checked_sub(r0)? as usize)?.get_mut(c.checked_sub(c0)? as usize)
}
