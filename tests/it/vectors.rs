//! Every line of tests/fixtures/airflow-vectors/ (real Airflow 3.3.2 and 2.10.5 output, copied
//! from ../shared by tools/sync-fixtures), for every reader it describes.

use std::collections::BTreeMap;

use airsecrets::airflow::naming::BackendConfig;
use airsecrets::airflow::pyjson::{self, PyValue};
use airsecrets::airflow::secret_json::{self, Lookup, Via};
use airsecrets::airflow::{Connection, Password, Port, Reader, fidelity, uri};
use serde_json::Value;

use crate::common::fixtures_dir;

fn load(name: &str) -> Vec<Value> {
    let path = fixtures_dir().join("airflow-vectors").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("vector line is JSON"))
        .collect()
}

/// The vectors write non-finite floats as `{"__nonfinite_float__": "nan"}`.
fn py(v: &Value) -> PyValue {
    match v {
        Value::Object(o) if o.len() == 1 && o.contains_key("__nonfinite_float__") => {
            PyValue::Float(match o["__nonfinite_float__"].as_str() {
                Some("inf") => f64::INFINITY,
                Some("-inf") => f64::NEG_INFINITY,
                _ => f64::NAN,
            })
        }
        Value::Object(o) => PyValue::Dict(o.iter().map(|(k, v)| (k.clone(), py(v))).collect()),
        Value::Array(a) => PyValue::List(a.iter().map(py).collect()),
        other => PyValue::from_serde(other),
    }
}

/// The vector's `fields` as `Connection(**fields)` in a reader holds them. Given a dict
/// `extra`, the core constructors serialise it only when truthy; the SDK always does.
fn constructed(fields: &Value, reader: Reader) -> Connection {
    let mut conn = intended(fields);
    if reader != Reader::Sdk
        && fields
            .get("extra")
            .is_some_and(|e| e.as_object().is_some_and(serde_json::Map::is_empty))
    {
        conn.extra = None;
    }
    conn.construct(reader).expect("vector fields construct")
}

/// The vector's `fields` as the intended connection.
fn intended(fields: &Value) -> Connection {
    let text = |k: &str| fields.get(k).and_then(Value::as_str).map(str::to_owned);
    Connection {
        conn_type: text("conn_type"),
        description: text("description"),
        host: text("host"),
        login: text("login"),
        password: text("password").map(Password::new),
        schema: text("schema"),
        port: fields.get("port").map(|p| match p {
            Value::String(s) => Port::Text(s.clone()),
            other => Port::Int(other.as_i64().expect("int port")),
        }),
        extra: fields.get("extra").map(|e| match e {
            Value::String(s) => s.clone(),
            other => pyjson::dumps(&py(other)),
        }),
        non_string_fields: Vec::new(),
    }
}

fn class_of(error: &str) -> &str {
    error.split(':').next().unwrap_or(error)
}

