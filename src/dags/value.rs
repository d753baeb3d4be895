//! The values the evaluator tracks, and the few string operations that build lookup keys.

use std::collections::HashMap;
use std::rc::Rc;

use tree_sitter::Node;

use super::names::FnKind;

/// Longest string the evaluator builds; longer ones become unknown, so repeated concatenation in
/// an unrolled loop cannot grow memory exponentially. Airflow keys and connection ids are at
/// most 250 characters.
pub(super) const MAX_TEXT: usize = 1024;

/// Longest list or dict kept as known: bigger ones are not worth unrolling.
pub(super) const MAX_ITEMS: usize = 100_000;

/// Longest `range(...)` unrolled into known values.
pub(super) const MAX_RANGE: i64 = 10_000;

/// How deeply values may contain values (lists of lists, classes holding classes). Deeper ones
/// become unknown, which bounds the recursion of dropping them: otherwise a loop such as
/// `for _ in range(9999): x = [x]` would build a chain that overflows the stack when freed.
pub(super) const MAX_VALUE_DEPTH: usize = 32;

#[derive(Clone)]
pub(super) enum Value<'t> {
    Unknown,
    Str(Rc<str>),
    Int(i64),
    /// A list, tuple or set.
    Seq(Rc<Seq<'t>>),
    Dict(Rc<Dict<'t>>),
    /// An imported name, or a global not bound in the file, as a dotted path.
    Path(Rc<str>),
    /// The result of calling an imported name (an operator, a hook, a DAG).
    Object(Rc<str>),
    Function(Rc<Function<'t>>),
    Class(Rc<Class<'t>>),
    Instance(Rc<Class<'t>>),
    Method(Rc<Method<'t>>),
    /// A method of a known string or dict, such as `"x_{}".format`.
    Builtin(Rc<Builtin<'t>>),
}

pub(super) struct Seq<'t> {
    pub items: Vec<Value<'t>>,
    depth: usize,
}

pub(super) struct Dict<'t> {
    pub pairs: Vec<(Value<'t>, Value<'t>)>,
    depth: usize,
}

/// A method of a class in the file, with the value bound to its first parameter.
pub(super) struct Method<'t> {
    pub function: Rc<Function<'t>>,
    pub receiver: Option<Value<'t>>,
}

pub(super) struct Builtin<'t> {
    pub receiver: Value<'t>,
    pub method: &'static str,
}

pub(super) struct Function<'t> {
    /// `name`, or `Class.name` for a method, as shown in contexts.
    pub name: Rc<str>,
    pub node: Node<'t>,
    pub params: Vec<Param<'t>>,
    pub kind: FnKind,
    pub binding: Binding,
    pub is_method: bool,
    pub depth: usize,
    /// Id of the scope of the function this one was defined in.
    pub enclosing: Option<usize>,
}

/// What a method's first parameter receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Binding {
    Instance,
    Class,
    Static,
}

pub(super) struct Param<'t> {
    pub name: Rc<str>,
    pub default: Option<Value<'t>>,
    pub style: ParamStyle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ParamStyle {
    Positional,
    KeywordOnly,
    VarArgs,
    VarKeywords,
}

pub(super) struct Class<'t> {
    pub name: Rc<str>,
    pub attrs: HashMap<Rc<str>, Value<'t>>,
    /// Classes of this file it inherits from, in an approximation of Python's MRO (depth
    /// first, each once), searched after `attrs`.
    ancestors: Vec<Rc<Class<'t>>>,
    /// The first base not defined in this file (such as `BaseHook`), searched last.
    foreign_base: Option<Rc<str>>,
    pub depth: usize,
}

/// Bases of one class taken into account, and ancestors kept: far more than real class
/// hierarchies have, and small enough that building and searching them stays cheap.
pub(super) const MAX_BASES: usize = 8;
pub(super) const MAX_ANCESTORS: usize = 32;

