//! Departments written inside an item's own text: a final bracket
//! `……。（A牵头，B参加）` (also `〔〕`, `【】`), a final sentence `A牵头，B配合。`,
//! a final deadline `（2024年底前）`, brackets after earlier sentences of the
//! same item, and a numbered heading whose sentences each close with their
//! own bracket (a task paragraph of several measures).

use crate::numbering::Style;
use crate::phrase::{
    Label, Named, Phrase, has_role_word, looks_like_org, parse_phrase, split_label, states_first_listed_leads,
};
use duban_core::{Basis, Deadline, Role};

/// Adds `other`'s names and deadlines to `acc`.
pub fn merge_phrase(acc: &mut Phrase, other: Phrase) {
    acc.names.extend(other.names);
    acc.deadlines.extend(other.deadlines);
    if !other.source.is_empty() {
        acc.source.push('；');
        acc.source.push_str(&other.source);
    }
}

/// A measure's text read apart from its inline assignment: the text, the
/// assignment phrase when one was found, and the deadline when one was written.
pub type InlineSplit = (String, Option<Phrase>, Option<String>);

/// Splits an item's text from the departments written after it: a final
/// bracket `（A牵头，B参加）` (also `〔〕`, `【】`, `[]`), a final sentence
/// `A牵头，B配合。`, or a final deadline `（2024年底前）`. Assignment brackets
/// written after earlier sentences of the same item join it, in order.
pub fn split_inline(text: String, line: usize) -> InlineSplit {
    let trimmed = text.trim_end_matches(['。', '；', ';', ' ', '，', ',']);
    let mut head = trimmed;
    let mut last: Option<Phrase> = None;
    let mut deadline: Option<String> = None;
    if let Some((open, inner)) = final_bracket(trimmed) {
        if let Some(p) = bracket_phrase(inner, line, true) {
            last = Some(p);
            head = trimmed[..open].trim_end();
        } else if Deadline::looks_like_deadline(inner) && !has_role_word(inner) {
            deadline = Some(inner.to_string());
            head = trimmed[..open].trim_end();
        }
    }
    if last.is_some() || deadline.is_some() {
        let (rest, earlier) = earlier_brackets(head, line);
        let phrase = match (earlier, last) {
            (Some(mut e), Some(l)) => {
                merge_phrase(&mut e, l);
                Some(e)
            }
            (e, l) => e.or(l),
        };
        return (rest, phrase, deadline);
    }
    if let Some((measure, p)) = assignment_sentence(&text, line) {
        return (measure, Some(p), None);
    }
    // `……。市发展改革委牵头，市财政局配合。` — the last sentence is the phrase.
    let body = text.trim_end_matches(['。', '；', ';', ' ']);
    if let Some(cut) = body.rfind(['。', '；', ';']) {
        let last = &body[cut..];
        let sep_len = last.chars().next().map_or(0, char::len_utf8);
        let last = &last[sep_len..];
        let unclosed = last.contains(['（', '(']) && !last.contains(['）', ')']);
        if !unclosed && (has_role_word(last) || split_label(last).is_some()) {
            let p = parse_phrase(last, None, line);
            if p.is_plausible() && p.names.iter().all(|n| looks_like_org(&n.name)) {
                let (cut, sep_len, p) = labelled_before(body, cut, sep_len, p, line);
                return (body[..cut + sep_len].to_string(), Some(p), None);
            }
        }
    }
    if let Some((measure, p)) = crate::prose::unit_sentence(&text, line) {
        return (measure, Some(p), None);
    }
    if let Some((measure, p)) = crate::prose::label_after_comma(&text, line) {
        return (measure, Some(p), None);
    }
    // `财政局承办的“关于…的建议”`: the bodies open the item, before its task.
    if let Some(p) = crate::prose::opening_quoted(&text, line) {
        return (text, Some(p), None);
    }
    let (rest, earlier) = earlier_brackets(&text, line);
    // A meeting decision or an instruction: `请X会同Y…` names who is asked.
    if earlier.is_none()
        && let Some(p) = crate::request::requested_bodies(&rest, line)
    {
        return (rest, Some(p), None);
    }
    (rest, earlier, None)
}

