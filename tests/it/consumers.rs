//! One secret for every consumer: `--compat rds|datagrok` through the binary against moto.

use airsecrets::airflow::connection::FIELDS;
use airsecrets::airflow::naming::BackendConfig;
use airsecrets::airflow::secret_json::{self, Lookup, Via};
use airsecrets::airflow::{Connection, Reader};
use serde_json::{Map, Value, json};

use crate::common::{TestEnv, assert_hidden, current_text, fixtures_dir, put_raw, stdout_json};

/// Every reader's reading, field by field.
fn readings(text: &str) -> Vec<Option<Vec<Option<String>>>> {
    let words = BackendConfig::default().extra_conn_words;
    Reader::ALL
        .into_iter()
        .map(
            |r| match secret_json::read_connection(r, Some(text), &words, Via::SecretsManager) {
                Lookup::Found(c) => Some(FIELDS.iter().map(|f| c.field_as_read(f)).collect()),
                _ => None,
            },
        )
        .collect()
}

fn core(text: &str) -> Connection {
    let words = BackendConfig::default().extra_conn_words;
    match secret_json::read_connection(Reader::Core, Some(text), &words, Via::SecretsManager) {
        Lookup::Found(c) => c,
        other => panic!("core cannot read it: {other:?}"),
    }
}

fn object(text: &str) -> Map<String, Value> {
    serde_json::from_str::<Value>(text)
        .unwrap()
        .as_object()
        .unwrap()
        .clone()
}

/// The consumer keys hold what Airflow reads under its own keys.
fn check_consumer_keys(text: &str, consumers: &[&str]) {
    let obj = object(text);
    let conn = core(text);
    let text_of = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
    let port = conn.port.as_ref().map(ToString::to_string);
    if consumers.contains(&"rds") {
        let engine = text_of("engine").expect("engine");
        let want = match conn.conn_type.as_deref() {
            Some("postgres") => "postgres",
            Some("mysql") => "mysql",
            Some("mssql") => "sqlserver",
            Some("oracle") => "oracle",
            Some("redshift") => "redshift",
            other => panic!("rds served a conn_type {other:?}"),
        };
        assert_eq!(engine, want);
        assert_eq!(text_of("username"), conn.login);
        assert_eq!(text_of("host"), conn.host);
        assert_eq!(text_of("password").as_deref(), conn.password_str());
        assert_eq!(
            text_of("dbname"),
            conn.schema.clone().filter(|s| !s.is_empty())
        );
        assert_eq!(obj.get("port").map(ToString::to_string), port);
        if let Some(p) = obj.get("port") {
            assert!(p.is_u64(), "RDS reads the port as a number");
        }
    }
    if consumers.contains(&"datagrok") {
        assert_eq!(text_of("login"), conn.login);
        assert_eq!(text_of("password").as_deref(), conn.password_str());
        assert_eq!(
            text_of("server"),
            conn.host.clone().filter(|s| !s.is_empty())
        );
        assert_eq!(text_of("db"), conn.schema.clone().filter(|s| !s.is_empty()));
    }
}

/// Real Airflow's reading (the golden vectors) as field texts, as hooks read them.
fn golden(fields: &Value) -> Vec<Option<String>> {
    FIELDS
        .iter()
        .map(|f| match &fields[*f] {
            Value::Null => None,
            Value::String(s) if s.is_empty() && *f != "extra" => None,
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        })
        .collect()
}

