//! The JSON form of a connection: Airflow's `as_json()` and `from_json()` (semantics §c), the
//! Secrets Manager backend's key standardisation (§d.5), and our writer.

use super::connection::{Connection, Password, Port, ReadError, Reader};
use super::pyjson::{self, PyValue};
use super::uri::normalize_conn_type;

/// The seven fields the backend builds from a JSON secret, in its order, with their aliases.
const ALIASES: [(&str, &[&str]); 7] = [
    ("login", &["login", "user", "username", "user_name"]),
    ("password", &["password", "pass", "key"]),
    ("host", &["host", "remote_host", "server"]),
    ("port", &["port"]),
    ("schema", &["database", "schema"]),
    (
        "conn_type",
        &["conn_type", "conn_id", "connection_type", "engine"],
    ),
    ("extra", &["extra"]),
];

/// Extra alias words per field (`extra_conn_words` backend kwarg), `user` meaning `login`.
pub type ExtraConnWords = Vec<(String, Vec<String>)>;

/// `_standardize_secret_keys`: each field from the first key, in the secret's own order, that
/// is one of its aliases; other keys (`description` included) are dropped.
pub fn standardize(
    secret: &[(String, PyValue)],
    words: &ExtraConnWords,
) -> Result<PyValue, ReadError> {
    let mut aliases: Vec<(&str, Vec<&str>)> =
        ALIASES.iter().map(|(f, a)| (*f, a.to_vec())).collect();
    for (field, extra_words) in words {
        let field = if field == "user" {
            "login"
        } else {
            field.as_str()
        };
        let slot = aliases
            .iter_mut()
            .find(|(f, _)| *f == field)
            .ok_or_else(|| ReadError::UnknownConnWord(field.to_owned()))?;
        slot.1.extend(extra_words.iter().map(String::as_str));
    }
    Ok(PyValue::Dict(
        aliases
            .iter()
            .map(|(field, words)| {
                let value = secret
                    .iter()
                    .find(|(k, _)| words.contains(&k.as_str()))
                    .map_or(PyValue::Null, |(_, v)| v.clone());
                ((*field).to_owned(), value)
            })
            .collect(),
    ))
}

/// Python's `int(x)` as `from_json` applies it to a port.
fn py_int(v: &PyValue) -> Result<i64, ReadError> {
    let bad = || ReadError::PortNotInteger(pyjson::dumps(v));
    match v {
        PyValue::Bool(b) => Ok(i64::from(*b)),
        PyValue::Int(i) => i.parse().map_err(|_| bad()),
        #[allow(clippy::cast_possible_truncation)]
        PyValue::Float(f) if f.is_finite() && f.abs() < 9.2e18 => Ok(f.trunc() as i64),
        PyValue::Str(s) => {
            let t =
                s.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c));
            let (neg, digits) = match t.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, t.strip_prefix('+').unwrap_or(t)),
            };
            let well_formed = !digits.is_empty()
                && !digits.starts_with('_')
                && !digits.ends_with('_')
                && !digits.contains("__")
                && digits.chars().all(|c| c.is_ascii_digit() || c == '_');
            if !well_formed {
                return Err(bad());
            }
            let n: i64 = digits.replace('_', "").parse().map_err(|_| bad())?;
            Ok(if neg { -n } else { n })
        }
        _ => Err(bad()),
    }
}

/// A string field's value. Core keeps whatever JSON type it was given except for the
/// password, which it encrypts and so must be a str; non-strings are carried as JSON text.
fn text_field(
    name: &'static str,
    v: PyValue,
    reader: Reader,
    conn: &mut Connection,
) -> Result<Option<String>, ReadError> {
    match v {
        PyValue::Null => Ok(None),
        PyValue::Str(s) => Ok(Some(s)),
        other if name == "password" && reader != Reader::Sdk => {
            if other.is_truthy() {
                Err(ReadError::NotAString(name, other.type_name()))
            } else {
                Ok(None)
            }
        }
        other => {
            conn.non_string_fields.push(name);
            Ok(Some(pyjson::dumps(&other)))
        }
    }
}

/// `Connection.from_json(text)` in the given reader (no alias keys: those are the backend's).
pub fn from_json(reader: Reader, text: &str) -> Result<Connection, ReadError> {
    let value = pyjson::loads(text).map_err(ReadError::Json)?;
    let PyValue::Dict(entries) = value else {
        return Err(ReadError::UnknownKey("<not an object>".into()));
    };
    let mut conn = Connection::default();
    for (key, v) in entries {
        match key.as_str() {
            "extra" => {
                if v.is_truthy() {
                    conn.extra = Some(match v {
                        PyValue::Str(s) => s,
                        other => pyjson::dumps(&other),
                    });
                }
            }
            "conn_type" => {
                if v.is_truthy() {
                    let PyValue::Str(t) = v else {
                        return Err(ReadError::NotAString("conn_type", v.type_name()));
                    };
                    conn.conn_type = Some(normalize_conn_type(&t));
                }
            }
            "port" => {
                if v.is_truthy() {
                    conn.port = Some(Port::Int(py_int(&v)?));
                }
            }
            "description" => conn.description = text_field("description", v, reader, &mut conn)?,
            "host" => conn.host = text_field("host", v, reader, &mut conn)?,
            "login" => conn.login = text_field("login", v, reader, &mut conn)?,
            "password" => {
                conn.password = text_field("password", v, reader, &mut conn)?.map(Password::new);
            }
            "schema" => conn.schema = text_field("schema", v, reader, &mut conn)?,
            "team_name" if reader == Reader::Core => {}
            _ => return Err(ReadError::UnknownKey(key)),
        }
    }
    conn.construct(reader)
}