impl<'t> Class<'t> {
    /// The class defined by a `class` statement; `None` when it nests values too deeply to keep.
    pub fn new(
        name: Rc<str>,
        attrs: HashMap<Rc<str>, Value<'t>>,
        bases: &[Value<'t>],
    ) -> Option<Self> {
        let mut ancestors: Vec<Rc<Class<'t>>> = Vec::new();
        let mut foreign_base = None;
        for base in bases.iter().take(MAX_BASES) {
            match base {
                Value::Class(class) => {
                    for ancestor in std::iter::once(class).chain(&class.ancestors) {
                        let known = ancestors.iter().any(|seen| Rc::ptr_eq(seen, ancestor));
                        if !known && ancestors.len() < MAX_ANCESTORS {
                            ancestors.push(Rc::clone(ancestor));
                        }
                    }
                    foreign_base = foreign_base.or_else(|| class.foreign_base.clone());
                }
                Value::Path(path) => foreign_base = foreign_base.or_else(|| Some(Rc::clone(path))),
                _ => {}
            }
        }
        let inherited = ancestors.iter().map(|class| class.depth).max().unwrap_or(0);
        let depth = depth_over(attrs.values()).max(inherited + 1);
        (depth <= MAX_VALUE_DEPTH).then_some(Class {
            name,
            attrs,
            ancestors,
            foreign_base,
            depth,
        })
    }

    /// An attribute from the class or, failing that, its ancestors. An imported base yields a
    /// path such as `airflow.hooks.base.BaseHook.get_connection`, which keeps inherited lookups
    /// recognisable.
    pub fn attr(&self, name: &str) -> Option<Value<'t>> {
        let own =
            std::iter::once(&self.attrs).chain(self.ancestors.iter().map(|class| &class.attrs));
        for attrs in own {
            if let Some(value) = attrs.get(name) {
                return Some(value.clone());
            }
        }
        let base = self.foreign_base.as_ref()?;
        (base.len() + name.len() < MAX_TEXT).then(|| Value::Path(format!("{base}.{name}").into()))
    }
}

/// One more than the deepest of `values`.
pub(super) fn depth_over<'a, 't: 'a>(values: impl IntoIterator<Item = &'a Value<'t>>) -> usize {
    1 + values.into_iter().map(Value::depth).max().unwrap_or(0)
}

impl<'t> Value<'t> {
    pub fn seq(items: Vec<Value<'t>>) -> Self {
        let depth = depth_over(&items);
        if depth > MAX_VALUE_DEPTH || items.len() > MAX_ITEMS {
            Value::Unknown
        } else {
            Value::Seq(Rc::new(Seq { items, depth }))
        }
    }

    pub fn dict(pairs: Vec<(Value<'t>, Value<'t>)>) -> Self {
        let depth = depth_over(pairs.iter().flat_map(|(key, value)| [key, value]));
        if depth > MAX_VALUE_DEPTH || pairs.len() > MAX_ITEMS {
            Value::Unknown
        } else {
            Value::Dict(Rc::new(Dict { pairs, depth }))
        }
    }

    pub fn method(function: Rc<Function<'t>>, receiver: Option<Value<'t>>) -> Self {
        let depth = function
            .depth
            .max(receiver.as_ref().map_or(0, Value::depth))
            + 1;
        if depth > MAX_VALUE_DEPTH {
            Value::Unknown
        } else {
            Value::Method(Rc::new(Method { function, receiver }))
        }
    }

    /// How deeply this value contains other values, in O(1).
    pub fn depth(&self) -> usize {
        match self {
            Value::Seq(seq) => seq.depth,
            Value::Dict(dict) => dict.depth,
            Value::Function(function) => function.depth,
            Value::Class(class) | Value::Instance(class) => class.depth,
            Value::Method(method) => {
                method
                    .function
                    .depth
                    .max(method.receiver.as_ref().map_or(0, Value::depth))
                    + 1
            }
            // Receivers are strings and dicts, whose depth is stored.
            Value::Builtin(builtin) => builtin.receiver.depth() + 1,
            _ => 0,
        }
    }

    pub fn text(text: &str) -> Self {
        if text.len() > MAX_TEXT {
            Value::Unknown
        } else {
            Value::Str(text.into())
        }
    }

    /// The value as it would appear in an f-string or `str.format`.
    pub fn as_text(&self) -> Option<String> {
        match self {
            Value::Str(text) => Some(text.to_string()),
            Value::Int(number) => Some(number.to_string()),
            _ => None,
        }
    }

    /// Number of items of a list or dict.
    pub fn len(&self) -> Option<usize> {
        match self {
            Value::Seq(seq) => Some(seq.items.len()),
            Value::Dict(dict) => Some(dict.pairs.len()),
            _ => None,
        }
    }

