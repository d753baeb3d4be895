//! `put-connection CONN_ID`: build the connection, write the form every reader reads back
//! identically, and say exactly where a reader would still see something else.

use secrecy::{ExposeSecret, SecretString};

use super::{
    Ctx, Output, WriteResult, check_warnings, input, stored_connection, target, write_one,
};
use crate::airflow::naming::Kind;
use crate::airflow::pyjson::{self, PyValue};
use crate::airflow::{Connection, Password, Port, fidelity, secret_json, uri};
use crate::cli::PutConnectionArgs;
use crate::error::{Error, Result};
use crate::settings::Settings;

fn text_arg(value: &str, keep_newline: bool) -> Result<String> {
    if value == "-" {
        Ok(input::from_stdin(keep_newline)?.expose_secret().to_owned())
    } else {
        Ok(value.to_owned())
    }
}

fn password(settings: &Settings, args: &PutConnectionArgs) -> Result<Option<SecretString>> {
    Ok(
        match (
            args.password_stdin,
            &args.password_file,
            &args.password_env,
            args.password_prompt,
        ) {
            (true, None, None, false) => Some(input::from_stdin(false)?),
            (false, Some(path), None, false) => Some(input::from_file(path, false)?),
            (false, None, Some(name), false) => Some(input::from_env(name)?),
            (false, None, None, true) => Some(input::prompt(
                settings.interactive,
                "password",
                "`--password-stdin`, `--password-file` or `--password-env`",
            )?),
            (false, None, None, false) => None,
            _ => return Err(Error::usage("give the password from at most one source")),
        },
    )
}

/// Said when a secret-bearing value came on the command line.
const ARGV: &str = "`{flag}` on the command line holds a password or `extra`, which shell history and the process list can see; pass `{flag} -` and give it on stdin";

/// The connection as the user means it: Airflow's own reading (the target line's core) of a
/// URI or `--conn-json` object, or the fields given one by one.
/// `argv` collects the warnings about secrets given on the command line.
fn intended(ctx: &Ctx<'_>, args: &PutConnectionArgs, argv: &mut Vec<String>) -> Result<Connection> {
    let settings = ctx.settings;
    let reader = settings.line.core_reader();
    let has_password_flag = args.password_stdin
        || args.password_file.is_some()
        || args.password_env.is_some()
        || args.password_prompt;
    let whole_input = args.uri.is_some() || args.json.is_some();
    if whole_input && has_password_flag {
        return Err(Error::usage(
            "the password flags go with the field flags, not with `--uri` or `--json`",
        ));
    }
    let mut conn = if let Some(u) = &args.uri {
        let text = text_arg(u, false)?;
        let conn = uri::parse(reader, secret_json::py_strip(&text)).map_err(|e| {
            Error::usage(format!(
                "Airflow cannot parse this URI: {e} ({})",
                e.python_class()
            ))
        })?;
        if u != "-" && (conn.password_str().is_some_and(|p| !p.is_empty()) || conn.extra.is_some())
        {
            argv.push(ARGV.replace("{flag}", "--uri"));
        }
        // The given URI may itself read differently per reader (core re-types query values):
        // say which reading is stored.
        for d in fidelity::check(&conn, &text, &settings.backend.extra_conn_words) {
            if d.field != "password" && d.field != "description" {
                ctx.notes.note(format!(
                    "the given URI: `{}` {} in {}; it is stored as {} reads it, the same for every reader",
                    d.field,
                    d.change,
                    d.reader.describe(),
                    reader.describe(),
                ));
            }
        }
        conn
    } else if let Some(j) = &args.json {
        let text = text_arg(j, false)?;
        let conn = from_conn_json(reader, &args.conn_id, &text)?;
        if j != "-" && (conn.password_str().is_some_and(|p| !p.is_empty()) || conn.extra.is_some())
        {
            argv.push(ARGV.replace("{flag}", "--json"));
        }
        conn
    } else {
        let any_field = args.conn_type.is_some()
            || args.host.is_some()
            || args.login.is_some()
            || args.schema.is_some()
            || args.port.is_some()
            || args.extra.is_some()
            || has_password_flag;
        if !any_field {
            return Err(Error::usage("no connection given")
                .hint("pass `--uri`, `--json`, or fields such as `--conn-type` and `--host`"));
        }
        if args.extra.as_deref() == Some("-") && args.password_stdin {
            return Err(
                Error::usage("`--extra -` and `--password-stdin` cannot both read stdin")
                    .hint("give the password with `--password-file` or `--password-env`"),
            );
        }
        let extra = match args.extra.as_deref() {
            Some(e) => {
                let text = text_arg(e, false)?;
                if e != "-" {
                    argv.push(ARGV.replace("{flag}", "--extra"));
                }
                match pyjson::loads(&text) {
                    Ok(PyValue::Dict(_)) => Some(text),
                    _ => return Err(Error::usage("`--extra` must be a JSON object")),
                }
            }
            None => None,
        };
        Connection {
            conn_type: args.conn_type.clone(),
            host: args.host.clone(),
            login: args.login.clone(),
            schema: args.schema.clone(),
            port: args.port.map(|p| Port::Int(i64::from(p))),
            extra,
            password: password(settings, args)?.map(|p| Password::new(p.expose_secret())),
            ..Connection::default()
        }
    };
    if let Some(d) = &args.description {
        conn.description = Some(d.clone());
    }
    Ok(conn)
}

