//! `migrate`: read and validate every file, learn the current state in bulk, plan every
//! item, and only then write, concurrently and idempotently, through the one executor.

pub mod sources;

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use self::sources::Item;
use super::{Ctx, Output, Storage, check_warnings, parse_tags};
use crate::airflow::naming::Kind;
use crate::cli::MigrateArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::execute::{Done, Executor, Pacer, Stop, Work};
use crate::inventory::{self, Held};
use crate::output::{Block, Render};
use crate::plan::{self, Action, Current, IfExists, Outcome};
use crate::settings::Settings;
use crate::store::{SecretStore, StoreError};

/// What Secrets Manager holds for one of our names.
enum Existing {
    Deleted,
    Value(Option<String>),
}

/// ListSecrets (name-prefix filter, all pages, deleted included) to learn which names exist,
/// then BatchGetSecretValue for those: never one GetSecretValue per item.
/// What Secrets Manager holds for the items' names, and the secrets under the `kinds`'
/// prefixes that no item names (for `--prune`).
async fn current_state(
    settings: &Settings,
    store: &SecretStore,
    items: &[Item],
    kinds: &[Kind],
) -> Result<(HashMap<String, Existing>, Vec<inventory::Entry>)> {
    let wanted: std::collections::HashSet<&str> = items
        .iter()
        .filter(|i| i.value.is_some())
        .map(|i| i.secret_name.as_str())
        .collect();
    let named: std::collections::HashSet<&str> =
        items.iter().map(|i| i.secret_name.as_str()).collect();
    let backend = &settings.backend;
    let entries = inventory::read(store, backend, kinds, true, |kind, key| {
        wanted.contains(backend.secret_name(kind, key).as_str())
    })
    .await?;
    let mut state = HashMap::new();
    let mut strays = Vec::new();
    for e in entries {
        if !wanted.contains(e.secret_name.as_str()) {
            if !named.contains(e.secret_name.as_str()) && e.deleted.is_none() {
                strays.push(e);
            }
            continue;
        }
        let existing = match e.held {
            Held::Deleted => Existing::Deleted,
            Held::Text(text) => Existing::Value(Some(text)),
            Held::Binary => Existing::Value(None),
            // Gone since it was listed: absent.
            Held::NotRead => continue,
            Held::Unreadable(err) => return Err(err.into()),
        };
        state.insert(e.secret_name, existing);
    }
    Ok((state, strays))
}

/// The summary: PRODUCT.md's migrate JSON, plus the final counts.
struct Report {
    json: Value,
    dry_run: bool,
}

fn summary(
    items: &[Item],
    planned: &[Outcome],
    outcomes: &[Outcome],
    errors: &[Option<String>],
    store: &SecretStore,
    started: Instant,
    written: bool,
) -> Value {
    let count = |list: &[Outcome], word: fn(Outcome) -> &'static str| {
        let mut m = BTreeMap::new();
        for o in list {
            *m.entry(word(*o)).or_insert(0u64) += 1;
        }
        m
    };
    // Before anything is written, items speak in plan words: a script must not believe a
    // dry run's `created`.
    let word = if written {
        Outcome::as_str
    } else {
        Outcome::plan_word
    };
    let rows: Vec<Value> = items
        .iter()
        .zip(outcomes)
        .zip(errors)
        .map(|((i, o), e)| json!({"kind": i.kind.name(), "key": i.key, "secret_name": i.secret_name, "outcome": word(*o), "error": e}))
        .collect();
    json!({
        "plan": count(planned, Outcome::plan_word),
        "outcomes": count(outcomes, word),
        "items": rows,
        "api_calls": store.calls(),
        "throttled": store.throttles(),
        "elapsed_s": (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
    })
}

impl Render for Report {
    fn json(&self) -> Value {
        self.json.clone()
    }