/// `1.新辟公交线路10条。 牵头领导:张某 责任单位:市交通委 配合单位:市公安局 完成情况:…`
/// — labels after the measure, kept apart by spaces: each role label's
/// bodies, a deadline label's date; persons and notes are read and left
/// out. At least two labels, one of them a role's, after a measure's text.
/// Read before the text's spaces are collapsed.
pub fn spaced_labels(text: &str, line: usize) -> Option<InlineSplit> {
    if !text.contains([' ', '\u{3000}']) || !text.contains(['：', ':']) {
        return None;
    }
    let chunks: Vec<&str> = text.split([' ', '\u{3000}']).filter(|c| !c.is_empty()).collect();
    let first = chunks.iter().position(|c| split_label(c).is_some())?;
    if first == 0 {
        return None;
    }
    let labels: Vec<(Label, &str)> =
        chunks[first..].iter().filter_map(|c| split_label(c).map(|(l, _)| (l, *c))).collect();
    if labels.len() < 2 || !labels.iter().any(|(l, _)| matches!(l, Label::Role(_))) {
        return None;
    }
    let mut phrase: Option<Phrase> = None;
    let mut deadline = None;
    for (label, chunk) in labels {
        match label {
            Label::Role(_) => {
                let p = parse_phrase(chunk, None, line);
                if !p.names.iter().all(|n| looks_like_org(&n.name)) {
                    return None;
                }
                match phrase.as_mut() {
                    Some(acc) => merge_phrase(acc, p),
                    None => phrase = Some(p),
                }
            }
            Label::Deadline => deadline = split_label(chunk).map(|(_, d)| d.to_string()),
            Label::Note | Label::Person => {}
        }
    }
    let phrase = phrase.filter(|p| !p.names.is_empty())?;
    Some((chunks[..first].join(" "), Some(phrase), deadline))
}

/// `……。牵头单位：A；责任单位：B`: labelled sentences before the last one
/// (`body[cut + sep_len..]`, read as `last`) join it while each opens with
/// a label and names bodies; the measure ends before the first of them.
fn labelled_before(
    body: &str,
    mut cut: usize,
    mut sep_len: usize,
    last: Phrase,
    line: usize,
) -> (usize, usize, Phrase) {
    let mut phrases = vec![last];
    while let Some(prev) = body[..cut].rfind(['。', '；', ';']) {
        let prev_len = body[prev..].chars().next().map_or(0, char::len_utf8);
        let sentence = &body[prev + prev_len..cut];
        if split_label(sentence).is_none() {
            break;
        }
        let p = parse_phrase(sentence, None, line);
        if !p.is_plausible() || !p.names.iter().all(|n| looks_like_org(&n.name)) {
            break;
        }
        phrases.push(p);
        (cut, sep_len) = (prev, prev_len);
    }
    let mut phrases = phrases.into_iter().rev();
    let mut acc = phrases.next().expect("the last sentence's phrase");
    for p in phrases {
        merge_phrase(&mut acc, p);
    }
    (cut, sep_len, acc)
}

/// A numbered heading split into the measures its sentences make.
#[derive(Debug)]
pub struct TitledMeasures {
    pub heading: String,
    /// Each measure's text, its bracket's phrase, and a deadline bracket.
    pub measures: Vec<(String, Option<Phrase>, Option<String>)>,
}

