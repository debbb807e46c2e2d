//! Pairs department phrases with measures, checks names, and builds the
//! output plan with its diagnostics.
//!
//! Pairing works row by row in reading order. Within a row, n phrases go to
//! n measures in order, and one phrase (or n copies of one) covers them all.
//! Phrases on a row without measures wait for the next row whose measures
//! have none (a page break pushed them apart), and measures without phrases
//! wait for the next phrase-only row (labelled lines after a measure).
//! Whatever does not pair up cleanly is reported, never guessed silently.

use crate::classify::{Classified, FirstListedLeads, Loose, RawItem, RowInfo};
use crate::phrase::Phrase;
use crate::tree::Tree;
use duban_core::{
    Assignment, Basis, Deadline, DeadlineKind, Diagnostic, DiagnosticCode, Item, MatchKind, NaiveDate, OrgName, Parsed,
    Plan, ResolveOrg, Role, Severity,
};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// Assembles the plan from classified rows and the tree.
pub fn assemble(c: Classified, tree: Tree, resolver: &dyn ResolveOrg, today: Option<NaiveDate>) -> Parsed {
    let Classified { items, rows, loose, convention, repeated } = c;
    let n = items.len();
    let mut a = Assembler {
        year: None,
        items,
        tree: &tree,
        phrases: Vec::new(),
        item_phrases: vec![Vec::new(); n],
        item_deadline: vec![None; n],
        deadline_texts: Vec::new(),
        parsed_deadlines: Vec::new(),
        item_notes: vec![Vec::new(); n],
        reported: vec![false; n],
        diags: Vec::new(),
        names: HashMap::default(),
        known: HashMap::default(),
    };
    a.moves();
    for (line, text) in repeated {
        let message =
            format!("「{}」在第 {line} 行再次出现（跨页重复的表头单元格），已并入前面的同一条目", head(&text, 20));
        a.diag(Severity::Info, DiagnosticCode::RepeatedHeading, line, message, head(&text, 30));
    }
    a.numbering_gaps();
    a.pair(rows);
    a.inherit_heading_bodies();
    a.apply_convention(convention);
    let title = a.title(&loose);
    // The year of the document, for deadlines written without one (`12月底前`):
    // the title's, else the first year written before the first item.
    a.year = title
        .as_ref()
        .and_then(|(t, _)| year_in(t))
        .or_else(|| loose.iter().filter(|l| l.before_item == 0).find_map(|l| year_in(&l.text)));
    a.loose(&loose, title.as_ref().map(|(_, line)| *line));
    // The issuer and the letter's heading often name the locality when the
    // title does not (its bodies are resolved as that locality's).
    let preamble: Vec<&str> =
        loose.iter().filter(|l| l.before_item == 0 && !l.attachment).take(12).map(|l| l.text.as_str()).collect();
    let context =
        duban_core::Context { on: today, title: title.as_ref().map(|(t, _)| t.as_str()), preamble: &preamble };
    a.intern_names(resolver, &context);
    a.name_checks();
    a.unassigned();
    a.parsed_deadlines = vec![None; a.deadline_texts.len()];
    let items = a.output(&tree.roots);
    let mut diags = a.diags;
    if n == 0 {
        diags.push(Diagnostic::new(
            Severity::Error,
            DiagnosticCode::NoItems,
            1,
            "未找到任何带编号的任务或措施（一、（一） 1. 等），无法还原分工表",
            "",
        ));
    }
    diags.sort_by_key(|d| d.line);
    Parsed { plan: Plan { title: title.map(|(t, _)| t), items }, diagnostics: diags }
}

/// A year 1990–2099 written as `2016年`.
fn year_in(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[4] == '年' && w[..4].iter().all(|c| c.is_ascii_digit()))
            .then(|| digits.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1990..=2099).contains(y))
    })
}

