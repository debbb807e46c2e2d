//! Item numbers run onto their titles: a page whose numbers sat in their
//! own element (`<span>1</span>优化就业创业服务`) loses the separator when
//! copied as text, and `1优化就业创业服务` reads as no numbering at all.
//!
//! Short lines that open with a one- or two-digit number glued to a Chinese
//! character, whose numbers run 1, 2, 3… (again from 1 under each `一、`
//! heading), get their `、` back. A number that counts something (`5件实事`,
//! `2024年`, `3个百分点`) is not one: the character after it is a measure
//! word, and the sequence must hold for at least three lines.

use super::Row;

/// Characters after a number that make it a quantity, a date or a code.
const QUANTITY: &str = "大年月日号號个個件项項万萬亿億元千百十名人家户戶所座条條次期届屆台辆輛套间間张張类類批级級倍成度岁歲天周週小分秒层層栋棟楼樓米吨噸斤亩畝公里";

/// The number a line opens with, glued to a Chinese character, and where
/// the title begins.
fn glued_number(text: &str) -> Option<(u32, usize)> {
    let digits = text.chars().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let next = text[digits..].chars().next()?;
    let cjk = ('\u{4e00}'..='\u{9fff}').contains(&next);
    if !cjk || QUANTITY.contains(next) {
        return None;
    }
    // A title, not a sentence: short, no full stop inside.
    let rest = &text[digits..];
    if rest.chars().count() > 30 || rest.trim_end_matches('。').contains('。') {
        return None;
    }
    Some((text[..digits].parse().ok()?, digits))
}

fn text_of(row: &Row) -> Option<&str> {
    (!row.tabular && row.cells.len() == 1).then(|| row.cells[0].text.trim())
}

/// Gives glued numbers their separator back when they run in sequence.
pub fn rebuild(mut rows: Vec<Row>) -> Vec<Row> {
    // Candidates (row, value) in order; a chapter heading restarts the count.
    let mut runs: Vec<Vec<(usize, u32, usize)>> = vec![Vec::new()];
    for (k, row) in rows.iter().enumerate() {
        let Some(text) = text_of(row) else { continue };
        if crate::numbering::marker_at_start(text).is_some_and(|m| m.style == crate::numbering::Style::ChineseComma) {
            runs.push(Vec::new());
            continue;
        }
        if let Some((value, at)) = glued_number(text)
            && let Some(run) = runs.last_mut()
        {
            run.push((k, value, at));
        }
    }
    let total: usize = runs.iter().map(|r| r.len()).sum();
    let in_sequence =
        |run: &[(usize, u32, usize)]| !run.is_empty() && run[0].1 == 1 && run.windows(2).all(|w| w[1].1 == w[0].1 + 1);
    if total < 3 || !runs.iter().all(|r| r.is_empty() || in_sequence(r)) {
        return rows;
    }
    for (k, _, at) in runs.into_iter().flatten() {
        let cell = &mut rows[k].cells[0];
        let text = cell.text.trim().to_string();
        cell.text = format!("{}、{}", &text[..at], &text[at..]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read_text, texts};

    #[test]
    fn numbers_glued_to_titles_in_sequence() {
        let doc = "一、教育提升工程\n1新建城区幼儿园\n牵头单位:县教育局\n2改善农村学校办学条件\n牵头单位:县教育局\n二、健康保障工程\n1建设紧密型医共体\n牵头单位:县卫健委\n";
        let t = texts(&rebuild(read_text(doc, false)));
        assert_eq!(t[1], vec!["1、新建城区幼儿园"]);
        assert_eq!(t[3], vec!["2、改善农村学校办学条件"]);
        assert_eq!(t[6], vec!["1、建设紧密型医共体"]);
    }

    #[test]
    fn counts_and_broken_sequences_stay() {
        let doc = "5件实事进展滞后\n2024年完成投资\n3大攻坚行动\n";
        let rows = read_text(doc, false);
        assert_eq!(rebuild(rows.clone()), rows);
        let doc = "1新建城区幼儿园\n3改善农村学校\n4建设医共体\n";
        let rows = read_text(doc, false);
        assert_eq!(rebuild(rows.clone()), rows);
    }
}