/// `（一）加快完善标准。制定A（甲部负责）修订B（乙部负责）` — a numbered item
/// that opens with a title sentence of its own (short, no bracket) and then
/// gives measures each closed by an assignment bracket: the title is the
/// heading and every bracket closes one unnumbered measure under it. Several
/// brackets mark several measures at any level; a single one does only
/// under a task or area heading (`一、`, `（一）`), where the first measure
/// often runs into the heading's line, and only when `single` (the
/// document writes several bracketed measures under such a heading
/// elsewhere, see [`splits_several`]): in a flat list of one-bracket items
/// (`一、棚户区改造工程。建成安置房8万套。（责任单位：…）`) the title and its sentence
/// are one measure. Items whose brackets follow their own first sentence
/// are left whole (their brackets are one assignment).
pub fn split_under_title(text: &str, style: Style, line: usize, single: bool) -> Option<TitledMeasures> {
    let title_end = text.find('。')? + '。'.len_utf8();
    let title = &text[..title_end];
    if title.chars().count() > 40 || title.contains(|c: char| is_opener(c)) {
        return None;
    }
    let rest = &text[title_end..];
    let mut measures: Vec<(String, Option<Phrase>, Option<String>)> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some((open, opener)) = rest[i..].char_indices().find(|(_, c)| is_opener(*c)).map(|(k, c)| (i + k, c)) {
        let after = &rest[open + opener.len_utf8()..];
        let Some(close) = after.find(|c: char| is_closer(c) || is_opener(c)) else { break };
        let closing = after[close..].chars().next().unwrap_or(')');
        let end = open + opener.len_utf8() + close + closing.len_utf8();
        let inner = &after[..close];
        let phrase = if is_closer(closing) { bracket_phrase(inner, line, false) } else { None };
        match phrase {
            Some(p) if p.names.iter().all(|n| looks_like_org(&n.name)) => {
                let body = rest[start..open].trim().trim_start_matches(['。', '；', ';', '，']).trim();
                if body.chars().count() >= 4 {
                    let (body, deadline) = match final_bracket(body) {
                        Some((o, d)) if Deadline::looks_like_deadline(d) => (body[..o].trim_end(), Some(d.to_string())),
                        _ => (body, None),
                    };
                    measures.push((body.to_string(), Some(p), deadline));
                } else if let Some(last) = measures.last_mut() {
                    // Two brackets after one sentence: one assignment.
                    match last.1.as_mut() {
                        Some(acc) => merge_phrase(acc, p),
                        None => last.1 = Some(p),
                    }
                }
                start = end;
            }
            _ => {}
        }
        i = end;
    }
    let enough = measures.len() >= 2
        || single && measures.len() == 1 && matches!(style, Style::ChineseComma | Style::ParenChinese);
    if !enough {
        return None;
    }
    let tail = rest[start..].trim().trim_start_matches(['。', '；', ';']).trim();
    if tail.chars().count() >= 8 {
        measures.push((tail.to_string(), None, None));
    }
    Some(TitledMeasures { heading: title.trim_end_matches('。').to_string() + "。", measures })
}

/// Whether a numbered line is a title followed by two or more measures,
/// each closed by its own assignment bracket: the evidence that the
/// document runs measures into their headings.
pub fn splits_several(line: &str) -> bool {
    let Some(marker) = crate::numbering::marker_at_start(line) else { return false };
    let rest = &line[marker.len..];
    // Cheap rejections first: a title sentence and two brackets at least.
    if !rest.contains('。') || rest.chars().filter(|&c| is_opener(c)).count() < 2 {
        return false;
    }
    split_under_title(rest, marker.style, 0, false)
        .is_some_and(|s| s.measures.iter().filter(|(_, p, _)| p.is_some()).count() >= 2)
}

/// `由某副市长负责，市发改委牵头，相关部门配合，尽快完成……` — a paragraph that
/// opens with who does the work (subject first) and goes on with what: the
/// opening clauses as a phrase, and the rest. Each opening clause needs a
/// role word and names only bodies (a leader named by title is left out).
pub fn leading_phrase(text: &str, line: usize) -> Option<(Phrase, &str)> {
    let mut phrase: Option<Phrase> = None;
    let mut end = 0;
    for (i, c) in text.char_indices().filter(|(_, c)| matches!(c, '，' | ',')) {
        let clause = &text[end..i];
        if !has_role_word(clause) {
            break;
        }
        let p = parse_phrase(clause, None, line);
        if !p.names.iter().all(|n| looks_like_org(&n.name)) || p.names.is_empty() && !clause.contains('长') {
            break;
        }
        match phrase.as_mut() {
            Some(acc) => merge_phrase(acc, p),
            None => phrase = Some(p),
        }
        end = i + c.len_utf8();
    }
    let phrase = phrase.filter(|p| !p.names.is_empty())?;
    let rest = text[end..].trim();
    // `市交通局牵头，市财政局配合。`: the last clause is the phrase's too — the
    // whole line is a phrase, not bodies opening a text.
    if has_role_word(rest) {
        let last = parse_phrase(rest, None, line);
        if !last.names.is_empty() && last.names.iter().all(|n| looks_like_org(&n.name)) {
            return None;
        }
    }
    (rest.chars().count() >= 4).then_some((phrase, rest))
}

