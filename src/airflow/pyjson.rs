//! JSON exactly as CPython's `json` module reads and writes it.
//!
//! Airflow's texts are produced by `json.dumps` and read by `json.loads`, and those differ from
//! serde_json in ways that change stored bytes: `NaN`/`Infinity` are accepted, integers are
//! unbounded, a duplicate key keeps its first position with the last value, floats print with
//! Python's `repr` (`1000.0`, `1e+16`), and output is ASCII-escaped by default.

use std::fmt::Write as _;

/// A value as Python's `json.loads` returns it.
#[derive(Debug, Clone)]
pub enum PyValue {
    Null,
    Bool(bool),
    /// Python ints are unbounded: kept as canonical decimal text.
    Int(String),
    Float(f64),
    Str(String),
    List(Vec<PyValue>),
    /// Insertion-ordered, keys unique (Python dict semantics).
    Dict(Vec<(String, PyValue)>),
}

impl PartialEq for PyValue {
    /// Structural equality as a test of "reads back the same": dict order is ignored like
    /// Python's `==`, and NaN equals NaN (the same bytes read back).
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (PyValue::Null, PyValue::Null) => true,
            (PyValue::Bool(a), PyValue::Bool(b)) => a == b,
            (PyValue::Int(a), PyValue::Int(b)) | (PyValue::Str(a), PyValue::Str(b)) => a == b,
            (PyValue::Float(a), PyValue::Float(b)) => a == b || (a.is_nan() && b.is_nan()),
            (PyValue::List(a), PyValue::List(b)) => a == b,
            (PyValue::Dict(a), PyValue::Dict(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.iter().any(|(k2, v2)| k == k2 && v == v2))
            }
            _ => false,
        }
    }
}

impl PyValue {
    /// Python truthiness.
    pub fn is_truthy(&self) -> bool {
        match self {
            PyValue::Null => false,
            PyValue::Bool(b) => *b,
            PyValue::Int(i) => i != "0",
            PyValue::Float(f) => *f != 0.0,
            PyValue::Str(s) => !s.is_empty(),
            PyValue::List(l) => !l.is_empty(),
            PyValue::Dict(d) => !d.is_empty(),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyValue::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_dict(&self) -> Option<&[(String, PyValue)]> {
        match self {
            PyValue::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// `dict.get(key)`.
    pub fn get(&self, key: &str) -> Option<&PyValue> {
        self.as_dict()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Python's type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            PyValue::Null => "NoneType",
            PyValue::Bool(_) => "bool",
            PyValue::Int(_) => "int",
            PyValue::Float(_) => "float",
            PyValue::Str(_) => "str",
            PyValue::List(_) => "list",
            PyValue::Dict(_) => "dict",
        }
    }

    /// Inserts with Python dict semantics: an existing key keeps its position.
    /// A Python dict built from pairs in order (see [`dict_entries`]).
    pub fn dict(pairs: impl IntoIterator<Item = (String, PyValue)>) -> PyValue {
        PyValue::Dict(dict_entries(pairs))
    }

    pub fn dict_insert(entries: &mut Vec<(String, PyValue)>, key: String, value: PyValue) {
        if let Some(slot) = entries.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
        } else {
            entries.push((key, value));
        }
    }

    /// From a serde_json value (`preserve_order`), as Python would hold it.
    pub fn from_serde(v: &serde_json::Value) -> PyValue {
        match v {
            serde_json::Value::Null => PyValue::Null,
            serde_json::Value::Bool(b) => PyValue::Bool(*b),
            serde_json::Value::Number(n) => {
                if n.is_f64() {
                    PyValue::Float(n.as_f64().unwrap_or(f64::NAN))
                } else {
                    PyValue::Int(n.to_string())
                }
            }
            serde_json::Value::String(s) => PyValue::Str(s.clone()),
            serde_json::Value::Array(a) => {
                PyValue::List(a.iter().map(PyValue::from_serde).collect())
            }
            serde_json::Value::Object(o) => PyValue::Dict(
                o.iter()
                    .map(|(k, v)| (k.clone(), PyValue::from_serde(v)))
                    .collect(),
            ),
        }
    }

    /// To serde_json for machine output; non-finite floats have no JSON form and become null.
    pub fn to_serde(&self) -> serde_json::Value {
        match self {
            PyValue::Null => serde_json::Value::Null,
            PyValue::Bool(b) => serde_json::Value::Bool(*b),
            PyValue::Int(i) => i
                .parse::<i64>()
                .map(serde_json::Value::from)
                .or_else(|_| i.parse::<u64>().map(serde_json::Value::from))
                .unwrap_or_else(|_| serde_json::Value::String(i.clone())),
            PyValue::Float(f) => serde_json::Number::from_f64(*f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            PyValue::Str(s) => serde_json::Value::String(s.clone()),
            PyValue::List(l) => serde_json::Value::Array(l.iter().map(PyValue::to_serde).collect()),
            PyValue::Dict(d) => serde_json::Value::Object(
                d.iter().map(|(k, v)| (k.clone(), v.to_serde())).collect(),
            ),
        }
    }
}

/// A Python dict's entries built from pairs in order: a repeated key keeps its first place
/// and takes the last value (a map index keeps it linear).
pub fn dict_entries(pairs: impl IntoIterator<Item = (String, PyValue)>) -> Vec<(String, PyValue)> {
    let mut entries: Vec<(String, PyValue)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (k, v) in pairs {
        if let Some(&i) = at.get(&k) {
            entries[i].1 = v;
        } else {
            at.insert(k.clone(), entries.len());
            entries.push((k, v));
        }
    }
    entries
}

/// A `json.loads` failure, worded like Python's `JSONDecodeError`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{msg}: line {line} column {column} (char {pos})")]
pub struct JsonError {
    pub msg: &'static str,
    /// Character offset, as Python counts.
    pub pos: usize,
    pub line: usize,
    pub column: usize,
}

/// `json.loads(text)`.
pub fn loads(text: &str) -> Result<PyValue, JsonError> {
    let mut p = Parser::new(text);
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("Extra data"));
    }
    Ok(v)
}

/// A key, the line it is on, and its value.
pub type LineEntry = (String, usize, PyValue);

/// A top-level JSON object's entries in file order, each with the line its key is on;
/// duplicate keys are all kept (callers decide). None when the text is not an object.
pub fn loads_object_entries(text: &str) -> Result<Option<Vec<LineEntry>>, JsonError> {
    let mut p = Parser::new(text);
    p.ws();
    if p.peek() != Some(b'{') {
        return loads(text).map(|_| None);
    }
    p.i += 1;
    let mut entries = Vec::new();
    p.ws();
    if p.peek() == Some(b'}') {
        p.i += 1;
    } else {
        loop {
            if p.peek() != Some(b'"') {
                return Err(p.err("Expecting property name enclosed in double quotes"));
            }
            let line = p.line();
            let key = p.string()?;
            p.ws();
            if p.peek() != Some(b':') {
                return Err(p.err("Expecting ':' delimiter"));
            }
            p.i += 1;
            p.ws();
            entries.push((key, line, p.value(1)?));
            p.ws();
            match p.peek() {
                Some(b',') => {
                    p.i += 1;
                    p.ws();
                }
                Some(b'}') => {
                    p.i += 1;
                    break;
                }
                _ => return Err(p.err("Expecting ',' delimiter")),
            }
        }
    }
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("Extra data"));
    }
    Ok(Some(entries))
}

