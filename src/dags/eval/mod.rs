//! Symbolic execution of a module body, as Python runs it on import.
//!
//! Cost is bounded twice: recursion depth (syntax nesting plus nested calls) by
//! [`MAX_EVAL_DEPTH`], and total work by a step budget proportional to the file's size, so
//! unrolled loops and repeated calls cannot make the analysis super-linear.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use tree_sitter::{Node, Tree};

use super::names;
use super::syntax::{line_of, too_complex};
use super::value::Value;
use super::{Lookup, SyntaxError};
use calls::Args;
use context::Ctx;

mod calls;
mod context;
mod expressions;
mod statements;

/// Recursion limit of the evaluator: statements and expressions being evaluated, including
/// those of the functions being called. Each level costs at most about 2.5 KiB of stack in a
/// debug build (much less optimised), so this fits a 2 MiB thread stack with room to spare.
const MAX_EVAL_DEPTH: usize = 500;

/// Steps allowed per syntax node, plus a fixed allowance: enough to walk any file a few times
/// and to unroll realistic loops and helper calls many times over (a 100 KB DAG file gets about
/// two million steps, a fraction of a second), while staying linear in the file size.
const STEPS_PER_NODE: usize = 4;
const STEPS_BASE: usize = 2_000_000;

/// More parse-time lookups than any real file makes; reporting them all would only cost memory.
const MAX_LOOKUPS: usize = 100_000;

/// Bytes of a name or string that cost one more step each time it is evaluated.
const TEXT_BYTES_PER_STEP: usize = 64;

type Flow<T> = Result<T, Stop>;

/// Why evaluation stopped early.
enum Stop {
    Depth(usize),
    Steps(usize),
    Lookups(usize),
}

pub(super) fn run(tree: &Tree, source: &str, nodes: usize) -> Result<Vec<Lookup>, SyntaxError> {
    let mut eval = Evaluator::new(source, nodes);
    let outcome = eval.block(tree.root_node(), &Ctx::module());
    match outcome {
        Ok(()) => Ok(eval.found),
        Err(Stop::Depth(line)) => Err(too_complex(
            line,
            format!(
                "code nests more than {MAX_EVAL_DEPTH} levels deep (counting calls into functions); \
                 too deep to analyse"
            ),
        )),
        Err(Stop::Lookups(line)) => Err(too_complex(
            line,
            format!(
                "the file makes more than {MAX_LOOKUPS} parse-time lookups; too many to report"
            ),
        )),
        Err(Stop::Steps(line)) => Err(too_complex(
            line,
            "evaluating the file's top level takes too many steps (huge loops or call fan-out); \
             too large to analyse"
                .to_owned(),
        )),
    }
}

enum ScopeKind {
    /// Function and class bodies see their own names, then the module's.
    Opaque,
    /// Comprehensions also see the enclosing scope.
    Transparent,
    /// A function defined in another function also sees that function's scope (by id), when it
    /// is still being evaluated.
    Closure(usize),
}

struct Scope<'t> {
    id: usize,
    vars: HashMap<Rc<str>, Value<'t>>,
    kind: ScopeKind,
    /// Set for class bodies, to name their methods `Class.method`.
    class: Option<Rc<str>>,
}

struct Evaluator<'t> {
    source: &'t str,
    globals: HashMap<Rc<str>, Value<'t>>,
    scopes: Vec<Scope<'t>>,
    /// Functions being evaluated, by node id, so recursion is entered once.
    active: HashSet<usize>,
    next_scope_id: usize,
    found: Vec<Lookup>,
    steps_left: usize,
    depth: usize,
}

impl<'t> Evaluator<'t> {
    fn new(source: &'t str, nodes: usize) -> Self {
        Evaluator {
            source,
            globals: HashMap::new(),
            scopes: Vec::new(),
            active: HashSet::new(),
            next_scope_id: 0,
            found: Vec::new(),
            steps_left: STEPS_BASE.saturating_add(nodes.saturating_mul(STEPS_PER_NODE)),
            depth: 0,
        }
    }