/// A line that is only an assignment bracket: `（区水务局牵头，区财政局配合）`.
pub fn whole_bracket_phrase(text: &str, line: usize) -> Option<Phrase> {
    let t = text.trim().trim_end_matches(['。', '；', ';']);
    let (open, inner) = final_bracket(t)?;
    if open != 0 {
        return None;
    }
    bracket_phrase(inner, line, true)
}

/// Endings that close a body's name at the start of a clause.
const BODY_ENDS: &[&str] = &[
    "局", "委", "办", "部", "厅", "室", "中心", "公司", "院", "所", "站", "队", "处", "科", "股", "组", "馆", "府",
    "街道", "部门",
];

/// The body a clause opens with (`安全监察部牵头组织…`, `物资分公司负责…`,
/// `市场营销部组织开展…`): the shortest opening that ends like a body's name,
/// with its role from the verb after it (牵头 lead, otherwise responsible).
fn opening_body(clause: &str, line: usize) -> Option<Phrase> {
    let c = clause.trim().trim_start_matches('由');
    if let Some((p, _)) = leading_phrase(c, line).filter(|(p, _)| !p.names.is_empty()) {
        return Some(p);
    }
    let mut end = None;
    for (i, ch) in c.char_indices().take(16) {
        let upto = &c[..i + ch.len_utf8()];
        // `交通部门`: 部 there ends the name only with its 门.
        let before_men = ch == '部' && c[i + ch.len_utf8()..].starts_with('门');
        if upto.chars().count() >= 2 && !before_men && BODY_ENDS.iter().any(|e| upto.ends_with(e)) {
            end = Some(upto.len());
            break;
        }
    }
    let name = &c[..end?];
    if name.contains(['，', ',', '、', '“', '《']) || crate::heading_body::opens_with_verb(name) {
        return None;
    }
    let rest = &c[name.len()..];
    let role = if rest.starts_with("牵头") || rest.starts_with("牽頭") { Role::Lead } else { Role::Responsible };
    // The clause's verb, when it is one (`负责编制…`); else the body merely opens it.
    let opening: String = rest.chars().take(4).collect();
    let basis = if crate::phrase::has_role_word(&opening) { Basis::Verb } else { Basis::BareList };
    Some(Phrase {
        names: vec![Named { role, name: name.to_string(), defaulted: false, basis }],
        deadlines: Vec::new(),
        source: name.to_string(),
        line,
    })
}

/// A paragraph of duties, one clause per body, parted by `；`
/// (`生产技术部牵头编制…；总经理工作部负责…；市场营销部组织开展…`): each clause a
/// measure with the body it opens with. Only when most clauses (and at
/// least three) open with a body, so ordinary prose is left alone.
pub fn duty_clauses(text: &str, line: usize) -> Option<Vec<(String, Phrase)>> {
    // A lead-in before the list (`明确分工如下：`) is not a duty.
    let lead_in = |first: &str| {
        let colon = first.rfind(['：', ':'])?;
        let before = &first[..colon];
        ["如下", "分工", "职责", "安排", "任务"].iter().any(|w| before.ends_with(w)).then_some(colon)
    };
    let text = match text.split(['；', ';']).next().and_then(lead_in) {
        Some(colon) => &text[colon + text[colon..].chars().next().map_or(1, char::len_utf8)..],
        None => text,
    };
    let clauses = |sep: &[char]| -> Vec<&str> {
        text.split(sep).map(|c| c.trim().trim_end_matches('。')).filter(|c| c.chars().count() >= 6).collect()
    };
    let mut by_clause = clauses(&['；', ';']);
    // `交通部门，负责…。教育部门，负责…。` — one sentence per body, each
    // body followed by its verb (a sentence merely opening with a body's
    // name is no duty).
    let by_sentence = by_clause.len() < 3;
    if by_sentence {
        by_clause = clauses(&['。']);
    }
    if by_clause.len() < 3 {
        return None;
    }
    let read: Vec<(String, Option<Phrase>)> = by_clause
        .iter()
        .map(|c| {
            let p = opening_body(c, line).filter(|p| !by_sentence || verb_follows(c, &p.source));
            (c.to_string(), p)
        })
        .collect();
    let with_body = read.iter().filter(|(_, p)| p.is_some()).count();
    if with_body < 3 || with_body * 10 < read.len() * 7 {
        return None;
    }
    Some(read.into_iter().filter_map(|(c, p)| Some((c, p?))).collect())
}

