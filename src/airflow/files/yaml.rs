//! YAML as PyYAML's `safe_load` reads it, which is what Airflow uses for import files.
//!
//! PyYAML resolves plain scalars by YAML 1.1 rules: `yes`/`on` are booleans, `1e3` is a
//! *string* (its float pattern needs a dot), `0o17` is a string but `017` is octal, `1:30`
//! is base 60, and an unquoted date is a date. A YAML 1.2 library reads several of those
//! differently, so scalars are resolved here from the parser's events.

use std::fmt::Write as _;

use saphyr_parser_bw::{Event, Parser, ScalarStyle, Span};

use crate::airflow::pyjson::PyValue;

/// A value with the line (1-based) where it starts.
#[derive(Debug, Clone)]
pub struct Located {
    pub value: YamlValue,
    pub line: usize,
}

/// What PyYAML's SafeLoader constructs.
#[derive(Debug, Clone)]
pub enum YamlValue {
    Py(PyValue),
    /// A `!!timestamp` (an unquoted date): Python's `json.dumps` cannot serialise it.
    Timestamp(String),
    List(Vec<Located>),
    Map(Vec<(Located, Located)>),
    /// A plain `<<`: PyYAML's merge key, flattened away inside a mapping.
    Merge,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub message: String,
}

/// Aliases are expanded, and what a document expands to is measured in bytes (its scalars'
/// text plus a little per node), not nodes: past this the document is refused, whether a
/// huge scalar is aliased many times or a chain of aliases doubles at every step.
pub const MAX_EXPANDED_BYTES: usize = 32 * 1024 * 1024;
/// What one node costs beyond its text.
const NODE_BYTES: usize = 32;
/// Nesting deeper than this is refused (the builder recurses).
const MAX_DEPTH: usize = 512;

struct Builder {
    /// Each anchored node with its height, so an alias cannot nest past the depth limit.
    anchors: std::collections::HashMap<usize, (Located, usize)>,
    bytes: usize,
    depth: usize,
}

/// PyYAML's reader refuses any character outside its printable set, anywhere in the stream.
fn check_printable(text: &str) -> Result<(), YamlError> {
    let printable = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
            || c >= '\u{10000}'
    };
    match text.char_indices().find(|(_, c)| !printable(*c)) {
        None => Ok(()),
        Some((at, c)) => Err(YamlError {
            line: text[..at].matches('\n').count() + 1,
            message: format!(
                "unacceptable character #x{:04x}: control characters are not allowed",
                c as u32
            ),
        }),
    }
}

/// Parses one YAML document. An empty document is None.
pub fn parse(text: &str) -> Result<Option<Located>, YamlError> {
    // PyYAML decodes the stream with its byte-order mark removed.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_printable(text)?;
    let mut parser = Parser::new_from_str(text);
    let mut builder = Builder {
        anchors: std::collections::HashMap::new(),
        bytes: 0,
        depth: 0,
    };
    let mut root = None;
    loop {
        let (event, span) = next(&mut parser)?;
        match event {
            Event::StreamEnd => return Ok(root),
            Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            Event::DocumentStart(_) if root.is_some() => {
                return Err(YamlError {
                    line: span.start.line(),
                    message: "expected a single document in the stream".into(),
                });
            }
            Event::DocumentStart(_) => {
                let (event, span) = next(&mut parser)?;
                if !matches!(event, Event::DocumentEnd | Event::StreamEnd) {
                    root = Some(builder.node(&mut parser, event, span)?);
                } else if matches!(event, Event::StreamEnd) {
                    return Ok(root);
                }
            }
            other => root = Some(builder.node(&mut parser, other, span)?),
        }
    }
}

fn next<'a>(
    parser: &mut Parser<'a, saphyr_parser_bw::StrInput<'a>>,
) -> Result<(Event<'a>, Span), YamlError> {
    match parser.next_event() {
        Some(Ok(ev)) => Ok(ev),
        Some(Err(e)) => Err(YamlError {
            line: e.marker().line(),
            message: e.info().to_owned(),
        }),
        None => Ok((Event::StreamEnd, Span::default())),
    }
}

impl Builder {
    /// Adds to what the document expands to; refuses it past the budget.
    fn spend(&mut self, bytes: usize, line: usize) -> Result<(), YamlError> {
        self.bytes = self.bytes.saturating_add(bytes);
        if self.bytes > MAX_EXPANDED_BYTES {
            return Err(YamlError {
                line,
                message: format!(
                    "the document expands to more than {} MiB (an alias bomb?)",
                    MAX_EXPANDED_BYTES >> 20
                ),
            });
        }
        Ok(())
    }

