//! `duban parse FILE`: read a division table, print the recovered plan.

use crate::{ColorArg, FormatArg, ParseArgs};
use anyhow::{Context, Result};
use duban_import::{Format, Options};
use std::io::Write;

pub fn run(args: &ParseArgs) -> Result<()> {
    let path = &args.file;
    let bytes = std::fs::read(path).with_context(|| format!("无法读取文件 {}", path.display()))?;
    let options = Options {
        format: match args.format {
            FormatArg::Auto => None,
            FormatArg::Text => Some(Format::Text),
            FormatArg::Markdown => Some(Format::Markdown),
            FormatArg::Html => Some(Format::Html),
        },
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
        today: Some(crate::registry::date(args.on.as_deref())?),
    };
    let registry = crate::registry::load(&args.orgs)?;
    let parsed = duban_import::parse_with(&bytes, &options, &registry)
        .with_context(|| format!("无法导入 {}", path.display()))?;
    if args.json {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, &parsed)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    // parse() succeeded, so the bytes decode.
    let source = duban_import::decode(&bytes).unwrap_or_default();
    let choice = match args.color {
        ColorArg::Auto => anstream::ColorChoice::Auto,
        ColorArg::Always => anstream::ColorChoice::Always,
        ColorArg::Never => anstream::ColorChoice::Never,
    };
    let mut out = anstream::AutoStream::new(std::io::stdout().lock(), choice);
    crate::render::plan(&mut out, &parsed, &source, &path.display().to_string())?;
    Ok(())
}
