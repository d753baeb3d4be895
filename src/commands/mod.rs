//! One module per command. Each takes a [`Ctx`] and its arguments and returns a typed result
//! that the Printer renders; nothing here prints or touches SDK builders.

pub mod cost;
pub mod delete;
pub mod diff;
pub mod doctor;
pub mod exec;
pub mod export;
pub mod generate;
pub mod get;
pub mod history;
pub mod iam_policy;
pub mod input;
pub mod list;
pub mod migrate;
pub mod put_connection;
pub mod put_variable;
pub mod restore;
pub mod rollback;

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::airflow::compat::{self, Consumer};
use crate::airflow::naming::Kind;
use crate::airflow::secret_json::ExtraConnWords;
use crate::airflow::{Connection, fidelity, secret_json, uri};
use crate::cli::{CompatChoice, StoreFormat, WriteArgs};
use crate::error::{Error, ExitStatus, Result};
use crate::execute::{Executor, Pacer, Work};
use crate::output::{Block, Notes, Printer, Render, escape};
use crate::plan::{self, Current, IfExists, Outcome};
use crate::settings::Settings;
use crate::store::{SecretStore, StoreError};
use crate::validate::Target;

/// What every command works with.
pub struct Ctx<'a> {
    pub settings: &'a Settings,
    pub store: &'a SecretStore,
    pub notes: &'a Notes,
    printer: &'a Printer,
}

impl<'a> Ctx<'a> {
    pub fn new(
        settings: &'a Settings,
        store: &'a SecretStore,
        notes: &'a Notes,
        printer: &'a Printer,
    ) -> Ctx<'a> {
        Ctx {
            settings,
            store,
            notes,
            printer,
        }
    }

    /// A progress bar (stderr, terminals only): drawn while a command works.
    pub fn progress(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        self.printer.progress(len, what)
    }

    /// Prints the notes collected so far (for `exec`, which never returns to print them).
    pub fn flush_notes(&self) {
        self.printer.notes(self.notes);
    }

    /// A heartbeat line on stderr while a long command works (escaped; hidden by `--quiet`).
    pub fn live(&self, text: &str) {
        self.printer.live(text);
    }
}

/// A command's result, and the error to exit with after it is shown (a refused plan, a
/// partial failure).
pub struct Output {
    pub body: Box<dyn Render>,
    pub then: Result<ExitStatus>,
}

// `Result` so that a command can end with `Output::ok(...)` like any other fallible step.
#[allow(clippy::unnecessary_wraps)]
impl Output {
    pub fn ok(body: impl Render + 'static) -> Result<Output> {
        Ok(Output {
            body: Box::new(body),
            then: Ok(ExitStatus::Success),
        })
    }

    pub fn failed(body: impl Render + 'static, error: Error) -> Result<Output> {
        Ok(Output {
            body: Box::new(body),
            then: Err(error),
        })
    }
}

/// The key's target, refused as a usage error when Secrets Manager cannot name it or Airflow
/// never looks its kind up (`unread`: the user said they know).
pub fn target(settings: &Settings, kind: Kind, key: &str, unread: bool) -> Result<Target> {
    crate::validate::target(settings, kind, key, unread).map_err(|why| {
        let err = Error::usage(format!("{} `{key}` cannot be used: {why}", kind.name()));
        if settings.backend.prefix(kind).is_none() {
            err.hint(
                "`put-*` and `delete` take `--airflow-will-not-read` to act on the secret named exactly that anyway",
            )
        } else {
            err
        }
    })
}

/// Adds the warnings to the notes; with `--strict` any warning refuses the command (nothing
/// written).
pub fn check_warnings(ctx: &Ctx<'_>, warnings: &[String]) -> Result<()> {
    for w in warnings {
        ctx.notes.warn(w.clone());
    }
    if ctx.settings.strict && !warnings.is_empty() {
        return Err(Error::usage(format!(
            "refusing to write: {} warning(s) and `--strict`",
            warnings.len()
        )));
    }
    Ok(())
}

