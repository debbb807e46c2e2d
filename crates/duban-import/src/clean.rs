//! Cleaning pasted text: markup left by converters, layout spaces inside
//! Chinese words, page-header rows, and the column vocabulary of headers.

use crate::phrase::{DEADLINE_LABELS, NOTE_LABELS, label_role};
use duban_core::Role;

/// Replaces HTML fragments left in pasted text (`<p>…</p>`, `<br>`) with
/// line breaks, drops other tags and decodes the common entities. Text that
/// merely contains `<` (`<5万元`) is kept.
pub fn strip_fragments(s: &str) -> String {
    if !s.contains('<') && !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find(['<', '&']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        if let Some(after) = tail.strip_prefix('<') {
            if let Some((name, len)) = tag_at(tail) {
                if is_block_tag(&name) {
                    out.push('\n');
                }
                rest = &tail[len..];
                continue;
            }
            out.push('<');
            rest = after;
        } else {
            match entity_at(tail) {
                Some((c, len)) => {
                    out.push(c);
                    rest = &tail[len..];
                }
                None => {
                    out.push('&');
                    rest = &tail[1..];
                }
            }
        }
    }
    out.push_str(rest);
    out
}

/// `<p>`, `</td>`, `<br/>`, `<span class="x">`: the lowercase tag name and length.
fn tag_at(s: &str) -> Option<(String, usize)> {
    let body = s.strip_prefix('<')?;
    let body_start = if body.starts_with('/') { 2 } else { 1 };
    let name: String = s[body_start..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    if name.is_empty() || !name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = s[..floor_boundary(s, 400)].find('>')?;
    if s[1..end].contains('<') {
        return None;
    }
    Some((name.to_ascii_lowercase(), end + 1))
}

/// The largest char boundary of `s` not after byte `max`.
fn floor_boundary(s: &str, max: usize) -> usize {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_block_tag(name: &str) -> bool {
    matches!(name, "p" | "br" | "div" | "li" | "tr" | "td" | "th" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table")
}

fn entity_at(s: &str) -> Option<(char, usize)> {
    let end = s[..floor_boundary(s, 12)].find(';')?;
    let name = &s[1..end];
    let c = match name {
        "nbsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ldquo" => '“',
        "rdquo" => '”',
        "middot" => '·',
        "mdash" => '—',
        _ => {
            let num = name.strip_prefix('#')?;
            let v = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(v)?
        }
    };
    Some((c, end + 1))
}

/// Characters between which a space is a layout artefact: CJK ideographs,
/// CJK punctuation and full-width forms.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF |
        0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x2460..=0x24FF | 0x201C..=0x201D)
}

/// Collapses whitespace: none between CJK characters (`重点任 务` →
/// `重点任务`), one space elsewhere (`产品 and 衍生品`), trimmed.
pub fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut last: Option<char> = None;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' {
            pending_space = last.is_some();
            continue;
        }
        if pending_space {
            if let Some(l) = last
                && !(is_cjk(l) && is_cjk(c))
            {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Collapses runs of whitespace (including ideographic and no-break
/// spaces) to one ASCII space and trims: spaces still separate phrases and
/// numbered items, but nothing else changes.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`collapse_spaces`] for an owned string: returns it unchanged (no
/// allocation) when it is already collapsed, as most cells are.
pub fn collapse_spaces_owned(s: String) -> String {
    let mut prev_space = true;
    let mut tidy = true;
    for c in s.chars() {
        let space = c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}';
        if space && (prev_space || c != ' ') {
            tidy = false;
            break;
        }
        prev_space = space;
    }
    if tidy && !prev_space { s } else { collapse_spaces(&s) }
}

/// Drops every whitespace character: for comparing words across layouts.
pub fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}').collect()
}

/// A pinyin reading in brackets (`diǎn`, `zé`, `wù`): lower-case Latin
/// letters with tone marks, one syllable.
fn is_reading(s: &str) -> bool {
    let n = s.chars().count();
    (1..=6).contains(&n) && s.chars().all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c))
}

