//! `rollback variable KEY` / `rollback connection CONN_ID [--to VERSION_ID]`: moves AWSCURRENT
//! back to an earlier version with UpdateSecretVersionStage (Secrets Manager labels the version
//! it leaves AWSPREVIOUS), after showing what each Airflow reader will read.

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use super::get::{Field, fields};
use super::history::{existing_target, newest_first};
use super::{Ctx, Output, check_warnings, confirm};
use crate::airflow::Reader;
use crate::airflow::connection::FIELDS;
use crate::airflow::fidelity;
use crate::airflow::naming::Kind;
use crate::airflow::secret_json::{self, Lookup, Via};
use crate::cli::RollbackArgs;
use crate::error::{Error, Result};
use crate::output::{Block, Render, date};
use crate::plan::Outcome;
use crate::store::VersionInfo;
use crate::validate::Target;

pub async fn run(ctx: &Ctx<'_>, args: &RollbackArgs) -> Result<Output> {
    let (kind, key) = args.what.kind_key();
    let target = existing_target(ctx, kind, key).await?;
    let name = target.secret_name.clone();
    let versions = newest_first(ctx.store.versions(&name).await?);
    let staged = |stage: &str| {
        versions
            .iter()
            .find(|v| v.stages.iter().any(|s| s == stage))
    };
    let current = staged("AWSCURRENT")
        .ok_or_else(|| Error::failure(format!("`{name}` has no version labelled AWSCURRENT")))?
        .clone();
    let to = match &args.to {
        Some(id) => versions.iter().find(|v| v.id == *id).ok_or_else(|| {
            Error::usage(format!("`{name}` has no version `{id}`")).hint(format!(
                "its versions, newest first: {}",
                listing(&versions)
            ))
        })?,
        None => staged("AWSPREVIOUS").ok_or_else(|| {
            Error::usage(format!(
                "`{name}` has no version labelled AWSPREVIOUS to roll back to"
            ))
            .hint(format!(
                "pass `--to` one of its versions, newest first: {}",
                listing(&versions)
            ))
        })?,
    }
    .clone();
    let now = version_text(ctx, &name, &current.id).await?;
    let then = version_text(ctx, &name, &to.id).await?;
    let after = After::of(ctx, kind, &now, &then, args.reveal);
    let mut result = Rollback {
        target,
        outcome: Outcome::Unchanged,
        dry_run: args.dry_run,
        from: current.id.clone(),
        to: to.id.clone(),
        after,
    };
    if to.id == current.id {
        return Output::ok(result);
    }
    check_warnings(ctx, &result.after.warnings(&result.target))?;
    result.outcome = Outcome::RolledBack;
    if args.dry_run {
        return Output::ok(result);
    }
    let changes = match &result.after.changed {
        c if c.is_empty() => "nothing Airflow reads changes".to_owned(),
        c => format!("changes {}", c.join(", ")),
    };
    confirm(
        ctx.settings,
        &format!(
            "make version {} of {} current ({changes})?",
            short(&to.id),
            result.target.what()
        ),
    )?;
    ctx.store
        .move_current(&result.target.secret_name, &to.id, &current.id)
        .await?;
    ctx.notes.note(match ctx.settings.cache_ttl {
        Some(ttl) => format!("Airflow's secrets cache is on: processes that read the old value may keep it for up to {ttl} s (`[secrets] cache_ttl_seconds`)"),
        None => "if Airflow's `[secrets] use_cache` is on, processes that read the old value may keep it for up to `cache_ttl_seconds` (default 900 s)".to_owned(),
    });
    Output::ok(result)
}

/// What Airflow reads from one version: a binary-only one reads as nothing, like "".
async fn version_text(ctx: &Ctx<'_>, name: &str, id: &str) -> Result<String> {
    let v = ctx.store.get_version(name, id).await?;
    Ok(v.and_then(|v| v.string)
        .map(|s| s.expose_secret().to_owned())
        .unwrap_or_default())
}

/// The first 8 characters of a version id, enough to tell versions apart in a prompt.
fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

