//! DOCX through docx-rs: title paragraph, then the table on A4 landscape;
//! area cells span three grid columns, task cells merge vertically, the
//! header row repeats on every page, and every run names its East-Asian
//! font so Word and WPS do not fall back to a Latin one.

use crate::{BODY_FONT, COLUMNS, ExportError, HEAD_FONT, Layout, LineKind};
use docx_rs::{
    AlignmentType, Docx, PageMargin, PageOrientationType, Paragraph, Run, RunFonts, Table, TableCell, TableRow,
    VMergeType, WidthType,
};

/// Grid widths in twentieths of a point; they add up to the text width of
/// A4 landscape with 2 cm margins.
const GRID: [usize; 8] = [700, 2500, 4600, 1500, 1600, 1600, 1100, 1000];

fn run(text: &str, font: &str, size: usize, bold: bool) -> Run {
    let r = Run::new().add_text(text).size(size).fonts(RunFonts::new().east_asia(font).ascii(font).hi_ansi(font));
    if bold { r.bold() } else { r }
}

fn cell(text: &str, width: usize, font: &str, bold: bool) -> TableCell {
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    for (k, part) in text.split('\n').enumerate() {
        let _ = k;
        c = c.add_paragraph(Paragraph::new().add_run(run(part, font, 21, bold)));
    }
    c
}

pub fn write_docx(layout: &Layout) -> Result<Vec<u8>, ExportError> {
    let header = TableRow::new(COLUMNS.iter().enumerate().map(|(i, n)| cell(n, GRID[i], HEAD_FONT, true)).collect())
        .cant_split();
    let mut rows = vec![header];
    let mut open_task: usize = 0;
    for line in &layout.lines {
        let mut cells = Vec::with_capacity(8);
        match line.kind {
            LineKind::Area => {
                cells.push(cell(&line.measure, GRID[0] + GRID[1] + GRID[2], BODY_FONT, true).grid_span(3));
                open_task = 0;
            }
            LineKind::Body => {
                cells.push(cell(&line.index, GRID[0], BODY_FONT, false));
                match &line.task {
                    Some((task, span)) => {
                        let c = cell(task, GRID[1], BODY_FONT, false);
                        cells.push(if *span > 1 { c.vertical_merge(VMergeType::Restart) } else { c });
                        open_task = span.saturating_sub(1);
                    }
                    None if open_task > 0 => {
                        cells.push(cell("", GRID[1], BODY_FONT, false).vertical_merge(VMergeType::Continue));
                        open_task -= 1;
                    }
                    None => cells.push(cell("", GRID[1], BODY_FONT, false)),
                }
                cells.push(cell(&line.measure, GRID[2], BODY_FONT, false));
            }
        }
        for (i, text) in
            [(3, &line.lead), (4, &line.participant), (5, &line.responsible), (6, &line.deadline), (7, &line.note)]
        {
            cells.push(cell(text, GRID[i], BODY_FONT, false));
        }
        rows.push(TableRow::new(cells));
    }
    let table = Table::new(rows).set_grid(GRID.to_vec()).width(GRID.iter().sum(), WidthType::Dxa);
    let title = Paragraph::new().align(AlignmentType::Center).add_run(run(&layout.title, HEAD_FONT, 32, true));
    let docx = Docx::new()
        .page_size(16838, 11906)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(PageMargin::new().top(1134).bottom(1134).left(1134).right(1134))
        .add_paragraph(title)
        .add_table(table);
    let mut xml = docx.build();
    // docx-rs has no "repeat as header row": only the header row is marked
    // cantSplit, so that mark is where the header flag goes.
    let doc = String::from_utf8(std::mem::take(&mut xml.document)).map_err(|e| ExportError::Docx(e.to_string()))?;
    let doc = mark_header_row(&doc);
    xml.document = doc.into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| ExportError::Docx(e.to_string()))?;
    deflate(&out.into_inner())
}

/// docx-rs stores its parts uncompressed (26 MB for a 10,000-measure
/// table); Word writes them deflated, and so do we.
fn deflate(stored: &[u8]) -> Result<Vec<u8>, ExportError> {
    use std::io::{Read, Write};
    let err = |e: &dyn std::fmt::Display| ExportError::Docx(e.to_string());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(stored)).map_err(|e| err(&e))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| err(&e))?;
        let name = entry.name().map_err(|e| err(&e))?.into_owned();
        if entry.is_dir() {
            out.add_directory(name, options).map_err(|e| err(&e))?;
            continue;
        }
        let mut data = Vec::with_capacity(entry.size() as usize);
        entry.read_to_end(&mut data).map_err(|e| err(&e))?;
        out.start_file(name, options).map_err(|e| err(&e))?;
        out.write_all(&data).map_err(|e| err(&e))?;
    }
    Ok(out.finish().map_err(|e| err(&e))?.into_inner())
}

fn mark_header_row(doc: &str) -> String {
    for form in ["<w:cantSplit />", "<w:cantSplit/>"] {
        if let Some(pos) = doc.find(form) {
            let mut out = String::with_capacity(doc.len() + 16);
            out.push_str(&doc[..pos + form.len()]);
            out.push_str("<w:tblHeader />");
            out.push_str(&doc[pos + form.len()..]);
            return out;
        }
    }
    doc.to_string()
}
