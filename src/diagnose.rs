//! What can go wrong with a secret under the prefixes, judged as each of Airflow's readers
//! would read it (Airflow swallows a secret it cannot read and falls back to the next
//! backend, so none of this shows until a task fails). Pure: inventory entries and settings
//! in, findings out; `doctor` is a thin command over it. Findings name fields and keys,
//! never values.

use serde::Serialize;

use crate::airflow::compat;
use crate::airflow::connection::FIELDS;
use crate::airflow::naming::{self, Kind};
use crate::airflow::secret_json::{self, Lookup, Via};
use crate::airflow::{Connection, Reader};
use crate::inventory::{Entry, Held};
use crate::output::date;
use crate::settings::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Airflow does not get the value.
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: &'static str,
    pub key: String,
    pub secret_name: String,
    pub code: &'static str,
    pub severity: Severity,
    pub readers: Vec<&'static str>,
    pub message: String,
    pub hint: String,
}

fn put_command(kind: Kind, key: &str) -> String {
    match kind {
        Kind::Connection => format!("airsecrets put-connection {key} --uri -"),
        _ => format!("airsecrets put-variable {key} -"),
    }
}

/// The findings for one secret.
pub fn entry(settings: &Settings, e: &Entry) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut find = |code, severity, readers: Vec<&'static str>, message: String, hint: String| {
        out.push(Finding {
            kind: e.kind.name(),
            key: e.key.clone(),
            secret_name: e.secret_name.clone(),
            code,
            severity,
            readers,
            message,
            hint,
        });
    };
    let all: Vec<&'static str> = Reader::ALL.iter().map(|r| r.name()).collect();
    if naming::looks_like_arn_suffix(&e.secret_name) {
        find(
            "arn-suffix",
            Severity::Info,
            Vec::new(),
            "the name ends in `-` and six characters, like an ARN's random suffix: AWS may resolve a partial ARN to it".into(),
            "rename the key".into(),
        );
    }
    // Never looked up: what it holds does not matter to Airflow.
    if let Err(why) = settings.backend.lookup(e.kind, &e.key) {
        find(
            "never-looked-up",
            Severity::Warning,
            all,
            why.to_string(),
            "change the lookup pattern in the backend kwargs, or store it under a key that matches"
                .into(),
        );
        return out;
    }
    let text = match &e.held {
        Held::Deleted => {
            let when = e.deleted.map(date).unwrap_or_default();
            find(
                "pending-deletion",
                Severity::Warning,
                all.clone(),
                format!("scheduled for deletion {when}: Airflow no longer finds it"),
                format!(
                    "restore it with `airsecrets restore {} {}`, or let it go",
                    e.kind.name(),
                    e.key
                ),
            );
            return out;
        }
        Held::Binary => {
            find(
                "binary",
                Severity::Error,
                all.clone(),
                "it holds only SecretBinary, which Airflow reads as not found".into(),
                format!("store it as a string: `{}`", put_command(e.kind, &e.key)),
            );
            return out;
        }
        Held::Unreadable(err) => {
            find(
                "unreadable",
                Severity::Error,
                all.clone(),
                format!("its value could not be read: {err}"),
                "check the caller's permissions (`airsecrets iam-policy --for admin`)".into(),
            );
            return out;
        }
        Held::NotRead => return out,
        Held::Text(t) => t,
    };
    if e.kind != Kind::Connection {
        return out;
    }
    let words = &settings.backend.extra_conn_words;
    let mut readings: Vec<(Reader, Connection)> = Vec::new();
    let mut unreadable: Vec<&'static str> = Vec::new();
    for reader in Reader::ALL {
        match secret_json::read_connection(reader, Some(text), words, Via::SecretsManager) {
            Lookup::Found(c) => readings.push((reader, c)),
            Lookup::NotFound | Lookup::Swallowed(_) => unreadable.push(reader.name()),
        }
    }
    if !unreadable.is_empty() {
        let why = Reader::ALL
            .into_iter()
            .find_map(|r| {
                match secret_json::read_connection(r, Some(text), words, Via::SecretsManager) {
                    Lookup::Swallowed(e) => Some(format!("{} ({})", e, e.python_class())),
                    Lookup::NotFound => Some("it is empty".into()),
                    Lookup::Found(_) => None,
                }
            })
            .unwrap_or_default();
        find(
            "unreadable",
            Severity::Error,
            unreadable,
            format!("Airflow cannot read it and silently falls back to the next backend: {why}"),
            format!("rewrite it: `{}`", put_command(e.kind, &e.key)),
        );
    }
    if let Some((_, first)) = readings.first() {
        let mut differ: Vec<&'static str> = Vec::new();
        let mut readers: Vec<&'static str> = Vec::new();
        for (reader, c) in &readings[1..] {
            for name in &FIELDS {
                if first.field_as_read(name) != c.field_as_read(name) {
                    if !differ.contains(name) {
                        differ.push(name);
                    }
                    if !readers.contains(&reader.name()) {
                        readers.push(reader.name());
                    }
                }
            }
        }
        if !differ.is_empty() {
            readers.insert(0, readings[0].0.name());
            find(
                "readers-disagree",
                Severity::Warning,
                readers,
                format!(
                    "{} read(s) differently by the readers (`airsecrets get conn {} --reveal` shows how)",
                    differ.join(", "),
                    e.key
                ),
                format!(
                    "rewrite it so that every reader reads the same: `airsecrets get conn {0} --as json | airsecrets put-connection {0} --json - --format json`",
                    e.key
                ),
            );
        }
    }
    // Keys another consumer reads (`--compat`) while Airflow reads the same values under its
    // own keys are not lost: only the rest is.
    let served: Vec<&str> = compat::serves(text, words)
        .into_iter()
        .flat_map(|c| c.keys().iter().copied())
        .collect();
    let dropped: Vec<String> = secret_json::dropped_keys(text, words)
        .into_iter()
        .filter(|k| !served.contains(&k.as_str()))
        .collect();
    if !dropped.is_empty() {
        let only_description = dropped.iter().all(|k| k == "description");
        let shown: Vec<String> = dropped.iter().map(|k| format!("`{k}`")).collect();
        // The database-name keys of RDS (`dbname`) and Datagrok (`db`) that Airflow could read
        // as `schema` if told to (apache/airflow #17448).
        let schema_words: Vec<&str> = dropped
            .iter()
            .map(String::as_str)
            .filter(|k| matches!(*k, "dbname" | "db"))
            .collect();
        find(
            "dropped-keys",
            if only_description {
                Severity::Info
            } else {
                Severity::Warning
            },
            all,
            format!(
                "the backend drops key(s) {} of this JSON secret",
                shown.join(", ")
            ),
            if schema_words.is_empty() {
                "move them into `extra`, or name them in `extra_conn_words`".into()
            } else {
                format!(
                    "add `\"extra_conn_words\": {{\"schema\": [{}]}}` to the backend kwargs, or give Airflow the database name as `schema` and keep the other reader's keys: `airsecrets put-connection {} --merge --schema DBNAME --compat {}`",
                    schema_words
                        .iter()
                        .map(|w| format!("\"{w}\""))
                        .collect::<Vec<_>>()
                        .join(", "),
                    e.key,
                    if schema_words.contains(&"dbname") {
                        "rds"
                    } else {
                        "datagrok"
                    }
                )
            },
        );
    }
    out
}

