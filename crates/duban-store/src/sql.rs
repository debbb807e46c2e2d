//! Helpers of the shared SQL implementation: the plan tree flattened into
//! rows and rebuilt from them, and timestamps.

use duban_core::{Deadline, DeadlineKind, Item, NaiveDate};

/// An item flattened for storage, parents before children.
#[derive(Debug, Clone)]
pub struct FlatItem<'a> {
    /// Index of the parent in the flattened list.
    pub parent: Option<usize>,
    pub position: i64,
    pub depth: i64,
    pub item: &'a Item,
}

/// The plan's items in depth-first order.
pub fn flatten(items: &[Item]) -> Vec<FlatItem<'_>> {
    fn walk<'a>(items: &'a [Item], parent: Option<usize>, depth: i64, out: &mut Vec<FlatItem<'a>>) {
        for (k, item) in items.iter().enumerate() {
            let me = out.len();
            out.push(FlatItem { parent, position: k as i64, depth, item });
            walk(&item.children, Some(me), depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(items, None, 0, &mut out);
    out
}

/// A stored item row, ordered by id (parents are stored before children).
#[derive(Debug, Clone)]
pub struct ItemRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub item: Item,
}

/// Rebuilds the tree from rows stored parents-first.
pub fn rebuild(rows: Vec<ItemRow>) -> Vec<Item> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let parents: Vec<Option<i64>> = rows.iter().map(|r| r.parent_id).collect();
    let mut items: Vec<Option<Item>> = rows.into_iter().map(|r| Some(r.item)).collect();
    // Attach children to parents from the last row up, so every child is
    // complete before it moves.
    let index: std::collections::HashMap<i64, usize> = ids.iter().enumerate().map(|(k, &id)| (id, k)).collect();
    let mut roots = Vec::new();
    for k in (0..items.len()).rev() {
        let Some(item) = items[k].take() else { continue };
        match parents[k].and_then(|p| index.get(&p).copied()) {
            Some(p) => {
                if let Some(parent) = items[p].as_mut() {
                    parent.children.insert(0, item);
                }
            }
            None => roots.insert(0, item),
        }
    }
    roots
}

/// A deadline from its stored columns.
pub fn deadline_from(
    text: Option<String>,
    due: Option<String>,
    kind: Option<String>,
    every: Option<String>,
) -> Option<Deadline> {
    let as_written = text?;
    let kind = match kind.as_deref() {
        Some("date") => DeadlineKind::Date,
        Some("ongoing") => DeadlineKind::Ongoing,
        Some("recurring") => DeadlineKind::Recurring,
        _ => DeadlineKind::Unparsed,
    };
    let due = due.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    Some(Deadline { as_written, due, kind, every })
}

/// The kind column of a deadline.
pub fn kind_text(d: &Deadline) -> &'static str {
    match d.kind {
        DeadlineKind::Date => "date",
        DeadlineKind::Ongoing => "ongoing",
        DeadlineKind::Recurring => "recurring",
        DeadlineKind::Unparsed => "unparsed",
    }
}

/// Now, as stored: RFC 3339 in UTC.
pub fn now_text() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    duban_core::DateTime::from_timestamp(secs as i64, 0).map(|t| t.to_rfc3339()).unwrap_or_default()
}

/// The search index's terms of a text: every distinct pair of adjacent
/// characters, lower-cased. A text containing a word of two or more
/// characters holds all the word's pairs, so the index finds a superset of
/// the matches, which the text itself then confirms.
pub fn grams(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut out: Vec<String> = chars.windows(2).map(|w| w.iter().collect()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::grams;

    #[test]
    fn grams_are_distinct_lowercase_pairs() {
        assert_eq!(grams("专利专利"), vec!["专利", "利专"]);
        assert_eq!(grams("ABc"), vec!["ab", "bc"]);
        assert!(grams("专").is_empty());
        // Every pair of a word is a pair of a text containing it.
        let text = grams("加快推进专利转化运用");
        assert!(grams("专利转化").iter().all(|g| text.contains(g)));
    }
}
