//! One module per command. Each takes resolved settings, the store and the printer, and
//! returns the exit status; nothing here touches SDK builders.

pub mod delete;
pub mod generate;
pub mod get;
pub mod input;
pub mod list;
pub mod migrate;
pub mod put_connection;
pub mod put_variable;

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::airflow::naming::{self, Kind};
use crate::airflow::{Connection, fidelity, secret_json, uri};
use crate::cli::{StoreFormat, WriteArgs};
use crate::error::{Error, ExitStatus, Result};
use crate::output::Printer;
use crate::plan::{self, Action, Current, IfExists, Outcome};
use crate::settings::Settings;
use crate::store::{NewSecret, SecretStore, StoreError};

/// Secrets Manager's SecretString limit.
pub const MAX_VALUE_BYTES: usize = 65_536;

/// The secret name for a key, refused before any call when Secrets Manager cannot hold it;
/// warnings where Airflow would never look it up.
pub fn secret_name_for(
    settings: &Settings,
    kind: Kind,
    key: &str,
) -> Result<(String, Vec<String>)> {
    let name = settings.backend.secret_name(kind, key);
    naming::validate_secret_name(&name).map_err(|e| {
        Error::usage(format!(
            "{} `{key}` cannot be stored as `{}`: {e}",
            kind.name(),
            crate::output::escape(&name)
        ))
    })?;
    let mut warnings = Vec::new();
    if let Err(why) = settings.backend.lookup(kind, key) {
        warnings.push(format!("{} `{key}`: {why}", kind.name()));
    }
    if naming::looks_like_arn_suffix(&name) {
        warnings.push(format!(
            "`{name}` ends in `-` and six characters, like an ARN's random suffix: AWS may resolve a partial ARN to the wrong secret"
        ));
    }
    Ok((name, warnings))
}

/// Prints warnings; with `--strict` any warning refuses the command (nothing written).
pub fn check_warnings(settings: &Settings, printer: &Printer, warnings: &[String]) -> Result<()> {
    for w in warnings {
        printer.warn(w);
    }
    if settings.strict && !warnings.is_empty() {
        return Err(Error::usage(format!(
            "refusing to write: {} warning(s) and `--strict`",
            warnings.len()
        )));
    }
    Ok(())
}

/// A value Secrets Manager can hold: non-empty, at most 65,536 bytes.
pub fn check_value_size(what: &str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Err(Error::usage(format!(
            "{what}: the value is empty, and Secrets Manager cannot store an empty string"
        )));
    }
    if value.len() > MAX_VALUE_BYTES {
        return Err(Error::usage(format!(
            "{what}: the value is {} bytes; Secrets Manager holds at most {MAX_VALUE_BYTES}",
            value.len()
        )));
    }
    Ok(())
}

/// The exact SecretString for a connection in the chosen form, with one warning per field
/// that some reader would see differently (naming every such reader). Err when Airflow
/// could not read it at all.
pub fn stored_connection(
    settings: &Settings,
    conn: &Connection,
    format: StoreFormat,
    what: &str,
) -> Result<(String, Vec<String>), String> {
    let stored = match format {
        StoreFormat::Uri => {
            if let Some(t) = conn
                .conn_type
                .as_deref()
                .filter(|t| !t.is_empty() && !uri::is_scheme(t))
            {
                return Err(format!(
                    "conn_type `{}` cannot be a URI scheme, so Airflow would misread every field (store it with `--format json`)",
                    crate::output::escape(t)
                ));
            }
            uri::write(conn)
        }
        StoreFormat::Json => secret_json::write(conn),
    };
    let mut grouped: Vec<(&str, String, String, Vec<&str>)> = Vec::new();
    for d in fidelity::check(conn, &stored, &settings.backend.extra_conn_words) {
        if d.is_unreadable() {
            return Err(format!(
                "{} cannot read the stored form ({}); Airflow would silently fall back to another secrets backend",
                d.reader.describe(),
                d.read
            ));
        }
        // The description is never read by the backend; callers keep it elsewhere.
        if d.field == "description" {
            continue;
        }
        match grouped
            .iter_mut()
            .find(|g| g.0 == d.field && g.1 == d.intended && g.2 == d.read)
        {
            Some(g) => g.3.push(d.reader.describe()),
            None => grouped.push((d.field, d.intended, d.read, vec![d.reader.describe()])),
        }
    }
    let warnings = grouped
        .into_iter()
        .map(|(field, intended, read, readers)| {
            format!(
                "{what}: `{field}` reads as {read} in {} (intended {intended})",
                readers.join(", ")
            )
        })
        .collect();
    Ok((stored, warnings))
}