/// The exact SecretString for a connection in the chosen form, with one warning per field
/// that some reader would see differently (naming the field and the readers, never a value).
/// Err when Airflow could not read it at all.
pub fn stored_connection(
    settings: &Settings,
    conn: &Connection,
    storage: &Storage,
    what: &str,
) -> Result<(String, Vec<String>), String> {
    // Too big to store whatever the form: refused before the writers and the fidelity check
    // spend time on it.
    let size: usize = [
        &conn.conn_type,
        &conn.host,
        &conn.login,
        &conn.schema,
        &conn.extra,
    ]
    .iter()
    .map(|f| f.as_deref().map_or(0, str::len))
    .sum::<usize>()
        + conn.password_str().map_or(0, str::len);
    if size > crate::validate::MAX_VALUE_BYTES {
        return Err(format!(
            "its fields hold {size} bytes; a Secrets Manager value holds at most {}",
            crate::validate::MAX_VALUE_BYTES
        ));
    }
    let stored = match storage.format {
        StoreFormat::Uri => {
            if conn
                .conn_type
                .as_deref()
                .is_some_and(|t| !t.is_empty() && !uri::is_scheme(t))
            {
                return Err(
                    "its conn_type cannot be a URI scheme, so Airflow would misread every field (store it with `--format json`)".into(),
                );
            }
            uri::write(conn)
        }
        StoreFormat::Json if storage.compat.is_empty() => secret_json::write(conn),
        // Refused unless every reader reads it exactly: no fidelity warning can follow.
        StoreFormat::Json => {
            compat::write(conn, &storage.compat, &settings.backend.extra_conn_words)
                .map_err(|why| format!("cannot serve `--compat` exactly: {why}"))?
        }
    };
    let mut grouped: Vec<(&str, String, Vec<&str>)> = Vec::new();
    for d in fidelity::check(conn, &stored, &settings.backend.extra_conn_words) {
        if d.is_unreadable() {
            return Err(format!(
                "{} {}; Airflow would silently fall back to another secrets backend",
                d.reader.describe(),
                d.change
            ));
        }
        // The description is never read by the backend; callers keep it elsewhere.
        if d.field == "description" {
            continue;
        }
        match grouped
            .iter_mut()
            .find(|g| g.0 == d.field && g.1 == d.change)
        {
            Some(g) => g.2.push(d.reader.describe()),
            None => grouped.push((d.field, d.change, vec![d.reader.describe()])),
        }
    }
    let warnings = grouped
        .into_iter()
        .map(|(field, change, readers)| {
            format!("{what}: `{field}` {change} in {}", readers.join(", "))
        })
        .collect();
    Ok((stored, warnings))
}

/// How connections are stored: the form, and the other consumers whose keys the secret
/// carries (`--compat`, JSON only).
#[derive(Debug, Clone)]
pub struct Storage {
    pub format: StoreFormat,
    pub compat: Vec<Consumer>,
}

impl Storage {
    pub fn new(format: StoreFormat, compat: &[CompatChoice]) -> Result<Storage> {
        if !compat.is_empty() && format != StoreFormat::Json {
            return Err(Error::usage(
                "`--compat` adds keys to a JSON secret: pass `--format json`",
            ));
        }
        let mut compat: Vec<Consumer> = compat.iter().map(|c| c.consumer()).collect();
        compat.sort();
        compat.dedup();
        Ok(Storage { format, compat })
    }

    /// What writing `new` over `old` changes: the fields some reader reads differently, and
    /// the consumers asked for that `old` does not serve yet. Empty: nothing anyone asked for.
    pub fn changes(&self, old: &str, new: &str, words: &ExtraConnWords) -> Changes {
        let served = compat::serves(old, words);
        Changes {
            fields: fidelity::reading_changes(old, new, words),
            consumers: self
                .compat
                .iter()
                .filter(|c| !served.contains(c))
                .map(|c| c.name())
                .collect(),
        }
    }
}

/// See [`Storage::changes`].
pub struct Changes {
    pub fields: Vec<&'static str>,
    /// `--compat` consumers whose keys the write adds.
    pub consumers: Vec<&'static str>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.consumers.is_empty()
    }
}

/// A stored connection as the deployment's core reader (Airflow 3 core, or 2.10) reads it;
/// None when it reads nothing.
pub fn core_reading(settings: &Settings, text: &str) -> Option<Connection> {
    secret_json::read_connection(
        settings.line.core_reader(),
        Some(text),
        &settings.backend.extra_conn_words,
        secret_json::Via::SecretsManager,
    )
    .found()
}

