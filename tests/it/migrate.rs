//! `migrate` end to end against moto, and through the fault proxy.

use std::path::PathBuf;
use std::time::Duration;

use airsecrets::airflow::files::{self, FileFormat};
use airsecrets::airflow::variable::AirflowLine;
use airsecrets::airflow::{fidelity, secret_json, uri};
use predicates::prelude::*;
use serde_json::{Value, json};

use crate::common::proxy::{Fault, Proxy};
use crate::common::{
    TestEnv, fixtures_dir, moto, put_raw, raw_client, signal_migrate, stdout_json,
};

const VERSIONS: [(&str, AirflowLine, &str); 2] = [
    ("airflow-3.3.2", AirflowLine::V3, "3"),
    ("airflow-2.10.5", AirflowLine::V2, "2"),
];

fn export(dir: &str, name: &str) -> PathBuf {
    fixtures_dir().join("airflow-exports").join(dir).join(name)
}

/// Versions per secret, read straight from the emulator with the SDK.
fn version_counts(prefix: &str) -> Vec<(String, usize)> {
    use aws_sdk_secretsmanager::types::{Filter, FilterNameStringType};
    let (rt, client) = raw_client();
    rt.block_on(async {
        let mut out = Vec::new();
        let mut token = None;
        loop {
            let filter = Filter::builder()
                .key(FilterNameStringType::Name)
                .values(prefix)
                .build();
            let page = client
                .list_secrets()
                .filters(filter)
                .set_next_token(token)
                .send()
                .await
                .unwrap();
            for s in page.secret_list() {
                let name = s.name().unwrap().to_owned();
                let d = client
                    .describe_secret()
                    .secret_id(&name)
                    .send()
                    .await
                    .unwrap();
                let versions = d.version_ids_to_stages().map_or(0, |m| {
                    m.values().filter(|stages| !stages.is_empty()).count()
                });
                out.push((name, versions));
            }
            token = page.next_token().map(str::to_owned);
            if token.is_none() {
                return out;
            }
        }
    })
}

