use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::*;

/// A fixture's path under `tests/fixtures/dags/`, with its text.
macro_rules! fixture_file {
    ($path:literal) => {
        (
            $path,
            include_str!(concat!("../../tests/fixtures/dags/", $path)),
        )
    };
}

/// Every valid fixture DAG file.
const FIXTURES: &[(&str, &str)] = &[
    fixture_file!("etl_classic.py"),
    fixture_file!("classes_and_helpers.py"),
    fixture_file!("star_import.py"),
    fixture_file!("taskflow/pipeline.py"),
    fixture_file!("dynamic/generated.py"),
    fixture_file!("hooks/connections.py"),
    fixture_file!("legacy/dag_assignment.py"),
];

const BROKEN: &str = include_str!("../../tests/fixtures/dags/broken/syntax_error.py");

fn fixture(name: &str) -> &'static str {
    FIXTURES
        .iter()
        .find(|(path, _)| *path == name)
        .map(|(_, source)| *source)
        .unwrap()
}

fn marked(source: &str, marker: &str) -> BTreeSet<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains(marker))
        .map(|(at, _)| at + 1)
        .collect()
}

fn lookups(source: &str) -> Vec<Lookup> {
    parse_time_lookups(source).unwrap_or_else(|err| panic!("unexpected error: {err}"))
}

fn keys(source: &str) -> Vec<Option<String>> {
    lookups(source)
        .into_iter()
        .map(|lookup| lookup.key)
        .collect()
}

#[expect(clippy::unnecessary_wraps, reason = "compared with `Lookup::key`")]
fn key(text: &str) -> Option<String> {
    Some(text.to_owned())
}

fn at_line(found: &[Lookup], line: usize) -> Vec<&Lookup> {
    found.iter().filter(|lookup| lookup.line == line).collect()
}

fn error(source: &str) -> SyntaxError {
    parse_time_lookups(source).expect_err("expected an error")
}

// ---- the fixture tree ------------------------------------------------------------------

#[test]
fn fixtures_report_exactly_their_parse_time_lines() {
    for (name, source) in FIXTURES {
        let found: BTreeSet<usize> = lookups(source).iter().map(|lookup| lookup.line).collect();
        let expected = marked(source, "# parse-time");
        assert!(!expected.is_empty(), "{name} marks no parse-time line");
        assert_eq!(
            found, expected,
            "{name}: found lines vs `# parse-time` lines"
        );
        let runtime = marked(source, "# runtime");
        assert!(
            found.is_disjoint(&runtime),
            "{name}: reported a `# runtime` line"
        );
    }
}

#[test]
fn fixtures_cover_runtime_only_patterns() {
    let runtime: usize = FIXTURES
        .iter()
        .map(|(_, source)| marked(source, "# runtime").len())
        .sum();
    assert!(
        runtime >= 20,
        "only {runtime} runtime-only lines across fixtures"
    );
}

#[test]
fn results_are_sorted_by_line() {
    for (name, source) in FIXTURES {
        let lines: Vec<usize> = lookups(source).iter().map(|lookup| lookup.line).collect();
        assert!(lines.is_sorted(), "{name}");
    }
}

#[test]
fn fixture_with_syntax_error_reports_its_line() {
    let err = error(BROKEN);
    assert_eq!(err.kind, ErrorKind::Syntax);
    assert_eq!(err.line, 5, "{err}");
    assert!(err.message.starts_with("invalid syntax"), "{err}");
}

#[test]
fn classic_dag_contexts_and_keys() {
    let found = lookups(fixture("etl_classic.py"));
    let summary: Vec<(usize, Option<&str>, &str)> = found
        .iter()
        .map(|l| (l.line, l.key.as_deref(), l.context.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (11, Some("etl_environment"), "module level"),
            (12, Some("etl_bucket"), "module level"),
            (15, Some("etl_owner"), "default_args"),
            (16, Some("etl_retries"), "default_args"),
            (35, Some("etl_schedule"), "DAG(...) argument"),
            (40, Some("etl_threshold"), "with DAG(...) block"),
            (45, Some("etl_limit"), "PythonOperator(...) argument"),
            (50, Some("etl_report_token"), "BashOperator(...) argument"),
            (59, Some("etl_alert_email"), "module level"),
            (64, Some("etl_sla_minutes"), "module level"),
        ]
    );
    assert!(
        found
            .iter()
            .all(|l| l.kind == LookupKind::Variable && l.call == "Variable.get" && !l.repeated)
    );
}