/// Differences between what a reader produced and what Airflow recorded.
fn diff_fields(reader: Reader, conn_id: &str, got: &Connection, want: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |name: &str, got: Value| {
        let w = want.get(name).cloned().unwrap_or(Value::Null);
        if py(&w) != py(&got) {
            out.push(format!("{name}: got {got}, want {w}"));
        }
    };
    let text = |name: &'static str, v: &Option<String>| match v {
        None => Value::Null,
        // A field the SDK keeps as a number or bool: compare it as that JSON value.
        Some(s) if got.non_string_fields.contains(&name) => serde_json::from_str(s).unwrap(),
        Some(s) => Value::String(s.clone()),
    };
    let keeps_id =
        reader == Reader::Sdk || airsecrets::airflow::connection::is_valid_conn_id(conn_id);
    check(
        "conn_id",
        if keeps_id {
            Value::String(conn_id.into())
        } else {
            Value::Null
        },
    );
    check("conn_type", text("conn_type", &got.conn_type));
    check("description", text("description", &got.description));
    check("host", text("host", &got.host));
    check("login", text("login", &got.login));
    check(
        "password",
        text(
            "password",
            &got.password.as_ref().map(|p| p.expose().to_owned()),
        ),
    );
    check("schema", text("schema", &got.schema));
    check(
        "port",
        got.port
            .as_ref()
            .map_or(Value::Null, |p| p.to_py().to_serde()),
    );
    check(
        "extra",
        got.extra.clone().map_or(Value::Null, Value::String),
    );
    let want_dejson = py(want.get("extra_dejson").unwrap_or(&Value::Null));
    if got.extra_dejson() != want_dejson {
        out.push(format!(
            "extra_dejson: got {:?}, want {want_dejson:?}",
            got.extra_dejson()
        ));
    }
    let want_uri = want.get("get_uri").cloned().unwrap_or(Value::Null);
    match (uri::airflow_get_uri(reader, got), want_uri.as_str()) {
        (Some(g), Some(w)) if g == w => {}
        (None, None) if want_uri.get("__error__").is_some() => {}
        (g, _) => out.push(format!("get_uri: got {g:?}, want {want_uri}")),
    }
    out
}

/// A parse result against `{"error": ...}` or a fields object.
fn diff_parse(
    reader: Reader,
    conn_id: &str,
    got: &Result<Connection, airsecrets::airflow::ReadError>,
    want: &Value,
) -> Vec<String> {
    match (got, want.get("error").and_then(Value::as_str)) {
        (Ok(c), None) => diff_fields(reader, conn_id, c, want),
        (Err(e), Some(w)) if e.python_class() == class_of(w) => vec![],
        (Err(e), Some(w)) => vec![format!("error {} ({e}), want {w}", e.python_class())],
        (Ok(_), Some(w)) => vec![format!("parsed, want error {w}")],
        (Err(e), None) => vec![format!("error {} ({e}), want success", e.python_class())],
    }
}

/// A backend lookup against `{"found": ...}`.
fn diff_lookup(reader: Reader, conn_id: &str, got: &Lookup, want: &Value) -> Vec<String> {
    let found = want["found"].as_bool().unwrap_or(false);
    match got {
        Lookup::Found(c) if found => diff_fields(reader, conn_id, c, &want["fields"]),
        Lookup::NotFound if !found && want.get("error").is_none() => vec![],
        Lookup::Swallowed(e)
            if !found
                && want["swallowed"].as_bool() == Some(true)
                && want["error"].as_str().map(class_of) == Some(e.python_class()) =>
        {
            vec![]
        }
        other => vec![format!("lookup {other:?}, want {want}")],
    }
}

struct Tally {
    passed: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
}

impl Tally {
    fn new() -> Self {
        Tally {
            passed: BTreeMap::new(),
            failures: Vec::new(),
        }
    }

    fn record(&mut self, id: &str, what: &'static str, problems: Vec<String>) {
        if problems.is_empty() {
            *self.passed.entry(what).or_default() += 1;
        } else {
            self.failures
                .push(format!("{id} [{what}]: {}", problems.join("; ")));
        }
    }

