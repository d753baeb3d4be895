//! Expressions: values known statically, and the calls and comprehensions they run.

use std::collections::HashMap;
use std::rc::Rc;

use tree_sitter::Node;

use super::context::Ctx;
use super::{Evaluator, Flow, ScopeKind, children_by_field, named_children};
use crate::dags::names::FnKind;
use crate::dags::value::{self, Binding, Value};

impl<'t> Evaluator<'t> {
    pub(super) fn each_expression(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        for child in named_children(node) {
            self.expression(child, ctx)?;
        }
        Ok(())
    }

    pub(super) fn expression(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        self.enter(node)?;
        let result = self.expression_inner(node, ctx);
        self.depth -= 1;
        result
    }

    /// Dispatch only: each arm is one call, which keeps this recursive frame small.
    fn expression_inner(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        match node.kind() {
            "identifier" => Ok(self.lookup_name(self.text(node))),
            "integer" => Ok(self.integer(node)),
            "string" => self.string(node, ctx),
            "concatenated_string" => self.concatenated(node, ctx),
            "attribute" => self.attribute(node, ctx),
            "call" => self.call(node, ctx),
            "list" | "tuple" | "set" | "expression_list" => self.sequence(node, ctx),
            "dictionary" => self.dictionary(node, ctx),
            "parenthesized_expression" => self.parenthesized(node, ctx),
            "binary_operator" => self.binary(node, ctx),
            "subscript" => self.subscript(node, ctx),
            "named_expression" => self.named_expression(node, ctx),
            "lambda" => self.lambda(node, ctx),
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => self.comprehension(node, ctx),
            "keyword_argument" => self.child_value(node, "value", ctx),
            "assignment" | "augmented_assignment" => self.expression_part(node, ctx),
            // Annotations are skipped: lazy under `from __future__ import annotations` anyway.
            "type" | "comment" => Ok(Value::Unknown),
            _ => self.each_expression(node, ctx).map(|()| Value::Unknown),
        }
    }

    fn integer(&self, node: Node<'t>) -> Value<'t> {
        self.text(node)
            .replace('_', "")
            .parse()
            .map_or(Value::Unknown, Value::Int)
    }

    fn concatenated(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let mut joined = Value::Str("".into());
        for part in named_children(node) {
            let part = self.expression(part, ctx)?;
            joined = joined.concat(&part);
        }
        Ok(joined)
    }

    fn subscript(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let value = self.child_value(node, "value", ctx)?;
        let indexes = children_by_field(node, "subscript");
        let mut index = Value::Unknown;
        for part in &indexes {
            index = self.expression(*part, ctx)?;
        }
        Ok(if indexes.len() == 1 {
            value.subscript(&index)
        } else {
            Value::Unknown
        })
    }

    fn named_expression(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let value = self.child_value(node, "value", ctx)?;
        if let Some(name) = node.child_by_field_name("name") {
            self.charge_text(name)?;
            self.set_name(self.text(name), value.clone());
        }
        Ok(value)
    }

    /// Only the defaults run now; the body runs whenever the lambda is called.
    fn lambda(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        if let Some(parameters) = node.child_by_field_name("parameters") {
            self.parameters(parameters, ctx)?;
        }
        Ok(Value::Unknown)
    }

    fn parenthesized(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        if let [inner] = named_children(node).as_slice() {
            return self.expression_part(*inner, ctx);
        }
        self.each_expression(node, ctx)?;
        Ok(Value::Unknown)
    }

    pub(super) fn child_value(
        &mut self,
        node: Node<'t>,
        field: &str,
        ctx: &Ctx,
    ) -> Flow<Value<'t>> {
        match node.child_by_field_name(field) {
            Some(child) => self.expression(child, ctx),
            None => Ok(Value::Unknown),
        }
    }

