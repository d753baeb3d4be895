#![allow(clippy::print_stdout)]
use airsecrets::airflow::secret_json::{Lookup, Via};
use airsecrets::airflow::{Connection, Password, Port, Reader, pyjson, secret_json, uri};
use serde_json::{Value, json};
use std::io::BufRead;

fn fields(c: &Connection) -> Value {
    json!({"conn_type": c.conn_type, "host": c.host, "login": c.login, "password": c.password_str(), "schema": c.schema,
           "port": c.port.as_ref().map(|p| p.to_py().to_serde()), "extra": c.extra})
}
/// What each reader makes of one stored SecretString.
fn readings(stored: &str) -> Value {
    let mut reads = serde_json::Map::new();
    for r in Reader::ALL {
        let got =
            match secret_json::read_connection(r, Some(stored), &Vec::new(), Via::SecretsManager) {
                Lookup::Found(c) => json!({"found": true, "fields": fields(&c)}),
                Lookup::NotFound => json!({"found": false}),
                Lookup::Swallowed(e) => json!({"found": false, "error": e.python_class()}),
            };
        reads.insert(r.name().into(), got);
    }
    Value::Object(reads)
}

fn main() {
    for line in std::io::stdin().lock().lines() {
        let v: Value = serde_json::from_str(&line.unwrap()).unwrap();
        if let Some(doc) = v.get("yaml").and_then(Value::as_str) {
            let out = match airsecrets::airflow::files::yaml::parse(doc) {
                Err(e) => json!({"error": e.message}),
                Ok(None) => json!({"ok": null}),
                Ok(Some(root)) => match root.value.to_py() {
                    Ok(v) => json!({"ok": pyjson::dumps(&v)}),
                    Err(e) => json!({"error": e}),
                },
            };
            println!("{out}");
            continue;
        }
        if let Some(secret) = v.get("secret").and_then(Value::as_str) {
            let reads = readings(secret);
            println!(
                "{}",
                json!({"uri": {"stored": secret, "ours": reads}, "json": {"stored": secret, "ours": reads}})
            );
            continue;
        }
        let t = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
        let conn = Connection {
            conn_type: t("conn_type"),
            host: t("host"),
            login: t("login"),
            password: t("password").map(Password::new),
            schema: t("schema"),
            port: v.get("port").and_then(Value::as_i64).map(Port::Int),
            extra: v.get("extra").map(|e| {
                if let Some(s) = e.as_str() {
                    s.to_owned()
                } else {
                    pyjson::dumps(&pyjson::PyValue::from_serde(e))
                }
            }),
            ..Default::default()
        };
        let mut out = serde_json::Map::new();
        for (form, stored) in [
            ("uri", uri::write(&conn)),
            ("json", secret_json::write(&conn)),
        ] {
            let reads = readings(&stored);
            out.insert(form.into(), json!({"stored": stored, "ours": reads}));
        }
        println!("{}", Value::Object(out));
    }
}
