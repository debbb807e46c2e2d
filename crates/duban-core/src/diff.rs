//! What changed between two versions of a plan, in words a supervisor
//! reads: measures added, removed, and changed (text, departments,
//! deadline). Leaves are matched by their text first (a renumbered measure
//! is the same measure), then by their position for rewordings.

use crate::{Item, Plan, Role};
use serde::Serialize;
use std::collections::HashMap;

/// One leaf as compared: where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Leaf {
    /// Numbers from the top, e.g. `["三", "二", "1"]` (`·` when unnumbered).
    pub path: Vec<String>,
    pub text: String,
}

/// A leaf present in both versions whose content changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changed {
    pub before: Leaf,
    pub after: Leaf,
    pub text_changed: bool,
    /// `(role, name)` added or removed.
    pub departments_added: Vec<(Role, String)>,
    pub departments_removed: Vec<(Role, String)>,
    pub deadline_before: Option<String>,
    pub deadline_after: Option<String>,
}

/// The difference between two versions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct PlanDiff {
    pub added: Vec<Leaf>,
    pub removed: Vec<Leaf>,
    pub changed: Vec<Changed>,
    pub unchanged: usize,
}

impl PlanDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

fn leaves<'a>(items: &'a [Item], path: &mut Vec<String>, out: &mut Vec<(Vec<String>, &'a Item)>) {
    for item in items {
        path.push(item.number.clone().unwrap_or_else(|| "·".into()));
        if item.children.is_empty() {
            out.push((path.clone(), item));
        } else {
            leaves(&item.children, path, out);
        }
        path.pop();
    }
}

fn departments(item: &Item) -> Vec<(Role, String)> {
    let mut d: Vec<(Role, String)> = item.assignments.iter().map(|a| (a.role, a.org.as_str().to_string())).collect();
    d.sort();
    d.dedup();
    d
}

fn compare(before: (&[String], &Item), after: (&[String], &Item)) -> Option<Changed> {
    let (old, new) = (departments(before.1), departments(after.1));
    let added: Vec<_> = new.iter().filter(|d| !old.contains(d)).cloned().collect();
    let removed: Vec<_> = old.iter().filter(|d| !new.contains(d)).cloned().collect();
    let deadline = |i: &Item| i.deadline.as_ref().map(|d| d.as_written.clone());
    let text_changed = before.1.text != after.1.text;
    if !text_changed && added.is_empty() && removed.is_empty() && deadline(before.1) == deadline(after.1) {
        return None;
    }
    Some(Changed {
        before: Leaf { path: before.0.to_vec(), text: before.1.text.clone() },
        after: Leaf { path: after.0.to_vec(), text: after.1.text.clone() },
        text_changed,
        departments_added: added,
        departments_removed: removed,
        deadline_before: deadline(before.1),
        deadline_after: deadline(after.1),
    })
}

