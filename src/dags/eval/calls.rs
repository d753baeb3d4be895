//! Calls: lookups, and entering the bodies of functions defined in the file.

use std::collections::HashMap;
use std::rc::Rc;

use tree_sitter::Node;

use super::context::{CallSite, Ctx, Reason};
use super::{Evaluator, Flow, ScopeKind, named_children};
use crate::dags::names::{self, FnKind};
use crate::dags::syntax::line_of;
use crate::dags::value::{self, Binding, Class, Function, Param, ParamStyle, Value};

#[derive(Default)]
pub(super) struct Args<'t> {
    pub(super) positional: Vec<Value<'t>>,
    pub(super) keywords: Vec<(Rc<str>, Value<'t>)>,
    /// `*x` or `**x` make positions and the set of keywords unknown.
    pub(super) splat: bool,
}

impl<'t> Args<'t> {
    pub(super) fn get(&self, position: usize, keyword: &str) -> Option<&Value<'t>> {
        if let Some((_, value)) = self.keywords.iter().find(|(name, _)| &**name == keyword) {
            return Some(value);
        }
        if self.splat {
            return None;
        }
        self.positional.get(position)
    }
}

impl<'t> Evaluator<'t> {
    pub(super) fn call(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Value<'t>> {
        let callee = self.child_value(node, "function", ctx)?;
        let args = self.call_arguments(node, &callee, ctx)?;
        self.invoke(node, callee, args, ctx)
    }

    fn call_arguments(&mut self, node: Node<'t>, callee: &Value<'t>, ctx: &Ctx) -> Flow<Args<'t>> {
        let ctx = argument_context(callee, ctx);
        match node.child_by_field_name("arguments") {
            Some(arguments) if arguments.kind() == "argument_list" => {
                self.arguments(arguments, &ctx)
            }
            Some(generator) => {
                let value = self.expression(generator, &ctx)?;
                Ok(Args {
                    positional: vec![value],
                    ..Args::default()
                })
            }
            None => Ok(Args::default()),
        }
    }

    fn invoke(
        &mut self,
        node: Node<'t>,
        callee: Value<'t>,
        args: Args<'t>,
        ctx: &Ctx,
    ) -> Flow<Value<'t>> {
        match callee {
            Value::Path(path) => self.call_path(node, path, &args, ctx),
            Value::Function(function) => self.call_function(&function, None, args, node, ctx),
            Value::Method(method) => {
                self.call_function(&method.function, method.receiver.clone(), args, node, ctx)
            }
            Value::Class(class) => self.instantiate(node, &class, args, ctx),
            Value::Builtin(builtin) => {
                // Builtins copy their inputs; charge for it.
                let copied = [&builtin.receiver]
                    .into_iter()
                    .chain(&args.positional)
                    .filter_map(Value::len)
                    .sum();
                self.charge_many(node, copied)?;
                Ok(value::call_builtin(
                    &builtin.receiver,
                    builtin.method,
                    &args.positional,
                    &args.keywords,
                ))
            }
            _ => Ok(Value::Unknown),
        }
    }

    /// A call of something imported (or unbound): a lookup, or an object we know nothing about.
    fn call_path(
        &mut self,
        node: Node<'t>,
        path: Rc<str>,
        args: &Args<'t>,
        ctx: &Ctx,
    ) -> Flow<Value<'t>> {
        if let Some(lookup) = names::lookup_call(&path) {
            self.emit(node, lookup, args, ctx)?;
        }
        if &*path == "range" {
            let range = value::range(&args.positional);
            self.charge_many(node, range.len().unwrap_or(0))?;
            return Ok(range);
        }
        Ok(Value::Object(path))
    }

    fn instantiate(
        &mut self,
        node: Node<'t>,
        class: &Rc<Class<'t>>,
        args: Args<'t>,
        ctx: &Ctx,
    ) -> Flow<Value<'t>> {
        let instance = Value::Instance(Rc::clone(class));
        if let Some(Value::Function(init)) = class.attr("__init__") {
            self.call_function(&init, Some(instance.clone()), args, node, ctx)?;
        }
        Ok(instance)
    }

    pub(super) fn arguments(&mut self, node: Node<'t>, ctx: &Ctx) -> Flow<Args<'t>> {
        let mut args = Args::default();
        for argument in named_children(node) {
            match argument.kind() {
                "keyword_argument" => {
                    let name = argument.child_by_field_name("name");
                    if let Some(name) = name {
                        self.charge_text(name)?;
                    }
                    let name: Rc<str> = name.map_or("", |n| self.text(n)).into();
                    let arg_ctx = if &*name == "default_args" {
                        ctx.because(|| "default_args".to_owned())
                    } else {
                        ctx.clone()
                    };
                    let value = self.child_value(argument, "value", &arg_ctx)?;
                    args.keywords.push((name, value));
                }
                "list_splat" | "dictionary_splat" => {
                    self.each_expression(argument, ctx)?;
                    args.splat = true;
                }
                _ => {
                    let value = self.expression(argument, ctx)?;
                    args.positional.push(value);
                }
            }
        }
        Ok(args)
    }

    /// Runs the body of a function of this file, as its call does at parse time. Task bodies
    /// are not run (calling a `@task` only creates the task), nor recursive calls.
    pub(super) fn call_function(
        &mut self,
        function: &Rc<Function<'t>>,
        receiver: Option<Value<'t>>,
        args: Args<'t>,
        call: Node<'t>,
        ctx: &Ctx,
    ) -> Flow<Value<'t>> {
        let id = function.node.id();
        if function.kind == FnKind::Task || self.active.contains(&id) {
            return Ok(Value::Unknown);
        }
        let Some(body) = function.node.child_by_field_name("body") else {
            return Ok(Value::Unknown);
        };
        let body_ctx = self.enter_function(function, receiver, args, call, ctx);
        self.active.insert(id);
        let outcome = self.block(body, &body_ctx);
        self.active.remove(&id);
        self.scopes.pop();
        outcome.map(|()| Value::Unknown)
    }

    /// Pushes the function's scope with its arguments bound; returns the context of its body.
    fn enter_function(
        &mut self,
        function: &Function<'t>,
        receiver: Option<Value<'t>>,
        args: Args<'t>,
        call: Node<'t>,
        ctx: &Ctx,
    ) -> Ctx {
        let receiver = if function.binding == Binding::Static {
            None
        } else {
            receiver
        };
        let vars = bind_parameters(&function.params, receiver, args);
        let kind = function
            .enclosing
            .map_or(ScopeKind::Opaque, ScopeKind::Closure);
        self.push_scope(vars, kind, None);
        let line = line_of(call);
        let parent = ctx.caller().cloned();
        let site = CallSite {
            function: Rc::clone(&function.name),
            kind: function.kind,
            is_method: function.is_method,
            line,
            root_line: parent.as_ref().map_or(line, |parent| parent.root_line),
            hops: parent.as_ref().map_or(0, |parent| parent.hops + 1),
            parent,
        };
        Ctx {
            reason: Reason::Call(Rc::new(site)),
            repeated: ctx.repeated,
        }
    }
}

