//! Department phrases and their role grammar (domain.md, "Roles").
//!
//! A phrase such as `省科技厅、省知识产权局牵头，省发展改革委等参加` names
//! departments and gives each a role through the verb that follows its list.
//! Labels (`牵头单位：`) and table columns give a default role to lists that
//! carry no verb. Traditional-script words are recognised alike.

use duban_core::{Basis, Deadline, Role};

/// One department named in a phrase, with the role the grammar gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub role: Role,
    /// As written, without role words, separators or a trailing 等.
    pub name: String,
    /// True when no verb or label gave the role (a bare list).
    pub defaulted: bool,
    /// What the role rests on: the verb, label or column, or nothing.
    pub basis: Basis,
}

/// A parsed department phrase.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Phrase {
    pub names: Vec<Named>,
    /// Deadlines found among the phrase's clauses (`2024年底前完成`).
    pub deadlines: Vec<String>,
    /// The source text, for excerpts.
    pub source: String,
    pub line: usize,
}

/// Role verbs, longest first so that `牵头负责` wins over `牵头`.
const ROLE_WORDS: &[(&str, Role)] = &[
    ("按照职责分工负责", Role::Responsible),
    ("按職責分工負責", Role::Responsible),
    ("按职责分工负责", Role::Responsible),
    ("按职责分工落实", Role::Responsible),
    ("按职能分工落实", Role::Responsible),
    ("按職能分工落實", Role::Responsible),
    ("按职能分工负责", Role::Responsible),
    ("按職能分工負責", Role::Responsible),
    ("按职能职责落实", Role::Responsible),
    ("按职能落实", Role::Responsible),
    ("按職責負責", Role::Responsible),
    ("按职责负责", Role::Responsible),
    ("分别负责", Role::Responsible),
    ("分別負責", Role::Responsible),
    ("共同负责", Role::Responsible),
    ("共同負責", Role::Responsible),
    ("具体负责", Role::Responsible),
    ("负责落实", Role::Responsible),
    ("结合实际落实", Role::Responsible),
    ("結合實際落實", Role::Responsible),
    // `各镇（街）参照落实`: the towns follow the same duty.
    ("参照落实", Role::Responsible),
    ("參照落實", Role::Responsible),
    ("参照执行", Role::Responsible),
    ("參照執行", Role::Responsible),
    ("分别牵头", Role::Lead),
    ("分別牽頭", Role::Lead),
    ("負責落實", Role::Responsible),
    ("牵头负责", Role::Lead),
    ("牽頭負責", Role::Lead),
    ("牵头", Role::Lead),
    ("牽頭", Role::Lead),
    ("主办", Role::Lead),
    ("主辦", Role::Lead),
    ("主责", Role::Lead),
    ("主責", Role::Lead),
    ("负责", Role::Responsible),
    ("負責", Role::Responsible),
    ("落实", Role::Responsible),
    ("落實", Role::Responsible),
    ("参加", Role::Participant),
    ("參加", Role::Participant),
    ("参与", Role::Participant),
    ("參與", Role::Participant),
    ("配合", Role::Participant),
    ("协助", Role::Participant),
    ("協助", Role::Participant),
    ("协办", Role::Participant),
    ("協辦", Role::Participant),
    ("指导", Role::Responsible),
    ("指導", Role::Responsible),
    // `区发展改革局、各镇（街）办理。`: the bodies that handle the task.
    ("办理", Role::Responsible),
    ("辦理", Role::Responsible),
];

/// Labels that introduce a list: `牵头单位：`. The role is the label's.
const ROLE_LABELS: &[(&str, Role)] = &[
    ("牵头单位", Role::Lead),
    ("牽頭單位", Role::Lead),
    ("牵头部门", Role::Lead),
    ("牽頭部門", Role::Lead),
    ("主责单位", Role::Lead),
    ("责任单位", Role::Responsible),
    ("責任單位", Role::Responsible),
    ("责任部门", Role::Responsible),
    ("責任部門", Role::Responsible),
    ("负责单位", Role::Responsible),
    ("負責單位", Role::Responsible),
    ("落实单位", Role::Responsible),
    ("实施单位", Role::Responsible),
    ("配合单位", Role::Participant),
    ("配合單位", Role::Participant),
    ("配合部门", Role::Participant),
    ("配合部門", Role::Participant),
    ("参与单位", Role::Participant),
    ("參與單位", Role::Participant),
    ("参加单位", Role::Participant),
    ("參加單位", Role::Participant),
    ("协办单位", Role::Participant),
    ("協辦單位", Role::Participant),
    ("协助单位", Role::Participant),
    ("協助單位", Role::Participant),
];

/// Labels of a deadline line or clause.
pub const DEADLINE_LABELS: &[&str] = &[
    "完成时限",
    "完成時限",
    "完成时间",
    "完成時間",
    "时间节点",
    "時間節點",
    "时限要求",
    "时限",
    "時限",
    "完成期限",
    "进度安排",
];

/// Labels of a note line.
pub const NOTE_LABELS: &[&str] = &["备注", "備註", "備注"];

/// The role a label gives its list, if `label` is one.
pub fn label_role(label: &str) -> Option<Role> {
    ROLE_LABELS.iter().find(|(l, _)| *l == label).map(|(_, r)| *r).or_else(|| qualified_label_role(label))
}

/// Nouns that end a label naming the bodies of a list.
const LABEL_NOUNS: &[&str] =
    &["单位", "單位", "部门", "部門", "科室", "处室", "處室", "股室", "机构", "機構", "主体", "主體", "分工"];

