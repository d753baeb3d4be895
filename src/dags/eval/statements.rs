//! Statements and definitions, run in order as on import.

use std::collections::HashMap;
use std::rc::Rc;

use tree_sitter::Node;

use super::calls::Args;
use super::context::Ctx;
use super::{
    Evaluator, Flow, ScopeKind, children_by_field, dotted, named_children, unparenthesize,
};
use crate::dags::names::{self, FnKind};
use crate::dags::value::{self, Binding, Class, Function, Param, ParamStyle, Value};

impl<'t> Evaluator<'t> {
    pub(super) fn block(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        for statement in named_children(node) {
            self.statement(statement, ctx)?;
        }
        Ok(())
    }

    fn statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        self.enter(node)?;
        let result = self.statement_inner(node, ctx);
        self.depth -= 1;
        result
    }

    fn statement_inner(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        match node.kind() {
            "expression_statement" => self.expression_statement(node, ctx),
            "if_statement" => self.if_statement(node, ctx),
            "for_statement" => self.for_statement(node, ctx),
            "while_statement" => self.while_statement(node, ctx),
            "try_statement" => self.try_statement(node, ctx),
            "with_statement" => self.with_statement(node, ctx),
            "match_statement" => self.match_statement(node, ctx),
            "function_definition" => self.define_function(node, &[], ctx),
            "class_definition" => self.define_class(node, ctx),
            "decorated_definition" => self.decorated(node, ctx),
            "import_statement" => self.import(node),
            "import_from_statement" => self.import_from(node),
            "block" => self.block(node, ctx),
            // Nothing to evaluate; `type X = ...` values are evaluated lazily.
            "future_import_statement"
            | "pass_statement"
            | "break_statement"
            | "continue_statement"
            | "global_statement"
            | "nonlocal_statement"
            | "type_alias_statement"
            | "comment" => Ok(()),
            // return, raise, assert, del and anything new: evaluate what they contain.
            _ => self.each_expression(node, ctx),
        }
    }

    fn expression_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        for part in named_children(node) {
            self.expression_part(part, ctx)?;
        }
        Ok(())
    }

    /// One part of an expression statement: an assignment or a bare expression.
    pub(super) fn expression_part(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        match node.kind() {
            "assignment" => self.assignment(node, ctx),
            "augmented_assignment" => self.augmented_assignment(node, ctx),
            _ => self.expression(node, ctx),
        }
    }

    fn assignment(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let left = node.child_by_field_name("left");
        let Some(right) = node.child_by_field_name("right") else {
            return Ok(Value::Unknown); // a bare annotation, `x: int`
        };
        let is_default_args = left
            .filter(|left| left.kind() == "identifier")
            .is_some_and(|left| {
                self.text(left)
                    .to_ascii_lowercase()
                    .contains("default_args")
            });
        let ctx = if is_default_args {
            ctx.because(|| "default_args".to_owned())
        } else {
            ctx.clone()
        };
        let value = self.expression_part(right, &ctx)?;
        if let Some(left) = left {
            self.bind(left, value.clone(), &ctx)?;
        }
        Ok(value)
    }

    fn augmented_assignment(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let (Some(left), Some(right)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
        ) else {
            return Ok(Value::Unknown);
        };
        let current = self.expression(left, ctx)?;
        let change = self.expression(right, ctx)?;
        let is_plus = node
            .child_by_field_name("operator")
            .is_some_and(|op| self.text(op) == "+=");
        let value = if is_plus {
            current.concat(&change)
        } else {
            Value::Unknown
        };
        self.bind(left, value.clone(), ctx)?;
        Ok(value)
    }

    /// Binds an assignment or loop target; attribute and subscript targets are evaluated for the
    /// lookups they may contain, and bind nothing.
    fn bind(&mut self, target: Node<'t>, value: Value<'t>, ctx: &Ctx) -> Flow<()> {
        match target.kind() {
            "identifier" => {
                self.charge_text(target)?;
                self.set_name(self.text(target), value);
                Ok(())
            }
            "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list"
            | "expression_list" => {
                let targets = named_children(target);
                // Checked before `items()`, which copies the value.
                let fits = value.len() == Some(targets.len())
                    && targets.iter().all(|t| t.kind() != "list_splat_pattern");
                let items = if fits { value.items() } else { None };
                for (at, target) in targets.into_iter().enumerate() {
                    let item = items
                        .as_ref()
                        .map_or(Value::Unknown, |items| items[at].clone());
                    self.bind(target, item, ctx)?;
                }
                Ok(())
            }
            "parenthesized_expression" | "list_splat_pattern" | "as_pattern_target" => {
                for inner in named_children(target) {
                    self.bind(inner, Value::Unknown, ctx)?;
                }
                Ok(())
            }
            _ => self.each_expression(target, ctx),
        }
    }

    fn if_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        let mut branches = vec![(
            node.child_by_field_name("condition"),
            node.child_by_field_name("consequence"),
        )];
        for alternative in children_by_field(node, "alternative") {
            let body = match alternative.kind() {
                "elif_clause" => alternative.child_by_field_name("consequence"),
                _ => alternative.child_by_field_name("body"),
            };
            branches.push((alternative.child_by_field_name("condition"), body));
        }
        for (condition, body) in branches {
            let truth = match condition {
                Some(condition) => {
                    self.expression(condition, ctx)?;
                    self.static_truth(condition)
                }
                None => Some(true), // else
            };
            if let Some(body) = body.filter(|_| truth != Some(false)) {
                self.block(body, ctx)?;
            }
            if truth == Some(true) {
                break;
            }
        }
        Ok(())
    }

    /// Conditions whose value on import is known: `__name__ == "__main__"` is false because
    /// Airflow imports DAG files under another name, `TYPE_CHECKING` is false at run time.
    fn static_truth(&self, condition: Node<'t>) -> Option<bool> {
        let condition = unparenthesize(condition);
        match condition.kind() {
            "false" | "none" => Some(false),
            "true" => Some(true),
            "identifier" | "attribute" if self.text(condition).ends_with("TYPE_CHECKING") => {
                Some(false)
            }
            "comparison_operator" => self.main_guard(condition),
            _ => None,
        }
    }

    fn main_guard(&self, condition: Node<'t>) -> Option<bool> {
        let operands = named_children(condition);
        let [left, right] = operands.as_slice() else {
            return None;
        };
        let texts = [self.text(*left), self.text(*right)];
        let is_main = |text: &str| text == "\"__main__\"" || text == "'__main__'";
        let matches = (texts[0] == "__name__" && is_main(texts[1]))
            || (texts[1] == "__name__" && is_main(texts[0]));
        if !matches {
            return None;
        }
        let operator = condition.child(1).map(|op| self.text(op))?;
        match operator {
            "==" => Some(false),
            "!=" => Some(true),
            _ => None,
        }
    }

    fn for_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        let iterable = match node.child_by_field_name("right") {
            Some(right) => self.expression(right, ctx)?,
            None => Value::Unknown,
        };
        let body_ctx = ctx.because(|| "top-level for loop".to_owned());
        if let (Some(target), Some(body)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("body"),
        ) {
            self.unroll(&iterable, target, &body_ctx, |eval, ctx| {
                eval.block(body, ctx)
            })?;
        }
        self.else_clause(node, ctx)
    }

    /// Runs `body` once per item of a statically known iterable, with `target` bound to it; or
    /// once, marked repeated, when the iterable is unknown.
    pub(super) fn unroll(
        &mut self,
        iterable: &Value<'t>,
        target: Node<'t>,
        ctx: &Ctx,
        mut body: impl FnMut(&mut Self, &Ctx) -> Flow<()>,
    ) -> Flow<()> {
        let Some(items) = iterable.items() else {
            self.bind(target, Value::Unknown, ctx)?;
            return body(self, &ctx.repeating());
        };
        for item in items {
            self.charge(target)?;
            self.bind(target, item, ctx)?;
            body(self, ctx)?;
        }
        Ok(())
    }

    fn while_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        if let Some(condition) = node.child_by_field_name("condition") {
            self.expression(condition, ctx)?;
        }
        if let Some(body) = node.child_by_field_name("body") {
            let body_ctx = ctx
                .because(|| "top-level while loop".to_owned())
                .repeating();
            self.block(body, &body_ctx)?;
        }
        self.else_clause(node, ctx)
    }

    fn else_clause(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        if let Some(body) = node
            .child_by_field_name("alternative")
            .and_then(|clause| clause.child_by_field_name("body"))
        {
            self.block(body, ctx)?;
        }
        Ok(())
    }

    /// Every clause may run: the body, any handler, `else` and `finally`.
    fn try_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        for part in named_children(node) {
            match part.kind() {
                "block" => self.block(part, ctx)?,
                "except_clause" | "except_group_clause" => {
                    for item in named_children(part) {
                        if item.kind() == "block" {
                            self.block(item, ctx)?;
                        } else {
                            self.expression(item, ctx)?;
                        }
                    }
                }
                "else_clause" | "finally_clause" => {
                    for body in named_children(part) {
                        self.block(body, ctx)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn with_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        let mut builds_dag = false;
        let clauses = named_children(node)
            .into_iter()
            .filter(|part| part.kind() == "with_clause");
        for item in clauses.flat_map(named_children) {
            let Some(value) = item.child_by_field_name("value") else {
                continue;
            };
            let (expression, alias) = if value.kind() == "as_pattern" {
                (
                    named_children(value).first().copied(),
                    value.child_by_field_name("alias"),
                )
            } else {
                (Some(value), None)
            };
            let Some(expression) = expression else {
                continue;
            };
            let result = self.expression(expression, ctx)?;
            builds_dag |= matches!(&result, Value::Object(path) if names::is_dag_class(path));
            if let Some(alias) = alias {
                self.bind(alias, Value::Unknown, ctx)?;
            }
        }
        if let Some(body) = node.child_by_field_name("body") {
            let body_ctx = if builds_dag {
                ctx.because(|| "with DAG(...) block".to_owned())
            } else {
                ctx.clone()
            };
            self.block(body, &body_ctx)?;
        }
        Ok(())
    }

    fn match_statement(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        for subject in children_by_field(node, "subject") {
            self.expression(subject, ctx)?;
        }
        let cases = node
            .child_by_field_name("body")
            .map(named_children)
            .unwrap_or_default();
        for case in cases
            .into_iter()
            .filter(|case| case.kind() == "case_clause")
        {
            if let Some(guard) = case.child_by_field_name("guard") {
                self.each_expression(guard, ctx)?;
            }
            if let Some(body) = case.child_by_field_name("consequence") {
                self.block(body, ctx)?;
            }
        }
        Ok(())
    }

    fn import(&mut self, node: Node<'t>) -> Flow<()> {
        self.charge_text(node)?;
        for name in children_by_field(node, "name") {
            if name.kind() == "aliased_import" {
                let (Some(path), Some(alias)) = (
                    name.child_by_field_name("name"),
                    name.child_by_field_name("alias"),
                ) else {
                    continue;
                };
                let path = dotted(self.text(path));
                self.set_name(self.text(alias), Value::Path(path.into()));
            } else {
                // `import a.b.c` binds `a`; attribute access rebuilds the rest of the path.
                let path = dotted(self.text(name));
                let root = path.split('.').next().unwrap_or_default().to_owned();
                self.set_name(&root, Value::Path(root.as_str().into()));
            }
        }
        Ok(())
    }

    fn import_from(&mut self, node: Node<'t>) -> Flow<()> {
        self.charge_text(node)?;
        let module = node
            .child_by_field_name("module_name")
            .map(|module| dotted(self.text(module)))
            .unwrap_or_default();
        for name in children_by_field(node, "name") {
            let (imported, bound) = if name.kind() == "aliased_import" {
                match (
                    name.child_by_field_name("name"),
                    name.child_by_field_name("alias"),
                ) {
                    (Some(imported), Some(alias)) => {
                        (dotted(self.text(imported)), self.text(alias).to_owned())
                    }
                    _ => continue,
                }
            } else {
                let imported = dotted(self.text(name));
                (imported.clone(), imported)
            };
            self.set_name(&bound, Value::Path(format!("{module}.{imported}").into()));
        }
        Ok(())
    }

    fn decorated(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        let Some(definition) = node.child_by_field_name("definition") else {
            return Ok(());
        };
        let name = definition
            .child_by_field_name("name")
            .map_or("", |name| self.text(name));
        let decorator_ctx = ctx.because(|| format!("decorator of `{name}`"));
        let mut decorators = Vec::new();
        for decorator in named_children(node)
            .into_iter()
            .filter(|d| d.kind() == "decorator")
        {
            for expression in named_children(decorator) {
                decorators.push((expression, self.expression(expression, &decorator_ctx)?));
            }
        }
        if definition.kind() == "class_definition" {
            self.define_class(definition, ctx)?;
        } else {
            let values: Vec<&Value<'t>> = decorators.iter().map(|(_, value)| value).collect();
            self.define_function(definition, &values, ctx)?;
        }
        // Decorators defined in this file run now, innermost first, with the new object.
        let defined = self.lookup_name(name);
        for (expression, decorator) in decorators.into_iter().rev() {
            if let Value::Function(function) = decorator {
                let args = Args {
                    positional: vec![defined.clone()],
                    ..Args::default()
                };
                self.call_function(&function, None, args, expression, &decorator_ctx)?;
            }
        }
        Ok(())
    }

    fn define_function(
        &mut self,
        node: Node<'t>,
        decorators: &[&Value<'t>],
        ctx: &Ctx,
    ) -> Flow<()> {
        let name = node
            .child_by_field_name("name")
            .map_or("", |name| self.text(name));
        let class = self.scopes.last().and_then(|scope| scope.class.clone());
        let params = match node.child_by_field_name("parameters") {
            Some(parameters) => {
                let ctx = ctx.because(|| format!("default argument of `{name}`"));
                self.parameters(parameters, &ctx)?
            }
            None => Vec::new(),
        };
        let (kind, binding) = decorated_kind(decorators);
        let (params, depth) = shallow_defaults(params);
        let function = Function {
            name: class
                .as_ref()
                .map_or_else(|| name.into(), |class| format!("{class}.{name}").into()),
            node,
            params,
            kind,
            binding,
            is_method: class.is_some(),
            depth,
            enclosing: self.function_scope(),
        };
        self.set_name(name, Value::Function(Rc::new(function)));
        Ok(())
    }

    /// Parameters with their default values, which are evaluated now, when the `def` runs.
    pub(super) fn parameters(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Vec<Param<'t>>> {
        let mut params = Vec::new();
        let mut keyword_only = false;
        for param in named_children(node) {
            self.charge_text(param)?;
            let named = |name: Option<Node<'t>>| name.map(|name| Rc::<str>::from(self.text(name)));
            let (name, style) = match param.kind() {
                "identifier" => (Some(self.text(param).into()), ParamStyle::Positional),
                "default_parameter" | "typed_default_parameter" => (
                    named(param.child_by_field_name("name")),
                    ParamStyle::Positional,
                ),
                "typed_parameter" => match named_children(param).first() {
                    Some(inner) if inner.kind() == "identifier" => {
                        (Some(self.text(*inner).into()), ParamStyle::Positional)
                    }
                    Some(inner) if inner.kind() == "list_splat_pattern" => {
                        (named(inner.named_child(0)), ParamStyle::VarArgs)
                    }
                    Some(inner) => (named(inner.named_child(0)), ParamStyle::VarKeywords),
                    None => (None, ParamStyle::Positional),
                },
                "list_splat_pattern" => (named(param.named_child(0)), ParamStyle::VarArgs),
                "dictionary_splat_pattern" => {
                    (named(param.named_child(0)), ParamStyle::VarKeywords)
                }
                "keyword_separator" => {
                    keyword_only = true;
                    continue;
                }
                _ => continue,
            };
            if style == ParamStyle::VarArgs {
                keyword_only = true;
            }
            let default = match param.child_by_field_name("value") {
                Some(value) => Some(self.expression(value, ctx)?),
                None => None,
            };
            let style = if keyword_only && style == ParamStyle::Positional {
                ParamStyle::KeywordOnly
            } else {
                style
            };
            if let Some(name) = name {
                params.push(Param {
                    name,
                    default,
                    style,
                });
            }
        }
        Ok(params)
    }

    fn define_class(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<()> {
        let name: Rc<str> = node
            .child_by_field_name("name")
            .map_or("", |name| self.text(name))
            .into();
        let mut bases = Vec::new();
        if let Some(superclasses) = node.child_by_field_name("superclasses") {
            let args = self.arguments(superclasses, ctx)?;
            bases = args.positional;
        }
        self.push_scope(HashMap::new(), ScopeKind::Opaque, Some(Rc::clone(&name)));
        let body_ctx = ctx.because(|| format!("body of class `{name}`"));
        let outcome = match node.child_by_field_name("body") {
            Some(body) => self.block(body, &body_ctx),
            None => Ok(()),
        };
        let scope = self
            .scopes
            .pop()
            .map(|scope| scope.vars)
            .unwrap_or_default();
        outcome?;
        // Inheriting copies ancestor lists; charge for it.
        self.charge_many(
            node,
            bases.len().min(value::MAX_BASES) * value::MAX_ANCESTORS,
        )?;
        let Some(class) = Class::new(Rc::clone(&name), scope, &bases) else {
            self.set_name(&name, Value::Unknown);
            return Ok(());
        };
        self.set_name(&name, Value::Class(Rc::new(class)));
        Ok(())
    }
}

/// How calling a function behaves, and what its first parameter receives, from its decorators.
fn decorated_kind(decorators: &[&Value]) -> (FnKind, Binding) {
    let mut kind = FnKind::Plain;
    let mut binding = Binding::Instance;
    for decorator in decorators {
        let (Value::Path(path) | Value::Object(path)) = decorator else {
            continue;
        };
        match path.as_ref() {
            "staticmethod" => binding = Binding::Static,
            "classmethod" => binding = Binding::Class,
            path => kind = names::decorator_kind(path).unwrap_or(kind),
        }
    }
    (kind, binding)
}

/// Drops default values nested too deeply to keep (see [`value::MAX_VALUE_DEPTH`]); returns
/// the parameters and the depth of the function holding them.
fn shallow_defaults(mut params: Vec<Param>) -> (Vec<Param>, usize) {
    let depth = value::depth_over(params.iter().filter_map(|param| param.default.as_ref()));
    if depth <= value::MAX_VALUE_DEPTH {
        return (params, depth);
    }
    for param in &mut params {
        param.default = None;
    }
    (params, 1)
}
