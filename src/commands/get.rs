//! `get variable KEY` / `get connection CONN_ID`

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use super::{Ctx, Output, target};
use crate::airflow::compat::{self, Consumer};
use crate::airflow::environment;
use crate::airflow::naming::Kind;
use crate::airflow::pyjson::{self, PyValue};
use crate::airflow::secret_json::{self, ExtraConnWords, Lookup, Via};
use crate::airflow::{Connection, Reader, masking, uri};
use crate::cli::{ConnForm, GetArgs, GetWhat, ReaderChoice};
use crate::error::{Error, ExitStatus, Result};
use crate::output::{Block, MASK, Render, date};
use crate::store::StoredValue;
use crate::validate::Target;

pub async fn run(ctx: &Ctx<'_>, args: &GetArgs) -> Result<Output> {
    match &args.what {
        GetWhat::Variable { key } => variable(ctx, key).await,
        GetWhat::Connection {
            conn_id,
            reveal,
            as_form,
            reader,
        } => {
            let reader = ReaderChoice::or_core(*reader, ctx.settings.line);
            connection(ctx, conn_id, *reveal, *as_form, reader).await
        }
    }
}

/// Fetches the SecretString; a binary-only secret is "not found" to Airflow as well.
async fn fetch(ctx: &Ctx<'_>, kind: Kind, key: &str) -> Result<(Target, StoredValue, String)> {
    let target = target(ctx.settings, kind, key, false)?;
    for w in &target.warnings {
        ctx.notes.warn(w.clone());
    }
    let name = &target.secret_name;
    let value = ctx.store.get(name).await?.ok_or_else(|| {
        Error::new(
            ExitStatus::NotFound,
            format!("{} not found (no secret `{name}`)", target.what()),
        )
    })?;
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
    Ok((target, value, text))
}

/// A variable: its value byte-exact for people, PRODUCT.md's JSON for scripts.
struct VariableResult {
    target: Target,
    value: String,
    version_id: Option<String>,
    last_changed: Option<String>,
}

impl Render for VariableResult {
    fn json(&self) -> Value {
        json!({
            "key": self.target.key,
            "secret_name": self.target.secret_name,
            "value": self.value,
            "version_id": self.version_id,
            "last_changed": self.last_changed,
        })
    }

    fn human(&self) -> Vec<Block> {
        vec![Block::Value(self.value.as_bytes().to_vec())]
    }
}

async fn variable(ctx: &Ctx<'_>, key: &str) -> Result<Output> {
    let (target, value, text) = fetch(ctx, Kind::Variable, key).await?;
    Output::ok(VariableResult {
        target,
        value: text,
        version_id: value.version_id,
        last_changed: value.created.map(date),
    })
}

/// One field as a reader sees it: for JSON, and for people as Python would print it.
pub(super) struct Field {
    pub name: &'static str,
    pub json: Value,
    pub shown: String,
}

/// Python's view of a text field: None, `""`, or the text.
fn py_text(v: Option<&str>) -> String {
    match v {
        None => "None".into(),
        Some("") => "\"\"".into(),
        Some(s) => s.to_owned(),
    }
}

