//! Requests: meeting decisions (议定事项) and leaders' instructions name the
//! bodies they ask rather than label them — `请市住建局会同市财政局于6月底前
//! 提出办法`, `请市商务局牵头，市城管局配合，抓紧完善规划`, `請內政部持續關心`.
//! The bodies after 请 are the measure's, read with the usual role grammar
//! (会同 names partners, 牵头 a lead); the measure keeps its whole text.

use crate::inline::merge_phrase;
use crate::phrase::{Phrase, looks_like_org, parse_phrase};

/// What may follow a requested body: a separator, a role word, or the first
/// word of the action asked (an adverb, a preposition, a verb of office).
const FOLLOWERS: &[&str] = &[
    "、",
    "，",
    ",",
    "和",
    "及",
    "与",
    "與",
    "会同",
    "會同",
    "牵头",
    "牽頭",
    "负责",
    "負責",
    "配合",
    "参与",
    "參與",
    "协助",
    "協助",
    "于",
    "於",
    "在",
    "要",
    "抓紧",
    "抓緊",
    "尽快",
    "儘快",
    "儘速",
    "持续",
    "持續",
    "进一步",
    "進一步",
    "研究",
    "研议",
    "研議",
    "提出",
    "做好",
    "加快",
    "认真",
    "認真",
    "切实",
    "切實",
    "按照",
    "结合",
    "結合",
    "统筹",
    "統籌",
    "组织",
    "組織",
    "督促",
    "指导",
    "指導",
    "协调",
    "協調",
    "继续",
    "繼續",
    "积极",
    "積極",
    "全力",
    "主动",
    "主動",
    "立即",
    "限期",
    "加强",
    "加強",
    "落实",
    "落實",
    "制定",
    "开展",
    "開展",
    "推进",
    "推進",
    "完善",
    "对",
    "對",
    "就",
    "将",
    "將",
    "把",
    "共同",
    "联合",
    "聯合",
    "具体",
    "具體",
    "抓好",
    "跟进",
    "跟踪",
    "拿出",
    "起草",
    "形成",
    "定期",
    "依法",
    "严格",
    "嚴格",
    "及时",
    "及時",
    "妥善",
    "迅速",
    "密切",
    "重点",
    "着力",
    "深入",
    "先行",
    "再",
    "会商",
    "會商",
    "尽早",
    "务必",
    "務必",
    "做",
    "牵头负责",
    "专题",
    "專題",
    "进行",
    "進行",
    "予以",
    "给予",
    "給予",
    "。",
];

/// Everyone a notice is sent to, asked to carry it out.
const ADDRESSEES: &[&str] = &[
    "各责任单位",
    "各責任單位",
    "各有关单位",
    "各有關單位",
    "各相关单位",
    "各相關單位",
    "各单位",
    "各單位",
    "各部门",
    "各部門",
    "各有关部门",
    "各有關部門",
    "各相关部门",
    "各地各部门",
    "各级各部门",
    "各地",
    "各级",
];

/// Separators between requested bodies; a body after 会同 is a partner.
const JOINERS: &[&str] = &["、", "和", "及", "与", "與", "会同", "會同"];

const ROLE_WORDS: &[&str] = &["牵头负责", "牵头", "牽頭", "负责", "負責", "配合", "参与", "參與", "协助", "協助"];

/// The bodies a text asks (`请X…`), as one phrase; `None` when no 请 at the
/// start of a clause names a body.
pub fn requested_bodies(text: &str, line: usize) -> Option<Phrase> {
    if !text.contains(['请', '請']) {
        return None;
    }
    let mut found: Option<Phrase> = None;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at_clause_start = prev.is_none_or(|p| "，,。；;：:、 ".contains(p));
        prev = Some(c);
        if !matches!(c, '请' | '請') || !at_clause_start {
            continue;
        }
        let after = &text[i + c.len_utf8()..];
        let Some(len) = names_prefix(after) else { continue };
        let phrase = parse_phrase(&after[..len], None, line);
        if !phrase.is_plausible() || !phrase.names.iter().all(|n| looks_like_org(&n.name)) {
            continue;
        }
        // `请各责任单位认真组织实施`: a notice's exhortation to everyone it
        // is sent to, not a request to a body.
        if phrase.names.iter().all(|n| ADDRESSEES.contains(&n.name.as_str())) {
            continue;
        }
        match &mut found {
            Some(f) => merge_phrase(f, phrase),
            None => found = Some(phrase),
        }
    }
    found
}

/// Length in bytes of `NAME (joiner NAME)* role?` and of further clauses
/// `，NAME role` at the start of `s`.
fn names_prefix(s: &str) -> Option<usize> {
    let mut at = body_at(s)?;
    loop {
        let rest = &s[at..];
        if let Some(j) = JOINERS.iter().find(|j| rest.starts_with(*j))
            && let Some(len) = body_at(&rest[j.len()..])
        {
            at += j.len() + len;
            continue;
        }
        if let Some(r) = ROLE_WORDS.iter().find(|r| rest.starts_with(*r)) {
            at += r.len();
            // `牵头，市城管局配合`: another body with its own role word.
            let rest = &s[at..];
            if let Some(sep) = ['，', ','].into_iter().find(|c| rest.starts_with(*c)) {
                let next = &rest[sep.len_utf8()..];
                if let Some(len) = body_at(next)
                    && ROLE_WORDS.iter().any(|r| next[len..].starts_with(r))
                {
                    at += sep.len_utf8() + len;
                    continue;
                }
            }
        }
        return Some(at);
    }
}

/// The shortest body name at the start of `s` that a follower comes after.
fn body_at(s: &str) -> Option<usize> {
    let ends: Vec<usize> = s.char_indices().skip(1).map(|(i, _)| i).chain(std::iter::once(s.len())).take(20).collect();
    ends.into_iter().skip(1).find(|&end| {
        let rest = &s[end..];
        looks_like_org(&s[..end]) && (rest.is_empty() || FOLLOWERS.iter().any(|f| rest.starts_with(f)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use duban_core::Role;

    fn roles(text: &str) -> Vec<(Role, String)> {
        requested_bodies(text, 1).map(|p| p.names.into_iter().map(|n| (n.role, n.name)).collect()).unwrap_or_default()
    }

    #[test]
    fn requested_bodies_with_their_roles() {
        assert_eq!(
            roles("会议同意试点方案，请区卫健委会同区医保局、区财政局于9月底前拿出方案。"),
            vec![
                (Role::Responsible, "区卫健委".to_string()),
                (Role::Participant, "区医保局".to_string()),
                (Role::Participant, "区财政局".to_string())
            ]
        );
        assert_eq!(
            roles("请县交通局牵头，县公安局配合，抓紧整治货车超载。"),
            vec![(Role::Lead, "县交通局".to_string()), (Role::Participant, "县公安局".to_string())]
        );
        assert_eq!(roles("請經濟部持續追蹤辦理進度。"), vec![(Role::Responsible, "經濟部".to_string())]);
        // Not a request: 申请, 提请, 请示, or no body after 请.
        assert!(roles("企业可申请县科技局补助。").is_empty());
        assert!(roles("提请县人大常委会审议。").is_empty());
        assert!(roles("请大家认真学习。").is_empty());
    }
}