#[test]
fn taskflow_contexts_follow_the_call_chain() {
    let found = lookups(fixture("taskflow/pipeline.py"));
    let context = |line| at_line(&found, line)[0].context.clone();
    assert_eq!(
        context(11),
        "function `bucket_for` called from `pipeline` (line 40), which is called at module level (line 68)"
    );
    assert_eq!(at_line(&found, 11)[0].key, key("pipeline_bucket_landing"));
    assert_eq!(context(27), "decorator of `load`");
    assert_eq!(context(34), "@dag(...) argument");
    assert_eq!(context(36), "default_args");
    assert_eq!(
        context(41),
        "body of @dag function `pipeline` called at module level (line 68)"
    );
    assert_eq!(
        context(45),
        "body of @task_group function `publish` called from `pipeline` (line 65), which is called at \
         module level (line 68)"
    );
    let archive = at_line(&found, 41)[0];
    assert_eq!(
        (archive.kind, archive.call.as_str()),
        (LookupKind::Connection, "Connection.get")
    );
}

#[test]
fn dynamic_dags_multiply_lookups_per_generated_dag() {
    let found = lookups(fixture("dynamic/generated.py"));
    let factory: Vec<(Option<&str>, bool)> = at_line(&found, 25)
        .iter()
        .map(|l| (l.key.as_deref(), l.repeated))
        .collect();
    assert_eq!(
        factory,
        [
            (Some("sync_sql_billing"), false),
            (Some("sync_sql_crm"), false),
            (Some("sync_sql_erp"), false),
            (None, true)
        ]
    );
    let limits: Vec<_> = at_line(&found, 35).iter().map(|l| l.key.clone()).collect();
    assert_eq!(limits, [key("sync_limit_hourly"), key("sync_limit_daily")]);
    let unknown_loop = at_line(&found, 38);
    assert_eq!(
        (
            unknown_loop.len(),
            unknown_loop[0].key.clone(),
            unknown_loop[0].repeated
        ),
        (1, None, true)
    );
    let owners: Vec<_> = at_line(&found, 40)
        .iter()
        .map(|l| (l.key.clone(), l.context.as_str()))
        .collect();
    assert_eq!(
        owners,
        [
            (key("owner_data"), "module-level comprehension"),
            (key("owner_platform"), "module-level comprehension")
        ]
    );
    assert_eq!(at_line(&found, 44)[0].context, "top-level while loop");
    assert!(at_line(&found, 44)[0].repeated);
    assert_eq!(at_line(&found, 49)[0].context, "top-level for loop");
}

#[test]
fn hooks_aliases_and_lookalikes() {
    let found = lookups(fixture("hooks/connections.py"));
    let summary: Vec<(usize, LookupKind, &str, Option<&str>)> = found
        .iter()
        .map(|l| (l.line, l.kind, l.call.as_str(), l.key.as_deref()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                15,
                LookupKind::Connection,
                "BaseHook.get_connection",
                Some("warehouse_db")
            ),
            (
                16,
                LookupKind::Connection,
                "PostgresHook.get_connection",
                Some("analytics_db")
            ),
            (
                17,
                LookupKind::Connection,
                "Connection.get_connection_from_secrets",
                Some("reporting_db")
            ),
            (
                18,
                LookupKind::Connection,
                "S3Hook.get_hook",
                Some("aws_default")
            ),
            (19, LookupKind::Variable, "Variable.get", Some("api_key")),
            (
                30,
                LookupKind::Connection,
                "BaseHook.get_connection",
                Some("legacy_warehouse")
            ),
            (
                32,
                LookupKind::Connection,
                "PostgresHook.get_connection",
                Some("backup_db")
            ),
        ]
    );
}