/// Nesting deeper than this is refused instead of overflowing the stack (Python raises
/// RecursionError at about 1000 as well).
const MAX_DEPTH: usize = 512;

/// Parses the UTF-8 bytes in place (one byte of memory per byte of input, not a `char`);
/// positions in errors are counted in characters, as Python counts them, only when an
/// error is raised. Line numbers are counted forward as parsing goes, so a file of n keys
/// costs O(n), not O(n^2).
struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    /// Newlines counted up to `line_at`.
    lines: usize,
    line_at: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            s: text.as_bytes(),
            i: 0,
            lines: 0,
            line_at: 0,
        }
    }

    /// The 1-based line of the current position (positions only move forward).
    fn line(&mut self) -> usize {
        let end = self.i.min(self.s.len());
        if end >= self.line_at {
            self.lines += self.text[self.line_at..end].matches('\n').count();
            self.line_at = end;
        }
        self.lines + 1
    }

    fn err(&self, msg: &'static str) -> JsonError {
        let end = self.i.min(self.s.len());
        // `i` is always on a character boundary: it only stops at ASCII bytes.
        let before = self.text.get(..end).unwrap_or(self.text);
        let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |nl| nl + 1);
        JsonError {
            msg,
            pos: before.chars().count(),
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn starts_with(&self, word: &str) -> bool {
        self.s[self.i..].starts_with(word.as_bytes())
    }

    fn value(&mut self, depth: usize) -> Result<PyValue, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.err("Nesting too deep"));
        }
        match self.peek() {
            Some(b'"') => Ok(PyValue::Str(self.string()?)),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'n') if self.starts_with("null") => {
                self.i += 4;
                Ok(PyValue::Null)
            }
            Some(b't') if self.starts_with("true") => {
                self.i += 4;
                Ok(PyValue::Bool(true))
            }
            Some(b'f') if self.starts_with("false") => {
                self.i += 5;
                Ok(PyValue::Bool(false))
            }
            Some(b'N') if self.starts_with("NaN") => {
                self.i += 3;
                Ok(PyValue::Float(f64::NAN))
            }
            Some(b'I') if self.starts_with("Infinity") => {
                self.i += 8;
                Ok(PyValue::Float(f64::INFINITY))
            }
            Some(b'-') if self.starts_with("-Infinity") => {
                self.i += 9;
                Ok(PyValue::Float(f64::NEG_INFINITY))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("Expecting value")),
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    fn number(&mut self) -> Result<PyValue, JsonError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => {
                self.i = start;
                return Err(self.err("Expecting value"));
            }
        }
        let mut is_float = false;
        if self.peek() == Some(b'.') && matches!(self.s.get(self.i + 1), Some(b'0'..=b'9')) {
            is_float = true;
            self.i += 1;
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let mut j = self.i + 1;
            if matches!(self.s.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if matches!(self.s.get(j), Some(b'0'..=b'9')) {
                is_float = true;
                self.i = j;
                self.digits();
            }
        }
        let text = &self.text[start..self.i];
        // Python's int() refuses more digits than this (ValueError), and so does json.loads.
        if !is_float && text.len() > 4300 + usize::from(text.starts_with('-')) {
            self.i = start;
            return Err(self.err("Exceeds the limit (4300 digits) for integer string conversion"));
        }
        if is_float {
            Ok(PyValue::Float(text.parse().unwrap_or(f64::NAN)))
        } else if text == "-0" {
            Ok(PyValue::Int("0".into()))
        } else {
            Ok(PyValue::Int(text.to_owned()))
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let bad = "Invalid \\u escape (four hex digits expected)";
        let digits = self
            .s
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.err(bad))?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return Err(self.err(bad));
        }
        let text = &self.text[self.i..self.i + 4];
        self.i += 4;
        u32::from_str_radix(text, 16).map_err(|_| self.err(bad))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        let begin = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            // A run of plain text is copied as one slice (it may hold non-ASCII).
            let run = self.i;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.i += 1;
            }
            out.push_str(&self.text[run..self.i]);
            let Some(c) = self.peek() else {
                self.i = begin;
                return Err(self.err("Unterminated string starting at"));
            };
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.i += 1;
                    let esc = self.peek().ok_or_else(|| {
                        let mut e = self.err("Unterminated string starting at");
                        e.pos = self.text[..begin].chars().count();
                        e
                    })?;
                    self.i += 1;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.starts_with("\\u")
                            {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    hi
                                }
                            } else {
                                hi
                            };
                            // Python keeps a lone surrogate in its str; Rust strings cannot
                            // hold one, so such a text is refused rather than altered.
                            let ch = char::from_u32(code).ok_or_else(|| {
                                self.err("Lone surrogate escape is not supported")
                            })?;
                            out.push(ch);
                        }
                        _ => {
                            // Back to the backslash; a non-ASCII escape byte is not a
                            // boundary, so step back over the whole character.
                            self.i = self.text[..self.i - 1]
                                .char_indices()
                                .next_back()
                                .map_or(0, |(n, _)| n);
                            return Err(self.err("Invalid \\escape"));
                        }
                    }
                }
                _ => return Err(self.err("Invalid control character at")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<PyValue, JsonError> {
        self.i += 1;
        let mut entries: Vec<(String, PyValue)> = Vec::new();
        // Python's dict: a repeated key keeps its first place and takes the last value.
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(PyValue::Dict(entries));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.err("Expecting property name enclosed in double quotes"));
            }
            let key = self.string()?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.err("Expecting ':' delimiter"));
            }
            self.i += 1;
            self.ws();
            let value = self.value(depth + 1)?;
            if let Some(&at) = index.get(&key) {
                entries[at].1 = value;
            } else {
                index.insert(key.clone(), entries.len());
                entries.push((key, value));
            }
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(PyValue::Dict(entries));
                }
                _ => return Err(self.err("Expecting ',' delimiter")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<PyValue, JsonError> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(PyValue::List(items));
        }
        loop {
            self.ws();
            items.push(self.value(depth + 1)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(PyValue::List(items));
                }
                _ => return Err(self.err("Expecting ',' delimiter")),
            }
        }
    }
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4..1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Rust's `{:e}` gives the same shortest digits as Python's repr, in scientific form.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if f < 0.0 { "-" } else { "" };
    let decpt = exp + 1;
    if decpt <= -4 || decpt > 16 {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!(
            "{sign}0.{}{digits}",
            "0".repeat(decpt.unsigned_abs() as usize)
        )
    } else {
        let decpt = decpt.unsigned_abs() as usize;
        if digits.len() <= decpt {
            format!("{sign}{digits}{}.0", "0".repeat(decpt - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..decpt], &digits[decpt..])
        }
    }
}

