//! Tasks listed and counted after the bodies that carry them, in news
//! reports and notices of livelihood projects: `省卫健委负责A、B、C等四个项目；
//! 省教育厅负责D和E两个项目；省交通厅负责F项目。`, `省卫生厅牵头承办的A、B、C等4件
//! 实事`. The count written after the list is what makes the reading safe:
//! the list must have exactly that many members, so an ordinary sentence
//! with a 、 in it is left alone.

use crate::inline::InlineSplit;
use crate::phrase::{Phrase, looks_like_org, parse_phrase};

/// Verbs joining bodies to their list beyond those of quoted tasks
/// ([`crate::prose::VERBS`]), looked for first: they are longer.
const COMPOUND_VERBS: &[(&str, &str)] =
    &[("共同负责", "负责"), ("共同負責", "负责"), ("牵头承办", "牵头"), ("牽頭承辦", "牵头")];

/// Words after which a body's name may begin inside a sentence
/// (`其中，`, `重点就省卫生厅…`, `由市住建局…`).
const LEAD_INS: &[&str] = &["其中", "就", "对", "對", "由", "是"];

/// Measure words of a count (`四个项目`, `4件`, `两项`).
const MEASURE_WORDS: &[char] = &['个', '個', '项', '項', '件'];

/// Nouns that close a single task named after its bodies (`农民小额贷款贴息项目`).
const TASK_NOUNS: &[&str] = &["项目", "項目", "工程", "事项", "事項", "实事", "實事"];

/// The number a count of Chinese or Arabic numerals names, 1–99 (`两` too).
fn count_value(s: &str) -> Option<usize> {
    if s.is_empty() {
        return None;
    }
    if let Ok(n) = s.parse::<usize>() {
        return Some(n);
    }
    match s {
        "两" | "兩" => Some(2),
        _ => crate::numbering::chinese_value(s).map(|v| v as usize),
    }
}

/// The numerals (Arabic or Chinese) that end `s`; empty when none.
fn trailing_numerals(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, d)| d.is_ascii_digit() || "一二两兩三四五六七八九十".contains(*d))
        .last()
        .map_or(s.len(), |(k, _)| k);
    &s[start..]
}

/// The first verb joining bodies to their tasks in `s`, among the first
/// `within` characters: where it stands, the verb, and its role word.
fn first_verb(s: &str, within: usize) -> Option<(usize, &'static str, &'static str)> {
    s.char_indices().take(within).find_map(|(i, _)| {
        COMPOUND_VERBS.iter().chain(crate::prose::VERBS).find(|(v, _)| s[i..].starts_with(v)).map(|(v, w)| (i, *v, *w))
    })
}

/// The bodies that end right before byte `verb_at` of `clause`, read from
/// the latest place a name may begin: a phrase whose every name is a body.
fn bodies_ending_at(clause: &str, verb_at: usize, word: &str, line: usize) -> Option<Phrase> {
    let before = &clause[..verb_at];
    let mut start = before
        .rfind(['，', ',', '：', ':', '\n'])
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    for lead_in in LEAD_INS {
        if let Some(k) = before[start..].rfind(lead_in) {
            start = start.max(start + k + lead_in.len());
        }
    }
    let names = before[start..].trim();
    if names.is_empty() || names.chars().count() > 60 {
        return None;
    }
    let phrase = parse_phrase(&format!("{names}{word}"), None, line);
    (!phrase.names.is_empty() && phrase.names.iter().all(|n| looks_like_org(&n.name))).then_some(phrase)
}

/// `A、B、C等三个项目` at the start of `rest`: the members, when there are
/// exactly as many as the count says (at least two).
fn counted_list(rest: &str) -> Option<Vec<String>> {
    for (i, c) in rest.char_indices() {
        if !MEASURE_WORDS.contains(&c) {
            continue;
        }
        // The numerals just before the measure word; a measure word inside
        // a task (`建设250个村卫生室`) is passed over.
        let numerals = trailing_numerals(&rest[..i]);
        let numerals_at = i - numerals.len();
        let Some(n) = count_value(numerals) else { continue };
        let list = rest[..numerals_at].trim_end();
        let list = list.strip_suffix('等').unwrap_or(list).trim();
        let mut parts: Vec<&str> = list.split('、').map(str::trim).filter(|p| !p.is_empty()).collect();
        // Two members joined by 和 (`D和E两个项目`).
        if parts.len() == 1 && n == 2 {
            parts = list.splitn(2, ['和', '及', '与', '與']).map(str::trim).filter(|p| !p.is_empty()).collect();
        }
        if n >= 2 && parts.len() == n && parts.iter().all(|p| p.chars().count() >= 4) {
            return Some(parts.into_iter().map(str::to_string).collect());
        }
    }
    None
}

