//! Rows to pieces: numbered items, department phrases, deadlines, notes and
//! free text, with the column vocabulary of header rows as a hint.
//!
//! Content decides before position: pasted tables shift cells across columns
//! (the seed prints departments under 备注), so a cell that reads as a phrase
//! is a phrase wherever it sits. Column headers only give a role to bare
//! department lists and tell deadline and note cells apart.

use crate::clean::{Column, clean_text, collapse_spaces, collapse_spaces_owned, column_for_header, compact};
use crate::heading_body::{body_of_heading, heading_then_text};
use crate::inline::{
    duty_clauses, enumerated_clauses, leading_phrase, merge_phrase, split_inline, split_under_title, splits_several,
    whole_bracket_phrase,
};
use crate::numbering::{Marker, Style, chinese_value, marker_at_start, split_numbered};
use crate::phrase::{
    HOST_PARTNERS, LIST_JOINERS, Label, Phrase, has_role_word, host_label, looks_like_org, parse_phrase,
    parse_phrase_hosted, split_label, split_phrases, states_first_listed_leads,
};
use crate::read::Row;
use duban_core::{Deadline, Role};

/// Where an unnumbered item goes in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Numbered(Style),
    /// Below the item printed before it in the same row.
    ChildOfPrevInRow,
    /// After the last item: a sibling of a measure, or a child of a task.
    AfterLast,
    /// At the level of the item before it (the next measure of a heading
    /// split into several).
    SameAsPrev,
    /// In a task column.
    TaskColumn,
    /// In an area column.
    AreaColumn,
    /// An unnumbered line naming only a body (`凤台县政府`) above the
    /// numbered items it answers for: a level above every numbered one.
    BodyHeading,
}

#[derive(Debug, Clone)]
pub struct RawItem {
    pub row: usize,
    pub line: usize,
    pub marker: Option<Marker>,
    pub placement: Placement,
    pub text: String,
    /// Departments written with the item itself: `……。（A牵头，B参加）`.
    pub inline: Option<Phrase>,
    pub deadline: Option<String>,
    /// The body a heading names (`（一）办公室职责`), for the measures under it.
    pub body: Option<Phrase>,
}

#[derive(Debug, Clone, Default)]
pub struct RowInfo {
    pub items: Vec<usize>,
    pub phrases: Vec<Phrase>,
    pub deadlines: Vec<String>,
    pub notes: Vec<String>,
    /// The row held only labelled lines (`牵头单位：…`, `完成时限：…`).
    pub labelled_only: bool,
    /// Its item took its number from a 序号 cell (a section row `一、`
    /// printed in the number column, not a heading run into a row).
    pub numbered_by_index: bool,
}

/// Free text that became nothing: a title candidate, preamble or noise.
#[derive(Debug, Clone)]
pub struct Loose {
    /// An entry of a cover letter's attachment list: never the title.
    pub attachment: bool,
    pub line: usize,
    pub text: String,
    /// Index of the first item that came after it (items.len() at the time).
    pub before_item: usize,
    pub tabular: bool,
}

/// "The first listed department leads": stated in some documents' preamble.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstListedLeads {
    pub others: Role,
    pub line: usize,
    /// Stated inside an item's own text (`…(第一个单位为牵头单位,下同)`):
    /// it governs that item and those after it. A statement on a line of
    /// its own (preamble, footnote) governs the whole document.
    pub from_here: bool,
}

#[derive(Debug, Default)]
pub struct Classified {
    pub items: Vec<RawItem>,
    pub rows: Vec<RowInfo>,
    pub loose: Vec<Loose>,
    pub convention: Option<FirstListedLeads>,
    /// Headings printed again after a page break, merged with the first:
    /// (line, text).
    pub repeated: Vec<(usize, String)>,
}

/// Classifies every row of a document.
pub fn classify(rows: Vec<Row>) -> Classified {
    let mut c = Classifier {
        out: Classified::default(),
        in_attachments: false,
        columns: Vec::new(),
        numbered_column: None,
        target_columns: Vec::new(),
        continued_row: None,
        single_run_in: rows.iter().any(|r| r.cells.iter().any(|c| c.text.lines().any(|l| splits_several(l.trim())))),
        body_heading_lines: body_heading_lines(&rows),
        hosted: rows.iter().any(|r| r.cells.iter().any(|c| HOST_PARTNERS.iter().any(|w| c.text.contains(w)))),
    };
    for row in rows {
        c.row(row);
    }
    c.out
}

struct Classifier {
    out: Classified,
    /// The rows just read were a cover letter's list of attachments.
    in_attachments: bool,
    columns: Vec<(usize, Column)>,
    /// The text column of the last full-width row whose item number opens
    /// it, and that number's style: where a shorter row's number belongs.
    numbered_column: Option<(usize, Style)>,
    /// Text columns that state the target of an earlier text column.
    target_columns: Vec<usize>,
    /// The last row glued onto the item before it.
    continued_row: Option<usize>,
    /// The document runs several bracketed measures into a heading
    /// somewhere, so a heading with one bracket runs its first measure in too.
    single_run_in: bool,
    /// Lines that name only a body above a list numbered from 1.
    body_heading_lines: Vec<usize>,
    /// The document's lists say 协办单位 or 牵头 somewhere, so a line
    /// `主办单位：…` names a lead, not the web site's sponsor.
    hosted: bool,
}