/// Labels built from a qualifier and a noun (`牵头责任单位`, `协同责任单位`,
/// `责任科室`, `部门分工`, `指导单位`), read by their words: a lead word
/// makes the list lead, a joining word participant, any other role or
/// duty word responsible. Person labels (`责任领导`) are not lists.
fn qualified_label_role(label: &str) -> Option<Role> {
    let n = label.chars().count();
    if !(3..=10).contains(&n) || !LABEL_NOUNS.iter().any(|w| label.ends_with(w)) {
        return None;
    }
    let has = |ws: &[&str]| ws.iter().any(|w| label.contains(w));
    // Not 主办单位: on a web page it names the site's sponsor in the footer.
    if has(&["牵头", "牽頭", "主要责任", "主要責任", "主责", "主責"]) {
        return Some(Role::Lead);
    }
    if has(&["配合", "参与", "參與", "参加", "參加", "协办", "協辦", "协助", "協助"]) {
        return Some(Role::Participant);
    }
    // `协同单位` joins the lead like 配合; `协同责任单位` shares the duty.
    if has(&["协同", "協同"]) && !has(&["责任", "責任", "负责", "負責"]) {
        return Some(Role::Participant);
    }
    if has(&[
        "责任",
        "責任",
        "负责",
        "負責",
        "落实",
        "落實",
        "实施",
        "實施",
        "承办",
        "承辦",
        "协同",
        "協同",
        "指导",
        "指導",
        "考核",
        "监考",
        "監考",
        "考评",
        "考評",
        "部门分工",
        "部門分工",
    ]) {
        return Some(Role::Responsible);
    }
    // Any other qualifier of a list of bodies (`数据提供单位`, `协作单位`):
    // bodies that contribute to the measure. Not a site's sponsor or a
    // source (`主办单位`, `发布单位`).
    if n >= 4 && !has(&["主办", "主辦", "主管", "发布", "發布", "来源", "來源", "公开", "公開"]) {
        return Some(Role::Participant);
    }
    None
}

/// What a labelled line is, e.g. `牵头单位：省发改委`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Role(Role),
    Deadline,
    Note,
    /// A person, not a body (`牵头负责领导：`, `联系人：`): read and left out.
    Person,
}

/// Splits `牵头单位：A、B` into (label, rest). Only known labels count.
pub fn split_label(s: &str) -> Option<(Label, &str)> {
    let t = s.trim_start();
    let colon = t.char_indices().take(14).find(|(_, c)| *c == '：' || *c == ':')?;
    // `粮食稳产 部门分工：` is a measure's text before a label, not a label:
    // spaced-out labels (`责 任 单 位：`) have no word of three characters.
    let words: Vec<&str> = t[..colon.0].split_whitespace().collect();
    if words.len() > 1 && words[..words.len() - 1].iter().any(|w| w.chars().count() >= 3) {
        return None;
    }
    let label: String = crate::clean::strip_readings(&t[..colon.0]).chars().filter(|c| !c.is_whitespace()).collect();
    // `责任单位（部门）：` — a bracket inside the label qualifies it.
    let label = match label.find(['（', '(']) {
        Some(open) if open > 0 && label.ends_with(['）', ')']) => label[..open].to_string(),
        _ => label,
    };
    let rest = t[colon.0 + colon.1.len_utf8()..].trim();
    if let Some(r) = label_role(&label) {
        return Some((Label::Role(r), rest));
    }
    if DEADLINE_LABELS.contains(&label.as_str()) {
        return Some((Label::Deadline, rest));
    }
    if NOTE_LABELS.contains(&label.as_str()) {
        return Some((Label::Note, rest));
    }
    let person = ["领导", "領導", "负责人", "負責人", "联系人", "聯繫人", "责任人", "責任人", "县长", "市长", "区长"];
    if label.chars().count() <= 8 && person.iter().any(|p| label.ends_with(p)) {
        return Some((Label::Person, rest));
    }
    None
}

/// First characters of the role words: a cheap test before comparing
/// whole words, since this runs at every character of every phrase.
fn may_start_role_word(c: char) -> bool {
    matches!(
        c,
        '按' | '分'
            | '共'
            | '具'
            | '负'
            | '負'
            | '牵'
            | '牽'
            | '主'
            | '落'
            | '参'
            | '參'
            | '配'
            | '协'
            | '協'
            | '结'
            | '結'
            | '指'
    )
}

fn role_word_at(s: &str) -> Option<(&'static str, Role)> {
    if !s.chars().next().is_some_and(may_start_role_word) {
        return None;
    }
    let (word, role) = ROLE_WORDS.iter().find(|(w, _)| s.starts_with(w)).copied()?;
    // A role word followed by a noun is part of a name or a person, not a
    // verb: `各专项牵头单位`, `各责任单位`, `主要负责同志`. A label
    // (`牵头单位：`) still counts.
    let after = &s[word.len()..];
    let noun = ["单位", "部门", "單位", "部門", "同志", "人", "领导", "領導", "处室", "科室"]
        .iter()
        .find(|n| after.starts_with(*n));
    if let Some(n) = noun
        && !after[n.len()..].trim_start().starts_with(['：', ':'])
    {
        return None;
    }
    Some((word, role))
}

