//! `list [variables|connections]`: names from ListSecrets with a name-prefix filter, all
//! pages; never a value.

use serde_json::json;

use crate::airflow::naming::Kind;
use crate::cli::{ListArgs, ListKind};
use crate::error::{ExitStatus, Result};
use crate::output::{Printer, date};
use crate::settings::Settings;
use crate::store::SecretStore;

pub async fn run(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    args: &ListArgs,
) -> Result<ExitStatus> {
    let kinds: &[Kind] = match args.kind {
        Some(ListKind::Variables) => &[Kind::Variable],
        Some(ListKind::Connections) => &[Kind::Connection],
        None => &[Kind::Variable, Kind::Connection],
    };
    let backend = &settings.backend;
    let mut rows = Vec::new();
    for &kind in kinds {
        let Some(prefix) = backend.prefix(kind) else {
            printer.note(&format!(
                "the {} prefix is null: Airflow never looks {}s up",
                kind.name(),
                kind.name()
            ));
            continue;
        };
        let filter = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix}{}", backend.sep)
        };
        for secret in store.list(&filter, args.include_deleted).await? {
            let Some(key) = backend.key_of(kind, &secret.name) else {
                continue;
            };
            let mut notes = Vec::new();
            if let Some(when) = secret.deleted {
                notes.push(format!("scheduled for deletion on {}", date(when)));
            }
            if let Err(why) = backend.lookup(kind, &key) {
                notes.push(why.to_string());
            }
            rows.push((
                kind,
                key,
                secret.name,
                secret.last_changed.map(date),
                notes.join("; "),
            ));
        }
    }
    if printer.is_json() {
        let items: Vec<_> = rows
            .iter()
            .map(|(kind, key, name, changed, note)| {
                json!({"kind": kind.name(), "key": key, "secret_name": name, "last_changed": changed,
                       "note": if note.is_empty() { None } else { Some(note) }})
            })
            .collect();
        printer.json(&json!(items));
    } else {
        let table: Vec<Vec<String>> = rows
            .into_iter()
            .map(|(kind, key, name, changed, note)| {
                vec![
                    kind.name().into(),
                    key,
                    name,
                    changed.unwrap_or_default(),
                    note,
                ]
            })
            .collect();
        printer.table(
            &["kind", "key", "secret name", "last changed", "note"],
            &table,
        );
    }
    Ok(ExitStatus::Success)
}