/// Parses `--tag KEY=VALUE` flags.
pub fn parse_tags(tags: &[String]) -> Result<Vec<(String, String)>> {
    tags.iter()
        .map(|t| match t.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_owned(), v.to_owned())),
            _ => Err(Error::usage(format!("`--tag {t}` must be KEY=VALUE"))),
        })
        .collect()
}

/// What `put-*` needs to write one secret.
pub struct Upsert<'a> {
    pub name: &'a str,
    pub value: &'a SecretString,
    pub description: Option<&'a str>,
    pub write: &'a WriteArgs,
}

/// Create-or-update: an identical value is not written; a name scheduled for deletion is
/// restored only with `--restore`.
pub async fn upsert(store: &SecretStore, printer: &Printer, u: &Upsert<'_>) -> Result<Outcome> {
    let tags = parse_tags(&u.write.tags)?;
    let current = match store.get(u.name).await {
        Err(StoreError::ScheduledForDeletion { name, .. }) if u.write.restore => {
            store.restore(&name).await?;
            printer.status(&format!("restored `{name}`"));
            store.get(u.name).await?
        }
        other => other?,
    };
    let state = match &current {
        None => Current::Absent,
        Some(c) => Current::Value(c.string.as_ref().map(ExposeSecret::expose_secret)),
    };
    let action = plan::decide(u.value.expose_secret(), state, IfExists::Overwrite);
    if action != Action::Create
        && (u.description.is_some() || !tags.is_empty() || u.write.kms_key_id.is_some())
    {
        printer.note(&format!(
            "`{}` exists: the description, tags and KMS key apply only when a secret is created",
            u.name
        ));
    }
    match action {
        Action::Unchanged => Ok(Outcome::Unchanged),
        Action::Update => {
            store.put(u.name, u.value, None).await?;
            Ok(Outcome::Updated)
        }
        Action::Create => {
            let new = NewSecret {
                name: u.name,
                value: u.value,
                description: u.description,
                tags: &tags,
                kms_key_id: u.write.kms_key_id.as_deref(),
                token: None,
            };
            match store.create(&new).await {
                Ok(_) => Ok(Outcome::Created),
                // Created by someone else since we looked: update it instead.
                Err(StoreError::Exists { .. }) => {
                    store.put(u.name, u.value, None).await?;
                    Ok(Outcome::Updated)
                }
                Err(e) => Err(e.into()),
            }
        }
        Action::Conflict | Action::Skip | Action::Blocked => {
            Err(Error::failure("unexpected plan for an overwrite"))
        }
    }
}

/// The result of `put-*` and `delete`, as a table row or PRODUCT.md's JSON.
pub fn print_write_result(
    printer: &Printer,
    kind: Kind,
    key: &str,
    name: &str,
    outcome: Outcome,
    warnings: &[String],
) {
    if printer.is_json() {
        printer.json(&json!({
            "kind": kind.name(),
            "key": key,
            "secret_name": name,
            "outcome": outcome.as_str(),
            "warnings": warnings,
        }));
    } else {
        printer.table(
            &["outcome", "kind", "key", "secret name"],
            &[vec![
                outcome.as_str().to_owned(),
                kind.name().to_owned(),
                key.to_owned(),
                name.to_owned(),
            ]],
        );
    }
}

/// Confirmation for destructive commands: a prompt when interactive, else `--yes`.
pub fn confirm(settings: &Settings, question: &str) -> Result<()> {
    if settings.yes {
        return Ok(());
    }
    if !settings.interactive {
        return Err(
            Error::usage(format!("{question}: refusing without confirmation"))
                .hint("pass `--yes` when not running interactively"),
        );
    }
    let ok = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::failure(format!("cannot ask for confirmation: {e}")))?;
    if ok {
        Ok(())
    } else {
        Err(Error::new(
            ExitStatus::Usage,
            "cancelled; nothing was changed",
        ))
    }
}