/// Whether the text contains a role verb anywhere.
pub fn has_role_word(s: &str) -> bool {
    s.char_indices().any(|(i, _)| role_word_at(&s[i..]).is_some())
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '、' | '，'
            | ','
            | '；'
            | ';'
            | '和'
            | '及'
            | '与'
            | '/'
            | '／'
            | '\n'
            | '\t'
            | ' '
            | '\u{3000}'
            | '\u{a0}'
            | '。'
    )
}

/// What a line of a wrapped list of bodies may end with when the list goes
/// on at the next line (`科学技术处、`, `综合规划处会同`).
pub const LIST_JOINERS: &[&str] = &["、", "，", ",", "会同", "會同", "和", "及"];

/// Org-name endings. A name that ends with none of them is probably a
/// sentence fragment rather than a department.
const ORG_ENDINGS: &[&str] = &[
    "厅",
    "局",
    "委",
    "办",
    "院",
    "部",
    "会",
    "行",
    "关",
    "府",
    "室",
    "处",
    "所",
    "站",
    "队",
    "社",
    "团",
    "联",
    "馆",
    "台",
    "署",
    "组",
    "司",
    "中心",
    "公司",
    "集团",
    "单位",
    "部门",
    "机构",
    "学",
    "校",
    "街道",
    "乡镇",
    "镇",
    "乡",
    "区",
    "县",
    "市",
    "科",
    "班",
    "园",
    "办公室",
    "委员会",
    "總局",
    "廳",
    "辦",
    "會",
    "聯",
    "館",
    "處",
    "隊",
    "單位",
    "部門",
    "機構",
    "縣",
    "區",
    "鄉",
    "鎮",
    "園",
    "行署",
    "盟",
    "旗",
    "州",
    "局等",
    "省",
    "军",
    "警",
    "庭",
    "狱",
    "场",
    "中央",
];

/// Whether `name` looks like a department or a collective of them.
pub fn looks_like_org(name: &str) -> bool {
    let n = strip_trailing_paren(strip_lead_mark(name.trim()).0);
    let len = n.chars().count();
    if !(2..=30).contains(&len) {
        return false;
    }
    if n.contains(['。', '：', ':']) {
        return false;
    }
    // Most endings are one character: test the last one before the list.
    let last = n.chars().next_back().unwrap_or(' ');
    if matches!(last, '厅' | '局' | '委' | '办' | '院' | '部' | '会' | '关' | '府' | '室' | '处' | '所' | '站')
    {
        return true;
    }
    // A bank (`人民银行济南分行`), not a verb ending in 行 (`认真贯彻执行`).
    if last == '行' {
        return ["银行", "銀行", "分行", "支行", "总行", "總行", "人行"].iter().any(|e| n.ends_with(e));
    }
    // A bureau's section (`法规股`, `人事股`, `综合科`).
    if matches!(last, '股' | '科') && len >= 3 {
        return true;
    }
    ORG_ENDINGS.iter().any(|e| n.ends_with(e)) || is_collective_phrase(n)
}

/// `各地`, `各经营主体`, `各有关方面`: a short collective opened by 各, whatever
/// it ends with (not `各项`, `各类`: those open a sentence).
fn is_collective_phrase(n: &str) -> bool {
    let opened_by_each = n.starts_with('各')
        && n.chars().count() <= 8
        && !["各项", "各类", "各种", "各自", "各个", "各方面工作"].iter().any(|w| n.starts_with(w));
    // `相关镇街`, `有关县区`: the places concerned, named by their level.
    const LEVELS: &[&str] =
        &["镇街", "乡镇", "镇", "街道", "县区", "区县", "县市区", "市县", "园区", "板块", "村", "社区", "村居", "镇村"];
    let places_concerned = ["相关", "有关", "相關", "有關"].iter().any(|h| n.starts_with(h))
        && n.chars().count() <= 8
        && LEVELS.iter().any(|l| n.ends_with(l));
    opened_by_each || places_concerned
}

/// `各县（市、区）` → `各县`: a trailing parenthetical qualifies the name.
fn strip_trailing_paren(s: &str) -> &str {
    if (s.ends_with('）') || s.ends_with(')') || s.ends_with('〉') || s.ends_with('〕'))
        && let Some(open) = s.rfind(['（', '(', '〈', '〔'])
        && open > 0
    {
        return &s[..open];
    }
    s
}

/// Cleans one name: strips 由 / 会同 prefixes, a trailing 等 and what a 等
/// closes (`等部门`), and surrounding punctuation.
fn clean_name(raw: &str) -> String {
    let mut s =
        raw.trim().trim_matches(|c: char| matches!(c, '，' | ',' | '、' | '；' | ';' | '。' | ' ' | '"' | '“' | '”'));
    for p in ["由", "会同", "會同", "请", "請", "以及"] {
        if let Some(rest) = s.strip_prefix(p)
            && rest.chars().count() >= 2
        {
            s = rest;
        }
    }
    if let Some(pos) = s.rfind('等') {
        let tail = &s[pos + '等'.len_utf8()..];
        // `等市级有关部门`: after 等 a level before the collective names nobody either.
        let tail = ["省级", "市级", "县级", "区级", "省直", "市直", "县直", "区直", "省", "市", "县", "区"]
            .iter()
            .find_map(|l| {
                tail.strip_prefix(l).filter(|r| ["有关", "相关", "其他", "其它"].iter().any(|h| r.starts_with(h)))
            })
            .unwrap_or(tail);
        if pos > 0 && (tail.is_empty() || is_unnamed_tail(tail)) {
            s = &s[..pos];
        }
    }
    // `会同市公安局组织实施`: a trailing verb is not part of the name.
    for verb in ["组织实施", "具体实施", "共同推进", "实施", "推进", "办理", "执行", "完成"] {
        if let Some(rest) = s.strip_suffix(verb)
            && looks_like_org(rest)
        {
            s = rest;
            break;
        }
    }
    if s.contains(char::is_whitespace) { crate::clean::clean_text(s) } else { s.to_string() }
}

