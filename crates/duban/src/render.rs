//! Human output of `duban parse`: the recovered tree, then each diagnostic
//! with its source line and a caret under the excerpt, compiler style.
//! Styles are ANSI codes; the caller's stream strips them off a terminal.

use anstyle::{AnsiColor, Style};
use duban_core::{Basis, Diagnostic, Item, Parsed, Role, Severity};
use std::io::{self, Write};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const LEAD: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
const WARN: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
const ERR: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const INFO: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Blue)));

/// Shortens `s` to `n` characters with an ellipsis.
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n).collect();
    out.push('…');
    out
}

pub fn plan(out: &mut impl Write, parsed: &Parsed, source: &str, file: &str) -> io::Result<()> {
    if let Some(title) = &parsed.plan.title {
        writeln!(out, "{BOLD}{title}{BOLD:#}")?;
    }
    for item in &parsed.plan.items {
        write_item(out, item, 0)?;
    }
    let all = parsed.plan.all_items();
    let leaves = all.iter().filter(|i| i.children.is_empty()).count();
    let count = |s: Severity| parsed.diagnostics.iter().filter(|d| d.severity == s).count();
    writeln!(out)?;
    writeln!(
        out,
        "{BOLD}共 {} 个顶层条目、{} 个条目，其中末级措施 {} 项；诊断：错误 {}，警告 {}，提示 {}{BOLD:#}",
        parsed.plan.items.len(),
        all.len(),
        leaves,
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    )?;
    bases(out, &all)?;
    let lines: Vec<&str> = source.lines().collect();
    for d in &parsed.diagnostics {
        writeln!(out)?;
        diagnostic(out, d, &lines, file)?;
    }
    Ok(())
}

/// How many assignments rest on each basis, most doubtful first: what an
/// office should check before publishing.
fn bases(out: &mut impl Write, items: &[&Item]) -> io::Result<()> {
    let counts: Vec<String> = Basis::ALL
        .into_iter()
        .filter_map(|b| {
            let n = items.iter().flat_map(|i| &i.assignments).filter(|a| a.basis == b).count();
            (n > 0).then(|| format!("{} {n}", b.label_zh()))
        })
        .collect();
    if !counts.is_empty() {
        writeln!(out, "分工依据（标 ? 的请先核对）：{}", counts.join("，"))?;
    }
    Ok(())
}

/// The number printed the usual way: `一、` at the top, `(一)` below it,
/// `1.` for Arabic numerals. The JSON keeps the bare numeral.
fn numbering(item: &Item, depth: usize) -> String {
    match &item.number {
        None => "·".to_string(),
        Some(n) if n.chars().all(|c| c.is_ascii_digit()) => format!("{n}."),
        Some(n) if depth == 0 => format!("{n}、"),
        Some(n) => format!("({n})"),
    }
}

fn write_item(out: &mut impl Write, item: &Item, depth: usize) -> io::Result<()> {
    let indent = "  ".repeat(depth);
    let text = short(&item.text, if item.children.is_empty() { 36 } else { 40 });
    let style = if item.children.is_empty() { Style::new() } else { BOLD };
    writeln!(out, "{indent}{style}{} {text}{style:#}  {DIM}第 {} 行{DIM:#}", numbering(item, depth), item.line)?;
    let mut parts = Vec::new();
    for role in [Role::Lead, Role::Responsible, Role::Participant] {
        // A role that rests on a default or a guess is marked `?` (see the summary).
        let names: Vec<String> = item
            .assignments
            .iter()
            .filter(|a| a.role == role)
            .map(|a| {
                if a.basis.doubt() >= 2 { format!("{}{WARN}?{WARN:#}", a.as_written) } else { a.as_written.to_string() }
            })
            .collect();
        if !names.is_empty() {
            parts.push(format!("{LEAD}{}{LEAD:#}：{}", role.label_zh(), names.join("、")));
        }
    }
    if let Some(d) = &item.deadline {
        let typed = match (&d.due, d.kind) {
            (Some(due), _) => due.to_string(),
            (None, k) => format!("{k:?}").to_lowercase(),
        };
        parts.push(format!("{LEAD}时限{LEAD:#}：{}（{typed}）", d.as_written));
    }
    if let Some(n) = &item.note {
        parts.push(format!("{LEAD}备注{LEAD:#}：{}", short(n, 30)));
    }
    if !parts.is_empty() {
        writeln!(out, "{indent}    {}", parts.join("  "))?;
    }
    for c in &item.children {
        write_item(out, c, depth + 1)?;
    }
    Ok(())
}

fn diagnostic(out: &mut impl Write, d: &Diagnostic, lines: &[&str], file: &str) -> io::Result<()> {
    let (style, word) = match d.severity {
        Severity::Error => (ERR, "错误"),
        Severity::Warning => (WARN, "警告"),
        Severity::Info => (INFO, "提示"),
    };
    writeln!(out, "{style}{word}[{}]{style:#}{BOLD}：{}{BOLD:#}", d.code, d.message)?;
    let gutter = d.line.to_string().len();
    writeln!(out, "{:gutter$}{DIM}-->{DIM:#} {file}:{}", "", d.line)?;
    let Some(src) = d.line.checked_sub(1).and_then(|i| lines.get(i)) else {
        return Ok(());
    };
    let (shown, col, width) = window(src, &d.excerpt);
    writeln!(out, "{:gutter$} {DIM}|{DIM:#}", "")?;
    writeln!(out, "{DIM}{} |{DIM:#} {shown}", d.line)?;
    writeln!(out, "{:gutter$} {DIM}|{DIM:#} {}{style}{}{style:#}", "", " ".repeat(col), "^".repeat(width.max(1)))?;
    Ok(())
}

/// Display width of a character: CJK and full-width forms take two columns.
fn width(c: char) -> usize {
    if c == '\t' {
        return 1;
    }
    let u = c as u32;
    let wide = matches!(u, 0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    if wide { 2 } else { 1 }
}

/// The part of a (possibly very long) source line around the excerpt, the
/// caret's column and its width, in display columns.
fn window(line: &str, excerpt: &str) -> (String, usize, usize) {
    let chars: Vec<char> = line.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    let needle: Vec<char> = excerpt.trim_end_matches('…').chars().filter(|c| !c.is_whitespace()).take(8).collect();
    let start = if needle.is_empty() {
        None
    } else {
        (0..chars.len()).find(|&i| {
            let mut k = 0;
            let mut j = i;
            while k < needle.len() && j < chars.len() {
                if chars[j].is_whitespace() {
                    j += 1;
                    continue;
                }
                if chars[j] != needle[k] {
                    return false;
                }
                k += 1;
                j += 1;
            }
            k == needle.len()
        })
    };
    let first = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    let at = start.unwrap_or(first);
    let from = at.saturating_sub(20);
    let to = (at + 40).min(chars.len());
    let mut shown = String::new();
    if from > 0 {
        shown.push('…');
    }
    let prefix: usize = if from > 0 { 1 } else { 0 };
    shown.extend(&chars[from..to]);
    if to < chars.len() {
        shown.push('…');
    }
    let col = prefix + chars[from..at].iter().map(|&c| width(c)).sum::<usize>();
    let span = if start.is_some() {
        chars[at..(at + needle.len()).min(chars.len())].iter().map(|&c| width(c)).sum()
    } else {
        1
    };
    (shown, col, span)
}