/// The clause's opening body `name` followed, after a comma, by a duty's
/// verb (`交通部门，负责…`, `旅游部门,指导…`).
fn verb_follows(clause: &str, name: &str) -> bool {
    const VERBS: &[&str] =
        &["负责", "負責", "牵头", "牽頭", "指导", "指導", "配合", "协助", "協助", "组织", "組織", "承担", "承擔"];
    let Some(at) = clause.find(name) else { return false };
    let rest = clause[at + name.len()..].trim_start_matches(['，', ',', ' ']);
    VERBS.iter().any(|v| rest.starts_with(v))
}

/// The ordinal a clause marker `一是` / `二是` … `十是` names (1–10), when
/// `s` opens with one.
fn clause_ordinal(s: &str) -> Option<(usize, usize)> {
    const NUMERALS: &str = "一二三四五六七八九十";
    let mut chars = s.chars();
    let n = chars.next()?;
    let k = NUMERALS.chars().position(|c| c == n)? + 1;
    (chars.next()? == '是').then_some((k, n.len_utf8() + '是'.len_utf8()))
}

/// `……税收优惠政策。（A牵头，B负责）发挥……效应。（C牵头）实施……政策。（D牵头）`
/// — an unnumbered paragraph whose assignment brackets each close the
/// sentences before them and are followed by a new sentence: a measure per
/// bracket, as the State Council's division opinions write them. A bracket
/// followed by a comma stays inside its measure (several brackets of one
/// measure, read together by [`split_inline`]).
pub fn bracketed_sentences(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    let mut out: Vec<InlineSplit> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some((open, opener)) = text[i..].char_indices().find(|(_, c)| is_opener(*c)).map(|(k, c)| (i + k, c)) {
        let after = &text[open + opener.len_utf8()..];
        let close = after.find(|c: char| is_closer(c) || is_opener(c))?;
        let closing = after[close..].chars().next()?;
        let end = open + opener.len_utf8() + close + closing.len_utf8();
        i = end;
        let inner = &after[..close];
        if !is_closer(closing) || !(has_role_word(inner) || split_label(inner).is_some()) {
            continue;
        }
        let p = bracket_phrase(inner, line, false)?;
        let next = text[end..].trim_start_matches(['。', '；', ';', ' ']).chars().next();
        if next.is_some_and(|c| matches!(c, '，' | ',' | '、' | '：' | ':') || is_closer(c)) {
            return None;
        }
        let body = text[start..open].trim().trim_start_matches(['。', '；', ';']).trim();
        if body.chars().count() < 4 {
            return None;
        }
        out.push((body.to_string(), Some(p), None));
        start = end;
    }
    let tail = text[start..].trim_matches(|c: char| matches!(c, '。' | '；' | ';') || c.is_whitespace());
    (out.len() >= 2 && tail.is_empty()).then_some(out)
}

