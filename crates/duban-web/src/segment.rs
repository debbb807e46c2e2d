//! Chinese word segmentation for search: a query becomes the words jieba
//! finds in it (search mode), and an item matches when it contains every
//! word, wherever they stand. A two-character query such as 专利 is one
//! word and matches by substring.

use jieba_rs::Jieba;
use std::sync::OnceLock;

fn jieba() -> &'static Jieba {
    // Loading the dictionary takes a moment: once per process.
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// Loads the dictionary ahead of the first search (it takes about a
/// second, and the first searches would otherwise wait for it).
pub fn warm_up() {
    jieba();
}

/// The words of a query: segmented, without punctuation and spaces, and
/// without words contained in a longer one (知识产权 covers 知识, 产权).
pub fn terms(query: &str) -> Vec<String> {
    let mut words: Vec<String> = jieba()
        .cut_for_search(query.trim(), true)
        .into_iter()
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty() && w.chars().any(|c| c.is_alphanumeric()))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let mut kept: Vec<String> = Vec::new();
    for w in words {
        if !kept.iter().any(|k| k.contains(&w)) {
            kept.push(w);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_become_words() {
        assert_eq!(terms("专利"), vec!["专利"]);
        let t = terms("知识产权 保护");
        assert!(t.contains(&"知识产权".to_string()) && t.contains(&"保护".to_string()), "{t:?}");
        assert!(terms("  ，。 ").is_empty());
    }
}