/// Words of a column naming the bodies that score or check the work
/// (评分部门, 考核单位, 监考单位), not the ones that do it.
const ASSESSING: &[&str] = &["评分", "評分", "考核", "监考", "監考", "考评", "考評", "评价", "評價"];

/// A departments column that assesses the work (评分部门) beside one that
/// names who does it (责任部门) assigns nobody: it is set aside. Alone, an
/// assessing column is the table's departments column and stays.
fn assessors_aside(named: &mut [(usize, Column)], words: &[String]) {
    let assessing: Vec<bool> = named
        .iter()
        .zip(words)
        .map(|((_, k), word)| matches!(k, Column::Departments(_)) && ASSESSING.iter().any(|w| word.contains(w)))
        .collect();
    let doers = named.iter().zip(&assessing).filter(|((_, k), a)| matches!(k, Column::Departments(_)) && !**a).count();
    if doers == 0 {
        return;
    }
    for ((_, kind), a) in named.iter_mut().zip(assessing) {
        if a {
            *kind = Column::Other;
        }
    }
}

/// The lines of plain text that name only a body (`凤台县政府`,
/// `市发展改革委`) right above an item numbered 1: each a heading whose body
/// answers for the list below it (targets per unit in 考核目标 documents).
fn body_heading_lines(rows: &[Row]) -> Vec<usize> {
    fn text_of(r: &Row) -> Option<&str> {
        (!r.tabular && r.cells.len() == 1).then(|| r.cells[0].text.trim())
    }
    let mut out = Vec::new();
    let mut previous: Option<(usize, &str)> = None;
    for r in rows {
        let Some(t) = text_of(r).filter(|t| !t.is_empty()) else { continue };
        if let Some((line, before)) = previous
            && marker_at_start(t).is_some_and(|m| m.value == 1)
            && marker_at_start(before).is_none()
            && before.chars().count() <= 16
            && !has_role_word(before)
            && body_of_heading(before, line).is_some()
        {
            out.push(line);
        }
        previous = Some((r.line, t));
    }
    out
}

/// A cell after cleaning: its block lines and where it sits.
struct CellLines {
    col: usize,
    lines: Vec<String>,
    spanned: bool,
}

impl CellLines {
    /// The style of the item number the cell opens with, if any.
    fn number_style(&self) -> Option<Style> {
        self.lines.first().and_then(|l| marker_at_start(l)).map(|m| m.style)
    }
}

impl Classifier {
    /// Whether a numbered item repeats the latest one of its style, with no
    /// item of a shallower style since: a heading reprinted on a new page.
    /// `59.… 60.… 63.…。主要责任部门：A、B。` on one line: a labelled
    /// sentence after the last of a run of numbered measures, none of the
    /// others with bodies of their own, is the run's, as a unit line under
    /// several measures is. A bracket stays its own measure's.
    fn share_closing_label(&mut self, first_item: usize) {
        let items = &self.out.items[first_item..];
        let Some(last) = items.iter().rposition(|it| it.inline.is_some()) else { return };
        let closing = &items[last];
        let Some(style) = closing.marker.as_ref().map(|m| m.style) else { return };
        let labelled = closing.inline.as_ref().is_some_and(|p| {
            crate::phrase::split_label(&p.source).is_some() && !p.source.trim_end().ends_with(['）', ')', '】', '〕'])
        });
        let run = items[..last]
            .iter()
            .rev()
            .take_while(|it| it.inline.is_none() && it.marker.as_ref().is_some_and(|m| m.style == style))
            .count();
        if !labelled || run == 0 || run < last && items[..last - run].iter().any(|it| it.inline.is_some()) {
            return;
        }
        let phrase = closing.inline.clone();
        for it in &mut self.out.items[first_item + last - run..first_item + last] {
            it.inline = phrase.clone();
        }
    }

    fn repeats_open_heading(&self, marker: &Marker, text: &str) -> bool {
        for item in self.out.items.iter().rev() {
            let Some(m) = &item.marker else { continue };
            if m.style == marker.style {
                return m.value == marker.value && item.text == text && !text.is_empty();
            }
            if m.style < marker.style {
                return false;
            }
        }
        false
    }

    /// Unnumbered measures read out of one text (a heading's sentences, a
    /// paragraph of duties): the first placed as given, the rest beside it.
    fn push_measures(
        &mut self,
        info: &mut RowInfo,
        row_index: usize,
        line: usize,
        first: Placement,
        measures: impl Iterator<Item = (String, Option<Phrase>, Option<String>)>,
    ) {
        for (k, (text, inline, deadline)) in measures.enumerate() {
            info.items.push(self.out.items.len());
            self.out.items.push(RawItem {
                row: row_index,
                line,
                marker: None,
                placement: if k == 0 { first } else { Placement::SameAsPrev },
                text,
                inline,
                deadline,
                body: None,
            });
        }
    }