    fn node<'a>(
        &mut self,
        parser: &mut Parser<'a, saphyr_parser_bw::StrInput<'a>>,
        event: Event<'a>,
        span: Span,
    ) -> Result<Located, YamlError> {
        let line = span.start.line();
        if self.depth >= MAX_DEPTH {
            return Err(YamlError {
                line,
                message: format!("nesting deeper than {MAX_DEPTH} levels"),
            });
        }
        self.depth += 1;
        let built = self.build(parser, event, line);
        self.depth -= 1;
        built
    }

    fn build<'a>(
        &mut self,
        parser: &mut Parser<'a, saphyr_parser_bw::StrInput<'a>>,
        event: Event<'a>,
        line: usize,
    ) -> Result<Located, YamlError> {
        let (located, anchor) = match event {
            Event::Alias(id) => {
                let (node, height) = self.anchors.get(&id).ok_or_else(|| YamlError {
                    line,
                    message: "unknown alias".into(),
                })?;
                if self.depth + height > MAX_DEPTH {
                    return Err(YamlError {
                        line,
                        message: format!("nesting deeper than {MAX_DEPTH} levels"),
                    });
                }
                // Measured before it is copied.
                let size = weight(node);
                let node = node.clone();
                self.spend(size, line)?;
                return Ok(node);
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.spend(text.len() + NODE_BYTES, line)?;
                let tag = tag.map(|t| format!("{}{}", t.handle, t.suffix));
                let value = if tag.is_none() && style == ScalarStyle::Plain && text == "<<" {
                    YamlValue::Merge
                } else {
                    scalar(&text, style, tag.as_deref(), line)?
                };
                (Located { value, line }, anchor)
            }
            Event::SequenceStart(anchor, _) => {
                self.spend(NODE_BYTES, line)?;
                let mut items = Vec::new();
                loop {
                    let (ev, sp) = next(parser)?;
                    if matches!(ev, Event::SequenceEnd) {
                        break;
                    }
                    items.push(self.node(parser, ev, sp)?);
                }
                (
                    Located {
                        value: YamlValue::List(items),
                        line,
                    },
                    anchor,
                )
            }
            Event::MappingStart(anchor, _) => {
                self.spend(NODE_BYTES, line)?;
                let mut entries = Vec::new();
                loop {
                    let (ev, sp) = next(parser)?;
                    if matches!(ev, Event::MappingEnd) {
                        break;
                    }
                    let key = self.node(parser, ev, sp)?;
                    let (ev, sp) = next(parser)?;
                    let value = self.node(parser, ev, sp)?;
                    entries.push((key, value));
                }
                (
                    Located {
                        value: YamlValue::Map(flatten(entries, line)?),
                        line,
                    },
                    anchor,
                )
            }
            _ => {
                return Err(YamlError {
                    line,
                    message: "unexpected YAML event".into(),
                });
            }
        };
        if anchor > 0 {
            let height = height(&located);
            self.anchors.insert(anchor, (located.clone(), height));
        }
        Ok(located)
    }
}

/// PyYAML's `flatten_mapping`: the entries of `<<` mappings (a list of them is taken in
/// reverse) come first, then the mapping's own; a later key takes an earlier one's value and
/// keeps its place, as `dict` assignment does. The mapping's own repeated keys are left for
/// the file reader, which refuses them.
fn flatten(
    entries: Vec<(Located, Located)>,
    line: usize,
) -> Result<Vec<(Located, Located)>, YamlError> {
    let not_mergeable = || YamlError {
        line,
        message: "expected a mapping or list of mappings for merging".into(),
    };
    let mut merged: Vec<(Located, Located)> = Vec::new();
    let mut own = Vec::new();
    for (k, v) in entries {
        if !matches!(k.value, YamlValue::Merge) {
            own.push((k, v));
            continue;
        }
        match v.value {
            YamlValue::Map(m) => merged.extend(m),
            YamlValue::List(items) => {
                let mut maps = Vec::new();
                for item in items {
                    match item.value {
                        YamlValue::Map(m) => maps.push(m),
                        _ => return Err(not_mergeable()),
                    }
                }
                maps.into_iter().rev().for_each(|m| merged.extend(m));
            }
            _ => return Err(not_mergeable()),
        }
    }
    if merged.is_empty() {
        return Ok(own);
    }
    let mut out: Vec<(Located, Located)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (k, v) in merged {
        let key = k.value.key_text().ok();
        if let Some(&i) = key.as_ref().and_then(|key| at.get(key)) {
            out[i].1 = v;
        } else {
            if let Some(key) = key {
                at.insert(key, out.len());
            }
            out.push((k, v));
        }
    }
    let from_merge = out.len();
    for (k, v) in own {
        match k
            .value
            .key_text()
            .ok()
            .and_then(|key| at.get(&key).copied())
        {
            Some(i) if i < from_merge => out[i] = (k, v),
            _ => out.push((k, v)),
        }
    }
    Ok(out)
}