/// Dice coefficient of the two texts' character bigrams, 0 to 1.
fn similarity(x: &str, y: &str) -> f64 {
    let grams = |s: &str| -> Vec<(char, char)> {
        let c: Vec<char> = s.chars().collect();
        let mut g: Vec<(char, char)> = c.windows(2).map(|w| (w[0], w[1])).collect();
        g.sort_unstable();
        g
    };
    let (gx, gy) = (grams(x), grams(y));
    if gx.is_empty() || gy.is_empty() {
        return if x == y { 1.0 } else { 0.0 };
    }
    // Size of the multiset intersection of two sorted lists.
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < gx.len() && j < gy.len() {
        match gx[i].cmp(&gy[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (gx.len() + gy.len()) as f64
}

/// Compares two versions of a plan.
pub fn diff(old: &Plan, new: &Plan) -> PlanDiff {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    leaves(&old.items, &mut Vec::new(), &mut a);
    leaves(&new.items, &mut Vec::new(), &mut b);
    let mut used_b = vec![false; b.len()];
    let mut matched_a = vec![None; a.len()];
    // Same text: the same measure, wherever it moved.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, (_, item)) in b.iter().enumerate() {
        by_text.entry(item.text.as_str()).or_default().push(k);
    }
    for (i, (_, item)) in a.iter().enumerate() {
        if let Some(list) = by_text.get_mut(item.text.as_str())
            && let Some(pos) = list.iter().position(|&k| !used_b[k])
        {
            let k = list.remove(pos);
            used_b[k] = true;
            matched_a[i] = Some(k);
        }
    }
    // Similar words: a reworded measure (most similar pairs first).
    let left: Vec<usize> = (0..a.len()).filter(|&i| matched_a[i].is_none()).collect();
    let right: Vec<usize> = (0..b.len()).filter(|&k| !used_b[k]).collect();
    if left.len().saturating_mul(right.len()) <= 250_000 {
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for &i in &left {
            for &k in &right {
                let s = similarity(&a[i].1.text, &b[k].1.text);
                if s >= 0.5 {
                    pairs.push((s, i, k));
                }
            }
        }
        pairs.sort_by(|x, y| y.0.total_cmp(&x.0));
        for (_, i, k) in pairs {
            if matched_a[i].is_none() && !used_b[k] {
                used_b[k] = true;
                matched_a[i] = Some(k);
            }
        }
    }
    let mut out = PlanDiff::default();
    for (i, (path, item)) in a.iter().enumerate() {
        match matched_a[i] {
            Some(k) => match compare((path, item), (&b[k].0, b[k].1)) {
                Some(c) => out.changed.push(c),
                None => out.unchanged += 1,
            },
            None => out.removed.push(Leaf { path: path.clone(), text: item.text.clone() }),
        }
    }
    for (k, (path, item)) in b.iter().enumerate() {
        if !used_b[k] {
            out.added.push(Leaf { path: path.clone(), text: item.text.clone() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Assignment, OrgName};

    fn measure(n: &str, text: &str, lead: &str) -> Item {
        let mut m = Item::new(Some(n.into()), text.into(), 1);
        m.assignments.push(Assignment {
            role: Role::Lead,
            as_written: lead.into(),
            org: OrgName::parse(lead).unwrap(),
            successors: Vec::new(),
            basis: crate::Basis::Verb,
        });
        m
    }

    fn plan(measures: Vec<Item>) -> Plan {
        let mut area = Item::new(Some("一".into()), "领域".into(), 1);
        area.children = measures;
        Plan { title: None, items: vec![area] }
    }

    #[test]
    fn added_removed_changed_and_renumbered() {
        let old = plan(vec![
            measure("1", "建立联席会议制度。", "市财政局"),
            measure("2", "开展专项督查行动。", "市教育局"),
            measure("3", "加强督查考核。", "市科技局"),
        ]);
        let new = plan(vec![
            measure("1", "开展专项督查行动。", "市教育局"),
            measure("2", "加强督查考核工作。", "市科技局"),
            measure("3", "推进数据共享。", "市商务局"),
        ]);
        let d = diff(&old, &new);
        assert_eq!(d.unchanged, 1, "a measure moved from 2 to 1 is the same measure");
        assert_eq!(d.removed.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), vec!["建立联席会议制度。"]);
        assert_eq!(d.changed.len(), 1);
        assert!(d.changed[0].text_changed);
        assert_eq!(d.changed[0].after.text, "加强督查考核工作。");
        assert_eq!(d.added.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), vec!["推进数据共享。"]);
        assert!(diff(&old, &old).is_empty());
    }

    #[test]
    fn department_and_deadline_changes() {
        let old = plan(vec![measure("1", "甲", "市财政局")]);
        let mut new = plan(vec![measure("1", "甲", "市发展改革委")]);
        new.items[0].children[0].deadline = crate::Deadline::parse("2025年底前");
        let d = diff(&old, &new);
        let c = &d.changed[0];
        assert!(!c.text_changed);
        assert_eq!(c.departments_added, vec![(Role::Lead, "市发展改革委".to_string())]);
        assert_eq!(c.departments_removed, vec![(Role::Lead, "市财政局".to_string())]);
        assert_eq!(c.deadline_after.as_deref(), Some("2025年底前"));
    }
}