#[test]
fn helpers_classes_and_modern_syntax() {
    let found = lookups(fixture("classes_and_helpers.py"));
    let context = |line| at_line(&found, line)[0].context.clone();
    assert_eq!(
        context(25),
        "function `load_conf` called from `settings` (line 29), which is called at module level (line 32)"
    );
    assert_eq!(at_line(&found, 25)[0].key, key("team_settings"));
    assert_eq!(context(35), "default argument of `with_default`");
    assert_eq!(
        context(40),
        "function `audited` called at module level (line 50)"
    );
    assert_eq!(context(56), "body of class `Settings`");
    assert_eq!(
        context(63),
        "method `Settings.build` called at module level (line 66)"
    );
    assert_eq!(
        context(73),
        "method `SyncOperator.__init__` called at module level (line 132)"
    );
    assert_eq!(at_line(&found, 73)[0].key, key("sync_source_orders"));
    let keys: Vec<_> = [102, 104, 105, 106, 107]
        .iter()
        .map(|&line| at_line(&found, line)[0].key.clone())
        .collect();
    assert_eq!(
        keys,
        [
            key("banner_env"),
            key("team_fmt"),
            key("team_pct"),
            key("cfg_source"),
            None
        ]
    );
    let setdefault = at_line(&found, 111)[0];
    assert_eq!(
        (setdefault.call.as_str(), setdefault.key.clone()),
        ("Variable.setdefault", key("counter"))
    );
}

#[test]
fn legacy_dag_calls_helpers_from_arguments() {
    let found = lookups(fixture("legacy/dag_assignment.py"));
    let summary: Vec<(usize, Option<&str>, &str)> = found
        .iter()
        .map(|l| (l.line, l.key.as_deref(), l.context.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (9, Some("legacy_config"), "module level"),
            (
                14,
                Some("legacy_notify"),
                "function `notify_list` called at module level (line 33)"
            ),
            (
                18,
                Some("legacy_schedule_etl"),
                "function `schedule_for` called at module level (line 41)"
            ),
            (
                22,
                Some("legacy_command_prefix"),
                "function `build_command` called at module level (line 47)"
            ),
            (42, Some("legacy_max_runs"), "DAG(...) argument"),
            (48, Some("legacy_token"), "BashOperator(...) argument"),
        ]
    );
}

// ---- keys ----------------------------------------------------------------------------------

const HEADER: &str = "from airflow.models import Variable\n";

fn with_header(body: &str) -> String {
    format!("{HEADER}{body}")
}

#[test]
fn literal_keys_in_every_spelling() {
    let source = with_header(
        r#"
Variable.get("plain")
Variable.get('single')
Variable.get(key="keyword")
Variable.get("""triple""")
Variable.get("con" "cat")
Variable.get(f"no_fields")
Variable.get("tab\tescape")
Variable.get(r"raw\d")
Variable.get(b"bytes")
"#,
    );
    assert_eq!(
        keys(&source),
        [
            key("plain"),
            key("single"),
            key("keyword"),
            key("triple"),
            key("concat"),
            key("no_fields"),
            key("tab\tescape"),
            key(r"raw\d"),
            None
        ]
    );
}

#[test]
fn constant_keys_are_resolved() {
    let source = with_header(
        r#"
KEY = "x"
Variable.get(KEY)
PREFIX: str = "team"
Variable.get(PREFIX + "_y")
Variable.get(f"{PREFIX}_z")
NAMES = {"a": "from_dict"}
Variable.get(NAMES["a"])
Variable.get(NAMES.get("missing", "fallback"))
KEY = "reassigned"
Variable.get(KEY)
"#,
    );
    assert_eq!(
        keys(&source),
        [
            key("x"),
            key("team_y"),
            key("team_z"),
            key("from_dict"),
            key("fallback"),
            key("reassigned")
        ]
    );
}

#[test]
fn non_literal_keys_are_unknown() {
    let source = with_header(
        r#"
import os
Variable.get(os.environ["KEY"])
Variable.get(f"{os.getenv('ENV')}_key")
Variable.get(f"{'x'!r}")
Variable.get(*["spread"])
Variable.get(undefined_name)
"#,
    );
    assert_eq!(keys(&source), [None, None, None, None, None]);
}