    /// A numbered heading (its marker, text and the body it names) and the
    /// measures printed with it on its row, each below it.
    fn push_heading_with_measures(
        &mut self,
        info: &mut RowInfo,
        row_index: usize,
        line: usize,
        (marker, text, body): (Marker, String, Option<Phrase>),
        measures: impl Iterator<Item = (String, Option<Phrase>, Option<String>)>,
    ) {
        let style = marker.style;
        info.items.push(self.out.items.len());
        self.out.items.push(RawItem {
            row: row_index,
            line,
            marker: Some(marker),
            placement: Placement::Numbered(style),
            text,
            inline: None,
            deadline: None,
            body,
        });
        self.push_measures(info, row_index, line, Placement::ChildOfPrevInRow, measures);
    }

    /// The item an assignment bracket on a line of its own belongs to: the
    /// measure just before it, or, after a list of sub-measures (（1）, ①),
    /// the measure that encloses them. `None` when that item has its own.
    fn bracket_target(&self) -> Option<usize> {
        let last = self.out.items.len().checked_sub(1)?;
        let style = self.out.items[last].marker.as_ref().map(|m| m.style);
        let target = match style {
            Some(s @ (Style::ParenArabic | Style::Circled)) => self.out.items[..last]
                .iter()
                .rposition(|i| i.marker.as_ref().is_some_and(|m| m.style < s))
                .unwrap_or(last),
            _ => last,
        };
        self.out.items[target].inline.is_none().then_some(target)
    }

    /// `| 15.推进… | … | 教育体育局 |` under `类别 | 事项 | … | 责任单位`, after a
    /// full row `| 四、教育文化 | 14.改扩建… | … |`: the row's first cells were
    /// merged into the row above and printed once (text copied out of a page
    /// keeps no empty cell for them), so its cells start as many columns
    /// later as it is short, where the full row's number of the same style
    /// stood.
    fn align_short_row(&mut self, cells: &mut [CellLines]) {
        let Some(width) = self.columns.iter().map(|(c, _)| c + 1).max() else { return };
        let Some(last) = cells.last().map(|c| c.col) else { return };
        if last + 1 == width {
            self.numbered_column = cells.iter().find_map(|c| {
                let text_column = matches!(self.column(c.col), Some(Column::Task | Column::Measure));
                text_column.then_some((c.col, c.number_style()?))
            });
            return;
        }
        let Some(short) = width.checked_sub(last + 1) else { return };
        if let Some((col, style)) = self.numbered_column
            && (1..=2).contains(&short)
            && col == short
            && cells.iter().enumerate().all(|(i, c)| c.col == i)
            && cells[0].number_style() == Some(style)
        {
            for c in cells.iter_mut() {
                c.col += short;
            }
        }
    }

    fn has_deadline_column(&self) -> bool {
        self.columns.iter().any(|(_, k)| *k == Column::Deadline)
    }

    fn column(&self, col: usize) -> Option<Column> {
        self.columns.iter().find(|(c, _)| *c == col).map(|(_, k)| *k)
    }

