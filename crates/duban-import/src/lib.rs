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
mod counted;
mod decode;
mod edit;
mod error;
mod heading_body;
mod inline;
mod numbering;
mod phrase;
mod prose;
mod read;
mod request;
mod tree;

pub use decode::decode;
pub use duban_core::{NaiveDate, Parsed, ResolveOrg, WrittenName};
pub use edit::{PhraseError, assignments_from, phrase_of};
pub use error::ImportError;

/// The input format, as asked for or detected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Csv,
    Docx,
    /// XLSX, and also the legacy XLS (both through calamine).
    Xlsx,
    Pdf,
    /// Records in JSON, or in JavaScript / TypeScript literals inside source
    /// code (read as data, never executed).
    Data,
}

/// Bounds on what a file may make the importer do, so that a zip bomb, a
/// huge sheet or a deeply nested XML part is refused in bounded memory and
/// time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest unpacked size of one part of an Office file, in bytes.
    pub max_unpacked_bytes: u64,
    /// Most table cells read from one file.
    pub max_cells: usize,
    /// Deepest XML nesting accepted.
    pub max_xml_depth: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_unpacked_bytes: 256 << 20, max_cells: 2_000_000, max_xml_depth: 256 }
    }
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
    /// The worksheet to read from a workbook; by default the one that
    /// looks most like a division table.
    pub sheet: Option<String>,
    pub limits: Limits,
}

