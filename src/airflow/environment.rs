//! Airflow's environment-variables backend (airflow-semantics.md §e): the names it looks up,
//! and a value it reads exactly as the secrets backend reads a stored secret.
//!
//! The two backends do not read the same text the same way: the environment backend hands a
//! JSON value to plain `from_json` (no alias keys: `user` is a TypeError), where the secrets
//! backend standardises JSON first. So the stored text is not always the right environment
//! value; this module tries a URI (the stored one, else ours), then the stored JSON, then our
//! JSON, and keeps the first that every reader reads field for field as it reads the stored
//! secret.

use super::connection::{Connection, FIELDS, Reader};
use super::secret_json::{self, ExtraConnWords, Via};
use super::uri;

/// `AIRFLOW_VAR_` and the key upper-cased as Python's `str.upper()` does (Rust's
/// `to_uppercase` applies the same unconditional mappings: `ß` becomes `SS`).
pub fn variable_name(key: &str) -> String {
    format!("AIRFLOW_VAR_{}", key.to_uppercase())
}

/// `AIRFLOW_CONN_` and the connection id upper-cased.
pub fn connection_name(conn_id: &str) -> String {
    format!("AIRFLOW_CONN_{}", conn_id.to_uppercase())
}

/// Why a connection cannot be given through the environment as the backend gives it.
#[derive(Debug, PartialEq)]
pub enum EnvError {
    /// The secrets backend itself reads nothing from it (so it gives nothing either).
    Unreadable,
    /// No environment value reads the same: these fields would read differently.
    NoExactForm(Vec<&'static str>),
}

impl std::fmt::Display for EnvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EnvError::Unreadable => f.write_str(
                "Airflow's secrets backend cannot read it (`airsecrets doctor` says why)",
            ),
            EnvError::NoExactForm(fields) => write!(
                f,
                "no environment value reads as the secrets backend reads it ({} would differ)",
                fields.join(", ")
            ),
        }
    }
}

fn read(reader: Reader, text: &str, words: &ExtraConnWords, via: Via) -> Option<Connection> {
    secret_json::read_connection(reader, Some(text), words, via).found()
}

/// The fields some reader reads differently through the environment from `candidate` than
/// through the secrets backend from the stored secret: compared exactly (`""` is not None, a
/// port `"5432"` is not 5432), as a hook would see them.
fn differing(
    candidate: &str,
    backend: &[(Reader, Connection)],
    words: &ExtraConnWords,
) -> Vec<&'static str> {
    FIELDS
        .into_iter()
        .filter(|f| {
            backend.iter().any(|(r, want)| {
                read(*r, candidate, words, Via::EnvVar).is_none_or(|got| {
                    got.field(f) != want.field(f) || (*f == "port" && got.port != want.port)
                })
            })
        })
        .collect()
}

/// The environment value for a stored connection secret that every reader reads as the
/// secrets backend reads the secret.
pub fn connection_value(stored: &str, words: &ExtraConnWords) -> Result<String, EnvError> {
    let mut backend = Vec::new();
    for reader in Reader::ALL {
        match read(reader, stored, words, Via::SecretsManager) {
            Some(c) => backend.push((reader, c)),
            None if reader == Reader::Core => return Err(EnvError::Unreadable),
            // Another reader fails where core reads it: the environment cannot reproduce a
            // failure for one reader only, so no form is exact.
            None => return Err(EnvError::NoExactForm(vec!["connection"])),
        }
    }
    let core = &backend[0].1;
    // A URI is what every Airflow version reads from the environment (JSON only since 2.3),
    // so it comes first: the stored URI as it is, else ours; then JSON.
    let uri_ok = core
        .conn_type
        .as_deref()
        .is_none_or(|t| t.is_empty() || uri::is_scheme(t));
    let stored_is_uri = !secret_json::py_strip(stored).starts_with('{');
    let mut candidates = Vec::new();
    if stored_is_uri {
        candidates.push(stored.to_owned());
    }
    if uri_ok {
        candidates.push(uri::write(core));
    }
    if !stored_is_uri {
        candidates.push(stored.to_owned());
    }
    candidates.push(secret_json::write(core));
    let mut fewest: Option<Vec<&'static str>> = None;
    for candidate in candidates {
        let diff = differing(&candidate, &backend, words);
        if diff.is_empty() {
            return Ok(candidate);
        }
        if fewest.as_ref().is_none_or(|f| diff.len() < f.len()) {
            fewest = Some(diff);
        }
    }
    Err(EnvError::NoExactForm(fewest.unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> ExtraConnWords {
        ExtraConnWords::default()
    }

    #[test]
    fn a_uri_secret_is_given_as_stored() {
        let stored = "postgres://u:p%40ss@db.internal:5432/sales?sslmode=require";
        assert_eq!(connection_value(stored, &words()).unwrap(), stored);
    }

    #[test]
    fn alias_keys_are_rewritten_because_the_environment_backend_has_none() {
        // `user` and `engine` are aliases only the secrets backend knows.
        let stored = r#"{"engine": "postgres", "user": "app", "password": "pw", "host": "db", "extra": "{\"a\": 1}"}"#;
        let value = connection_value(stored, &words()).unwrap();
        assert_ne!(value, stored);
        let want = read(Reader::Core, stored, &words(), Via::SecretsManager).unwrap();
        for reader in Reader::ALL {
            let got = read(reader, &value, &words(), Via::EnvVar).unwrap();
            for f in FIELDS {
                assert_eq!(got.field_as_read(f), want.field_as_read(f), "{f}");
            }
        }
    }

    #[test]
    fn an_empty_login_is_not_given_as_none() {
        // A URI cannot say `""` for a login next to a password; JSON can.
        let stored = r#"{"conn_type": "http", "login": "", "password": "pw", "host": "h"}"#;
        let value = connection_value(stored, &words()).unwrap();
        let got = read(Reader::Core, &value, &words(), Via::EnvVar).unwrap();
        assert_eq!(got.login.as_deref(), Some(""));
    }

    #[test]
    fn what_the_backend_cannot_read_is_refused() {
        assert_eq!(
            connection_value("{not json", &words()),
            Err(EnvError::Unreadable)
        );
    }

    #[test]
    fn names_are_upper_cased_as_python_does() {
        assert_eq!(variable_name("straße"), "AIRFLOW_VAR_STRASSE");
        assert_eq!(connection_name("pg-main.v2"), "AIRFLOW_CONN_PG-MAIN.V2");
    }
}