    fn row(&mut self, row: Row) {
        let cells: Vec<CellLines> = row
            .cells
            .into_iter()
            .map(|c| CellLines {
                col: c.col,
                lines: if c.text.contains('\n') {
                    c.text.split('\n').map(collapse_spaces).filter(|l| !l.is_empty()).collect()
                } else {
                    let line = collapse_spaces_owned(c.text);
                    if line.is_empty() { Vec::new() } else { vec![line] }
                },
                spanned: c.spanned,
            })
            .filter(|c| !c.lines.is_empty())
            .collect();
        if cells.is_empty() {
            return;
        }
        if self.header(&cells) {
            self.numbered_column = None;
            return;
        }
        let mut cells = cells;
        if row.tabular {
            self.align_short_row(&mut cells);
        }
        self.convention(&cells, row.line);
        if self.attachment_list(row.tabular, row.line, &cells) {
            return;
        }

        let row_index = self.out.rows.len();
        let mut info = RowInfo::default();
        let mut cell_phrases: Vec<Vec<Phrase>> = Vec::new();
        let mut labelled: Option<Phrase> = None;
        let mut labelled_lines = 0;
        let mut other_content = 0;
        let mut texts: Vec<(String, Option<Column>)> = Vec::new();
        let mut index_marker: Option<Marker> = None;

        // The first cell that is more than a row number: the measure's, in a
        // table without a header.
        let first_content_col =
            cells.iter().find(|c| c.lines.len() != 1 || bare_marker(&c.lines[0]).is_none()).map_or(0, |c| c.col);
        let mut departments_by_content = false;
        for cell in &cells {
            let kind = self.column(cell.col);
            // Only column-driven readings look at the cell as a whole.
            let whole_cell = cell.spanned
                || matches!(kind, Some(Column::Departments(_) | Column::Deadline | Column::Note | Column::Index));
            let joined = if whole_cell { cell.lines.join("\n") } else { String::new() };
            // Columns only hint: shifted rows put measures under 责任部门 and
            // departments under 备注, so a cell that reads as something else
            // falls through to the content rules below.
            let numbered = cell.lines.iter().any(|l| marker_at_start(l).is_some());
            match kind {
                Some(Column::Departments(role)) if !numbered => {
                    if let Some(ps) = phrases_in(&joined, role, false, row.line) {
                        cell_phrases.push(ps);
                        other_content += 1;
                        continue;
                    }
                }
                Some(Column::Deadline) if !numbered && joined.chars().count() <= 40 && !has_role_word(&joined) => {
                    info.deadlines.push(joined);
                    other_content += 1;
                    continue;
                }
                Some(Column::Note) if !numbered => {
                    if let Some(ps) = phrases_in(&joined, None, true, row.line) {
                        cell_phrases.push(ps);
                    } else if !self.has_deadline_column() && Deadline::looks_like_deadline(&joined) {
                        // Tables without a 完成时限 column put deadlines under 备注.
                        info.deadlines.push(joined);
                    } else {
                        info.notes.push(joined);
                    }
                    other_content += 1;
                    continue;
                }
                Some(Column::Other) => continue,
                Some(Column::Index) if !cell.spanned => {
                    if let Some(m) = bare_marker(&joined) {
                        index_marker = Some(m);
                        continue;
                    }
                }
                // A table without a header: a bare number opening the row
                // (`1 | 完成…改造 | 县教育局 |`) is the row's index.
                None if row.tabular && cell.col == 0 && cells.len() >= 2 && self.columns.is_empty() => {
                    if let Some(m) = cell.lines.first().filter(|_| cell.lines.len() == 1).and_then(|l| bare_marker(l)) {
                        index_marker = Some(m);
                        continue;
                    }
                }
                // 年度目标 beside an item in an earlier text column: that
                // item's description (a figure, a sentence), kept as its note.
                Some(Column::Task)
                    if self.target_columns.contains(&cell.col)
                        && !numbered
                        && cells.iter().any(|c| {
                            c.col < cell.col
                                && self.column(c.col) == Some(Column::Task)
                                && c.lines.iter().any(|l| !l.trim().is_empty())
                        }) =>
                {
                    info.notes.push(cell.lines.join("\n"));
                    other_content += 1;
                    continue;
                }
                // After the departments column (below) come progress and remarks, not measures.
                None if departments_by_content && !numbered => {
                    info.notes.push(cell.lines.join("\n"));
                    other_content += 1;
                    continue;
                }
                // Without a header (or beyond it), a cell after the measure's
                // that names only bodies (`县教育局`, `县民政局、县残联`) is the
                // row's departments column, read by its content.
                None if row.tabular && cell.col > first_content_col && !numbered => {
                    let whole = cell.lines.join("\n");
                    if whole.chars().count() <= 60
                        && let Some(ps) = phrases_in(&whole, None, false, row.line)
                    {
                        cell_phrases.push(ps);
                        other_content += 1;
                        departments_by_content = true;
                        continue;
                    }
                }
                _ => {}
            }
            if cell.spanned {
                // A merged cell repeated from the row above: its items were
                // read there; only department phrases apply to this row too.
                if let Some(ps) = phrases_in(&joined, None, true, row.line) {
                    cell_phrases.push(ps);
                }
                continue;
            }
            let mut this_cell: Vec<Phrase> = Vec::new();
            for line in &cell.lines {
                if self.hosted && host_label(line).is_some() {
                    labelled_lines += 1;
                    let p = parse_phrase_hosted(line, None, row.line, true);
                    match labelled.as_mut() {
                        Some(acc) => merge_phrase(acc, p),
                        None => labelled = Some(p),
                    }
                    continue;
                }
                if let Some((label, rest)) = split_label(line).filter(|_| !opens_with_sentence_tail(line)) {
                    labelled_lines += 1;
                    match label {
                        Label::Role(_) => {
                            let p = parse_phrase(line, None, row.line);
                            match labelled.as_mut() {
                                Some(acc) => merge_phrase(acc, p),
                                None => labelled = Some(p),
                            }
                        }
                        Label::Deadline => info.deadlines.push(rest.to_string()),
                        Label::Note => info.notes.push(rest.to_string()),
                        Label::Person => {}
                    }
                    continue;
                }
                other_content += 1;
                let first_item = self.out.items.len();
                for seg in split_numbered(line) {
                    // The 序号 cell numbers the row's item, unless this is a
                    // group cell (项目) and a later cell numbers its own.
                    let group_cell = matches!(kind, Some(Column::Task | Column::Area))
                        && numbered_later(&cells, cell.col, |c| self.column(c));
                    if group_cell && seg.marker.is_none() && !seg.text.is_empty() {
                        // The group heads the row's numbered items: placed first.
                        info.items.push(self.out.items.len());
                        self.out.items.push(RawItem {
                            row: row_index,
                            line: row.line,
                            marker: None,
                            placement: if kind == Some(Column::Area) {
                                Placement::AreaColumn
                            } else {
                                Placement::TaskColumn
                            },
                            text: clean_text(seg.text),
                            inline: None,
                            deadline: None,
                            body: None,
                        });
                        continue;
                    }
                    let from_index = seg.marker.is_none() && index_marker.is_some();
                    let marker = seg.marker.clone().or_else(|| index_marker.take());
                    info.numbered_by_index |= from_index;
                    if let Some(marker) = marker {
                        if !row.tabular
                            && let Some((head, rest, body)) = heading_then_text(seg.text, row.line)
                        {
                            // `（二）省审计厅牵头的工作 强化审计监督……`: lines run
                            // together; the heading, then its measure.
                            let measure = std::iter::once(split_inline(clean_text(&rest), row.line));
                            let heading = (marker, clean_text(&head), Some(body));
                            self.push_heading_with_measures(&mut info, row_index, row.line, heading, measure);
                            continue;
                        }
                        let cleaned = clean_text(seg.text);
                        if let Some(split) = split_under_title(&cleaned, marker.style, row.line, self.single_run_in) {
                            // A heading whose sentences each close with their
                            // own bracket: the heading, then one measure per bracket.
                            let heading = (marker, split.heading, None);
                            self.push_heading_with_measures(
                                &mut info,
                                row_index,
                                row.line,
                                heading,
                                split.measures.into_iter(),
                            );
                            continue;
                        }
                        // A heading that is a body's name, its other names
                        // in a bracket (`综合办公室（督查室、财务室）`): the
                        // bracket is no assignment.
                        let named_body = (cleaned.ends_with(['）', ')']) && !row.tabular)
                            .then(|| body_of_heading(&cleaned, row.line))
                            .flatten();
                        let (text, inline, deadline) = match named_body {
                            Some(_) => (cleaned, None, None),
                            None => match crate::inline::spaced_labels(seg.text, row.line) {
                                Some((t, p, d)) => (clean_text(&t), p, d),
                                None => split_inline(cleaned, row.line),
                            },
                        };
                        if inline.is_none() && self.repeats_open_heading(&marker, &text) {
                            // A heading printed again after a page break
                            // (a merged cell split across pages): the same item.
                            self.out.repeated.push((row.line, text));
                            continue;
                        }
                        let style = marker.style;
                        let body = match named_body {
                            Some(b) => Some(b),
                            None if inline.is_none() => body_of_heading(&text, row.line),
                            None => None,
                        };
                        info.items.push(self.out.items.len());
                        self.out.items.push(RawItem {
                            row: row_index,
                            line: row.line,
                            marker: Some(marker),
                            placement: Placement::Numbered(style),
                            text,
                            inline,
                            deadline,
                            body,
                        });
                        continue;
                    }
                    let text = seg.text;
                    if self.body_heading_lines.contains(&row.line)
                        && let Some(body) = body_of_heading(text, row.line)
                    {
                        info.items.push(self.out.items.len());
                        self.out.items.push(RawItem {
                            row: row_index,
                            line: row.line,
                            marker: None,
                            placement: Placement::BodyHeading,
                            text: text.to_string(),
                            inline: None,
                            deadline: None,
                            body: Some(body),
                        });
                        continue;
                    }
                    // A line wrapped out of the item above (PDF text) goes
                    // back to it before anything else is read into it.
                    if !row.tabular && self.item_is_wrapped(row_index) && self.continue_previous(text, row_index) {
                        continue;
                    }
                    if !row.tabular
                        && let Some(clauses) = enumerated_clauses(text, row.line)
                            .or_else(|| crate::prose::labelled_runs(text, row.line))
                            .or_else(|| crate::prose::quoted_tasks(text, row.line))
                            .or_else(|| crate::counted::counted_tasks(text, row.line))
                            .or_else(|| crate::counted::counted_before(text, row.line))
                            .or_else(|| crate::prose::closed_by_bodies(text, row.line))
                            .or_else(|| crate::inline::bracketed_sentences(text, row.line))
                    {
                        let measures = clauses.into_iter().map(|(t, p, d)| (clean_text(&t), p, d));
                        self.push_measures(&mut info, row_index, row.line, Placement::AfterLast, measures);
                        continue;
                    }
                    if !row.tabular
                        && let Some(duties) = duty_clauses(text, row.line)
                    {
                        let measures =
                            duties.into_iter().map(|(clause, phrase)| (clean_text(&clause), Some(phrase), None));
                        self.push_measures(&mut info, row_index, row.line, Placement::AfterLast, measures);
                        continue;
                    }
                    if !row.tabular
                        && let Some(phrase) = whole_bracket_phrase(text, row.line)
                        && let Some(target) = self.bracket_target()
                    {
                        self.out.items[target].inline = Some(phrase);
                        continue;
                    }
                    if !row.tabular
                        && let Some((phrase, _)) = leading_phrase(text, row.line)
                        && self.out.items.last().is_some_and(|last| {
                            last.inline.is_none()
                                && (last.row + 1 == row_index || self.continued_row.is_some_and(|r| r + 1 == row_index))
                        })
                        && let Some(last) = self.out.items.last_mut()
                    {
                        // The paragraph under a numbered heading that opens
                        // with its bodies: the heading's assignment.
                        last.inline = Some(phrase);
                        continue;
                    }
                    if let Some(ps) = phrases_in(text, None, true, row.line) {
                        this_cell.extend(ps);
                    } else if let Some(ps) = self.bare_units_after_measure(text, row_index, row.tabular, row.line) {
                        this_cell.extend(ps);
                    } else if Deadline::looks_like_deadline(text) && (row.tabular || !is_date_of_issue(text)) {
                        info.deadlines.push(text.to_string());
                    } else {
                        let (t, inline, deadline) = split_inline(clean_text(text), row.line);
                        if inline.is_some() {
                            info.items.push(self.out.items.len());
                            self.out.items.push(RawItem {
                                row: row_index,
                                line: row.line,
                                marker: None,
                                placement: if info.items.len() > 1 {
                                    Placement::ChildOfPrevInRow
                                } else {
                                    Placement::AfterLast
                                },
                                text: t,
                                inline,
                                deadline,
                                body: None,
                            });
                        } else {
                            texts.push((clean_text(text), kind));
                        }
                    }
                }
                self.share_closing_label(first_item);
            }
            if !this_cell.is_empty() {
                cell_phrases.push(this_cell);
            }
        }

        // Several department cells in one row (牵头单位 | 配合单位) make one
        // phrase; one cell may hold several phrases printed in sequence.
        if cell_phrases.len() > 1 && cell_phrases.iter().all(|ps| ps.len() == 1) {
            let mut merged = cell_phrases.remove(0).remove(0);
            for mut ps in cell_phrases.drain(..) {
                merge_phrase(&mut merged, ps.remove(0));
            }
            info.phrases.push(merged);
        } else {
            info.phrases.extend(cell_phrases.into_iter().flatten());
        }
        if let Some(p) = labelled {
            info.phrases.push(p);
        }

        for (text, kind) in texts {
            let placement = if !info.items.is_empty() && row.tabular {
                Some(Placement::ChildOfPrevInRow)
            } else {
                match kind {
                    Some(Column::Task) => Some(Placement::TaskColumn),
                    Some(Column::Area) => Some(Placement::AreaColumn),
                    Some(Column::Measure) => Some(Placement::AfterLast),
                    _ if row.tabular
                        && (!info.phrases.is_empty() || !info.deadlines.is_empty())
                        && !self.out.items.is_empty() =>
                    {
                        Some(Placement::AfterLast)
                    }
                    _ => None,
                }
            };
            match placement {
                Some(placement) => {
                    info.items.push(self.out.items.len());
                    self.out.items.push(RawItem {
                        row: row_index,
                        line: row.line,
                        marker: None,
                        placement,
                        text,
                        inline: None,
                        deadline: None,
                        body: None,
                    });
                }
                // The first paragraph under a heading that names its body
                // (`（一）县教育局牵头的工作`) is its measure, not its tail.
                None if !row.tabular
                    && self.out.items.last().is_some_and(|last| {
                        last.body.is_some() && last.marker.is_some() && last.row + 1 == row_index
                    })
                    && text.ends_with(['。', '；', ';']) =>
                {
                    let measure = std::iter::once(split_inline(text, row.line));
                    self.push_measures(&mut info, row_index, row.line, Placement::AfterLast, measure);
                }
                None => {
                    if !self.continue_previous(&text, row_index) {
                        self.out.loose.push(Loose {
                            attachment: false,
                            line: row.line,
                            text,
                            before_item: self.out.items.len(),
                            tabular: row.tabular,
                        });
                    }
                }
            }
        }

        info.labelled_only = labelled_lines > 0 && other_content == 0 && info.items.is_empty();
        if info.labelled_only
            && let Some(prev) = self.out.rows.last_mut().filter(|p| p.labelled_only)
        {
            // `牵头单位：` and `配合单位：` on consecutive lines are one phrase.
            let mut phrases = info.phrases.into_iter();
            if let Some(p) = phrases.next() {
                match prev.phrases.last_mut() {
                    Some(acc) => merge_phrase(acc, p),
                    None => prev.phrases.push(p),
                }
            }
            prev.phrases.extend(phrases);
            prev.deadlines.extend(info.deadlines);
            prev.notes.extend(info.notes);
            return;
        }
        self.out.rows.push(info);
    }