/// Text without the pinyin readings some converted pages put after
/// characters (`重點(diǎn)`, `牽頭責(zé)任單位`): what a reader sees as the word.
pub fn strip_readings(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('(') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let annotated = rest[..open].chars().last().is_some_and(is_cjk);
        match after.find(')') {
            Some(close) if annotated && is_reading(&after[..close]) => {
                out.push_str(&rest[..open]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// What a table column holds, from its header word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Index,
    Area,
    Task,
    Measure,
    Departments(Option<Role>),
    Deadline,
    Note,
    Other,
}

/// The column a header word names, if it is one. A header of two words
/// joined by 与 / 及 / 和 (`内容与要求`, `牵头单位及责任人`) is the column its
/// first word names, or else its second.
pub fn column_for_header(word: &str) -> Option<Column> {
    let w = compact(&strip_readings(word));
    let w = w.trim_matches(|c: char| matches!(c, '*' | '#' | ':' | '：'));
    // A unit in brackets (`年度投资金额（万元）`, `面积(亩)`) marks a figure
    // column: read by its words, else a column of its own.
    if let Some(words) = without_unit(w) {
        return column_for_header(words).or(Some(Column::Other));
    }
    // A remark in brackets after a known header word (`重点工作任务（杭州市2项配合工作）`,
    // `责任单位（部门）`): the word's column.
    if let Some(open) = w.rfind(['（', '('])
        && open > 0
        && w.ends_with(['）', ')'])
        && w[..open].chars().count() >= 2
        && let Some(c) = column_for_header(&w[..open])
    {
        return Some(c);
    }
    let w = strip_period(w);
    let whole = |w| single_header(w).or_else(|| column_by_suffix(w));
    single_header(w)
        .or_else(|| {
            let (first, second) = w.split_once(['与', '與', '及', '和'])?;
            let parts_are_words = first.chars().count() >= 2 && second.chars().count() >= 2;
            parts_are_words.then(|| whole(first).or_else(|| whole(second))).flatten()
        })
        .or_else(|| column_by_suffix(w))
}

/// Units a figure column names in brackets after its words.
const UNITS: &[&str] = &[
    "万元",
    "亿元",
    "元",
    "萬元",
    "億元",
    "亩",
    "万亩",
    "畝",
    "萬畝",
    "平方米",
    "平方公里",
    "公里",
    "千米",
    "米",
    "个",
    "個",
    "人",
    "户",
    "戶",
    "%",
    "％",
    "吨",
    "万吨",
    "噸",
    "萬噸",
    "处",
    "處",
    "所",
    "家",
    "项",
    "項",
    "座",
    "套",
    "辆",
    "輛",
    "张",
    "張",
    "次",
    "件",
    "千瓦",
    "万千瓦",
];

/// `投资额（万元）` → `投资额`: the words of a header that ends with a unit
/// in brackets.
fn without_unit(w: &str) -> Option<&str> {
    let open = w.rfind(['（', '('])?;
    let inner = w[open..].trim_start_matches(['（', '(']).strip_suffix(['）', ')'])?;
    let inner = inner.trim();
    (open > 0 && w[..open].chars().count() >= 2 && UNITS.contains(&inner)).then(|| &w[..open])
}

/// A header without the period it reports on (`1-10月推进情况`,
/// `一季度进展`, `2022年预期目标`, `2024年度重点任务`): the period names the
/// table's time, not the column.
fn strip_period(w: &str) -> &str {
    let starts_with_number = w.chars().next().is_some_and(|c| c.is_ascii_digit() || "一二三四".contains(c));
    if !starts_with_number {
        return w;
    }
    let end = w
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || "-—~～至月季度一二三四上下半年前底".contains(*c)))
        .map_or(w.len(), |(i, _)| i);
    let prefix = &w[..end];
    let names_period = ["月", "季度", "半年", "年", "年度"].iter().any(|p| prefix.ends_with(p));
    let rest = &w[end..];
    let rest = if prefix.ends_with('年') { rest.strip_prefix('度').unwrap_or(rest) } else { rest };
    let rest = if prefix.ends_with('月') { rest.strip_prefix('份').unwrap_or(rest) } else { rest };
    if names_period && !rest.is_empty() { rest } else { w }
}

/// A header word named exactly (not by its last word).
fn single_header(w: &str) -> Option<Column> {
    if let Some(r) = label_role(w) {
        // 责任单位 in a table with 牵头/配合 columns is "the responsible ones".
        return Some(Column::Departments(Some(r)));
    }
    Some(match w {
        "序号" | "序號" | "编号" | "編號" => Column::Index,
        "领域" | "領域" | "类别" | "類別" | "重点领域" | "重點領域" | "板块" => Column::Area,
        "重点任务" | "重點任務" | "主要任务" | "主要任務" | "工作任务" | "工作任務" | "任务内容" | "任務內容"
        | "具体任务" | "具體任務" | "重点工作" | "重點工作" | "工作内容" | "工作內容" | "主要内容" | "目标任务"
        | "任务" | "任務" | "任务分工" | "工作目标" | "目标" | "重点任务名称" | "任务名称" | "工作事项" | "事项" => {
            Column::Task
        }
        "具体措施" | "具體措施" | "工作措施" | "主要措施" | "政策措施" | "工作举措" | "措施" | "具体工作"
        | "具体举措" | "重点举措" | "主要举措" | "工作要求" | "具体内容" | "具体要求" | "具體要求" | "主要要求"
        | "任务要求" | "工作要點" => Column::Measure,
        "责任部门" | "責任部門" | "职责分工" | "责任主体" | "责任处室" => Column::Departments(None),
        "责任领导" | "分管领导" | "牵头领导" | "联系人" | "进展情况" => Column::Other,
        // How the work is scored, not the work.
        "考核指标" | "评分标准" | "考核标准" | "评分细则" | "评分办法" | "扣分标准" | "考核办法" => {
            Column::Other
        }
        _ if DEADLINE_LABELS.contains(&w) => Column::Deadline,
        _ if NOTE_LABELS.contains(&w) => Column::Note,
        "说明" | "說明" => Column::Note,
        _ => return None,
    })
}

/// Header words read by their last word, for the many names tables give
/// their columns (民生实事, 改革事项, 项目内容, 分管县领导, 当前进度).
fn column_by_suffix(w: &str) -> Option<Column> {
    let n = w.chars().count();
    if !(2..=8).contains(&n) {
        return None;
    }
    let ends = |ws: &[&str]| ws.iter().any(|s| w.ends_with(s));
    Some(if ends(&["措施", "举措", "舉措"]) {
        Column::Measure
    } else if ends(&[
        "领导",
        "領導",
        "负责人",
        "負責人",
        "联系人",
        "聯繫人",
        "责任人",
        "責任人",
        "进度",
        "進度",
        "进展",
        "進展",
        "情况",
        "情況",
        "分值",
        "范围",
        "範圍",
        "依据",
        "依據",
        "标准",
        "標準",
        "成效",
        "类型",
        "類型",
    ]) {
        Column::Other
    } else if ends(&[
        "任务", "任務", "事项", "事項", "内容", "內容", "项目", "項目", "实事", "實事", "目标", "目標", "工作", "名称",
        "名稱", "要点", "要點", "指标", "指標",
    ]) {
        Column::Task
    } else if ends(&["时限", "時限", "时间", "時間", "期限", "节点", "節點"]) {
        Column::Deadline
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        assert_eq!(strip_fragments("<p>(一) 加大力度。</p>"), "\n(一) 加大力度。\n");
        assert_eq!(strip_fragments("产值<5万元"), "产值<5万元");
        assert_eq!(strip_fragments("A&nbsp;B&amp;C&#x4E00;"), "A B&C一");
    }

    #[test]
    fn pinyin_readings_are_not_words() {
        assert_eq!(strip_readings("牽頭責(zé)任單位"), "牽頭責任單位");
        assert_eq!(strip_readings("完成時(shí)限(2025年)"), "完成時限(2025年)");
        assert_eq!(strip_readings("GDP(ppp)"), "GDP(ppp)");
        assert_eq!(column_for_header("牽頭責(zé)任單位"), Some(Column::Departments(Some(duban_core::Role::Lead))));
    }

    #[test]
    fn layout_spaces() {
        assert_eq!(clean_text("  重点任 务 "), "重点任务");
        assert_eq!(clean_text("金融产品 and 衍生品"), "金融产品 and 衍生品");
        assert_eq!(clean_text("责 任 部 门"), "责任部门");
    }

    #[test]
    fn headers() {
        assert_eq!(column_for_header("重点任 务"), Some(Column::Task));
        assert_eq!(column_for_header("牵头单位"), Some(Column::Departments(Some(Role::Lead))));
        assert_eq!(column_for_header("备 注"), Some(Column::Note));
        assert_eq!(column_for_header("省发改委"), None);
        assert_eq!(column_for_header("目标与要求"), Some(Column::Task));
        assert_eq!(column_for_header("配合单位及联系人"), Some(Column::Departments(Some(Role::Participant))));
        assert_eq!(column_for_header("1-6月工作进展"), Some(Column::Other));
        assert_eq!(column_for_header("二季度完成时限"), Some(Column::Deadline));
        assert_eq!(column_for_header("2023年度工作目标"), Some(Column::Task));
        assert_eq!(column_for_header("1-6月份推进情况"), Some(Column::Other));
        assert_eq!(column_for_header("和平区教育局"), None);
    }
}