/// The fields one reader sees. Without `reveal`, the password and the extra values whose
/// keys Airflow's secrets masker hides are masked.
pub(super) fn fields(conn: &Connection, reveal: bool, sensitive: &[String]) -> Vec<Field> {
    let text = |name, v: &Option<String>| Field {
        name,
        json: v.clone().map_or(Value::Null, Value::String),
        shown: py_text(v.as_deref()),
    };
    let password = conn.password_str().map(|p| if reveal { p } else { MASK });
    let extra = conn.extra.as_deref().map(|raw| match pyjson::loads(raw) {
        Ok(v @ PyValue::Dict(_)) => {
            let v = if reveal {
                v
            } else {
                masking::mask(&v, sensitive, MASK)
            };
            (v.to_serde(), pyjson::dumps(&v))
        }
        Ok(v) if reveal => (v.to_serde(), pyjson::dumps(&v)),
        // Not an object: no keys to tell secret from not, so all of it is masked.
        _ if !reveal => (Value::String(MASK.into()), MASK.into()),
        _ => (Value::String(raw.to_owned()), raw.to_owned()),
    });
    let port = conn
        .port
        .as_ref()
        .map(super::super::airflow::connection::Port::to_py);
    vec![
        text("conn_type", &conn.conn_type),
        text("host", &conn.host),
        text("login", &conn.login),
        Field {
            name: "password",
            json: password.map_or(Value::Null, |p| Value::String(p.to_owned())),
            shown: py_text(password),
        },
        text("schema", &conn.schema),
        Field {
            name: "port",
            json: port.as_ref().map_or(Value::Null, PyValue::to_serde),
            shown: port.as_ref().map_or_else(|| "None".into(), pyjson::dumps),
        },
        Field {
            name: "extra",
            json: extra.as_ref().map_or(Value::Null, |e| e.0.clone()),
            shown: extra.map_or_else(|| "None".into(), |e| e.1),
        },
    ]
}

/// A connection as one reader sees it.
struct ConnectionResult {
    target: Target,
    reader: Reader,
    fields: Vec<Field>,
    /// `conn.extra` exactly as the reader holds it; only with `--reveal`.
    extra_raw: Option<String>,
    stored_as: &'static str,
    /// With `--reveal`: what the other readers see where they disagree.
    others: Vec<(Reader, &'static str, String)>,
    /// The other consumers whose keys the secret carries, agreeing with Airflow (`--compat`).
    serves: Vec<&'static str>,
}

impl Render for ConnectionResult {
    fn json(&self) -> Value {
        let mut obj = serde_json::Map::new();
        obj.insert("conn_id".into(), json!(self.target.key));
        obj.insert("secret_name".into(), json!(self.target.secret_name));
        for f in &self.fields {
            obj.insert(f.name.into(), f.json.clone());
        }
        obj.insert("stored_as".into(), json!(self.stored_as));
        obj.insert("serves".into(), json!(self.serves));
        if let Some(raw) = &self.extra_raw {
            obj.insert("extra_raw".into(), json!(raw));
        }
        Value::Object(obj)
    }

    fn human(&self) -> Vec<Block> {
        let mut rows: Vec<Vec<String>> = vec![
            vec!["conn_id".into(), self.target.key.clone()],
            vec!["secret_name".into(), self.target.secret_name.clone()],
        ];
        rows.extend(
            self.fields
                .iter()
                .map(|f| vec![f.name.to_owned(), f.shown.clone()]),
        );
        rows.push(vec!["stored_as".into(), self.stored_as.into()]);
        rows.push(vec!["reader".into(), self.reader.describe().into()]);
        if !self.serves.is_empty() {
            rows.push(vec!["also serves".into(), self.serves.join(", ")]);
        }
        for (reader, field, shown) in &self.others {
            rows.push(vec![format!("{field} ({})", reader.name()), shown.clone()]);
        }
        vec![Block::Table {
            headers: vec!["field", "value"],
            rows,
        }]
    }
}

/// A connection in one of Airflow's own forms, unmasked (`--as`).
struct AirflowForm(String);

impl Render for AirflowForm {
    fn json(&self) -> Value {
        json!(self.0)
    }