    /// Header rows name the columns (重点任务 | 责任部门 | 备注); they repeat
    /// on every page and are dropped.
    fn header(&mut self, cells: &[CellLines]) -> bool {
        let mut named = Vec::new();
        // Each column's header word, beside `named`.
        let mut words = Vec::new();
        let mut unknown = 0;
        for c in cells {
            // Header words are short; measures and phrases are not.
            if c.lines.iter().map(|l| l.len()).sum::<usize>() > 48 {
                return false;
            }
            let word = compact(&c.lines.join(""));
            match column_for_header(&word) {
                Some(k) => named.push((c.col, k)),
                // An unknown short label among known ones (范围, 分值) is a
                // column to ignore, not a reason to read the header as data.
                None if word.chars().count() <= 6 && !word.chars().any(|c| c.is_ascii_digit()) => {
                    named.push((c.col, Column::Other));
                    unknown += 1;
                }
                None => return false,
            }
            words.push(word);
        }
        assessors_aside(&mut named, &words);
        // Unknown labels may be as many as the known ones when the known
        // name both a text column and a departments column (序号 | 重点工作 |
        // 区本级 | 任务数 | 责任单位); otherwise at most half as many.
        let known = named.len() - unknown;
        let text = named.iter().any(|(_, k)| matches!(k, Column::Task | Column::Measure | Column::Area));
        let departments = named.iter().any(|(_, k)| matches!(k, Column::Departments(_)));
        let allowed = if text && departments { known } else { known / 2 };
        if known < 2 || unknown > allowed {
            return false;
        }
        // A second text column that states the first one's target (事项 |
        // 年度目标): where a row fills both, it describes the row's item.
        self.target_columns.clear();
        let mut seen_text = false;
        for ((col, kind), word) in named.iter().zip(&words) {
            if *kind == Column::Task {
                let target = ["目标", "目標", "指标", "指標"].iter().any(|w| word.ends_with(w) || word.starts_with(w));
                if seen_text && target {
                    self.target_columns.push(*col);
                }
                seen_text = true;
            }
        }
        self.columns = named;
        true
    }

