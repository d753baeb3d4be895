//! `list [KIND] [PATTERN]`: names from ListSecrets with a name-prefix filter, all pages,
//! sorted by key; values only with `--long`, and then in bulk (BatchGetSecretValue).

use serde_json::json;

use super::{Ctx, Output};
use crate::airflow::naming::Kind;
use crate::airflow::secret_json::{self, Lookup, Via};
use crate::cli::ListArgs;
use crate::error::{Error, Result};
use crate::inventory::{self, Held};
use crate::output::{Block, Render, date};

/// One secret under a prefix.
struct Row {
    kind: Kind,
    key: String,
    secret_name: String,
    last_changed: Option<std::time::SystemTime>,
    deleted: Option<std::time::SystemTime>,
    /// Why Airflow would not look it up.
    unread: Option<String>,
    /// With `--long`: conn_type, host, port as Airflow 3 core (or 2.10) reads them.
    long: Option<(String, String, String)>,
}

struct ListResult {
    rows: Vec<Row>,
    /// More than one kind listed: the table needs a KIND column.
    kinds: usize,
    long: bool,
    /// What was looked under, for the "nothing here" line.
    looked: Vec<String>,
}

/// Short codes in the NOTE column (the legend follows the table).
const DELETED: &str = "D";
const UNREAD: &str = "U";

impl Render for ListResult {
    fn json(&self) -> serde_json::Value {
        let items: Vec<_> = self
            .rows
            .iter()
            .map(|r| {
                let mut notes = Vec::new();
                if let Some(when) = r.deleted {
                    notes.push(format!("scheduled for deletion on {}", date(when)));
                }
                notes.extend(r.unread.clone());
                let mut v = json!({"kind": r.kind.name(), "key": r.key, "secret_name": r.secret_name,
                       "last_changed": r.last_changed.map(date),
                       "note": if notes.is_empty() { None } else { Some(notes.join("; ")) }});
                if let Some((t, h, p)) = &r.long {
                    v["conn_type"] = json!(t);
                    v["host"] = json!(h);
                    v["port"] = json!(p.parse::<u64>().ok());
                }
                v
            })
            .collect();
        json!(items)
    }

    fn human(&self) -> Vec<Block> {
        if self.rows.is_empty() {
            return vec![Block::Status(format!(
                "nothing found under {}",
                self.looked.join(" or ")
            ))];
        }
        let mut headers = Vec::new();
        if self.kinds > 1 {
            headers.push("kind");
        }
        headers.push("key");
        if self.long {
            headers.extend(["type", "host", "port"]);
        }
        // `--long` trades the date for what the connection is, to stay within 80 columns.
        if !self.long {
            headers.push("changed");
        }
        headers.push("note");
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let mut row = Vec::new();
                if self.kinds > 1 {
                    row.push(
                        match r.kind {
                            Kind::Connection => "conn",
                            _ => "var",
                        }
                        .to_owned(),
                    );
                }
                row.push(r.key.clone());
                if self.long {
                    let (t, h, p) = r.long.clone().unwrap_or_default();
                    row.extend([t, h, p]);
                }
                // The day is enough to tell old from new; `-o json` has the time.
                if !self.long {
                    row.push(
                        r.last_changed
                            .map(|t| date(t)[..10].to_owned())
                            .unwrap_or_default(),
                    );
                }
                let mut note = String::new();
                if r.deleted.is_some() {
                    note.push_str(DELETED);
                }
                if r.unread.is_some() {
                    note.push_str(UNREAD);
                }
                row.push(note);
                row
            })
            .collect();
        let mut blocks = vec![Block::Table { headers, rows }];
        let mut legend = Vec::new();
        if self.rows.iter().any(|r| r.deleted.is_some()) {
            legend.push(format!("{DELETED}: scheduled for deletion"));
        }
        if self.rows.iter().any(|r| r.unread.is_some()) {
            legend.push(format!(
                "{UNREAD}: Airflow never looks it up (lookup pattern); `-o json` says which"
            ));
        }
        if !legend.is_empty() {
            blocks.push(Block::Status(format!("note: {}", legend.join("; "))));
        }
        blocks
    }

    fn quiet(&self) -> Option<Vec<Block>> {
        let mut keys = String::new();
        for r in &self.rows {
            keys.push_str(&r.key);
            keys.push('\n');
        }
        Some(vec![Block::Raw(keys.into_bytes())])
    }
}

