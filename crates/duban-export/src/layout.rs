//! The plan flattened into the lines of the official table. Numbering is
//! written so the importer recovers the same levels: Chinese numerals as
//! 一、 at the top and （一） below, Arabic ones as 1. then （1） then ①,
//! by how many ancestors of the same kind an item has.

use duban_core::{Item, Plan, Role};

/// The columns, in order.
pub const COLUMNS: [&str; 8] = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "责任单位", "完成时限", "备注"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    /// An area: its text spans 序号, 重点任务 and 具体措施.
    Area,
    /// A line of the table body.
    Body,
}

/// One line of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    /// 序号: the measure's number when written as `1.`.
    pub index: String,
    /// The task cell, on the first line of its task only, with how many
    /// lines it spans (its measures).
    pub task: Option<(String, usize)>,
    pub measure: String,
    pub lead: String,
    pub participant: String,
    pub responsible: String,
    pub deadline: String,
    pub note: String,
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub title: String,
    pub lines: Vec<Line>,
}

fn is_chinese(label: &str) -> bool {
    !label.is_empty() && label.chars().all(|c| "一二三四五六七八九十".contains(c))
}

fn circled(n: &str) -> Option<char> {
    let v: u32 = n.parse().ok()?;
    (1..=20).contains(&v).then(|| char::from_u32('①' as u32 + v - 1)).flatten()
}

/// The marker an item is written with, from its label and how many
/// ancestors carry Chinese or Arabic labels.
fn marker(label: Option<&str>, chinese_above: usize, arabic_above: usize) -> String {
    match label {
        None => String::new(),
        Some(l) if is_chinese(l) => {
            if chinese_above == 0 {
                format!("{l}、")
            } else {
                format!("（{l}）")
            }
        }
        Some(l) => match arabic_above {
            0 => format!("{l}. "),
            1 => format!("（{l}）"),
            _ => circled(l).map(String::from).unwrap_or_else(|| format!("（{l}）")),
        },
    }
}

fn names(item: &Item, role: Role) -> String {
    item.assignments.iter().filter(|a| a.role == role).map(|a| &*a.as_written).collect::<Vec<_>>().join("、")
}

fn fill(line: &mut Line, item: &Item) {
    line.lead = names(item, Role::Lead);
    line.participant = names(item, Role::Participant);
    line.responsible = names(item, Role::Responsible);
    line.deadline = item.deadline.as_ref().map(|d| d.as_written.clone()).unwrap_or_default();
    line.note = item.note.clone().unwrap_or_default();
}

fn blank(kind: LineKind) -> Line {
    Line {
        kind,
        index: String::new(),
        task: None,
        measure: String::new(),
        lead: String::new(),
        participant: String::new(),
        responsible: String::new(),
        deadline: String::new(),
        note: String::new(),
    }
}

impl Layout {
    pub fn of(plan: &Plan) -> Layout {
        let mut lines = Vec::new();
        for top in &plan.items {
            let label = top.number.as_deref();
            let chinese = label.is_some_and(is_chinese);
            let counts = if chinese {
                (1, 0)
            } else if label.is_some() {
                (0, 1)
            } else {
                (0, 0)
            };
            if chinese || top.children.is_empty() && label.is_none() {
                // An area line (or a lone unnumbered top item).
                let mut line = blank(LineKind::Area);
                line.measure = format!("{}{}", marker(label, 0, 0), top.text);
                fill(&mut line, top);
                lines.push(line);
                for child in &top.children {
                    task_lines(child, counts, &mut lines);
                }
            } else {
                // Top-level measures: the plan has no areas.
                measure_lines(top, (0, 0), &mut lines);
            }
        }
        Layout { title: plan.title.clone().unwrap_or_else(|| "重点任务分工表".to_string()), lines }
    }
}

/// A task (Chinese label below an area) with its measures; anything else
/// at this depth is written as a measure.
fn task_lines(item: &Item, above: (usize, usize), lines: &mut Vec<Line>) {
    let label = item.number.as_deref();
    if !label.is_some_and(is_chinese) {
        measure_lines(item, above, lines);
        return;
    }
    let task_text = format!("{}{}", marker(label, above.0, above.1), item.text);
    let first = lines.len();
    let below = (above.0 + 1, above.1);
    for child in &item.children {
        measure_lines(child, below, lines);
    }
    if lines.len() == first {
        // A task without measures carries its own departments.
        let mut line = blank(LineKind::Body);
        fill(&mut line, item);
        lines.push(line);
    }
    let span = lines.len() - first;
    lines[first].task = Some((task_text, span));
}

fn measure_lines(item: &Item, above: (usize, usize), lines: &mut Vec<Line>) {
    let label = item.number.as_deref();
    let mut line = blank(LineKind::Body);
    let arabic_dot = label.is_some_and(|l| !is_chinese(l)) && above.1 == 0;
    if arabic_dot {
        line.index = label.unwrap_or_default().to_string();
        line.measure = item.text.clone();
    } else {
        line.measure = format!("{}{}", marker(label, above.0, above.1), item.text);
    }
    fill(&mut line, item);
    lines.push(line);
    let below = match label {
        Some(l) if is_chinese(l) => (above.0 + 1, above.1),
        Some(_) => (above.0, above.1 + 1),
        None => above,
    };
    for child in &item.children {
        measure_lines(child, below, lines);
    }
}

impl Line {
    /// The eight column texts (the task cell empty where merged down).
    pub fn cells(&self) -> [&str; 8] {
        [
            &self.index,
            self.task.as_ref().map_or("", |(t, _)| t.as_str()),
            &self.measure,
            &self.lead,
            &self.participant,
            &self.responsible,
            &self.deadline,
            &self.note,
        ]
    }
}
