//! Finds the Airflow secret lookups that a DAG file makes every time Airflow's DAG processor
//! parses it (imports it), as opposed to the ones that only run when a task executes.
//!
//! Pure: no AWS, no file system, no printing. The caller reads files, calls
//! [`parse_time_lookups`] once per file, and turns the result into API calls and money.
//!
//! # How
//! The file is parsed with tree-sitter's Python grammar, then its module body is *symbolically
//! executed*: statements run in order the way Python runs them on import, names from imports,
//! `def`s, `class`es and string constants are tracked, and a function body is entered only when
//! that function is called from code that itself runs on import. Every recognised lookup reached
//! this way is reported once per time it runs (a helper called twice is reported twice, a loop
//! over a literal list once per element), with its key when the key is known statically.
//!
//! Parser choice: `tree-sitter` with `tree-sitter-python` is maintained by the tree-sitter
//! project, stable on crates.io with an MSRV below ours, error tolerant (it locates syntax
//! errors) and covers Python 3.8–3.13 syntax; `rustpython-parser` is unmaintained and
//! `ruff_python_parser` is published only as an internal 0.0.x crate that needs the newest Rust.
//!
//! # Recognised lookups
//! See [`RECOGNISED_CALLS`]. A call is recognised through import aliases
//! (`from airflow.models import Variable as V`, `import airflow.models as m`), when the class is
//! not imported at all (a star import), on subclasses of a hook defined in the file, and on hook
//! instances (`PostgresHook(...).get_connection(...)`). A class of the same name imported from
//! outside `airflow` is not a lookup.
//!
//! # What runs at parse time
//! Module-level statements (including `if`/`try`/`with`/`match` bodies, `for`/`while` loops and
//! comprehensions), class bodies, decorator expressions and default argument values of `def`s
//! that run, arguments of every call that runs (`DAG(...)`, operators, `default_args`), and the
//! bodies of functions, `@dag` functions, `@task_group` functions, methods and `__init__`s that
//! are called (directly or transitively) from such code.
//!
//! Not at parse time: bodies of functions never called on import (such as `python_callable`
//! targets), `@task`/`@task.<flavour>`/`@setup`/`@teardown` bodies, lambda bodies, Jinja
//! templates inside strings, code under `if __name__ == "__main__":` or `if TYPE_CHECKING:`.
//!
//! # Known approximations
//! Every branch of an `if`/`try`/`match` is counted (conditions are not evaluated, except the
//! static cases above). A loop over something not known statically runs its body once, and its
//! lookups are marked [`Lookup::repeated`]; a recursive call is entered once; generator
//! expressions are assumed to be consumed. Not followed: functions imported from other modules
//! (including the DAG folder's own helpers), functions passed to other code (`map(f, ...)`,
//! callbacks), `getattr` and other dynamic access, hook methods that fetch their connection
//! internally (`S3Hook(...).list_keys(...)`). Annotations are not evaluated.
//!
//! # Cost
//! Linear in the file: parsing is linear, and evaluation has a step budget proportional to the
//! file's size. Recursion is bounded by a nesting limit, so hostile input cannot overflow the
//! stack; files over the limits get an [`ErrorKind::TooComplex`] error.

mod eval;
mod names;
mod syntax;
#[cfg(test)]
mod tests;
mod value;

use std::fmt;

/// The kind of secret a lookup reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LookupKind {
    /// An Airflow variable (`Variable.get`).
    Variable,
    /// An Airflow connection (`BaseHook.get_connection`).
    Connection,
}

/// One evaluation of a secret lookup during a parse of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    /// 1-based line of the call.
    pub line: usize,
    pub kind: LookupKind,
    /// The variable key or connection id when it is known statically (a literal, a constant, a
    /// literal argument of the calling function, a loop over a literal list); `None` otherwise.
    pub key: Option<String>,
    /// The call as resolved through aliases, e.g. `Variable.get`, `PostgresHook.get_connection`.
    pub call: String,
    /// Why the call runs at parse time, e.g. `module level`, `default_args`,
    /// "function `load_conf` called at module level (line 12)".
    pub context: String,
    /// The call sits in a loop or comprehension whose number of iterations is not known
    /// statically: it may run any number of times per parse, and is reported once.
    pub repeated: bool,
}

/// Why a file could not be analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Python would refuse to import the file, so Airflow makes no lookup for it.
    Syntax,
    /// The file is valid as far as we know but too large or too deeply nested to analyse within
    /// bounded time and stack; its lookups are unknown.
    TooComplex,
}

/// A file that could not be analysed (named for its most common cause).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line of the problem.
    pub line: usize,
    pub message: String,
    pub kind: ErrorKind,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// One recognised lookup method. `class` is matched against the last name before the method,
/// after resolving imports; it must come from an `airflow` module (or not be imported at all),
/// except `*Hook`, which is any class whose name ends in `Hook`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recognised {
    pub class: &'static str,
    pub method: &'static str,
    pub kind: LookupKind,
    /// Keyword name of the key argument (it is also the first positional argument).
    pub key_param: &'static str,
}

/// Every call reported as a lookup. `Variable.setdefault` and `BaseHook.get_hook` are included
/// because they call `Variable.get` and `get_connection` internally.
pub const RECOGNISED_CALLS: &[Recognised] = &[
    variable("get"),
    variable("setdefault"),
    variable("get_variable_from_secrets"),
    connection("BaseHook", "get_connection"),
    connection("BaseHook", "get_hook"),
    connection("*Hook", "get_connection"),
    connection("*Hook", "get_hook"),
    connection("Connection", "get_connection_from_secrets"),
    connection("Connection", "get"),
];

const fn variable(method: &'static str) -> Recognised {
    Recognised {
        class: "Variable",
        method,
        kind: LookupKind::Variable,
        key_param: "key",
    }
}

const fn connection(class: &'static str, method: &'static str) -> Recognised {
    Recognised {
        class,
        method,
        kind: LookupKind::Connection,
        key_param: "conn_id",
    }
}

/// The lookups that run every time Airflow parses `source` (one DAG file), sorted by line.
///
/// Errors with the line of the first syntax error, since Python imports nothing from such a
/// file; or when the file is too big or deeply nested to analyse in bounded time and stack.
pub fn parse_time_lookups(source: &str) -> Result<Vec<Lookup>, SyntaxError> {
    // Python skips a UTF-8 byte order mark; the grammar would see it as indentation.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let parsed = syntax::parse(source)?;
    let mut found = eval::run(&parsed.tree, source, parsed.nodes)?;
    found.sort_by_key(|lookup| lookup.line);
    Ok(found)
}
