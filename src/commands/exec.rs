//! `exec [--variable KEY]... [--connection ID]... [--all] -- COMMAND [ARGS]...`: runs COMMAND
//! with `AIRFLOW_VAR_*` / `AIRFLOW_CONN_*` holding what Airflow's secrets backend would give,
//! in the form Airflow's environment backend reads the same way.
//!
//! The values are read in bulk (BatchGetSecretValue, or the inventory with `--all`), then
//! airsecrets replaces itself with COMMAND (`execve`): nothing of airsecrets stays between the
//! command and its caller, so the exit status and a terminating signal pass through as they
//! are, and Ctrl-C reaches the command directly. Nothing is printed but airsecrets' own errors.

use std::collections::BTreeMap;
use std::os::unix::process::CommandExt;

use secrecy::ExposeSecret;

use super::{Ctx, Output, check_warnings, target};
use crate::airflow::environment;
use crate::airflow::naming::Kind;
use crate::cli::ExecArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::inventory::{self, Held};
use crate::store::BATCH_SIZE;

pub async fn run(ctx: &Ctx<'_>, args: &ExecArgs) -> Result<Output> {
    if !args.all && args.variables.is_empty() && args.connections.is_empty() {
        return Err(Error::usage(
            "name what the command gets: `--variable KEY`, `--connection CONN_ID` or `--all`",
        ));
    }
    let mut values = Given::new();
    if args.all {
        for (k, v) in everything(ctx).await? {
            values.insert(k, (v, false));
        }
    }
    for (k, v) in named(ctx, args).await? {
        values.insert(k, (v, true));
    }
    let env = environment(ctx, &values)?;
    let taken: Vec<&str> = env
        .keys()
        .map(String::as_str)
        .filter(|name| std::env::var_os(name).is_some())
        .collect();
    if !taken.is_empty() && !args.override_existing {
        return Err(Error::usage(format!(
            "already set in the environment: {}",
            taken.join(", ")
        ))
        .hint("pass `--override` to replace them for the command"));
    }
    let (program, rest) = args
        .command
        .split_first()
        .ok_or_else(|| Error::usage("no COMMAND after `--`"))?;
    // Nothing of airsecrets runs after exec: its warnings go out now.
    ctx.flush_notes();
    let err = std::process::Command::new(program)
        .args(rest)
        .envs(&env)
        .exec();
    // Only reached when the command could not be started; the shell's codes for that.
    let status = if err.kind() == std::io::ErrorKind::NotFound {
        127
    } else {
        126
    };
    Err(Error::new(
        ExitStatus::Exec(status),
        format!("cannot run `{}`: {err}", program.to_string_lossy()),
    ))
}

/// What one key holds, as the secrets backend reads its SecretString.
type Values = BTreeMap<(Kind, String), String>;

/// What the command is given: each key's text, and whether it was named (an error when it
/// cannot be given) or came with `--all` (left out with a warning).
type Given = BTreeMap<(Kind, String), (String, bool)>;

/// `--all`: every key under the prefixes that the backend looks up and reads; what it reads
/// as nothing (binary, scheduled for deletion, excluded by a lookup pattern) it would not give
/// either, so neither does exec.
async fn everything(ctx: &Ctx<'_>) -> Result<Values> {
    let backend = &ctx.settings.backend;
    let kinds = [Kind::Variable, Kind::Connection];
    let entries = inventory::read(ctx.store, backend, &kinds, false, |kind, key| {
        backend.lookup(kind, key).is_ok()
    })
    .await?;
    let mut out = Values::new();
    for e in entries {
        match e.held {
            Held::Text(text) => {
                out.insert((e.kind, e.key), text);
            }
            // Airflow's own lookup of it fails too; the rest still runs.
            Held::Unreadable(err) => {
                let what = format!("{} `{}`", e.kind.name(), e.key);
                ctx.notes.warn(format!("{what} is left out: {err}"));
            }
            Held::NotRead | Held::Binary | Held::Deleted => {}
        }
    }
    Ok(out)
}

/// The keys named with `--variable` / `--connection`, read in bulk; each must exist.
async fn named(ctx: &Ctx<'_>, args: &ExecArgs) -> Result<Values> {
    let mut targets = Vec::new();
    let named = args
        .variables
        .iter()
        .map(|k| (Kind::Variable, k))
        .chain(args.connections.iter().map(|k| (Kind::Connection, k)));
    for (kind, key) in named {
        let t = target(ctx.settings, kind, key, false)?;
        if let Err(why) = ctx.settings.backend.lookup(kind, key) {
            return Err(Error::usage(format!(
                "{}: {why}, so the secrets backend never gives it",
                t.what()
            )));
        }
        check_warnings(ctx, &t.warnings)?;
        targets.push(t);
    }
    if targets.is_empty() {
        return Ok(Values::new());
    }
    let names: Vec<String> = targets.iter().map(|t| t.secret_name.clone()).collect();
    let chunks = names.chunks(BATCH_SIZE).map(<[String]>::to_vec);
    let read = ctx
        .store
        .batch_get_chunks(futures_util::stream::iter(chunks))
        .await?;
    let mut out = Values::new();
    let mut missing = Vec::new();
    for t in targets {
        match read.get(&t.secret_name) {
            Some(Ok(v)) => match &v.string {
                Some(s) => {
                    out.insert((t.kind, t.key), s.expose_secret().to_owned());
                }
                None => missing.push(format!("{} (SecretBinary only)", t.what())),
            },
            Some(Err(e)) => return Err(e.clone().into()),
            None => missing.push(format!("{} (no secret `{}`)", t.what(), t.secret_name)),
        }
    }
    if !missing.is_empty() {
        return Err(Error::new(
            ExitStatus::NotFound,
            format!(
                "Airflow's secrets backend gives nothing for {}",
                missing.join(", ")
            ),
        ));
    }
    Ok(out)
}

/// The environment for the command: one variable per key. A named key that cannot be given
/// exactly refuses the run; one that came with `--all` is left out with a warning. Messages
/// name keys and fields, never values.
fn environment(ctx: &Ctx<'_>, values: &Given) -> Result<BTreeMap<String, String>> {
    let words = &ctx.settings.backend.extra_conn_words;
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut from: BTreeMap<String, String> = BTreeMap::new();
    for ((kind, key), (text, named)) in values {
        let what = format!("{} `{key}`", kind.name());
        let given = match kind {
            Kind::Variable | Kind::Config => Ok((environment::variable_name(key), text.clone())),
            Kind::Connection => match environment::connection_value(text, words) {
                Ok(v) => Ok((environment::connection_name(key), v)),
                Err(e) => Err(format!("{what}: {e}")),
            },
        };
        let checked = given.and_then(|(name, value)| {
            if name.contains('=') || name.contains('\0') {
                Err(format!(
                    "{what}: `{name}` cannot be an environment variable name"
                ))
            } else if value.contains('\0') {
                Err(format!(
                    "{what}: its value holds a NUL byte, which no environment variable can"
                ))
            } else if let Some(other) = from.get(&name) {
                Err(format!("{other} and {what} both become `{name}`"))
            } else {
                Ok((name, value))
            }
        });
        match checked {
            Ok((name, value)) => {
                from.insert(name.clone(), what);
                env.insert(name, value);
            }
            Err(problem) if *named => problems.push(problem),
            Err(problem) => ctx.notes.warn(format!("left out: {problem}")),
        }
    }
    if problems.is_empty() {
        Ok(env)
    } else {
        Err(Error::failure(format!(
            "cannot give the command {} of the keys named: {}",
            problems.len(),
            problems.join("; ")
        )))
    }
}
