//! `list [variables|connections]`: names from ListSecrets with a name-prefix filter, all
//! pages; never a value.

use serde_json::json;

use super::{Ctx, Output};
use crate::airflow::naming::Kind;
use crate::cli::{ListArgs, ListKind};
use crate::error::Result;
use crate::output::{Block, Render, date};

/// One secret under a prefix.
struct Row {
    kind: Kind,
    key: String,
    secret_name: String,
    last_changed: Option<String>,
    note: String,
}

struct ListResult(Vec<Row>);

impl Render for ListResult {
    fn json(&self) -> serde_json::Value {
        let items: Vec<_> = self
            .0
            .iter()
            .map(|r| {
                json!({"kind": r.kind.name(), "key": r.key, "secret_name": r.secret_name,
                       "last_changed": r.last_changed,
                       "note": if r.note.is_empty() { None } else { Some(&r.note) }})
            })
            .collect();
        json!(items)
    }

    fn human(&self) -> Vec<Block> {
        let rows = self
            .0
            .iter()
            .map(|r| {
                vec![
                    r.kind.name().into(),
                    r.key.clone(),
                    r.secret_name.clone(),
                    r.last_changed.clone().unwrap_or_default(),
                    r.note.clone(),
                ]
            })
            .collect();
        vec![Block::Table {
            headers: vec!["kind", "key", "secret name", "last changed", "note"],
            rows,
        }]
    }
}

pub async fn run(ctx: &Ctx<'_>, args: &ListArgs) -> Result<Output> {
    let kinds: &[Kind] = match args.kind {
        Some(ListKind::Variables) => &[Kind::Variable],
        Some(ListKind::Connections) => &[Kind::Connection],
        None => &[Kind::Variable, Kind::Connection],
    };
    let backend = &ctx.settings.backend;
    let mut rows = Vec::new();
    for &kind in kinds {
        let Some(prefix) = backend.prefix(kind) else {
            ctx.notes.note(format!(
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
        for secret in ctx.store.list(&filter, args.include_deleted).await? {
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
            rows.push(Row {
                kind,
                key,
                secret_name: secret.name,
                last_changed: secret.last_changed.map(date),
                note: notes.join("; "),
            });
        }
    }
    Output::ok(ListResult(rows))
}