/// Shell-style glob on a key: `*` any run, `?` one character.
fn glob(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// `[KIND] [PATTERN]`.
fn what(args: &[String]) -> Result<(Vec<Kind>, Option<&str>)> {
    let kind = |w: &str| match w {
        "variables" | "variable" | "vars" | "var" => Some(vec![Kind::Variable]),
        "connections" | "connection" | "conns" | "conn" => Some(vec![Kind::Connection]),
        _ => None,
    };
    let both = vec![Kind::Variable, Kind::Connection];
    match args {
        [] => Ok((both, None)),
        [one] => Ok(kind(one).map_or((both, Some(one.as_str())), |k| (k, None))),
        [k, pattern] => Ok((
            kind(k).ok_or_else(|| {
                Error::usage(format!(
                    "`{k}` is not `variables` or `connections` (`var`, `conn`)"
                ))
            })?,
            Some(pattern.as_str()),
        )),
        _ => Err(Error::usage("give at most KIND and PATTERN")),
    }
}

pub async fn run(ctx: &Ctx<'_>, args: &ListArgs) -> Result<Output> {
    let (kinds, pattern) = what(&args.what)?;
    let backend = &ctx.settings.backend;
    let mut looked = Vec::new();
    for &kind in &kinds {
        match backend.prefix(kind) {
            None => ctx.notes.note(format!(
                "the {} prefix is null: Airflow never looks {}s up",
                kind.name(),
                kind.name()
            )),
            Some(p) if p.is_empty() => looked.push("`` (no prefix)".to_owned()),
            Some(p) => looked.push(format!("`{p}{}`", backend.sep)),
        }
    }
    let matches = |key: &str| pattern.is_none_or(|p| glob(p, key));
    // Values are read (in bulk) only for `--long`, and only for connections.
    let entries = inventory::read(
        ctx.store,
        backend,
        &kinds,
        args.include_deleted,
        |kind, key| args.long && kind == Kind::Connection && matches(key),
    )
    .await?;
    let reader = ctx.settings.line.core_reader();
    let mut errors = 0;
    let mut rows: Vec<Row> = entries
        .into_iter()
        .filter(|e| matches(&e.key))
        .map(|e| {
            let long = (args.long && e.kind == Kind::Connection).then(|| {
                let blank = |t: &str| (t.to_owned(), String::new(), String::new());
                let text = match &e.held {
                    Held::Text(t) => Some(t.as_str()),
                    Held::Binary => None,
                    Held::Deleted | Held::NotRead => return blank(""),
                    Held::Unreadable(_) => {
                        errors += 1;
                        return blank("(error)");
                    }
                };
                match secret_json::read_connection(
                    reader,
                    text,
                    &backend.extra_conn_words,
                    Via::SecretsManager,
                ) {
                    Lookup::Found(c) => (
                        c.conn_type.unwrap_or_default(),
                        c.host.unwrap_or_default(),
                        c.port.map(|p| p.to_string()).unwrap_or_default(),
                    ),
                    Lookup::NotFound => blank("(none)"),
                    Lookup::Swallowed(_) => blank("(unreadable)"),
                }
            });
            Row {
                kind: e.kind,
                unread: backend
                    .lookup(e.kind, &e.key)
                    .err()
                    .map(|why| why.to_string()),
                key: e.key,
                secret_name: e.secret_name,
                last_changed: e.last_changed,
                deleted: e.deleted,
                long,
            }
        })
        .collect();
    if errors > 0 {
        ctx.notes.warn(format!(
            "{errors} connection(s) could not be read (shown as `(error)`); `-v` shows the calls"
        ));
    }
    rows.sort_by(|a, b| (&a.key, a.kind.name()).cmp(&(&b.key, b.kind.name())));
    Output::ok(ListResult {
        rows,
        kinds: kinds.len(),
        long: args.long,
        looked,
    })
}