    /// The table lists every item for a dry run, otherwise only the items that need attention.
    fn human(&self) -> Vec<Block> {
        let report = &self.json;
        let dry_run = self.dry_run;
        let key = if dry_run { "plan" } else { "outcomes" };
        let refused = report["plan"].get("conflict").is_some();
        let items = report["items"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let not_started = |i: &Value| {
            i["outcome"] == "interrupted"
                && i["error"]
                    .as_str()
                    .is_some_and(|e| e.starts_with("interrupted before"))
        };
        let rows: Vec<Vec<String>> = items
            .iter()
            .filter(|i| {
                let fine = matches!(
                    i["outcome"].as_str(),
                    Some(
                        "created"
                            | "updated"
                            | "unchanged"
                            | "skipped"
                            | "restored"
                            | "create"
                            | "update"
                            | "skip"
                            | "restore"
                    )
                );
                ((dry_run && !refused) || !fine) && !not_started(i)
            })
            .map(|i| {
                let s = |k: &str| i[k].as_str().unwrap_or_default().to_owned();
                let outcome = match s("outcome").as_str() {
                    w @ ("create" | "update" | "restore" | "skip" | "delete") => {
                        format!("would {w}")
                    }
                    other => other.to_owned(),
                };
                vec![outcome, s("kind"), s("key"), s("error")]
            })
            .collect();
        let mut blocks = Vec::new();
        if !rows.is_empty() {
            blocks.push(Block::Table {
                headers: vec!["outcome", "kind", "key", "note"],
                rows,
            });
        }
        let unstarted = items.iter().filter(|i| not_started(i)).count();
        if unstarted > 0 {
            blocks.push(Block::Status(format!("{unstarted} item(s) not started")));
        }
        let pairs = |v: &Value| -> Vec<String> {
            v.as_object()
                .map(|m| m.iter().map(|(k, v)| format!("{k}: {v}")).collect())
                .unwrap_or_default()
        };
        let calls = pairs(&report["api_calls"]);
        blocks.push(Block::Status(format!(
            "{}: {}",
            match (dry_run, refused) {
                (_, true) => "plan, refused for conflicts (nothing written)",
                (true, false) => "plan (dry run, nothing written)",
                (false, false) => "done",
            },
            pairs(&report[key]).join(", ")
        )));
        blocks.push(Block::Status(format!(
            "API calls: {}; elapsed {} s",
            if calls.is_empty() {
                "none".into()
            } else {
                calls.join(", ")
            },
            report["elapsed_s"]
        )));
        blocks
    }
}

fn write_report(args: &MigrateArgs, report: &Value) -> Result<()> {
    if let Some(path) = &args.report {
        let text = serde_json::to_string_pretty(report).unwrap_or_default() + "\n";
        crate::safe_file::write(path, text.as_bytes()).map_err(|why| {
            Error::failure(format!(
                "cannot write the report `{}`: {why}",
                path.display()
            ))
        })?;
    }
    Ok(())
}

/// SIGINT or SIGTERM stops the run (in-flight writes are abandoned, their outcome settled
/// by a re-run), and so does the run's deadline; a second signal exits at once.
async fn watch_signals(stop: tokio::sync::watch::Sender<Option<Stop>>, deadline: Duration) {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        return;
    };
    let why = tokio::select! {
        _ = int.recv() => Stop::Interrupt,
        _ = term.recv() => Stop::Terminate,
        () = tokio::time::sleep(deadline) => Stop::Deadline,
    };
    let _ = stop.send(Some(why));
    tokio::select! {
        _ = int.recv() => std::process::exit(i32::from(ExitStatus::Interrupted.code())),
        _ = term.recv() => std::process::exit(i32::from(ExitStatus::Terminated.code())),
    }
}

/// At most one heartbeat line per interval, however many items call it.
struct Heartbeat {
    last: std::sync::Mutex<Instant>,
}

impl Heartbeat {
    const EVERY: Duration = Duration::from_secs(10);

    fn new() -> Heartbeat {
        Heartbeat {
            last: std::sync::Mutex::new(Instant::now()),
        }
    }

    fn beat(&self, say: impl FnOnce()) {
        let mut last = self.last.lock().expect("heartbeat");
        if last.elapsed() >= Self::EVERY {
            *last = Instant::now();
            say();
        }
    }
}

/// Why an item stopped, for the report (never a value).
fn done_error(d: &Done) -> Option<String> {
    if d.unsettled {
        return Some(match &d.error {
            Some(e) => format!("{e}; whether it was written is unknown: a re-run settles it"),
            None => {
                "stopped in flight; whether it was written is unknown: a re-run settles it".into()
            }
        });
    }
    match (d.outcome, &d.error) {
        (Outcome::ScheduledForDeletion, _) => {
            Some("scheduled for deletion; pass `--restore` to restore and write it".into())
        }
        (Outcome::Interrupted, _) => Some("interrupted before it was written".into()),
        (Outcome::Failed, Some(e)) => Some(e.to_string()),
        (Outcome::Failed, None) => Some("not written".into()),
        _ => None,
    }
}

