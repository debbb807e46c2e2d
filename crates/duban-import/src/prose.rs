//! Measures inside running prose, where no numbering cuts them apart.
//!
//! - Tasks quoted after the bodies that carry them: supervision notices
//!   and reports on proposals name the department first and the task in
//!   quotation marks — `县发改局负责的“严格落实项目前期工作计划。”截至目前…`,
//!   `财政局承办的“关于加快园区建设的建议”（第2号）`. The bodies take the role
//!   of the verb before 的 (承办 and 办理 carry the measure, like 负责).
//! - Runs of labelled assignments: a paragraph that lists measures each
//!   closed by a labelled phrase — `粮食稳产 部门分工：A牵头，B配合。 产业集群
//!   工作措施：… 部门分工：C牵头。` — a measure per label.

use crate::inline::InlineSplit;
use crate::phrase::{Label, Phrase, looks_like_org, parse_phrase, split_label};

/// Verbs that join bodies to the task they carry, with the role word the
/// grammar reads them as. Longest first.
pub(crate) const VERBS: &[(&str, &str)] = &[
    ("牵头负责", "牵头"),
    ("牽頭負責", "牵头"),
    ("负责", "负责"),
    ("負責", "负责"),
    ("承办", "负责"),
    ("承辦", "负责"),
    ("办理", "负责"),
    ("辦理", "负责"),
    ("牵头", "牵头"),
    ("牽頭", "牵头"),
    ("主办", "牵头"),
    ("主辦", "牵头"),
];

const OPEN: char = '“';
const CLOSE: char = '”';

/// The bodies written just before byte `at` (where `的“` begins), as a
/// phrase: `县自然资源局、县水利局负责` → both responsible. `None` unless
/// every name looks like a body.
fn bodies_before(text: &str, at: usize, line: usize) -> Option<Phrase> {
    let before = &text[..at];
    let (verb, word) = VERBS.iter().find(|(v, _)| before.ends_with(v))?;
    let names_end = at - verb.len();
    // Back to the clause's start: a sentence or clause break, or the close
    // of an earlier quotation.
    let start = before[..names_end]
        .rfind(['，', ',', '。', '；', ';', '：', ':', CLOSE, '\n'])
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let mut names = before[start..names_end].trim();
    for lead_in in ["如", "例如", "其中", "由", "对"] {
        if let Some(rest) = names.strip_prefix(lead_in) {
            names = rest;
        }
    }
    if names.is_empty() || names.chars().count() > 60 {
        return None;
    }
    let phrase = parse_phrase(&format!("{names}{word}"), None, line);
    (!phrase.names.is_empty() && phrase.names.iter().all(|n| looks_like_org(&n.name))).then_some(phrase)
}

/// An item that opens with the bodies of its quoted task
/// (`财政局承办的“关于…的建议”（第2号）`): their phrase. The item keeps its text.
pub fn opening_quoted(text: &str, line: usize) -> Option<Phrase> {
    let at = text.find("的“")?;
    if text[..at].contains(['，', ',', '。', '；', ';', OPEN]) {
        return None;
    }
    bodies_before(text, at, line)
}

/// A paragraph that reports on tasks quoted after their bodies: a measure
/// per quotation (its text without the marks) with those bodies. Quotations
/// not preceded by bodies and a verb are left in the paragraph.
pub fn quoted_tasks(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    quoted_before_bodies(text, line).or_else(|| quoted_after_bodies(text, line))
}

/// `“老旧小区改造”（市住建局）、“公共场所新增AED”（市红十字会）`: quoted
/// tasks each followed by a bracket of their bodies (reports on livelihood
/// projects): a measure per quotation. At least two, so a single quoted
/// name with an aside is left to the sentence.
fn quoted_before_bodies(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find(OPEN) {
        let body_start = from + k + OPEN.len_utf8();
        let Some(len) = text[body_start..].find(CLOSE) else { break };
        let task = text[body_start..body_start + len].trim();
        from = body_start + len + CLOSE.len_utf8();
        let after = &text[from..];
        let Some(open) = after.chars().next().filter(|c| matches!(c, '（' | '(')) else { continue };
        let inner_start = open.len_utf8();
        let Some(inner_len) = after[inner_start..].find(['）', ')']) else { continue };
        let inner = &after[inner_start..inner_start + inner_len];
        if task.chars().count() < 4 {
            continue;
        }
        if let Some(phrase) = crate::inline::bracket_phrase(inner, line, true) {
            out.push((task.to_string(), Some(phrase), None));
        }
    }
    (out.len() >= 2).then_some(out)
}