#[test]
fn literal_loops_resolve_one_key_per_element() {
    let source = with_header(
        r#"
for env in ["dev", "prod"]:
    Variable.get(f"db_{env}")
for i in range(2):
    Variable.get(f"shard_{i}")
for name, value in {"a": 1}.items():
    Variable.get("k_" + name)
for empty in []:
    Variable.get("never")
"#,
    );
    assert_eq!(
        keys(&source),
        [
            key("db_dev"),
            key("db_prod"),
            key("shard_0"),
            key("shard_1"),
            key("k_a")
        ]
    );
}

#[test]
fn arguments_of_called_functions_resolve_keys() {
    let source = with_header(
        r#"
def var(name, *, suffix="default"):
    return Variable.get(f"{name}_{suffix}")

var("a")
var("b", suffix="custom")
var(name="c")
"#,
    );
    assert_eq!(
        keys(&source),
        [key("a_default"), key("b_custom"), key("c_default")]
    );
}

// ---- what runs at parse time ---------------------------------------------------------------

#[test]
fn runtime_only_code_is_ignored() {
    let source = with_header(
        r#"
from airflow.decorators import task
from airflow.operators.python import PythonOperator

def callable_only():
    Variable.get("callable")

@task.python
def python_task():
    Variable.get("task")

op = PythonOperator(task_id="t", python_callable=callable_only)
op2 = PythonOperator(task_id="u", python_callable=lambda: Variable.get("lambda"))
templated = "{{ var.value.jinja }} {{ var.json.jinja.x }} {{ conn.jinja.host }}"
gen = (Variable.get(k) for k in [])
if __name__ == "__main__":
    Variable.get("main")
"#,
    );
    assert_eq!(lookups(&source), []);
}

#[test]
fn main_guard_else_branch_runs() {
    let source = with_header(
        r#"
if __name__ == "__main__":
    Variable.get("main")
else:
    Variable.get("imported")
if "__main__" != __name__:
    Variable.get("also_imported")
"#,
    );
    assert_eq!(keys(&source), [key("imported"), key("also_imported")]);
}

#[test]
fn lambda_defaults_and_fstring_fields_run() {
    let source = with_header(
        r#"
callback = lambda ctx, key=Variable.get("lambda_default"): key
message = f"value: {Variable.get('in_fstring')}"
"#,
    );
    assert_eq!(keys(&source), [key("lambda_default"), key("in_fstring")]);
}

#[test]
fn instances_of_local_classes_run_their_methods() {
    let source = with_header(
        r#"
class Config:
    def __init__(self, name):
        self.name = name

    def load(self):
        return Variable.get("config_load")

    @staticmethod
    def static():
        return Variable.get("config_static")

cfg = Config("x")
cfg.load()
Config.static()
"#,
    );
    let found = lookups(&source);
    let summary: Vec<_> = found
        .iter()
        .map(|l| (l.key.clone(), l.context.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                key("config_load"),
                "method `Config.load` called at module level (line 15)"
            ),
            (
                key("config_static"),
                "method `Config.static` called at module level (line 16)"
            ),
        ]
    );
}

#[test]
fn nested_functions_see_the_enclosing_call() {
    let source = with_header(
        r#"
def make(env):
    def inner(suffix):
        return Variable.get(f"{env}_{suffix}")
    return inner("key")

make("prod")
"#,
    );
    assert_eq!(keys(&source), [key("prod_key")]);
}

#[test]
fn recursion_is_entered_once() {
    let source = with_header(
        r#"
def walk(n):
    Variable.get("walk")
    walk(n - 1)

walk(10)
"#,
    );
    assert_eq!(keys(&source), [key("walk")]);
}

