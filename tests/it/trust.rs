//! The trust promises, through the binary: no secret in any output without `--reveal` (on
//! every command, at -v and -vv, warning and note paths included), no value in metadata,
//! `extra` kept byte for byte, and remote strings escaped before they reach a terminal.

use serde_json::json;

use crate::common::proxy::{Fault, Proxy};
use crate::common::{TestEnv, assert_hidden, moto, put_raw, raw_client, stdout_json};

const PASSWORD: &str = "c4n4ry-pw:/?#[]@ é🔑";
const IN_EXTRA: &str = "c4n4ry-extra&=+%";
const IN_VALUE: &str = "c4n4ry-value ";

/// Runs the binary at -v and -vv and asserts no canary reaches stdout or stderr.
fn hidden(t: &TestEnv, args: &[&str], stdin: Option<&str>) -> Vec<std::process::Output> {
    ["-v", "-vv"]
        .iter()
        .map(|v| {
            let mut cmd = t.cmd();
            cmd.arg(v).args(args);
            if let Some(input) = stdin {
                cmd.write_stdin(input.to_owned());
            }
            let out = cmd.output().unwrap();
            for stream in [&out.stdout, &out.stderr] {
                assert_hidden(stream, PASSWORD);
                assert_hidden(stream, IN_EXTRA);
                assert_hidden(stream, IN_VALUE);
            }
            out
        })
        .collect()
}

