//! `cost --dags`: the parse-time lookups of a fixture tree of DAG files (each marked
//! `# parse-time` or `# runtime` by hand), and the arithmetic documented in `--help`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::common::{TestEnv, fixtures_dir, put_raw, stdout_json};

/// Per file (relative path), the lines marked with `marker`.
fn marked(root: &Path, marker: &str) -> BTreeMap<String, BTreeSet<u64>> {
    counted(root, marker)
        .into_iter()
        .map(|(file, lines)| (file, lines.into_keys().collect()))
        .collect()
}

/// How often Python runs a marked line's lookup on import: `# parse-time` once,
/// `# parse-time xN` N times, `# parse-time xN+` N times and more (a loop of unknown length).
#[derive(Clone, Copy, Debug)]
struct Runs {
    n: usize,
    or_more: bool,
}

fn counted(root: &Path, marker: &str) -> BTreeMap<String, BTreeMap<u64, Runs>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let text = std::fs::read_to_string(&path).unwrap();
                let lines = text
                    .lines()
                    .zip(1..)
                    .filter_map(|(l, n)| {
                        let (_, tail) = l.split_once(marker)?;
                        let tail = tail.trim();
                        let runs = match tail.strip_prefix('x') {
                            None => Runs {
                                n: 1,
                                or_more: false,
                            },
                            Some(count) => Runs {
                                n: count.trim_end_matches('+').parse().unwrap(),
                                or_more: count.ends_with('+'),
                            },
                        };
                        Some((n, runs))
                    })
                    .collect();
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, lines);
            }
        }
    }
    out
}

fn cost(t: &TestEnv, args: &[&str]) -> (Option<i32>, Value, String) {
    let dags = fixtures_dir().join("dags");
    let out = t
        .cmd()
        .args(["cost", "--dags", dags.to_str().unwrap(), "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), stdout_json(&out), stderr)
}

fn lookups(report: &Value) -> Vec<&Value> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["lookups"].as_array().unwrap())
        .collect()
}

