//! `history variable KEY` / `history connection CONN_ID`: every version, newest first, and
//! what changed from the version before as Airflow reads it.

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use super::get::fields;
use super::{Ctx, Output, core_reading, described, target};
use crate::airflow::fidelity;
use crate::airflow::naming::Kind;
use crate::cli::HistoryArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::output::{Block, Render, date};
use crate::store::VersionInfo;
use crate::validate::Target;

/// One version and what it holds.
pub(super) struct Version {
    pub info: VersionInfo,
    /// The SecretString; None for a binary-only version, which Airflow reads as nothing.
    pub value: Option<String>,
}

impl Version {
    /// What Airflow reads: a binary-only version reads as nothing, like an empty secret.
    pub fn text(&self) -> &str {
        self.value.as_deref().unwrap_or("")
    }
}

/// The secret behind a key, refused when it does not exist (exit 3) or is scheduled for
/// deletion (exit 3 too, as for `get`: its versions cannot be read until it is restored).
pub(super) async fn existing_target(ctx: &Ctx<'_>, kind: Kind, key: &str) -> Result<Target> {
    let target = target(ctx.settings, kind, key, false)?;
    for w in &target.warnings {
        ctx.notes.warn(w.clone());
    }
    let name = &target.secret_name;
    // Described first: ListSecretVersionIds of a missing name is a 500 in moto.
    let info = described(ctx, &target).await?;
    if let Some(when) = info.deleted {
        // As `get` says it: what is scheduled for deletion is not found.
        return Err(Error::new(
            ExitStatus::NotFound,
            format!(
                "`{name}` is scheduled for deletion on {}: its versions cannot be read",
                date(when)
            ),
        )
        .hint(format!(
            "`airsecrets restore {} {}` first",
            kind.name(),
            target.key
        )));
    }
    Ok(target)
}

/// Every version's metadata, newest first: by creation date; for equal dates (moto counts
/// whole seconds) AWSCURRENT before AWSPREVIOUS before the rest, and among those the one
/// listed later first (moto lists oldest first; AWS documents no order).
pub(super) fn newest_first(mut versions: Vec<VersionInfo>) -> Vec<VersionInfo> {
    let rank = |v: &VersionInfo| {
        let has = |stage: &str| v.stages.iter().any(|s| s == stage);
        u8::from(has("AWSCURRENT")) * 2 + u8::from(has("AWSPREVIOUS"))
    };
    versions.reverse();
    versions.sort_by_key(|v| std::cmp::Reverse((v.created, rank(v))));
    versions
}

/// Every version with its value: one ListSecretVersionIds, one GetSecretValue per version
/// (BatchGetSecretValue reads only the current one).
pub(super) async fn read_versions(ctx: &Ctx<'_>, name: &str) -> Result<Vec<Version>> {
    let mut read = Vec::new();
    for info in ctx.store.versions(name).await? {
        // A version removed between the listing and the read is left out.
        let Some(v) = ctx.store.get_version(name, &info.id).await? else {
            continue;
        };
        // The date GetSecretValue gives: moto's ListSecretVersionIds says "now" for every one.
        let info = VersionInfo {
            created: v.created.or(info.created),
            ..info
        };
        read.push((info, v.string.map(|s| s.expose_secret().to_owned())));
    }
    let mut values = std::collections::HashMap::new();
    let mut infos = Vec::new();
    for (info, value) in read {
        values.insert(info.id.clone(), value);
        infos.push(info);
    }
    Ok(newest_first(infos)
        .into_iter()
        .map(|info| {
            let value = values.remove(&info.id).flatten();
            Version { info, value }
        })
        .collect())
}

pub async fn run(ctx: &Ctx<'_>, args: &HistoryArgs) -> Result<Output> {
    let (kind, key) = args.what.kind_key();
    let target = existing_target(ctx, kind, key).await?;
    let versions = read_versions(ctx, &target.secret_name).await?;
    let words = &ctx.settings.backend.extra_conn_words;
    let rows = versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let before = versions.get(i + 1);
            let changed = before.map(|b| match kind {
                Kind::Connection => fidelity::reading_changes(b.text(), v.text(), words),
                _ => {
                    if b.value == v.value {
                        Vec::new()
                    } else {
                        vec!["value"]
                    }
                }
            });
            let shown = args.reveal.then(|| match kind {
                Kind::Connection => core_reading(ctx.settings, v.text()).map_or(Value::Null, |c| {
                    Value::Object(
                        fields(&c, true, &[])
                            .into_iter()
                            .map(|f| (f.name.to_owned(), f.json))
                            .collect(),
                    )
                }),
                _ => json!(v.value),
            });
            Row {
                version_id: v.info.id.clone(),
                stages: v.info.stages.clone(),
                created: v.info.created.map(date),
                changed,
                size: v.value.as_ref().map(String::len),
                binary: v.value.is_none(),
                shown,
            }
        })
        .collect();
    Output::ok(History { kind, rows })
}

struct Row {
    version_id: String,
    stages: Vec<String>,
    created: Option<String>,
    /// None for the oldest version: nothing before it to compare with.
    changed: Option<Vec<&'static str>>,
    size: Option<usize>,
    binary: bool,
    /// With `--reveal`: the value (variable) or the fields as the core reader reads them.
    shown: Option<Value>,
}

struct History {
    kind: Kind,
    rows: Vec<Row>,
}

impl Render for History {
    fn json(&self) -> Value {
        Value::Array(
            self.rows
                .iter()
                .map(|r| {
                    let mut v = json!({
                        "version_id": r.version_id,
                        "stages": r.stages,
                        "created": r.created,
                        "changed_fields": r.changed,
                    });
                    if self.kind == Kind::Variable {
                        v["value_changed"] = json!(r.changed.as_ref().map(|c| !c.is_empty()));
                        v["size"] = json!(r.size);
                    }
                    if r.binary {
                        v["binary"] = json!(true);
                    }
                    if let Some(shown) = &r.shown {
                        let field = if self.kind == Kind::Variable {
                            "value"
                        } else {
                            "fields"
                        };
                        v[field] = shown.clone();
                    }
                    v
                })
                .collect(),
        )
    }

    fn human(&self) -> Vec<Block> {
        let mut headers = vec!["version", "stages", "created", "changed"];
        let variable = self.kind == Kind::Variable;
        if variable {
            headers.push("size");
        }
        let revealed = self.rows.iter().any(|r| r.shown.is_some());
        if revealed {
            headers.push(if variable { "value" } else { "fields (core)" });
        }
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let changed = match &r.changed {
                    None => "(first)".to_owned(),
                    Some(c) if c.is_empty() => "-".to_owned(),
                    Some(c) => c.join(", "),
                };
                let mut row = vec![
                    r.version_id.clone(),
                    r.stages.join(","),
                    r.created.clone().unwrap_or_default(),
                    changed,
                ];
                if variable {
                    row.push(if r.binary {
                        "binary".into()
                    } else {
                        r.size.map(|n| format!("{n} B")).unwrap_or_default()
                    });
                }
                if revealed {
                    row.push(match &r.shown {
                        Some(Value::String(s)) => s.clone(),
                        Some(Value::Object(o)) => o
                            .iter()
                            .filter(|(_, v)| !v.is_null())
                            .map(|(k, v)| match v {
                                Value::String(s) => format!("{k}={s}"),
                                other => format!("{k}={other}"),
                            })
                            .collect::<Vec<_>>()
                            .join(" "),
                        _ => String::new(),
                    });
                }
                row
            })
            .collect();
        vec![Block::Table { headers, rows }]
    }
}
