//! The fidelity check: decode the exact text about to be stored as each reader will, and
//! name every field a reader would see differently from what was intended.
//!
//! A difference names the field (and for `extra` its keys) and the kind of change, never a
//! value: its text goes into warnings, and a field may hold a secret.

use super::connection::{Connection, Port, Reader};
use super::pyjson::{self, PyValue};
use super::secret_json::{self, ExtraConnWords, Lookup, Via};

/// One field one reader would see differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub reader: Reader,
    /// A field name, or `connection` when the reader cannot read it at all.
    pub field: &'static str,
    /// What changes, in words that hold no value of the field.
    pub change: String,
}

impl Difference {
    /// A reader that cannot read the secret at all (Airflow silently falls through).
    pub fn is_unreadable(&self) -> bool {
        self.field == "connection"
    }
}

/// How a text field changed, without saying what it holds.
fn text_change(want: Option<&str>, got: Option<&str>) -> String {
    match (want, got) {
        (Some(_), None) => "is lost (reads as None)".into(),
        (None, Some("")) => "reads as an empty string instead of None".into(),
        (Some("") | None, Some(_)) => "reads as a value where none was given".into(),
        (Some(a), Some(b)) if a.to_lowercase() == b.to_lowercase() => {
            "reads in different letter case".into()
        }
        _ => "reads as a different value".into(),
    }
}

fn port_value(p: Option<&Port>) -> Option<i64> {
    p.and_then(|p| match p {
        Port::Int(n) => Some(*n),
        Port::Text(s) => s.trim().parse().ok(),
    })
}

/// The keys of two extras whose values differ (values are never named), or a description of
/// a change that is in the text alone.
fn extra_change(want: &str, got: &str) -> String {
    let parse = |t: &str| match pyjson::loads(t) {
        Ok(PyValue::Dict(d)) => Some(d),
        _ => None,
    };
    let (Some(a), Some(b)) = (parse(want), parse(got)) else {
        return if want.is_empty() || got.is_empty() {
            text_change(
                (!want.is_empty()).then_some(want),
                (!got.is_empty()).then_some(got),
            )
        } else {
            "reads as different text".into()
        };
    };
    let mut keys: Vec<String> = Vec::new();
    for (k, v) in &a {
        let same = b.iter().find(|(k2, _)| k2 == k).is_some_and(|(_, v2)| {
            v2 == v || matches!((v, v2), (PyValue::Float(x), PyValue::Float(y)) if x.is_nan() && y.is_nan())
        });
        if !same {
            keys.push(format!("`{k}`"));
        }
    }
    for (k, _) in &b {
        if !a.iter().any(|(k2, _)| k2 == k) {
            keys.push(format!("`{k}`"));
        }
    }
    if keys.is_empty() {
        "holds the same keys and values, but as different text (spacing, order or escaping)".into()
    } else {
        format!("differs in key(s) {}", keys.join(", "))
    }
}

/// Where the stored form cannot hold None apart from `""`: a URI reads host, schema and
/// conn_type as `""` when absent, and a login as `""` when there is a password;
/// `from_json` drops a falsy conn_type; Airflow's core classes turn an empty password into
/// None whatever the form.
fn empty_is_none(field: &str, stored_is_uri: bool, has_password: bool) -> bool {
    matches!(field, "password" | "conn_type")
        || (stored_is_uri
            && (matches!(field, "host" | "schema") || (field == "login" && has_password)))
}

/// Every difference between `intended` and what each reader reads from `stored`.
/// `extra` is compared as text, byte for byte: `conn.extra` is what Airflow stores and hands
/// to hooks, and `extra_dejson` being equal is not enough.
pub fn check(intended: &Connection, stored: &str, words: &ExtraConnWords) -> Vec<Difference> {
    let stored_is_uri = !secret_json::py_strip(stored).starts_with('{');
    let mut out = Vec::new();
    for reader in Reader::ALL {
        let mut push = |field: &'static str, change: String| {
            out.push(Difference {
                reader,
                field,
                change,
            });
        };
        let read =
            match secret_json::read_connection(reader, Some(stored), words, Via::SecretsManager) {
                Lookup::Found(c) => c,
                Lookup::NotFound => {
                    push("connection", "finds no connection".into());
                    continue;
                }
                Lookup::Swallowed(e) => {
                    push(
                        "connection",
                        format!("cannot read it ({}: {e})", e.python_class()),
                    );
                    continue;
                }
            };
        let texts: [(&'static str, Option<&str>, Option<&str>); 5] = [
            (
                "conn_type",
                intended.conn_type.as_deref(),
                read.conn_type.as_deref(),
            ),
            ("host", intended.host.as_deref(), read.host.as_deref()),
            ("login", intended.login.as_deref(), read.login.as_deref()),
            ("schema", intended.schema.as_deref(), read.schema.as_deref()),
            ("password", intended.password_str(), read.password_str()),
        ];
        for (field, want, got) in texts {
            let has_password = intended.password_str().is_some_and(|p| !p.is_empty());
            let (want, got) = if empty_is_none(field, stored_is_uri, has_password) {
                (
                    want.filter(|s| !s.is_empty()),
                    got.filter(|s| !s.is_empty()),
                )
            } else {
                (want, got)
            };
            if want == got {
                continue;
            }
            let change = match (field, want, got) {
                ("conn_type", Some(w), Some(g))
                    if super::uri::normalize_conn_type(&w.to_lowercase())
                        == g.to_lowercase() =>
                {
                    "is normalised by Airflow (`postgresql` becomes `postgres`, `-` becomes `_`, URI schemes are lowercase)".into()
                }
                _ => text_change(want, got),
            };
            push(field, change);
        }
        let (want_port, got_port) = (
            port_value(intended.port.as_ref()),
            port_value(read.port.as_ref()),
        );
        if want_port != got_port {
            let change = match (want_port, got_port) {
                (Some(0), None) => "0 is dropped: Airflow reads no port",
                (Some(_), None) => "is lost (reads as None)",
                (None, Some(_)) => "reads as a value where none was given",
                _ => "reads as a different value",
            };
            push("port", change.into());
        }
        let want_extra = intended.extra.as_deref().unwrap_or("");
        let got_extra = read.extra.as_deref().unwrap_or("");
        if want_extra != got_extra {
            push("extra", extra_change(want_extra, got_extra));
        }
        if intended
            .description
            .as_deref()
            .is_some_and(|d| !d.is_empty())
        {
            push("description", "is never read by the backend".into());
        }
    }
    out
}

/// The fields some reader reads differently from `new` than from `old` (both stored
/// SecretStrings): `extra` by its raw text. Empty when every reader reads the same: writing
/// `new` over `old` would change nothing Airflow sees. Names only; values are never shown.
pub fn reading_changes(old: &str, new: &str, words: &ExtraConnWords) -> Vec<&'static str> {
    let read = |reader, text: &str| {
        secret_json::read_connection(reader, Some(text), words, Via::SecretsManager).found()
    };
    let readings: Vec<_> = Reader::ALL
        .into_iter()
        .map(|r| (read(r, old), read(r, new)))
        .collect();
    super::connection::FIELDS
        .into_iter()
        .filter(|f| {
            readings.iter().any(|pair| match pair {
                (Some(a), Some(b)) => a.field_as_read(f) != b.field_as_read(f),
                (None, None) => false,
                _ => true,
            })
        })
        .collect()
}