    fn finish(self, expected_checks: usize) {
        let total: usize = self.passed.values().sum();
        eprintln!("vector checks passed: {:?}", self.passed);
        assert!(
            self.failures.is_empty(),
            "{} failures:\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
        assert_eq!(total, expected_checks, "every vector check must run");
    }
}

const NO_WORDS: &Vec<(String, Vec<String>)> = &Vec::new();

#[test]
fn encoding_vectors_match_real_airflow() {
    let cases = load("connections.jsonl");
    assert_eq!(cases.len(), 77);
    let mut t = Tally::new();
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let conn_id = case["fields"]["conn_id"].as_str().unwrap_or("");
        let a2 = &case["airflow2"];
        for (reader, want_uri, key) in [
            (Reader::Core, &case["uri"], "get_uri core"),
            (Reader::Sdk, &case["uri_sdk"], "get_uri sdk"),
            (Reader::Airflow2, &a2["uri"], "get_uri airflow2"),
        ] {
            let got = uri::airflow_get_uri(reader, &constructed(&case["fields"], reader));
            let problems = if got.as_deref() == want_uri.as_str() {
                vec![]
            } else {
                vec![format!("got {got:?}, want {want_uri}")]
            };
            t.record(id, key, problems);
        }
        for (reader, uri_text, want, key) in [
            (
                Reader::Core,
                &case["uri"],
                &case["parsed_back"],
                "parse core",
            ),
            (
                Reader::Sdk,
                &case["uri"],
                &case["parsed_back_sdk"],
                "parse sdk",
            ),
            (
                Reader::Airflow2,
                &a2["uri"],
                &a2["parsed_back"],
                "parse airflow2",
            ),
        ] {
            let got = uri::parse(reader, uri_text.as_str().unwrap());
            t.record(id, key, diff_parse(reader, conn_id, &got, want));
        }
        for (reader, want, key) in [
            (Reader::Core, &case["json_secret"], "as_json core"),
            (Reader::Airflow2, &a2["json_secret"], "as_json airflow2"),
        ] {
            let got = secret_json::airflow_as_json(&constructed(&case["fields"], reader));
            let problems = if Some(got.as_str()) == want.as_str() {
                vec![]
            } else {
                vec![format!("got {got}, want {want}")]
            };
            t.record(id, key, problems);
        }
        for (reader, secret, want, key) in [
            (
                Reader::Core,
                &case["json_secret"],
                &case["json_secret_read_back"]["core"],
                "json read core",
            ),
            (
                Reader::Sdk,
                &case["json_secret"],
                &case["json_secret_read_back"]["sdk"],
                "json read sdk",
            ),
            (
                Reader::Airflow2,
                &a2["json_secret"],
                &a2["json_secret_read_back"]["core"],
                "json read airflow2",
            ),
            (
                Reader::Core,
                &case["uri"],
                &case["uri_secret_read_back"]["core"],
                "uri read core",
            ),
            (
                Reader::Sdk,
                &case["uri"],
                &case["uri_secret_read_back"]["sdk"],
                "uri read sdk",
            ),
        ] {
            let got = secret_json::read_connection(
                reader,
                secret.as_str(),
                NO_WORDS,
                Via::SecretsManager,
            );
            t.record(id, key, diff_lookup(reader, conn_id, &got, want));
        }
    }
    t.finish(77 * 13);
}