fn extension(file_name: Option<&str>) -> String {
    file_name.and_then(|n| n.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default()
}

/// Detects the format of decoded text from its content first, then the
/// file name.
pub fn detect_format(text: &str, file_name: Option<&str>) -> Format {
    if matches!(extension(file_name).as_str(), "json" | "js" | "mjs" | "cjs" | "jsx" | "ts" | "tsx" | "vue") {
        return Format::Data;
    }
    if text.trim_start_matches('\u{feff}').trim_start().starts_with(['[', '{']) {
        return Format::Data;
    }
    let head: String = text.chars().take(4096).collect::<String>().to_ascii_lowercase();
    let strong_html = ["<!doctype html", "<html", "<table", "<body", "<head>"].iter().any(|m| head.contains(m));
    if strong_html {
        return Format::Html;
    }
    // A table far into a wrapper (a SQL dump of a CMS, a JSP page), or
    // escaped once (`&lt;td&gt;`), is still the document's table.
    if contains_table_markup(text) {
        return Format::Html;
    }
    match extension(file_name).as_str() {
        "html" | "htm" | "xhtml" => return Format::Html,
        "md" | "markdown" => return Format::Markdown,
        "csv" => return Format::Csv,
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
    if read::looks_like_csv(text) {
        return Format::Csv;
    }
    Format::Text
}

fn contains_table_markup(text: &str) -> bool {
    // Only where a `<` or `&` stands (found by memchr), not at every byte.
    let after = |mark: char, word: &str| {
        text.match_indices(mark).any(|(i, _)| {
            let rest = &text.as_bytes()[i + 1..];
            rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        })
    };
    after('<', "table") && after('<', "td") || after('&', "lt;table") || after('&', "lt;td")
}

/// HTML escaped once (`&lt;td&gt;县财政局&lt;/td&gt;`, as a database dump
/// or a JSON string holds it), unescaped so the table reader sees its tags.
fn unescape_markup(text: String) -> String {
    if text.contains("<td") || text.contains("<TD") || !(text.contains("&lt;td") || text.contains("&lt;table")) {
        return text;
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// What the bytes turned out to be: a container format, or decoded text
/// (kept, so it is decoded once) with its format.
enum Input {
    Binary(Format),
    Text(String, Format),
}

/// The format of raw bytes: containers by their magic numbers and parts,
/// text by [`detect_format`].
fn detect_bytes(bytes: &[u8], file_name: Option<&str>, limits: &Limits) -> Result<Input, ImportError> {
    Ok(match detect_container(bytes, file_name, limits)? {
        Some(format) => Input::Binary(format),
        None => {
            let text = decode(bytes)?;
            let format = detect_format(&text, file_name);
            Input::Text(text, format)
        }
    })
}

fn detect_container(bytes: &[u8], file_name: Option<&str>, limits: &Limits) -> Result<Option<Format>, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") {
        let mut archive = read::open(bytes, "Office")?;
        // A bomb declares its sizes honestly often enough to refuse early.
        let total: u64 = (0..archive.len()).filter_map(|i| archive.by_index_raw(i).ok().map(|e| e.size())).sum();
        if total > limits.max_unpacked_bytes.saturating_mul(4) {
            return Err(ImportError::TooLarge(format!("压缩包解压后共 {total} 字节，超过上限")));
        }
        if read::has(&mut archive, "word/document.xml") {
            return Ok(Some(Format::Docx));
        }
        if read::has(&mut archive, "xl/workbook.xml") {
            return Ok(Some(Format::Xlsx));
        }
        return Err(ImportError::Unsupported("压缩包（既不是 DOCX 也不是 XLSX）".into()));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // Password-protected DOCX/XLSX are OLE containers with this stream.
        let marker: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        if bytes.windows(marker.len()).any(|w| w == marker.as_slice()) {
            return Err(ImportError::Encrypted);
        }
        return match extension(file_name).as_str() {
            "doc" | "wps" => Err(ImportError::Unsupported("DOC/WPS（旧版 Word）".into())),
            _ => Ok(Some(Format::Xlsx)),
        };
    }
    if bytes.starts_with(b"%PDF") {
        return Ok(Some(Format::Pdf));
    }
    Ok(None)
}

/// Reads the rows of a document of a known format (`text`: the bytes
/// already decoded, if they were).
fn read_rows(
    bytes: &[u8],
    text: Option<String>,
    format: Format,
    options: &Options,
) -> Result<Vec<read::Row>, ImportError> {
    let limits = &options.limits;
    let decoded = |t: Option<String>| -> Result<String, ImportError> {
        match t {
            Some(t) => Ok(t),
            None => decode(bytes),
        }
    };
    Ok(match format {
        Format::Docx => read::read_docx(bytes, limits)?,
        Format::Xlsx => read::read_workbook(bytes, limits, options.sheet.as_deref())?,
        Format::Pdf => read::read_text(&read::pdf_text(bytes)?, false),
        Format::Csv => read::read_csv(&decoded(text)?, limits)?,
        Format::Html => read::read_html(&unescape_markup(decoded(text)?)),
        Format::Markdown => read::read_text(&decoded(text)?, true),
        Format::Text => read::read_plain_text(&decoded(text)?),
        Format::Data => {
            let text = decoded(text)?;
            let rows = read::read_data(&text);
            // Not records after all (a `{` opening prose): read it as text.
            if rows.is_empty() { read::read_plain_text(&text) } else { rows }
        }
    })
}

/// Parses a document. Never panics: a failure inside reading or recovery
/// is returned as [`ImportError::Internal`].
pub fn parse(bytes: &[u8], options: &Options) -> Result<Parsed, ImportError> {
    parse_with(bytes, options, &WrittenName)
}

/// [`parse`] with a department resolver (the registry) in place of the
/// minimal normaliser.
pub fn parse_with(bytes: &[u8], options: &Options, resolver: &dyn ResolveOrg) -> Result<Parsed, ImportError> {
    let guarded = std::panic::AssertUnwindSafe(|| -> Result<Parsed, ImportError> {
        let (format, text) = match options.format {
            Some(f) => (f, None),
            None => match detect_bytes(bytes, options.file_name.as_deref(), &options.limits)? {
                Input::Binary(f) => (f, None),
                Input::Text(t, f) => (f, Some(t)),
            },
        };
        let rows = read_rows(bytes, text, format, options)?;
        Ok(recover(rows, resolver, options.today))
    });
    std::panic::catch_unwind(guarded).unwrap_or_else(|e| {
        let what = e
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Err(ImportError::Internal(what))
    })
}

/// Recovers the plan from decoded text in a known text format, keeping
/// written names as canonical names.
pub fn parse_text(text: &str, format: Format) -> Parsed {
    let rows = match format {
        Format::Html => read::read_html(text),
        Format::Markdown => read::read_text(text, true),
        Format::Csv => read::read_csv(text, &Limits::default()).unwrap_or_default(),
        Format::Data => read::read_data(text),
        _ => read::read_plain_text(text),
    };
    recover(rows, &WrittenName, None)
}

/// Rows to plan. Rows own their cells, so the source text is gone by now
/// and never held beside the plan.
fn recover(rows: Vec<read::Row>, resolver: &dyn ResolveOrg, today: Option<NaiveDate>) -> Parsed {
    let classified = classify::classify(rows);
    let tree = tree::build(&classified.items);
    assemble::assemble(classified, tree, resolver, today)
}
