//! Circulars (通报): a title, a date line, an opening paragraph, then
//! sections each with a heading and a table, as DOCX (A4 portrait, CJK
//! fonts named) and XLSX (one sheet, sections one under another). The
//! content is made by the caller; these writers only lay it out.

use crate::{BODY_FONT, ExportError, HEAD_FONT};
use docx_rs::{AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableRow, WidthType};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};

/// A circular's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Circular {
    pub title: String,
    /// The line under the title (issuer, date).
    pub dateline: String,
    /// The opening paragraph(s), separated by blank lines.
    pub opening: String,
    pub sections: Vec<Section>,
}

/// One part: a heading, and a table (which may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn run(text: &str, font: &str, size: usize, bold: bool) -> Run {
    let r = Run::new().add_text(text).size(size).fonts(RunFonts::new().east_asia(font).ascii(font).hi_ansi(font));
    if bold { r.bold() } else { r }
}

/// The circular as a Word document.
pub fn circular_docx(c: &Circular) -> Result<Vec<u8>, ExportError> {
    let mut doc = Docx::new()
        .add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(run(&c.title, HEAD_FONT, 36, true)))
        .add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(run(&c.dateline, BODY_FONT, 24, false)));
    for para in c.opening.split("\n\n").filter(|p| !p.trim().is_empty()) {
        doc = doc.add_paragraph(Paragraph::new().add_run(run(para.trim(), BODY_FONT, 28, false)));
    }
    for s in &c.sections {
        doc = doc.add_paragraph(Paragraph::new().add_run(run(&s.heading, HEAD_FONT, 28, true)));
        if s.rows.is_empty() {
            doc = doc.add_paragraph(Paragraph::new().add_run(run("无。", BODY_FONT, 24, false)));
            continue;
        }
        let width = 9000 / s.columns.len().max(1);
        let cell = |text: &str, bold: bool| {
            TableCell::new()
                .width(width, WidthType::Dxa)
                .add_paragraph(Paragraph::new().add_run(run(text, BODY_FONT, 21, bold)))
        };
        let mut rows = vec![TableRow::new(s.columns.iter().map(|h| cell(h, true)).collect()).cant_split()];
        for r in &s.rows {
            rows.push(TableRow::new(r.iter().map(|t| cell(t, false)).collect()).cant_split());
        }
        doc = doc.add_table(Table::new(rows));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}

/// The circular as a workbook: one sheet, sections one under another.
pub fn circular_xlsx(c: &Circular) -> Result<Vec<u8>, ExportError> {
    let e = |err: rust_xlsxwriter::XlsxError| ExportError::Xlsx(err.to_string());
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("通报").map_err(e)?;
    let width = c.sections.iter().map(|s| s.columns.len()).max().unwrap_or(1).max(1) as u16;
    let title = Format::new().set_font_name(HEAD_FONT).set_font_size(16).set_bold().set_align(FormatAlign::Center);
    let plain = Format::new().set_font_name(BODY_FONT).set_font_size(11).set_text_wrap();
    let heading = Format::new().set_font_name(HEAD_FONT).set_font_size(12).set_bold();
    let header = heading.clone().set_border(FormatBorder::Thin).set_align(FormatAlign::Center);
    let body = plain.clone().set_border(FormatBorder::Thin).set_align(FormatAlign::VerticalCenter);
    let mut row = 0u32;
    let last = width.saturating_sub(1);
    let merged = |sheet: &mut rust_xlsxwriter::Worksheet, row: u32, text: &str, f: &Format| {
        if last == 0 {
            sheet.write_string_with_format(row, 0, text, f).map(|_| ())
        } else {
            sheet.merge_range(row, 0, row, last, text, f).map(|_| ())
        }
    };
    merged(sheet, row, &c.title, &title).map_err(e)?;
    row += 1;
    merged(sheet, row, &c.dateline, &plain).map_err(e)?;
    row += 2;
    for para in c.opening.split("\n\n").filter(|p| !p.trim().is_empty()) {
        merged(sheet, row, para.trim(), &plain).map_err(e)?;
        sheet.set_row_height(row, 15.0 * (para.chars().count() / 60 + 1) as f64).map_err(e)?;
        row += 1;
    }
    for s in &c.sections {
        row += 1;
        sheet.write_string_with_format(row, 0, &s.heading, &heading).map_err(e)?;
        row += 1;
        if s.rows.is_empty() {
            sheet.write_string_with_format(row, 0, "无。", &plain).map_err(e)?;
            row += 1;
            continue;
        }
        for (k, h) in s.columns.iter().enumerate() {
            sheet.write_string_with_format(row, k as u16, h, &header).map_err(e)?;
        }
        row += 1;
        for r in &s.rows {
            for (k, t) in r.iter().enumerate() {
                sheet.write_string_with_format(row, k as u16, t, &body).map_err(e)?;
            }
            row += 1;
        }
    }
    for k in 0..width {
        sheet.set_column_width(k, if k == 0 { 40.0 } else { 18.0 }).map_err(e)?;
    }
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    book.save_to_buffer().map_err(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circulars_are_written_in_both_formats() {
        let c = Circular {
            title: "关于重点任务落实情况的通报".into(),
            dateline: "督查室 · 2026-11-29".into(),
            opening: "截至目前，共有措施 3 项。\n\n现将情况通报如下。".into(),
            sections: vec![
                Section {
                    heading: "一、已完成".into(),
                    columns: vec!["措施".into(), "部门".into()],
                    rows: vec![vec!["推行一网通办".into(), "市政务服务局".into()]],
                },
                Section { heading: "二、逾期未完成".into(), columns: vec!["措施".into()], rows: Vec::new() },
            ],
        };
        let docx = circular_docx(&c).unwrap();
        assert_eq!(&docx[..2], b"PK");
        let xlsx = circular_xlsx(&c).unwrap();
        assert_eq!(&xlsx[..2], b"PK");
        // The text is in the document (deflated inside the zip, so look via the archive).
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
        assert!(xml.contains("推行一网通办") && xml.contains("无。") && xml.contains("黑体"));
    }
}
