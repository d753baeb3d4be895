//! `diff`: `migrate`'s sources against the deployment, per item and per field, read in bulk
//! through the inventory; values only with `--reveal`, and then on stdout.

use std::collections::{HashMap, HashSet};

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use super::migrate::sources::{self, Item};
use super::{Ctx, Output, Storage, core_reading};
use crate::airflow::naming::Kind;
use crate::cli::DiffArgs;
use crate::error::{ExitStatus, Result};
use crate::inventory::{self, Entry, Held};
use crate::output::{Block, Render};
use crate::plan::{self, Action, Current, IfExists};

/// One item's difference; `values` holds (field, old, new) only with `--reveal`.
struct Row {
    kind: Kind,
    key: String,
    secret_name: String,
    status: &'static str,
    fields: Vec<&'static str>,
    /// `--compat` consumers whose keys a write would add.
    consumers: Vec<&'static str>,
    values: Vec<(&'static str, Option<String>, Option<String>)>,
    note: Option<String>,
}

struct DiffResult(Vec<Row>);

impl Render for DiffResult {
    fn json(&self) -> Value {
        let items: Vec<Value> = self
            .0
            .iter()
            .map(|r| {
                let mut v = json!({"kind": r.kind.name(), "key": r.key,
                    "secret_name": r.secret_name, "status": r.status, "fields": r.fields});
                if !r.values.is_empty() {
                    v["values"] = r
                        .values
                        .iter()
                        .map(|(f, old, new)| ((*f).to_owned(), json!({"old": old, "new": new})))
                        .collect::<serde_json::Map<_, _>>()
                        .into();
                }
                if !r.consumers.is_empty() {
                    v["consumers_added"] = json!(r.consumers);
                }
                if let Some(note) = &r.note {
                    v["note"] = json!(note);
                }
                v
            })
            .collect();
        json!({ "items": items })
    }

    fn human(&self) -> Vec<Block> {
        let changes = self.0.iter().filter(|r| r.status != "unchanged").count();
        let mut rows = Vec::new();
        for r in self.0.iter().filter(|r| r.status != "unchanged") {
            rows.push(vec![
                r.status.to_owned(),
                match r.kind {
                    Kind::Connection => "conn",
                    _ => "var",
                }
                .to_owned(),
                r.key.clone(),
                r.note.clone().unwrap_or_else(|| {
                    let keys = r.consumers.iter().map(|c| format!("{c} keys"));
                    let all: Vec<String> = r
                        .fields
                        .iter()
                        .map(|f| (*f).to_owned())
                        .chain(keys)
                        .collect();
                    all.join(", ")
                }),
            ]);
            for (field, old, new) in &r.values {
                let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "None".into());
                rows.push(vec![
                    String::new(),
                    String::new(),
                    format!("  {field}"),
                    format!("{} -> {}", shown(old), shown(new)),
                ]);
            }
        }
        let mut blocks = Vec::new();
        if !rows.is_empty() {
            blocks.push(Block::Table {
                headers: vec!["status", "kind", "key", "fields"],
                rows,
            });
        }
        blocks.push(Block::Status(format!(
            "{changes} of {} item(s) differ; {} unchanged",
            self.0.len(),
            self.0.len() - changes
        )));
        blocks
    }
}

/// The row for one item of the sources, given what the deployment holds.
fn row(
    ctx: &Ctx<'_>,
    args: &DiffArgs,
    storage: &Storage,
    item: &Item,
    now: Option<&Entry>,
) -> Result<Row> {
    let mut row = Row {
        kind: item.kind,
        key: item.key.clone(),
        secret_name: item.secret_name.clone(),
        status: "create",
        fields: Vec::new(),
        consumers: Vec::new(),
        values: Vec::new(),
        note: None,
    };
    let Some(new) = item.value.as_ref().map(ExposeSecret::expose_secret) else {
        row.status = "invalid";
        row.note.clone_from(&item.problem);
        return Ok(row);
    };
    let old = match now.map(|e| &e.held) {
        None | Some(Held::NotRead) => return Ok(row),
        Some(Held::Deleted) => {
            row.status = "scheduled_for_deletion";
            return Ok(row);
        }
        Some(Held::Unreadable(e)) => return Err(e.clone().into()),
        Some(Held::Binary) => None,
        Some(Held::Text(t)) => Some(t.as_str()),
    };
    let policy = IfExists::from(args.if_exists);
    (row.fields, row.consumers) = match item.kind {
        Kind::Connection => {
            let words = &ctx.settings.backend.extra_conn_words;
            let c = storage.changes(old.unwrap_or(""), new, words);
            (c.fields, c.consumers)
        }
        _ if old == Some(new) => (Vec::new(), Vec::new()),
        _ => (vec!["value"], Vec::new()),
    };
    row.status = if row.fields.is_empty() && row.consumers.is_empty() {
        "unchanged"
    } else {
        match plan::decide(new, Current::Value(old), policy) {
            Action::Update => "update",
            Action::Skip => "skip",
            _ => "conflict",
        }
    };
    if args.reveal {
        row.values = match item.kind {
            Kind::Connection => {
                let read = |t: &str| core_reading(ctx.settings, t);
                let (a, b) = (old.and_then(read), read(new));
                row.fields
                    .iter()
                    .map(|f| {
                        (
                            *f,
                            a.as_ref().and_then(|c| c.field(f)),
                            b.as_ref().and_then(|c| c.field(f)),
                        )
                    })
                    .collect()
            }
            _ => row
                .fields
                .iter()
                .map(|f| (*f, old.map(str::to_owned), Some(new.to_owned())))
                .collect(),
        };
    }
    Ok(row)
}

pub async fn run(ctx: &Ctx<'_>, args: &DiffArgs) -> Result<Output> {
    let settings = ctx.settings;
    let storage = Storage::new(args.format, &args.compat)?;
    let (items, kinds) = sources::read_sources(
        settings,
        &args.sources,
        &storage,
        args.max_file_size,
        "compare",
    )?;
    for w in items.iter().flat_map(|i| &i.warnings) {
        ctx.notes.warn(w.clone());
    }
    let named: HashSet<&str> = items.iter().map(|i| i.secret_name.as_str()).collect();
    let backend = &settings.backend;
    let entries = inventory::read(ctx.store, backend, &kinds, true, |kind, key| {
        named.contains(backend.secret_name(kind, key).as_str())
    })
    .await?;
    let by_name: HashMap<&str, &Entry> = entries
        .iter()
        .map(|e| (e.secret_name.as_str(), e))
        .collect();
    let mut rows = items
        .iter()
        .map(|i| {
            let now = by_name.get(i.secret_name.as_str()).copied();
            row(ctx, args, &storage, i, now)
        })
        .collect::<Result<Vec<_>>>()?;
    rows.extend(
        entries
            .iter()
            .filter(|e| e.deleted.is_none() && !named.contains(e.secret_name.as_str()))
            .map(|e| Row {
                kind: e.kind,
                key: e.key.clone(),
                secret_name: e.secret_name.clone(),
                status: "not-in-sources",
                fields: Vec::new(),
                consumers: Vec::new(),
                values: Vec::new(),
                note: None,
            }),
    );
    rows.sort_by(|a, b| (a.kind.name(), &a.key).cmp(&(b.kind.name(), &b.key)));
    let differs = rows.iter().any(|r| r.status != "unchanged");
    Ok(Output {
        body: Box::new(DiffResult(rows)),
        then: Ok(if args.exit_code && differs {
            ExitStatus::Failure
        } else {
            ExitStatus::Success
        }),
    })
}