#[test]
fn long_call_chains_are_shortened_in_contexts() {
    let mut source = with_header("def f0():\n    Variable.get('deep')\n");
    for i in 1..8 {
        write!(source, "def f{i}():\n    f{}()\n", i - 1).unwrap();
    }
    source.push_str("f7()\n");
    let found = lookups(&source);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].context,
        "function `f0` called from `f1` (line 5), which is called from `f2` (line 7), which is called \
         from `f3` (line 9), which is called from `f4` (line 11), which is called through 3 more \
         functions at module level (line 18)"
    );
}

// ---- names -----------------------------------------------------------------------------------

#[test]
fn every_recognised_call_is_found() {
    let mut source = String::from(
        "from airflow.models import Variable, Connection\nfrom airflow.hooks.base import BaseHook\n\
         from airflow.providers.http.hooks.http import HttpHook\n",
    );
    for known in RECOGNISED_CALLS {
        let class = known.class.replace('*', "Http");
        writeln!(source, "{class}.{}(\"{}\")", known.method, known.method).unwrap();
    }
    let found = lookups(&source);
    assert_eq!(found.len(), RECOGNISED_CALLS.len());
    for (lookup, known) in found.iter().zip(RECOGNISED_CALLS) {
        assert_eq!(
            (lookup.kind, lookup.key.as_deref()),
            (known.kind, Some(known.method))
        );
    }
}

#[test]
fn import_aliases_are_followed() {
    let source = r#"
import airflow
import airflow.models as m
from airflow.models import Variable as V
from airflow.models.variable import Variable as V2
from airflow.sdk import Variable as V3
from airflow.sdk.bases.hook import BaseHook as Hook
from airflow import models

airflow.models.Variable.get("a")
m.Variable.get("b")
V.get("c")
V2.get("d")
V3.get("e")
Hook.get_connection("f")
models.Variable.get("g")
"#;
    assert_eq!(
        keys(source),
        [
            key("a"),
            key("b"),
            key("c"),
            key("d"),
            key("e"),
            key("f"),
            key("g")
        ]
    );
}

#[test]
fn names_not_from_airflow_are_not_lookups() {
    let source = r#"
from my_lib import Variable
import settings
Variable.get("mine")
settings.Variable.get("also_mine")
config = {}
config.get("dict_get")
"#;
    assert_eq!(lookups(source), []);
}

// ---- syntax ----------------------------------------------------------------------------------

#[test]
fn modern_python_syntax_parses() {
    let source = r#"
from airflow.models import Variable

def f(a, /, b, *, c): ...
if (n := len("x")) > 0: pass
match n:
    case {"k": [1, *rest]} if rest: pass
    case Point(x=0) | None: pass
    case _: pass
with (open("a") as x, open("b") as y): pass
try: pass
except* (ValueError, TypeError) as group: pass
type Alias[T] = list[T]
class Box[T]:
    def get[S](self, s: S) -> T | S: ...
value = f"{'nested'} {f'{1 + 1}'} {"same quotes"}"
@(lambda fn: fn)
def decorated(): ...
async def run():
    async with x as y:
        return [i async for i in y]
lambda_ = lambda *a, **k: (yield)
x: int | None = None
print(f"{x=}", *[1], **{})
Variable.get("ok")
"#;
    assert_eq!(keys(source), [key("ok")]);
}

#[test]
fn syntax_errors_report_their_line() {
    for (source, line) in [
        ("x = 1\ndef f(:\n    pass\n", 2),
        ("x = 1\ny = (1,\n", 2),
        ("x = 1\nprint 'py2'\n", 2),
        ("if True:\n    x = 1\n  y = 2\n", 3),
        ("x = 1\nclass\n", 2),
    ] {
        let err = error(source);
        assert_eq!(
            (err.kind, err.line),
            (ErrorKind::Syntax, line),
            "{source:?}: {err}"
        );
    }
}

#[test]
fn empty_and_comment_only_files_have_no_lookups() {
    assert_eq!(lookups(""), []);
    assert_eq!(lookups("# just a comment\n\"\"\"docstring\"\"\"\n"), []);
}

// ---- bounded cost ----------------------------------------------------------------------------

