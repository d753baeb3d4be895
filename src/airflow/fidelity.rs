//! The fidelity check: decode the exact text about to be stored as each reader will, and
//! name every field a reader would see differently from what was intended.

use super::connection::{Connection, Port, Reader};
use super::pyjson::{self, PyValue};
use super::secret_json::{self, ExtraConnWords, Lookup, Via};

/// One field one reader would see differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub reader: Reader,
    /// A field name, or `connection` when the reader cannot read it at all.
    pub field: &'static str,
    pub intended: String,
    pub read: String,
}

impl Difference {
    /// A reader that cannot read the secret at all (Airflow silently falls through).
    pub fn is_unreadable(&self) -> bool {
        self.field == "connection"
    }
}

fn shown(v: Option<&str>) -> String {
    match v {
        None => "None".into(),
        Some(s) => {
            let mut out = String::new();
            pyjson::dumps_str(s, &mut out);
            out
        }
    }
}

/// None and `""` are the same to every hook (`conn.host or default`), and the URI form
/// cannot tell them apart; everything else must match exactly.
fn same_text(a: Option<&str>, b: Option<&str>) -> bool {
    a.unwrap_or("") == b.unwrap_or("")
}

fn port_value(p: Option<&Port>) -> Option<i64> {
    p.and_then(|p| match p {
        Port::Int(n) => Some(*n),
        Port::Text(s) => s.trim().parse().ok(),
    })
}

/// `extra` compared as what hooks use: the parsed object when it is JSON, else the text.
fn extra_view(extra: Option<&str>) -> Result<PyValue, String> {
    match extra.filter(|e| !e.is_empty()) {
        None => Ok(PyValue::Dict(Vec::new())),
        Some(e) => pyjson::loads(e).map_err(|_| e.to_owned()),
    }
}

/// Every difference between `intended` and what each reader reads from `stored`.
/// The password's values are never put in a Difference.
pub fn check(intended: &Connection, stored: &str, words: &ExtraConnWords) -> Vec<Difference> {
    let mut out = Vec::new();
    for reader in Reader::ALL {
        let mut push = |field: &'static str, intended: String, read: String| {
            out.push(Difference {
                reader,
                field,
                intended,
                read,
            });
        };
        let read =
            match secret_json::read_connection(reader, Some(stored), words, Via::SecretsManager) {
                Lookup::Found(c) => c,
                Lookup::NotFound => {
                    push("connection", "a connection".into(), "not found".into());
                    continue;
                }
                Lookup::Swallowed(e) => {
                    push(
                        "connection",
                        "a connection".into(),
                        format!("unreadable ({} : {e})", e.python_class()),
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
            if !same_text(want, got) {
                if field == "password" {
                    push(field, "(hidden)".into(), "(a different value)".into());
                } else {
                    push(field, shown(want), shown(got));
                }
            }
        }
        let (want_port, got_port) = (
            port_value(intended.port.as_ref()),
            port_value(read.port.as_ref()),
        );
        if want_port != got_port {
            let p = |v: Option<i64>| v.map_or("None".into(), |n| n.to_string());
            push("port", p(want_port), p(got_port));
        }
        let (want_extra, got_extra) = (
            extra_view(intended.extra.as_deref()),
            extra_view(read.extra.as_deref()),
        );
        if want_extra != got_extra {
            let e = |v: &Result<PyValue, String>| match v {
                Ok(v) => pyjson::dumps(v),
                Err(raw) => shown(Some(raw)),
            };
            push("extra", e(&want_extra), e(&got_extra));
        }
        if let Some(d) = intended.description.as_deref().filter(|d| !d.is_empty()) {
            push(
                "description",
                shown(Some(d)),
                "None (the backend never reads it)".into(),
            );
        }
    }
    out
}