/// One clause: its bodies' phrase and the tasks it lists (several when
/// counted, one when it names a single project), and whether it was counted.
fn clause_tasks(clause: &str, line: usize) -> Option<(Phrase, Vec<String>, bool)> {
    let (verb_at, verb, word) = first_verb(clause, usize::MAX)?;
    let phrase = bodies_ending_at(clause, verb_at, word, line)?;
    let mut rest = &clause[verb_at + verb.len()..];
    for second in ["承办", "承辦"] {
        rest = rest.strip_prefix(second).unwrap_or(rest);
    }
    rest = rest.strip_prefix('的').unwrap_or(rest).trim();
    if let Some(tasks) = counted_list(rest) {
        return Some((phrase, tasks, true));
    }
    let task = rest.trim_end_matches(['。', '；', ';']);
    (TASK_NOUNS.iter().any(|n| task.ends_with(n)) && task.chars().count() >= 6)
        .then(|| (phrase, vec![task.to_string()], false))
}

/// `有3项由国家卫健委牵头，分别是A；B；C。`: a count, then the bodies and
/// their verb, then the list after 分别是 / 分别为 / `：` up to the
/// sentence's end, with exactly that many members (split at `；`, or at
/// `、`). A measure per member; several such sentences in one paragraph.
pub fn counted_before(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    let mut out: Vec<InlineSplit> = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find("由") {
        let at = from + k;
        from = at + "由".len();
        // The count right before 由: `3项`, `四件`.
        let before = text[..at].strip_suffix(MEASURE_WORDS).map(str::trim_end);
        let Some(before) = before else { continue };
        let Some(n) = count_value(trailing_numerals(before)).filter(|n| *n >= 2) else { continue };
        let rest = &text[from..];
        let Some((verb_at, verb, word)) = first_verb(rest, 80) else { continue };
        let names = rest[..verb_at].trim_end_matches("分工").trim_end_matches('等');
        let phrase = parse_phrase(&format!("{names}{word}"), None, line);
        if phrase.names.is_empty() || !phrase.names.iter().all(|n| looks_like_org(&n.name)) {
            continue;
        }
        let after = rest[verb_at + verb.len()..].trim_start_matches([',', '，', ' ']);
        let Some(list) = ["分别是", "分别为", "分別是", "分別為", "：", ":"].iter().find_map(|w| after.strip_prefix(w))
        else {
            continue;
        };
        let end = list.find('。').unwrap_or(list.len());
        let members = |sep: char| -> Vec<&str> {
            list[..end].split(sep).map(|m| m.trim().trim_end_matches(['；', ';'])).filter(|m| !m.is_empty()).collect()
        };
        let parts = [members('；'), members(';'), members('、')].into_iter().find(|p| p.len() == n);
        if let Some(parts) = parts {
            out.extend(parts.into_iter().map(|m| (m.to_string(), Some(phrase.clone()), None)));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A paragraph whose clauses give bodies their counted lists of tasks: a
/// measure per task, with its clause's bodies. At least one clause must be
/// counted; the others may name a single project each.
pub fn counted_tasks(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    if !text.contains(MEASURE_WORDS) {
        return None;
    }
    let mut out: Vec<InlineSplit> = Vec::new();
    let mut counted = false;
    for clause in text.split(['；', ';', '。']) {
        if let Some((phrase, tasks, was_counted)) = clause_tasks(clause, line) {
            counted |= was_counted;
            for task in tasks {
                out.push((task, Some(phrase.clone()), None));
            }
        }
    }
    (counted && out.len() >= 2).then_some(out)
}
