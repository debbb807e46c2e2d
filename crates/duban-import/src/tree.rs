//! The plan tree from the numbering sequence.
//!
//! Levels come from numeral styles; parents from the order items appear in.
//! Rows shifted across page breaks put items beside the wrong parent, so two
//! repairs let the numbering decide (domain.md, "What goes wrong"):
//! - a parent whose children start at k > 1, continuing the previous
//!   parent's last child k − 1, then restart at 1: the continuing run belongs
//!   to the previous parent (an area header printed one row early);
//! - a parent whose children restart at 1 after some, when the next parent
//!   has no children or starts where that run stops: the run belongs to the
//!   next parent (a task header printed after its first measures).
//!
//! Both need a restart at 1 as evidence, so documents that number measures
//! straight through (1 … 54 across tasks) are left alone.

use crate::classify::{Placement, RawItem};
use crate::numbering::Style;
use std::collections::BTreeSet;

#[derive(Debug, Clone)]
pub struct Node {
    pub level: usize,
    pub value: Option<u32>,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
}

/// A run of items the numbering moved to another parent.
#[derive(Debug, Clone)]
pub struct Move {
    pub first: usize,
    pub count: usize,
    pub from: usize,
    pub to: usize,
}

#[derive(Debug, Default)]
pub struct Tree {
    /// One node per raw item, same index.
    pub nodes: Vec<Node>,
    pub roots: Vec<usize>,
    pub moves: Vec<Move>,
}

impl Tree {
    pub fn is_leaf(&self, i: usize) -> bool {
        self.nodes[i].children.is_empty()
    }
}

/// Builds the tree and applies the numbering repairs.
pub fn build(items: &[RawItem]) -> Tree {
    let styles: BTreeSet<Style> = items.iter().filter_map(|i| i.marker.as_ref().map(|m| m.style)).collect();
    let styles: Vec<Style> = styles.into_iter().collect();
    // Headings that name a body sit above every numbered level.
    let above = usize::from(items.iter().any(|i| i.placement == Placement::BodyHeading));
    let level_of = |s: Style| styles.iter().position(|x| *x == s).unwrap_or(0) + above;
    let max_level = styles.len().saturating_sub(1) + above;
    let task_level =
        if styles.contains(&Style::ParenChinese) { level_of(Style::ParenChinese) } else { max_level.saturating_sub(1) };

    let mut tree = Tree::default();
    let mut stack: Vec<usize> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let prev_level = i.checked_sub(1).map(|p| tree.nodes[p].level);
        // A numbered heading that names its body (`（一）县教育局牵头的工作`)
        // heads its unnumbered measures even at the deepest numbered level.
        let under_body_heading = i.checked_sub(1).is_some_and(|p| items[p].body.is_some() && items[p].marker.is_some());
        let level = match item.placement {
            Placement::ChildOfPrevInRow | Placement::AfterLast if under_body_heading => prev_level.map_or(0, |l| l + 1),
            Placement::Numbered(style) => level_of(style),
            Placement::ChildOfPrevInRow => match i.checked_sub(1) {
                Some(p) if items[p].row == item.row => {
                    let l = tree.nodes[p].level;
                    if l >= max_level { l } else { l + 1 }
                }
                _ => prev_level.map_or(max_level, |l| if l < max_level { l + 1 } else { l }),
            },
            Placement::SameAsPrev => prev_level.unwrap_or(max_level),
            Placement::AfterLast => prev_level.map_or(max_level, |l| if l < max_level { l + 1 } else { l }),
            Placement::TaskColumn => task_level,
            Placement::AreaColumn | Placement::BodyHeading => 0,
        };
        while stack.last().is_some_and(|&top| tree.nodes[top].level >= level) {
            stack.pop();
        }
        let parent = stack.last().copied();
        tree.nodes.push(Node { level, value: item.marker.as_ref().map(|m| m.value), parent, children: Vec::new() });
        match parent {
            Some(p) => tree.nodes[p].children.push(i),
            None => tree.roots.push(i),
        }
        stack.push(i);
    }
    let deepest = tree.nodes.iter().map(|n| n.level).max().unwrap_or(0);
    for level in 1..=deepest {
        repair_level(&mut tree, level);
    }
    tree
}

/// Applies both repairs between consecutive parents of items at `level`.
fn repair_level(tree: &mut Tree, level: usize) {
    let parents: Vec<usize> = (0..tree.nodes.len()).filter(|&i| tree.nodes[i].level + 1 == level).collect();
    for pair in parents.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        pull_back_continuation(tree, a, b);
        push_forward_restart(tree, a, b);
    }
}

fn value(tree: &Tree, i: usize) -> Option<u32> {
    tree.nodes[i].value
}

fn last_numbered(tree: &Tree, p: usize) -> Option<u32> {
    tree.nodes[p].children.iter().rev().find_map(|&c| value(tree, c))
}

/// Whether `run` is numbered k, k+1, k+2… with no gaps or unnumbered items.
fn consecutive(tree: &Tree, run: &[usize], start: u32) -> bool {
    run.iter().enumerate().all(|(k, &c)| value(tree, c) == Some(start + k as u32))
}

fn pull_back_continuation(tree: &mut Tree, a: usize, b: usize) {
    let cb = &tree.nodes[b].children;
    let Some(&first) = cb.first() else { return };
    let Some(k) = value(tree, first).filter(|&k| k > 1) else {
        return;
    };
    if last_numbered(tree, a) != Some(k - 1) {
        return;
    }
    let Some(restart) = cb.iter().position(|&c| value(tree, c) == Some(1)) else {
        return;
    };
    if !consecutive(tree, &cb[..restart], k) {
        return;
    }
    let run: Vec<usize> = tree.nodes[b].children.drain(..restart).collect();
    for &c in &run {
        tree.nodes[c].parent = Some(a);
    }
    tree.nodes[a].children.extend(&run);
    tree.moves.push(Move { first: run[0], count: run.len(), from: b, to: a });
}

fn push_forward_restart(tree: &mut Tree, a: usize, b: usize) {
    let ca = &tree.nodes[a].children;
    let Some(r) = ca.iter().rposition(|&c| value(tree, c) == Some(1)) else {
        return;
    };
    if r == 0 {
        return;
    }
    let run = &ca[r..];
    if !consecutive(tree, run, 1) {
        return;
    }
    let m = run.len() as u32;
    let cb = &tree.nodes[b].children;
    let restart = value(tree, ca[r - 1]).is_some();
    let fits = match cb.first() {
        None => restart,
        Some(&f) => value(tree, f) == Some(m + 1),
    };
    if !fits {
        return;
    }
    let run: Vec<usize> = tree.nodes[a].children.split_off(r);
    for &c in &run {
        tree.nodes[c].parent = Some(b);
    }
    let mut children = run.clone();
    children.append(&mut tree.nodes[b].children);
    tree.nodes[b].children = children;
    tree.moves.push(Move { first: run[0], count: run.len(), from: a, to: b });
}
