//! HTML: tables (with `rowspan`/`colspan` laid out on a grid) and flowing
//! paragraphs, read with html5ever's tokenizer so every row keeps its source
//! line. Scripts, styles and the `<head>` (but for `<title>`) are skipped.

use super::{Cell, Row};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use std::cell::RefCell;

/// Reads an HTML document into rows.
pub fn read_html(text: &str) -> Vec<Row> {
    let sink = Sink { state: RefCell::new(State::default()) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(text));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut state = tokenizer.sink.state.into_inner();
    state.flush_paragraph();
    state.rows
}

struct Sink {
    state: RefCell<State>,
}

/// A cell still open, or merged down into later rows.
#[derive(Debug, Clone)]
struct OpenCell {
    text: String,
    col: usize,
    colspan: usize,
    rowspan: usize,
}

#[derive(Debug, Default)]
struct Table {
    /// Cells of the row being read.
    row: Vec<Cell>,
    row_line: usize,
    in_row: bool,
    col: usize,
    cell: Option<OpenCell>,
    /// Cells from earlier rows still spanning down: (col, colspan, rows left, text).
    spans: Vec<(usize, usize, usize, String)>,
    /// Spans opened by the row being read; they cover the rows below it.
    new_spans: Vec<(usize, usize, usize, String)>,
}

#[derive(Debug, Default)]
struct State {
    rows: Vec<Row>,
    tables: Vec<Table>,
    para: String,
    para_line: usize,
    skip_depth: usize,
    in_title: bool,
    title: String,
    title_line: usize,
}

fn attr_usize(tag: &Tag, name: &str) -> usize {
    tag.attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .and_then(|a| a.value.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 1000)
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
            | "article"
            | "ul"
            | "ol"
            | "dd"
            | "dt"
            | "blockquote"
            | "hr"
            | "header"
            | "footer"
            | "nav"
            | "center"
            | "pre"
    )
}

impl State {
    fn text(&mut self, s: &str, line: usize) {
        if self.skip_depth > 0 {
            return;
        }
        if self.in_title {
            if self.title.is_empty() {
                self.title_line = line;
            }
            self.title.push_str(s);
            return;
        }
        if let Some(table) = self.tables.last_mut()
            && let Some(cell) = table.cell.as_mut()
        {
            if table.row_line == 0 && !s.trim().is_empty() {
                table.row_line = line;
            }
            cell.text.push_str(s);
            return;
        }
        // Text between cells is stray; keep it as a paragraph.
        if self.para.trim().is_empty() && !s.trim().is_empty() {
            self.para_line = line;
        }
        self.para.push_str(s);
    }

    fn flush_paragraph(&mut self) {
        let text = std::mem::take(&mut self.para);
        if !text.trim().is_empty() {
            self.rows.push(Row::paragraph(self.para_line.max(1), text.trim().to_string()));
        }
    }

    fn block_break(&mut self) {
        if let Some(table) = self.tables.last_mut()
            && let Some(cell) = table.cell.as_mut()
        {
            cell.text.push('\n');
            return;
        }
        self.flush_paragraph();
    }

    fn start_row(&mut self, line: usize) {
        self.end_row();
        if let Some(t) = self.tables.last_mut() {
            t.in_row = true;
            t.row.clear();
            t.col = 0;
            t.row_line = 0;
            let _ = line;
        }
    }

    fn end_cell(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        if let Some(cell) = t.cell.take() {
            let text = cell.text.trim().to_string();
            if cell.rowspan > 1 {
                t.new_spans.push((cell.col, cell.colspan, cell.rowspan - 1, text.clone()));
            }
            t.row.push(Cell { text, col: cell.col, spanned: false });
        }
    }

    /// Places the next cell after any column still covered from above.
    fn next_free_col(t: &mut Table) -> usize {
        loop {
            let col = t.col;
            if let Some(pos) = t.spans.iter().position(|(c, span, left, _)| *left > 0 && col >= *c && col < c + span) {
                let (c, span, _, text) = t.spans[pos].clone();
                if col == c {
                    t.row.push(Cell { text, col: c, spanned: true });
                }
                t.col = c + span;
            } else {
                return col;
            }
        }
    }