/// Words that name no body by themselves: what follows 等 in
/// `等有关部门和单位`, or a stray `单位` left by a list.
fn is_unnamed_tail(t: &str) -> bool {
    let t = ["有关", "相关", "其他", "其它", "各"].iter().find_map(|p| t.strip_prefix(p)).unwrap_or(t);
    !t.is_empty()
        && t.split(['和', '及', '、', '与']).all(|w| {
            matches!(
                w,
                "部门" | "单位" | "机构" | "部門" | "單位" | "機構" | "有关部门" | "有关单位" | "相关部门" | "相关单位"
            )
        })
}

/// `各乡`, `相关市、县`: the head of a collective whose levels are listed
/// with 、 before the shared noun (`各乡、镇人民政府`, `相关市、县政府`).
fn is_collective_head(piece: &str) -> bool {
    let p = piece.trim();
    let mut rest = p;
    loop {
        if let Some(r) = ["各", "相关", "有关", "相關", "有關", "全"].iter().find_map(|h| rest.strip_prefix(h))
        {
            rest = r;
            continue;
        }
        // `13个街道、镇`: a count works as 各 does.
        let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0
            && let Some(r) = rest[digits..].strip_prefix('个')
        {
            rest = r;
            continue;
        }
        break;
    }
    if rest.len() == p.len() {
        return false;
    }
    const LEVELS: &[&str] = &[
        "省",
        "市",
        "县",
        "縣",
        "区",
        "區",
        "乡",
        "鄉",
        "镇",
        "鎮",
        "旗",
        "州",
        "盟",
        "街道",
        "乡镇",
        "鄉鎮",
        "县区",
        "縣區",
        "县市区",
        "村",
        "社区",
        "社區",
        // Zones that stand beside towns in a county's collectives
        // (`各开发区、镇（街道）`).
        "开发区",
        "開發區",
        "园区",
        "園區",
        "功能区",
        "管理区",
    ];
    !rest.is_empty() && rest.split('、').all(|level| LEVELS.contains(&level))
}

/// Whether the text after `各乡、` carries on the collective (`镇人民政府`)
/// rather than naming another body (`区直各部门`, `市属企业`).
fn continues_collective(after: &str) -> bool {
    let mut cs = after.chars();
    let (Some(first), second) = (cs.next(), cs.next()) else { return false };
    let level = matches!(
        first,
        '省' | '市'
            | '县'
            | '縣'
            | '区'
            | '區'
            | '乡'
            | '鄉'
            | '镇'
            | '鎮'
            | '旗'
            | '州'
            | '盟'
            | '街'
            | '村'
            | '社'
    );
    level && !matches!(second, Some('直' | '属' | '屬'))
}

/// Splits a list of names on separators, keeping separators inside a
/// parenthetical (`各县（市、区）` is one name) and inside a collective
/// (`各乡、镇人民政府`, `各相关部门和单位`).
fn split_names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '〔' | '［' => depth += 1,
            '）' | ')' | '〕' | '］' => depth -= 1,
            _ => {}
        }
        if c == '、' && is_collective_head(&s[start..i]) && continues_collective(&s[i + c.len_utf8()..]) {
            continue;
        }
        // 和/及/与 join two names, but also occur inside one
        // (省经济和信息化委): split only after a complete name (a 等 may close
        // it: `水利部等和各市政府`), and not before a bare noun (`部门和单位`).
        let conj = matches!(c, '和' | '及' | '与');
        let joins_names = || {
            let before = s[start..i].trim_end_matches('等');
            let after = &s[i + c.len_utf8()..];
            let next = after.split(|c: char| is_separator(c) && !matches!(c, '和' | '及' | '与')).next().unwrap_or("");
            // `各县（市）及相关区政府`: levels of one collective, their body named once at the end.
            let levels = before.find(['（', '(']).map_or(before, |open| &before[..open]);
            let one_collective = is_collective_head(levels)
                && (continues_collective(after) || ["相关", "有关"].iter().any(|h| after.starts_with(h)));
            looks_like_org(before) && !is_unnamed_tail(next) && !one_collective
        };
        if depth <= 0 && is_separator(c) && (!conj || joins_names()) {
            let n = clean_name(&s[start..i]);
            if !n.is_empty() {
                out.push(n);
            }
            start = i + c.len_utf8();
            depth = 0;
        }
    }
    let n = clean_name(&s[start..]);
    if !n.is_empty() {
        out.push(n);
    }
    let mut k = 0;
    while k < out.len() {
        match split_glued(&out[k]) {
            Some(parts) => {
                let len = parts.len();
                out.splice(k..=k, parts);
                k += len;
            }
            None => k += 1,
        }
    }
    out
}

/// Endings of a body's name after which a second name may follow unparted.
const GLUED_ENDS: &[char] = &['局', '委', '办', '辦', '厅', '廳', '院', '会', '會', '部', '所', '站', '队', '隊', '府'];