/// Tasks quoted after their bodies and a verb (`县发改局负责的“…”`).
fn quoted_after_bodies(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find("的“") {
        let at = from + k;
        let open = at + "的".len();
        let body_start = open + OPEN.len_utf8();
        let Some(len) = text[body_start..].find(CLOSE) else { break };
        let task = text[body_start..body_start + len].trim();
        from = body_start + len + CLOSE.len_utf8();
        // A quoted name (`“四好农村路”`) is no task: it takes a sentence.
        if task.chars().count() < 8 {
            continue;
        }
        if let Some(phrase) = bodies_before(text, at, line) {
            out.push((task.to_string(), Some(phrase), None));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Verbs closing a sentence after its bodies (`…，由A、B等分工负责。`).
const CLOSING_VERBS: &[(&str, &str)] = &[
    ("分工负责", "负责"),
    ("分工負責", "负责"),
    ("共同负责", "负责"),
    ("共同負責", "负责"),
    ("牵头负责", "牵头"),
    ("牽頭負責", "牵头"),
    ("负责", "负责"),
    ("負責", "负责"),
    ("牵头", "牵头"),
    ("牽頭", "牵头"),
];

/// `完善药品集中采购机制，由市医保局、市卫健委等分工负责。`: sentences of
/// running prose each closed by `，由` the bodies and their verb: a measure
/// per sentence (without a lead-in such as 例如). At least two in the
/// paragraph; sentences without such a close are narrative, left out.
pub fn closed_by_bodies(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    let mut out: Vec<InlineSplit> = Vec::new();
    for sentence in text.split(['。', '；']) {
        let sentence = sentence.trim();
        let Some(at) = sentence.rfind("，由").or_else(|| sentence.rfind(",由")) else { continue };
        let sep = if sentence[at..].starts_with('，') { "，由".len() } else { ",由".len() };
        let tail = &sentence[at + sep..];
        let Some((verb, word)) = CLOSING_VERBS.iter().find(|(v, _)| tail.ends_with(v)) else { continue };
        let names = tail[..tail.len() - verb.len()].trim_end_matches('等');
        if names.is_empty() || names.chars().count() > 60 {
            continue;
        }
        let phrase = parse_phrase(&format!("{names}{word}"), None, line);
        if phrase.names.is_empty() || !phrase.names.iter().all(|n| looks_like_org(&n.name)) {
            continue;
        }
        let mut task = sentence[..at].trim();
        for lead_in in ["例如，", "例如,", "如，", "如,", "其中，", "其中,"] {
            if let Some(rest) = task.rfind(lead_in).map(|k| &task[k + lead_in.len()..]) {
                task = rest.trim();
            }
        }
        if task.chars().count() >= 4 {
            out.push((task.to_string(), Some(phrase), None));
        }
    }
    (out.len() >= 2).then_some(out)
}

/// Where a labelled phrase opening at `i` ends: at its first sentence
/// break or space (the next measure's title follows a space).
fn phrase_end(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|(_, c)| matches!(c, '。' | '；' | ';' | '\n') || c.is_whitespace())
        .map_or(text.len(), |(k, c)| i + k + if c.is_whitespace() { 0 } else { c.len_utf8() })
}

/// A paragraph of measures each closed by a role label and its list
/// (`部门分工：`, `责任单位：`, `牵头单位：`): a measure per label, its text
/// what came since the last phrase. At least two, each with a text of its
/// own; a tail after the last phrase is a measure without departments (an
/// excerpt cut it off).
pub fn labelled_runs(text: &str, line: usize) -> Option<Vec<InlineSplit>> {
    if !text.contains(['：', ':']) {
        return None;
    }
    let mut out: Vec<InlineSplit> = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        let at_break = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '。' | '；' | ';'));
        prev = Some(c);
        if i < skip_to || !at_break || i == 0 {
            continue;
        }
        if !matches!(split_label(&text[i..]), Some((Label::Role(_), _))) {
            continue;
        }
        let measure = text[start..i].trim();
        if measure.chars().count() < 4 {
            return None;
        }
        let colon = text[i..].char_indices().find(|(_, c)| matches!(c, '：' | ':'));
        let end = phrase_end(text, colon.map_or(i, |(k, c)| i + k + c.len_utf8()));
        let phrase = parse_phrase(&text[i..end], None, line);
        if phrase.names.is_empty() || !phrase.names.iter().all(|n| looks_like_org(&n.name)) {
            return None;
        }
        out.push((measure.to_string(), Some(phrase), None));
        start = end;
        skip_to = end;
    }
    if out.len() < 2 {
        return None;
    }
    let tail = text[start..].trim();
    if tail.chars().count() >= 8 {
        out.push((tail.to_string(), None, None));
    }
    Some(out)
}