#[test]
fn canaries_never_reach_output_on_any_command() {
    let t = TestEnv::new("canaries");
    let extra_obj = json!({"api_token": IN_EXTRA, "timeout": "30", "region": "eu"}).to_string();
    // Field flags, extra on stdin, password from a file; both stored forms.
    let pw_file = t.home.path().join("pw");
    std::fs::write(&pw_file, PASSWORD).unwrap();
    for format in ["uri", "json"] {
        for out in hidden(
            &t,
            &[
                "put-connection",
                &format!("fields_{format}"),
                "--conn-type",
                "postgres",
                "--host",
                "DB.Example",
                "--password-file",
                pw_file.to_str().unwrap(),
                "--extra",
                "-",
                "--format",
                format,
                "-o",
                "json",
            ],
            Some(&extra_obj),
        ) {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            // The host's letter-case warning is there (a URI lowercases it), naming no value.
            assert!(
                format == "json"
                    || String::from_utf8_lossy(&out.stderr)
                        .contains("`host` reads in different letter case")
            );
        }
    }
    // A URI whose query holds a secret, given on stdin; and on argv (warned, still hidden).
    let uri = format!(
        "aws://u:{}@/?aws_secret_access_key={}&timeout=30",
        airsecrets::airflow::pyurl::quote(PASSWORD),
        airsecrets::airflow::pyurl::quote_plus(IN_EXTRA)
    );
    hidden(
        &t,
        &["put-connection", "uri_stdin", "--uri", "-"],
        Some(&uri),
    );
    let argv = hidden(&t, &["put-connection", "uri_argv", "--uri", &uri], None);
    assert!(String::from_utf8_lossy(&argv[0].stderr).contains("`--uri` on the command line"));
    // Airflow's --conn-json with a string extra.
    let conn_json = json!({"conn_type": "http", "password": PASSWORD,
        "extra": json!({"private_key": IN_EXTRA}).to_string()})
    .to_string();
    hidden(
        &t,
        &[
            "put-connection",
            "json_stdin",
            "--json",
            "-",
            "--format",
            "json",
        ],
        Some(&conn_json),
    );
    // A variable from stdin; and on argv.
    hidden(&t, &["put-variable", "v", "-"], Some(IN_VALUE));
    hidden(&t, &["put-variable", "v2", "--", IN_VALUE], None);
    // Refusals and errors: --strict over a warning, a URI Airflow cannot parse.
    for out in hidden(
        &t,
        &[
            "--strict",
            "--backend-kwargs",
            r#"{"connections_lookup_pattern": "^nothing"}"#,
            "put-connection",
            "strict",
            "--uri",
            "-",
        ],
        Some(&uri),
    ) {
        assert_ne!(out.status.code(), Some(0));
    }
    let broken = format!("mysql://u:{PASSWORD}@h/db");
    for out in hidden(
        &t,
        &["put-connection", "broken", "--uri", "-"],
        Some(&broken),
    ) {
        assert_eq!(out.status.code(), Some(2));
    }
    // A secret the readers disagree on (core re-types `timeout`): notes name fields only.
    put_raw(
        &format!("{}/disagree", t.connections_prefix()),
        &format!(
            "mysql://u:{}@h/db?timeout=30&token={}",
            airsecrets::airflow::pyurl::quote(PASSWORD),
            airsecrets::airflow::pyurl::quote_plus(IN_EXTRA)
        ),
    );
    let notes = hidden(&t, &["get", "conn", "disagree"], None);
    let stderr = String::from_utf8_lossy(&notes[0].stderr);
    assert!(stderr.contains("readers disagree: `extra`"), "{stderr}");
    let table = String::from_utf8_lossy(&notes[0].stdout);
    assert!(table.contains("\"token\": \"****\""), "{table}");
    for id in [
        "fields_uri",
        "fields_json",
        "uri_stdin",
        "uri_argv",
        "json_stdin",
        "disagree",
    ] {
        for reader in ["core", "sdk", "airflow2"] {
            hidden(&t, &["get", "conn", id, "--reader", reader], None);
            let json = hidden(
                &t,
                &["get", "conn", id, "--reader", reader, "-o", "json"],
                None,
            );
            let v = stdout_json(&json[0]);
            assert!(v.get("extra_raw").is_none(), "extra_raw only with --reveal");
        }
    }
    // --reveal shows them on stdout only; stderr stays clean.
    let revealed = t
        .cmd()
        .args(["-vv", "get", "conn", "disagree", "--reveal"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&revealed.stdout).contains(IN_EXTRA));
    assert_hidden(&revealed.stderr, PASSWORD);
    assert_hidden(&revealed.stderr, IN_EXTRA);
    // get variable prints its value on stdout by design; nothing else may.
    for v in ["-v", "-vv"] {
        let out = t.cmd().args([v, "get", "var", "v"]).output().unwrap();
        assert_eq!(out.stdout, IN_VALUE.as_bytes());
        assert_hidden(&out.stderr, IN_VALUE);
    }
    hidden(&t, &["list"], None);
    hidden(&t, &["list", "-o", "json"], None);
    // The lifecycle commands: a second version of each, history, rollback and back.
    hidden(&t, &["put-variable", "v", "-"], Some("plain"));
    hidden(
        &t,
        &[
            "put-connection",
            "fields_json",
            "--host",
            "other",
            "--merge",
        ],
        None,
    );
    for args in [
        &["history", "var", "v"][..],
        &["history", "var", "v", "-o", "json"],
        &["history", "conn", "fields_json"],
        &["history", "conn", "fields_json", "-o", "json"],
        &["rollback", "var", "v", "-y"],
        &["rollback", "conn", "fields_json", "-y", "-o", "json"],
        &["rollback", "conn", "fields_json", "--dry-run"],
        &["exec", "--all", "--", "true"],
        &[
            "exec",
            "--connection",
            "fields_json",
            "--variable",
            "v",
            "--",
            "true",
        ],
    ] {
        for out in hidden(&t, args, None) {
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    hidden(&t, &["delete", "var", "v2", "-y"], None);
    hidden(&t, &["restore", "var", "v2"], None);
    hidden(&t, &["delete", "conn", "fields_uri", "--force", "-y"], None);
    hidden(&t, &["delete", "var", "v", "-y"], None);
}

#[test]
fn request_tokens_and_version_ids_say_nothing_about_the_value() {
    let t = TestEnv::new("tokens");
    let (rt, client) = raw_client();
    let name = format!("{}/same", t.variables_prefix());
    let mut versions = Vec::new();
    for _ in 0..2 {
        // A fresh store each time: the name is deleted for good in between.
        t.cmd()
            .args(["put-variable", "same", "-"])
            .write_stdin("true")
            .assert()
            .success();
        let v = rt
            .block_on(client.get_secret_value().secret_id(&name).send())
            .unwrap();
        versions.push(v.version_id.unwrap());
        t.cmd()
            .args(["delete", "var", "same", "--force", "-y"])
            .assert()
            .success();
    }
    assert_ne!(
        versions[0], versions[1],
        "the same value gave the same VersionId"
    );
    for v in &versions {
        assert!(uuid_like(v), "{v} is not a random UUID");
    }
}

fn uuid_like(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && parts[2].starts_with('4')
}

#[test]
fn extra_text_is_kept_byte_for_byte() {
    let t = TestEnv::new("extra-bytes");
    let pretty = "{\n    \"ñame\": \"välue\",\n    \"n\": 1.50, \"list\": [1,2]\n}";
    let cases: [(&str, Vec<&str>, Option<String>, &str); 4] = [
        (
            "pretty",
            vec!["--conn-type", "http", "--extra", "-"],
            Some(pretty.into()),
            pretty,
        ),
        (
            "empty",
            vec!["--conn-type", "http", "--extra", "{}"],
            None,
            "{}",
        ),
        (
            "conn_json",
            vec!["--json", "-"],
            Some(json!({"conn_type": "http", "extra": "{\"a\":\"b\"}"}).to_string()),
            "{\"a\":\"b\"}",
        ),
        (
            "uri_marker",
            vec!["--uri", "-"],
            Some("http://h/?__extra__=%7B%22a%22%3A%20%20%22b%22%7D".into()),
            "{\"a\":  \"b\"}",
        ),
    ];
    for format in ["uri", "json"] {
        for (id, args, stdin, want) in &cases {
            let id = format!("{id}_{format}");
            let mut cmd = t.cmd();
            cmd.args(["put-connection", &id, "--format", format])
                .args(args);
            if let Some(s) = stdin {
                cmd.write_stdin(s.clone());
            }
            cmd.assert().success();
            for reader in ["core", "sdk", "airflow2"] {
                let out = t
                    .cmd()
                    .args([
                        "get", "conn", &id, "--reveal", "-o", "json", "--reader", reader,
                    ])
                    .output()
                    .unwrap();
                let v = stdout_json(&out);
                assert_eq!(v["extra_raw"], json!(want), "{id} in {reader}");
            }
            // Written again from what it reads, it is unchanged: nothing is re-written.
            let uri = t
                .cmd()
                .args(["get", "conn", &id, "--as", format])
                .output()
                .unwrap();
            let stored = String::from_utf8(uri.stdout).unwrap();
            let flag = if format == "uri" { "--uri" } else { "--json" };
            let out = t
                .cmd()
                .args([
                    "put-connection",
                    &id,
                    flag,
                    "-",
                    "--format",
                    format,
                    "-o",
                    "json",
                ])
                .write_stdin(stored.trim_end().to_owned())
                .output()
                .unwrap();
            assert_eq!(stdout_json(&out)["outcome"], "unchanged", "{id}");
        }
    }
}

#[test]
fn remote_strings_are_escaped_in_tables_notes_and_errors() {
    let t = TestEnv::new("escapes");
    // A host with an OSC 8 link, a clear-screen, BEL and a right-to-left override.
    let host = "h\u{1b}]8;;http://evil\u{1b}\\x\u{1b}[2J\u{7}\u{202e}gpj.exe";
    put_raw(
        &format!("{}/esc", t.connections_prefix()),
        &json!({"conn_type": "http", "host": host, "extra": "not json"}).to_string(),
    );
    let raw = |b: &[u8]| {
        let s = String::from_utf8_lossy(b);
        assert!(
            !s.contains('\u{1b}') && !s.contains('\u{7}') && !s.contains('\u{202e}'),
            "{s:?}"
        );
        s.into_owned()
    };
    let out = t
        .cmd()
        .args(["get", "conn", "esc", "--reveal", "--reader", "sdk"])
        .output()
        .unwrap();
    let table = raw(&out.stdout);
    assert!(table.contains("h\\u{1b}]8;;http://evil"), "{table}");
    // Core cannot read a non-JSON extra: a note about it, escaped.
    assert!(raw(&out.stderr).contains("cannot read it"));
    // An error whose text comes from the endpoint.
    let proxy = Proxy::start(&moto().addr);
    let via = TestEnv::new("escapes-err").via(&proxy);
    proxy.push(
        Some("GetSecretValue"),
        Fault::aws(400, "AccessDeniedException", "denied \u{1b}[2J\u{202e}here"),
    );
    let out = via.cmd().args(["get", "var", "k"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = raw(&out.stderr);
    assert!(err.contains("\\u{1b}[2J"), "{err}");
    // A key from an import file, in an error's causes.
    let file = t.home.path().join("vars.json");
    std::fs::write(&file, json!({"bad\u{1b}[2Jkey": "v"}).to_string()).unwrap();
    let out = t
        .cmd()
        .args(["migrate", "--variables", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(raw(&out.stderr).contains("bad\\u{1b}[2Jkey"));
}