/// Every version id with its stages and date, for an error's hint (ids say nothing about
/// values: they are random).
fn listing(versions: &[VersionInfo]) -> String {
    versions
        .iter()
        .map(|v| {
            let stages = if v.stages.is_empty() {
                "deprecated".to_owned()
            } else {
                v.stages.join(",")
            };
            let created = v.created.map(date).unwrap_or_default();
            format!("{} ({stages}, {created})", v.id)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What Airflow reads once the target version is current.
struct After {
    kind: Kind,
    /// Fields (connection) or `value` (variable) that read differently from now.
    changed: Vec<&'static str>,
    /// Connection: each reader's fields, masked unless `--reveal`; None where it reads nothing.
    readers: Vec<(Reader, Option<Vec<Field>>)>,
    /// Variable: the size, and the value with `--reveal`; a binary-only version reads as
    /// nothing (0 bytes: Secrets Manager stores no empty string).
    size: usize,
    value: Option<String>,
}

impl After {
    fn of(ctx: &Ctx<'_>, kind: Kind, now: &str, then: &str, reveal: bool) -> After {
        let words = &ctx.settings.backend.extra_conn_words;
        let sensitive = &ctx.settings.sensitive_words;
        let (changed, readers) = match kind {
            Kind::Connection => (
                fidelity::reading_changes(now, then, words),
                Reader::ALL
                    .into_iter()
                    .map(|r| {
                        let read = match secret_json::read_connection(
                            r,
                            Some(then),
                            words,
                            Via::SecretsManager,
                        ) {
                            Lookup::Found(c) => Some(fields(&c, reveal, sensitive)),
                            _ => None,
                        };
                        (r, read)
                    })
                    .collect(),
            ),
            _ => (if now == then { vec![] } else { vec!["value"] }, Vec::new()),
        };
        After {
            kind,
            changed,
            readers,
            size: then.len(),
            value: (reveal && kind == Kind::Variable).then(|| then.to_owned()),
        }
    }

    /// The readers that would read nothing after the rollback (Airflow then silently falls
    /// back to the next backend).
    fn warnings(&self, target: &Target) -> Vec<String> {
        if self.kind != Kind::Connection && self.size == 0 {
            return vec![format!(
                "{}: the version rolled back to holds no SecretString, so Airflow would read nothing and fall back to the next secrets backend",
                target.what()
            )];
        }
        self.readers
            .iter()
            .filter(|(_, read)| read.is_none())
            .map(|(r, _)| {
                format!(
                    "{}: {} cannot read the version rolled back to, and would fall back to the next secrets backend",
                    target.what(),
                    r.describe()
                )
            })
            .collect()
    }
}

struct Rollback {
    target: Target,
    outcome: Outcome,
    dry_run: bool,
    from: String,
    to: String,
    after: After,
}

impl Rollback {
    fn outcome_word(&self) -> &'static str {
        if self.dry_run {
            self.outcome.plan_word()
        } else {
            self.outcome.as_str()
        }
    }
}

impl Render for Rollback {
    fn json(&self) -> Value {
        let mut v = json!({
            "kind": self.target.kind.name(),
            "key": self.target.key,
            "secret_name": self.target.secret_name,
            "outcome": self.outcome_word(),
            "from_version": self.from,
            "to_version": self.to,
            "changed_fields": self.after.changed,
        });
        match self.after.kind {
            Kind::Variable | Kind::Config => {
                v["size"] = json!(self.after.size);
                if let Some(value) = &self.after.value {
                    v["value"] = json!(value);
                }
            }
            Kind::Connection => {
                let readers: serde_json::Map<String, Value> = self
                    .after
                    .readers
                    .iter()
                    .map(|(r, read)| {
                        let fields = read.as_ref().map_or(Value::Null, |fs| {
                            Value::Object(
                                fs.iter()
                                    .map(|f| (f.name.to_owned(), f.json.clone()))
                                    .collect(),
                            )
                        });
                        (r.name().to_owned(), fields)
                    })
                    .collect();
                v["readers"] = Value::Object(readers);
            }
        }
        v
    }

    fn human(&self) -> Vec<Block> {
        let changed = if self.after.changed.is_empty() {
            "-".to_owned()
        } else {
            self.after.changed.join(", ")
        };
        let mut blocks = vec![Block::Table {
            headers: vec!["outcome", "kind", "key", "from", "to", "changed"],
            rows: vec![vec![
                self.outcome_word().to_owned(),
                self.target.kind.name().to_owned(),
                self.target.key.clone(),
                short(&self.from).to_owned(),
                short(&self.to).to_owned(),
                changed,
            ]],
        }];
        match self.after.kind {
            Kind::Variable | Kind::Config => {
                if let Some(value) = &self.after.value {
                    blocks.push(Block::Table {
                        headers: vec!["value after", "size"],
                        rows: vec![vec![value.clone(), format!("{} B", self.after.size)]],
                    });
                }
            }
            Kind::Connection => {
                let mut headers = vec!["field after"];
                headers.extend(self.after.readers.iter().map(|(r, _)| r.name()));
                let rows = FIELDS
                    .iter()
                    .map(|name| {
                        let mut row = vec![(*name).to_owned()];
                        for (_, read) in &self.after.readers {
                            row.push(read.as_ref().map_or_else(
                                || "(reads nothing)".to_owned(),
                                |fs| {
                                    fs.iter()
                                        .find(|f| f.name == *name)
                                        .map(|f| f.shown.clone())
                                        .unwrap_or_default()
                                },
                            ));
                        }
                        row
                    })
                    .collect();
                blocks.push(Block::Table { headers, rows });
            }
        }
        blocks
    }

    /// Nothing with `--quiet` once done.
    fn quiet(&self) -> Option<Vec<Block>> {
        Some(Vec::new())
    }
}