    fn enter(&mut self, node: Node) -> Flow<()> {
        self.charge(node)?;
        if node.child_count() == 0 || node.kind() == "string" {
            self.charge_text(node)?;
        }
        self.depth += 1;
        if self.depth > MAX_EVAL_DEPTH {
            return Err(Stop::Depth(line_of(node)));
        }
        Ok(())
    }

    fn charge(&mut self, node: Node) -> Flow<()> {
        self.charge_many(node, 1)
    }

    fn charge_many(&mut self, node: Node, steps: usize) -> Flow<()> {
        self.steps_left = self
            .steps_left
            .checked_sub(steps)
            .ok_or(Stop::Steps(line_of(node)))?;
        Ok(())
    }

    /// Charges for work proportional to a node's text (hashing or copying a name, decoding a
    /// string), so that a long name evaluated many times over counts for what it costs.
    fn charge_text(&mut self, node: Node) -> Flow<()> {
        self.charge_many(node, node.byte_range().len() / TEXT_BYTES_PER_STEP)
    }

    fn text(&self, node: Node) -> &'t str {
        self.source.get(node.byte_range()).unwrap_or("")
    }

    fn lookup_name(&self, name: &str) -> Value<'t> {
        let mut at = self.scopes.len();
        while let Some(below) = at.checked_sub(1) {
            let scope = &self.scopes[below];
            if let Some(value) = scope.vars.get(name) {
                return value.clone();
            }
            at = match scope.kind {
                ScopeKind::Transparent => below,
                ScopeKind::Opaque => break,
                ScopeKind::Closure(id) => {
                    match self.scopes[..below]
                        .iter()
                        .rposition(|scope| scope.id == id)
                    {
                        Some(enclosing) => enclosing + 1,
                        None => break,
                    }
                }
            };
        }
        self.globals
            .get(name)
            .cloned()
            .unwrap_or_else(|| Value::Path(name.into()))
    }

    fn push_scope(
        &mut self,
        vars: HashMap<Rc<str>, Value<'t>>,
        kind: ScopeKind,
        class: Option<Rc<str>>,
    ) {
        self.next_scope_id += 1;
        self.scopes.push(Scope {
            id: self.next_scope_id,
            vars,
            kind,
            class,
        });
    }

    /// The scope of the function whose body is being evaluated, if any: a function defined now
    /// closes over it.
    fn function_scope(&self) -> Option<usize> {
        let scope = self
            .scopes
            .iter()
            .rev()
            .find(|scope| !matches!(scope.kind, ScopeKind::Transparent))?;
        scope.class.is_none().then_some(scope.id)
    }

    fn set_name(&mut self, name: &str, value: Value<'t>) {
        let vars = match self.scopes.last_mut() {
            Some(scope) => &mut scope.vars,
            None => &mut self.globals,
        };
        vars.insert(name.into(), value);
    }

    fn emit(
        &mut self,
        node: Node,
        recognised: names::LookupCall,
        args: &Args<'t>,
        ctx: &Ctx,
    ) -> Flow<()> {
        if self.found.len() == MAX_LOOKUPS {
            return Err(Stop::Lookups(line_of(node)));
        }
        let key = match args.get(0, recognised.recognised.key_param) {
            Some(Value::Str(key)) => Some(key.to_string()),
            _ => None,
        };
        self.found.push(Lookup {
            line: line_of(node),
            kind: recognised.recognised.kind,
            key,
            call: recognised.call,
            context: ctx.describe(),
            repeated: ctx.repeated,
        });
        Ok(())
    }
}

fn named_children(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|child| child.kind() != "comment")
        .collect()
}

fn children_by_field<'t>(node: Node<'t>, field: &str) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.children_by_field_name(field, &mut cursor).collect()
}

fn unparenthesize(mut node: Node) -> Node {
    while node.kind() == "parenthesized_expression" {
        match node.named_child(0) {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// `airflow . models` and `airflow.models` alike.
fn dotted(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
