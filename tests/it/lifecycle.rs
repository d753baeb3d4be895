//! Change safely over time, through the binary against moto: `history`, `rollback`,
//! `restore`, metadata on existing secrets, and `exec`.

use std::time::Duration;

use airsecrets::airflow::connection::FIELDS;
use airsecrets::airflow::naming::BackendConfig;
use airsecrets::airflow::secret_json::{self, Lookup, Via};
use airsecrets::airflow::{Connection, Reader};
use serde_json::Value;

use crate::common::proxy::Proxy;
use crate::common::{
    TestEnv, assert_hidden, current_text, fixtures_dir, moto, raw_client, stdout_json,
};

/// moto dates versions in whole seconds: a pause between writes keeps "newest first" honest.
fn next_second() {
    std::thread::sleep(Duration::from_millis(1100));
}

fn ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Writes three versions of connection `pg` (the host, then the password changes) and of
/// variable `flags`; returns the passwords in order.
fn three_versions(t: &TestEnv) -> [&'static str; 3] {
    let pws = ["c4n4ry-one", "c4n4ry-one", "c4n4ry-three"];
    let steps: [(&[&str], &str); 3] = [
        (
            &[
                "--conn-type",
                "postgres",
                "--host",
                "db1.internal",
                "--login",
                "app",
            ],
            "one",
        ),
        (&["--host", "db2.internal", "--merge"], "two"),
        (&["--merge"], "three"),
    ];
    for (i, (args, value)) in steps.iter().enumerate() {
        if i > 0 {
            next_second();
        }
        let mut cmd = t.cmd();
        cmd.args(["put-connection", "pg"]).args(*args);
        if i != 1 {
            cmd.args(["--password-stdin"]).write_stdin(pws[i]);
        }
        ok(&cmd.output().unwrap());
        ok(&t
            .cmd()
            .args(["put-variable", "flags", "-"])
            .write_stdin(format!("{{\"v\": \"{value}\"}}"))
            .output()
            .unwrap());
    }
    pws
}

fn version_ids(name: &str) -> Vec<(String, Vec<String>)> {
    let (rt, client) = raw_client();
    let out = rt
        .block_on(
            client
                .list_secret_version_ids()
                .secret_id(name)
                .include_deprecated(true)
                .send(),
        )
        .unwrap();
    out.versions()
        .iter()
        .map(|v| {
            (
                v.version_id().unwrap().to_owned(),
                v.version_stages().to_vec(),
            )
        })
        .collect()
}

fn version_text(name: &str, id: &str) -> String {
    let (rt, client) = raw_client();
    rt.block_on(
        client
            .get_secret_value()
            .secret_id(name)
            .version_id(id)
            .send(),
    )
    .unwrap()
    .secret_string()
    .unwrap()
    .to_owned()
}

/// Every reader's reading of a stored connection, field by field (our decoders).
fn readings(text: &str) -> Vec<Vec<Option<String>>> {
    let words = BackendConfig::default().extra_conn_words;
    Reader::ALL
        .into_iter()
        .map(
            |r| match secret_json::read_connection(r, Some(text), &words, Via::SecretsManager) {
                Lookup::Found(c) => FIELDS.iter().map(|f| c.field_as_read(f)).collect(),
                other => panic!("{r:?} cannot read it: {other:?}"),
            },
        )
        .collect()
}

