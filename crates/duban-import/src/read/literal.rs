//! Data literals as found in data files and source code: JSON, and
//! JavaScript / TypeScript object and array literals (unquoted keys, single
//! quotes and template strings, trailing commas, comments), read as data and
//! never executed. A literal cut off before its closing brackets (a file
//! saved or pasted in part) is closed where it stops; the record cut in the
//! middle keeps what was read of it.

/// A value of a literal. Numbers and identifiers (`true`, `null`, a
/// variable) are kept as text: the importer needs them only as labels.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    List(Vec<(usize, Value)>),
    /// Keys in source order, each with the byte offset where its value starts.
    Record(Vec<(String, usize, Value)>),
}

/// Nesting deeper than this is refused (a literal that deep is not a plan).
const MAX_DEPTH: usize = 64;

/// The literals in `src` that contain at least one record: every top-level
/// `[`…`]` or `{`…`}` that parses, with its starting byte offset. Code
/// between them (functions, markup) is skipped.
pub fn literals(src: &str) -> Vec<(usize, Value)> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'[' | b'{' => {
                let mut p = Parser { src, bytes, pos: i, depth: 0 };
                if let Some(v) = p.value()
                    && has_record(&v)
                {
                    out.push((i, v));
                    i = p.pos.max(i + 1);
                    continue;
                }
                i += 1;
            }
            b'"' | b'\'' | b'`' => {
                // Skip strings of code, so brackets inside them do not start a literal.
                let mut p = Parser { src, bytes, pos: i, depth: 0 };
                p.string();
                i = p.pos.max(i + 1);
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') || bytes.get(i + 1) == Some(&b'*') => {
                let mut p = Parser { src, bytes, pos: i, depth: 0 };
                p.skip_space();
                i = p.pos.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

fn has_record(v: &Value) -> bool {
    match v {
        Value::Text(_) => false,
        Value::Record(fields) => {
            fields.iter().any(|(_, _, v)| matches!(v, Value::Text(t) if t.chars().any(crate::clean::is_cjk)))
        }
        Value::List(items) => items.iter().any(|(_, v)| has_record(v)),
    }
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if b.is_ascii_whitespace() {
                self.pos += 1;
            } else if b == b'/' && self.bytes.get(self.pos + 1) == Some(&b'/') {
                while self.peek().is_some_and(|b| b != b'\n') {
                    self.pos += 1;
                }
            } else if b == b'/' && self.bytes.get(self.pos + 1) == Some(&b'*') {
                self.pos += 2;
                while !(self.at_end() || self.peek() == Some(b'*') && self.bytes.get(self.pos + 1) == Some(&b'/')) {
                    self.pos += 1;
                }
                self.pos = (self.pos + 2).min(self.bytes.len());
            } else {
                break;
            }
        }
    }

    /// A value; `None` when the text here is code, not a literal.
    fn value(&mut self) -> Option<Value> {
        self.skip_space();
        match self.peek()? {
            b'{' => self.record(),
            b'[' => self.list(),
            b'"' | b'\'' | b'`' => Some(Value::Text(self.string())),
            b if b == b'-' || b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'.' => {
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.' | b'-' | b'+'))
                {
                    self.pos += 1;
                }
                Some(Value::Text(self.src[start..self.pos].to_string()))
            }
            _ => None,
        }
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn list(&mut self) -> Option<Value> {
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                None => break, // cut off: close here
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let at = self.pos;
            let v = self.value()?;
            items.push((at, v));
            self.skip_space();
            match self.peek() {
                None | Some(b',') | Some(b']') => {}
                _ => return None,
            }
        }
        self.depth -= 1;
        Some(Value::List(items))
    }

    fn record(&mut self) -> Option<Value> {
        self.enter()?;
        self.pos += 1;
        let mut fields = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let key = match self.peek()? {
                b'"' | b'\'' | b'`' => self.string(),
                b if b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80 => {
                    let start = self.pos;
                    while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80)
                    {
                        self.pos += 1;
                    }
                    self.src.get(start..self.pos)?.to_string()
                }
                _ => return None,
            };
            self.skip_space();
            if self.at_end() {
                break;
            }
            if self.peek() != Some(b':') {
                return None;
            }
            self.pos += 1;
            self.skip_space();
            if self.at_end() {
                break;
            }
            let at = self.pos;
            let v = self.value()?;
            fields.push((key, at, v));
            self.skip_space();
            match self.peek() {
                None | Some(b',') | Some(b'}') => {}
                _ => return None,
            }
        }
        self.depth -= 1;
        Some(Value::Record(fields))
    }

    /// A quoted string with its escapes decoded; a string cut off by the end
    /// of the text keeps what was read.
    fn string(&mut self) -> String {
        let quote = self.bytes[self.pos];
        self.pos += 1;
        let mut out = String::new();
        let mut chars = self.src[self.pos..].char_indices();
        while let Some((k, c)) = chars.next() {
            if c as u32 == quote as u32 {
                self.pos += k + 1;
                return out;
            }
            if c == '\\' {
                match chars.next() {
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, 'r')) => {}
                    Some((_, 'u')) => {
                        let hex: String = chars.by_ref().take(4).map(|(_, c)| c).collect();
                        if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            out.push(c);
                        }
                    }
                    Some((_, other)) => out.push(other),
                    None => break,
                }
                continue;
            }
            if c == '\n' && quote != b'`' {
                // An unclosed quote in code: stop at the line's end.
                self.pos += k;
                return out;
            }
            out.push(c);
        }
        self.pos = self.bytes.len();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: &Value, key: &str) -> Option<String> {
        match v {
            Value::Record(f) => f.iter().find(|(k, _, _)| k == key).and_then(|(_, _, v)| match v {
                Value::Text(t) => Some(t.clone()),
                _ => None,
            }),
            _ => None,
        }
    }

    #[test]
    fn json_and_js_literals_in_code() {
        let src = r#"
import x from 'y';
// 说明 [不是数据]
const plan = [
  { task: '修缮乡村学校', unit: "镇教育办牵头，镇财政所配合", due: `2025年底`, },
  /* 第二条 */
  { 'task': "建设\"口袋公园\"", unit: '镇城建办', },
];
function f(a) { return a[0]; }
"#;
        let found = literals(src);
        assert_eq!(found.len(), 1);
        let Value::List(items) = &found[0].1 else { panic!("a list") };
        assert_eq!(items.len(), 2);
        assert_eq!(text(&items[0].1, "due").as_deref(), Some("2025年底"));
        assert_eq!(text(&items[1].1, "task").as_deref(), Some("建设\"口袋公园\""));
    }

    #[test]
    fn a_cut_off_literal_keeps_what_was_read() {
        let src = r#"[{"事项": "开通城乡公交", "牵头单位": "区交通局"}, {"事项": "新建充电桩", "牵头"#;
        let found = literals(src);
        let Value::List(items) = &found[0].1 else { panic!("a list") };
        assert_eq!(items.len(), 2);
        assert_eq!(text(&items[1].1, "事项").as_deref(), Some("新建充电桩"));
    }
}