fn run_json(t: &TestEnv, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = t
        .cmd()
        .args(["migrate", "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), value, stderr)
}

#[test]
fn every_real_export_migrates_as_airflow_import_stores_it_and_a_rerun_writes_nothing() {
    for (dir, line, version) in VERSIONS {
        let var_formats: &[&str] = &["variables.json"];
        let conn_files = [
            "connections.json",
            "connections.yaml",
            "connections.env",
            "connections.uri.env",
            "connections.json-serialized.env",
        ];
        // `extra` exactly as Airflow's own `connections import connections.json` stored it.
        let reimported: Value = serde_json::from_str(
            &std::fs::read_to_string(export(dir, "connections-after-reimport.json")).unwrap(),
        )
        .unwrap();
        for (conn_file, store_as) in conn_files
            .into_iter()
            .flat_map(|f| [(f, "uri"), (f, "json")])
        {
            let t = TestEnv::new("export");
            let vars = export(dir, var_formats[0]);
            let conns = export(dir, conn_file);
            let args = [
                "--airflow-version",
                version,
                "--format",
                store_as,
                "--variables",
                vars.to_str().unwrap(),
                "--connections",
                conns.to_str().unwrap(),
            ];
            let (code, report, err) = run_json(&t, &args);
            assert_eq!(code, Some(0), "{dir}/{conn_file}: {err}");
            assert_eq!(
                report["outcomes"]["created"], 17,
                "{dir}/{conn_file}: {report}"
            );
            // Variables: exactly what Airflow's own import stored.
            let stored: Value = serde_json::from_str(
                &std::fs::read_to_string(export(dir, "variables-raw-after-reimport.json")).unwrap(),
            )
            .unwrap();
            for (key, want) in stored.as_object().unwrap() {
                let out = t
                    .cmd()
                    .args(["--airflow-version", version, "get", "var", key])
                    .output()
                    .unwrap();
                assert_eq!(
                    String::from_utf8_lossy(&out.stdout),
                    want["val"].as_str().unwrap(),
                    "{dir} {key}"
                );
            }
            // Connections: each reader reads the connection Airflow's import would have built.
            let text = std::fs::read_to_string(&conns).unwrap();
            let format = FileFormat::from_path(conns.to_str().unwrap()).unwrap();
            for item in files::read_connections("f", &text, format, line).unwrap() {
                let want = item.conn.unwrap();
                let out = t
                    .cmd()
                    .args([
                        "--airflow-version",
                        version,
                        "get",
                        "conn",
                        &item.conn_id,
                        "-o",
                        "json",
                        "--reveal",
                    ])
                    .output()
                    .unwrap();
                let got = stdout_json(&out);
                let text = |f: &str| got[f].as_str().unwrap_or("").to_owned();
                let id = &item.conn_id;
                let fields = [
                    ("password", want.password_str().map(str::to_owned)),
                    ("login", want.login.clone()),
                    ("host", want.host.clone()),
                    ("schema", want.schema.clone()),
                    ("conn_type", want.conn_type.clone()),
                ];
                for (field, value) in fields {
                    assert_eq!(
                        text(field),
                        value.unwrap_or_default(),
                        "{dir}/{conn_file} {id} {field}"
                    );
                }
                assert_eq!(
                    got["port"].as_i64(),
                    want.port
                        .as_ref()
                        .and_then(airsecrets::airflow::Port::as_int)
                        .filter(|p| *p != 0)
                );
                let want_extra = want
                    .extra
                    .as_deref()
                    .map_or(json!(null), |e| serde_json::from_str(e).unwrap());
                let got_extra = if got["extra"] == json!({}) {
                    json!(null)
                } else {
                    got["extra"].clone()
                };
                assert_eq!(got_extra, want_extra, "{dir}/{conn_file} {}", item.conn_id);
                // `conn.extra` byte for byte: what the file's import stores (a .env URI is
                // parsed as Airflow parses it), which for the files that carry `extra` as text
                // is exactly what real Airflow's re-import stored.
                assert_eq!(
                    got["extra_raw"].as_str(),
                    want.extra.as_deref(),
                    "{dir}/{conn_file} --format {store_as} {id}: extra text"
                );
                if !conn_file.ends_with("uri.env") && conn_file != "connections.env" {
                    assert_eq!(
                        got["extra_raw"].as_str(),
                        reimported[id.as_str()]["extra"].as_str(),
                        "{dir}/{conn_file} --format {store_as} {id}: Airflow's own import"
                    );
                }
                for stored in [uri::write(&want), secret_json::write(&want)] {
                    let report = fidelity::check(&want, &stored, &Vec::new());
                    assert!(
                        !report.iter().any(|d| d.field == "extra"),
                        "{dir}/{conn_file} {id}: {report:?}"
                    );
                }
            }
            // A second run plans everything unchanged and writes nothing.
            let (code, report, _) = run_json(&t, &args);
            assert_eq!(code, Some(0));
            assert_eq!(
                report["outcomes"],
                json!({"unchanged": 17}),
                "{conn_file} --format {store_as}: {report}"
            );
            assert!(
                report["api_calls"].get("CreateSecret").is_none()
                    && report["api_calls"].get("PutSecretValue").is_none()
            );
            assert!(version_counts(&t.prefix).iter().all(|(_, n)| *n == 1));
        }
    }
}

fn write_vars(t: &TestEnv, name: &str, body: &Value) -> String {
    let path = t.home.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(body).unwrap()).unwrap();
    path.to_str().unwrap().to_owned()
}

/// An export file of `n` variables `k00`.. with values `v0`..
fn many_vars(t: &TestEnv, n: usize) -> String {
    let vars: serde_json::Map<String, Value> = (0..n)
        .map(|i| (format!("k{i:02}"), json!(format!("v{i}"))))
        .collect();
    write_vars(t, "many.json", &Value::Object(vars))
}

#[test]
fn if_exists_and_dry_run_control_the_writes() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("ifexists").via(&proxy);
    let first = write_vars(&t, "a.json", &json!({"a": "1", "b": "2", "c": "3"}));
    let (code, report, _) = run_json(&t, &["--variables", &first, "--dry-run"]);
    // A dry run speaks in plan words: nothing was created.
    assert_eq!((code, &report["plan"]), (Some(0), &json!({"create": 3})));
    assert_eq!(report["items"][0]["outcome"], "create");
    assert_eq!(
        proxy.passed_of("CreateSecret"),
        0,
        "a dry run writes nothing"
    );
    assert_eq!(run_json(&t, &["--variables", &first]).0, Some(0));
    let changed = write_vars(
        &t,
        "b.json",
        &json!({"a": "1", "b": "changed", "c": "changed", "d": "4"}),
    );
    let writes = |p: &Proxy| (p.passed_of("CreateSecret"), p.passed_of("PutSecretValue"));
    let before = writes(&proxy);
    let (code, report, err) = run_json(&t, &["--variables", &changed]);
    assert_eq!(code, Some(4), "{err}");
    assert_eq!(report["plan"]["conflict"], 2);
    assert!(
        !err.contains("changed"),
        "conflicts are listed with values masked: {err}"
    );
    assert_eq!(
        writes(&proxy),
        before,
        "a conflict under --if-exists fail writes nothing at all"
    );
    let (code, report, _) = run_json(&t, &["--variables", &changed, "--if-exists", "skip"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        report["outcomes"],
        json!({"created": 1, "skipped": 2, "unchanged": 1})
    );
    t.cmd().args(["get", "var", "b"]).assert().stdout("2");
    let (code, report, _) = run_json(&t, &["--variables", &changed, "--if-exists", "overwrite"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["outcomes"], json!({"updated": 2, "unchanged": 2}));
    t.cmd().args(["get", "var", "c"]).assert().stdout("changed");
    assert_eq!(proxy.passed_of("PutSecretValue"), 2);
}

#[test]
fn invalid_input_writes_nothing() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("invalid").via(&proxy);
    let good = write_vars(&t, "good.json", &json!({"ok": "v"}));
    let broken = t.home.path().join("broken.json");
    std::fs::write(&broken, "{\n  \"a\": \"x\",\n  \"b\": ").unwrap();
    let out = t
        .cmd()
        .args([
            "migrate",
            "--variables",
            &good,
            "--variables",
            broken.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("broken.json:3"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bad = write_vars(
        &t,
        "bad.json",
        &json!({"ok": "v", "bad key": "v", "empty": ""}),
    );
    let out = t
        .cmd()
        .args(["migrate", "--variables", &bad])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("`bad key`") && err.contains("`empty`") && err.contains("bad.json:"),
        "{err}"
    );
    // The same key in two files names both places.
    let again = write_vars(&t, "again.json", &json!({"ok": "other"}));
    t.cmd()
        .args(["migrate", "--variables", &good, "--variables", &again])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("also defined at"));
    assert!(
        proxy
            .passed()
            .keys()
            .all(|op| op == "ListSecrets" || op == "BatchGetSecretValue"),
        "{:?}",
        proxy.passed()
    );
    assert_eq!(proxy.passed_of("CreateSecret"), 0);
    // --skip-invalid writes the rest and lists what it skipped.
    let (code, report, _) = run_json(&t, &["--variables", &bad, "--skip-invalid"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["outcomes"], json!({"created": 1, "invalid": 2}));
    let reasons: Vec<&str> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["error"].as_str())
        .collect();
    assert!(reasons.iter().any(|r| r.contains("empty")), "{reasons:?}");
}

#[test]
fn faults_end_with_every_item_stored_exactly_once() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("faults").via(&proxy);
    let vars: serde_json::Map<String, Value> = (0..40)
        .map(|i| (format!("v{i:02}"), json!(format!("value {i}"))))
        .collect();
    let file = write_vars(&t, "many.json", &Value::Object(vars));
    for _ in 0..3 {
        proxy.push(Some("CreateSecret"), Fault::Bare(500));
        proxy.push(
            Some("CreateSecret"),
            Fault::aws(400, "ThrottlingException", "Rate exceeded"),
        );
        proxy.push(Some("CreateSecret"), Fault::Drop);
        proxy.push(
            Some("CreateSecret"),
            Fault::aws(503, "ServiceUnavailable", "try again"),
        );
    }
    proxy.push(Some("BatchGetSecretValue"), Fault::Bare(502));
    proxy.push(Some("ListSecrets"), Fault::Drop);
    let (code, report, err) = run_json(&t, &["--variables", &file, "--concurrency", "4"]);
    assert_eq!(code, Some(0), "{err}{report}");
    assert_eq!(report["outcomes"], json!({"created": 40}), "{report}");
    assert!(
        proxy.requests()["CreateSecret"] > 40,
        "the faults were hit: {:?}",
        proxy.requests()
    );
    let versions = version_counts(&t.prefix);
    assert_eq!(versions.len(), 40);
    assert!(versions.iter().all(|(_, n)| *n == 1), "{versions:?}");
    // A lost response after the write: the retried create must not make a second version.
    let more = write_vars(&t, "more.json", &json!({"late": "x"}));
    proxy.push(Some("CreateSecret"), Fault::Delay(Duration::from_secs(6)));
    let (code, report, err) = run_json(&t, &["--variables", &more]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(report["outcomes"], json!({"created": 1}), "{report}");
    assert!(
        version_counts(&format!("{}/variables/late", t.prefix))
            .iter()
            .all(|(_, n)| *n == 1)
    );
}

#[test]
fn a_killed_run_is_finished_by_a_rerun() {
    let proxy = Proxy::start(&moto().addr);
    proxy.set_latency(Duration::from_millis(40));
    let t = TestEnv::new("killed").via(&proxy);
    let file = many_vars(&t, 60);
    let mut child = t.std_cmd();
    let mut running = child
        .args([
            "migrate",
            "--variables",
            &file,
            "--concurrency",
            "2",
            "--rate",
            "20",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while proxy.passed_of("CreateSecret") < 10 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    running.kill().unwrap();
    running.wait().unwrap();
    let written = proxy.passed_of("CreateSecret");
    assert!(
        (10..60).contains(&written),
        "killed mid-way after {written} writes"
    );
    proxy.set_latency(Duration::ZERO);
    let (code, report, err) = run_json(&t, &["--variables", &file]);
    assert_eq!(code, Some(0), "{err}");
    let created = report["outcomes"]["created"].as_u64().unwrap();
    let unchanged = report["outcomes"]["unchanged"].as_u64().unwrap();
    assert_eq!(created + unchanged, 60);
    assert!(unchanged >= 10, "{report}");
    let versions = version_counts(&t.prefix);
    assert_eq!(versions.len(), 60);
    assert!(versions.iter().all(|(_, n)| *n == 1), "{versions:?}");
}

#[test]
fn interrupt_stops_new_writes_and_exits_130() {
    let proxy = Proxy::start(&moto().addr);
    proxy.set_latency(Duration::from_millis(30));
    let t = TestEnv::new("sigint").via(&proxy);
    let file = many_vars(&t, 80);
    let report = t.home.path().join("report.json");
    let (out, took) = signal_migrate(
        &t,
        &proxy,
        &[
            "--variables".as_ref(),
            file.as_ref(),
            "--concurrency".as_ref(),
            "2".as_ref(),
            "--rate".as_ref(),
            "20".as_ref(),
            "--report".as_ref(),
            report.as_os_str(),
        ],
        "INT",
        |p| p.passed_of("CreateSecret") >= 5,
    );
    assert!(took < Duration::from_secs(3), "{took:?}");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let interrupted = summary["outcomes"]["interrupted"].as_u64().unwrap_or(0);
    assert!(interrupted > 0, "{summary}");
    let created = summary["outcomes"]["created"].as_u64().unwrap();
    assert_eq!(created + interrupted, 80);
    // The in-flight ones (at most 2) were abandoned: written or not, the re-run settles them.
    let (code, report, _) = run_json(&t, &["--variables", &file]);
    assert_eq!(code, Some(0));
    let rerun_created = report["outcomes"]["created"].as_u64().unwrap();
    assert!(
        (interrupted.saturating_sub(2)..=interrupted).contains(&rerun_created),
        "{report}"
    );
    assert!(version_counts(&t.prefix).iter().all(|(_, n)| *n == 1));
}

#[test]
fn names_scheduled_for_deletion_are_reported_or_restored() {
    let t = TestEnv::new("mig-deleted");
    t.cmd()
        .args(["put-variable", "gone", "old"])
        .assert()
        .success();
    t.cmd()
        .args(["delete", "var", "gone", "--yes"])
        .assert()
        .success();
    let file = write_vars(&t, "v.json", &json!({"gone": "new", "fresh": "x"}));
    let (code, report, err) = run_json(&t, &["--variables", &file]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(
        report["outcomes"],
        json!({"created": 1, "scheduled_for_deletion": 1}),
        "{report}"
    );
    assert!(err.contains("--restore"), "{err}");
    let (code, report, err) = run_json(&t, &["--variables", &file, "--restore"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        report["outcomes"],
        json!({"updated": 1, "unchanged": 1}),
        "{report}"
    );
    t.cmd()
        .args(["get", "var", "gone"])
        .assert()
        .success()
        .stdout("new");
}

#[test]
fn migrate_never_prints_secret_values() {
    const CANARY: &str = "c4n4ry-migr4te:/?#@é";
    let t = TestEnv::new("mig-canary");
    let conns = json!({"c": {"conn_type": "postgres", "login": "u", "password": CANARY, "host": "h", "port": 5432, "schema": "s", "extra": null, "description": null}});
    let path = t.home.path().join("c.json");
    std::fs::write(&path, conns.to_string()).unwrap();
    let vars = write_vars(&t, "v.json", &json!({"v": CANARY}));
    let report = t.home.path().join("report.json");
    for extra in [&["--dry-run"][..], &[][..], &["--if-exists", "fail"][..]] {
        let out = t
            .cmd()
            .args([
                "-vv",
                "migrate",
                "--connections",
                path.to_str().unwrap(),
                "--variables",
                &vars,
                "--report",
                report.to_str().unwrap(),
            ])
            .args(extra)
            .output()
            .unwrap();
        crate::common::assert_hidden(&out.stderr, CANARY);
        crate::common::assert_hidden(&out.stdout, CANARY);
        crate::common::assert_hidden(&std::fs::read(&report).unwrap(), CANARY);
    }
    // A conflict lists the item, never its values.
    let changed = write_vars(&t, "v2.json", &json!({"v": format!("{CANARY}-2")}));
    let out = t
        .cmd()
        .args(["migrate", "--variables", &changed])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    crate::common::assert_hidden(&out.stdout, CANARY);
    crate::common::assert_hidden(&out.stderr, CANARY);
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused for conflicts"));
}

#[test]
fn connections_can_be_stored_as_json_secrets() {
    let t = TestEnv::new("mig-json");
    let conns = export("airflow-3.3.2", "connections.yaml");
    let (code, report, err) = run_json(
        &t,
        &["--connections", conns.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(report["outcomes"], json!({"created": 8}));
    let out = t
        .cmd()
        .args([
            "get", "conn", "pg_main", "-o", "json", "--reveal", "--reader", "sdk",
        ])
        .output()
        .unwrap();
    let got = stdout_json(&out);
    assert_eq!(got["stored_as"], "json");
    assert_eq!(got["password"], "p@ss:w/rd?#%+ &=\u{e9}\u{1f511}");
    assert_eq!(
        got["extra"],
        json!({"sslmode": "require", "connect_timeout": "10"})
    );
    // The description is kept as the secret's description (Airflow's backend never reads it).
    let (rt, client) = raw_client();
    let d = rt
        .block_on(
            client
                .describe_secret()
                .secret_id(format!("{}/pg_main", t.connections_prefix()))
                .send(),
        )
        .unwrap();
    assert_eq!(d.description(), Some("main postgres"));
}

#[test]
fn a_secret_every_reader_reads_the_same_is_left_as_it_is() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("same-reading").via(&proxy);
    let (rt, client) = raw_client();
    // Stored by hand, in another form: other key order, other spacing, an alias key.
    rt.block_on(
        client
            .create_secret()
            .name(format!("{}/c", t.connections_prefix()))
            .secret_string(r#"{"user":"u","conn_type":"postgres","host":"h","port":5432}"#)
            .send(),
    )
    .unwrap();
    let file = t.home.path().join("connections.json");
    std::fs::write(
        &file,
        json!({"c": {"conn_type": "postgres", "host": "h", "login": "u", "password": null,
                     "schema": null, "port": 5432, "extra": null, "description": null}})
        .to_string(),
    )
    .unwrap();
    for format in ["json", "uri"] {
        let (code, report, err) = run_json(
            &t,
            &["--connections", file.to_str().unwrap(), "--format", format],
        );
        assert_eq!(code, Some(0), "{err}");
        assert_eq!(
            report["outcomes"],
            json!({"unchanged": 1}),
            "{format}: {report}"
        );
    }
    let out = t
        .cmd()
        .args([
            "put-connection",
            "c",
            "--uri",
            "postgres://u@h:5432",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["outcome"], "unchanged");
    assert_eq!(proxy.passed_of("PutSecretValue"), 0, "nothing was written");
    // Asking for another stored form is a write.
    let out = t
        .cmd()
        .args([
            "put-connection",
            "c",
            "--uri",
            "postgres://u@h:5432",
            "--format",
            "uri",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["outcome"], "updated");
}

#[test]
fn diff_names_what_migrate_would_change_and_exits_1_for_ci() {
    let t = TestEnv::new("diff");
    let vars = write_vars(&t, "vars.json", &json!({"a": "1", "b": "2"}));
    let conns = t.home.path().join("conns.json");
    let conn = |host: &str, password: &str| {
        json!({"c": {"conn_type": "postgres", "host": host, "login": "u", "password": password,
                     "schema": null, "port": 5432, "extra": null, "description": null}})
    };
    std::fs::write(&conns, conn("h", "c4n4ry-old").to_string()).unwrap();
    let sources = [
        "--variables",
        vars.as_str(),
        "--connections",
        conns.to_str().unwrap(),
    ];
    t.cmd().arg("migrate").args(sources).assert().success();
    t.cmd()
        .arg("diff")
        .args(sources)
        .arg("--exit-code")
        .assert()
        .code(0);
    // Drift: a value changed, one added, a connection's host and password changed, and a
    // secret nobody's files name.
    let vars = write_vars(&t, "vars.json", &json!({"a": "1", "b": "3", "d": "4"}));
    std::fs::write(&conns, conn("h2", "c4n4ry-new").to_string()).unwrap();
    t.cmd()
        .args(["put-variable", "stray", "-"])
        .write_stdin("x")
        .assert()
        .success();
    let sources = [
        "--variables",
        vars.as_str(),
        "--connections",
        conns.to_str().unwrap(),
    ];
    let out = t
        .cmd()
        .arg("diff")
        .args(sources)
        .args(["--exit-code", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("c4n4ry"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("c4n4ry"));
    let items = stdout_json(&out)["items"].clone();
    let status: Vec<(String, String, Value)> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["key"].as_str().unwrap().to_owned(),
                i["status"].as_str().unwrap().to_owned(),
                i["fields"].clone(),
            )
        })
        .collect();
    assert_eq!(
        status,
        vec![
            ("c".into(), "conflict".into(), json!(["host", "password"])),
            ("a".into(), "unchanged".into(), json!([])),
            ("b".into(), "conflict".into(), json!(["value"])),
            ("d".into(), "create".into(), json!([])),
            ("stray".into(), "not-in-sources".into(), json!([])),
        ]
    );
    // --reveal shows the values, on stdout.
    let out = t
        .cmd()
        .arg("diff")
        .args(sources)
        .arg("--reveal")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("c4n4ry-old -> c4n4ry-new"), "{table}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("c4n4ry"));
    // Nothing was written by diff.
    t.cmd().args(["get", "var", "b"]).assert().stdout("2");
}

#[test]
fn prune_deletes_what_no_source_names_after_asking() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("prune").via(&proxy);
    for key in ["keep", "stray"] {
        t.cmd()
            .args(["put-variable", key, "-"])
            .write_stdin("v")
            .assert()
            .success();
    }
    t.cmd()
        .args(["put-connection", "untouched", "--uri", "http://h"])
        .assert()
        .success();
    let vars = write_vars(&t, "vars.json", &json!({"keep": "v", "new": "n"}));
    // The plan lists it, and a dry run deletes nothing.
    let (code, report, _) = run_json(&t, &["--variables", &vars, "--prune", "--dry-run"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        report["plan"],
        json!({"create": 1, "delete": 1, "unchanged": 1}),
        "{report}"
    );
    // Not interactive and no --yes: refused before any write.
    let out = t
        .cmd()
        .args(["migrate", "--variables", &vars, "--prune"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        proxy.passed_of("CreateSecret"),
        3,
        "only the three puts above"
    );
    assert_eq!(proxy.passed_of("DeleteSecret"), 0);
    let (code, report, err) = run_json(&t, &["--variables", &vars, "--prune", "--yes"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        report["outcomes"],
        json!({"created": 1, "scheduled_for_deletion": 1, "unchanged": 1}),
        "{report}"
    );
    // Only the variables were pruned: the connections had no source.
    let names = t.cmd().args(["-q", "list"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&names.stdout),
        "keep\nnew\nuntouched\n"
    );
    // --force deletes at once.
    t.cmd()
        .args(["put-variable", "stray2", "-"])
        .write_stdin("v")
        .assert()
        .success();
    let (code, report, _) = run_json(&t, &["--variables", &vars, "--prune", "--force", "--yes"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["outcomes"]["deleted"], 1, "{report}");
}

/// Every secret under a test's prefix: its name after the prefix, and its SecretString.
fn stored_values(prefix: &str) -> Vec<(String, String)> {
    let (rt, client) = raw_client();
    let mut out = Vec::new();
    let mut token = None;
    loop {
        let page = rt
            .block_on(
                client
                    .list_secrets()
                    .filters(
                        aws_sdk_secretsmanager::types::Filter::builder()
                            .key(aws_sdk_secretsmanager::types::FilterNameStringType::Name)
                            .values(format!("{prefix}/"))
                            .build(),
                    )
                    .set_next_token(token)
                    .send(),
            )
            .unwrap();
        for s in page.secret_list() {
            let name = s.name().unwrap();
            let value = rt
                .block_on(client.get_secret_value().secret_id(name).send())
                .unwrap()
                .secret_string
                .unwrap();
            out.push((name[prefix.len()..].to_owned(), value));
        }
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    out.sort();
    out
}

#[test]
fn export_writes_airflow_files_that_migrate_back_to_nothing() {
    use std::os::unix::fs::PermissionsExt;
    for (dir, _, version) in VERSIONS {
        let t = TestEnv::new("export-back");
        let (variables, connections) = (
            export(dir, "variables.json"),
            export(dir, "connections.json"),
        );
        let source = [
            "--airflow-version",
            version,
            "--variables",
            variables.to_str().unwrap(),
            "--connections",
            connections.to_str().unwrap(),
        ];
        let (code, _, err) = run_json(&t, &source);
        assert_eq!(code, Some(0), "{err}");
        let out_dir = t.home.path();
        let vars = out_dir.join("variables.json");
        for (format, serialization, name) in [
            ("json", "uri", "connections.json"),
            ("yaml", "uri", "connections.yaml"),
            ("env", "uri", "connections.env"),
            ("env", "json", "connections.json-serialized.env"),
        ] {
            let conns = out_dir.join(name);
            let out = t
                .cmd()
                .args(["--airflow-version", version, "export", "--force"])
                .args(["--variables", vars.to_str().unwrap()])
                .args(["--connections", conns.to_str().unwrap()])
                .args([
                    "--connections-format",
                    format,
                    "--serialization-format",
                    serialization,
                ])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            for file in [&vars, &conns] {
                let mode = std::fs::metadata(file).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o600, "{}", file.display());
            }
            // Migrated back into the same deployment, it writes nothing.
            let exported = [
                "--airflow-version",
                version,
                "--variables",
                vars.to_str().unwrap(),
                "--connections",
                conns.to_str().unwrap(),
            ];
            let (code, report, err) = run_json(&t, &exported);
            assert_eq!(code, Some(0), "{dir} {format}: {err}");
            assert_eq!(
                report["outcomes"],
                json!({"unchanged": 17}),
                "{dir} {format}: {report}"
            );
            // Into an empty store, it reproduces every secret byte for byte.
            let empty = TestEnv::new("export-empty");
            let (code, report, err) = run_json(&empty, &exported);
            assert_eq!(code, Some(0), "{err}");
            assert_eq!(report["outcomes"], json!({"created": 17}), "{report}");
            assert_eq!(
                stored_values(&t.prefix),
                stored_values(&empty.prefix),
                "{dir} {format}"
            );
        }
        // An existing file is refused without --force; `-` writes to stdout.
        let out = t
            .cmd()
            .args(["export", "--variables", vars.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
        let out = t
            .cmd()
            .args(["export", "--variables", "-"])
            .output()
            .unwrap();
        let written: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(written.as_object().unwrap().len(), 9, "{written}");
    }
}

#[test]
fn doctor_finds_what_airflow_would_not_read() {
    let t = TestEnv::new("doctor");
    let (rt, client) = raw_client();
    let put = |name: String, value: &str| put_raw(&name, value);
    let (vars, conns) = (t.variables_prefix(), t.connections_prefix());
    // Planted through the SDK, not airsecrets: clean ones, and one per finding code.
    for i in 0..4 {
        put(
            format!("{conns}/clean{i}"),
            &format!("postgres://u:c4n4ry-pw@h{i}:5432/db"),
        );
        put(format!("{vars}/clean{i}"), "c4n4ry-value");
    }
    put(
        format!("{conns}/broken"),
        "mysql://u:c4n4ry-pw@h:notaport/db",
    );
    put(format!("{conns}/typed"), "http://h/?timeout=30");
    put(
        format!("{conns}/rds"),
        r#"{"engine": "postgres", "host": "h", "username": "u", "password": "c4n4ry-pw", "dbname": "sales", "port": 5432}"#,
    );
    put(format!("{conns}/skipped_by_pattern"), "http://h");
    put(format!("{conns}/name-AbCdEf"), "http://h");
    put(format!("{vars}/going"), "v");
    rt.block_on(
        client
            .delete_secret()
            .secret_id(format!("{vars}/going"))
            .recovery_window_in_days(7)
            .send(),
    )
    .unwrap();
    rt.block_on(
        client
            .create_secret()
            .name(format!("{vars}/bin"))
            .secret_binary(aws_sdk_secretsmanager::primitives::Blob::new(b"x".to_vec()))
            .send(),
    )
    .unwrap();
    let pattern = r#"{"connections_lookup_pattern": "^(clean|broken|typed|rds|name)"}"#;
    let doctor = |args: &[&str]| {
        t.cmd()
            .env("AIRFLOW__WORKERS__SECRETS_BACKEND", "other.Backend")
            .args(["--backend-kwargs", pattern, "-vv", "doctor", "-o", "json"])
            .args(args)
            .output()
            .unwrap()
    };
    let out = doctor(&[]);
    assert_eq!(out.status.code(), Some(1), "errors fail by default");
    for stream in [&out.stdout, &out.stderr] {
        assert!(!String::from_utf8_lossy(stream).contains("c4n4ry"));
    }
    let report = stdout_json(&out);
    assert_eq!(report["scanned"], json!({"variables": 6, "connections": 9}));
    let found: Vec<(String, String, String, Value)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
                f["key"].as_str().unwrap().to_owned(),
                f["readers"].clone(),
            )
        })
        .collect();
    let has = |s: &str, c: &str, k: &str| {
        found
            .iter()
            .any(|f| (f.0.as_str(), f.1.as_str(), f.2.as_str()) == (s, c, k))
    };
    assert!(has("error", "unreadable", "broken"), "{found:?}");
    assert!(has("error", "binary", "bin"), "{found:?}");
    assert!(has("warning", "readers-disagree", "typed"), "{found:?}");
    assert!(has("warning", "dropped-keys", "rds"), "{found:?}");
    assert!(
        has("warning", "never-looked-up", "skipped_by_pattern"),
        "{found:?}"
    );
    assert!(has("warning", "pending-deletion", "going"), "{found:?}");
    assert!(has("info", "arn-suffix", "name-AbCdEf"), "{found:?}");
    assert!(has("warning", "settings", ""), "{found:?}");
    // The readers that disagree: core re-types `timeout`, the task SDK and 2.10 do not.
    let typed = found.iter().find(|f| f.2 == "typed").unwrap();
    assert_eq!(typed.3, json!(["core", "sdk", "airflow2"]));
    assert!(!found.iter().any(|f| f.2.starts_with("clean")), "{found:?}");
    // Errors first; every finding says how to fix it.
    assert_eq!(found[0].0, "error");
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .all(|f| !f["hint"].as_str().unwrap().is_empty())
    );
    let rds = findings.iter().find(|f| f["key"] == "rds").unwrap();
    assert!(rds["hint"].as_str().unwrap().contains("extra_conn_words"));
    // --fail-on: connections only (no error among them but `broken`), then warnings.
    assert_eq!(doctor(&["conn"]).status.code(), Some(1));
    t.cmd()
        .args([
            "put-connection",
            "broken",
            "--uri",
            "mysql://u@h:3306/db",
            "--replace",
        ])
        .assert()
        .success();
    assert_eq!(doctor(&["conn"]).status.code(), Some(0));
    assert_eq!(
        doctor(&["conn", "--fail-on", "warning"]).status.code(),
        Some(1)
    );
}
