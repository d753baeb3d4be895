//! `put-variable KEY [VALUE]`

use secrecy::{ExposeSecret, SecretString};

use super::{
    Upsert, check_value_size, check_warnings, input, print_write_result, secret_name_for, upsert,
};
use crate::airflow::naming::Kind;
use crate::airflow::pyjson;
use crate::cli::PutVariableArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::output::Printer;
use crate::settings::Settings;
use crate::store::SecretStore;

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

pub async fn run(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    args: &PutVariableArgs,
) -> Result<ExitStatus> {
    let (name, warnings) = secret_name_for(settings, Kind::Variable, &args.key)?;
    let value = value(settings, args)?;
    let what = format!("variable `{}`", args.key);
    check_value_size(&what, value.expose_secret())?;
    if args.json {
        pyjson::loads(value.expose_secret()).map_err(|e| {
            Error::usage(format!("{what}: the value is not JSON as Airflow's `Variable.get(deserialize_json=True)` reads it: {e}"))
        })?;
    }
    check_warnings(settings, printer, &warnings)?;
    let outcome = upsert(
        store,
        printer,
        &Upsert {
            name: &name,
            value: &value,
            description: args.description.as_deref(),
            write: &args.write,
        },
    )
    .await?;
    print_write_result(
        printer,
        Kind::Variable,
        &args.key,
        &name,
        outcome,
        &warnings,
    );
    Ok(ExitStatus::Success)
}
