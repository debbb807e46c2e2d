//! `duban parse FILE`: read a division table, print the recovered plan.

use crate::{ColorArg, FormatArg, ParseArgs, ReadArgs};
use anyhow::{Context, Result};
use duban_core::Parsed;
use duban_import::{Format, Options};
use std::io::Write;
use std::path::Path;

/// Reads and parses a document as the shared reading options say.
pub fn read_document(path: &Path, read: &ReadArgs) -> Result<(Parsed, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("无法读取文件 {}", path.display()))?;
    let options = Options {
        format: match read.format {
            FormatArg::Auto => None,
            FormatArg::Text => Some(Format::Text),
            FormatArg::Markdown => Some(Format::Markdown),
            FormatArg::Html => Some(Format::Html),
            FormatArg::Csv => Some(Format::Csv),
            FormatArg::Docx => Some(Format::Docx),
            FormatArg::Xlsx => Some(Format::Xlsx),
            FormatArg::Pdf => Some(Format::Pdf),
            FormatArg::Data => Some(Format::Data),
        },
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
        today: Some(crate::registry::date(read.on.as_deref())?),
        sheet: read.sheet.clone(),
        ..Options::default()
    };
    let registry = crate::registry::load(&read.orgs)?;
    let parsed = duban_import::parse_with(&bytes, &options, &registry)
        .with_context(|| format!("无法导入 {}", path.display()))?;
    Ok((parsed, bytes))
}

pub fn run(args: &ParseArgs) -> Result<()> {
    let (parsed, bytes) = read_document(&args.file, &args.read)?;
    if args.json {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, &parsed)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    // Text formats show their source lines under diagnostics; Office and
    // PDF files have none to show (their "lines" are rows and paragraphs).
    let source = duban_import::decode(&bytes).unwrap_or_default();
    let choice = match args.color {
        ColorArg::Auto => anstream::ColorChoice::Auto,
        ColorArg::Always => anstream::ColorChoice::Always,
        ColorArg::Never => anstream::ColorChoice::Never,
    };
    let mut out = anstream::AutoStream::new(std::io::stdout().lock(), choice);
    crate::render::plan(&mut out, &parsed, &source, &args.file.display().to_string())?;
    Ok(())
}
