//! `duban export INPUT --xlsx|--docx|--csv|--json OUT`: the plan written as
//! the table offices circulate.

use crate::ExportArgs;
use anyhow::{Context, Result, bail};
use duban_core::Parsed;
use duban_export::Layout;
use std::path::Path;

pub fn run(args: &ExportArgs) -> Result<()> {
    if args.xlsx.is_none() && args.docx.is_none() && args.csv.is_none() && args.json.is_none() {
        bail!("请至少指定一种输出：--xlsx、--docx、--csv 或 --json");
    }
    let parsed = read_plan(&args.input, args)?;
    let layout = Layout::of(&parsed.plan);
    if let Some(out) = &args.xlsx {
        write(out, &duban_export::write_xlsx(&layout)?)?;
    }
    if let Some(out) = &args.docx {
        write(out, &duban_export::write_docx(&layout)?)?;
    }
    if let Some(out) = &args.csv {
        write(out, &duban_export::write_csv(&layout)?)?;
    }
    if let Some(out) = &args.json {
        write(out, &serde_json::to_vec_pretty(&parsed)?)?;
    }
    let measures = parsed.plan.leaves().len();
    eprintln!("已导出 {} 项措施（{} 行）", measures, layout.lines.len());
    Ok(())
}

/// A plan JSON (from `duban parse --json`) is taken as it is; anything else
/// is parsed as a document.
fn read_plan(path: &Path, args: &ExportArgs) -> Result<Parsed> {
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        let bytes = std::fs::read(path).with_context(|| format!("无法读取文件 {}", path.display()))?;
        return serde_json::from_slice(&bytes)
            .with_context(|| format!("{} 不是 duban parse --json 输出的分工表 JSON", path.display()));
    }
    Ok(crate::parse_cmd::read_document(path, &args.read)?.0)
}

/// Writes the whole file or nothing: a temporary file renamed into place.
fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension(format!(
        "{}.tmp",
        path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default()
    ));
    std::fs::write(&tmp, bytes).with_context(|| format!("无法写入 {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("无法写入 {}", path.display()))?;
    Ok(())
}