#[test]
fn cost_reports_exactly_the_parse_time_lookups_with_their_lines() {
    let t = TestEnv::new("cost");
    let root = fixtures_dir().join("dags");
    let (parse_time, runtime) = (marked(&root, "# parse-time"), marked(&root, "# runtime"));
    let runs = counted(&root, "# parse-time");
    assert!(runtime.values().map(BTreeSet::len).sum::<usize>() >= 10);
    let (code, report, stderr) = cost(&t, &["--parse-interval", "30", "--cache-ttl", "0"]);
    assert_eq!(code, Some(0), "{stderr}");
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), parse_time.len(), "every .py file is listed");
    for f in files {
        let path = f["path"].as_str().unwrap();
        let got: BTreeSet<u64> = f["lookups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["line"].as_u64().unwrap())
            .collect();
        // Every reported line is a marked one, and every marked one that Python runs at least
        // once is reported.
        let must: BTreeSet<u64> = runs[path]
            .iter()
            .filter(|(_, r)| r.n > 0)
            .map(|(line, _)| *line)
            .collect();
        assert!(got.is_subset(&parse_time[path]), "{path}: {got:?}");
        assert!(
            must.is_subset(&got),
            "{path}: {got:?} misses some of {must:?}"
        );
        // As often as Python runs it, or fewer where the report says the count is a lower
        // bound (`repeated`: a loop of unknown length).
        for (line, want) in &runs[path] {
            let here: Vec<&Value> = f["lookups"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|l| l["line"] == *line)
                .collect();
            let lower_bound = here.iter().any(|l| l["repeated"] == true);
            let n = here.len();
            if lower_bound {
                assert!(
                    n <= want.n || want.or_more,
                    "{path}:{line}: {n} vs {want:?}"
                );
            } else {
                assert!(
                    !want.or_more,
                    "{path}:{line}: a loop of unknown length, not flagged"
                );
                assert_eq!(n, want.n, "{path}:{line}");
            }
        }
        assert!(
            got.is_disjoint(&runtime[path]),
            "{path}: a runtime lookup counted"
        );
        if path.contains("not_a_dag") {
            assert!(f["skipped"].as_str().unwrap().contains("safe mode"), "{f}");
        }
        if path.contains("syntax_error") {
            assert!(
                f["error"]
                    .as_str()
                    .unwrap()
                    .contains("syntax error at line")
            );
            assert!(stderr.contains(path), "{stderr}");
        } else {
            assert!(f.get("error").is_none(), "{path}: {f}");
        }
    }
    // The formula in --help: 2,592,000 s / max(parse interval, cache TTL) per lookup.
    let all = lookups(&report);
    assert!(all.len() >= 50, "{}", all.len());
    assert!(all.iter().all(|l| l["reaches_secrets_manager"] == true));
    let calls = report["calls_per_month"].as_u64().unwrap();
    assert_eq!(calls, all.len() as u64 * 86_400);
    let usd = report["usd_per_month"].as_f64().unwrap();
    // calls x 0.05 / 10,000 dollars, to the cent
    let cents = u32::try_from((calls + 1_000) / 2_000).unwrap();
    assert!(
        (usd - f64::from(cents) / 100.0).abs() < 1e-9,
        "{usd} for {calls}"
    );
    // With the cache, each distinct key is fetched once per TTL however often it is looked
    // up (a key that is not a literal counts on its own).
    let (_, cached, _) = cost(&t, &["--parse-interval", "30", "--cache-ttl", "900"]);
    let keys: BTreeSet<(String, String)> = all
        .iter()
        .filter_map(|l| Some((l["kind"].to_string(), l["key"].as_str()?.to_owned())))
        .collect();
    let unknown = all.iter().filter(|l| l["key"].is_null()).count();
    assert!(keys.len() < all.len(), "some key is looked up twice");
    assert_eq!(
        cached["calls_per_month"].as_u64().unwrap(),
        (keys.len() + unknown) as u64 * 2_880
    );
    // The table names file and line; the total goes with it.
    let human = t
        .cmd()
        .args(["cost", "--dags", root.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("etl_classic.py:11"), "{text}");
    assert!(text.contains("calls a month"), "{text}");
}

#[test]
fn prefixes_patterns_and_the_budget_decide_what_counts() {
    let t = TestEnv::new("cost-settings");
    let (_, report, _) = cost(
        &t,
        &[
            "--backend-kwargs",
            r#"{"variables_prefix": null, "connections_lookup_pattern": "^(analytics|reporting)_db$"}"#,
            "--parse-interval",
            "60",
        ],
    );
    let all = lookups(&report);
    let reaching: Vec<&&Value> = all
        .iter()
        .filter(|l| l["reaches_secrets_manager"] == true)
        .collect();
    assert!(!reaching.is_empty() && reaching.len() < all.len());
    for l in &all {
        let key = l["key"].as_str();
        let want = l["kind"] == "connection"
            && key.is_none_or(|k| k == "analytics_db" || k == "reporting_db");
        assert_eq!(l["reaches_secrets_manager"], want, "{l}");
    }
    assert_eq!(
        report["calls_per_month"].as_u64().unwrap(),
        reaching.len() as u64 * 43_200
    );
    let (over, _, stderr) = cost(&t, &["--budget", "0.01"]);
    assert_eq!(over, Some(1), "{stderr}");
    assert!(stderr.contains("above the budget"), "{stderr}");
    let (under, _, _) = cost(&t, &["--budget", "1000000"]);
    assert_eq!(under, Some(0));
}

#[test]
fn stored_says_which_keys_secrets_manager_holds_and_how_to_stop_asking_for_the_rest() {
    let t = TestEnv::new("cost-stored");
    put_raw(&format!("{}/etl_owner", t.variables_prefix()), "data-team");
    let (code, report, stderr) = cost(&t, &["--stored"]);
    assert_eq!(code, Some(0), "{stderr}");
    let owner: Vec<&Value> = lookups(&report)
        .into_iter()
        .filter(|l| l["key"] == "etl_owner")
        .collect();
    assert!(!owner.is_empty());
    assert!(owner.iter().all(|l| l["stored"] == true));
    let missing = lookups(&report)
        .into_iter()
        .find(|l| l["key"] == "etl_bucket")
        .unwrap();
    assert_eq!(missing["stored"], false);
    assert!(missing["why"].as_str().unwrap().contains("holds no"));
    assert_eq!(
        report["suggested_lookup_patterns"]["variables_lookup_pattern"],
        "^(?:etl_owner)$"
    );
}

#[test]
fn special_files_loops_and_files_too_deep_to_analyse_end_the_run_honestly() {
    let t = TestEnv::new("cost-hostile");
    let dags = t.home.path().join("dags");
    std::fs::create_dir_all(dags.join("sub")).unwrap();
    std::fs::write(
        dags.join("ok.py"),
        "from airflow.models import Variable\n# a dag\nX = Variable.get(\"k\")\n",
    )
    .unwrap();
    // Nested deeper than the analysis goes: its lookups are unknown.
    let deep = format!(
        "from airflow.models import Variable  # dag\nx = {}{}\n",
        "[".repeat(3000),
        "]".repeat(3000)
    );
    std::fs::write(dags.join("sub/deep.py"), deep).unwrap();
    // A loop back to the top, and a FIFO named like a DAG file (a read would block).
    std::os::unix::fs::symlink(&dags, dags.join("sub/loop")).unwrap();
    let fifo = dags.join("pipe.py");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let run = |budget: &str| {
        t.cmd()
            .args(["cost", "--dags", dags.to_str().unwrap(), "-o", "json"])
            .args(["--budget", budget])
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap()
    };
    let out = run("1000000");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a lower bound cannot confirm a budget"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not be analysed"), "{stderr}");
    let report = stdout_json(&out);
    assert_eq!(report["lower_bound"], true);
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["ok.py", "sub/deep.py"], "each file once, no FIFO");
    assert_eq!(report["calls_per_month"], 86_400);
}
