//! Safe and obvious for people: no accidental overwrite, Airflow's own spellings.

use serde_json::{Value, json};

use crate::common::proxy::Proxy;
use crate::common::{TestEnv, fixtures_dir, moto, stdout_json};

fn reveal(t: &TestEnv, id: &str) -> Value {
    stdout_json(
        &t.cmd()
            .args(["get", "conn", id, "--reveal", "-o", "json"])
            .output()
            .unwrap(),
    )
}

/// The fields a reader sees, without the names.
fn fields(v: &Value) -> Value {
    json!({
        "conn_type": v["conn_type"], "host": v["host"], "login": v["login"],
        "password": v["password"], "schema": v["schema"], "port": v["port"],
        "extra": v["extra_raw"],
    })
}

#[test]
fn empty_or_shapeless_input_is_refused_and_writes_nothing() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("refusals").via(&proxy);
    let cases: [(&[&str], Option<&str>, &str); 8] = [
        (
            &["put-connection", "ci", "--uri", ""],
            None,
            "`--uri` is empty",
        ),
        (
            &["put-connection", "ci", "--uri", "-"],
            Some(""),
            "stdin was empty",
        ),
        (
            &["put-connection", "ci", "--uri", "-"],
            Some("  \n"),
            "stdin was empty",
        ),
        (
            &["put-connection", "ci", "--json", "{}"],
            None,
            "holds no connection fields",
        ),
        (
            &["put-connection", "ci", "--uri", "not a uri at all"],
            None,
            "not a connection URI",
        ),
        (
            &["put-connection", "ci", "--uri", "db.internal:5432"],
            None,
            "not a connection URI",
        ),
        (
            &["put-connection", "ci", "--host", "db"],
            None,
            "has no conn_type",
        ),
        (&["put-variable", "", "v"], None, "key is empty"),
    ];
    for (args, stdin, said) in cases {
        let mut cmd = t.cmd();
        cmd.args(args);
        if let Some(s) = stdin {
            cmd.write_stdin(s);
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
    assert_eq!(proxy.passed_of("CreateSecret"), 0);
    assert_eq!(proxy.passed_of("PutSecretValue"), 0);
}

#[test]
fn field_flags_never_drop_what_was_not_mentioned() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("merge").via(&proxy);
    t.cmd()
        .args([
            "put-connection",
            "pg",
            "--conn-uri",
            "-",
        ])
        .write_stdin("postgres://app:s3cret@db.internal:5432/sales?__extra__=%7B%22sslmode%22%3A%20%22require%22%7D")
        .assert()
        .success();
    let before = fields(&reveal(&t, "pg"));
    // Changing one field without saying how: refused, naming what would be lost.
    let out = t
        .cmd()
        .args(["put-connection", "pg", "--host", "newhost"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("would lose conn_type, login, password, schema, port, extra"),
        "{stderr}"
    );
    assert!(stderr.contains("--merge"));
    assert_eq!(proxy.passed_of("PutSecretValue"), 0);
    // --merge changes exactly the given field.
    let out = t
        .cmd()
        .args([
            "put-connection",
            "pg",
            "--conn-host",
            "newhost",
            "--merge",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["changed_fields"], json!(["host"]));
    let mut want = before.clone();
    want["host"] = json!("newhost");
    assert_eq!(fields(&reveal(&t, "pg")), want);
    // An empty password source is refused rather than clearing the stored one.
    let out = t
        .cmd()
        .args([
            "put-connection",
            "pg",
            "--merge",
            "--host",
            "x",
            "--password-stdin",
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fields(&reveal(&t, "pg")), want);
    // --unset clears one field, and nothing else.
    t.cmd()
        .args(["put-connection", "pg", "--merge", "--unset", "password"])
        .assert()
        .success();
    want["password"] = json!(null);
    assert_eq!(fields(&reveal(&t, "pg")), want);
    // --replace writes exactly the given fields.
    t.cmd()
        .args([
            "put-connection",
            "pg",
            "--replace",
            "--conn-type",
            "http",
            "--host",
            "h",
        ])
        .assert()
        .success();
    let got = fields(&reveal(&t, "pg"));
    assert_eq!(
        got,
        json!({"conn_type": "http", "host": "h", "login": null, "password": null,
               "schema": "", "port": null, "extra": null})
    );
    // A whole connection replaces, listing (only the names of) the fields that changed.
    let out = t
        .cmd()
        .args(["put-connection", "pg", "--conn-json", "-", "-o", "json"])
        .write_stdin(json!({"conn_type": "http", "host": "h", "password": "c4n4ry-x"}).to_string())
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["outcome"], "updated");
    assert_eq!(v["changed_fields"], json!(["password"]));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("c4n4ry"));
    // A merge that rewrites a flat query the task SDK read as strings: the change to a field
    // nobody mentioned is named, and --strict refuses it.
    crate::common::put_raw(
        &format!("{}/typed", t.connections_prefix()),
        "http://api.example.com/?timeout=30",
    );
    let out = t
        .cmd()
        .args([
            "--strict",
            "put-connection",
            "typed",
            "--host",
            "api2.example.com",
            "--merge",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`extra` was not given"));
    let out = t
        .cmd()
        .args([
            "put-connection",
            "typed",
            "--host",
            "api2.example.com",
            "--merge",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out)["changed_fields"],
        json!(["host", "extra"])
    );
}

#[test]
fn an_export_given_as_the_other_kind_is_refused_with_a_hint() {
    let t = TestEnv::new("swapped");
    let dir = fixtures_dir().join("airflow-exports/airflow-3.3.2");
    for (flag, file) in [
        ("--variables", "connections.json"),
        ("--connections", "variables.json"),
    ] {
        let out = t
            .cmd()
            .args(["migrate", flag])
            .arg(dir.join(file))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} {file}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("looks like a"), "{stderr}");
        assert!(stderr.contains("`--variables` takes"), "{stderr}");
    }
}

#[test]
fn aws_settings_behave_as_the_aws_cli() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("aws-cli").via(&proxy);
    let config = t.home.path().join("no-config");
    std::fs::write(&config, "[profile prod]\nregion = us-east-1\n").unwrap();
    std::fs::write(
        t.home.path().join("no-credentials"),
        "[prod]\naws_access_key_id = AKIAPRODPROFILE\naws_secret_access_key = x\n",
    )
    .unwrap();
    // --profile wins over AWS_ACCESS_KEY_ID in the environment, as in the AWS CLI.
    t.cmd()
        .args(["--profile", "prod", "list", "variables"])
        .assert()
        .success();
    assert_eq!(
        proxy.access_keys().last().map(String::as_str),
        Some("AKIAPRODPROFILE")
    );
    t.cmd().args(["list", "variables"]).assert().success();
    assert_eq!(proxy.access_keys().last().map(String::as_str), Some("test"));
    // A profile that does not exist is named, with the files read.
    let out = t
        .cmd()
        .args(["--profile", "prdo", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("`prdo` is not defined") && stderr.contains("no-config"),
        "{stderr}"
    );
    // No region: say where one comes from.
    let out = t
        .cmd()
        .env_remove("AWS_REGION")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--region")
            && stderr.contains("AWS_REGION")
            && stderr.contains("region_name"),
        "{stderr}"
    );
    // An endpoint without a scheme: one line that says so.
    let out = t
        .cmd()
        .args(["--endpoint-url", "localhost:4566", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("`localhost:4566` is not an endpoint URL"),
        "{stderr}"
    );
    assert!(stderr.lines().count() <= 2, "{stderr}");
    // A typo in a backend kwarg: did you mean; refused under --strict.
    let typo = r#"{"connection_prefix": "x"}"#;
    let out = t
        .cmd()
        .args(["--backend-kwargs", typo, "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `connections_prefix`?"));
    let out = t
        .cmd()
        .args(["--strict", "--backend-kwargs", typo, "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn list_is_sorted_filtered_quiet_and_long() {
    let t = TestEnv::new("listing");
    for key in ["zeta", "alpha", "prod_b", "prod_a"] {
        t.cmd()
            .args(["put-variable", key, "-"])
            .write_stdin("v")
            .assert()
            .success();
    }
    t.cmd()
        .args(["put-connection", "prod_db", "--uri", "-"])
        .write_stdin("postgres://u:p@db.example:5432/x")
        .assert()
        .success();
    let names = |args: &[&str]| {
        let out = t.cmd().args(["-q", "list"]).args(args).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(names(&["var"]), "alpha\nprod_a\nprod_b\nzeta\n");
    assert_eq!(names(&["prod_*"]), "prod_a\nprod_b\nprod_db\n");
    assert_eq!(names(&["conn", "prod_?b"]), "prod_db\n");
    let long = stdout_json(
        &t.cmd()
            .args(["list", "conn", "--long", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(
        (&long[0]["conn_type"], &long[0]["host"], &long[0]["port"]),
        (&json!("postgres"), &json!("db.example"), &json!(5432))
    );
    let table = t.cmd().args(["list", "--long"]).output().unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(
        text.lines().next().unwrap().starts_with("KIND  KEY"),
        "{text}"
    );
    assert!(text.contains("db.example"));
    assert!(
        !text.contains(&t.prefix),
        "no column repeats the prefix: {text}"
    );
    let empty = t.cmd().args(["list", "conn", "nothing*"]).output().unwrap();
    assert!(empty.stdout.is_empty());
    assert!(String::from_utf8_lossy(&empty.stderr).contains("nothing found under"));
    // A successful write prints nothing with -q.
    let quiet = t
        .cmd()
        .args(["-q", "put-variable", "alpha", "-"])
        .write_stdin("w")
        .output()
        .unwrap();
    assert!(quiet.status.success() && quiet.stdout.is_empty() && quiet.stderr.is_empty());
}

/// Runs a command line under `script` on a pseudo-terminal of 80 columns; returns what the
/// terminal showed.
fn on_terminal(t: &TestEnv, line: &str, input: &str) -> String {
    let program = t.std_cmd().get_program().to_string_lossy().into_owned();
    let mut script = std::process::Command::new("script");
    script.env_clear();
    for (k, v) in t.std_cmd().get_envs() {
        if let Some(v) = v {
            script.env(k, v);
        }
    }
    let out = script
        .env("TERM", "xterm")
        .args([
            "-qec",
            &format!("stty cols 80 rows 40; {program} {line}"),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(input.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text a terminal shows, without its control sequences (cursor moves, colours).
fn strip_escapes(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for n in chars.by_ref() {
                    if n.is_ascii_alphabetic() || n == '~' {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn terminal_output_fits_80_columns() {
    let t = TestEnv::new("tty");
    let key = "a_key_of_24_characters__";
    assert_eq!(key.len(), 24);
    t.cmd()
        .args(["put-variable", key, "-"])
        .write_stdin("value")
        .assert()
        .success();
    t.cmd()
        .args(["put-connection", key, "--uri", "-"])
        .write_stdin("postgres://user:pw@db.internal.example.com:5432/sales")
        .assert()
        .success();
    let vars: serde_json::Map<String, Value> = (0..40)
        .map(|i| (format!("bulk_variable_number_{i:03}"), json!("v")))
        .collect();
    let file = t.home.path().join("vars.json");
    std::fs::write(&file, Value::Object(vars).to_string()).unwrap();
    for (line, input) in [
        ("list --long".to_owned(), ""),
        (format!("get conn {key}"), ""),
        (format!("get var {key}"), ""),
        (
            format!("migrate --rate 20 --variables {}", file.display()),
            "",
        ),
        (format!("delete var {key}"), "n\n"),
    ] {
        let screen = strip_escapes(&on_terminal(&t, &line, input));
        for l in screen.split(['\n', '\r']) {
            assert!(
                l.chars().count() <= 80,
                "{line}: a line of {} columns: {l:?}",
                l.chars().count()
            );
        }
        if line.starts_with("migrate") {
            assert!(screen.contains("writing ["), "the progress bar: {screen:?}");
        }
        if line.starts_with("get var") {
            assert!(
                screen.contains("value\r\n") || screen.ends_with("value\n"),
                "{screen:?}"
            );
        }
        if line.starts_with("delete") {
            assert!(screen.contains("delete variable"), "{screen:?}");
            assert!(screen.contains("cancelled"), "{screen:?}");
        }
    }
    // The prompt said no: it is still there.
    t.cmd()
        .args(["get", "var", key])
        .assert()
        .success()
        .stdout("value");
}
