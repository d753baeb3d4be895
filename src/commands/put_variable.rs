//! `put-variable KEY [VALUE]`

use secrecy::{ExposeSecret, SecretString};

use super::{
    Ctx, Output, WriteResult, check_metadata_flags, check_warnings, existing, finish_write, input,
    target, write_one,
};
use crate::airflow::naming::Kind;
use crate::airflow::pyjson;
use crate::cli::PutVariableArgs;
use crate::error::{Error, Result};
use crate::settings::Settings;

/// The value from exactly one source.
fn value(settings: &Settings, args: &PutVariableArgs) -> Result<SecretString> {
    match (&args.value, args.stdin, &args.from_file, &args.from_env) {
        (Some(v), false, None, None) if v == "-" => input::from_stdin(args.keep_newline),
        (Some(v), false, None, None) => Ok(SecretString::from(v.clone())),
        (None, true, None, None) => input::from_stdin(args.keep_newline),
        (None, false, Some(path), None) => input::from_file(path, args.keep_newline),
        (None, false, None, Some(name)) => input::from_env(name),
        (None, false, None, None) => input::prompt(
            settings.interactive,
            "value",
            "VALUE, `-`, `--from-file` or `--from-env`",
        ),
        _ => Err(Error::usage(
            "give the value from exactly one of VALUE, `--stdin`, `--from-file`, `--from-env`",
        )),
    }
}

pub async fn run(ctx: &Ctx<'_>, args: &PutVariableArgs) -> Result<Output> {
    let target = target(
        ctx.settings,
        Kind::Variable,
        &args.key,
        args.write.airflow_will_not_read,
    )?;
    let value = value(ctx.settings, args)?;
    let what = target.what();
    crate::validate::value(value.expose_secret())
        .map_err(|why| Error::usage(format!("{what}: {why}")))?;
    if args.require_json {
        pyjson::loads(value.expose_secret()).map_err(|e| {
            Error::usage(format!("{what}: the value is not JSON as Airflow's `Variable.get(deserialize_json=True)` reads it ({})", e.msg))
        })?;
    }
    let mut warnings = target.warnings.clone();
    check_warnings(ctx, &warnings)?;
    // About hygiene, not about what Airflow reads: warned, but not refused by `--strict`.
    if args.value.as_deref().is_some_and(|v| v != "-") {
        let argv = format!(
            "{what}: the value was given on the command line, where shell history and the process list can see it; pass `-` and give it on stdin, or use `--from-file` or `--from-env`"
        );
        ctx.notes.warn(argv.clone());
        warnings.push(argv);
    }
    check_metadata_flags(&args.write, &args.untag.untags)?;
    let current = existing(ctx, &target, &args.write).await?;
    let outcome = write_one(
        ctx,
        &target,
        &current,
        value,
        args.description.clone(),
        &args.write,
    )
    .await?;
    let result = WriteResult {
        target,
        outcome,
        warnings,
        changed: None,
        metadata: Vec::new(),
        consumers_added: Vec::new(),
    };
    let description = args.description.as_deref();
    finish_write(ctx, result, description, &args.write, &args.untag.untags).await
}
