//! Why the code being evaluated runs at parse time, as reported in [`Lookup::context`].
//!
//! [`Lookup::context`]: crate::dags::Lookup::context

use std::fmt::Write as _;
use std::rc::Rc;

use crate::dags::names::FnKind;

/// Where evaluation is: the reason lookups here run at parse time.
#[derive(Clone)]
pub(super) struct Ctx {
    pub(super) reason: Reason,
    pub(super) repeated: bool,
}

#[derive(Clone)]
pub(super) enum Reason {
    Module(Rc<str>),
    Call(Rc<CallSite>),
}

/// A call into a function of the file, linked to the call that reached its caller.
pub(super) struct CallSite {
    pub(super) function: Rc<str>,
    pub(super) kind: FnKind,
    pub(super) is_method: bool,
    pub(super) line: usize,
    pub(super) parent: Option<Rc<CallSite>>,
    /// Line of the module-level call the chain starts from.
    pub(super) root_line: usize,
    /// Calls between this one and module level.
    pub(super) hops: usize,
}

/// Call chains longer than this are shortened in contexts.
const SHOWN_HOPS: usize = 4;

impl Ctx {
    pub(super) fn module() -> Self {
        Ctx {
            reason: Reason::Module("module level".into()),
            repeated: false,
        }
    }

    /// A more specific reason, at module level only: inside a called function the call chain is
    /// the reason, whatever construct the lookup sits in.
    pub(super) fn because(&self, reason: impl FnOnce() -> String) -> Ctx {
        match self.reason {
            Reason::Module(_) => Ctx {
                reason: Reason::Module(reason().into()),
                ..self.clone()
            },
            Reason::Call(_) => self.clone(),
        }
    }

    pub(super) fn repeating(&self) -> Ctx {
        Ctx {
            repeated: true,
            ..self.clone()
        }
    }

    pub(super) fn caller(&self) -> Option<&Rc<CallSite>> {
        match &self.reason {
            Reason::Module(_) => None,
            Reason::Call(site) => Some(site),
        }
    }

    pub(super) fn describe(&self) -> String {
        match &self.reason {
            Reason::Module(text) => text.to_string(),
            Reason::Call(site) => describe_call(site),
        }
    }
}

/// A function's name as shown in a context: cut short, because the context is built once per
/// lookup and a crafted file could otherwise make it as long as the file, for every lookup.
fn name(function: &str) -> String {
    const SHOWN: usize = 64;
    match function.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}...", &function[..at]),
        None => function.to_owned(),
    }
}

fn describe_call(site: &CallSite) -> String {
    let function = name(&site.function);
    let mut text = match (site.kind, site.is_method) {
        (FnKind::Dag, _) => format!("body of @dag function `{function}` called "),
        (FnKind::TaskGroup, _) => {
            format!("body of @task_group function `{function}` called ")
        }
        (_, true) => format!("method `{function}` called "),
        _ => format!("function `{function}` called "),
    };
    let mut current = site;
    for _ in 0..SHOWN_HOPS {
        let Some(parent) = &current.parent else { break };
        let _ = write!(
            text,
            "from `{}` (line {}), which is called ",
            name(&parent.function),
            current.line
        );
        current = parent;
    }
    if current.parent.is_some() {
        let _ = write!(text, "through {} more functions ", current.hops);
    }
    let _ = write!(text, "at module level (line {})", current.root_line);
    text
}