/// Airflow's `--conn-json` object (`from_json`); a `conn_id` key must match the argument.
fn from_conn_json(reader: crate::airflow::Reader, conn_id: &str, text: &str) -> Result<Connection> {
    let value = pyjson::loads(text)
        .map_err(|e| Error::usage(format!("`--json` is not valid JSON: {e}")))?;
    let PyValue::Dict(mut entries) = value else {
        return Err(Error::usage("`--json` must be a JSON object"));
    };
    if let Some(pos) = entries.iter().position(|(k, _)| k == "conn_id") {
        let (_, id) = entries.remove(pos);
        if id.as_str() != Some(conn_id) {
            return Err(Error::usage(format!(
                "`--json` has conn_id {}, but the command names `{conn_id}`",
                pyjson::dumps(&id)
            )));
        }
    }
    secret_json::from_json(reader, &pyjson::dumps(&PyValue::Dict(entries))).map_err(|e| {
        Error::usage(format!(
            "Airflow cannot build this connection: {e} ({})",
            e.python_class()
        ))
    })
}

pub async fn run(ctx: &Ctx<'_>, args: &PutConnectionArgs) -> Result<Output> {
    let target = target(
        ctx.settings,
        Kind::Connection,
        &args.conn_id,
        args.write.airflow_will_not_read,
    )?;
    let mut warnings = target.warnings.clone();
    let mut argv = Vec::new();
    let conn = intended(ctx, args, &mut argv)?;
    let what = target.what();
    let (stored, fidelity_warnings) = stored_connection(ctx.settings, &conn, args.format, &what)
        .map_err(|e| Error::usage(format!("{what}: {e}")))?;
    crate::validate::value(&stored).map_err(|why| Error::usage(format!("{what}: {why}")))?;
    warnings.extend(fidelity_warnings);
    if conn.description.is_some() {
        ctx.notes.note("Airflow's backend never reads a connection's description: it is kept as the secret's description");
    }
    check_warnings(ctx, &warnings)?;
    // About hygiene, not about what Airflow reads: warned, but not refused by `--strict`.
    for w in argv {
        ctx.notes.warn(w.clone());
        warnings.push(w);
    }
    let outcome = write_one(
        ctx,
        &target,
        SecretString::from(stored),
        conn.description.clone(),
        &args.write,
    )
    .await?;
    Output::ok(WriteResult {
        target,
        outcome,
        warnings,
    })
}