    fn human(&self) -> Vec<Block> {
        vec![Block::Raw(format!("{}\n", self.0).into_bytes())]
    }
}

fn is_shell_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Single-quoted for a POSIX shell: nothing inside is expanded; `'` is closed, escaped and
/// reopened.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// A connection in one of Airflow's own forms. The environment forms hold the value that
/// Airflow's environment backend reads as the secrets backend reads the stored secret.
fn airflow_form(
    conn_id: &str,
    conn: &Connection,
    stored: &str,
    form: ConnForm,
    words: &ExtraConnWords,
) -> Result<String> {
    let env_value = || {
        environment::connection_value(stored, words)
            .map_err(|e| Error::failure(format!("connection `{conn_id}`: {e}")))
    };
    let uri_form = || {
        if conn
            .conn_type
            .as_deref()
            .is_some_and(|t| !t.is_empty() && !uri::is_scheme(t))
        {
            return Err(Error::usage(format!(
                "connection `{conn_id}` has a conn_type that cannot be a URI scheme, so no URI form reads back as stored"
            ))
            .hint("use `--as json`"));
        }
        Ok(uri::write(conn))
    };
    Ok(match form {
        ConnForm::Uri => uri_form()?,
        ConnForm::Json => secret_json::write(conn),
        ConnForm::Env => {
            let name = environment::connection_name(conn_id);
            if !is_shell_name(&name) {
                return Err(Error::usage(format!(
                    "`{name}` cannot be a shell variable (only letters, digits and `_`), though Airflow reads it from the environment"
                ))
                .hint("use `--as dotenv` for an env file, or `airsecrets exec --connection ID -- COMMAND`"));
            }
            format!("export {name}={}", shell_quote(&env_value()?))
        }
        ConnForm::Dotenv => format!("{}={}", environment::connection_name(conn_id), env_value()?),
    })
}

async fn connection(
    ctx: &Ctx<'_>,
    conn_id: &str,
    reveal: bool,
    as_form: Option<ConnForm>,
    reader: Reader,
) -> Result<Output> {
    let (target, _, text) = fetch(ctx, Kind::Connection, conn_id).await?;
    let name = target.secret_name.clone();
    let words = &ctx.settings.backend.extra_conn_words;
    let sensitive = &ctx.settings.sensitive_words;
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
        return Output::ok(AirflowForm(airflow_form(
            conn_id, &conn, &text, form, words,
        )?));
    }
    let mine = fields(&conn, reveal, sensitive);
    let mut others = Vec::new();
    for other in Reader::ALL.into_iter().filter(|r| *r != reader) {
        let theirs =
            match secret_json::read_connection(other, Some(&text), words, Via::SecretsManager) {
                Lookup::Found(c) => c,
                Lookup::NotFound => {
                    ctx.notes
                        .note(format!("{} finds no connection here", other.describe()));
                    continue;
                }
                Lookup::Swallowed(e) => {
                    ctx.notes.note(format!(
                        "{} cannot read it ({}: {e}) and falls back to the next backend",
                        other.describe(),
                        e.python_class()
                    ));
                    continue;
                }
            };
        // Compared unmasked, so a difference in a hidden value is still found; named without
        // values (they are shown on stdout with --reveal).
        let (a, b) = (fields(&conn, true, &[]), fields(&theirs, true, &[]));
        let shown = fields(&theirs, reveal, sensitive);
        for ((fa, fb), fs) in a.iter().zip(&b).zip(shown) {
            if fa.json != fb.json || (fa.name == "extra" && conn.extra != theirs.extra) {
                ctx.notes.note(format!(
                    "readers disagree: `{}` differs between {} and {}{}",
                    fa.name,
                    reader.describe(),
                    other.describe(),
                    if reveal {
                        " (shown below)"
                    } else {
                        "; `--reveal` shows both"
                    },
                ));
                if reveal {
                    others.push((other, fa.name, fs.shown));
                }
            }
        }
    }
    let stored_as = if secret_json::py_strip(&text).starts_with('{') {
        "json"
    } else {
        "uri"
    };
    Output::ok(ConnectionResult {
        target,
        reader,
        fields: mine,
        extra_raw: conn.extra.clone().filter(|_| reveal),
        stored_as,
        others,
        serves: compat::serves(&text, words)
            .into_iter()
            .map(Consumer::name)
            .collect(),
    })
}