#[test]
fn decoding_vectors_match_real_airflow() {
    let cases = load("decode.jsonl");
    assert_eq!(cases.len(), 85);
    let mut t = Tally::new();
    let mut expected = 0;
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let kwargs = case
            .get("backend_kwargs")
            .cloned()
            .unwrap_or(Value::Object(serde_json::Map::default()));
        let config = BackendConfig::from_kwargs(&kwargs).expect("vector backend kwargs");
        let secret = if case.get("binary") == Some(&Value::Bool(true)) {
            None
        } else {
            case["secret"].as_str()
        };
        let via = if case.get("via").and_then(Value::as_str) == Some("env") {
            Via::EnvVar
        } else {
            Via::SecretsManager
        };
        let is_variable = case.get("kind").and_then(Value::as_str) == Some("variable");
        let key = case
            .get("key")
            .or(case.get("conn_id"))
            .and_then(Value::as_str)
            .unwrap();
        let a2 = &case["airflow2"];

        if let Some(want_names) = case.get("secret_names_requested") {
            expected += 2;
            let got = if is_variable {
                config.variable_lookup(key)
            } else {
                config.connection_lookup(key)
            };
            let got: Vec<String> = got.into_iter().collect();
            let want: Vec<String> = serde_json::from_value(want_names.clone()).unwrap();
            let p = if got == want {
                vec![]
            } else {
                vec![format!("names {got:?}, want {want:?}")]
            };
            t.record(id, "secret names", p.clone());
            let want2: Vec<String> =
                serde_json::from_value(a2["secret_names_requested"].clone()).unwrap();
            let p2 = if got == want2 {
                vec![]
            } else {
                vec![format!("names {got:?}, want {want2:?}")]
            };
            t.record(id, "secret names airflow2", p2);
        }
        if is_variable {
            expected += 2;
            // The backend returns a variable's SecretString raw; binary-only and skipped
            // lookups give None.
            let looked_up = config.variable_lookup(key).is_some();
            let got = secret.filter(|_| looked_up).map(str::to_owned);
            for (want, label) in [
                (&case["value"], "variable"),
                (&a2["value"], "variable airflow2"),
            ] {
                let want = want.as_str().map(str::to_owned);
                let p = if got == want {
                    vec![]
                } else {
                    vec![format!("value {got:?}, want {want:?}")]
                };
                t.record(id, label, p);
            }
            continue;
        }
        if via == Via::SecretsManager && case.get("conn_value").is_some() {
            expected += 1;
            let looked_up = config.connection_lookup(key).is_some();
            let got = secret
                .filter(|_| looked_up)
                .map(|s| secret_json::conn_value(s, &config.extra_conn_words));
            let want = case["conn_value"].as_str();
            let p = match (&got, want, case.get("conn_value_error")) {
                (None, None, _) => vec![],
                (Some(Ok(g)), Some(w), _) if g == w => vec![],
                (Some(Err(e)), None, Some(w))
                    if Some(e.python_class()) == w.as_str().map(class_of) =>
                {
                    vec![]
                }
                _ => vec![format!("conn_value {got:?}, want {want:?}")],
            };
            t.record(id, "conn_value", p);
        }
        let looked_up = config.connection_lookup(key).is_some() || via == Via::EnvVar;
        for (reader, want, label) in [
            (Reader::Core, &case["result"]["core"], "read core"),
            (Reader::Sdk, &case["result"]["sdk"], "read sdk"),
            (Reader::Airflow2, &a2["result"]["core"], "read airflow2"),
        ] {
            expected += 1;
            let got = if looked_up {
                secret_json::read_connection(reader, secret, &config.extra_conn_words, via)
            } else {
                Lookup::NotFound
            };
            t.record(id, label, diff_lookup(reader, key, &got, want));
        }
    }
    t.finish(expected);
}

#[test]
fn our_writers_lose_no_more_than_airflows_own_uri() {
    // For each encoding case, decoded by every reader: what our URI writer's output loses is a
    // subset of what Airflow's own get_uri() output loses, and the description (never read by
    // the backend) is always named.
    let words = BackendConfig::default().extra_conn_words;
    let mut strictly_better = 0;
    for case in load("connections.jsonl") {
        let id = case["id"].as_str().unwrap();
        let fields = intended(&case["fields"]);
        let key = |d: &fidelity::Difference| (d.reader, d.field);
        let theirs: Vec<_> = fidelity::check(&fields, case["uri"].as_str().unwrap(), &words)
            .iter()
            .map(key)
            .collect();
        for stored in [uri::write(&fields), secret_json::write(&fields)] {
            let ours: Vec<_> = fidelity::check(&fields, &stored, &words)
                .iter()
                .map(key)
                .collect();
            for d in &ours {
                assert!(
                    theirs.contains(d),
                    "{id}: {stored} loses {d:?}, Airflow's own URI does not"
                );
            }
            for reader in Reader::ALL {
                let named = ours.contains(&(reader, "description"));
                assert_eq!(
                    named,
                    fields.description.is_some(),
                    "{id}: description for {reader}"
                );
            }
            if ours.len() < theirs.len() {
                strictly_better += 1;
            }
        }
    }
    assert!(
        strictly_better > 10,
        "the writer rules should beat get_uri() on the tricky cases"
    );
}