/// Contexts for the arguments of notable calls, evaluated at module level.
fn argument_context(callee: &Value, ctx: &Ctx) -> Ctx {
    let name = match callee {
        Value::Path(path) => path.as_ref(),
        Value::Class(class) => class.name.as_ref(),
        _ => return ctx.clone(),
    };
    if names::is_dag_class(name) {
        ctx.because(|| "DAG(...) argument".to_owned())
    } else if names::is_dag_decorator(name) {
        ctx.because(|| "@dag(...) argument".to_owned())
    } else if names::is_operator(name) {
        ctx.because(|| format!("{}(...) argument", names::short(name)))
    } else {
        ctx.clone()
    }
}

/// Binds call arguments to parameters the way Python does, with unknown for what cannot be
/// matched statically.
fn bind_parameters<'t>(
    params: &[Param<'t>],
    receiver: Option<Value<'t>>,
    args: Args<'t>,
) -> HashMap<Rc<str>, Value<'t>> {
    let mut positional = receiver.into_iter().chain(args.positional);
    let mut keywords: HashMap<Rc<str>, Value<'t>> = args.keywords.into_iter().collect();
    let mut vars = HashMap::new();
    for param in params {
        let keyword = keywords.remove(&param.name);
        let value = match param.style {
            ParamStyle::Positional => {
                keyword.or_else(|| if args.splat { None } else { positional.next() })
            }
            ParamStyle::KeywordOnly => keyword,
            ParamStyle::VarArgs if !args.splat => Some(Value::seq(positional.by_ref().collect())),
            ParamStyle::VarArgs | ParamStyle::VarKeywords => Some(Value::Unknown),
        };
        let value = value.or_else(|| {
            if args.splat {
                None
            } else {
                param.default.clone()
            }
        });
        vars.insert(Rc::clone(&param.name), value.unwrap_or(Value::Unknown));
    }
    vars
}
