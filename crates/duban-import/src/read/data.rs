//! Data files and source code holding a plan's records: JSON arrays of
//! tasks, JavaScript / TypeScript literals (`const tasks = [...]`), trees of
//! `{name, children}` (an ECharts tree), nested sections → tasks → measures.
//!
//! Records become the rows of a table with a fixed header (序号 | 领域 |
//! 重点任务 | 具体措施 | 牵头单位 | 责任单位 | 配合单位 | 完成时限), so recovery reads
//! them as it reads any table. A record's keys are read by their words,
//! Chinese (`牵头单位`, `完成时限`) or English (`lead_unit`, `partners`, `due`);
//! a record with children is a task (or an area above tasks); a leaf whose
//! text is a department phrase (`…等按职责分工负责`) is its parent's
//! assignment, as tree charts of division tables draw it. Values such as
//! `无` name nobody.

use super::literal::{Value, literals};
use super::{Cell, Row};
use crate::clean::{Column, column_for_header};
use crate::phrase::{has_role_word, parse_phrase};
use duban_core::Role;

/// The columns of the rows this reader writes.
const HEADER: [&str; 8] = ["序号", "领域", "重点任务", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限"];
const INDEX: usize = 0;
const AREA: usize = 1;
const TASK: usize = 2;
const MEASURE: usize = 3;
const LEAD: usize = 4;
const RESPONSIBLE: usize = 5;
const PARTICIPANT: usize = 6;
const DEADLINE: usize = 7;

/// What a record's key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Text,
    Number,
    /// A grouping repeated on flat records (`category`, `group`): an area
    /// or a task heading shared by consecutive records.
    Group(usize),
    Units(usize),
    Deadline,
    Children,
    Ignore,
}

fn field_of(key: &str) -> Field {
    let k: String = key.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).collect::<String>().to_lowercase();
    if let Some(f) = english_field(&k) {
        return f;
    }
    // Compound keys: a word and what it names (`taskName`, `supportUnits`,
    // `cooperateDepts`, `projectTitle`) read as the word.
    const NOUNS: &[&str] =
        &["units", "unit", "departments", "department", "depts", "dept", "orgs", "org", "name", "title"];
    let stem = NOUNS.iter().find_map(|n| k.strip_suffix(n)).filter(|s| !s.is_empty());
    if let Some(f) = stem.and_then(english_field) {
        let names_bodies = !k.ends_with("name") && !k.ends_with("title");
        // `taskName` is a text; `supportUnits` names bodies, `taskUnits` too.
        return match f {
            Field::Text if names_bodies => Field::Units(RESPONSIBLE),
            Field::Units(_) | Field::Text => f,
            _ => Field::Ignore,
        };
    }
    match column_for_header(key) {
        Some(Column::Departments(Some(Role::Lead))) => Field::Units(LEAD),
        Some(Column::Departments(Some(Role::Participant))) => Field::Units(PARTICIPANT),
        Some(Column::Departments(_)) => Field::Units(RESPONSIBLE),
        Some(Column::Task | Column::Measure) => Field::Text,
        Some(Column::Area) => Field::Group(AREA),
        Some(Column::Deadline) => Field::Deadline,
        Some(Column::Index) => Field::Number,
        _ if key.contains("子") || key.contains("下级") => Field::Children,
        _ => Field::Ignore,
    }
}

/// A key's field by its English (or pinyin-initial) word, exactly.
fn english_field(k: &str) -> Option<Field> {
    match k {
        "task" | "content" | "title" | "name" | "measure" | "text" | "item" | "label" | "desc" | "description"
        | "detail" | "matter" | "work" | "goal" | "target" | "project" => Some(Field::Text),
        "no" | "num" | "number" | "index" | "seq" | "sequence" | "serial" | "order" | "xh" => Some(Field::Number),
        "category" | "area" | "field" | "domain" | "section" | "part" | "type" | "class" => Some(Field::Group(AREA)),
        "group" | "subsection" | "subcategory" | "topic" | "direction" => Some(Field::Group(TASK)),
        "lead" | "leadunit" | "leaddept" | "leader" | "owner" | "main" | "mainunit" | "host" | "primary" | "qtdw" => {
            Some(Field::Units(LEAD))
        }
        "unit" | "units" | "dept" | "depts" | "department" | "departments" | "responsible" | "duty" | "dutyunit"
        | "org" | "orgs" | "zrdw" | "responsibleunit" => Some(Field::Units(RESPONSIBLE)),
        "partner" | "partners" | "co" | "coop" | "cooperate" | "assist" | "support" | "participant"
        | "participants" | "cooperation" | "phdw" | "coorg" => Some(Field::Units(PARTICIPANT)),
        "due" | "deadline" | "time" | "date" | "end" | "finish" | "limit" | "timelimit" | "wcsx" => {
            Some(Field::Deadline)
        }
        "children" | "tasks" | "items" | "measures" | "subs" | "list" | "subtasks" | "sub" | "nodes" => {
            Some(Field::Children)
        }
        _ => None,
    }
}

