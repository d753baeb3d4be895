//! What a resolved dotted name means to Airflow.
//!
//! Names are full dotted paths after resolving imports (`airflow.models.Variable.get`), or the
//! bare name when it is not bound in the file (`Variable.get` after a star import).

use super::{RECOGNISED_CALLS, Recognised};

/// A recognised lookup call, with the name to report for it.
pub(super) struct LookupCall {
    pub recognised: &'static Recognised,
    pub call: String,
}

/// How calling a decorated function behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FnKind {
    /// Calling runs the body.
    Plain,
    /// `@task_group`: calling runs the body, which builds the group while the DAG is built.
    TaskGroup,
    /// `@dag`: calling runs the body to build the DAG.
    Dag,
    /// `@task` and friends: calling only creates a task; the body runs when the task executes.
    Task,
}

pub(super) fn lookup_call(path: &str) -> Option<LookupCall> {
    let (prefix, class, method) = split_method(path)?;
    let recognised = RECOGNISED_CALLS.iter().find(|known| {
        known.method == method
            && if known.class == "*Hook" {
                class.ends_with("Hook")
            } else {
                known.class == class && from_airflow(prefix)
            }
    })?;
    Some(LookupCall {
        recognised,
        call: format!("{class}.{method}"),
    })
}

/// `DAG(...)`, the classic constructor.
pub(super) fn is_dag_class(path: &str) -> bool {
    let (prefix, last) = split_last(path);
    last == "DAG" && from_airflow(prefix)
}

/// The `@dag` decorator (called or not).
pub(super) fn is_dag_decorator(path: &str) -> bool {
    let (prefix, last) = split_last(path);
    last == "dag" && from_airflow(prefix)
}

pub(super) fn decorator_kind(path: &str) -> Option<FnKind> {
    if is_dag_decorator(path) {
        return Some(FnKind::Dag);
    }
    let (prefix, last) = split_last(path);
    if last == "task_group" && from_airflow(prefix) {
        return Some(FnKind::TaskGroup);
    }
    // `task`, `task.python`, `task.virtualenv(...)`, `setup`, `teardown`; but not `task_group`.
    let mut segments = path.split('.');
    let root_is_airflow = path.starts_with("airflow.");
    let task_like = |segment: &str| matches!(segment, "task" | "setup" | "teardown");
    let is_task = if root_is_airflow {
        segments.any(task_like)
    } else {
        segments.next().is_some_and(task_like)
    };
    // `python_task`, `docker_task`, a team's own `company_task` or an in-file wrapper of
    // `task`: named like a task decorator, it makes a task, whose body runs at task time.
    let named_like_one = short(path).ends_with("_task");
    (is_task || named_like_one).then_some(FnKind::Task)
}

/// Classes whose constructor arguments deserve their own context in reports.
pub(super) fn is_operator(name: &str) -> bool {
    let (_, last) = split_last(name);
    last.ends_with("Operator") || last.ends_with("Sensor")
}

/// The last segment, e.g. `BashOperator` for `airflow.operators.bash.BashOperator`.
pub(super) fn short(path: &str) -> &str {
    split_last(path).1
}

/// A name is Airflow's when it comes from an `airflow` module or is not imported at all.
fn from_airflow(prefix: &str) -> bool {
    prefix.is_empty() || prefix == "airflow" || prefix.starts_with("airflow.")
}

fn split_last(path: &str) -> (&str, &str) {
    path.rsplit_once('.').unwrap_or(("", path))
}

fn split_method(path: &str) -> Option<(&str, &str, &str)> {
    let (owner, method) = path.rsplit_once('.')?;
    let (prefix, class) = split_last(owner);
    Some((prefix, class, method))
}