    fn string(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let mut flags = "";
        let mut text = Some(String::new());
        for part in named_children(node) {
            let piece = match part.kind() {
                "string_start" => {
                    flags = self.text(part).trim_end_matches(['"', '\'']);
                    continue;
                }
                "string_content" => {
                    let lower = flags.to_ascii_lowercase();
                    value::decode(self.text(part), lower.contains('r'), lower.contains('f'))
                }
                "interpolation" => self.interpolation(part, ctx)?,
                _ => continue,
            };
            text = text.zip(piece).map(|(mut text, piece)| {
                text.push_str(&piece);
                text
            });
        }
        let is_bytes = flags.contains(['b', 'B']);
        Ok(match text {
            Some(text) if !is_bytes => Value::text(&text),
            _ => Value::Unknown,
        })
    }

    /// An f-string `{...}` field: its expression runs now, whatever the string is used for.
    fn interpolation(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Option<String>> {
        let mut text = None;
        let mut plain = true;
        let mut cursor = node.walk();
        for part in node.children(&mut cursor) {
            match part.kind() {
                "{" | "}" | "comment" => {}
                "format_specifier" => {
                    plain = false;
                    for nested in named_children(part)
                        .into_iter()
                        .filter(|n| n.kind() == "interpolation")
                    {
                        self.interpolation(nested, ctx)?;
                    }
                }
                "type_conversion" | "=" => plain = false,
                _ if part.is_named() && text.is_none() => {
                    text = self.expression(part, ctx)?.as_text();
                }
                _ => {
                    plain = false;
                    if part.is_named() {
                        self.expression(part, ctx)?;
                    }
                }
            }
        }
        Ok(text.filter(|_| plain))
    }

    fn attribute(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let object = self.child_value(node, "object", ctx)?;
        let Some(name) = node.child_by_field_name("attribute") else {
            return Ok(Value::Unknown);
        };
        self.charge_text(name)?;
        Ok(attribute_of(&object, self.text(name)))
    }

    /// A list, tuple or set literal; known when every element (and spread) is.
    fn sequence(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let mut items = Some(Vec::new());
        for element in named_children(node) {
            if element.kind() == "list_splat" {
                let mut spread = Value::Unknown;
                for inner in named_children(element) {
                    spread = self.expression(inner, ctx)?;
                }
                self.charge_many(element, spread.len().unwrap_or(0))?;
                match (items.as_mut(), spread.items()) {
                    (Some(items), Some(spread)) => items.extend(spread),
                    _ => items = None,
                }
            } else {
                let value = self.expression(element, ctx)?;
                if let Some(items) = items.as_mut() {
                    items.push(value);
                }
            }
        }
        Ok(items.map_or(Value::Unknown, Value::seq))
    }

    fn dictionary(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let mut pairs = Some(Vec::new());
        for entry in named_children(node) {
            if entry.kind() == "pair" {
                let key = self.child_value(entry, "key", ctx)?;
                let value = self.child_value(entry, "value", ctx)?;
                if let Some(pairs) = pairs.as_mut() {
                    pairs.push((key, value));
                }
                continue;
            }
            let mut spread = Value::Unknown;
            for inner in named_children(entry) {
                spread = self.expression(inner, ctx)?;
            }
            self.charge_many(entry, spread.len().unwrap_or(0))?;
            match (pairs.as_mut(), spread) {
                (Some(pairs), Value::Dict(more)) => pairs.extend(more.pairs.iter().cloned()),
                _ => pairs = None,
            }
        }
        Ok(pairs.map_or(Value::Unknown, Value::dict))
    }

    fn binary(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let left = self.child_value(node, "left", ctx)?;
        let right = self.child_value(node, "right", ctx)?;
        let operator = node
            .child_by_field_name("operator")
            .map_or("", |op| self.text(op));
        Ok(match (operator, &left) {
            ("+", _) => left.concat(&right),
            ("%", Value::Str(template)) => value::percent_format(template, &right)
                .map_or(Value::Unknown, |text| Value::text(&text)),
            _ => Value::Unknown,
        })
    }

    /// Comprehensions run their first iterable and, for each item, the rest; an iterable known
    /// statically is unrolled like a `for` loop.
    fn comprehension(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let Some(body) = node.child_by_field_name("body") else {
            return Ok(Value::Unknown);
        };
        let clauses: Vec<Node<'t>> = named_children(node)
            .into_iter()
            .filter(|c| matches!(c.kind(), "for_in_clause" | "if_clause"))
            .collect();
        let ctx = ctx.because(|| "module-level comprehension".to_owned());
        self.push_scope(HashMap::new(), ScopeKind::Transparent, None);
        let mut results = Some(Vec::new());
        let outcome = self.clauses(&clauses, body, &ctx, &mut results);
        self.scopes.pop();
        outcome?;
        let is_list = matches!(node.kind(), "list_comprehension");
        Ok(results
            .filter(|_| is_list)
            .map_or(Value::Unknown, Value::seq))
    }

    fn clauses(
        &mut self,
        clauses: &[Node<'t>],
        body: Node<'t>,
        ctx: &Ctx,
        results: &mut Option<Vec<Value<'t>>>,
    ) -> Flow<()> {
        let Some((clause, rest)) = clauses.split_first() else {
            let value = self.expression(body, ctx)?;
            if let Some(results) = results {
                results.push(value);
            }
            return Ok(());
        };
        // Each clause nests the ones after it, so it counts as a level of recursion.
        self.enter(*clause)?;
        let outcome = self.clause(*clause, rest, body, ctx, results);
        self.depth -= 1;
        outcome
    }

    fn clause(
        &mut self,
        clause: Node<'t>,
        rest: &[Node<'t>],
        body: Node<'t>,
        ctx: &Ctx,
        results: &mut Option<Vec<Value<'t>>>,
    ) -> Flow<()> {
        if clause.kind() == "if_clause" {
            // The condition is not evaluated, so which items survive is unknown.
            *results = None;
            self.each_expression(clause, ctx)?;
            return self.clauses(rest, body, ctx, results);
        }
        let iterable = match clause.child_by_field_name("right") {
            Some(right) => self.expression(right, ctx)?,
            None => Value::Unknown,
        };
        let Some(target) = clause.child_by_field_name("left") else {
            return Ok(());
        };
        if iterable.len().is_none() {
            *results = None;
        }
        self.unroll(&iterable, target, ctx, |eval, ctx| {
            eval.clauses(rest, body, ctx, results)
        })
    }
}

fn attribute_of<'t>(object: &Value<'t>, name: &str) -> Value<'t> {
    match object {
        // A mapped task group (`group.expand(...)`, `group.partial(...).expand(...)`) builds
        // its tasks at parse time as a call does: its body runs.
        Value::Function(function)
            if function.kind == FnKind::TaskGroup && matches!(name, "expand" | "partial") =>
        {
            object.clone()
        }
        // Attributes of imported things and of their results keep a dotted path, so that
        // `m.Variable.get` and `PostgresHook(...).get_connection` stay recognisable.
        Value::Path(path) | Value::Object(path) if path.len() + name.len() < value::MAX_TEXT => {
            Value::Path(format!("{path}.{name}").into())
        }
        Value::Path(_) | Value::Object(_) => Value::Unknown,
        Value::Class(class) => match class.attr(name) {
            Some(Value::Function(function)) => {
                let receiver = (function.binding == Binding::Class).then(|| object.clone());
                Value::method(function, receiver)
            }
            Some(other) => other,
            None => Value::Unknown,
        },
        Value::Instance(class) => match class.attr(name) {
            Some(Value::Function(function)) => {
                let receiver = match function.binding {
                    Binding::Instance => Some(object.clone()),
                    Binding::Class => Some(Value::Class(Rc::clone(class))),
                    Binding::Static => None,
                };
                Value::method(function, receiver)
            }
            Some(other) => other,
            None => Value::Unknown,
        },
        _ => match value::builtin_method(object, name) {
            Some(method) => Value::Builtin(Rc::new(value::Builtin {
                receiver: object.clone(),
                method,
            })),
            None => Value::Unknown,
        },
    }
}