/// How many levels a node nests (1 for a scalar).
fn height(node: &Located) -> usize {
    1 + match &node.value {
        YamlValue::List(items) => items.iter().map(height).max().unwrap_or(0),
        YamlValue::Map(entries) => entries
            .iter()
            .map(|(k, v)| height(k).max(height(v)))
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}

/// What a node expands to, in the budget's bytes.
fn weight(node: &Located) -> usize {
    match &node.value {
        YamlValue::Py(PyValue::Str(t) | PyValue::Int(t)) | YamlValue::Timestamp(t) => {
            t.len() + NODE_BYTES
        }
        YamlValue::List(items) => NODE_BYTES + items.iter().map(weight).sum::<usize>(),
        YamlValue::Map(entries) => {
            NODE_BYTES
                + entries
                    .iter()
                    .map(|(k, v)| weight(k) + weight(v))
                    .sum::<usize>()
        }
        _ => NODE_BYTES,
    }
}

/// Python's limit for integer string conversion.
const MAX_INT_DIGITS: usize = 4300;

fn scalar(
    text: &str,
    style: ScalarStyle,
    tag: Option<&str>,
    line: usize,
) -> Result<YamlValue, YamlError> {
    // Not the text itself: it may be a password.
    let bad = |what: &str| YamlError {
        line,
        message: format!("the tagged value is not {what}"),
    };
    // Python refuses integers of more than 4,300 digits (int() or, for power-of-two bases,
    // the str() that json.dumps needs), and converting them is quadratic here too.
    let int_tag = matches!(tag, Some("!!int" | "tag:yaml.org,2002:int"));
    if (int_tag || (tag.is_none() && style == ScalarStyle::Plain && is_int(text)))
        && text.len() > MAX_INT_DIGITS
    {
        return Err(YamlError {
            line,
            message: format!(
                "an integer of more than {MAX_INT_DIGITS} digits, which Python refuses"
            ),
        });
    }
    match tag {
        Some("!!str" | "tag:yaml.org,2002:str") => {
            return Ok(YamlValue::Py(PyValue::Str(text.to_owned())));
        }
        Some("!!int" | "tag:yaml.org,2002:int") => {
            return construct_int(text)
                .map(YamlValue::Py)
                .ok_or_else(|| bad("an int"));
        }
        Some("!!float" | "tag:yaml.org,2002:float") => {
            return construct_float(text)
                .map(YamlValue::Py)
                .ok_or_else(|| bad("a float"));
        }
        Some("!!bool" | "tag:yaml.org,2002:bool") => {
            return resolve_bool(text)
                .map(YamlValue::Py)
                .ok_or_else(|| bad("a bool"));
        }
        Some("!!null" | "tag:yaml.org,2002:null") => return Ok(YamlValue::Py(PyValue::Null)),
        Some(other) => {
            return Err(YamlError {
                line,
                message: format!("PyYAML's safe loader cannot construct the tag {other}"),
            });
        }
        None => {}
    }
    if style != ScalarStyle::Plain {
        return Ok(YamlValue::Py(PyValue::Str(text.to_owned())));
    }
    if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return Ok(YamlValue::Py(PyValue::Null));
    }
    if let Some(b) = resolve_bool(text) {
        return Ok(YamlValue::Py(b));
    }
    if let Some(i) = resolve_int(text) {
        return Ok(YamlValue::Py(i));
    }
    if let Some(f) = resolve_float(text) {
        return Ok(YamlValue::Py(f));
    }
    if is_timestamp(text) {
        return Ok(YamlValue::Timestamp(text.to_owned()));
    }
    Ok(YamlValue::Py(PyValue::Str(text.to_owned())))
}

fn resolve_bool(t: &str) -> Option<PyValue> {
    match t {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Some(PyValue::Bool(true))
        }
        "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Some(PyValue::Bool(false))
        }
        _ => None,
    }
}

fn split_sign(t: &str) -> (bool, &str) {
    match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    }
}

fn signed(neg: bool, digits: &str) -> PyValue {
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    PyValue::Int(if neg && digits != "0" {
        format!("-{digits}")
    } else {
        digits.to_owned()
    })
}