    fn end_row(&mut self) {
        self.end_cell();
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        if !t.in_row {
            return;
        }
        t.in_row = false;
        // Columns still covered to the right of the last cell.
        let mut trailing: Vec<Cell> = t
            .spans
            .iter()
            .filter(|(c, _, left, _)| *left > 0 && *c >= t.col)
            .map(|(c, _, _, text)| Cell { text: text.clone(), col: *c, spanned: true })
            .collect();
        t.row.append(&mut trailing);
        for s in t.spans.iter_mut() {
            s.2 = s.2.saturating_sub(1);
        }
        t.spans.retain(|s| s.2 > 0);
        let opened = std::mem::take(&mut t.new_spans);
        t.spans.extend(opened);
        let mut cells = std::mem::take(&mut t.row);
        cells.sort_by_key(|c| c.col);
        let line = t.row_line.max(1);
        if cells.iter().any(|c| !c.text.trim().is_empty()) {
            self.rows.push(Row { line, cells, tabular: true });
        }
    }

    fn tag(&mut self, tag: Tag, line: usize) -> Option<RawKind> {
        let name: &str = &tag.name;
        match (tag.kind, name) {
            (StartTag, "script" | "style" | "noscript" | "template") if !tag.self_closing => {
                self.skip_depth += 1;
                return Some(if name == "script" { RawKind::ScriptData } else { RawKind::Rawtext });
            }
            (EndTag, "script" | "style" | "noscript" | "template") => {
                self.skip_depth = self.skip_depth.saturating_sub(1);
            }
            (StartTag, "title") => {
                self.in_title = true;
                return Some(RawKind::Rcdata);
            }
            (EndTag, "title") => {
                self.in_title = false;
                let title = std::mem::take(&mut self.title);
                if !title.trim().is_empty() {
                    self.rows.push(Row::paragraph(self.title_line.max(1), title.trim().to_string()));
                }
            }
            (StartTag, "table") => {
                self.flush_paragraph();
                if self.tables.len() < 32 {
                    self.tables.push(Table::default());
                }
            }
            (EndTag, "table") => {
                self.end_row();
                self.tables.pop();
            }
            (StartTag, "tr") if !self.tables.is_empty() => self.start_row(line),
            (EndTag, "tr") if !self.tables.is_empty() => self.end_row(),
            (StartTag, "td" | "th") if !self.tables.is_empty() => {
                self.end_cell();
                let t = self.tables.last_mut()?;
                if !t.in_row {
                    t.in_row = true;
                    t.row.clear();
                    t.col = 0;
                    t.row_line = 0;
                }
                let col = State::next_free_col(t);
                let colspan = attr_usize(&tag, "colspan");
                let rowspan = attr_usize(&tag, "rowspan");
                t.cell = Some(OpenCell { text: String::new(), col, colspan, rowspan });
                t.col = col + colspan;
            }
            (EndTag, "td" | "th") if !self.tables.is_empty() => self.end_cell(),
            (_, n) if is_block(n) => self.block_break(),
            _ => {}
        }
        None
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        let line = usize::try_from(line_number).unwrap_or(usize::MAX);
        let mut state = self.state.borrow_mut();
        match token {
            CharacterTokens(t) => state.text(&t, line),
            TagToken(tag) => {
                if let Some(kind) = state.tag(tag, line) {
                    return TokenSinkResult::RawData(kind);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rowspan_and_colspan() {
        let html = "<table>\n<tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>\n\
            <tr><td colspan=3>一、总体</td></tr>\n\
            <tr><td>1</td><td rowspan=2>做事</td><td rowspan=2>市财政局</td></tr>\n\
            <tr><td>2</td></tr>\n</table>";
        let rows = read_html(html);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1].cells.len(), 1);
        let last = &rows[3];
        assert_eq!(last.line, 5);
        let texts: Vec<_> = last.cells.iter().map(|c| (c.col, c.text.as_str(), c.spanned)).collect();
        assert_eq!(texts, vec![(0, "2", false), (1, "做事", true), (2, "市财政局", true)]);
    }

    #[test]
    fn paragraphs_skip_scripts() {
        let rows = read_html(
            "<html><head><title>方案</title><script>var a='<p>x</p>';</script></head><body><p>一、总体</p><p>1.&nbsp;做事<br>第二行</p></body></html>",
        );
        let texts: Vec<_> = rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(texts, vec!["方案", "一、总体", "1.\u{a0}做事", "第二行"]);
    }
}