    /// A cover letter's list of attachments (`附件：1. 重点任务分工表` and the
    /// numbered titles under it) names documents, not measures: kept as
    /// loose text (a title candidate), never items.
    fn attachment_list(&mut self, tabular: bool, line_no: usize, cells: &[CellLines]) -> bool {
        if tabular || cells.len() != 1 || cells[0].lines.len() != 1 {
            self.in_attachments = false;
            return false;
        }
        let line = cells[0].lines[0].trim();
        let opens = ["附件：", "附件:", "附件１", "附件1"].iter().any(|w| line.starts_with(w))
            && marker_at_start(line.trim_start_matches("附件").trim_start_matches(['：', ':'])).is_some();
        let continues = self.in_attachments
            && marker_at_start(line).is_some()
            && !has_role_word(line)
            && line.trim_end_matches(['。', '；', ';']).ends_with(['表', '案', '单', '划', '则', '见', '要', '点']);
        self.in_attachments = opens || continues;
        if self.in_attachments {
            self.out.loose.push(Loose {
                attachment: true,
                line: line_no,
                text: clean_text(line),
                before_item: self.out.items.len(),
                tabular: false,
            });
        }
        self.in_attachments
    }

    /// A stated "first listed leads" convention, wherever a row states it.
    fn convention(&mut self, cells: &[CellLines], line: usize) {
        if self.out.convention.is_some() {
            return;
        }
        // Cheap test first: this runs on every row.
        let may_state = |l: &&String| {
            (l.contains("牵头") || l.contains("牽頭")) && (l.contains("第一") || l.contains("首位") || l.contains("排"))
        };
        let stated = cells
            .iter()
            .flat_map(|c| c.lines.iter())
            .filter(may_state)
            .find_map(|l| Some((l, states_first_listed_leads(l)?)));
        if let Some((text, others)) = stated {
            let own_line = marker_at_start(text).is_none()
                && (text.chars().count() <= 80 || text.starts_with(['注', '註', '说', '說', '（', '(', '*', '※']));
            self.out.convention = Some(FirstListedLeads { others, line, from_here: !own_line });
        }
    }