/// `农村道路畅通工程，牵头部门：市交通局。建设进度较慢的县区为…` — a role
/// label after a comma inside an item: the text before it is the measure,
/// the labelled list (to the sentence's end) its assignment, what follows
/// a remark of progress.
pub fn label_after_comma(text: &str, line: usize) -> Option<(String, Phrase)> {
    for (i, c) in text.char_indices().filter(|(_, c)| matches!(c, '，' | ',')) {
        let after = i + c.len_utf8();
        if !matches!(split_label(&text[after..]), Some((Label::Role(_), _))) {
            continue;
        }
        let measure = text[..i].trim();
        let end = text[after..].find('。').map_or(text.len(), |k| after + k);
        let phrase = parse_phrase(&text[after..end], None, line);
        if measure.chars().count() < 4
            || phrase.names.is_empty()
            || !phrase.names.iter().all(|n| looks_like_org(&n.name))
        {
            return None;
        }
        return Some((measure.to_string(), phrase));
    }
    None
}

/// Sentences that name the unit of the measure before them, with the label
/// word and 为 (`该目标责任单位为市经委。`, `4项目标的责任单位均为市发展改革委。`),
/// and the label they stand for.
const UNIT_SENTENCES: &[(&str, &str)] = &[
    ("责任单位均为", "责任单位"),
    ("责任单位为", "责任单位"),
    ("責任單位均為", "责任单位"),
    ("責任單位為", "责任单位"),
    ("牵头单位为", "牵头单位"),
    ("牽頭單位為", "牵头单位"),
    ("负责单位为", "责任单位"),
    ("負責單位為", "责任单位"),
];

