//! `get variable KEY` / `get connection CONN_ID`

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use crate::airflow::naming::Kind;
use crate::airflow::secret_json::{self, Lookup, Via};
use crate::airflow::{Connection, Reader, uri};
use crate::cli::{ConnForm, GetArgs, GetWhat, ReaderChoice};
use crate::error::{Error, ExitStatus, Result};
use crate::output::{MASK, Printer, date};
use crate::settings::Settings;
use crate::store::{SecretStore, StoredValue};

pub async fn run(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    args: &GetArgs,
) -> Result<ExitStatus> {
    match &args.what {
        GetWhat::Variable { key } => variable(settings, store, printer, key).await,
        GetWhat::Connection {
            conn_id,
            reveal,
            as_form,
            reader,
        } => {
            let reader = match reader {
                Some(ReaderChoice::Core) => Reader::Core,
                Some(ReaderChoice::Sdk) => Reader::Sdk,
                Some(ReaderChoice::Airflow2) => Reader::Airflow2,
                None => settings.line.core_reader(),
            };
            connection(settings, store, printer, conn_id, *reveal, *as_form, reader).await
        }
    }
}

fn not_found(kind: Kind, key: &str, name: &str) -> Error {
    Error::new(
        ExitStatus::NotFound,
        format!("{} `{key}` not found (no secret `{name}`)", kind.name()),
    )
}

/// Fetches the SecretString; a binary-only secret is "not found" to Airflow as well.
async fn fetch(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    kind: Kind,
    key: &str,
) -> Result<(String, StoredValue, String)> {
    let name = settings.backend.secret_name(kind, key);
    if let Err(why) = settings.backend.lookup(kind, key) {
        printer.warn(&format!("{} `{key}`: {why}", kind.name()));
    }
    let value = store
        .get(&name)
        .await?
        .ok_or_else(|| not_found(kind, key, &name))?;
    let text = value
        .string
        .as_ref()
        .map(|s| s.expose_secret().to_owned())
        .ok_or_else(|| {
            Error::new(
                ExitStatus::NotFound,
                format!("`{name}` holds only SecretBinary, which Airflow treats as not found"),
            )
            .hint("store the value as a SecretString")
        })?;
    Ok((name, value, text))
}

async fn variable(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    key: &str,
) -> Result<ExitStatus> {
    let (name, value, text) = fetch(settings, store, printer, Kind::Variable, key).await?;
    if printer.is_json() {
        printer.json(&json!({
            "key": key,
            "secret_name": name,
            "value": text,
            "version_id": value.version_id,
            "last_changed": value.created.map(date),
        }));
    } else {
        printer.raw(text.as_bytes());
    }
    Ok(ExitStatus::Success)
}

/// The fields as one reader sees them, for display and comparison.
fn fields(conn: &Connection, reveal: bool) -> Vec<(&'static str, Value)> {
    let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::String);
    let password = conn.password_str().map_or(Value::Null, |p| {
        Value::String(if reveal {
            p.to_owned()
        } else {
            MASK.to_owned()
        })
    });
    let extra = match conn.extra.as_deref() {
        None => Value::Null,
        Some(raw) => match crate::airflow::pyjson::loads(raw) {
            Ok(v) => v.to_serde(),
            Err(_) => Value::String(raw.to_owned()),
        },
    };
    vec![
        ("conn_type", text(&conn.conn_type)),
        ("host", text(&conn.host)),
        ("login", text(&conn.login)),
        ("password", password),
        ("schema", text(&conn.schema)),
        (
            "port",
            conn.port
                .as_ref()
                .map_or(Value::Null, |p| p.to_py().to_serde()),
        ),
        ("extra", extra),
    ]
}

fn shown(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn connection(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    conn_id: &str,
    reveal: bool,
    as_form: Option<ConnForm>,
    reader: Reader,
) -> Result<ExitStatus> {
    let (name, _, text) = fetch(settings, store, printer, Kind::Connection, conn_id).await?;
    let words = &settings.backend.extra_conn_words;
    let conn = match secret_json::read_connection(reader, Some(&text), words, Via::SecretsManager) {
        Lookup::Found(c) => c,
        Lookup::NotFound => {
            return Err(Error::new(
                ExitStatus::NotFound,
                format!("`{name}` is empty, which Airflow treats as not found"),
            ));
        }
        Lookup::Swallowed(e) => {
            return Err(Error::failure(format!("{} cannot read connection `{conn_id}`: {e} ({})", reader.describe(), e.python_class()))
                .hint("Airflow logs this and silently falls back to the next secrets backend; rewrite it with `put-connection`"));
        }
    };
    if let Some(form) = as_form {
        let out = match form {
            ConnForm::Uri => uri::write(&conn),
            ConnForm::Json => secret_json::write(&conn),
            ConnForm::Env => format!(
                "AIRFLOW_CONN_{}={}",
                conn_id.to_uppercase(),
                uri::write(&conn)
            ),
        };
        printer.line(&out);
        return Ok(ExitStatus::Success);
    }
    let mine = fields(&conn, reveal);
    for other in Reader::ALL.into_iter().filter(|r| *r != reader) {
        let theirs =
            match secret_json::read_connection(other, Some(&text), words, Via::SecretsManager) {
                Lookup::Found(c) => fields(&c, reveal),
                Lookup::NotFound => {
                    printer.note(&format!("{} finds no connection here", other.describe()));
                    continue;
                }
                Lookup::Swallowed(e) => {
                    printer.note(&format!(
                        "{} cannot read it ({}: {e}) and falls back to the next backend",
                        other.describe(),
                        e.python_class()
                    ));
                    continue;
                }
            };
        for ((field, a), (_, b)) in mine.iter().zip(&theirs) {
            if a != b {
                printer.note(&format!(
                    "readers disagree: `{field}` is {} in {} but {} in {}",
                    shown(a),
                    reader.describe(),
                    shown(b),
                    other.describe()
                ));
            }
        }
    }
    let stored_as = if secret_json::py_strip(&text).starts_with('{') {
        "json"
    } else {
        "uri"
    };
    if printer.is_json() {
        let mut obj = serde_json::Map::new();
        obj.insert("conn_id".into(), json!(conn_id));
        obj.insert("secret_name".into(), json!(name));
        for (k, v) in mine {
            obj.insert(k.into(), v);
        }
        obj.insert("stored_as".into(), json!(stored_as));
        printer.json(&Value::Object(obj));
    } else {
        let mut rows: Vec<Vec<String>> = vec![
            vec!["conn_id".into(), conn_id.into()],
            vec!["secret_name".into(), name],
        ];
        rows.extend(mine.iter().map(|(k, v)| vec![(*k).to_owned(), shown(v)]));
        rows.push(vec!["stored_as".into(), stored_as.into()]);
        rows.push(vec!["reader".into(), reader.describe().into()]);
        printer.table(&["field", "value"], &rows);
    }
    Ok(ExitStatus::Success)
}
