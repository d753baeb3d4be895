//! End-to-end: the built binary against moto_server (and the fault proxy in front of it).

use predicates::prelude::*;
use serde_json::json;

use crate::common::proxy::{Fault, Proxy};
use crate::common::{TestEnv, assert_hidden, moto, raw_client, stdout_json};

const CANARY: &str = "c4n4ry-S3cret:/?#[]@!$&'()*+,;=% é🔑";

#[test]
fn variables_round_trip_byte_exact() {
    let t = TestEnv::new("var-bytes");
    let big: String = "0123456789abcdef\n".repeat(60 * 1024 / 17);
    for (key, value) in [
        ("plain", "hello world".to_owned()),
        ("unicode", "héllo wörld 日本 🔑".to_owned()),
        ("lines", "line1\nline2\r\n\ttabbed\n\n".to_owned()),
        ("spaces", "  x  ".to_owned()),
        ("big", big),
    ] {
        t.cmd()
            .args(["put-variable", key, "--stdin", "--keep-newline"])
            .write_stdin(value.clone())
            .assert()
            .success();
        let out = t.cmd().args(["get", "variable", key]).output().unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, value.as_bytes(), "{key}");
    }
    // One trailing newline is dropped from stdin unless --keep-newline.
    t.cmd()
        .args(["put-variable", "nl", "-"])
        .write_stdin("v\n")
        .assert()
        .success();
    t.cmd()
        .args(["get", "var", "nl"])
        .assert()
        .success()
        .stdout("v");
    // From a file and from the environment.
    let file = t.home.path().join("value.txt");
    std::fs::write(&file, "from file\n\n").unwrap();
    t.cmd()
        .args(["put-variable", "f", "--from-file"])
        .arg(&file)
        .assert()
        .success();
    t.cmd()
        .args(["get", "var", "f"])
        .assert()
        .stdout("from file\n");
    t.cmd()
        .args(["put-variable", "e", "--from-env", "MY_VALUE"])
        .env("MY_VALUE", "from env")
        .assert()
        .success();
    let out = t
        .cmd()
        .args(["get", "var", "e", "-o", "json"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["value"], "from env");
    assert_eq!(v["secret_name"], format!("{}/e", t.variables_prefix()));
    assert!(v["version_id"].is_string() && v["last_changed"].is_string());
}