    /// The items iterating over this value yields, when known.
    pub fn items(&self) -> Option<Vec<Value<'t>>> {
        match self {
            Value::Seq(seq) => Some(seq.items.clone()),
            Value::Dict(dict) => Some(dict.pairs.iter().map(|(key, _)| key.clone()).collect()),
            _ => None,
        }
    }

    fn is_literal(&self) -> bool {
        matches!(self, Value::Str(_) | Value::Int(_))
    }

    /// Equality of the values a dict key or index can statically be.
    pub fn same_key(&self, other: &Value<'t>) -> bool {
        match (self, other) {
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            _ => false,
        }
    }

    pub fn concat(&self, other: &Value<'t>) -> Value<'t> {
        match (self, other) {
            (Value::Str(a), Value::Str(b)) => Value::text(&format!("{a}{b}")),
            (Value::Int(a), Value::Int(b)) => a.checked_add(*b).map_or(Value::Unknown, Value::Int),
            _ => Value::Unknown,
        }
    }

    pub fn subscript(&self, index: &Value<'t>) -> Value<'t> {
        match (self, index) {
            (Value::Dict(dict), _) => dict
                .pairs
                .iter()
                .rev()
                .find(|(key, _)| key.same_key(index))
                .map_or(Value::Unknown, |(_, value)| value.clone()),
            (Value::Seq(seq), Value::Int(at)) => {
                let items = &seq.items;
                let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
                let at = if *at < 0 { at + len } else { *at };
                usize::try_from(at)
                    .ok()
                    .and_then(|at| items.get(at))
                    .cloned()
                    .unwrap_or(Value::Unknown)
            }
            _ => Value::Unknown,
        }
    }
}

/// A method of a known value that the evaluator can compute, by name.
pub(super) fn builtin_method(receiver: &Value, name: &str) -> Option<&'static str> {
    const STR_METHODS: &[&str] = &["format", "upper", "lower", "strip", "join"];
    const DICT_METHODS: &[&str] = &["get", "items", "keys", "values"];
    let known: &[&'static str] = match receiver {
        Value::Str(_) => STR_METHODS,
        Value::Dict(_) => DICT_METHODS,
        _ => return None,
    };
    known.iter().copied().find(|&method| method == name)
}

pub(super) fn call_builtin<'t>(
    receiver: &Value<'t>,
    method: &str,
    positional: &[Value<'t>],
    keywords: &[(Rc<str>, Value<'t>)],
) -> Value<'t> {
    match (receiver, method) {
        (Value::Str(text), "format") => {
            brace_format(text, positional, keywords).map_or(Value::Unknown, |out| Value::text(&out))
        }
        (Value::Str(text), "upper") => Value::text(&text.to_uppercase()),
        (Value::Str(text), "lower") => Value::text(&text.to_lowercase()),
        (Value::Str(text), "strip") if positional.is_empty() => Value::text(text.trim()),
        (Value::Str(separator), "join") => join(separator, positional),
        (Value::Dict(dict), "get") => match positional {
            [key] | [key, _] => {
                let found = dict
                    .pairs
                    .iter()
                    .rev()
                    .find(|(known, _)| known.same_key(key));
                match found {
                    Some((_, value)) => value.clone(),
                    None if key.is_literal() => {
                        positional.get(1).cloned().unwrap_or(Value::Unknown)
                    }
                    None => Value::Unknown,
                }
            }
            _ => Value::Unknown,
        },
        (Value::Dict(dict), "items") => Value::seq(
            dict.pairs
                .iter()
                .map(|(key, value)| Value::seq(vec![key.clone(), value.clone()]))
                .collect(),
        ),
        (Value::Dict(dict), "keys") => {
            Value::seq(dict.pairs.iter().map(|(key, _)| key.clone()).collect())
        }
        (Value::Dict(dict), "values") => {
            Value::seq(dict.pairs.iter().map(|(_, value)| value.clone()).collect())
        }
        _ => Value::Unknown,
    }
}

fn join<'t>(separator: &str, positional: &[Value<'t>]) -> Value<'t> {
    let [Value::Seq(seq)] = positional else {
        return Value::Unknown;
    };
    let parts: Option<Vec<String>> = seq
        .items
        .iter()
        .map(|item| match item {
            Value::Str(text) => Some(text.to_string()),
            _ => None,
        })
        .collect();
    parts.map_or(Value::Unknown, |parts| {
        let total: usize = parts.iter().map(String::len).sum();
        if total > MAX_TEXT {
            Value::Unknown
        } else {
            Value::text(&parts.join(separator))
        }
    })
}

