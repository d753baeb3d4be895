//! `iam-policy`: least privilege for the resolved prefixes, without calling AWS.

use serde_json::{Value, json};

use crate::common::proxy::Proxy;
use crate::common::{TestEnv, moto, stdout_json};

fn policy(t: &TestEnv, args: &[&str]) -> (Value, String) {
    // No endpoint and no credentials are needed: it is computed from the settings.
    let out = t
        .cmd()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env("AWS_ENDPOINT_URL", "http://127.0.0.1:1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        stdout_json(&out),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn statement<'a>(p: &'a Value, sid: &str) -> &'a Value {
    p["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["Sid"] == sid)
        .unwrap_or_else(|| panic!("no {sid} in {p}"))
}

#[test]
fn policies_are_scoped_to_the_prefixes_and_list_gets_its_own_statement() {
    let t = TestEnv::new("policy");
    let (airflow, _) = policy(&t, &["iam-policy"]);
    let read = statement(&airflow, "AirflowReadsItsSecrets");
    assert_eq!(read["Action"], json!(["secretsmanager:GetSecretValue"]));
    assert_eq!(
        read["Resource"],
        json!([
            format!(
                "arn:aws:secretsmanager:us-east-1:*:secret:{}/*",
                t.variables_prefix()
            ),
            format!(
                "arn:aws:secretsmanager:us-east-1:*:secret:{}/*",
                t.connections_prefix()
            ),
            "arn:aws:secretsmanager:us-east-1:*:secret:airflow/config/*",
        ])
    );
    assert!(
        !airflow.to_string().contains("ListSecrets"),
        "Airflow never lists"
    );
    let (admin, _) = policy(
        &t,
        &[
            "iam-policy",
            "--for",
            "admin",
            "--kms-key-arn",
            "arn:aws:kms:us-east-1:1:key/k",
        ],
    );
    let list = statement(&admin, "ListAndBatchReadCannotBeScoped");
    assert_eq!(list["Resource"], "*");
    let manage = statement(&admin, "AirsecretsManagesTheSecrets");
    assert!(
        manage["Action"]
            .as_array()
            .unwrap()
            .contains(&json!("secretsmanager:PutSecretValue"))
    );
    assert_ne!(manage["Resource"], "*");
    assert_eq!(
        statement(&admin, "TheSecretsKmsKey")["Action"],
        json!(["kms:Decrypt", "kms:GenerateDataKey"])
    );
    // A null prefix grants nothing for its kind; an empty one is everything, with a warning.
    let (p, notes) = policy(
        &t,
        &[
            "--backend-kwargs",
            r#"{"variables_prefix": null, "connections_prefix": ""}"#,
            "iam-policy",
        ],
    );
    let resources = statement(&p, "AirflowReadsItsSecrets")["Resource"].to_string();
    assert!(!resources.contains("variables"), "{resources}");
    assert!(resources.contains("secret:*\""), "{resources}");
    assert!(notes.contains("covers every secret"), "{notes}");
}

/// Every command, through a proxy that records each operation on the wire: the admin policy
/// holds exactly the operations airsecrets called (no fewer: a command would be denied; no
/// more: not least privilege).
#[test]
fn the_admin_policy_covers_exactly_what_the_commands_call() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("policy-calls").via(&proxy);
    let files = t.home.path();
    std::fs::write(files.join("vars.json"), r#"{"from_file": "1"}"#).unwrap();
    let runs: [(&[&str], Option<&str>); 19] = [
        (&["put-variable", "a", "-", "--tag", "team=data"], Some("1")),
        (&["put-variable", "a", "-"], Some("2")),
        (
            &[
                "put-variable",
                "a",
                "-",
                "--description",
                "d",
                "--untag",
                "team",
                "--tag",
                "env=prod",
            ],
            Some("2"),
        ),
        (&["put-connection", "c", "--uri", "-"], Some("http://h")),
        (&["get", "var", "a"], None),
        (&["get", "conn", "c"], None),
        (&["list", "--long"], None),
        (&["history", "var", "a"], None),
        (&["rollback", "var", "a", "-y"], None),
        (&["restore", "var", "a"], None),
        (&["doctor"], None),
        (&["diff", "--variables", "vars.json"], None),
        (&["export", "--variables", "-"], None),
        (&["exec", "--all", "--", "true"], None),
        (&["exec", "--variable", "a", "--", "true"], None),
        (&["migrate", "--variables", "vars.json"], None),
        (
            &["migrate", "--variables", "vars.json", "--prune", "-y"],
            None,
        ),
        (&["delete", "var", "from_file", "-y"], None),
        (&["put-variable", "from_file", "-", "--restore"], Some("3")),
    ];
    for (args, stdin) in runs {
        let mut cmd = t.cmd();
        cmd.current_dir(files).args(args);
        if let Some(s) = stdin {
            cmd.write_stdin(s);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let called: std::collections::BTreeSet<String> = proxy
        .requests()
        .into_keys()
        .map(|op| format!("secretsmanager:{op}"))
        .collect();
    let (admin, _) = policy(&t, &["iam-policy", "--for", "admin"]);
    let granted: std::collections::BTreeSet<String> = admin["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["Action"].as_array().unwrap().clone())
        .map(|a| a.as_str().unwrap().to_owned())
        .filter(|a| a.starts_with("secretsmanager:"))
        .collect();
    assert_eq!(called, granted, "called vs granted");
}