/// The secret behind a target, described; not found (exit 3) when there is none, not even
/// one scheduled for deletion.
pub async fn described(ctx: &Ctx<'_>, target: &Target) -> Result<crate::store::SecretInfo> {
    let name = &target.secret_name;
    ctx.store.describe(name).await?.ok_or_else(|| {
        Error::new(
            ExitStatus::NotFound,
            format!("{} not found (no secret `{name}`)", target.what()),
        )
    })
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

/// What Secrets Manager holds under one name, read once before a `put-*`.
pub enum Existing {
    Absent,
    /// The current SecretString (None: binary only).
    Value(Option<String>),
    ScheduledForDeletion,
}

/// Reads the current state; a name scheduled for deletion is refused (exit 4) unless
/// `--restore`.
pub async fn existing(ctx: &Ctx<'_>, target: &Target, write: &WriteArgs) -> Result<Existing> {
    match ctx.store.get(&target.secret_name).await {
        Ok(None) => Ok(Existing::Absent),
        Ok(Some(v)) => Ok(Existing::Value(
            v.string.as_ref().map(|s| s.expose_secret().to_owned()),
        )),
        Err(StoreError::ScheduledForDeletion { .. }) if write.restore => {
            Ok(Existing::ScheduledForDeletion)
        }
        Err(e @ StoreError::ScheduledForDeletion { .. }) => {
            Err(Error::new(ExitStatus::Conflict, e.to_string()).hint(format!(
                "pass `--restore` to restore it and write the new value, or `airsecrets delete {} {} --force -y` first; nothing was written",
                target.kind.name(),
                target.key
            )))
        }
        Err(e) => Err(e.into()),
    }
}

/// `put-*`: a plan of one item through the same decision and executor as `migrate`
/// (create / update / unchanged / restore), with the SDK's attempts as its only retries.
pub async fn write_one(
    ctx: &Ctx<'_>,
    target: &Target,
    current: &Existing,
    value: SecretString,
    description: Option<String>,
    write: &WriteArgs,
) -> Result<Outcome> {
    let tags = parse_tags(&write.tags)?;
    let name = target.secret_name.as_str();
    let state = match current {
        Existing::Absent => Current::Absent,
        Existing::ScheduledForDeletion => Current::ScheduledForDeletion,
        Existing::Value(v) => Current::Value(v.as_deref()),
    };
    let action = plan::decide(value.expose_secret(), state, IfExists::Overwrite);
    let executor = Executor {
        store: ctx.store,
        pacer: Pacer::new(50.0),
        if_exists: IfExists::Overwrite,
        restore: write.restore,
        tags: &tags,
        kms_key_id: write.kms_key_id.as_deref(),
        rounds: 1,
        delete_window: None,
        delete_force: false,
        // A single write is bounded by the SDK's attempts and timeouts.
        item_deadline: std::time::Duration::MAX,
        stop: tokio::sync::watch::channel(None).1,
        on_retry: &|_, _| {},
    };
    let work = Work {
        index: 0,
        secret_name: name.to_owned(),
        value,
        description,
        action,
    };
    let done = executor.run(vec![work], 1, &|_| {}).await;
    let Some(done) = done.into_iter().next() else {
        return Err(Error::failure("the write did not run"));
    };
    match (done.outcome, done.error) {
        (Outcome::Failed, Some(e)) => Err(e.into()),
        (Outcome::Failed, None) => Err(Error::failure(format!("`{name}` was not written"))),
        (outcome, _) => Ok(outcome),
    }
}

/// Refuses contradictory metadata flags before anything is written.
pub fn check_metadata_flags(write: &WriteArgs, untags: &[String]) -> Result<()> {
    let tags = parse_tags(&write.tags)?;
    for (i, (k, _)) in tags.iter().enumerate() {
        if tags[..i].iter().any(|(seen, _)| seen == k) {
            return Err(Error::usage(format!("`--tag {k}=...` is given twice")));
        }
        if untags.contains(k) {
            return Err(Error::usage(format!(
                "`--tag {k}=...` and `--untag {k}` contradict each other"
            )));
        }
    }
    Ok(())
}

/// The end of `put-*`: on a secret that already existed, applies the description, tags,
/// untags and KMS key the user gave where they differ from what DescribeSecret says (a created
/// secret got them from CreateSecret), without a new version; then the result. When that
/// fails, the value write is still reported.
pub async fn finish_write(
    ctx: &Ctx<'_>,
    mut result: WriteResult,
    description: Option<&str>,
    write: &WriteArgs,
    untags: &[String],
) -> Result<Output> {
    // From the outcome, not the state read before: a create that met a secret made meanwhile
    // ends as an update, and the metadata still applies.
    if result.outcome == Outcome::Created {
        if !untags.is_empty() {
            ctx.notes
                .note("`--untag` has nothing to remove from a secret that was just created");
        }
        return Output::ok(result);
    }
    match update_metadata(ctx, &result.target, description, write, untags).await {
        Ok(changed) => {
            result.metadata = changed;
            Output::ok(result)
        }
        Err(e) => {
            let e = e.hint(format!(
                "the value was {}; only the description, tags or KMS key were not applied",
                result.outcome.as_str()
            ));
            Output::failed(result, e)
        }
    }
}

async fn update_metadata(
    ctx: &Ctx<'_>,
    target: &Target,
    description: Option<&str>,
    write: &WriteArgs,
    untags: &[String],
) -> Result<Vec<&'static str>> {
    let tags = parse_tags(&write.tags)?;
    let asked = description.is_some()
        || !tags.is_empty()
        || !untags.is_empty()
        || write.kms_key_id.is_some();
    if !asked {
        return Ok(Vec::new());
    }
    let name = &target.secret_name;
    let Some(now) = ctx.store.describe_metadata(name).await? else {
        return Ok(Vec::new());
    };
    let wanted = plan::WantedMetadata {
        description,
        kms_key_id: write.kms_key_id.as_deref(),
        tags: &tags,
        untags,
    };
    let change = plan::metadata_change(&wanted, &now);
    crate::execute::apply_metadata(ctx.store, name, &change).await?;
    Ok(change.changed())
}