/// `json.dumps(s)` for one string (ensure_ascii).
pub fn dumps_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

/// `json.dumps(v)` with Python's defaults: separators `", "` / `": "`, ASCII output.
pub fn dumps(v: &PyValue) -> String {
    let mut out = String::new();
    write_value(v, None, 0, &mut out, usize::MAX);
    out
}

/// `json.dumps(v, indent=n)`: separators `","` / `": "`, one item a line.
pub fn dumps_indent(v: &PyValue, indent: usize) -> String {
    let mut out = String::new();
    write_value(v, Some(indent), 0, &mut out, usize::MAX);
    out
}

/// `json.dumps(v, indent=indent)`, or None as soon as it passes `limit` bytes: indentation
/// grows with depth, so a small value can serialise to a huge text.
pub fn dumps_indent_within(v: &PyValue, indent: usize, limit: usize) -> Option<String> {
    let mut out = String::new();
    write_value(v, Some(indent), 0, &mut out, limit).then_some(out)
}

fn newline(indent: Option<usize>, level: usize, out: &mut String) {
    if let Some(n) = indent {
        out.push('\n');
        out.push_str(&" ".repeat(n * level));
    }
}

/// Writes `v`; false once `out` holds more than `limit` bytes (it then stops).
fn write_value(
    v: &PyValue,
    indent: Option<usize>,
    level: usize,
    out: &mut String,
    limit: usize,
) -> bool {
    let item_sep = if indent.is_some() { "," } else { ", " };
    match v {
        PyValue::Null => out.push_str("null"),
        PyValue::Bool(true) => out.push_str("true"),
        PyValue::Bool(false) => out.push_str("false"),
        PyValue::Int(i) => out.push_str(i),
        PyValue::Float(f) => out.push_str(&float_repr(*f)),
        PyValue::Str(s) => dumps_str(s, out),
        PyValue::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return out.len() <= limit;
            }
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push_str(item_sep);
                }
                newline(indent, level + 1, out);
                if out.len() > limit || !write_value(item, indent, level + 1, out, limit) {
                    return false;
                }
            }
            newline(indent, level, out);
            out.push(']');
        }
        PyValue::Dict(entries) => {
            if entries.is_empty() {
                out.push_str("{}");
                return out.len() <= limit;
            }
            out.push('{');
            for (n, (k, item)) in entries.iter().enumerate() {
                if n > 0 {
                    out.push_str(item_sep);
                }
                newline(indent, level + 1, out);
                dumps_str(k, out);
                out.push_str(": ");
                if out.len() > limit || !write_value(item, indent, level + 1, out, limit) {
                    return false;
                }
            }
            newline(indent, level, out);
            out.push('}');
        }
    }
    out.len() <= limit
}