/// One record, read.
#[derive(Debug, Default)]
struct Record {
    line: usize,
    number: Option<String>,
    text: Option<String>,
    groups: Vec<(usize, String)>,
    units: Vec<(usize, String)>,
    deadline: Option<String>,
    children: Vec<Record>,
}

/// Reads the records of every literal in `src` as table rows; empty when
/// the text holds none.
pub fn read_data(src: &str) -> Vec<Row> {
    let line_starts: Vec<usize> = std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset).max(1);
    let mut records = Vec::new();
    for (at, value) in literals(src) {
        // A literal is a plan's only if some record in it names departments
        // (a page's other literals: menus, statistics cards, colours).
        let mut found = Vec::new();
        collect(&value, at, &line_of, &mut found);
        if found.iter().any(names_units) {
            records.extend(found);
        }
    }
    if records.is_empty() {
        return Vec::new();
    }
    let mut rows = vec![Row {
        line: records[0].line,
        cells: HEADER.iter().enumerate().map(|(col, h)| Cell { text: h.to_string(), col, spanned: false }).collect(),
        tabular: true,
    }];
    let mut previous_groups: Vec<(usize, String)> = Vec::new();
    for r in &records {
        emit(r, &mut rows, &mut previous_groups);
    }
    rows
}

/// The records in a value: a list of records, or a record (a tree root,
/// or a wrapper such as `{data: [...]}`).
fn collect(value: &Value, at: usize, line_of: &dyn Fn(usize) -> usize, out: &mut Vec<Record>) {
    match value {
        Value::List(items) => {
            for (at, v) in items {
                collect(v, *at, line_of, out);
            }
        }
        Value::Record(_) => match record(value, at, line_of) {
            Some(r) => out.push(r),
            None => {
                // A wrapper: look for records inside its lists.
                if let Value::Record(fields) = value {
                    for (_, at, v) in fields {
                        if !matches!(v, Value::Text(_)) {
                            collect(v, *at, line_of, out);
                        }
                    }
                }
            }
        },
        Value::Text(_) => {}
    }
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) => {
            let t = t.trim();
            (!t.is_empty() && !matches!(t, "无" | "無" | "null" | "undefined" | "-" | "—" | "/")).then(|| t.to_string())
        }
        // A list of names: `["县财政局", "县审计局"]`.
        Value::List(items) => {
            let names: Vec<String> = items.iter().filter_map(|(_, v)| text_of(v)).collect();
            (!names.is_empty()).then(|| names.join("、"))
        }
        Value::Record(_) => None,
    }
}

/// A record with a text of its own; `None` for a wrapper.
fn record(value: &Value, at: usize, line_of: &dyn Fn(usize) -> usize) -> Option<Record> {
    let Value::Record(fields) = value else { return None };
    let mut r = Record { line: line_of(at), ..Record::default() };
    for (key, at, v) in fields {
        match field_of(key) {
            Field::Text => {
                if r.text.is_none() {
                    r.text = text_of(v).filter(|t| t.chars().any(crate::clean::is_cjk));
                }
            }
            Field::Number => r.number = text_of(v).filter(|n| n.chars().count() <= 4),
            Field::Group(col) => {
                r.groups.extend(text_of(v).filter(|t| t.chars().any(crate::clean::is_cjk)).map(|t| (col, t)))
            }
            Field::Units(col) => r.units.extend(text_of(v).map(|t| (col, t))),
            Field::Deadline => r.deadline = text_of(v),
            Field::Children => {
                let mut children = Vec::new();
                collect(v, *at, line_of, &mut children);
                r.children.extend(children);
            }
            // Any other key holding records is a list of children
            // (`subsections`, `二级任务`).
            Field::Ignore if matches!(v, Value::List(items) if items.iter().any(|(_, i)| matches!(i, Value::Record(_)))) =>
            {
                let mut children = Vec::new();
                collect(v, *at, line_of, &mut children);
                r.children.extend(children);
            }
            Field::Ignore => {}
        }
    }
    r.text.as_ref()?;
    // The leaf of a tree that is a department phrase belongs to its parent.
    let mut k = 0;
    while k < r.children.len() {
        let c = &r.children[k];
        let phrase = c.children.is_empty()
            && c.units.is_empty()
            && c.text.as_deref().is_some_and(|t| has_role_word(t) && parse_phrase(t, None, 0).is_plausible());
        if phrase {
            let c = r.children.remove(k);
            r.units.extend(c.text.map(|t| (RESPONSIBLE, t)));
        } else {
            k += 1;
        }
    }
    Some(r)
}

