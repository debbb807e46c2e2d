//! Numbering markers (一、 （一） 1. （1） ①) and how they nest.
//!
//! A division table's hierarchy is carried by the numeral style, not by
//! indentation or rows: `一、` opens an area, `（一）` a task, `1.` a
//! measure. [`split_numbered`] cuts a cell into numbered segments, so that
//! `1. … 2. … 3. …` printed in one cell gives three measures.

use duban_core::chinese_digit;

/// The numeral styles, in the order they nest in Chinese official documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// 一、
    ChineseComma,
    /// （一） or (一)
    ParenChinese,
    /// 1. 1、 1．
    ArabicDot,
    /// （1） or (1)
    ParenArabic,
    /// ①
    Circled,
}

/// A numbering marker found at the start of a segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    /// The numeral's value (一 = 1, ① = 1, 12 = 12).
    pub value: u32,
    /// The numeral as the contract prints it: `一`, `1`.
    pub label: String,
    /// Length of the marker in bytes, including punctuation and trailing spaces.
    pub len: usize,
}

/// Value of a Chinese numeral up to 99 (一 … 九十九); `None` if not one.
pub fn chinese_value(s: &str) -> Option<u32> {
    let digit = chinese_digit;
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [a] => digit(*a),
        ['十', b] => Some(10 + digit(*b)?),
        [a, '十'] => Some(digit(*a)? * 10),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?),
        _ => None,
    }
}

fn is_chinese_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn circled_value(c: char) -> Option<u32> {
    match c {
        '①'..='⑳' => Some(c as u32 - '①' as u32 + 1),
        _ => None,
    }
}