/// `……分别为：一是维修校舍（责任单位：县教育局）；二是新建公路（责任单位：
/// 县交通局）` — a paragraph that enumerates its measures with 一是 / 二是 / 三是,
/// each clause closing with its own assignment: a measure per clause (the
/// lead-in before 一是 is dropped). Only when the markers run in order from
/// 一是, each after a clause break, and at least two clauses name bodies.
pub fn enumerated_clauses(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    if !text.contains("一是") || !text.contains("二是") {
        return None;
    }
    // Byte offsets of each marker and of the clause after it.
    let mut marks: Vec<(usize, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let after_break = prev.is_none_or(|p| "：:，,；;。 　".contains(p));
        if after_break
            && let Some((k, len)) = clause_ordinal(&text[i..])
            && k == marks.len() + 1
        {
            marks.push((i, i + len));
        }
        prev = Some(c);
    }
    if marks.len() < 2 {
        return None;
    }
    let mut measures = Vec::with_capacity(marks.len());
    for (n, &(_, start)) in marks.iter().enumerate() {
        let end = marks.get(n + 1).map_or(text.len(), |m| m.0);
        let clause = text[start..end].trim().trim_end_matches(['；', ';', '，', ',', '。', ' ']);
        if clause.chars().count() < 2 {
            return None;
        }
        measures.push(split_inline(clause.to_string(), line));
    }
    let named = measures.iter().filter(|(_, p, _)| p.as_ref().is_some_and(|p| !p.names.is_empty())).count();
    (named >= 2).then_some(measures)
}

/// `国内生产总值增长6.5%左右。这项工作由发展改革委负责，去年增长6.7%。` — a
/// sentence inside a paragraph that says who does "this work" (这项工作由X负责,
/// 该项任务由X牵头): the paragraph is the measure written before it, the
/// sentence its assignment, what follows a report of progress.
pub fn assignment_sentence(text: &str, line: usize) -> Option<(String, Phrase)> {
    const OPENERS: &[&str] =
        &["这项工作由", "這項工作由", "该项工作由", "該項工作由", "此项工作由", "这项任务由", "该项任务由", "该工作由"];
    if !text.contains('由') {
        return None;
    }
    let (at, opener) = OPENERS.iter().filter_map(|o| text.find(o).map(|i| (i, *o))).min_by_key(|(i, _)| *i)?;
    let before = text[..at].trim_end();
    if !before.ends_with(['。', '；', ';', '，', ',']) || before.chars().count() < 4 {
        return None;
    }
    let rest = &text[at + opener.len()..];
    // The sentence's clause that names the bodies ends at the first break
    // after its role word.
    let role_at = ROLE_VERBS.iter().filter_map(|w| rest.find(w).map(|i| i + w.len())).min()?;
    let end = rest[role_at..].find(['，', ',', '。', '；', ';']).map_or(rest.len(), |i| role_at + i);
    let p = parse_phrase(&rest[..end], None, line);
    (p.is_plausible() && !p.names.is_empty() && p.names.iter().all(|n| looks_like_org(&n.name)))
        .then(|| (before.trim_end_matches(['，', ',']).to_string(), p))
}

/// Role verbs that close an assignment sentence.
const ROLE_VERBS: &[&str] = &["负责", "負責", "牵头", "牽頭", "承担", "承擔", "落实", "落實"];

/// The closing bracket of each opening one that may enclose an assignment.
fn closer_of(open: char) -> Option<char> {
    match open {
        '（' => Some('）'),
        '(' => Some(')'),
        '〔' => Some('〕'),
        '【' => Some('】'),
        '[' => Some(']'),
        '［' => Some('］'),
        _ => None,
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '）' | ')' | '〕' | '】' | ']' | '］')
}

fn is_opener(c: char) -> bool {
    closer_of(c).is_some()
}

/// The bracket that ends `s`: (byte index of its opening, its content).
/// Full- and half-width round brackets close each other, as pasted text
/// mixes them.
fn final_bracket(s: &str) -> Option<(usize, &str)> {
    let close = s.chars().next_back().filter(|c| is_closer(*c))?;
    let open = matching_open(s)?;
    let opener = s[open..].chars().next()?;
    let _ = close;
    Some((open, &s[open + opener.len_utf8()..s.len() - close.len_utf8()]))
}