/// Decimal text of a big number in another base (values can exceed 64 bits).
fn to_decimal(digits: &str, radix: u32) -> Option<String> {
    let mut acc: Vec<u32> = vec![0]; // little-endian base 1e9
    for c in digits.chars() {
        let mut carry = u64::from(c.to_digit(radix)?);
        for limb in &mut acc {
            let v = u64::from(*limb) * u64::from(radix) + carry;
            *limb = u32::try_from(v % 1_000_000_000).ok()?;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            acc.push(u32::try_from(carry % 1_000_000_000).ok()?);
            carry /= 1_000_000_000;
        }
    }
    let mut out = acc.last()?.to_string();
    for limb in acc.iter().rev().skip(1) {
        let _ = write!(out, "{limb:09}");
    }
    Some(out)
}

/// PyYAML's int pattern (binary, octal with a leading 0, decimal, hex, base 60).
fn is_int(t: &str) -> bool {
    static INT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")
            .expect("valid regex")
    });
    INT.is_match(t)
}

/// PyYAML's float pattern: a dot is required, and an exponent needs a sign.
fn is_float(t: &str) -> bool {
    static FLOAT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
            .expect("valid regex")
    });
    FLOAT.is_match(t)
}

fn resolve_int(t: &str) -> Option<PyValue> {
    if is_int(t) { construct_int(t) } else { None }
}

fn resolve_float(t: &str) -> Option<PyValue> {
    if is_float(t) {
        construct_float(t)
    } else {
        None
    }
}

/// PyYAML's `construct_yaml_int`, also used for an explicit `!!int` tag.
fn construct_int(t: &str) -> Option<PyValue> {
    let value = t.replace('_', "");
    let (neg, body) = split_sign(&value);
    if body.is_empty() {
        return None;
    }
    let decimal = if body == "0" {
        "0".to_owned()
    } else if let Some(bin) = body.strip_prefix("0b") {
        to_decimal(bin, 2)?
    } else if let Some(hex) = body.strip_prefix("0x") {
        to_decimal(hex, 16)?
    } else if body.starts_with('0') {
        to_decimal(body, 8)?
    } else if body.contains(':') {
        let mut total: i128 = 0;
        for part in body.split(':') {
            total = total
                .checked_mul(60)?
                .checked_add(part.parse::<i128>().ok()?)?;
        }
        total.to_string()
    } else {
        to_decimal(body, 10)?
    };
    Some(signed(neg, &decimal))
}

/// PyYAML's `construct_yaml_float`, also used for an explicit `!!float` tag.
fn construct_float(t: &str) -> Option<PyValue> {
    let value = t.replace('_', "").to_lowercase();
    let (neg, body) = split_sign(&value);
    let sign = if neg { -1.0 } else { 1.0 };
    let magnitude = match body {
        ".inf" => f64::INFINITY,
        ".nan" => f64::NAN,
        b if b.contains(':') => {
            let mut total = 0.0;
            for part in b.split(':') {
                total = total * 60.0 + python_float(part)?;
            }
            total
        }
        b => python_float(b)?,
    };
    Some(PyValue::Float(sign * magnitude))
}

/// Python's `float(text)` for the decimal forms YAML can hold.
fn python_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let ok = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !ok || t.matches('.').count() > 1 || t == "." {
        return t.parse().ok().filter(|_| {
            matches!(
                t.to_ascii_lowercase().trim_start_matches(['+', '-']),
                "inf" | "infinity" | "nan"
            )
        });
    }
    t.parse().ok()
}

/// PyYAML's timestamp resolver: `YYYY-MM-DD`, or a date with a time.
fn is_timestamp(t: &str) -> bool {
    static TIMESTAMP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$",
        )
        .expect("valid regex")
    });
    TIMESTAMP.is_match(t)
}

impl YamlValue {
    /// The Python value, if it is JSON-serialisable.
    pub fn to_py(&self) -> Result<PyValue, String> {
        match self {
            YamlValue::Py(v) => Ok(v.clone()),
            YamlValue::Timestamp(_) => Err(
                "an unquoted date is a YAML timestamp, which Airflow cannot store (quote it)"
                    .into(),
            ),
            YamlValue::Merge => {
                Err("a plain `<<` is YAML's merge key, which PyYAML cannot construct here".into())
            }
            YamlValue::List(items) => items
                .iter()
                .map(|i| i.value.to_py())
                .collect::<Result<_, _>>()
                .map(PyValue::List),
            YamlValue::Map(entries) => entries
                .iter()
                .map(|(k, v)| Ok((k.value.key_text()?, v.value.to_py()?)))
                .collect::<Result<Vec<_>, String>>()
                .map(PyValue::dict),
        }
    }

