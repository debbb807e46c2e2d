//! XLSX through rust_xlsxwriter: merged title, header repeated on every
//! printed page and frozen on screen, merged area and task cells, A4
//! landscape fitted to the page width.

use crate::{BODY_FONT, COLUMNS, ExportError, HEAD_FONT, Layout, LineKind};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

/// Column widths in character units; CJK characters count double.
const WIDTHS: [f64; 8] = [6.0, 26.0, 50.0, 18.0, 24.0, 24.0, 14.0, 12.0];

fn e(err: XlsxError) -> ExportError {
    ExportError::Xlsx(err.to_string())
}

pub fn write_xlsx(layout: &Layout) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("分工表").map_err(e)?;
    let title = Format::new().set_font_name(HEAD_FONT).set_font_size(16).set_bold().set_align(FormatAlign::Center);
    let header = Format::new()
        .set_font_name(HEAD_FONT)
        .set_font_size(12)
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    let body = Format::new()
        .set_font_name(BODY_FONT)
        .set_font_size(11)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    let centered = body.clone().set_align(FormatAlign::Center);
    let area = body.clone().set_bold();

    sheet.merge_range(0, 0, 0, 7, &layout.title, &title).map_err(e)?;
    sheet.set_row_height(0, 30).map_err(e)?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(1, c as u16, *name, &header).map_err(e)?;
        sheet.set_column_width(c as u16, WIDTHS[c]).map_err(e)?;
    }
    sheet.set_repeat_rows(1, 1).map_err(e)?;
    sheet.set_freeze_panes(2, 0).map_err(e)?;
    sheet.set_landscape();
    sheet.set_paper_size(9); // A4
    sheet.set_print_fit_to_pages(1, 0);

    for (k, line) in layout.lines.iter().enumerate() {
        let row = (k + 2) as u32;
        match line.kind {
            LineKind::Area => {
                sheet.merge_range(row, 0, row, 2, &line.measure, &area).map_err(e)?;
            }
            LineKind::Body => {
                sheet.write_string_with_format(row, 0, &line.index, &centered).map_err(e)?;
                sheet.write_string_with_format(row, 2, &line.measure, &body).map_err(e)?;
            }
        }
        for (c, text) in [(3u16, &line.lead), (4, &line.participant), (5, &line.responsible), (7, &line.note)] {
            sheet.write_string_with_format(row, c, text.as_str(), &body).map_err(e)?;
        }
        sheet.write_string_with_format(row, 6, &line.deadline, &centered).map_err(e)?;
        // Spreadsheets do not grow rows for wrapped text on their own when
        // the file is opened: give each row the height its longest cell needs.
        let lines = [
            (0usize, &line.index),
            (2, &line.measure),
            (3, &line.lead),
            (4, &line.participant),
            (5, &line.responsible),
            (6, &line.deadline),
            (7, &line.note),
        ]
        .iter()
        .map(|(c, t)| if line.kind == LineKind::Area && *c == 2 { 1 } else { wrapped_lines(t, WIDTHS[*c]) })
        .max()
        .unwrap_or(1);
        sheet.set_row_height(row, 15.0 * lines as f64 + 3.0).map_err(e)?;
        if let Some((task, span)) = &line.task {
            let last = row + (*span as u32).max(1) - 1;
            if last > row {
                sheet.merge_range(row, 1, last, 1, task, &body).map_err(e)?;
            } else {
                sheet.write_string_with_format(row, 1, task, &body).map_err(e)?;
            }
        } else if line.kind == LineKind::Body && !covered_by_task(layout, k) {
            sheet.write_blank(row, 1, &body).map_err(e)?;
        }
    }
    book.save_to_buffer().map_err(e)
}

/// How many lines `text` takes in a column `width` characters wide (CJK
/// characters count two).
fn wrapped_lines(text: &str, width: f64) -> usize {
    let usable = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|part| {
            let units: f64 = part.chars().map(|c| if c.is_ascii() { 1.0 } else { 2.0 }).sum();
            ((units / usable).ceil() as usize).max(1)
        })
        .sum()
}

/// Whether line `k` lies under a task cell merged down from an earlier line.
fn covered_by_task(layout: &Layout, k: usize) -> bool {
    layout.lines[..k]
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, l)| l.task.as_ref().map(|(_, span)| i + span > k))
        .unwrap_or(false)
}