/// Reads a bracket's content as an assignment: with a role word or label,
/// or (`bare`) a list of names only (`（县邮政管理局、县供销社）`), never a
/// qualifier such as `（市、区）` or `（以下简称市监局）`.
pub(crate) fn bracket_phrase(inner: &str, line: usize, bare: bool) -> Option<Phrase> {
    if has_role_word(inner) || split_label(inner).is_some() {
        let p = parse_phrase(inner, None, line);
        return p.is_plausible().then_some(p);
    }
    if !bare || Deadline::looks_like_deadline(inner) || states_first_listed_leads(inner).is_some() {
        return None;
    }
    const NOT_A_LIST: &[&str] = &[
        "简称", "簡稱", "包括", "含", "如", "即", "例如", "以下", "试行", "暂行", "草案", "修订", "年", "号", "％",
        "%", "亿", "万",
    ];
    if NOT_A_LIST.iter().any(|w| inner.contains(w)) {
        return None;
    }
    let p = parse_phrase(inner, None, line);
    let all_orgs = p.names.iter().all(|n| looks_like_org(&n.name) && n.name.chars().count() >= 3);
    (all_orgs && !p.names.is_empty()).then_some(p)
}

/// A role word or a role label (`责任单位：`) anywhere in the text.
fn mentions_assignment(text: &str) -> bool {
    has_role_word(text)
        || text.match_indices(['：', ':']).any(|(colon, _)| {
            let window_start = text[..colon].char_indices().rev().nth(9).map_or(0, |(k, _)| k);
            text[window_start..colon]
                .char_indices()
                .any(|(k, _)| crate::phrase::label_role(&text[window_start + k..colon]).is_some())
        })
}

/// Takes assignment brackets out of the inside of an item's text
/// (`建设A（县文旅局牵头）。推进B（县商务局负责）`): the text without them
/// and their phrases merged in order. Only brackets with a role word count.
fn earlier_brackets(text: &str, line: usize) -> (String, Option<Phrase>) {
    if !text.contains(|c: char| is_opener(c)) || !mentions_assignment(text) {
        return (text.to_string(), None);
    }
    let mut out = String::with_capacity(text.len());
    let mut phrase: Option<Phrase> = None;
    let mut rest = text;
    while let Some((open, opener)) = rest.char_indices().find(|(_, c)| is_opener(*c)) {
        let after = &rest[open + opener.len_utf8()..];
        let Some(close) = after.find(|c: char| is_closer(c) || is_opener(c)) else { break };
        let inner = &after[..close];
        let closing = after[close..].chars().next().unwrap_or(')');
        let end = open + opener.len_utf8() + close + closing.len_utf8();
        let found = if is_closer(closing) { bracket_phrase(inner, line, false) } else { None };
        match found {
            Some(p) if p.names.iter().all(|n| looks_like_org(&n.name)) => {
                out.push_str(rest[..open].trim_end());
                match phrase.as_mut() {
                    Some(acc) => merge_phrase(acc, p),
                    None => phrase = Some(p),
                }
            }
            _ => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, phrase)
}

/// Byte index of the bracket opening the one that ends `s`.
fn matching_open(s: &str) -> Option<usize> {
    // Brackets of one family pair up (full- and half-width mixed); an
    // opener of another family left unclosed inside (`（皖发〔2022 9号，…）`,
    // a damaged document number) does not end the bracket.
    let family = |c: char| match c {
        '（' | '(' | '）' | ')' => 0,
        '〔' | '〕' => 1,
        '【' | '】' => 2,
        _ => 3,
    };
    let mut open: Vec<u8> = Vec::new();
    for (i, c) in s.char_indices().rev() {
        if is_closer(c) {
            open.push(family(c));
        } else if is_opener(c) && open.last() == Some(&family(c)) {
            open.pop();
            if open.is_empty() {
                return Some(i);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_parenthetical() {
        let (t, p, d) =
            split_inline("建立联席会议制度。（市发展改革委牵头，市财政局、市商务局按职责分工负责）".to_string(), 3);
        assert_eq!(t, "建立联席会议制度。");
        assert_eq!(p.unwrap().names.len(), 3);
        assert!(d.is_none());
        let (t, p, d) = split_inline("完成清单编制（2024年底前）".to_string(), 3);
        assert_eq!(t, "完成清单编制");
        assert!(p.is_none());
        assert_eq!(d.as_deref(), Some("2024年底前"));
        let (t, p, _) = split_inline("鼓励有条件的市、县(市、区)开展试点。".to_string(), 3);
        assert_eq!(t, "鼓励有条件的市、县(市、区)开展试点。");
        assert!(p.is_none());
    }
}