/// `人均生产总值达到4000美元；该目标责任单位为市发展改革委。` — a sentence after
/// the measure that names its unit: the text before it the measure (as
/// written), the names (as written) its assignment. Pinyin readings on
/// converted pages (`責(zé)任單位`) do not hide the words.
pub fn unit_sentence(text: &str, line: usize) -> Option<(String, Phrase)> {
    if !text.contains(['为', '為']) {
        return None;
    }
    // Searched without readings; offsets are mapped back only when some
    // were removed (most texts have none and cost no copy).
    let stripped = crate::clean::strip_readings(text);
    let (k, (word, label)) = UNIT_SENTENCES.iter().find_map(|w| stripped.find(w.0).map(|k| (k, *w)))?;
    let original = |byte: usize| match &stripped {
        std::borrow::Cow::Borrowed(_) => byte,
        std::borrow::Cow::Owned(plain) => {
            let mut from = 0;
            for c in plain[..byte].chars() {
                from = text[from..].find(c).map_or(from, |at| from + at) + c.len_utf8();
            }
            from
        }
    };
    let (word_start, names_start) = (original(k), original(k + word.len()));
    let names_end = text[names_start..].find(['。', '；', ';']).map_or(text.len(), |e| names_start + e);
    let names = text[names_start..names_end].trim();
    let sentence_start = text[..word_start].rfind(['。', '；', ';', '，', ',']).unwrap_or(0);
    let measure = text[..sentence_start].trim();
    if names.is_empty() || measure.chars().count() < 4 {
        return None;
    }
    let phrase = parse_phrase(&format!("{label}：{names}"), None, line);
    (!phrase.names.is_empty() && phrase.names.iter().all(|n| looks_like_org(&n.name)))
        .then(|| (measure.to_string(), phrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use duban_core::Role;

    fn names(p: &Phrase) -> Vec<(Role, &str)> {
        p.names.iter().map(|n| (n.role, n.name.as_str())).collect()
    }

    #[test]
    fn quotations_after_their_bodies_are_measures() {
        let text = "需要加快推进的事项2件，如市住建局负责的“完成老旧管网改造一期工程建设任务。”目前已完成六成；\
                    市教育局、市财政局负责的“新建两所公办幼儿园并投入使用。”正在施工。会议要求做好“四下基层”工作。";
        let got = quoted_tasks(text, 3).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "完成老旧管网改造一期工程建设任务。");
        assert_eq!(names(got[0].1.as_ref().unwrap()), [(Role::Responsible, "市住建局")]);
        assert_eq!(
            names(got[1].1.as_ref().unwrap()),
            [(Role::Responsible, "市教育局"), (Role::Responsible, "市财政局")]
        );
        assert!(quoted_tasks("全面落实“放管服”改革要求，推进“一网通办”。", 1).is_none());
    }

    #[test]
    fn a_run_of_labelled_measures() {
        let text = "城乡居民收入稳步增长 部门分工：市人社局牵头，市统计局配合。 \
                    推进老旧厂区改造 工作措施：完成三处厂区更新。 部门分工：市住建局牵头，各区政府配合。 建设城市书房二十处并开";
        let got = labelled_runs(text, 1).unwrap();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, "城乡居民收入稳步增长");
        assert_eq!(names(got[0].1.as_ref().unwrap()), [(Role::Lead, "市人社局"), (Role::Participant, "市统计局")]);
        assert!(got[1].0.starts_with("推进老旧厂区改造 工作措施："), "{:?}", got[1].0);
        assert_eq!(names(got[1].1.as_ref().unwrap()), [(Role::Lead, "市住建局"), (Role::Participant, "各区政府")]);
        assert_eq!((got[2].0.as_str(), got[2].1.is_none()), ("建设城市书房二十处并开", true));
        // One label is an ordinary labelled item, read elsewhere.
        assert!(labelled_runs("推进老旧厂区改造 部门分工：市住建局牵头。", 1).is_none());
    }

    #[test]
    fn a_label_after_a_comma() {
        let (m, p) =
            label_after_comma("城区供水管网改造，牵头部门：区住建局、区水务局。进度较慢的街道为东城街道。", 1).unwrap();
        assert_eq!(m, "城区供水管网改造");
        assert_eq!(names(&p), [(Role::Lead, "区住建局"), (Role::Lead, "区水务局")]);
        assert!(label_after_comma("加强管理，确保安全。", 1).is_none());
    }

    #[test]
    fn a_sentence_naming_the_unit() {
        let (m, p) = unit_sentence("城镇新增就业5万人；该目标责任单位为市人社局。", 1).unwrap();
        assert_eq!(m, "城镇新增就业5万人");
        assert_eq!(names(&p), [(Role::Responsible, "市人社局")]);
        let (m, p) =
            unit_sentence("糧食產(chǎn)量穩(wěn)定；以上2項(xiàng)目標(biāo)的責(zé)任單位均為市農(nóng)委。", 1)
                .unwrap();
        assert_eq!((m.as_str(), p.names[0].name.as_str()), ("糧食產(chǎn)量穩(wěn)定", "市農(nóng)委"));
        assert!(unit_sentence("确定为重点项目。", 1).is_none());
    }

    #[test]
    fn an_item_opening_with_its_bodies() {
        let p = opening_quoted("区交通运输局承办的“关于改善城郊公交线路的建议”（第5号）", 1).unwrap();
        assert_eq!(names(&p), [(Role::Responsible, "区交通运输局")]);
        assert!(opening_quoted("推进“互联网+政务服务”的“一网通办”改革", 1).is_none());
    }
}