struct Assembler<'a> {
    /// The document's year, if its title or preamble gives one.
    year: Option<i32>,
    items: Vec<RawItem>,
    tree: &'a Tree,
    phrases: Vec<Phrase>,
    item_phrases: Vec<Vec<usize>>,
    /// Index into `deadline_texts`: the first deadline that reached the item.
    item_deadline: Vec<Option<usize>>,
    deadline_texts: Vec<String>,
    /// Each deadline text read once, however many items share it.
    parsed_deadlines: Vec<Option<Deadline>>,
    item_notes: Vec<Vec<String>>,
    /// Leaves already named in a pairing diagnostic.
    reported: Vec<bool>,
    diags: Vec<Diagnostic>,
    /// Every distinct name once, shared by all assignments that use it.
    names: HashMap<String, (Arc<str>, OrgName, Vec<OrgName>)>,
    /// Names the resolver recognised (the misspelling heuristics skip them).
    known: HashMap<String, bool>,
}

/// The first characters of a text, for messages and excerpts.
fn head(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

fn label(item: &RawItem) -> String {
    use crate::numbering::Style::*;
    match &item.marker {
        None => "·".to_string(),
        Some(m) => match m.style {
            ChineseComma => m.label.clone(),
            ParenChinese | ParenArabic => format!("({})", m.label),
            ArabicDot => m.label.clone(),
            Circled => format!("({})", m.label),
        },
    }
}

impl<'a> Assembler<'a> {
    /// `五(一)4`: the path of an item through its ancestors' numbers.
    fn path(&self, i: usize) -> String {
        let mut parts = vec![label(&self.items[i])];
        let mut cur = self.tree.nodes[i].parent;
        while let Some(p) = cur {
            parts.push(label(&self.items[p]));
            cur = self.tree.nodes[p].parent;
        }
        parts.reverse();
        parts.concat()
    }

    fn diag(&mut self, severity: Severity, code: DiagnosticCode, line: usize, message: String, excerpt: String) {
        self.diags.push(Diagnostic::new(severity, code, line, message, excerpt));
    }

    fn moves(&mut self) {
        for m in self.tree.moves.clone() {
            let item = &self.items[m.first];
            let message = format!(
                "{} 「{}」按编号应归入 {} 「{}」，而不是同一行或紧邻的 {}{}",
                self.path(m.first),
                head(&item.text, 16),
                self.path(m.to),
                head(&self.items[m.to].text, 12),
                label(&self.items[m.from]),
                if m.count > 1 { format!("（连同其后 {} 项）", m.count - 1) } else { String::new() },
            );
            let excerpt = head(&item.text, 30);
            self.diag(Severity::Warning, DiagnosticCode::ItemMoved, item.line, message, excerpt);
        }
    }

    /// Numbering restarts under every parent, or runs on through the whole
    /// document (1 … 54 across tasks); anything else is a gap or a jump.
    fn numbering_gaps(&mut self) {
        let tree = self.tree;
        let groups = std::iter::once(&tree.roots).chain(tree.nodes.iter().map(|n| &n.children));
        let mut last_of_style: HashMap<crate::numbering::Style, u32> = HashMap::default();
        for children in groups {
            let children: &[usize] = children;
            let Some(style) = children.iter().find_map(|&c| self.items[c].marker.as_ref().map(|m| m.style)) else {
                continue;
            };
            let mut expected = 1;
            let mut first = true;
            for &c in children {
                let Some(value) = self.items[c].marker.as_ref().filter(|m| m.style == style).map(|m| m.value) else {
                    continue;
                };
                let runs_on = first && last_of_style.get(&style).is_some_and(|&last| value == last + 1);
                first = false;
                last_of_style.insert(style, value);
                if value != expected && !runs_on {
                    let what = if value > expected { "跳号" } else { "编号倒退或重复" };
                    let message = format!(
                        "{} 编号{}：应为 {}，实为 {}（「{}」）",
                        self.path(c),
                        what,
                        expected,
                        value,
                        head(&self.items[c].text, 16)
                    );
                    let excerpt = head(&self.items[c].text, 30);
                    self.diag(Severity::Warning, DiagnosticCode::NumberingGap, self.items[c].line, message, excerpt);
                }
                expected = value + 1;
            }
        }
    }

    fn leaf(&self, i: usize) -> bool {
        self.tree.is_leaf(i)
    }

    fn add_phrase(&mut self, p: Phrase) -> usize {
        self.phrases.push(p);
        self.phrases.len() - 1
    }

    /// Stores a deadline text once; items refer to it by index.
    fn add_deadline(&mut self, text: String) -> usize {
        self.deadline_texts.push(text);
        self.deadline_texts.len() - 1
    }

    fn set_deadline(&mut self, item: usize, id: usize) {
        self.item_deadline[item].get_or_insert(id);
    }

    /// An excerpt that opens on phrases, then a measure numbered past 1 (the
    /// list began on a page left out) followed by a phrase of its own: the
    /// opening phrases are the tail of the measure before the cut.
    fn opens_after_a_cut(&self, rows: &[RowInfo]) -> bool {
        let Some(first) = rows.iter().position(|r| !r.items.is_empty()) else { return false };
        let opens_on_phrases = rows[..first].iter().any(|r| !r.phrases.is_empty());
        let numbered_past_one = rows[first].items.first().is_some_and(|&i| {
            self.leaf(i) && self.items[i].marker.as_ref().is_some_and(|m| m.value > 1) && self.items[i].inline.is_none()
        });
        let followed_by_phrase = rows.get(first + 1).is_some_and(|r| r.items.is_empty() && !r.phrases.is_empty());
        opens_on_phrases && numbered_past_one && followed_by_phrase
    }

    fn pair(&mut self, rows: Vec<RowInfo>) {
        // A phrase row followed by a heading shows that this document writes
        // departments after their measures: a phrase with no measure before
        // it (the tail of a page the excerpt left out) is then nobody's, not
        // the next measure's, which has its own.
        // Rows of deadlines or notes alone (`完成时间：…`) may stand between.
        let mut after_phrase = false;
        let mut written_after = false;
        for row in &rows {
            if row.items.is_empty() {
                after_phrase |= !row.phrases.is_empty();
                continue;
            }
            if after_phrase && row.items.iter().any(|&i| !self.leaf(i)) {
                written_after = true;
                break;
            }
            after_phrase = false;
        }
        written_after |= self.opens_after_a_cut(&rows);
        let mut pending: Vec<usize> = Vec::new();
        let mut orphans: Vec<usize> = Vec::new();
        let mut last_targets: Vec<usize> = Vec::new();
        for row in rows {
            // Items carrying their own departments are settled at once.
            let mut inline_here = false;
            for &i in &row.items {
                if let Some(p) = self.items[i].inline.take() {
                    let id = self.add_phrase(p);
                    self.item_phrases[i].push(id);
                    last_targets = vec![i];
                    inline_here = true;
                }
                if let Some(d) = self.items[i].deadline.take() {
                    let id = self.add_deadline(d);
                    self.set_deadline(i, id);
                }
            }
            let leaves: Vec<usize> =
                row.items.iter().copied().filter(|&i| self.leaf(i) && self.item_phrases[i].is_empty()).collect();
            let ids: Vec<usize> = row.phrases.into_iter().map(|p| self.add_phrase(p)).collect();
            let mut targets: Vec<usize> = Vec::new();
            if ids.is_empty() {
                if !leaves.is_empty() && !orphans.is_empty() && written_after {
                    let o = std::mem::take(&mut orphans);
                    self.report_unused(&o, "之前没有措施（本文件的部门写在措施之后）");
                }
                if !leaves.is_empty() && !orphans.is_empty() {
                    let o = std::mem::take(&mut orphans);
                    self.match_group(&o, &leaves, true);
                    self.report_carried(&o, &leaves);
                    targets = leaves;
                } else {
                    if inline_here {
                        pending.clear();
                    }
                    pending.extend(&leaves);
                    targets = leaves;
                }
            } else if leaves.is_empty() && row.numbered_by_index && row.items.len() == 1 && !self.leaf(row.items[0]) {
                // A section row of a table (`一、` in the number cell) with its
                // own content and unit: the unit is the section's.
                let last = *row.items.last().unwrap_or(&0);
                for &id in &ids {
                    self.item_phrases[last].push(id);
                }
                targets = vec![last];
            } else if leaves.is_empty() {
                if !pending.is_empty() {
                    let group = self.same_parent_tail(&pending);
                    pending.clear();
                    self.match_group(&ids, &group, false);
                    targets = group;
                } else {
                    orphans.extend(&ids);
                }
            } else {
                pending.clear();
                if !orphans.is_empty() {
                    let o = std::mem::take(&mut orphans);
                    self.report_unused(&o, "没有对应的措施");
                }
                self.match_group(&ids, &leaves, false);
                targets = leaves;
            }
            if targets.is_empty() {
                targets = match row.items.last() {
                    Some(&last) => vec![last],
                    None => last_targets.clone(),
                };
            }
            let mut deadlines = row.deadlines.into_iter();
            if let Some(d) = deadlines.next() {
                let id = self.add_deadline(d);
                for &t in &targets {
                    self.set_deadline(t, id);
                }
            }
            if !row.notes.is_empty() {
                for &t in &targets {
                    self.item_notes[t].extend(row.notes.iter().cloned());
                }
            }
            if !targets.is_empty() {
                last_targets = targets;
            }
        }
        if !orphans.is_empty() {
            self.report_unused(&orphans, "文末没有可对应的措施");
        }
        // Deadlines written inside a phrase go with the phrase.
        let mut phrase_deadline: Vec<Option<usize>> = vec![None; self.phrases.len()];
        for i in 0..self.items.len() {
            if self.item_deadline[i].is_some() {
                continue;
            }
            for k in 0..self.item_phrases[i].len() {
                let p = self.item_phrases[i][k];
                if phrase_deadline[p].is_none()
                    && let Some(d) = self.phrases[p].deadlines.first().cloned()
                {
                    phrase_deadline[p] = Some(self.add_deadline(d));
                }
                if let Some(id) = phrase_deadline[p] {
                    self.set_deadline(i, id);
                    break;
                }
            }
        }
    }

    /// Headings that name a body (`（一）办公室职责`, `（二）市商务局牵头的工作`)
    /// give it to each measure below that does not name that role itself.
    fn inherit_heading_bodies(&mut self) {
        for h in 0..self.items.len() {
            let Some(body) = self.items[h].body.take() else { continue };
            if self.tree.is_leaf(h) || !self.item_phrases[h].is_empty() {
                continue;
            }
            let role = body.names.first().map(|n| n.role);
            let mut given = Vec::new();
            let mut stack = self.tree.nodes[h].children.clone();
            while let Some(d) = stack.pop() {
                if !self.tree.is_leaf(d) {
                    stack.extend(self.tree.nodes[d].children.iter().copied());
                    continue;
                }
                let has_role =
                    self.item_phrases[d].iter().any(|&p| self.phrases[p].names.iter().any(|n| Some(n.role) == role));
                if !has_role {
                    let id = self.add_phrase(body.clone());
                    self.item_phrases[d].insert(0, id);
                    given.push(d);
                }
            }
            if !given.is_empty() {
                given.sort_unstable();
                let message = format!(
                    "标题「{}」所列单位已用于其下 {} 项未写明该角色的措施（{}）",
                    head(&self.items[h].text, 20),
                    given.len(),
                    given.iter().map(|&d| self.path(d)).collect::<Vec<_>>().join("、")
                );
                let line = self.items[h].line;
                self.diag(Severity::Info, DiagnosticCode::PhraseCarried, line, message, head(&body.source, 40));
            }
        }
    }

    /// Phrases printed on rows without measures and given to the next
    /// measures that had none: right after a page break, but a person should
    /// look.
    fn report_carried(&mut self, ids: &[usize], leaves: &[usize]) {
        let lines: Vec<String> = {
            let mut l: Vec<usize> = ids.iter().map(|&p| self.phrases[p].line).collect();
            l.dedup();
            l.iter().map(|x| x.to_string()).collect()
        };
        let n = ids.len().min(leaves.len());
        let paths: Vec<String> = leaves[..n].iter().map(|&l| self.path(l)).collect();
        let message = format!(
            "第 {} 行的 {} 条部门表述没有同行的措施，已按顺序对应到其后的 {}，请人工确认",
            lines.join("、"),
            ids.len(),
            paths.join("、")
        );
        let p = &self.phrases[ids[0]];
        let (line, excerpt) = (p.line, head(&p.source, 40));
        self.diag(Severity::Warning, DiagnosticCode::PhraseCarried, line, message, excerpt);
    }

    /// The last run of pending leaves sharing one parent: a phrase after a
    /// task's measures covers that task's, not an earlier task's.
    fn same_parent_tail(&self, pending: &[usize]) -> Vec<usize> {
        let Some(&last) = pending.last() else {
            return Vec::new();
        };
        let parent = self.tree.nodes[last].parent;
        let mut group: Vec<usize> =
            pending.iter().rev().take_while(|&&i| self.tree.nodes[i].parent == parent).copied().collect();
        group.reverse();
        group
    }

    fn report_unused(&mut self, ids: &[usize], why: &str) {
        for &p in ids {
            let phrase = &self.phrases[p];
            let message = format!("部门表述「{}」{}，未被使用，请人工确认", head(&phrase.source, 24), why);
            let (line, excerpt) = (phrase.line, head(&phrase.source, 40));
            self.diag(Severity::Warning, DiagnosticCode::UnplacedText, line, message, excerpt);
        }
    }

    /// A copy of phrase `p` whose names rest on a guess (given to a measure
    /// by order alone), so the review shows them first.
    fn guessed_copy(&mut self, p: usize) -> usize {
        let mut copy = self.phrases[p].clone();
        for n in &mut copy.names {
            n.basis = Basis::Guessed;
        }
        self.add_phrase(copy)
    }

    /// Pairs phrases with measures of one group (a row, or a row with what
    /// waited for it). `guessed`: the group was formed by order alone.
    fn match_group(&mut self, ids: &[usize], leaves: &[usize], guessed: bool) {
        if leaves.is_empty() {
            return;
        }
        let mut ids = ids.to_vec();
        let distinct = {
            let first = &self.phrases[ids[0]];
            ids.iter().all(|&p| self.phrases[p].same_names(first))
        };
        if ids.len() > 1 && distinct && ids.len() != leaves.len() {
            let p = &self.phrases[ids[0]];
            let message = format!(
                "{} 个相同的部门表述「{}」合并为一个，适用于同组全部 {} 项措施",
                ids.len(),
                head(&p.source, 20),
                leaves.len()
            );
            let (line, excerpt) = (p.line, head(&p.source, 40));
            self.diag(Severity::Info, DiagnosticCode::PhraseShared, line, message, excerpt);
            ids.truncate(1);
        }
        if ids.len() == 1 {
            let id = if guessed { self.guessed_copy(ids[0]) } else { ids[0] };
            for &l in leaves {
                self.item_phrases[l].push(id);
            }
            return;
        }
        // Phrases and measures that do not pair one to one are paired by order.
        let guessed = guessed || ids.len() != leaves.len();
        for (k, &l) in leaves.iter().enumerate() {
            if let Some(&p) = ids.get(k) {
                let id = if guessed { self.guessed_copy(p) } else { p };
                self.item_phrases[l].push(id);
            }
        }
        if ids.len() == leaves.len() {
            return;
        }
        let parent = self.tree.nodes[leaves[0]].parent;
        let parent_desc = match parent {
            Some(p) => format!("{} 「{}」", self.path(p), head(&self.items[p].text, 16)),
            None => "本组".to_string(),
        };
        if ids.len() < leaves.len() {
            let first_left = leaves[ids.len()];
            let left: Vec<String> = leaves[ids.len()..].iter().map(|&l| self.path(l)).collect();
            let message = format!(
                "{} 有 {} 项措施，但只有 {} 条部门表述；按顺序对应后，{} 没有部门，请人工确认",
                parent_desc,
                leaves.len(),
                ids.len(),
                left.join("、")
            );
            let excerpt = head(&self.items[first_left].text, 30);
            for &l in &leaves[ids.len()..] {
                self.reported[l] = true;
            }
            let line = self.items[first_left].line;
            self.diag(Severity::Warning, DiagnosticCode::PhraseCountMismatch, line, message, excerpt);
        } else {
            let extra: Vec<String> = ids[leaves.len()..].iter().map(|&p| head(&self.phrases[p].source, 20)).collect();
            let message = format!(
                "{} 有 {} 项措施，却有 {} 条部门表述；已按顺序对应，多出的「{}」未使用，请人工确认",
                parent_desc,
                leaves.len(),
                ids.len(),
                extra.join("」「")
            );
            let p = &self.phrases[ids[leaves.len()]];
            let (line, excerpt) = (p.line, head(&p.source, 40));
            self.diag(Severity::Warning, DiagnosticCode::PhraseCountMismatch, line, message, excerpt);
        }
    }

    fn apply_convention(&mut self, convention: Option<FirstListedLeads>) {
        let Some(conv) = convention else { return };
        let mut applied = 0;
        // The convention governs every list that names no lead: bare lists,
        // 责任单位 lists and explicit 负责 alike, a sole name too. Explicit
        // joiners (配合) keep their role; unmarked others take the one stated.
        for p in &mut self.phrases {
            if conv.from_here && p.line < conv.line {
                continue;
            }
            let no_lead = !p.names.iter().any(|n| n.role == Role::Lead);
            let Some(first) = p.names.iter().position(|n| n.role == Role::Responsible) else { continue };
            if no_lead {
                for (k, n) in p.names.iter_mut().enumerate() {
                    let governed = k == first || n.defaulted;
                    if k == first {
                        n.role = Role::Lead;
                    } else if n.defaulted {
                        n.role = conv.others;
                    }
                    // A pairing guessed by order stays a guess.
                    if governed && n.basis != Basis::Guessed {
                        n.basis = Basis::Convention;
                    }
                }
                applied += 1;
            }
        }
        if applied > 0 {
            let message =
                format!("按文件说明“列第一位的为牵头单位”，{applied} 条未写明牵头单位的部门表述以首个部门为牵头");
            self.diag(Severity::Info, DiagnosticCode::ConventionApplied, conv.line, message, String::new());
        }
    }

    /// The title: the last short heading-like line before the first item,
    /// preferring one that names the document kind.
    fn title(&self, loose: &[Loose]) -> Option<(String, usize)> {
        // Headings, not sentences or bracketed notes.
        let before: Vec<_> = loose
            .iter()
            .filter(|l| {
                l.before_item == 0
                    && !l.attachment
                    && l.text.chars().count() <= 80
                    && !l.text.ends_with(['。', '：', ':', '；', '，', '）', ')'])
                    && !l.text.starts_with(['（', '('])
            })
            .collect();
        const KINDS: &[(&str, u32)] = &[
            ("分工", 4),
            ("任务", 2),
            ("任務", 2),
            ("方案", 2),
            ("计划", 2),
            ("計劃", 2),
            ("要点", 2),
            ("清单", 2),
            ("台账", 2),
            ("表", 1),
            ("措施", 1),
        ];
        let score = |t: &str| KINDS.iter().filter(|(k, _)| t.contains(k)).map(|(_, s)| s).sum::<u32>();
        // The best-scoring heading; the later one on a tie (a page's <h1>
        // comes after its <title>).
        before
            .iter()
            .filter(|l| score(&l.text) > 0)
            .max_by_key(|l| score(&l.text))
            .or_else(|| before.first())
            .map(|l| (l.text.clone(), l.line))
    }

    fn loose(&mut self, loose: &[Loose], title_line: Option<usize>) {
        let mut preamble = 0;
        let mut first_preamble_line = None;
        for l in loose {
            if Some(l.line) == title_line {
                continue;
            }
            if l.before_item == 0 && !l.tabular {
                preamble += 1;
                first_preamble_line.get_or_insert((l.line, head(&l.text, 30)));
                continue;
            }
            let message = format!("无法归入任何任务或措施的文字：「{}」", head(&l.text, 24));
            let severity = if l.before_item == 0 || l.before_item >= self.items.len() {
                Severity::Info
            } else {
                Severity::Warning
            };
            self.diag(severity, DiagnosticCode::UnplacedText, l.line, message, head(&l.text, 40));
        }
        if let Some((line, excerpt)) = first_preamble_line {
            let message = format!("第一项任务之前的 {preamble} 段文字（前言、说明）未导入为任务");
            self.diag(Severity::Info, DiagnosticCode::UnplacedText, line, message, excerpt);
        }
    }

    /// Duplicates inside one phrase, and names that look like misspellings of
    /// a name used more often in the same document.
    fn name_checks(&mut self) {
        let mut owner: Vec<Option<usize>> = vec![None; self.phrases.len()];
        for (i, ps) in self.item_phrases.iter().enumerate() {
            for &p in ps {
                owner[p].get_or_insert(i);
            }
        }
        let mut counts: HashMap<&str, usize> = HashMap::default();
        let mut first_seen: Vec<(&str, usize, &str)> = Vec::new();
        for (pid, p) in self.phrases.iter().enumerate() {
            let mut seen: Vec<&str> = Vec::new();
            let mut dups: Vec<&str> = Vec::new();
            for n in &p.names {
                let key = n.name.as_str();
                if seen.contains(&key) {
                    if !dups.contains(&key) {
                        dups.push(key);
                    }
                } else {
                    seen.push(key);
                }
                if owner[pid].is_some() || !p.names.is_empty() {
                    let e = counts.entry(n.name.as_str()).or_insert(0);
                    if *e == 0 {
                        first_seen.push((n.name.as_str(), p.line, p.source.as_str()));
                    }
                    *e += 1;
                }
            }
            if !dups.is_empty() {
                let whose = match owner[pid] {
                    Some(i) => format!("{} 「{}」的", self.path(i), head(&self.items[i].text, 16)),
                    None => String::new(),
                };
                let message = format!("{}部门表述中 {} 重复出现，已只保留一次", whose, dups.join("、"));
                self.diags.push(Diagnostic::new(
                    Severity::Warning,
                    DiagnosticCode::DuplicateDepartment,
                    p.line,
                    message,
                    head(&p.source, 60),
                ));
            }
        }
        for (name, line, source) in &first_seen {
            if self.known.get(*name).copied().unwrap_or(false) {
                continue;
            }
            let count = counts[name];
            let chars: Vec<char> = name.chars().collect();
            let mut suggestion: Option<String> = None;
            if chars.len() >= 4 {
                for k in 1..chars.len() - 1 {
                    let shorter: String = chars[..k].iter().chain(chars[k + 1..].iter()).collect();
                    if counts.get(shorter.as_str()).is_some_and(|&c| c > count) {
                        suggestion = Some(shorter);
                        break;
                    }
                }
            }
            let local_with_national_suffix =
                ["省", "市", "县", "区", "縣", "區"].iter().any(|p| name.starts_with(p)) && name.ends_with("总局");
            if suggestion.is_none() && !local_with_national_suffix {
                continue;
            }
            let message = match &suggestion {
                Some(s) => format!(
                    "部门名称「{name}」可能是「{s}」的笔误（本文件中「{s}」出现 {} 次），请确认",
                    counts[s.as_str()]
                ),
                None => format!("部门名称「{name}」以地方前缀加“总局”构成，地方没有此类机构，可能是笔误，请确认"),
            };
            self.diags.push(Diagnostic::new(
                Severity::Warning,
                DiagnosticCode::SuspiciousDepartment,
                *line,
                message,
                head(source, 60),
            ));
        }
    }

    /// Resolves every distinct name once (assignments share the result) and
    /// reports fuzzy matches, unknown names and bodies that have ceased.
    fn intern_names(&mut self, resolver: &dyn ResolveOrg, context: &duban_core::Context<'_>) {
        let mut diags = Vec::new();
        for p in &self.phrases {
            for n in &p.names {
                if self.names.contains_key(&n.name) {
                    continue;
                }
                let Some(r) = resolver.resolve(&n.name, context) else { continue };
                let name = &n.name;
                let org = r.org.as_str();
                let excerpt = head(&p.source, 60);
                match r.how {
                    MatchKind::Fuzzy => diags.push(Diagnostic::new(
                        Severity::Warning,
                        DiagnosticCode::FuzzyDepartment,
                        p.line,
                        format!(
                            "部门名称「{name}」不在机构名录中，与「{}」只差一个字，暂按「{org}」处理，请确认是否笔误",
                            r.near.as_deref().unwrap_or(org)
                        ),
                        excerpt.clone(),
                    )),
                    MatchKind::Unknown if resolver.knows_bodies() => diags.push(Diagnostic::new(
                        Severity::Info,
                        DiagnosticCode::UnknownDepartment,
                        p.line,
                        format!("部门名称「{name}」不在机构名录中，按原文保留；可在自己的机构名录文件中补充"),
                        excerpt.clone(),
                    )),
                    _ => {}
                }
                if let Some(ceased) = r.ceased {
                    let successors: Vec<&str> = r.successors.iter().map(|s| s.as_str()).collect();
                    let carried = if successors.is_empty() {
                        "名录中没有承接单位".to_string()
                    } else {
                        format!("现由「{}」承接", successors.join("」「"))
                    };
                    diags.push(Diagnostic::new(
                        Severity::Info,
                        DiagnosticCode::DepartmentSucceeded,
                        p.line,
                        format!("「{name}」（{org}）已于 {ceased} 因机构改革撤并，{carried}"),
                        excerpt,
                    ));
                }
                self.known.insert(n.name.clone(), r.how != MatchKind::Unknown);
                self.names.insert(n.name.clone(), (Arc::from(n.name.as_str()), r.org, r.successors));
            }
        }
        self.diags.extend(diags);
    }

    fn output(&mut self, ids: &[usize]) -> Vec<Item> {
        ids.iter().map(|&i| self.output_item(i)).collect()
    }

    fn output_item(&mut self, i: usize) -> Item {
        let text = std::mem::take(&mut self.items[i].text);
        let raw = &self.items[i];
        let mut item = Item::new(raw.marker.as_ref().map(|m| m.label.clone()), text, raw.line);
        for &p in &self.item_phrases[i] {
            for n in &self.phrases[p].names {
                if item.assignments.iter().any(|a| a.role == n.role && *a.as_written == *n.name) {
                    continue;
                }
                let Some((written, org, successors)) = self.names.get(&n.name) else {
                    continue;
                };
                item.assignments.push(Assignment {
                    role: n.role,
                    as_written: written.clone(),
                    org: org.clone(),
                    successors: successors.clone(),
                    basis: n.basis,
                });
            }
        }
        if let Some(id) = self.item_deadline[i] {
            if self.parsed_deadlines[id].is_none() {
                self.parsed_deadlines[id] = Deadline::parse_in_year(&self.deadline_texts[id], self.year);
            }
            if let Some(d) = self.parsed_deadlines[id].clone() {
                if d.kind == DeadlineKind::Unparsed {
                    let message = format!("无法识别的完成时限「{}」（{}），已原样保留", d.as_written, self.path(i));
                    let excerpt = d.as_written.clone();
                    self.diag(Severity::Warning, DiagnosticCode::UnparsedDeadline, item.line, message, excerpt);
                }
                item.deadline = Some(d);
            }
        }
        if !self.item_notes[i].is_empty() {
            item.note = Some(self.item_notes[i].join("；"));
        }
        let tree = self.tree;
        item.children = self.output(&tree.nodes[i].children);
        item
    }

    /// Leaves with no department of their own nor from an ancestor.
    fn unassigned(&mut self) {
        for i in 0..self.items.len() {
            if !self.leaf(i) || self.reported[i] || !self.item_phrases[i].is_empty() {
                continue;
            }
            let mut cur = self.tree.nodes[i].parent;
            let mut inherited = false;
            while let Some(p) = cur {
                if !self.item_phrases[p].is_empty() {
                    inherited = true;
                    break;
                }
                cur = self.tree.nodes[p].parent;
            }
            if inherited {
                continue;
            }
            let raw = &self.items[i];
            let message = format!("{} 「{}」没有找到责任部门，请人工补充", self.path(i), head(&raw.text, 20));
            let (line, excerpt) = (raw.line, head(&raw.text, 30));
            self.diag(Severity::Warning, DiagnosticCode::MeasureWithoutDepartment, line, message, excerpt);
        }
    }
}