    /// A mapping key as Python's `str()` of it.
    pub fn key_text(&self) -> Result<String, String> {
        match self {
            YamlValue::Py(PyValue::Str(s)) => Ok(s.clone()),
            YamlValue::Py(
                v @ (PyValue::Int(_) | PyValue::Float(_) | PyValue::Bool(_) | PyValue::Null),
            ) => Ok(crate::airflow::pyjson::py_str(v)),
            YamlValue::Timestamp(t) => Ok(t.clone()),
            _ => Err("a mapping key is not a scalar".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::airflow::pyjson;

    fn top(text: &str) -> Vec<(String, PyValue)> {
        match parse(text).unwrap().unwrap().value.to_py().unwrap() {
            PyValue::Dict(d) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn resolves_plain_scalars_like_pyyaml() {
        let d = top(
            "a: 1e3\nb: 1.5e+3\nc: yes\nd: 017\ne: 0x1F\nf: 1:30\ng: '1e3'\nh: ~\ni: 1_000\nj: .5\nk: 0o17\nl: -.inf\nm: 1.0e3\n",
        );
        let got: Vec<String> = d
            .iter()
            .map(|(k, v)| format!("{k}={}", crate::airflow::pyjson::dumps(v)))
            .collect();
        assert_eq!(
            got,
            [
                "a=\"1e3\"",
                "b=1500.0",
                "c=true",
                "d=15",
                "e=31",
                "f=90",
                "g=\"1e3\"",
                "h=null",
                "i=1000",
                "j=0.5",
                "k=\"0o17\"",
                "l=-Infinity",
                "m=\"1.0e3\""
            ]
        );
    }

    #[test]
    fn dates_and_bombs_are_refused() {
        let doc = parse("d: 2024-01-02\n").unwrap().unwrap();
        assert!(doc.value.to_py().is_err());
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
        assert!(parse(bomb).is_err());
        assert_eq!(parse("a:\n  b: 1\n c: 2\n").unwrap_err().line, 3);
    }

    // Expected values from PyYAML 6.0.3's CSafeLoader (Airflow's import), run on these texts.
    #[test]
    fn merge_keys_bom_and_control_characters_as_pyyaml() {
        let dumped =
            |text: &str| pyjson::dumps(&parse(text).unwrap().unwrap().value.to_py().unwrap());
        assert_eq!(
            dumped(
                "base: &b {a: 1, b: 2}\nother: &o {b: 3, c: 4}\nx:\n  <<: [*b, *o]\n  c: 5\n  d: 6\n"
            ),
            r#"{"base": {"a": 1, "b": 2}, "other": {"b": 3, "c": 4}, "x": {"b": 2, "c": 5, "a": 1, "d": 6}}"#
        );
        assert_eq!(
            dumped("b: &b {k: v, z: 1}\ny:\n  z: 2\n  <<: *b\n"),
            r#"{"b": {"k": "v", "z": 1}, "y": {"k": "v", "z": 2}}"#
        );
        assert_eq!(dumped("x: {'<<': 1}\n"), r#"{"x": {"<<": 1}}"#);
        assert_eq!(dumped("\u{feff}key: v\n"), r#"{"key": "v"}"#);
        assert_eq!(dumped("k: \"a\tb\"\n"), r#"{"k": "a\tb"}"#);
        let e = parse("k: v\nk2: \"a\u{7}b\"\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("#x0007"), "{}", e.message);
    }

    #[test]
    fn alias_expansion_is_measured_in_bytes() {
        // One 60,000-character scalar aliased 1,000 times: few nodes, 60 MB of text.
        let big = "x".repeat(60_000);
        let doc = format!("a: &a {big}\nb: [{}]\n", vec!["*a"; 1000].join(", "));
        assert!(
            parse(&doc)
                .unwrap_err()
                .message
                .contains("expands to more than")
        );
        let deep = format!("{}1{}", "[".repeat(600), "]".repeat(600));
        // Aliases cannot nest past the limit either: each anchor wraps the last in 100
        // levels, which once took the stack down.
        let mut chained = String::from("a0: &a0 x\n");
        for i in 1..20 {
            let _ = writeln!(
                chained,
                "a{i}: &a{i} {}*a{}{}",
                "[".repeat(100),
                i - 1,
                "]".repeat(100)
            );
        }
        assert!(parse(&chained).unwrap_err().message.contains("nesting"));
        let err = parse(&deep).unwrap_err();
        assert!(
            err.message.contains("nesting") || err.message.contains("recursion"),
            "{err:?}"
        );
    }
}