pub async fn run(ctx: &Ctx<'_>, args: &MigrateArgs) -> Result<Output> {
    let (settings, store) = (ctx.settings, ctx.store);
    let started = Instant::now();
    let tags = parse_tags(&args.write.tags)?;
    // A report that cannot be written is known before anything is: nothing written then.
    if let Some(path) = &args.report {
        crate::safe_file::check(path).map_err(|why| {
            Error::usage(format!(
                "`--report {}` cannot be written: {why}",
                path.display()
            ))
        })?;
    }
    // `kinds`: the kinds the sources speak for; `--prune` never touches the other kind.
    let storage = Storage::new(args.format, &args.compat)?;
    let (items, kinds) = sources::read_sources(
        settings,
        &args.sources,
        &storage,
        args.max_file_size,
        "migrate",
    )?;
    let warnings: Vec<String> = items
        .iter()
        .flat_map(|i| i.warnings.iter().cloned())
        .collect();
    check_warnings(ctx, &warnings)?;
    let invalid: Vec<&Item> = items.iter().filter(|i| i.problem.is_some()).collect();
    if !invalid.is_empty() && !args.skip_invalid {
        let mut err = Error::usage(format!(
            "{} item(s) cannot be stored; nothing was written",
            invalid.len()
        ))
        .hint("fix them, or pass `--skip-invalid` to write the rest");
        for i in invalid {
            err = err.cause(format!(
                "{}: {} `{}`: {}",
                i.source(),
                i.kind.name(),
                i.key,
                i.problem.as_deref().unwrap_or_default()
            ));
        }
        return Err(err);
    }
    let (state, strays) = current_state(settings, store, &items, &kinds).await?;
    let sourced = items.len();
    let mut items = items;
    let policy = IfExists::from(args.if_exists);
    let mut work = Vec::new();
    let mut planned = Vec::with_capacity(items.len());
    let mut outcomes = Vec::with_capacity(items.len());
    let mut errors: Vec<Option<String>> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let Some(value) = &item.value else {
            planned.push(Outcome::Invalid);
            outcomes.push(Outcome::Invalid);
            errors.push(item.problem.clone());
            continue;
        };
        let current = match state.get(&item.secret_name) {
            None => Current::Absent,
            Some(Existing::Deleted) => Current::ScheduledForDeletion,
            Some(Existing::Value(text)) => Current::Value(text.as_deref()),
        };
        let action = match (
            item.kind,
            plan::decide(value.expose_secret(), current, policy),
        ) {
            // Stored in another form that every reader reads the same: nothing to write, so
            // an export migrated back into its own deployment writes nothing.
            (Kind::Connection, Action::Update | Action::Conflict | Action::Skip)
                if matches!(current, Current::Value(Some(old))
                    if storage.changes(old, value.expose_secret(), &settings.backend.extra_conn_words).is_empty()) =>
            {
                Action::Unchanged
            }
            (_, action) => action,
        };
        planned.push(action.planned_outcome());
        outcomes.push(action.planned_outcome());
        errors.push(match action {
            Action::Conflict => Some("the current value differs (values not shown)".into()),
            Action::Blocked => Some("scheduled for deletion".into()),
            _ => None,
        });
        if action.writes() || action == Action::Blocked {
            work.push(Work {
                index,
                secret_name: item.secret_name.clone(),
                value: value.clone(),
                description: item.description.clone(),
                action,
            });
        }
    }
    if args.prune {
        for e in strays {
            work.push(Work {
                index: items.len(),
                secret_name: e.secret_name.clone(),
                value: secrecy::SecretString::from(String::new()),
                description: None,
                action: Action::Delete,
            });
            items.push(Item {
                kind: e.kind,
                key: e.key,
                file: "(deployment)".into(),
                line: 0,
                secret_name: e.secret_name,
                value: None,
                description: None,
                problem: None,
                warnings: Vec::new(),
            });
            planned.push(Outcome::Deleted);
            outcomes.push(Outcome::Deleted);
            errors.push(Some("no source names it".into()));
        }
    }
    let items = items;
    let report = |outcomes: &[Outcome], errors: &[Option<String>], dry_run: bool| {
        let json = summary(&items, &planned, outcomes, errors, store, started, !dry_run);
        let error = write_report(args, &json).err();
        (Report { json, dry_run }, error)
    };
    let conflicts = planned.iter().filter(|o| **o == Outcome::Conflict).count();
    if args.dry_run || conflicts > 0 {
        let (body, report_error) = report(&outcomes, &errors, true);
        if let Some(e) = report_error {
            return Output::failed(body, e);
        }
        if conflicts > 0 {
            return Output::failed(
                body,
                Error::new(
                    ExitStatus::Conflict,
                    format!(
                        "{conflicts} secret(s) exist with a different value; nothing was written"
                    ),
                )
                .hint("`--if-exists overwrite` replaces them, `--if-exists skip` leaves them"),
            );
        }
        return Output::ok(body);
    }
    let prunes = items.len() - sourced;
    if prunes > 0 {
        let how = if args.force {
            "at once, without recovery".to_owned()
        } else {
            format!(
                "(recoverable for {} days)",
                args.recovery_window_days.unwrap_or(30)
            )
        };
        super::confirm(
            settings,
            &format!("delete {prunes} secret(s) no source names {how}?"),
        )?;
    }
    let (stop_tx, stop) = tokio::sync::watch::channel(None);
    let signals = tokio::spawn(watch_signals(stop_tx, Duration::from_secs(args.timeout)));
    let total = work.len();
    let finished = AtomicUsize::new(0);
    let heartbeat = Heartbeat::new();
    let on_retry = |name: &str, e: &StoreError| {
        heartbeat.beat(|| {
            ctx.live(&format!(
                "{} of {total} done; retrying `{name}` and others ({e})",
                finished.load(Ordering::Relaxed)
            ));
        });
    };
    let executor = Executor {
        store,
        pacer: Pacer::new(f64::from(args.rate)),
        if_exists: policy,
        restore: args.write.restore,
        tags: &tags,
        kms_key_id: args.write.kms_key_id.as_deref(),
        rounds: u32::from(args.retry_rounds),
        delete_window: args.recovery_window_days,
        delete_force: args.force,
        item_deadline: Duration::from_secs(args.item_timeout),
        stop: stop.clone(),
        on_retry: &on_retry,
    };
    let bar = ctx.progress(total as u64, "writing");
    let done: Vec<Done> = executor
        .run(work, usize::from(args.concurrency), &|_| {
            bar.inc(1);
            let n = finished.fetch_add(1, Ordering::Relaxed) + 1;
            heartbeat
                .beat(|| tracing::info!(target: "airsecrets::progress", "{n} of {total} done"));
        })
        .await;
    bar.finish_and_clear();
    signals.abort();
    for d in done {
        // A pruned secret ends scheduled for deletion on purpose: nothing to say about it.
        let pruned = d.index >= sourced && d.outcome == Outcome::ScheduledForDeletion;
        errors[d.index] = if pruned { None } else { done_error(&d) };
        outcomes[d.index] = d.outcome;
    }
    // Written after the writes: if the report cannot be written now, the outcomes are still
    // shown, and the run still says how it ended.
    let (body, report_error) = report(&outcomes, &errors, false);
    // Pruned secrets end `scheduled_for_deletion` on purpose: only the sources' items decide
    // whether the run failed (a prune that failed is `failed` there too).
    let failed_prune = outcomes[sourced..].contains(&Outcome::Failed);
    let error = run_error(*stop.borrow(), &outcomes[..sourced]).or_else(|| {
        failed_prune.then(|| {
            Error::failure("some secrets could not be pruned (listed above)")
                .hint("run the same command again to retry them")
        })
    });
    match (error, report_error) {
        (None, None) => Output::ok(body),
        (Some(e), None) | (None, Some(e)) => Output::failed(body, e),
        (Some(e), Some(r)) => Output::failed(body, e.cause(r.message)),
    }
}

