//! Airflow's export formats, written (the mirror of `files/`): what `airflow variables
//! export` and `airflow connections export` write, holding what a reader reads, so that
//! Airflow's own `import` of the file, and `migrate` of it, give back the same values.

use std::fmt::Write as _;

use super::connection::{Connection, Port};
use super::pyjson::{self, PyValue};
use super::uri;

/// `variables export` JSON: an object, keys sorted, `indent=4`. Every value is written as the
/// string it is, not decoded as Airflow's export does (which turns `" 42 "` into `42`), so
/// that an import stores the very same text.
pub fn variables_json(variables: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = variables.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let dict = PyValue::Dict(
        sorted
            .into_iter()
            .map(|(k, v)| (k.clone(), PyValue::Str(v.clone())))
            .collect(),
    );
    pyjson::dumps_indent(&dict, 4) + "\n"
}

/// The eight fields of a connection in `connections export` order; None as null, `extra` as
/// its raw text.
fn fields(conn: &Connection) -> Vec<(&'static str, PyValue)> {
    let text = |v: &Option<String>| v.clone().map_or(PyValue::Null, PyValue::Str);
    vec![
        ("conn_type", text(&conn.conn_type)),
        ("description", text(&conn.description)),
        ("login", text(&conn.login)),
        (
            "password",
            conn.password_str()
                .map_or(PyValue::Null, |p| PyValue::Str(p.to_owned())),
        ),
        ("host", text(&conn.host)),
        (
            "port",
            conn.port.as_ref().map_or(PyValue::Null, Port::to_py),
        ),
        ("schema", text(&conn.schema)),
        ("extra", text(&conn.extra)),
    ]
}

fn as_dict(conn: &Connection) -> PyValue {
    PyValue::Dict(
        fields(conn)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// `connections export` JSON: `{conn_id: {8 fields}}`, `indent=2`.
pub fn connections_json(connections: &[(String, Connection)]) -> String {
    let dict = PyValue::Dict(
        connections
            .iter()
            .map(|(id, c)| (id.clone(), as_dict(c)))
            .collect(),
    );
    pyjson::dumps_indent(&dict, 2) + "\n"
}

/// A YAML double-quoted scalar PyYAML reads back exactly: `"` and `\` escaped, characters
/// outside PyYAML's printable set escaped, everything else (non-ASCII included) as it is,
/// since PyYAML does not join `\u` surrogate pairs.
fn yaml_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20
                || ('\u{7f}'..='\u{9f}').contains(&c) && c != '\u{85}'
                || matches!(c, '\u{fffe}' | '\u{ffff}') =>
            {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn yaml_scalar(v: &PyValue, out: &mut String) {
    match v {
        PyValue::Str(s) => yaml_str(s, out),
        PyValue::Null => out.push_str("null"),
        other => out.push_str(&pyjson::dumps(other)),
    }
}

/// `connections export` YAML: the same mapping, every string double-quoted.
pub fn connections_yaml(connections: &[(String, Connection)]) -> String {
    let mut out = String::new();
    for (id, conn) in connections {
        yaml_str(id, &mut out);
        out.push_str(":\n");
        for (k, v) in fields(conn) {
            out.push_str("  ");
            out.push_str(k);
            out.push_str(": ");
            yaml_scalar(&v, &mut out);
            out.push('\n');
        }
    }
    if out.is_empty() {
        out.push_str("{}\n");
    }
    out
}

/// `connections export` .env: `conn_id=<value>` lines, the value as a URI (which Airflow's
/// import parses) or the one-line JSON of the eight fields. Err names a connection whose
/// conn_type cannot be a URI scheme.
pub fn connections_env(connections: &[(String, Connection)], json: bool) -> Result<String, String> {
    let mut out = String::new();
    for (id, conn) in connections {
        let value = if json {
            pyjson::dumps(&as_dict(conn))
        } else {
            if conn
                .conn_type
                .as_deref()
                .is_some_and(|t| !t.is_empty() && !uri::is_scheme(t))
            {
                return Err(id.clone());
            }
            uri::write(conn)
        };
        out.push_str(id);
        out.push('=');
        out.push_str(&value);
        out.push('\n');
    }
    Ok(out)
}