    /// A paragraph that carries on the item before it (a measure printed over
    /// two paragraphs). Only full sentences qualify, so page furniture such
    /// as 打印本页 is not glued onto a measure.
    ///
    /// Text extracted from PDFs wraps lines mid-sentence: a long item line
    /// that stops without closing punctuation continues on the next line,
    /// whatever its length.
    /// Whether the item on the row just before stops mid-sentence after a
    /// long line: the mark of a line wrapped by PDF text extraction.
    fn item_is_wrapped(&self, row_index: usize) -> bool {
        let Some(last) = self.out.items.last() else { return false };
        let adjacent = last.row + 1 == row_index || self.continued_row.is_some_and(|r| r + 1 == row_index);
        adjacent
            && last.inline.is_none()
            && last.text.chars().count() >= 20
            && !last.text.ends_with(['。', '；', ';', '！', '!', '？', '?', '：', ':', '）', ')'])
    }

    /// `1.规范依申请公开办理。` / `办公室` / `长期`: a line of bodies' names
    /// alone, right below a numbered measure that has none (a table copied
    /// one cell per line without its header): the measure's units, read as a
    /// bare list. Not a body's heading over a list restarting at 1 (that is
    /// `body_heading_lines`).
    fn bare_units_after_measure(
        &self,
        text: &str,
        row_index: usize,
        tabular: bool,
        line: usize,
    ) -> Option<Vec<Phrase>> {
        let last = self.out.items.last()?;
        let adjacent = last.row + 1 == row_index;
        if tabular || !adjacent || last.inline.is_some() || last.marker.is_none() || last.body.is_some() {
            return None;
        }
        let t = text.trim().trim_end_matches(['。', '；', ';']);
        // Names alone: no role or label words, no sentence (`…的责任单位均为…`).
        if t.is_empty() || t.chars().count() > 60 || t.contains(['。', '：', ':', '的', '为', '為']) || has_role_word(t)
        {
            return None;
        }
        let p = parse_phrase(t, None, line);
        (!p.names.is_empty() && p.is_plausible() && p.names.iter().all(|n| looks_like_org(&n.name))).then(|| vec![p])
    }

