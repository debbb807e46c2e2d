//! CSV in UTF-8 with a BOM, so Excel on Chinese Windows opens it as UTF-8.
//! No merging in CSV: a task's text stands on its first line only.

use crate::{COLUMNS, ExportError, Layout, LineKind};

pub fn write_csv(layout: &Layout) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::WriterBuilder::new().flexible(true).from_writer(&mut out);
        let err = |e: csv::Error| ExportError::Csv(e.to_string());
        w.write_record([layout.title.as_str()]).map_err(err)?;
        w.write_record(COLUMNS).map_err(err)?;
        for line in &layout.lines {
            match line.kind {
                LineKind::Area => {
                    let mut cells = [
                        "",
                        "",
                        "",
                        line.lead.as_str(),
                        &line.participant,
                        &line.responsible,
                        &line.deadline,
                        &line.note,
                    ];
                    cells[0] = &line.measure;
                    w.write_record(cells).map_err(err)?;
                }
                LineKind::Body => w.write_record(line.cells()).map_err(err)?,
            }
        }
        w.flush().map_err(|e| ExportError::Csv(e.to_string()))?;
    }
    Ok(out)
}