fn names_units(r: &Record) -> bool {
    !r.units.is_empty() || r.children.iter().any(names_units)
}

fn height(r: &Record) -> usize {
    r.children.iter().map(|c| 1 + height(c)).max().unwrap_or(0)
}

/// Writes a record and its children as rows: a leaf in the measure column,
/// a record over leaves in the task column, anything higher in the area
/// column.
fn emit(r: &Record, rows: &mut Vec<Row>, previous_groups: &mut Vec<(usize, String)>) {
    let mut cells: Vec<Cell> = Vec::new();
    // Groups repeated from the record before are one merged cell.
    for (col, g) in &r.groups {
        let repeated = previous_groups.iter().any(|(c, p)| c == col && p == g);
        cells.push(Cell { text: g.clone(), col: *col, spanned: repeated });
    }
    *previous_groups = r.groups.clone();
    let col = match height(r) {
        0 => MEASURE,
        1 => TASK,
        _ => AREA,
    };
    if col == MEASURE
        && let Some(n) = &r.number
        && n.chars().all(|c| c.is_ascii_digit())
    {
        cells.push(Cell { text: n.clone(), col: INDEX, spanned: false });
    }
    cells.push(Cell { text: r.text.clone().unwrap_or_default(), col, spanned: false });
    for unit_col in [LEAD, RESPONSIBLE, PARTICIPANT] {
        let texts: Vec<&str> = r.units.iter().filter(|(c, _)| *c == unit_col).map(|(_, t)| t.as_str()).collect();
        if !texts.is_empty() {
            cells.push(Cell { text: texts.join("；"), col: unit_col, spanned: false });
        }
    }
    if let Some(d) = &r.deadline {
        cells.push(Cell { text: d.clone(), col: DEADLINE, spanned: false });
    }
    cells.sort_by_key(|c| c.col);
    rows.push(Row { line: r.line, cells, tabular: true });
    for c in &r.children {
        emit(c, rows, previous_groups);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[Row]) -> Vec<Vec<(usize, String)>> {
        rows.iter().map(|r| r.cells.iter().map(|c| (c.col, c.text.clone())).collect()).collect()
    }

    #[test]
    fn flat_records_with_english_keys() {
        let rows = read_data(
            r#"[{"task": "完成老旧管网改造", "lead_unit": "市水务局", "partners": "无", "due": "2025年6月底前"}]"#,
        );
        assert_eq!(
            cells(&rows)[1],
            vec![(MEASURE, "完成老旧管网改造".into()), (LEAD, "市水务局".into()), (DEADLINE, "2025年6月底前".into())]
        );
    }

    #[test]
    fn compound_keys_read_as_their_word() {
        let rows = read_data(
            "const list = [{ seq: 1, itemName: '整治农贸市场周边秩序', taskType: '专项类', \
             leadDept: '县市场监管局', cooperateUnits: '县公安局、县城管局', timeLimit: '9月底前' }];",
        );
        assert_eq!(
            cells(&rows)[1],
            vec![
                (INDEX, "1".into()),
                (MEASURE, "整治农贸市场周边秩序".into()),
                (LEAD, "县市场监管局".into()),
                (PARTICIPANT, "县公安局、县城管局".into()),
                (DEADLINE, "9月底前".into())
            ]
        );
        assert_eq!(field_of("taskType"), Field::Ignore);
    }

    #[test]
    fn a_tree_whose_last_leaf_is_the_role_phrase() {
        let src = "option = { series: [{ type: 'tree', data: [{ name: '文化惠民', children: [\
            { name: '丰富群众文化生活', children: [ { name: '开展送戏下乡' }, { name: '县文旅局牵头，各乡镇负责' } ] } ] }] }] };";
        let rows = read_data(src);
        let c = cells(&rows);
        assert_eq!(c[1], vec![(AREA, "文化惠民".into())]);
        assert_eq!(c[2], vec![(TASK, "丰富群众文化生活".into()), (RESPONSIBLE, "县文旅局牵头，各乡镇负责".into())]);
        assert_eq!(c[3], vec![(MEASURE, "开展送戏下乡".into())]);
    }
}