/// Findings about the settings themselves, given what is under the prefixes.
pub fn settings(
    settings: &Settings,
    env: &std::collections::BTreeMap<String, String>,
    entries: &[Entry],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut find = |severity, message: String, hint: String| {
        out.push(Finding {
            kind: "settings",
            key: String::new(),
            secret_name: String::new(),
            code: "settings",
            severity,
            readers: Vec::new(),
            message,
            hint,
        });
    };
    if env.contains_key("AIRFLOW__SECRETS__BACKEND_KWARG__EXTRA_CONN_WORDS") {
        find(
            Severity::Error,
            "AIRFLOW__SECRETS__BACKEND_KWARG__EXTRA_CONN_WORDS reaches Airflow as a string, so Airflow reads no JSON connection secret".into(),
            "set `extra_conn_words` inside AIRFLOW__SECRETS__BACKEND_KWARGS instead".into(),
        );
    }
    for name in [
        "AIRFLOW__WORKERS__SECRETS_BACKEND",
        "AIRFLOW__WORKERS__SECRETS_BACKEND_KWARGS",
    ] {
        if env.get(name).is_some_and(|v| !v.is_empty()) {
            find(
                Severity::Warning,
                format!(
                    "{name} is set: Airflow 3 tasks read their secrets there, not under these prefixes"
                ),
                "check that the workers' settings name the same backend and prefixes".into(),
            );
        }
    }
    for kind in [Kind::Variable, Kind::Connection] {
        if settings.backend.prefix(kind).is_none() {
            find(
                Severity::Info,
                format!(
                    "the {} prefix is null: Airflow never looks {}s up in Secrets Manager",
                    kind.name(),
                    kind.name()
                ),
                String::new(),
            );
            continue;
        }
        let live: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.kind == kind && e.deleted.is_none())
            .collect();
        if settings.backend.pattern(kind).is_some()
            && !live.is_empty()
            && live
                .iter()
                .all(|e| settings.backend.lookup(kind, &e.key).is_err())
        {
            find(
                Severity::Warning,
                format!(
                    "the {} lookup pattern excludes every {} under the prefix",
                    kind.name(),
                    kind.name()
                ),
                "check the pattern: Airflow looks none of them up".into(),
            );
        }
    }
    out
}