/// Runs `test` on a thread with the default 2 MiB test stack, so a stack overflow fails loudly.
fn on_small_stack(test: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(test)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    on_small_stack(|| {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("f(", ")"),
            ("{'k': ", "}"),
            ("-", ""),
        ] {
            let source = format!("x = {}1{}\n", open.repeat(20_000), close.repeat(20_000));
            let err = error(&source);
            assert_eq!(err.kind, ErrorKind::TooComplex, "{open}: {err}");
            assert!(err.message.contains("too deep"), "{err}");
        }
        let clauses = format!("x = [a for a in b {}]\n", "if a ".repeat(20_000));
        assert_eq!(error(&clauses).kind, ErrorKind::TooComplex);
        let targets = format!("{}a{} = 1\n", "(".repeat(20_000), ",)".repeat(20_000));
        assert_eq!(error(&targets).kind, ErrorKind::TooComplex);
        let chain = format!("x = {}\n", vec!["a"; 50_000].join(" + "));
        assert_eq!(error(&chain).kind, ErrorKind::TooComplex);
    });
}

/// The deepest input accepted for each construct still fits a small stack.
#[test]
fn deepest_accepted_nesting_fits_a_small_stack() {
    on_small_stack(|| {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("f(", ")"),
            ("{'k': ", "}"),
            ("not ", ""),
        ] {
            let build = |n: usize| {
                format!(
                    "x = {}Variable.get('k'){}\n",
                    open.repeat(n),
                    close.repeat(n)
                )
            };
            let deepest = deepest_accepted(|n| parse_time_lookups(&build(n)).is_ok());
            assert!(deepest >= 150, "{open}: only {deepest} levels accepted");
        }
        let build = |n: usize| format!("x = {}\n", vec!["Variable.get('k')"; n].join(" + "));
        assert!(deepest_accepted(|n| parse_time_lookups(&build(n)).is_ok()) >= 400);
        let chain = |n: usize| {
            let mut source = String::from("def f0():\n    Variable.get('k')\n");
            for i in 1..n {
                write!(source, "def f{i}():\n    return f{}()\n", i - 1).unwrap();
            }
            source + &format!("f{}()\n", n - 1)
        };
        assert!(
            deepest_accepted(|n| parse_time_lookups(&chain(n)).is_ok_and(|found| found.len() == 1))
                >= 100
        );
    });
}

fn deepest_accepted(accepts: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (1usize, 4096usize);
    while low < high {
        let mid = (low + high).div_ceil(2);
        if accepts(mid) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    low
}

#[test]
fn exponential_call_fan_out_is_cut_off() {
    let mut source = with_header("def f0():\n    x = 1\n");
    for i in 1..40 {
        write!(source, "def f{i}():\n    f{0}()\n    f{0}()\n", i - 1).unwrap();
    }
    source.push_str("f39()\n");
    let started = std::time::Instant::now();
    let err = error(&source);
    assert_eq!(err.kind, ErrorKind::TooComplex);
    assert!(err.message.contains("too many steps"), "{err}");
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn self_referencing_values_stay_shallow() {
    on_small_stack(|| {
        let mut source = String::from("x = []\nclass C: pass\ndef f(a=None): pass\n");
        for _ in 0..3 {
            source.push_str("for _ in range(9999):\n    x = [x, {'k': x}]\n    class C(C):\n        inner = C\n");
            source.push_str("    def f(a=f): pass\n");
        }
        source.push_str("C.missing\nfrom airflow.models import Variable\nVariable.get(x[0])\n");
        assert_eq!(keys(&source), [None]);
    });
}

#[test]
fn large_flat_files_are_analysed() {
    let source = with_header(&"Variable.get(\"key\")\n".repeat(5_000));
    assert_eq!(lookups(&source).len(), 5_000);
    let huge = "x".repeat(syntax::MAX_SOURCE_BYTES + 1);
    assert_eq!(error(&huge).kind, ErrorKind::TooComplex);
    let loop_source =
        with_header("for i in range(9000):\n    for j in range(9000):\n        Variable.get(i)\n");
    let err = error(&loop_source);
    assert!(
        err.message.contains("more than 100000 parse-time lookups"),
        "{err}"
    );
}