/// Names run together with no separator (`区发改局区统计局`, cells of a PDF
/// table whose line breaks were lost): cut where a body's ending is
/// followed by the locality the name opened with, each part at least
/// three characters and ending like a body.
fn split_glued(name: &str) -> Option<Vec<String>> {
    // Two names of three characters or more, at three bytes each.
    if name.len() < 6 * 3 {
        return None;
    }
    let place = name
        .chars()
        .next()
        .filter(|c| matches!(c, '区' | '區' | '县' | '縣' | '市' | '省' | '镇' | '鎮' | '乡' | '鄉'))?;
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in name.char_indices() {
        if c == place
            && prev.is_some_and(|p| GLUED_ENDS.contains(&p))
            && name[start..i].chars().count() >= 3
            && name[i..].chars().count() >= 3
            && name[i..].chars().last().is_some_and(|e| GLUED_ENDS.contains(&e) || e == '心' || e == '司')
        {
            out.push(name[start..i].to_string());
            start = i;
        }
        prev = Some(c);
    }
    if out.is_empty() {
        return None;
    }
    out.push(name[start..].to_string());
    Some(out)
}

/// Whether `text` states that the first listed body leads
/// (`列第一位的为牵头单位`, `第一个单位为牵头单位`, `首位为牵头部门`,
/// `排名第一的为牵头单位`), wherever in a sentence, bracket or footnote; with
/// the role of the others (participant when the statement says so).
pub fn states_first_listed_leads(text: &str) -> Option<Role> {
    // Cheap rejection: this runs on every phrase.
    if !(text.contains("牵头") || text.contains("牽頭")) {
        return None;
    }
    const FIRST: &[&str] = &[
        "第一位",
        "首位",
        "第一个",
        "排名第一",
        "排第一",
        "第一家",
        "列第一",
        "第一单位",
        "第一名",
        "排在前面",
        "排在最前",
    ];
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let s: String = chars.iter().collect();
    for w in FIRST {
        for (pos, _) in s.match_indices(w) {
            let near: String = s[..pos]
                .chars()
                .rev()
                .take(10)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .chain(s[pos..].chars().take(w.chars().count() + 12))
                .collect();
            if near.contains("牵头") || near.contains("牽頭") {
                let after: String = s[pos..].chars().take(40).collect();
                let joins = ["配合", "参与", "参加", "协办", "協辦", "參與", "參加"].iter().any(|j| after.contains(j));
                return Some(if joins { Role::Participant } else { Role::Responsible });
            }
        }
    }
    None
}

/// A phrase without the pieces that state the convention
/// (`A、B负责，首位为牵头部门` → `A、B负责`).
fn drop_stated_convention(text: &str) -> String {
    if states_first_listed_leads(text).is_none() {
        return text.to_string();
    }
    text.split_inclusive(['，', ',', '；', ';', '。'])
        .filter(|piece| states_first_listed_leads(piece).is_none())
        .collect::<String>()
        .trim_end_matches(['，', ',', '；', ';'])
        .to_string()
}