#[test]
fn history_lists_every_version_newest_first_with_what_changed() {
    let t = TestEnv::new("history");
    let pws = three_versions(&t);
    let conn_name = format!("{}/pg", t.connections_prefix());
    let listed = version_ids(&conn_name);
    assert_eq!(listed.len(), 3);
    for v in ["-v", "-vv"] {
        let out = t
            .cmd()
            .args([v, "history", "conn", "pg", "-o", "json"])
            .output()
            .unwrap();
        ok(&out);
        for pw in pws {
            assert_hidden(&out.stdout, pw);
            assert_hidden(&out.stderr, pw);
        }
        let h = stdout_json(&out);
        let rows = h.as_array().unwrap();
        assert_eq!(rows.len(), 3, "{h}");
        // moto lists oldest first; history is newest first.
        let ids: Vec<&str> = rows
            .iter()
            .map(|r| r["version_id"].as_str().unwrap())
            .collect();
        // Newest first by the dates Secrets Manager gives (a second apart), checked below,
        // and by the stages it keeps.
        assert_eq!(
            ids.iter()
                .copied()
                .collect::<std::collections::BTreeSet<_>>(),
            listed.iter().map(|(id, _)| id.as_str()).collect()
        );
        assert_eq!(rows[0]["stages"], serde_json::json!(["AWSCURRENT"]));
        assert_eq!(rows[1]["stages"], serde_json::json!(["AWSPREVIOUS"]));
        assert_eq!(rows[2]["stages"], serde_json::json!([]));
        assert_eq!(rows[0]["changed_fields"], serde_json::json!(["password"]));
        assert_eq!(rows[1]["changed_fields"], serde_json::json!(["host"]));
        assert_eq!(rows[2]["changed_fields"], Value::Null, "nothing before it");
        let created: Vec<&str> = rows
            .iter()
            .map(|r| r["created"].as_str().unwrap())
            .collect();
        assert!(
            created[0] > created[1] && created[1] > created[2],
            "{created:?}"
        );
        assert!(rows[0].get("fields").is_none(), "values only with --reveal");
    }
    // The table too names fields, never values; --reveal shows them on stdout.
    let table = t.cmd().args(["history", "conn", "pg"]).output().unwrap();
    ok(&table);
    assert!(String::from_utf8_lossy(&table.stdout).contains("password"));
    assert_hidden(&table.stdout, pws[2]);
    let revealed = stdout_json(
        &t.cmd()
            .args(["history", "conn", "pg", "--reveal", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(revealed[0]["fields"]["password"], pws[2]);
    assert_eq!(revealed[2]["fields"]["host"], "db1.internal");
    // A variable: whether the value changed and its size; the value only with --reveal.
    let var = stdout_json(
        &t.cmd()
            .args(["history", "var", "flags", "-o", "json"])
            .output()
            .unwrap(),
    );
    let rows = var.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["value_changed"], true);
    assert_eq!(rows[0]["size"], "{\"v\": \"three\"}".len());
    assert!(rows[0].get("value").is_none());
    let var = stdout_json(
        &t.cmd()
            .args(["history", "var", "flags", "--reveal", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(var[2]["value"], "{\"v\": \"one\"}");
    // Missing key: not found.
    t.cmd().args(["history", "var", "nope"]).assert().code(3);
}

#[test]
fn rollback_moves_awscurrent_back_and_a_second_rollback_writes_nothing() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("rollback").via(&proxy);
    let pws = three_versions(&t);
    let name = format!("{}/pg", t.connections_prefix());
    let listed = version_ids(&name);
    let staged = |stage: &str| {
        listed
            .iter()
            .find(|(_, stages)| stages.iter().any(|s| s == stage))
            .map(|(id, _)| id.clone())
            .unwrap()
    };
    let (current, previous) = (&staged("AWSCURRENT"), &staged("AWSPREVIOUS"));
    let moves = || proxy.passed_of("UpdateSecretVersionStage");
    // Unknown version: refused with the valid ones, nothing moved.
    let out = t
        .cmd()
        .args(["rollback", "conn", "pg", "--to", "no-such-version", "-y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (id, _) in &listed {
        assert!(stderr.contains(id.as_str()), "{stderr}");
    }
    // Not interactive and no --yes: refused; --dry-run: shown, not moved.
    t.cmd().args(["rollback", "conn", "pg"]).assert().code(2);
    let dry = stdout_json(
        &t.cmd()
            .args(["rollback", "conn", "pg", "--dry-run", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(dry["outcome"], "rollback");
    assert_eq!(moves(), 0);
    assert_eq!(current_text(&name).unwrap(), version_text(&name, current));
    // The rollback itself: what each reader will read, masked.
    let out = t
        .cmd()
        .args(["rollback", "conn", "pg", "-y", "-o", "json"])
        .output()
        .unwrap();
    ok(&out);
    for pw in pws {
        assert_hidden(&out.stdout, pw);
        assert_hidden(&out.stderr, pw);
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("use_cache"));
    let r = stdout_json(&out);
    assert_eq!(r["outcome"], "rolled_back");
    assert_eq!(r["from_version"], current.as_str());
    assert_eq!(r["to_version"], previous.as_str());
    assert_eq!(r["changed_fields"], serde_json::json!(["password"]));
    for reader in ["core", "sdk", "airflow2"] {
        assert_eq!(r["readers"][reader]["host"], "db2.internal");
        assert_eq!(r["readers"][reader]["password"], "****");
    }
    assert_eq!(moves(), 1);
    // The real reading now is the previous version's, for every reader.
    assert_eq!(
        readings(&current_text(&name).unwrap()),
        readings(&version_text(&name, previous))
    );
    let got = stdout_json(
        &t.cmd()
            .args(["get", "conn", "pg", "--reveal", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(got["password"], pws[1]);
    // Stages moved as Secrets Manager moves them.
    let stages: Vec<(String, Vec<String>)> = version_ids(&name);
    let stage_of = |id: &str| stages.iter().find(|(v, _)| v == id).unwrap().1.clone();
    assert_eq!(stage_of(previous), ["AWSCURRENT"]);
    assert_eq!(stage_of(current), ["AWSPREVIOUS"]);
    // History still lists by creation, whatever the stages say now.
    let h = stdout_json(
        &t.cmd()
            .args(["history", "conn", "pg", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(h[0]["version_id"], current.as_str());
    assert_eq!(h[0]["stages"], serde_json::json!(["AWSPREVIOUS"]));
    assert_eq!(h[1]["version_id"], previous.as_str());
    // Again to the same target: unchanged, nothing written.
    let again = stdout_json(
        &t.cmd()
            .args([
                "rollback", "conn", "pg", "--to", previous, "-y", "-o", "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(again["outcome"], "unchanged");
    assert_eq!(moves(), 1);
    // A variable, to an explicit version.
    let var = format!("{}/flags", t.variables_prefix());
    let first = version_ids(&var)[0].0.clone();
    let r = stdout_json(
        &t.cmd()
            .args([
                "rollback", "var", "flags", "--to", &first, "-y", "-o", "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(r["outcome"], "rolled_back");
    assert_eq!(current_text(&var).unwrap(), "{\"v\": \"one\"}");
    let got = t.cmd().args(["get", "var", "flags"]).output().unwrap();
    assert_eq!(got.stdout, b"{\"v\": \"one\"}");
}

#[test]
fn restore_cancels_a_scheduled_deletion() {
    let t = TestEnv::new("restore");
    ok(&t
        .cmd()
        .args(["put-variable", "env", "-"])
        .write_stdin("prod")
        .output()
        .unwrap());
    ok(&t
        .cmd()
        .args(["delete", "var", "env", "-y"])
        .output()
        .unwrap());
    t.cmd().args(["get", "var", "env"]).assert().code(3);
    let r = stdout_json(
        &t.cmd()
            .args(["restore", "var", "env", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(r["outcome"], "restored");
    let got = t.cmd().args(["get", "var", "env"]).output().unwrap();
    assert_eq!(got.stdout, b"prod");
    let again = stdout_json(
        &t.cmd()
            .args(["restore", "var", "env", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(again["outcome"], "unchanged");
    t.cmd().args(["restore", "conn", "nope"]).assert().code(3);
}

fn described(name: &str) -> (Option<String>, Option<String>, Vec<(String, String)>) {
    let (rt, client) = raw_client();
    let d = rt
        .block_on(client.describe_secret().secret_id(name).send())
        .unwrap();
    let mut tags: Vec<(String, String)> = d
        .tags()
        .iter()
        .map(|t| (t.key().unwrap().to_owned(), t.value().unwrap().to_owned()))
        .collect();
    tags.sort();
    (
        d.description().map(str::to_owned),
        d.kms_key_id().map(str::to_owned),
        tags,
    )
}

#[test]
fn metadata_is_applied_to_existing_secrets_without_a_new_version() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("metadata").via(&proxy);
    let name = format!("{}/region", t.variables_prefix());
    ok(&t
        .cmd()
        .args(["put-variable", "region", "-", "--tag", "tmp=1"])
        .write_stdin("eu-west-1")
        .output()
        .unwrap());
    let out = t
        .cmd()
        .args([
            "put-variable",
            "region",
            "-",
            "--description",
            "where we run",
            "--tag",
            "team=data",
            "--untag",
            "tmp",
            "--kms-key-id",
            "alias/airflow",
            "-o",
            "json",
        ])
        .write_stdin("eu-west-1")
        .output()
        .unwrap();
    ok(&out);
    let r = stdout_json(&out);
    assert_eq!(r["outcome"], "unchanged");
    assert_eq!(
        r["metadata_updated"],
        serde_json::json!(["description", "kms_key_id", "tags"])
    );
    assert_eq!(
        described(&name),
        (
            Some("where we run".into()),
            Some("alias/airflow".into()),
            vec![("team".into(), "data".into())]
        )
    );
    assert_eq!(version_ids(&name).len(), 1, "no new version");
    assert_eq!(proxy.passed_of("PutSecretValue"), 0);
    // The same again: nothing differs, nothing is called.
    let before = proxy.passed();
    let out = t
        .cmd()
        .args([
            "put-variable",
            "region",
            "-",
            "--description",
            "where we run",
            "--tag",
            "team=data",
            "--kms-key-id",
            "alias/airflow",
            "-o",
            "json",
        ])
        .write_stdin("eu-west-1")
        .output()
        .unwrap();
    ok(&out);
    assert!(stdout_json(&out).get("metadata_updated").is_none());
    let after = proxy.passed();
    for op in [
        "UpdateSecret",
        "TagResource",
        "UntagResource",
        "PutSecretValue",
    ] {
        assert_eq!(before.get(op), after.get(op), "{op} was called");
    }
    // A connection: a new value and a new description in one run.
    let conn = format!("{}/api", t.connections_prefix());
    ok(&t
        .cmd()
        .args([
            "put-connection",
            "api",
            "--conn-type",
            "http",
            "--host",
            "a",
        ])
        .output()
        .unwrap());
    let r = stdout_json(
        &t.cmd()
            .args([
                "put-connection",
                "api",
                "--host",
                "b",
                "--merge",
                "--description",
                "the API",
                "-o",
                "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(r["outcome"], "updated");
    assert_eq!(r["metadata_updated"], serde_json::json!(["description"]));
    assert_eq!(described(&conn).0.as_deref(), Some("the API"));
    assert_eq!(version_ids(&conn).len(), 2);
}

/// The `AIRFLOW_*` environment the command exec ran sees: `env -0` itself is the command (a
/// shell would drop names such as `AIRFLOW_CONN_TEAM.A/DB`, which Airflow still reads), so
/// its output is the process's stdout.
fn exec_env(t: &TestEnv, args: &[&str]) -> (std::process::Output, Vec<(String, String)>) {
    let out = t
        .cmd()
        .arg("exec")
        .args(args)
        .args(["--", "env", "-0"])
        .output()
        .unwrap();
    let vars = out
        .stdout
        .split(|b| *b == 0)
        .filter(|e| !e.is_empty())
        .map(|e| {
            let e = String::from_utf8(e.to_vec()).unwrap();
            let (k, v) = e.split_once('=').unwrap();
            (k.to_owned(), v.to_owned())
        })
        .filter(|(k, _)| k.starts_with("AIRFLOW_CONN_") || k.starts_with("AIRFLOW_VAR_"))
        .collect();
    (out, vars)
}

/// Real Airflow's reading (the golden vectors) as our field texts.
fn golden(fields: &Value) -> Vec<Option<String>> {
    FIELDS
        .iter()
        .map(|f| match &fields[*f] {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        })
        .collect()
}

fn env_reading(reader: Reader, value: &str) -> Option<Connection> {
    let words = BackendConfig::default().extra_conn_words;
    match secret_json::read_connection(reader, Some(value), &words, Via::EnvVar) {
        Lookup::Found(c) => Some(c),
        _ => None,
    }
}

#[test]
fn exec_gives_every_golden_connection_as_the_backend_reads_it() {
    let t = TestEnv::new("exec-golden");
    let path = fixtures_dir().join("airflow-vectors").join("decode.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let (rt, client) = raw_client();
    // Every connection both Airflow 3 readers find, with each reader's real reading.
    let mut planted: Vec<(String, [Vec<Option<String>>; 3])> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let (Some(id), Some(secret)) = (case["conn_id"].as_str(), case["secret"].as_str()) else {
            continue;
        };
        // Vectors of other backend settings, and of the environment backend itself.
        if case.get("backend_kwargs").is_some() || case.get("via").is_some() {
            continue;
        }
        let (core, sdk) = (&case["result"]["core"], &case["result"]["sdk"]);
        let a2 = &case["airflow2"]["result"]["core"];
        if core["found"] != true || sdk["found"] != true || a2["found"] != true {
            continue;
        }
        let name = format!("{}/{id}", t.connections_prefix());
        if rt
            .block_on(
                client
                    .create_secret()
                    .name(&name)
                    .secret_string(secret)
                    .send(),
            )
            .is_err()
        {
            continue;
        }
        planted.push((
            id.to_owned(),
            [
                golden(&core["fields"]),
                golden(&sdk["fields"]),
                golden(&a2["fields"]),
            ],
        ));
    }
    assert!(
        planted.len() >= 30,
        "only {} golden connections",
        planted.len()
    );
    let disagreeing = planted.iter().filter(|(_, [c, s, _])| c != s).count();
    assert!(disagreeing > 0, "no vector where the readers disagree");
    // Read in bulk (--all) and by name (BatchGetSecretValue): the same environment, in which
    // each reader reads what it reads from the secret (disagreements included).
    let mut named: Vec<String> = Vec::new();
    for (id, _) in &planted {
        named.push("--connection".into());
        named.push(id.clone());
    }
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    let (out, all) = exec_env(&t, &["--all"]);
    ok(&out);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (out, by_name) = exec_env(&t, &named);
    ok(&out);
    assert_eq!(all, by_name);
    for (id, want) in &planted {
        let var = format!("AIRFLOW_CONN_{}", id.to_uppercase());
        let value = &all
            .iter()
            .find(|(k, _)| *k == var)
            .unwrap_or_else(|| panic!("{var} not given"))
            .1;
        for (reader, want) in Reader::ALL.into_iter().zip(want) {
            let got = env_reading(reader, value).unwrap_or_else(|| panic!("{id}: unreadable"));
            let got: Vec<Option<String>> = FIELDS.iter().map(|f| got.field(f)).collect();
            assert_eq!(&got, want, "{id} through the environment, {reader:?}");
        }
    }
}

#[test]
fn exec_passes_exit_codes_and_signals_through_and_never_prints_values() {
    use std::os::unix::process::ExitStatusExt;
    let t = TestEnv::new("exec");
    let pw = "c4n4ry-exec-pw";
    ok(&t
        .cmd()
        .args([
            "put-connection",
            "db",
            "--conn-type",
            "postgres",
            "--host",
            "h",
        ])
        .args(["--password-stdin"])
        .write_stdin(pw)
        .output()
        .unwrap());
    ok(&t
        .cmd()
        .args(["put-variable", "token", "-"])
        .write_stdin("c4n4ry-exec-value")
        .output()
        .unwrap());
    for v in ["-v", "-vv"] {
        let out = t
            .cmd()
            .args([v, "exec", "--all", "--", "true"])
            .output()
            .unwrap();
        ok(&out);
        for c in [pw, "c4n4ry-exec-value"] {
            assert_hidden(&out.stdout, c);
            assert_hidden(&out.stderr, c);
        }
    }
    let (out, vars) = exec_env(&t, &["--variable", "token", "--connection", "db"]);
    ok(&out);
    assert!(vars.contains(&("AIRFLOW_VAR_TOKEN".into(), "c4n4ry-exec-value".into())));
    assert!(vars.iter().any(|(k, _)| k == "AIRFLOW_CONN_DB"));
    let code = |args: &[&str]| {
        t.cmd()
            .args(["exec", "--all", "--"])
            .args(args)
            .output()
            .unwrap()
            .status
    };
    assert_eq!(code(&["sh", "-c", "exit 7"]).code(), Some(7));
    assert_eq!(code(&["sh", "-c", "kill -TERM $$"]).signal(), Some(15));
    assert_eq!(code(&["no-such-command-here"]).code(), Some(127));
    // Already set: an error naming it, unless --override.
    let mut cmd = t.cmd();
    cmd.env("AIRFLOW_VAR_TOKEN", "mine");
    let out = cmd
        .args(["exec", "--variable", "token", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("AIRFLOW_VAR_TOKEN"));
    let mut cmd = t.cmd();
    cmd.env("AIRFLOW_VAR_TOKEN", "mine");
    let out = cmd
        .args([
            "exec",
            "--variable",
            "token",
            "--override",
            "--",
            "sh",
            "-c",
            "test \"$AIRFLOW_VAR_TOKEN\" = c4n4ry-exec-value",
        ])
        .output()
        .unwrap();
    ok(&out);
    // A named key that does not exist: not found, the command never runs.
    t.cmd()
        .args(["exec", "--variable", "nope", "--", "true"])
        .assert()
        .code(3);
}

#[test]
fn risky_edges_are_refused_before_anything_is_written() {
    let t = TestEnv::new("edges");
    // Contradictory metadata flags: refused before the value is written.
    let out = t
        .cmd()
        .args(["put-variable", "v", "-", "--tag", "a=1", "--untag", "a"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    t.cmd().args(["get", "var", "v"]).assert().code(3);
    // One version: nothing to roll back to; the valid version is named.
    ok(&t
        .cmd()
        .args(["put-variable", "v", "-"])
        .write_stdin("x")
        .output()
        .unwrap());
    let out = t
        .cmd()
        .args(["rollback", "var", "v", "-y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let only = version_ids(&format!("{}/v", t.variables_prefix()));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&only[0].0));
    // A field update never drops keys another reader of the JSON may use: kept after
    // Airflow's keys, or, where the form cannot hold them, refused.
    put_raw_conn(
        &t,
        "rds",
        r#"{"conn_type": "postgres", "host": "h", "login": "u", "password": "p", "dbClusterIdentifier": "c1"}"#,
    );
    let name = format!("{}/rds", t.connections_prefix());
    let out = t
        .cmd()
        .args([
            "put-connection",
            "rds",
            "--host",
            "h2",
            "--merge",
            "--format",
            "uri",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`dbClusterIdentifier`"));
    assert!(current_text(&name).unwrap().contains("\"host\": \"h\""));
    ok(&t
        .cmd()
        .args(["put-connection", "rds", "--host", "h2", "--merge"])
        .output()
        .unwrap());
    let now: Value = serde_json::from_str(&current_text(&name).unwrap()).unwrap();
    assert_eq!(now["host"], "h2");
    assert_eq!(now["dbClusterIdentifier"], "c1");
    // exec --all leaves out what the backend cannot read (with a warning), gives the rest.
    put_raw_conn(&t, "broken", "{not json");
    let (out, vars) = exec_env(&t, &["--all"]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("connection `broken`"));
    assert!(vars.iter().any(|(k, _)| k == "AIRFLOW_CONN_RDS"));
    assert!(!vars.iter().any(|(k, _)| k == "AIRFLOW_CONN_BROKEN"));
    // ... but a named one that cannot be given refuses the run.
    let (out, vars) = exec_env(&t, &["--connection", "broken"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(vars.is_empty());
}

fn put_raw_conn(t: &TestEnv, id: &str, text: &str) {
    crate::common::put_raw(&format!("{}/{id}", t.connections_prefix()), text);
}