#[test]
fn oversized_and_empty_values_are_refused_before_any_call() {
    let moto = moto();
    let proxy = Proxy::start(&moto.addr);
    let t = TestEnv::new("var-limit").via(&proxy);
    let value = "x".repeat(65_537);
    t.cmd()
        .args(["put-variable", "big", "--stdin"])
        .write_stdin(value)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("65537 bytes"));
    t.cmd()
        .args(["put-variable", "empty", "--stdin"])
        .write_stdin("\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
    t.cmd()
        .args(["put-variable", "bad!name", "v"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`!`"));
    t.cmd()
        .args(["put-variable", "j", "{not json", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not JSON"));
    assert!(
        proxy.requests().is_empty(),
        "no call may be made: {:?}",
        proxy.requests()
    );
}

#[test]
fn unchanged_value_makes_no_write() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("unchanged").via(&proxy);
    let put = |v: &str| {
        stdout_json(
            &t.cmd()
                .args(["put-variable", "k", v, "-o", "json"])
                .output()
                .unwrap(),
        )
    };
    assert_eq!(put("one")["outcome"], "created");
    assert_eq!(put("one")["outcome"], "unchanged");
    assert_eq!(put("two")["outcome"], "updated");
    let calls = proxy.requests();
    assert_eq!(calls.get("CreateSecret"), Some(&1));
    assert_eq!(calls.get("PutSecretValue"), Some(&1), "{calls:?}");
    assert_eq!(calls.get("GetSecretValue"), Some(&3));
}

#[test]
fn prefixes_come_from_airflow_settings_in_order() {
    let t = TestEnv::new("prefix");
    // Per-key env override beats the JSON env; --backend-kwargs beats both; flags beat all.
    let out = t
        .cmd()
        .env(
            "AIRFLOW__SECRETS__BACKEND_KWARG__VARIABLES_PREFIX",
            format!("{}/perkey///", t.prefix),
        )
        .args(["put-variable", "k", "v", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out)["secret_name"],
        format!("{}/perkey/k", t.prefix)
    );
    let kwargs =
        json!({"variables_prefix": format!("{}/flagjson", t.prefix), "sep": "-"}).to_string();
    let out = t
        .cmd()
        .args([
            "--backend-kwargs",
            &kwargs,
            "put-variable",
            "k",
            "v",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out)["secret_name"],
        format!("{}/flagjson-k", t.prefix)
    );
    let out = t
        .cmd()
        .args([
            "--backend-kwargs",
            &kwargs,
            "--variables-prefix",
            &format!("{}/flag", t.prefix),
            "--sep",
            "/",
        ])
        .args(["put-variable", "k", "v", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out)["secret_name"],
        format!("{}/flag/k", t.prefix)
    );
    // Airflow passes per-key values as raw strings: extra_conn_words that way breaks it.
    t.cmd()
        .env(
            "AIRFLOW__SECRETS__BACKEND_KWARG__EXTRA_CONN_WORDS",
            r#"{"user": ["usr"]}"#,
        )
        .args(["put-variable", "k", "v"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "cannot read any JSON connection secret",
        ));
    // Another backend's kwargs are ignored, with a warning.
    let out = t
        .cmd()
        .env(
            "AIRFLOW__SECRETS__BACKEND",
            "airflow.secrets.local_filesystem.LocalFilesystemBackend",
        )
        .args(["put-variable", "k", "v", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["secret_name"], "airflow/variables/k");
    assert!(String::from_utf8_lossy(&out.stderr).contains("its kwargs are ignored"));
    t.cmd()
        .args([
            "delete",
            "var",
            "k",
            "--force",
            "--yes",
            "--variables-prefix",
            "airflow/variables",
        ])
        .assert()
        .success();
}

#[test]
fn lookup_pattern_mismatch_warns_and_strict_refuses() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("pattern").via(&proxy);
    let kwargs =
        json!({"variables_prefix": t.variables_prefix(), "variables_lookup_pattern": "^prod_"})
            .to_string();
    t.cmd()
        .args(["--backend-kwargs", &kwargs, "put-variable", "dev_x", "v"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("variables_lookup_pattern")
                .and(predicate::str::contains("never looks it up")),
        );
    let writes = proxy.requests().get("CreateSecret").copied();
    t.cmd()
        .args([
            "--backend-kwargs",
            &kwargs,
            "--strict",
            "put-variable",
            "dev_y",
            "v",
        ])
        .assert()
        .code(2);
    assert_eq!(
        proxy.requests().get("CreateSecret").copied(),
        writes,
        "--strict wrote nothing"
    );
    t.cmd()
        .args([
            "--backend-kwargs",
            &kwargs,
            "--strict",
            "put-variable",
            "PROD_y",
            "v",
        ])
        .assert()
        .success();
    let out = t
        .cmd()
        .args([
            "--backend-kwargs",
            &kwargs,
            "list",
            "variables",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let listed = stdout_json(&out);
    let dev = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "dev_x")
        .unwrap();
    assert!(dev["note"].as_str().unwrap().contains("never looks it up"));
}

#[test]
fn scheduled_for_deletion_then_restore() {
    let t = TestEnv::new("restore");
    t.cmd()
        .args(["put-variable", "k", "one"])
        .assert()
        .success();
    t.cmd()
        .args([
            "delete",
            "variable",
            "k",
            "--recovery-window-days",
            "7",
            "-y",
        ])
        .assert()
        .success();
    // Refused as a conflict (exit 4), with a hint that works.
    t.cmd()
        .args(["put-variable", "k", "two"])
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("scheduled for deletion on 20")
                .and(predicate::str::contains("--restore")),
        );
    t.cmd().args(["get", "var", "k"]).assert().code(3);
    let out = t
        .cmd()
        .args(["list", "variables", "--include-deleted", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        stdout_json(&out)[0]["note"]
            .as_str()
            .unwrap()
            .contains("scheduled for deletion")
    );
    let out = t
        .cmd()
        .args(["put-variable", "k", "two", "--restore", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["outcome"], "updated");
    t.cmd()
        .args(["get", "var", "k"])
        .assert()
        .success()
        .stdout("two");
}

#[test]
fn aws_scheduled_for_deletion_error_is_recognised() {
    // AWS answers InvalidRequestException where moto differs: inject AWS's answer.
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("aws-deleted").via(&proxy);
    proxy.push(
        Some("GetSecretValue"),
        Fault::aws(
            400,
            "InvalidRequestException",
            "You can't perform this operation on the secret because it was marked for deletion.",
        ),
    );
    t.cmd()
        .args(["put-variable", "k", "v"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("is scheduled for deletion"));
    assert_eq!(proxy.passed_of("CreateSecret"), 0);
}

#[test]
fn not_found_exits_3_and_delete_needs_yes() {
    let t = TestEnv::new("notfound");
    t.cmd()
        .args(["get", "variable", "missing"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not found"));
    t.cmd()
        .args(["get", "connection", "missing"])
        .assert()
        .code(3);
    t.cmd()
        .args(["delete", "variable", "missing", "--yes"])
        .assert()
        .code(3);
    t.cmd().args(["put-variable", "k", "v"]).assert().success();
    t.cmd()
        .args(["delete", "variable", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    t.cmd()
        .args(["get", "variable", "k"])
        .assert()
        .success()
        .stdout("v");
    let out = t
        .cmd()
        .args(["delete", "variable", "k", "--force", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["outcome"], "deleted");
    t.cmd().args(["get", "variable", "k"]).assert().code(3);
}

#[test]
fn passwords_read_back_exactly_and_never_leak() {
    let t = TestEnv::new("canary");
    for format in ["uri", "json"] {
        let id = format!("pg_{format}");
        let put = t
            .cmd()
            .args([
                "-vv",
                "put-connection",
                &id,
                "--conn-type",
                "postgres",
                "--host",
                "db.internal",
                "--login",
                "app@user",
            ])
            .args([
                "--port",
                "5432",
                "--schema",
                "sales/2024",
                "--password-stdin",
                "--format",
                format,
            ])
            .args(["--extra", r#"{"sslmode": "require", "timeout": "30"}"#])
            .write_stdin(format!("{CANARY}\n"))
            .output()
            .unwrap();
        assert!(
            put.status.success(),
            "{}",
            String::from_utf8_lossy(&put.stderr)
        );
        assert_hidden(&put.stderr, CANARY);
        assert_hidden(&put.stdout, CANARY);
        for reader in ["core", "sdk", "airflow2"] {
            let out = t
                .cmd()
                .args([
                    "-vv", "get", "conn", &id, "-o", "json", "--reveal", "--reader", reader,
                ])
                .output()
                .unwrap();
            assert_hidden(&out.stderr, CANARY);
            let v = stdout_json(&out);
            assert_eq!(v["password"], CANARY, "{format} {reader}");
            assert_eq!(v["login"], "app@user");
            assert_eq!(v["schema"], "sales/2024");
            assert_eq!(
                v["extra"],
                json!({"sslmode": "require", "timeout": "30"}),
                "{format} {reader}"
            );
            assert_eq!(v["stored_as"], format);
        }
        let table = t.cmd().args(["-vv", "get", "conn", &id]).output().unwrap();
        assert_hidden(&table.stdout, CANARY);
        assert_hidden(&table.stderr, CANARY);
        assert!(String::from_utf8_lossy(&table.stdout).contains("****"));
        let masked = stdout_json(
            &t.cmd()
                .args(["get", "conn", &id, "-o", "json"])
                .output()
                .unwrap(),
        );
        assert_eq!(masked["password"], "****");
        // The URI forms carry it, unmasked, for scripts.
        let env = t
            .cmd()
            .args(["get", "conn", &id, "--as", "env"])
            .output()
            .unwrap();
        let name = format!("AIRFLOW_CONN_{}", id.to_uppercase());
        let env = String::from_utf8(env.stdout).unwrap();
        assert!(
            env.starts_with(&format!("export {name}='postgres://")),
            "{env}"
        );
        // A shell that evaluates it holds exactly the URI form.
        let uri = t
            .cmd()
            .args(["get", "conn", &id, "--as", "uri"])
            .output()
            .unwrap();
        let shell = std::process::Command::new("sh")
            .args([
                "-c",
                &format!("eval \"$1\"; printf '%s\\n' \"${name}\""),
                "sh",
                &env,
            ])
            .output()
            .unwrap();
        assert_eq!(shell.stdout, uri.stdout, "{env}");
        let dotenv = t
            .cmd()
            .args(["get", "conn", &id, "--as", "dotenv"])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8(dotenv.stdout).unwrap(),
            format!("{name}={}", String::from_utf8_lossy(&uri.stdout))
        );
    }
    // Errors name the problem, never the value.
    let bad = t
        .cmd()
        .args(["put-connection", "x", "--uri", "-"])
        .write_stdin(format!("mysql://u:{CANARY}@h/db"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert_hidden(&bad.stderr, CANARY);
}

#[test]
fn fidelity_warnings_and_strict_refusal() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("fidelity").via(&proxy);
    let out = t
        .cmd()
        .args([
            "put-connection",
            "c",
            "--conn-type",
            "my-type",
            "--host",
            "DB.Example.COM",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = stdout_json(&out);
    let warnings: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`conn_type` is normalised by Airflow")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`host` reads in different letter case")),
        "{warnings:?}"
    );
    let creates = proxy.passed_of("CreateSecret");
    t.cmd()
        .args(["--strict", "put-connection", "d", "--conn-type", "my-type"])
        .assert()
        .code(2);
    assert_eq!(proxy.passed_of("CreateSecret"), creates);
    t.cmd()
        .args(["put-connection", "empty"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no connection given"));
    // A URI whose query the readers type differently: the core reading is stored for all.
    t.cmd()
        .args(["put-connection", "typed", "--uri", "http://h/?timeout=30"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the given URI: `extra` differs in key(s) `timeout` in Airflow 3 task SDK",
        ));
    let out = t
        .cmd()
        .args(["get", "conn", "typed", "--reader", "sdk", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["extra"], json!({"timeout": 30}));
    // A URI Airflow cannot parse at all is refused.
    t.cmd()
        .args([
            "put-connection",
            "e",
            "--uri",
            "http://user@https://api.example.com",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot parse"));
    // A conn_type that is no URI scheme is refused for the URI form, fine as JSON.
    t.cmd()
        .args(["put-connection", "f", "--conn-type", "my type"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format json"));
    t.cmd()
        .args([
            "put-connection",
            "f",
            "--conn-type",
            "my type",
            "--format",
            "json",
        ])
        .assert()
        .success();
    assert_eq!(proxy.passed_of("CreateSecret"), creates + 2);
}

/// Equal as hooks see it: None and "" alike; extra compared as parsed JSON, {} for none.
fn same(field: &str, intended: &serde_json::Value, read: &serde_json::Value) -> bool {
    use serde_json::Value;
    let norm = |v: &Value| -> Value {
        match (field, v) {
            ("extra", Value::Null) => json!({}),
            ("extra", Value::String(s)) => {
                serde_json::from_str(s).unwrap_or(Value::String(s.clone()))
            }
            ("port", Value::String(s)) => s
                .trim()
                .parse::<i64>()
                .map_or(Value::String(s.clone()), Value::from),
            (_, Value::Null) => Value::String(String::new()),
            (_, other) => other.clone(),
        }
    };
    norm(intended) == norm(read)
}

#[test]
fn every_vector_connection_reads_back_as_intended_or_as_warned() {
    use airsecrets::airflow::{Reader, secret_json};
    let t = TestEnv::new("vectors");
    let path = crate::common::fixtures_dir().join("airflow-vectors/connections.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let (mut exact, mut warned, mut refused, mut untyped) = (0, 0, 0, 0);
    for line in text.lines() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = case["id"].as_str().unwrap();
        let fields = &case["fields"];
        let conn_id = fields["conn_id"].as_str().unwrap();
        // What the tool intends: Airflow 3 core's reading of the --conn-json object.
        let mut without_id = fields.as_object().unwrap().clone();
        without_id.remove("conn_id");
        let intended = secret_json::from_json(
            Reader::Core,
            &serde_json::Value::Object(without_id).to_string(),
        )
        .unwrap();
        let intended_json = json!({
            "conn_type": intended.conn_type, "host": intended.host, "login": intended.login,
            "password": intended.password_str(), "schema": intended.schema,
            "port": intended.port.as_ref().and_then(airsecrets::airflow::Port::as_int), "extra": intended.extra,
        });
        for format in ["uri", "json"] {
            let key = format!("{conn_id}-{format}");
            let mut input = fields.clone();
            input["conn_id"] = json!(key);
            let put = t
                .cmd()
                .args([
                    "put-connection",
                    &key,
                    "--json",
                    "-",
                    "--format",
                    format,
                    "-o",
                    "json",
                ])
                .write_stdin(input.to_string())
                .output()
                .unwrap();
            if put.status.code() == Some(2) {
                let err = String::from_utf8_lossy(&put.stderr);
                // Airflow's own CLI refuses a connection without a type, and so do we.
                let typeless = intended.conn_type.as_deref().is_none_or(str::is_empty);
                if typeless
                    && (err.contains("has no conn_type")
                        || err.contains("holds no connection fields"))
                {
                    untyped += 1;
                    continue;
                }
                assert!(
                    err.contains("cannot be a URI scheme") || err.contains("cannot read"),
                    "{id} {format}: {err}"
                );
                refused += 1;
                continue;
            }
            assert!(
                put.status.success(),
                "{id} {format}: {}",
                String::from_utf8_lossy(&put.stderr)
            );
            let warnings: Vec<String> = serde_json::from_slice::<serde_json::Value>(&put.stdout)
                .unwrap()["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w.as_str().unwrap().to_owned())
                .collect();
            for reader in Reader::ALL {
                let out = t
                    .cmd()
                    .args([
                        "get",
                        "conn",
                        &key,
                        "-o",
                        "json",
                        "--reveal",
                        "--reader",
                        reader.name(),
                    ])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{id} {format} {reader}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let got = stdout_json(&out);
                for field in [
                    "conn_type",
                    "host",
                    "login",
                    "password",
                    "schema",
                    "port",
                    "extra",
                ] {
                    if same(field, &intended_json[field], &got[field]) {
                        exact += 1;
                    } else {
                        let predicted = warnings.iter().any(|w| {
                            w.contains(&format!("`{field}`")) && w.contains(reader.describe())
                        });
                        assert!(
                            predicted,
                            "{id} {format} {reader}: `{field}` read {} (intended {}) without a warning; warnings: {warnings:?}",
                            got[field], intended_json[field]
                        );
                        warned += 1;
                    }
                }
            }
        }
    }
    eprintln!(
        "vector connections: {exact} fields exact, {warned} warned, {refused} refused, {untyped} without a type refused"
    );
    assert!(refused <= 2, "only unparseable forms may be refused");
    assert!(warned > 0 && exact > warned * 10);
}

#[test]
fn binary_only_secrets_are_unreadable_by_airflow() {
    let t = TestEnv::new("binary");
    let (rt, client) = raw_client();
    for name in [
        format!("{}/b", t.variables_prefix()),
        format!("{}/b", t.connections_prefix()),
    ] {
        rt.block_on(
            client
                .create_secret()
                .name(name)
                .secret_binary(aws_sdk_secretsmanager::primitives::Blob::new(b"x".to_vec()))
                .send(),
        )
        .unwrap();
    }
    t.cmd()
        .args(["get", "var", "b"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("only SecretBinary"));
    t.cmd()
        .args(["get", "conn", "b"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("only SecretBinary"));
}

#[test]
fn aws_options_come_from_backend_kwargs_and_verbose_shows_calls() {
    // endpoint_url and region_name in Airflow's kwargs are honoured; flags win over them.
    let t = TestEnv::new("kwargs-aws");
    let kwargs = json!({
        "variables_prefix": t.variables_prefix(),
        "endpoint_url": t.endpoint,
        "region_name": "us-east-1",
        "verify": false,
    })
    .to_string();
    let out = t
        .cmd()
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_REGION")
        .env("AIRFLOW__SECRETS__BACKEND_KWARGS", kwargs)
        .args(["-v", "put-variable", "k", "v"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("GetSecretValue") && err.contains("CreateSecret"),
        "-v shows the calls: {err}"
    );
    assert!(
        err.contains("`verify`"),
        "an unapplied kwarg is named: {err}"
    );
    t.cmd()
        .args(["--endpoint-url", "http://127.0.0.1:9", "get", "var", "k"])
        .env("AIRSECRETS_ATTEMPT_TIMEOUT_MS", "500")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot reach"));
}

#[test]
fn connection_debug_never_shows_the_password() {
    let conn = airsecrets::airflow::Connection {
        password: Some(airsecrets::airflow::Password::new(CANARY)),
        ..Default::default()
    };
    assert!(!format!("{conn:?}").contains(CANARY));
}

#[test]
fn role_arn_assumes_the_role_first() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("role").via(&proxy);
    t.cmd()
        .args([
            "--role-arn",
            "arn:aws:iam::123456789012:role/airflow-secrets",
            "put-variable",
            "k",
            "v",
        ])
        .assert()
        .success();
    // STS speaks the query protocol (no X-Amz-Target): the proxy files it under "unknown".
    assert_eq!(
        proxy.requests().get("unknown"),
        Some(&1),
        "{:?}",
        proxy.requests()
    );
    assert_eq!(proxy.passed_of("CreateSecret"), 1);
}

#[test]
fn aws_errors_are_classified_with_what_to_do() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("classified").via(&proxy);
    proxy.push(
        Some("GetSecretValue"),
        Fault::aws(400, "AccessDeniedException", "User is not authorized"),
    );
    t.cmd().args(["get", "var", "k"]).assert().code(1).stderr(
        predicate::str::contains("secretsmanager:GetSecretValue")
            .and(predicate::str::contains("IAM policy")),
    );
    // A single command makes the SDK's 3 attempts and no more.
    for _ in 0..3 {
        proxy.push(
            Some("GetSecretValue"),
            Fault::aws(400, "ThrottlingException", "Rate exceeded"),
        );
    }
    t.cmd()
        .args(["get", "var", "k"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("throttled"));
    for _ in 0..3 {
        proxy.push(Some("GetSecretValue"), Fault::Drop);
    }
    t.cmd()
        .args(["get", "var", "k"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot reach Secrets Manager"));
    assert_eq!(
        proxy.requests().get("GetSecretValue"),
        Some(&7),
        "1 denied + 3 throttled + 3 dropped: the SDK's attempts are the only retries"
    );
    // Two faults are absorbed by the retries.
    proxy.push(Some("GetSecretValue"), Fault::Bare(503));
    proxy.push(Some("GetSecretValue"), Fault::Drop);
    t.cmd().args(["get", "var", "k"]).assert().code(3);
}