/// Python's `str(v)` for the scalar values a URI query can carry.
pub fn py_str(v: &PyValue) -> String {
    match v {
        PyValue::Null => "None".into(),
        PyValue::Bool(true) => "True".into(),
        PyValue::Bool(false) => "False".into(),
        PyValue::Int(i) => i.clone(),
        PyValue::Float(f) if f.is_nan() => "nan".into(),
        PyValue::Float(f) if f.is_infinite() => if *f > 0.0 { "inf" } else { "-inf" }.into(),
        PyValue::Float(f) => float_repr(*f),
        PyValue::Str(s) => s.clone(),
        other => dumps(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        for (f, want) in [
            (1000.0, "1000.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5, "1.5"),
            (-2.5e-7, "-2.5e-07"),
            (123_456_789_012_345_680.0, "1.2345678901234568e+17"),
            (0.1, "0.1"),
            (1e300 * 10.0, "1e+301"),
        ] {
            assert_eq!(float_repr(f), want, "{f}");
        }
    }

    #[test]
    fn loads_python_extensions() {
        let v = loads(r#"{"a": NaN, "b": -Infinity, "a": 2, "n": 123456789012345678901234567890}"#)
            .unwrap();
        assert_eq!(
            dumps(&v),
            r#"{"a": 2, "b": -Infinity, "n": 123456789012345678901234567890}"#
        );
        assert_eq!(
            dumps(&loads("\"\\ud83d\\udd11\u{7f}é\"").unwrap()),
            "\"\\ud83d\\udd11\\u007f\\u00e9\""
        );
        assert!(
            loads("{conn_type: http}")
                .unwrap_err()
                .to_string()
                .starts_with(
                    "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
                )
        );
        assert!(loads("[1,]").is_err());
        assert!(loads("\"\\ud800\"").is_err());
    }

    #[test]
    fn indent_matches_python() {
        let v = loads(r#"{"a": 1, "b": [true, null], "c": {}, "d": []}"#).unwrap();
        assert_eq!(
            dumps_indent(&v, 2),
            "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ],\n  \"c\": {},\n  \"d\": []\n}"
        );
    }
}