/// How a run that wrote ends, from its outcomes.
fn run_error(stopped: Option<Stop>, outcomes: &[Outcome]) -> Option<Error> {
    if let Some(why) = stopped {
        let not_done = outcomes
            .iter()
            .filter(|o| **o == Outcome::Interrupted)
            .count();
        let (status, what) = match why {
            Stop::Interrupt => (ExitStatus::Interrupted, "interrupted"),
            Stop::Terminate => (ExitStatus::Terminated, "terminated"),
            Stop::Deadline => (
                ExitStatus::Failure,
                "stopped at the run's deadline (`--timeout`)",
            ),
        };
        return Some(
            Error::new(
                status,
                format!("{what}: {not_done} item(s) not written or unsettled (listed above)"),
            )
            .hint("run the same command again to finish; nothing is written twice"),
        );
    }
    let has = |o: Outcome| outcomes.contains(&o);
    if has(Outcome::Failed) || has(Outcome::ScheduledForDeletion) {
        let n = outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Failed | Outcome::ScheduledForDeletion))
            .count();
        let hint = if has(Outcome::ScheduledForDeletion) {
            "pass `--restore` to restore the secrets scheduled for deletion and write them; nothing is written twice"
        } else {
            "run the same command again to retry them; nothing is written twice"
        };
        return Some(
            Error::failure(format!("{n} item(s) were not written (listed above)")).hint(hint),
        );
    }
    has(Outcome::Conflict).then(|| {
        Error::new(
            ExitStatus::Conflict,
            "some secrets appeared with a different value during the run (listed above)",
        )
    })
}
