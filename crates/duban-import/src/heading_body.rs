//! Headings that name the body their measures belong to: lists grouped by
//! department rather than by subject.
//!
//! - `（一）省编办牵头的工作`, `一、县示范区管委会牵头工作（8项）`: the body
//!   leads every measure below;
//! - `（一）综合办公室职责`, `二、镇防汛办公室主要职责`, `（三）后勤保障处`,
//!   `一、招商合作局（行政审批局、政务服务中心）`: the body carries every
//!   measure below.
//!
//! Recovery gives the heading's body to each measure under it that does not
//! name that role itself.

use crate::phrase::{Named, Phrase, looks_like_org, parse_phrase};
use duban_core::{Basis, Role};

/// Endings of a heading that names what its body does.
const LEAD_TAILS: &[&str] = &["牵头的工作", "牵头工作", "牵头的任务", "牵头任务", "牵头事项", "牵头的事项", "牵头"];
const DUTY_TAILS: &[&str] = &[
    "负责的工作",
    "负责工作",
    "主要工作职责",
    "工作职责",
    "主要职责",
    "的职责",
    "职责分工",
    "职责",
    "主要任务",
    "工作任务",
    "负责",
];

/// Body endings strong enough for a heading that is only a name (place
/// names such as 中心城区 or 各县 head areas, not bodies).
const BODY_ENDINGS: &[&str] = &[
    "局",
    "委",
    "办",
    "办公室",
    "厅",
    "部",
    "室",
    "处",
    "科",
    "股",
    "大队",
    "支队",
    "所",
    "站",
    "政府",
    "管委会",
    "工会",
    "妇联",
];

/// Verbs a subject heading opens with (`推进“跨省通办”`, `加强督查督办`),
/// which a body's name never does.
const OPENING_VERBS: &[&str] = &[
    "推进", "推动", "加强", "加快", "建立", "健全", "完善", "实施", "开展", "深化", "提升", "提高", "落实", "强化",
    "优化", "做好", "抓好", "持续", "全面", "构建", "打造", "促进", "支持", "扩大", "创新", "坚持", "严格", "规范",
    "培育", "发展", "新建", "改造", "改建", "扩建", "新增", "建成", "修建", "整治", "完成",
];

/// Whether a text opens with a verb of a measure, as no body's name does.
pub fn opens_with_verb(name: &str) -> bool {
    OPENING_VERBS.iter().any(|v| name.starts_with(v))
}

/// A heading that is only a name: a short name with a body's ending, no
/// quotes, not opening with a verb.
fn is_bare_body(name: &str) -> bool {
    name.chars().count() <= 16
        && !name.contains(['“', '”', '"', '《', '》', '「', '」'])
        && !opens_with_verb(name)
        && BODY_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// The body a heading names, as a phrase giving it the heading's role.
pub fn body_of_heading(text: &str, line: usize) -> Option<Phrase> {
    let t = strip_count(text.trim().trim_end_matches(['。', '：', ':', '；', ';', ' ']));
    if t.is_empty() || t.chars().count() > 40 {
        return None;
    }
    let (names, role, bare) = if let Some(rest) = LEAD_TAILS.iter().find_map(|w| t.strip_suffix(w)) {
        (rest, Role::Lead, false)
    } else if let Some(rest) = DUTY_TAILS.iter().find_map(|w| t.strip_suffix(w)) {
        (rest, Role::Responsible, false)
    } else {
        (t, Role::Responsible, true)
    };
    // `综合办公室（党群工作部、监察室）`: the bracket lists the same body's
    // other names.
    let names = names.trim_end_matches('的');
    let main = match names.find(['（', '(']) {
        Some(open) if open > 0 && names.ends_with(['）', ')']) => &names[..open],
        _ => names,
    };
    if main.contains(['，', ',', '。', '；']) || main.chars().count() < 2 {
        return None;
    }
    let parsed = parse_phrase(main, Some(role), line);
    if parsed.names.is_empty() || !parsed.names.iter().all(|n| looks_like_org(&n.name)) {
        return None;
    }
    if bare && !parsed.names.iter().all(|n| is_bare_body(&n.name)) {
        return None;
    }
    let names =
        parsed.names.into_iter().map(|n| Named { role, defaulted: false, basis: Basis::Carried, ..n }).collect();
    Some(Phrase { names, deadlines: Vec::new(), source: text.trim().to_string(), line })
}

/// `省审计厅牵头的工作 强化审计监督……`: a heading naming its body by a
/// role's ending (`牵头的工作`, `负责的工作`, `职责`), then, after a space,
/// the measure under it — a document whose lines were run together. The
/// heading, the measure's text and the body.
pub fn heading_then_text(text: &str, line: usize) -> Option<(String, String, Phrase)> {
    let (head, rest) = text.trim().split_once([' ', '\u{3000}'])?;
    let rest = rest.trim();
    let tail = LEAD_TAILS.iter().chain(DUTY_TAILS).any(|w| strip_count(head).ends_with(w));
    if !tail || rest.chars().count() < 6 {
        return None;
    }
    let body = body_of_heading(head, line)?;
    Some((head.to_string(), rest.to_string(), body))
}

/// `…工作（8项）`, `…（共5项）`: a count of the measures below.
fn strip_count(t: &str) -> &str {
    if let Some(open) = t.rfind(['（', '('])
        && t.ends_with(['）', ')'])
    {
        let inner = &t[open..];
        if inner.contains('项')
            && inner.chars().filter(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).count() > 0
        {
            return t[..open].trim_end();
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: Option<Phrase>) -> Vec<(Role, String)> {
        p.map(|p| p.names.into_iter().map(|n| (n.role, n.name)).collect()).unwrap_or_default()
    }

    #[test]
    fn a_heading_run_together_with_its_measure() {
        let (head, rest, body) = heading_then_text("县林业局牵头的工作 完成植树造林3000亩。", 1).unwrap();
        assert_eq!((head.as_str(), rest.as_str()), ("县林业局牵头的工作", "完成植树造林3000亩。"));
        assert_eq!(names(Some(body)), vec![(Role::Lead, "县林业局".into())]);
        assert!(heading_then_text("县林业局 完成植树造林3000亩。", 1).is_none());
        assert!(heading_then_text("加强森林防火 完成植树造林3000亩。", 1).is_none());
    }

    #[test]
    fn headings_that_name_their_body() {
        assert_eq!(names(body_of_heading("区商务局牵头的工作", 1)), vec![(Role::Lead, "区商务局".into())]);
        assert_eq!(
            names(body_of_heading("县示范区管委会牵头工作（6项）", 1)),
            vec![(Role::Lead, "县示范区管委会".into())]
        );
        assert_eq!(
            names(body_of_heading("党政综合办公室主要职责", 1)),
            vec![(Role::Responsible, "党政综合办公室".into())]
        );
        assert_eq!(
            names(body_of_heading("规划建设局（住房保障中心、人防办）", 1)),
            vec![(Role::Responsible, "规划建设局".into())]
        );
    }

    #[test]
    fn subjects_and_places_are_not_bodies() {
        assert!(body_of_heading("加强组织领导", 1).is_none());
        assert!(body_of_heading("中心城区", 1).is_none());
        assert!(body_of_heading("推进“跨区通办”", 1).is_none());
        assert!(body_of_heading("推进产业转型，壮大实体经济", 1).is_none());
    }
}