    fn continue_previous(&mut self, text: &str, row_index: usize) -> bool {
        let wrapped = self.item_is_wrapped(row_index);
        let Some(last) = self.out.items.last_mut() else {
            return false;
        };
        let adjacent = last.row + 1 == row_index || self.continued_row.is_some_and(|r| r + 1 == row_index);
        if !adjacent || last.inline.is_some() {
            return false;
        }
        let ends_sentence = text.ends_with(['。', '；', ';', '：', '！']);
        if !(wrapped || ends_sentence && text.chars().count() >= 10) {
            return false;
        }
        let joined = format!("{}{}", last.text, text);
        let (t, inline, deadline) = split_inline(joined, last.line);
        last.text = t;
        last.inline = inline;
        last.deadline = last.deadline.take().or(deadline);
        self.continued_row = Some(row_index);
        true
    }
}

/// `水平。（牵头单位：省民政厅）`: the tail of a sentence wrapped from the
/// line above, then its bracket — not a line that opens with a label.
fn opens_with_sentence_tail(line: &str) -> bool {
    let Some(colon) = line.find(['：', ':']) else { return false };
    let head = &line[..colon];
    let Some(open) = head.rfind(['（', '(']) else { return false };
    !head[open..].contains(['）', ')']) && head[..open].trim_end().ends_with(['。', '；', ';', '，', ','])
}

/// Whether a text column after `col` (a task or measure column, not notes
/// or scoring rules) starts with its own numbering.
fn numbered_later(cells: &[CellLines], col: usize, column: impl Fn(usize) -> Option<Column>) -> bool {
    cells
        .iter()
        .filter(|c| c.col > col && matches!(column(c.col), Some(Column::Task | Column::Measure)))
        .any(|c| c.lines.iter().any(|l| marker_at_start(l).is_some()))
}

/// `2024年2月1日` alone on a line: the date a letter was signed or a page
/// published, not a deadline (deadlines are given to the month or labelled).
fn is_date_of_issue(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut parts = t.trim_end_matches('日').split(['年', '月']);
    let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    t.ends_with('日')
        && y.len() == 4
        && [y, m, d]
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || "〇一二三四五六七八九十○".contains(c)))
}

/// A cell that is only a number (`3`, `一`, `（二）`) from a 序号 column.
fn bare_marker(s: &str) -> Option<Marker> {
    let t = s.trim();
    if let Some(m) = marker_at_start(t) {
        if m.len >= t.len() {
            return Some(m);
        }
        return None;
    }
    if !t.is_empty() && t.chars().count() <= 2 && t.chars().all(|c| c.is_ascii_digit()) {
        let value = t.parse().ok()?;
        return Some(Marker { style: Style::ArabicDot, value, label: value.to_string(), len: t.len() });
    }
    let v = chinese_value(t)?;
    Some(Marker { style: Style::ChineseComma, value: v, label: t.to_string(), len: t.len() })
}

/// Joins the lines of a list wrapped after a joiner (`、` `，` `会同` `和`).
fn unwrap_list_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        let continues = LIST_JOINERS.iter().any(|j| out.ends_with(j));
        if !out.is_empty() && !continues {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// Reads `text` as one or more department phrases, or `None` if it is not.
/// Outside department columns a role verb is required.
fn phrases_in(text: &str, default_role: Option<Role>, need_role_word: bool, line: usize) -> Option<Vec<Phrase>> {
    if text.contains('。') && text.trim_end_matches('。').contains('。') {
        return None;
    }
    if need_role_word && !has_role_word(text) {
        return None;
    }
    // A list wrapped over lines (`综合规划处会同\n科学技术处、\n新兴产业处`):
    // a line that ends with a joiner continues on the next.
    let unwrapped;
    let wrapped = |l: &str| LIST_JOINERS.iter().any(|j| l.trim_end().ends_with(j));
    let text = if text.contains('\n') && text.split('\n').any(wrapped) {
        unwrapped = unwrap_list_lines(text);
        unwrapped.as_str()
    } else {
        text
    };
    // A department cell with one body per paragraph (`<p>A</p><p>B</p>`):
    // one list, not a phrase per line.
    let joined;
    let text = if default_role.is_some() && text.contains('\n') && !has_role_word(text) {
        joined = text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("、");
        joined.as_str()
    } else {
        text
    };
    let mut out = Vec::new();
    for piece in text.split('\n').flat_map(split_phrases) {
        let p = parse_phrase(piece, default_role, line);
        if p.names.is_empty() && !p.deadlines.is_empty() {
            continue;
        }
        if !p.is_plausible() {
            return None;
        }
        out.push(p);
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_index_cells() {
        assert_eq!(bare_marker("3").map(|m| m.value), Some(3));
        assert_eq!(bare_marker("一、").map(|m| m.style), Some(Style::ChineseComma));
        assert!(bare_marker("做事").is_none());
    }
}