/// The result of `put-*` and `delete`: a table row, or PRODUCT.md's JSON.
pub struct WriteResult {
    pub target: Target,
    pub outcome: Outcome,
    pub warnings: Vec<String>,
    /// put-connection over an existing connection: the fields whose reading changed (names
    /// only).
    pub changed: Option<Vec<&'static str>>,
    /// put-* over an existing secret: the metadata changed (description, tags, kms_key_id).
    pub metadata: Vec<&'static str>,
    /// put-connection `--compat`: the consumers whose keys the write added.
    pub consumers_added: Vec<&'static str>,
}

impl Render for WriteResult {
    fn json(&self) -> serde_json::Value {
        let mut v = json!({
            "kind": self.target.kind.name(),
            "key": self.target.key,
            "secret_name": self.target.secret_name,
            "outcome": self.outcome.as_str(),
            "warnings": self.warnings,
        });
        if let Some(changed) = &self.changed {
            v["changed_fields"] = json!(changed);
        }
        if !self.metadata.is_empty() {
            v["metadata_updated"] = json!(self.metadata);
        }
        if !self.consumers_added.is_empty() {
            v["consumers_added"] = json!(self.consumers_added);
        }
        v
    }

    fn human(&self) -> Vec<Block> {
        let mut headers = vec!["outcome", "kind", "key", "secret name"];
        let mut row = vec![
            self.outcome.as_str().to_owned(),
            self.target.kind.name().to_owned(),
            self.target.key.clone(),
            self.target.secret_name.clone(),
        ];
        let changed: Vec<String> = self
            .changed
            .iter()
            .flatten()
            .map(|f| (*f).to_owned())
            .chain(self.consumers_added.iter().map(|c| format!("{c} keys")))
            .collect();
        if !changed.is_empty() {
            headers.push("changed");
            row.push(changed.join(", "));
        }
        if !self.metadata.is_empty() {
            headers.push("metadata");
            row.push(self.metadata.join(", "));
        }
        vec![Block::Table {
            headers,
            rows: vec![row],
        }]
    }

    /// A successful write prints nothing with `--quiet`.
    fn quiet(&self) -> Option<Vec<Block>> {
        Some(Vec::new())
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
        .with_prompt(escape(question))
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