/// `str.format` with `{}`, `{0}` and `{name}` fields and no conversions or format specs.
fn brace_format(
    template: &str,
    positional: &[Value],
    keywords: &[(Rc<str>, Value)],
) -> Option<String> {
    let mut out = String::new();
    let mut next_auto = 0usize;
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let close = tail.find('}')?;
        let field = &tail[1..close];
        let value = if field.is_empty() {
            next_auto += 1;
            positional.get(next_auto - 1)
        } else if let Ok(index) = field.parse::<usize>() {
            positional.get(index)
        } else {
            keywords
                .iter()
                .find(|(name, _)| &**name == field)
                .map(|(_, value)| value)
        };
        out.push_str(&value?.as_text()?);
        if out.len() > MAX_TEXT {
            return None;
        }
        rest = &tail[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// `template % values` with `%s`, `%d` and `%%` only.
pub(super) fn percent_format(template: &str, values: &Value) -> Option<String> {
    let values: Vec<Value> = match values {
        Value::Seq(seq) => seq.items.clone(),
        single => vec![single.clone()],
    };
    let mut values = values.iter();
    let mut out = String::new();
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '%' => out.push('%'),
            's' => out.push_str(&values.next()?.as_text()?),
            'd' => match values.next()? {
                Value::Int(number) => out.push_str(&number.to_string()),
                _ => return None,
            },
            _ => return None,
        }
        if out.len() > MAX_TEXT {
            return None;
        }
    }
    values.next().is_none().then_some(out)
}

/// `range(...)` of small literal integers.
pub(super) fn range<'t>(positional: &[Value<'t>]) -> Value<'t> {
    let ints: Option<Vec<i64>> = positional
        .iter()
        .map(|value| match value {
            Value::Int(number) => Some(*number),
            _ => None,
        })
        .collect();
    let (start, stop, step) = match ints.as_deref() {
        Some(&[stop]) => (0, stop, 1),
        Some(&[start, stop]) => (start, stop, 1),
        Some(&[start, stop, step]) if step != 0 => (start, stop, step),
        _ => return Value::Unknown,
    };
    let span = if step > 0 {
        stop.saturating_sub(start)
    } else {
        start.saturating_sub(stop)
    };
    let count = if span <= 0 {
        0
    } else {
        (span - 1) / step.saturating_abs() + 1
    };
    if count > MAX_RANGE {
        return Value::Unknown;
    }
    Value::seq((0..count).map(|i| Value::Int(start + i * step)).collect())
}

/// Decodes the text of a string literal part: escapes unless raw, doubled braces in f-strings.
/// `None` for escapes we do not decode (`\N{...}`), which make the key unknown.
pub(super) fn decode(text: &str, raw: bool, fstring: bool) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '}' if fstring && chars.peek() == Some(&c) => {
                chars.next();
                out.push(c);
            }
            '\\' if !raw => decode_escape(&mut chars, &mut out)?,
            _ => out.push(c),
        }
    }
    Some(out)
}

fn decode_escape(chars: &mut std::iter::Peekable<std::str::Chars>, out: &mut String) -> Option<()> {
    let Some(c) = chars.next() else {
        out.push('\\');
        return Some(());
    };
    let simple = match c {
        '\n' => None,
        '\\' | '\'' | '"' => Some(c),
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'v' => Some('\x0b'),
        'x' => Some(hex_char(chars, 2)?),
        'u' => Some(hex_char(chars, 4)?),
        'U' => Some(hex_char(chars, 8)?),
        '0'..='7' => Some(octal_char(c, chars)?),
        'N' => return None,
        other => {
            out.push('\\');
            Some(other)
        }
    };
    out.extend(simple);
    Some(())
}

fn hex_char(chars: &mut std::iter::Peekable<std::str::Chars>, digits: usize) -> Option<char> {
    let mut code = 0u32;
    for _ in 0..digits {
        code = code * 16 + chars.next()?.to_digit(16)?;
    }
    char::from_u32(code)
}

fn octal_char(first: char, chars: &mut std::iter::Peekable<std::str::Chars>) -> Option<char> {
    let mut code = first.to_digit(8)?;
    for _ in 0..2 {
        match chars.peek().and_then(|c| c.to_digit(8)) {
            Some(digit) => {
                code = code * 8 + digit;
                chars.next();
            }
            None => break,
        }
    }
    char::from_u32(code)
}