/// `市 财政局、资源规划 局` (text laid out with a space between words): a
/// space inside a name is not a separator. A space goes when the word before
/// it is no body by itself (`市`, `资源规划`) or the word after it is one
/// character (`局`, `会`); between two bodies (`县财政局 县发改局`) it stays.
fn join_layout_spaces(text: String) -> String {
    if !text.contains([' ', '\u{3000}']) {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let is_cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let word_stop = |c: char| is_separator(c) || matches!(c, '：' | ':' | '（' | '）' | '(' | ')');
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, ' ' | '\u{3000}') && i > 0 && i + 1 < chars.len() && is_cjk(chars[i - 1]) && is_cjk(chars[i + 1])
        {
            let left_start = chars[..i].iter().rposition(|&c| word_stop(c)).map_or(0, |p| p + 1);
            let left: String = chars[left_start..i].iter().collect();
            let right_len = chars[i + 1..].iter().position(|&c| word_stop(c)).unwrap_or(chars.len() - i - 1);
            // Role words are words of their own: `A 负责` keeps its space.
            let left_body = left.chars().count() >= 2 && looks_like_org(strip_role_tail(&left));
            if !left_body || right_len == 1 {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `县财政局牵头` → `县财政局`, for testing the word before a space.
fn strip_role_tail(word: &str) -> &str {
    for (i, _) in word.char_indices() {
        if role_word_at(&word[i..]).is_some() {
            return &word[..i];
        }
    }
    word
}

/// A phrase without the document numbers it cites (`皖发〔2022〕9号，省财政厅
/// 负责` → `省财政厅负责`): a policy list names its source beside the bodies.
fn drop_citations(text: String) -> String {
    let is_citation = |piece: &str| {
        let p = piece.trim().trim_end_matches(['，', ',', '；', ';', '、']);
        p.ends_with(['号', '號'])
            && p.contains(['〔', '[', '［', '【'])
            && p.chars().filter(|c| c.is_ascii_digit()).count() >= 4
            && p.chars().count() <= 24
    };
    if !text.contains(['号', '號']) || !text.split_inclusive(['，', ',', '；', ';']).any(is_citation) {
        return text;
    }
    text.split_inclusive(['，', ',', '；', ';']).filter(|p| !is_citation(p)).collect()
}

/// Drops what a department phrase says besides departments: a bracket
/// stating a convention or a scope (`(第一个单位为牵头单位,下同)`,
/// `（下同）`), kept out of the names.
fn strip_remark_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['（', '(']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['（', '(']) {
        let after = &rest[open..];
        let close = after.find(['）', ')']);
        match close {
            Some(close) => {
                let inner = &after[..close];
                let remark = ["第一", "首位", "下同", "同上", "不再", "以下", "后同", "後同", "下列"]
                    .iter()
                    .any(|w| inner.contains(w));
                out.push_str(&rest[..open]);
                if !remark {
                    out.push_str(&after[..close]);
                    out.push(after[close..].chars().next().unwrap_or(')'));
                }
                rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Parses a phrase with the role grammar. `default_role` applies to names no
/// verb follows (from a label or a column); without one they are responsible.
/// Clauses that read as deadlines are set apart.
pub fn parse_phrase(text: &str, default_role: Option<Role>, line: usize) -> Phrase {
    parse_phrase_hosted(text, default_role, line, false)
}

/// Words that, anywhere in a phrase or a document, make `主办单位` a lead
/// label rather than a web page's sponsor.
pub const HOST_PARTNERS: &[&str] = &["协办单位", "協辦單位", "牵头单位", "牽頭單位", "牵头领导", "牽頭領導"];

/// `主办单位：A、B` on a line of its own, in a document whose lists also say
/// 协办单位 (or 牵头): the rest after the label.
pub fn host_label(line: &str) -> Option<&str> {
    ["主办单位", "主辦單位"]
        .iter()
        .find_map(|l| line.trim_start().strip_prefix(l))?
        .trim_start()
        .strip_prefix(['：', ':'])
}

/// [`parse_phrase`], where `hosted` says the document pairs 主办 with 协办 or
/// 牵头 lists elsewhere, so a 主办单位 clause names the lead.
pub fn parse_phrase_hosted(text: &str, default_role: Option<Role>, line: usize, hosted: bool) -> Phrase {
    let mut phrase = Phrase { source: text.trim().to_string(), line, ..Phrase::default() };
    let text = join_layout_spaces(drop_citations(drop_stated_convention(&strip_remark_brackets(text))));
    // `主办单位：A，协办单位：B` (proposals, livelihood projects): beside a
    // 协办 list, or a 牵头 label or leader, 主办 names the lead. Alone,
    // 主办单位 is a web page's sponsor.
    let hosted = hosted || HOST_PARTNERS.iter().any(|w| text.contains(w));
    // Labelled clauses inside one phrase: `牵头单位：A；配合单位：B`.
    let clauses: Vec<&str> = split_clauses(&text);
    for clause in clauses {
        if let Some((label, _)) = clause.split_once(['：', ':'])
            && is_content_label(label.trim())
        {
            continue;
        }
        if hosted && let Some(body) = host_label(clause) {
            parse_clause(body, Some((Role::Lead, Basis::Label)), &mut phrase);
            continue;
        }
        // A sentence after the departments that names none is a remark
        // (`后续条目涉及各镇的，不再重复标注`), not more departments.
        if !phrase.names.is_empty() && split_label(clause).is_none() {
            let mut probe = Phrase::default();
            parse_clause(clause, default_role.map(|r| (r, Basis::Column)), &mut probe);
            if !probe.names.iter().any(|n| looks_like_org(&n.name)) {
                phrase.deadlines.extend(probe.deadlines);
                if looks_like_timing_remark(clause.trim()) {
                    phrase.deadlines.push(clause.trim().to_string());
                }
                continue;
            }
        }
        let (role_default, body) = match split_label(clause) {
            Some((Label::Role(r), rest)) => (Some((r, Basis::Label)), rest),
            Some((Label::Deadline, rest)) => {
                phrase.deadlines.push(rest.to_string());
                continue;
            }
            Some((Label::Note | Label::Person, _)) => continue,
            None => (default_role.map(|r| (r, Basis::Column)), clause),
        };
        parse_clause(body, role_default, &mut phrase);
    }
    phrase
}

/// Splits at `；` and at `，` that precede a label, so labelled clauses part.
fn split_clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '；' | ';' | '\n' | '。') {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        } else if matches!(c, '：' | ':')
            && let Some(label_start) = glued_label_start(text, start, i)
        {
            out.push(&text[start..label_start]);
            start = label_start;
        } else if matches!(c, '，' | ',' | ' ' | '\u{3000}') {
            let next = &text[i + c.len_utf8()..];
            if split_label(next).is_some() {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
        }
    }
    out.push(&text[start..]);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// Nouns that end a label of a measure's own content (`任务目标：`,
/// `建设内容：`, `工作措施：`): what follows is text, not bodies.
const CONTENT_LABEL_NOUNS: &[&str] =
    &["目标", "目標", "内容", "內容", "措施", "任务", "任務", "情况", "情況", "要求", "进度", "進度", "规模", "規模"];

/// `（…）任务目标：`: a four-character label of a measure's content.
fn is_content_label(label: &str) -> bool {
    label.chars().count() == 4 && CONTENT_LABEL_NOUNS.iter().any(|n| label.ends_with(n))
}

/// A label run onto the names before it, with no stop between
/// (`责任单位：莲塘镇任务目标：…`, the line break lost when the page was
/// copied): where the four-character label before the colon at `colon`
/// starts, when a clause began at `start` before it.
fn glued_label_start(text: &str, start: usize, colon: usize) -> Option<usize> {
    let label_start = text[start..colon].char_indices().rev().nth(3).map(|(k, _)| start + k)?;
    let before = text[start..label_start].chars().last()?;
    if !crate::clean::is_cjk(before) {
        return None;
    }
    let label = &text[label_start..colon];
    let known = is_content_label(label) || split_label(&text[label_start..]).is_some();
    // A label earlier in the clause, already closed by its colon: this one
    // follows its names (not the end of a longer label, `协同责任单位：`).
    let clause_labelled = text[start..label_start].contains(['：', ':']) && split_label(&text[start..]).is_some();
    (known && clause_labelled).then_some(label_start)
}

/// `A会同B负责`: A carries the verb's role, B joins it; a partner that
/// names nobody (`会同有关部门`) is dropped.
fn push_partnered(phrase: &mut Phrase, primary: &str, partners: &str, role: Role, defaulted: bool, basis: Basis) {
    for name in split_names(primary) {
        push_name(phrase, name, role, defaulted, basis);
    }
    for name in split_names(partners) {
        if !matches!(name.as_str(), "有关部门" | "相关部门" | "有关单位" | "相关单位" | "有关方面" | "各有关部门")
        {
            push_name(phrase, name, Role::Participant, false, Basis::Verb);
        }
    }
}

/// `default` is the role (and what it rests on) of names no verb follows:
/// a label's or a column's; without one they are a bare list.
fn parse_clause(body: &str, default: Option<(Role, Basis)>, phrase: &mut Phrase) {
    let default_role = default.map(|(r, _)| r);
    let default_basis = default.map_or(Basis::BareList, |(_, b)| b);
    let mut start = 0;
    let mut i = 0;
    // The names before a 会同, waiting for the verb.
    let mut primary: Option<(usize, usize)> = None;
    while i < body.len() {
        let rest = &body[i..];
        if (rest.starts_with("会同") || rest.starts_with("會同"))
            && primary.is_none()
            && body[start..i].chars().any(|c| !is_separator(c))
        {
            primary = Some((start, i));
            i += "会同".len();
            start = i;
            continue;
        }
        if let Some((word, role)) = role_word_at(rest) {
            if let Some((a, b)) = primary.take() {
                push_partnered(phrase, &body[a..b], &body[start..i], role, false, Basis::Verb);
                i += word.len();
                start = i;
                continue;
            }
            // `市发改委（牵头）`: the role word in brackets after the name.
            let before = &body[start..i];
            let bracketed = before.ends_with(['（', '(']) && rest[word.len()..].starts_with(['）', ')']);
            let names = if bracketed {
                &before[..before.len() - before.chars().last().map_or(0, char::len_utf8)]
            } else {
                before
            };
            for name in split_names(names) {
                push_name(phrase, name, role, false, Basis::Verb);
            }
            i += word.len();
            if bracketed {
                i += rest[word.len()..].chars().next().map_or(0, char::len_utf8);
            }
            start = i;
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    if let Some((a, b)) = primary.take() {
        let role = default_role.unwrap_or(Role::Responsible);
        push_partnered(
            phrase,
            &body[a..b],
            &body[start..],
            role,
            matches!(default_role, None | Some(Role::Responsible)),
            default_basis,
        );
        return;
    }
    for name in split_names(&body[start..]) {
        // A clause after the named departments that names none is a remark
        // (`根据上级部署安排`): kept as the deadline text, not as a department.
        if !phrase.names.is_empty() && looks_like_timing_remark(&name) {
            phrase.deadlines.push(name);
            continue;
        }
        // A list under 责任单位 (or no label at all) gives no real role: the
        // document's convention, if stated, may still make its first lead.
        let soft = matches!(default_role, None | Some(Role::Responsible));
        push_name(phrase, name, default_role.unwrap_or(Role::Responsible), soft, default_basis);
    }
}

/// `根据上级部署安排`, `视情况适时开展`: a short clause about timing.
fn looks_like_timing_remark(s: &str) -> bool {
    const WORDS: &[&str] = &["根据", "按照", "视", "部署", "安排", "确定", "另行", "适时", "及时", "年", "月"];
    s.chars().count() <= 14 && !looks_like_org(s) && WORDS.iter().any(|w| s.contains(w))
}

/// `张某副市长`, `分管副县长`: a leader by title, not a body.
fn is_person_title(name: &str) -> bool {
    const TITLES: &[&str] =
        &["市长", "县长", "区长", "省长", "镇长", "乡长", "书记", "秘书长", "主席", "同志", "縣長", "區長"];
    name.chars().count() <= 12 && TITLES.iter().any(|t| name.ends_with(t)) && !name.ends_with("办公室")
}

/// `★区发改委`, `区财政局*`: the mark many tables put on the lead body of
/// a list. Returns the name without it and whether it was there.
pub fn strip_lead_mark(name: &str) -> (&str, bool) {
    let marks = ['★', '☆', '*', '＊'];
    let t = name.trim_start_matches(marks).trim_end_matches(marks);
    (t, t.len() != name.len())
}

fn push_name(phrase: &mut Phrase, name: String, role: Role, defaulted: bool, basis: Basis) {
    let (bare, marked) = strip_lead_mark(&name);
    let (name, role, defaulted, basis) = if marked && !bare.is_empty() {
        (bare.to_string(), Role::Lead, false, Basis::Mark)
    } else {
        (name, role, defaulted, basis)
    };
    if Deadline::looks_like_deadline(&name) {
        phrase.deadlines.push(name);
        return;
    }
    // A leader named beside the bodies (`由张某副市长负责`) is a person.
    if is_person_title(&name) {
        return;
    }
    // Filler words left by the grammar (`工作`, `完成`) are not names.
    if matches!(name.as_str(), "工作" | "完成" | "实施" | "推进" | "组织实施" | "各自" | "分别" | "共同")
        || is_unnamed_tail(&name) && !name.starts_with(['有', '相', '各', '其'])
    {
        return;
    }
    // `A、B分别牵头`: 分别 is the verb's adverb, not part of the last name.
    let name = match name.strip_suffix("分别").or_else(|| name.strip_suffix("分別")) {
        Some(n) if n.chars().count() >= 2 => n.to_string(),
        _ => name,
    };
    phrase.names.push(Named { role, name, defaulted, basis });
}

impl Phrase {
    /// Whether this reads as a department phrase: it names departments (most
    /// names look like one) and is not a sentence.
    pub fn is_plausible(&self) -> bool {
        if self.names.is_empty() {
            return false;
        }
        let orgish = self.names.iter().filter(|n| looks_like_org(&n.name)).count();
        orgish * 10 >= self.names.len() * 7
    }

    /// Identity used to tell repeated copies of one phrase apart from
    /// distinct phrases.
    pub fn same_names(&self, other: &Phrase) -> bool {
        self.names.len() == other.names.len()
            && self.names.iter().zip(&other.names).all(|(a, b)| a.role == b.role && a.name == b.name)
    }
}

/// Splits a department cell that holds several phrases printed one after
/// another (`A牵头，B参加 C负责`): a phrase ends at whitespace that follows a
/// role verb.
pub fn split_phrases(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last_role_end: Option<usize> = None;
    let mut i = 0;
    while i < cell.len() {
        let rest = &cell[i..];
        if let Some((w, _)) = role_word_at(rest) {
            i += w.len();
            last_role_end = Some(i);
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        if (c.is_whitespace() || c == '\u{3000}')
            && last_role_end.is_some_and(|e| {
                cell[e..i]
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '；' | ';' | '，' | ','))
                    .is_empty()
            })
        {
            let piece = cell[start..i].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i;
            last_role_end = None;
        }
        i += c.len_utf8();
    }
    let piece = cell[start..].trim();
    if !piece.is_empty() {
        out.push(piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(p: &Phrase) -> Vec<(Role, &str)> {
        p.names.iter().map(|n| (n.role, n.name.as_str())).collect()
    }

    #[test]
    fn two_lists_two_roles() {
        let p = parse_phrase("省编办牵头,省知识产权局、省工商局、省版权局参加", None, 1);
        assert_eq!(
            roles(&p),
            vec![
                (Role::Lead, "省编办"),
                (Role::Participant, "省知识产权局"),
                (Role::Participant, "省工商局"),
                (Role::Participant, "省版权局"),
            ]
        );
        assert!(p.is_plausible());
    }

    #[test]
    fn deng_and_by_remit() {
        let p = parse_phrase("市发展改革委牵头，市财政局、市商务局等按职责分工负责，2024年底前完成", None, 1);
        assert_eq!(
            roles(&p),
            vec![(Role::Lead, "市发展改革委"), (Role::Responsible, "市财政局"), (Role::Responsible, "市商务局")]
        );
        assert_eq!(p.deadlines, vec!["2024年底前完成".to_string()]);
    }

    #[test]
    fn collectives_and_traditional() {
        let p = parse_phrase("各縣（市、區）人民政府負責", None, 1);
        assert_eq!(roles(&p), vec![(Role::Responsible, "各縣（市、區）人民政府")]);
        let p = parse_phrase("省發展改革委牽頭，省財政廳配合", None, 1);
        assert_eq!(roles(&p), vec![(Role::Lead, "省發展改革委"), (Role::Participant, "省財政廳")]);
    }

    #[test]
    fn conjunctions_inside_names_do_not_split() {
        let p = parse_phrase("省经济和信息化委、省人力资源和社会保障厅和省财政厅负责", None, 1);
        let names: Vec<_> = p.names.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, vec!["省经济和信息化委", "省人力资源和社会保障厅", "省财政厅"]);
    }

    #[test]
    fn bracketed_roles_and_trailing_verbs() {
        let p = parse_phrase("市发展改革委（牵头）、市财政局", None, 1);
        assert_eq!(roles(&p), vec![(Role::Lead, "市发展改革委"), (Role::Responsible, "市财政局")]);
        let p = parse_phrase("由市应急局牵头，会同市公安局、市交通运输局组织实施", None, 1);
        assert_eq!(
            roles(&p),
            vec![(Role::Lead, "市应急局"), (Role::Responsible, "市公安局"), (Role::Responsible, "市交通运输局")]
        );
        assert!(p.is_plausible());
    }

    #[test]
    fn labels() {
        let p = parse_phrase("牵头单位：市教育局；配合单位：市财政局，市人社局", None, 1);
        assert_eq!(
            roles(&p),
            vec![(Role::Lead, "市教育局"), (Role::Participant, "市财政局"), (Role::Participant, "市人社局")]
        );
    }

    #[test]
    fn sentences_are_not_phrases() {
        let p = parse_phrase("落实知识产权收益分配制度，提高创新效率", None, 1);
        assert!(!p.is_plausible());
    }

    #[test]
    fn splits_phrases_printed_in_one_cell() {
        let cell = "省统计局牵头，省发展改革委、省科技厅参加 省国资委牵头，省科技厅参加 省科技厅、省知识产权局负责";
        assert_eq!(split_phrases(cell).len(), 3);
        assert_eq!(split_phrases("省知识产权局 省工商局").len(), 1);
    }
}