fn skip_spaces(s: &str, mut at: usize) -> usize {
    while let Some(c) = s[at..].chars().next() {
        if c == ' ' || c == '\u{3000}' || c == '\t' || c == '\u{a0}' {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// The marker at the very start of `s`, if any.
pub fn marker_at_start(s: &str) -> Option<Marker> {
    let mut chars = s.char_indices().peekable();
    let (_, first) = *chars.peek()?;
    if let Some(v) = circled_value(first) {
        let len = skip_spaces(s, first.len_utf8());
        return Some(Marker { style: Style::Circled, value: v, label: v.to_string(), len });
    }
    if first == '（' || first == '(' {
        let inner_start = first.len_utf8();
        let close = s[inner_start..].char_indices().take(4).find(|(_, c)| *c == '）' || *c == ')');
        let (rel, close_char) = close?;
        let inner = &s[inner_start..inner_start + rel];
        let end = inner_start + rel + close_char.len_utf8();
        if inner.is_empty() {
            return None;
        }
        if let Some(v) = chinese_value(inner) {
            return Some(Marker {
                style: Style::ParenChinese,
                value: v,
                label: inner.to_string(),
                len: skip_spaces(s, end),
            });
        }
        if inner.chars().all(|c| ascii_digit(c).is_some()) && inner.chars().count() <= 2 {
            let v = inner.chars().fold(0, |acc, c| acc * 10 + ascii_digit(c).unwrap_or(0));
            return Some(Marker {
                style: Style::ParenArabic,
                value: v,
                label: v.to_string(),
                len: skip_spaces(s, end),
            });
        }
        return None;
    }
    if is_chinese_numeral(first) {
        let digits_end = s.char_indices().find(|(_, c)| !is_chinese_numeral(*c)).map(|(i, _)| i)?;
        let numeral = &s[..digits_end];
        // `一 、`: text laid out with a space between every word.
        let gap = layout_gap(&s[digits_end..]);
        let rest = &s[digits_end + gap..];
        if rest.starts_with('、') {
            let v = chinese_value(numeral)?;
            return Some(Marker {
                style: Style::ChineseComma,
                value: v,
                label: numeral.to_string(),
                len: skip_spaces(s, digits_end + gap + '、'.len_utf8()),
            });
        }
        return None;
    }
    if ascii_digit(first).is_some() {
        let mut value = 0u32;
        let mut end = 0;
        let mut count = 0;
        for (i, c) in s.char_indices() {
            match ascii_digit(c) {
                Some(d) => {
                    value = value * 10 + d;
                    count += 1;
                    end = i + c.len_utf8();
                }
                None => break,
            }
        }
        if count > 2 {
            return None;
        }
        let gap = layout_gap(&s[end..]);
        let punct = s[end + gap..].chars().next()?;
        // `1.` `1．` `1、` and the dots pasted text also uses (`1﹒`, `1·`);
        // `1)` `1）` are the half-bracketed form of `(1)`.
        let style = match punct {
            '.' | '．' | '、' | '﹒' | '·' | '・' => Style::ArabicDot,
            ')' | '）' => Style::ParenArabic,
            _ => return None,
        };
        // `1 .` with a gap only before a dot or 、 (`1 )` is not a marker).
        if gap > 0 && matches!(style, Style::ParenArabic) {
            return None;
        }
        let after = end + gap + punct.len_utf8();
        // `1.5亿` is a number, not a marker.
        if s[after..].chars().next().is_some_and(|c| ascii_digit(c).is_some() || c == '%' || c == '％') {
            return None;
        }
        return Some(Marker { style, value, label: value.to_string(), len: skip_spaces(s, after) });
    }
    None
}

/// Bytes of one space (ASCII or ideographic) that layout extraction put
/// between a numeral and its punctuation, or 0.
fn layout_gap(s: &str) -> usize {
    match s.chars().next() {
        Some(c @ (' ' | '\u{3000}')) if s[c.len_utf8()..].starts_with(['、', '.', '．']) => c.len_utf8(),
        _ => 0,
    }
}

/// A bullet opening an unnumbered measure (`△`, `●`, `◆`, `■`, `★`, `•`).
pub fn is_bullet(c: char) -> bool {
    matches!(c, '△' | '▲' | '●' | '○' | '◆' | '◇' | '■' | '□' | '★' | '☆' | '•' | '·' | '▶' | '►' | '➢' | '❖')
}

/// The text after a bullet and the spaces after it; the text itself when
/// it opens with none.
pub fn without_bullet(s: &str) -> &str {
    match s.chars().next() {
        Some(c) if is_bullet(c) => s[c.len_utf8()..].trim_start(),
        _ => s,
    }
}

/// A piece of a cell: optional marker plus its text (marker removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub marker: Option<Marker>,
    pub text: &'a str,
}

/// Cuts `s` at every numbering marker that starts a segment: at the start,
/// or after whitespace or sentence-ending punctuation. Text before the first
/// marker becomes an unmarked segment (if not blank).
pub fn split_numbered(s: &str) -> Vec<Segment<'_>> {
    let mut cuts: Vec<(usize, Marker)> = Vec::new();
    let mut prev: Option<char> = None;
    // A `(` `（` inside running text is rarely a marker: only after a break.
    for (i, c) in s.char_indices() {
        let at_break = match prev {
            None => true,
            Some(p) => p.is_whitespace() || matches!(p, '。' | '；' | ';' | '\u{3000}' | '：' | ':'),
        };
        // Right after a closing bracket (`…（省发改委负责）（二）…`), a marker
        // starts a segment only when it continues the line's own sequence.
        let after_bracket = matches!(prev, Some('）' | ')'));
        if (at_break || after_bracket)
            && (c == '（'
                || c == '('
                || c.is_ascii_digit()
                || is_chinese_numeral(c)
                || circled_value(c).is_some()
                || ascii_digit(c).is_some())
            && let Some(m) = marker_at_start(&s[i..])
        {
            // After a colon only enumerations of the finer styles start.
            let after_colon = matches!(prev, Some('：' | ':'));
            let continues = cuts.last().is_some_and(|(_, last)| last.style == m.style && last.value + 1 == m.value);
            if after_bracket && !at_break && !continues {
                prev = Some(c);
                continue;
            }
            if !after_colon || matches!(m.style, Style::ParenArabic | Style::Circled) {
                cuts.push((i, m));
            }
        }
        prev = Some(c);
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let head_end = cuts.first().map_or(s.len(), |(i, _)| *i);
    let head = without_bullet(s[..head_end].trim());
    if !head.is_empty() {
        out.push(Segment { marker: None, text: head });
    }
    for (k, (start, m)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map_or(s.len(), |(i, _)| *i);
        let text = s[start + m.len..end].trim();
        out.push(Segment { marker: Some(m.clone()), text });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(Style, u32, String)> {
        marker_at_start(s).map(|m| (m.style, m.value, m.label))
    }

    #[test]
    fn markers() {
        assert_eq!(m("一、推进"), Some((Style::ChineseComma, 1, "一".into())));
        assert_eq!(m("十二、推进"), Some((Style::ChineseComma, 12, "十二".into())));
        assert_eq!(m("(一) 开展"), Some((Style::ParenChinese, 1, "一".into())));
        assert_eq!(m("（三）落实"), Some((Style::ParenChinese, 3, "三".into())));
        assert_eq!(m("1. 积极"), Some((Style::ArabicDot, 1, "1".into())));
        assert_eq!(m("１２．积极"), Some((Style::ArabicDot, 12, "12".into())));
        assert_eq!(m("3、开展"), Some((Style::ArabicDot, 3, "3".into())));
        assert_eq!(m("（2）建立"), Some((Style::ParenArabic, 2, "2".into())));
        assert_eq!(m("②建立"), Some((Style::Circled, 2, "2".into())));
        assert_eq!(m("1.5亿元"), None);
        assert_eq!(split_numbered("◆ 建设冷库")[0].text, "建设冷库");
        assert_eq!(m("2017年底前"), None);
        assert_eq!(m("（济南）中心"), None);
        assert_eq!(m("一批企业"), None);
    }

    #[test]
    fn splits_several_measures_in_one_cell() {
        let segs =
            split_numbered("1. 积极探索改革。 2. 鼓励有条件的市、县(市、区)开展试点。 3. 开展综合执法改革,建立机制。");
        let labels: Vec<_> = segs.iter().map(|s| s.marker.as_ref().map(|m| m.value)).collect();
        assert_eq!(labels, vec![Some(1), Some(2), Some(3)]);
        assert_eq!(segs[1].text, "鼓励有条件的市、县(市、区)开展试点。");
    }

    #[test]
    fn keeps_unmarked_head() {
        // After a closing bracket only the line's own next numeral cuts.
        let segs = split_numbered("（一）稳定产量。（农业局负责）（二）控制物价。（物价局负责）");
        assert_eq!(
            segs.iter().map(|s| s.text).collect::<Vec<_>>(),
            ["稳定产量。（农业局负责）", "控制物价。（物价局负责）"]
        );
        let segs = split_numbered("（一）推广“四个一”做法（含（三）类）（四）");
        assert_eq!(segs.len(), 1, "{segs:?}");
        let segs = split_numbered("培育一批专利。");
        assert_eq!(segs.len(), 1);
        assert!(segs[0].marker.is_none());
    }
}