#[test]
fn compat_secrets_carry_the_consumer_keys_and_airflow_reads_them_exactly() {
    let t = TestEnv::new("compat");
    let mut cmd = t.cmd();
    cmd.args([
        "put-connection",
        "pg",
        "--conn-type",
        "postgres",
        "--host",
        "db.internal",
        "--login",
        "app",
        "--schema",
        "sales",
        "--port",
        "5432",
        "--extra",
        r#"{"sslmode": "require"}"#,
        "--password-stdin",
        "--compat",
        "rds",
        "--compat",
        "datagrok",
        "-o",
        "json",
    ]);
    let out = cmd.write_stdin("c4n4ry-compat").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_hidden(&out.stdout, "c4n4ry-compat");
    assert_hidden(&out.stderr, "c4n4ry-compat");
    let name = format!("{}/pg", t.connections_prefix());
    let text = current_text(&name).unwrap();
    check_consumer_keys(&text, &["rds", "datagrok"]);
    // Airflow's own keys come first, so its standardisation picks them.
    let keys: Vec<String> = object(&text).keys().cloned().collect();
    let first_alias = keys.iter().position(|k| k == "engine").unwrap();
    assert!(keys.iter().position(|k| k == "conn_type").unwrap() < first_alias);
    assert!(keys.iter().position(|k| k == "login").unwrap() < first_alias);
    assert_eq!(
        core(&text).extra.as_deref(),
        Some(r#"{"sslmode": "require"}"#)
    );
    // `get` says whom it serves; doctor finds nothing to fix in it.
    let got = stdout_json(
        &t.cmd()
            .args(["get", "conn", "pg", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(got["serves"], json!(["rds", "datagrok"]));
    let doctor = stdout_json(
        &t.cmd()
            .args(["doctor", "connections", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(doctor["scanned"]["connections"], 1);
    assert_eq!(doctor["findings"], json!([]), "{doctor}");
    // Adding a consumer to a plain secret is a write even though Airflow reads the same.
    let plain = t
        .cmd()
        .args([
            "put-connection",
            "pg2",
            "--conn-type",
            "mysql",
            "--host",
            "h",
        ])
        .args(["--login", "u", "--password-stdin", "--format", "json"])
        .write_stdin("pw")
        .output()
        .unwrap();
    assert!(plain.status.success());
    let r = stdout_json(
        &t.cmd()
            .args([
                "put-connection",
                "pg2",
                "--merge",
                "--compat",
                "rds",
                "-o",
                "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(r["outcome"], "updated");
    assert_eq!(r["changed_fields"], json!([]));
    assert_eq!(r["consumers_added"], json!(["rds"]));
    let again = stdout_json(
        &t.cmd()
            .args([
                "put-connection",
                "pg2",
                "--merge",
                "--compat",
                "rds",
                "-o",
                "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(again["outcome"], "unchanged");
}

#[test]
fn refused_combinations_write_nothing_and_say_why() {
    let t = TestEnv::new("compat-refused");
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "--conn-type",
                "http",
                "--host",
                "h",
                "--login",
                "u",
                "--compat",
                "rds",
            ],
            "postgres",
        ),
        (
            &["--conn-type", "postgres", "--host", "h", "--compat", "rds"],
            "`login`",
        ),
        (
            &[
                "--conn-type",
                "postgres",
                "--host",
                "h",
                "--login",
                "u",
                "--compat",
                "datagrok",
            ],
            "`password`",
        ),
        (
            &[
                "--conn-type",
                "postgres",
                "--login",
                "u",
                "--format",
                "uri",
                "--compat",
                "rds",
            ],
            "JSON",
        ),
    ];
    for (i, (args, why)) in cases.iter().enumerate() {
        let id = format!("c{i}");
        let out = t
            .cmd()
            .args(["put-connection", &id])
            .args(*args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(why), "{args:?}: {stderr}");
        assert!(current_text(&format!("{}/{id}", t.connections_prefix())).is_none());
    }
}

#[test]
fn every_golden_connection_that_can_be_served_is_served_exactly() {
    let t = TestEnv::new("compat-golden");
    let path = fixtures_dir()
        .join("airflow-vectors")
        .join("connections.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let (mut served, mut refused) = (0, 0);
    for (n, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let case: Value = serde_json::from_str(line).unwrap();
        let mut fields = case["fields"].as_object().unwrap().clone();
        fields.remove("conn_id");
        let input = Value::Object(fields).to_string();
        // Airflow's reading of the plain JSON secret is what every compat secret must keep.
        let plain_id = format!("plain{n}");
        let plain = t
            .cmd()
            .args([
                "put-connection",
                &plain_id,
                "--json",
                "-",
                "--format",
                "json",
            ])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        if !plain.status.success() {
            continue;
        }
        let want =
            readings(&current_text(&format!("{}/{plain_id}", t.connections_prefix())).unwrap());
        // Where real Airflow read its own JSON of these fields, that reading is the oracle for
        // every field but `extra`: Airflow's JSON writer drops an empty `extra` text ("{}"),
        // which ours keeps byte for byte.
        for (i, reader) in ["core", "sdk"].iter().enumerate() {
            let real = &case["json_secret_read_back"][reader];
            if real["found"] == true {
                assert_eq!(
                    want[i].as_ref().unwrap()[..6],
                    golden(&real["fields"])[..6],
                    "{}: {reader}",
                    case["id"]
                );
            }
        }
        for consumers in [&["rds"][..], &["datagrok"], &["rds", "datagrok"]] {
            let id = format!("v{n}-{}", consumers.join("-"));
            let out = t
                .cmd()
                .args(["put-connection", &id, "--json", "-"])
                .args(consumers.iter().flat_map(|c| ["--compat", c]))
                .write_stdin(input.clone())
                .output()
                .unwrap();
            let name = format!("{}/{id}", t.connections_prefix());
            if out.status.success() {
                let got = current_text(&name).unwrap();
                assert_eq!(readings(&got), want, "{}: {consumers:?}", case["id"]);
                check_consumer_keys(&got, consumers);
                served += 1;
            } else {
                assert_eq!(out.status.code(), Some(2));
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(stderr.contains("cannot serve `--compat`"), "{stderr}");
                assert!(current_text(&name).is_none());
                refused += 1;
            }
        }
    }
    assert!(
        served >= 20 && refused > 0,
        "served {served}, refused {refused}"
    );
}

#[test]
fn migrate_with_compat_and_doctor_on_an_rds_secret() {
    let t = TestEnv::new("compat-migrate");
    let file = t.home.path().join("conns.json");
    std::fs::write(
        &file,
        json!({
            "pg": {"conn_type": "postgres", "host": "h", "login": "u", "password": "p",
                   "schema": "sales", "port": 5432},
            "web": {"conn_type": "http", "host": "h", "login": "u", "password": "p"},
        })
        .to_string(),
    )
    .unwrap();
    let conns = file.to_str().unwrap();
    // Without `--format json`: refused. With it: the http one cannot be an RDS secret.
    t.cmd()
        .args(["migrate", "--connections", conns, "--compat", "rds"])
        .assert()
        .code(2);
    let out = t
        .cmd()
        .args([
            "migrate",
            "--connections",
            conns,
            "--format",
            "json",
            "--compat",
            "rds",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("web"));
    assert!(current_text(&format!("{}/pg", t.connections_prefix())).is_none());
    let out = t
        .cmd()
        .args([
            "migrate",
            "--connections",
            conns,
            "--format",
            "json",
            "--compat",
            "rds",
        ])
        .args(["--skip-invalid", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["plan"]["create"], 1);
    check_consumer_keys(
        &current_text(&format!("{}/pg", t.connections_prefix())).unwrap(),
        &["rds"],
    );
    // An RDS secret made elsewhere: Airflow drops `dbname`; doctor says which setting fixes it.
    put_raw(
        &format!("{}/rds_made", t.connections_prefix()),
        r#"{"engine": "postgres", "host": "h", "username": "u", "password": "p", "dbname": "sales", "port": 5432}"#,
    );
    let doctor = stdout_json(
        &t.cmd()
            .args(["doctor", "connections", "-o", "json"])
            .output()
            .unwrap(),
    );
    let findings = doctor["findings"].as_array().unwrap();
    let dropped: Vec<&Value> = findings
        .iter()
        .filter(|f| f["code"] == "dropped-keys")
        .collect();
    assert_eq!(dropped.len(), 1, "{doctor}");
    assert_eq!(dropped[0]["key"], "rds_made");
    assert!(
        dropped[0]["hint"]
            .as_str()
            .unwrap()
            .contains(r#""extra_conn_words": {"schema": ["dbname"]}"#),
        "{doctor}"
    );
}