/// Airflow's `as_json()`: canonical keys in Airflow's order, None dropped, `extra` as the
/// parsed object and only when non-empty.
pub fn airflow_as_json(conn: &Connection) -> String {
    let mut entries: Vec<(String, PyValue)> = Vec::new();
    let mut put = |k: &str, v: Option<PyValue>| {
        if let Some(v) = v {
            entries.push((k.to_owned(), v));
        }
    };
    let s = |v: &Option<String>| v.clone().map(PyValue::Str);
    put("conn_type", s(&conn.conn_type));
    put("description", s(&conn.description));
    put("host", s(&conn.host));
    put("login", s(&conn.login));
    put(
        "password",
        conn.password_str().map(|p| PyValue::Str(p.to_owned())),
    );
    put("schema", s(&conn.schema));
    put("port", conn.port.as_ref().map(Port::to_py));
    let extra = conn.extra_dejson();
    if extra.is_truthy() {
        put("extra", Some(extra));
    }
    pyjson::dumps(&PyValue::Dict(entries))
}

/// Our JSON writer: only the canonical keys the backend standardises (never `conn_id`, never
/// `description`, which the backend drops), None fields left out, `extra` as an object when it
/// is one (else its raw text), port as a number.
pub fn write(conn: &Connection) -> String {
    let mut entries: Vec<(String, PyValue)> = Vec::new();
    let s = |v: &Option<String>| v.clone().map(PyValue::Str);
    let fields = [
        ("conn_type", s(&conn.conn_type)),
        ("host", s(&conn.host)),
        ("login", s(&conn.login)),
        (
            "password",
            conn.password_str().map(|p| PyValue::Str(p.to_owned())),
        ),
        ("schema", s(&conn.schema)),
        (
            "port",
            conn.port.as_ref().map(|p| match p.as_int() {
                Some(_) => p.to_py(),
                None => PyValue::Str(p.to_string()),
            }),
        ),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            entries.push((k.to_owned(), v));
        }
    }
    if let Some(extra) = conn.extra.as_deref().filter(|e| !e.is_empty()) {
        let value = match pyjson::loads(extra) {
            Ok(v @ PyValue::Dict(_)) => v,
            _ => PyValue::Str(extra.to_owned()),
        };
        if value.is_truthy() {
            entries.push(("extra".into(), value));
        }
    }
    pyjson::dumps(&PyValue::Dict(entries))
}

/// How the secret reached Airflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// `SecretsManagerBackend`: JSON secrets get alias-key standardisation.
    SecretsManager,
    /// `AIRFLOW_CONN_<ID>`: plain `from_json`, no aliases.
    EnvVar,
}

/// What a reader gets when it looks a connection up in one backend.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    Found(Connection),
    NotFound,
    /// Airflow raises, logs, and silently moves on to the next backend.
    Swallowed(ReadError),
}

/// Python's `str.strip()` (Unicode whitespace, including U+001C..U+001F).
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

/// The backend's `get_conn_value`: a JSON secret is standardised and re-serialised, any
/// other secret passed on unchanged.
pub fn conn_value(secret: &str, words: &ExtraConnWords) -> Result<String, ReadError> {
    if !py_strip(secret).starts_with('{') {
        return Ok(secret.to_owned());
    }
    let value = pyjson::loads(secret).map_err(ReadError::Json)?;
    let dict = value.as_dict().unwrap_or_default();
    Ok(pyjson::dumps(&standardize(dict, words)?))
}

/// A connection lookup of one stored SecretString (None: binary only) by the given reader.
pub fn read_connection(
    reader: Reader,
    secret: Option<&str>,
    words: &ExtraConnWords,
    via: Via,
) -> Lookup {
    let Some(secret) = secret else {
        return Lookup::NotFound;
    };
    let value = match via {
        Via::SecretsManager => match conn_value(secret, words) {
            Ok(v) => v,
            Err(e) => return Lookup::Swallowed(e),
        },
        Via::EnvVar => secret.to_owned(),
    };
    if value.is_empty() {
        return Lookup::NotFound;
    }
    let value = py_strip(&value);
    let parsed = if value.is_empty() {
        Err(ReadError::Blank)
    } else if value.starts_with('{') {
        from_json(reader, value)
    } else {
        super::uri::parse(reader, value)
    };
    match parsed {
        Ok(c) => Lookup::Found(c),
        Err(e) => Lookup::Swallowed(e),
    }
}
