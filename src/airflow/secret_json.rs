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

/// The keys of a JSON secret that the backend's standardisation drops: not one of the seven
/// fields' aliases (nor an `extra_conn_words` alias). Empty for a URI secret.
pub fn dropped_keys(secret: &str, words: &ExtraConnWords) -> Vec<String> {
    if !py_strip(secret).starts_with('{') {
        return Vec::new();
    }
    let Ok(PyValue::Dict(entries)) = pyjson::loads(secret) else {
        return Vec::new();
    };
    let known = |k: &str| {
        ALIASES.iter().any(|(_, a)| a.contains(&k))
            || words.iter().any(|(_, w)| w.iter().any(|x| x == k))
    };
    entries
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| !known(k))
        .collect()
}

/// The zero of every run of Unicode decimal digits (category Nd) in Python 3.11's Unicode
/// database: `int()` accepts any of them (`int("١٢") == 12`).
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

fn decimal_digit(c: char) -> Option<u32> {
    let code = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&code))
        .map(|z| code - z)
}

/// Python's `int(x)` as `from_json` applies it to a port.
fn py_int(v: &PyValue) -> Result<i64, ReadError> {
    let bad = || ReadError::PortNotInteger;
    let out_of_range = || ReadError::PortOverflow;
    match v {
        PyValue::Bool(b) => Ok(i64::from(*b)),
        PyValue::Int(i) => i.parse().map_err(|_| out_of_range()),
        PyValue::Float(f) if f.is_nan() => Err(bad()),
        #[allow(clippy::cast_possible_truncation)]
        PyValue::Float(f) if f.abs() < 9.2e18 => Ok(f.trunc() as i64),
        PyValue::Float(_) => Err(out_of_range()),
        PyValue::List(_) | PyValue::Dict(_) | PyValue::Null => {
            Err(ReadError::PortType(v.type_name()))
        }
        PyValue::Str(s) => {
            let t = py_strip(s);
            let (neg, digits) = match t.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, t.strip_prefix('+').unwrap_or(t)),
            };
            let well_formed = !digits.is_empty()
                && !digits.starts_with('_')
                && !digits.ends_with('_')
                && !digits.contains("__")
                && digits
                    .chars()
                    .all(|c| c == '_' || decimal_digit(c).is_some());
            if !well_formed {
                return Err(bad());
            }
            let ascii: String = digits
                .chars()
                .filter_map(decimal_digit)
                .filter_map(|d| char::from_digit(d, 10))
                .collect();
            let n: i64 = ascii.parse().map_err(|_| bad())?;
            Ok(if neg { -n } else { n })
        }
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
    let PyValue::Dict(mut entries) = value else {
        return Err(ReadError::NotAnObject);
    };
    let mut take = |key: &str| {
        entries
            .iter()
            .position(|(k, _)| k == key)
            .map(|i| entries.remove(i).1)
    };
    let mut conn = Connection::default();
    // Airflow pops `extra`, `conn_type` and `port` in this order before it builds the
    // connection, so their errors come first.
    if let Some(v) = take("extra").filter(PyValue::is_truthy) {
        conn.extra = Some(match v {
            PyValue::Str(s) => s,
            other => pyjson::dumps(&other),
        });
    }
    match take("conn_type") {
        Some(v) if !v.is_truthy() => {}
        None => {}
        Some(PyValue::Str(t)) => conn.conn_type = Some(normalize_conn_type(&t)),
        // `"-" in conn_type` is a membership test on a list or dict, so those pass through
        // unchanged; on a number it raises.
        Some(v @ (PyValue::List(_) | PyValue::Dict(_))) => {
            conn.non_string_fields.push("conn_type");
            conn.conn_type = Some(pyjson::dumps(&v));
        }
        Some(other) => return Err(ReadError::NotAString("conn_type", other.type_name())),
    }
    if let Some(v) = take("port").filter(PyValue::is_truthy) {
        conn.port = Some(Port::Int(py_int(&v)?));
    }
    let known = |k: &str| {
        matches!(k, "description" | "host" | "login" | "password" | "schema")
            || (k == "team_name" && reader == Reader::Core)
    };
    if let Some((key, _)) = entries.iter().find(|(k, _)| !known(k)) {
        return Err(ReadError::UnknownKey(key.clone()));
    }
    for (key, v) in entries {
        match key.as_str() {
            "description" => conn.description = text_field("description", v, reader, &mut conn)?,
            "host" => conn.host = text_field("host", v, reader, &mut conn)?,
            "login" => conn.login = text_field("login", v, reader, &mut conn)?,
            "password" => {
                conn.password = text_field("password", v, reader, &mut conn)?.map(Password::new);
            }
            "schema" => conn.schema = text_field("schema", v, reader, &mut conn)?,
            _ => {}
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
/// `description`, which the backend drops), None fields left out and `""` kept, conn_type as
/// Airflow normalises it, no port 0 (no reader sees it), and `extra` as a *string*: `from_json`
/// keeps a string `extra` byte for byte, where an object would be re-serialised.
pub fn write(conn: &Connection) -> String {
    let mut entries: Vec<(String, PyValue)> = Vec::new();
    let s = |v: &Option<String>| v.clone().map(PyValue::Str);
    let port = conn
        .port
        .as_ref()
        .filter(|p| p.is_truthy())
        .map(|p| match p {
            Port::Text(t) => t
                .trim()
                .parse::<i64>()
                .map_or_else(|_| p.to_py(), |n| PyValue::Int(n.to_string())),
            Port::Int(_) => p.to_py(),
        });
    let fields = [
        (
            "conn_type",
            conn.conn_type
                .as_deref()
                .filter(|t| !t.is_empty())
                .map(|t| PyValue::Str(normalize_conn_type(t))),
        ),
        ("host", s(&conn.host)),
        ("login", s(&conn.login)),
        // Airflow's core classes read an empty password as None: store that reading.
        (
            "password",
            conn.password_str()
                .filter(|p| !p.is_empty())
                .map(|p| PyValue::Str(p.to_owned())),
        ),
        ("schema", s(&conn.schema)),
        ("port", port),
        (
            "extra",
            conn.extra
                .as_deref()
                .filter(|e| !e.is_empty())
                .map(|e| PyValue::Str(e.to_owned())),
        ),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            entries.push((k.to_owned(), v));
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

impl Lookup {
    /// The connection, when the reader found and read one.
    pub fn found(self) -> Option<Connection> {
        match self {
            Lookup::Found(c) => Some(c),
            _ => None,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    // Found by comparing with real Airflow on random input (not in the shared vectors).
    #[test]
    fn from_json_matches_python_in_edge_cases() {
        let c = from_json(
            Reader::Core,
            r#"{"port": " \u0661\u0662 ", "conn_type": [1]}"#,
        )
        .unwrap();
        assert_eq!(
            c.port,
            Some(Port::Int(12)),
            "int() takes any Unicode decimal digits"
        );
        assert_eq!(c.conn_type.as_deref(), Some("[1]"));
        assert_eq!(
            super::super::uri::airflow_get_uri(Reader::Core, &c),
            None,
            "get_uri raises on a list type"
        );
        // Airflow pops extra, conn_type, then port, so the conn_type error wins.
        let e = from_json(Reader::Sdk, r#"{"port": "x", "conn_type": 1.5}"#).unwrap_err();
        assert_eq!(e.python_class(), "TypeError");
        assert_eq!(
            from_json(Reader::Sdk, r#"{"port": [1]}"#)
                .unwrap_err()
                .python_class(),
            "TypeError"
        );
        assert_eq!(
            from_json(Reader::Sdk, r#"{"port": Infinity}"#)
                .unwrap_err()
                .python_class(),
            "OverflowError"
        );
        assert_eq!(
            from_json(Reader::Sdk, r#"{"port": NaN}"#)
                .unwrap_err()
                .python_class(),
            "ValueError"
        );
    }
}
