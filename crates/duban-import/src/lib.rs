//! duban's importer: reads a division-of-responsibility table (分工表) as
//! published and recovers the plan, with a diagnostic for everything it
//! doubted or repaired.
//!
//! ```text
//! bytes ─decode─▶ text ─read (text | markdown | html)─▶ rows of cells
//!       ─classify─▶ items, phrases, deadlines ─tree─▶ numbering repairs
//!       ─assemble─▶ assignments, checks ─▶ Parsed { plan, diagnostics }
//! ```
//!
//! Pure: no IO beyond the bytes handed in, no global state. Readers are
//! separate from recovery so later formats (DOCX, XLSX, PDF) plug in as new
//! readers producing the same rows.

mod assemble;
mod classify;
mod clean;
mod decode;
mod error;
mod numbering;
mod phrase;
mod read;
mod tree;

pub use decode::decode;
pub use duban_core::{NaiveDate, Parsed, ResolveOrg, WrittenName};
pub use error::ImportError;

/// The input format, as asked for or detected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// What the caller knows about the input.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The format if the caller insists on one; `None` detects it.
    pub format: Option<Format>,
    /// The file name, used as a second hint after the content.
    pub file_name: Option<String>,
    /// The date successors of reformed departments are given for
    /// (normally today); `None` skips succession lookups.
    pub today: Option<NaiveDate>,
}

/// Detects the format from the content first, then the file name.
pub fn detect_format(text: &str, file_name: Option<&str>) -> Format {
    let head: String = text.chars().take(4096).collect::<String>().to_ascii_lowercase();
    let strong_html = ["<!doctype html", "<html", "<table", "<body", "<head>"].iter().any(|m| head.contains(m));
    if strong_html {
        return Format::Html;
    }
    let ext = file_name.and_then(|n| n.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => return Format::Html,
        "md" | "markdown" => return Format::Markdown,
        _ => {}
    }
    let pipe_rows = text.lines().take(400).filter(|l| l.trim_start().starts_with('|')).count();
    let separator = text.lines().take(400).any(|l| {
        let t = l.trim();
        t.starts_with('|') && t.contains("---")
    });
    if pipe_rows >= 2 && separator {
        return Format::Markdown;
    }
    Format::Text
}

/// Parses a document. Never panics: a failure inside recovery is returned
/// as [`ImportError::Internal`].
pub fn parse(bytes: &[u8], options: &Options) -> Result<Parsed, ImportError> {
    parse_with(bytes, options, &WrittenName)
}

/// [`parse`] with a department resolver (the registry) in place of the
/// minimal normaliser.
pub fn parse_with(bytes: &[u8], options: &Options, resolver: &dyn ResolveOrg) -> Result<Parsed, ImportError> {
    let text = decode(bytes)?;
    let format = options.format.unwrap_or_else(|| detect_format(&text, options.file_name.as_deref()));
    let today = options.today;
    let guarded = std::panic::AssertUnwindSafe(move || recover(text, format, resolver, today));
    std::panic::catch_unwind(guarded).map_err(|e| {
        let what = e
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        ImportError::Internal(what)
    })
}

/// Recovers the plan from decoded text in a known format, keeping written
/// names as canonical names.
pub fn parse_text(text: &str, format: Format) -> Parsed {
    recover(text.to_string(), format, &WrittenName, None)
}

/// Takes the text by value: rows own their cells, so the text is dropped
/// as soon as it is read and never held beside the plan.
fn recover(text: String, format: Format, resolver: &dyn ResolveOrg, today: Option<NaiveDate>) -> Parsed {
    let rows = match format {
        Format::Html => read::read_html(&text),
        Format::Markdown => read::read_text(&text, true),
        Format::Text => read::read_text(&text, false),
    };
    drop(text);
    let classified = classify::classify(rows);
    let tree = tree::build(&classified.items);
    assemble::assemble(classified, tree, resolver, today)
}
