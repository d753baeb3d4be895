//! `put-connection CONN_ID`: build the connection, write the form every reader reads back
//! identically, and say exactly where a reader would still see something else.

use secrecy::{ExposeSecret, SecretString};

use super::{
    Upsert, check_value_size, check_warnings, input, print_write_result, secret_name_for,
    stored_connection, upsert,
};
use crate::airflow::naming::Kind;
use crate::airflow::pyjson::{self, PyValue};
use crate::airflow::{Connection, Password, Port, fidelity, secret_json, uri};
use crate::cli::PutConnectionArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::output::Printer;
use crate::settings::Settings;
use crate::store::SecretStore;

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

/// The connection as the user means it: Airflow's own reading (the target line's core) of a
/// URI or `--conn-json` object, or the fields given one by one.
fn intended(
    settings: &Settings,
    printer: &Printer,
    args: &PutConnectionArgs,
) -> Result<Connection> {
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
        if u != "-" && conn.password_str().is_some_and(|p| !p.is_empty()) {
            printer.warn("the URI on the command line holds a password, which your shell history and process list can see; pass `--uri -` and give it on stdin");
        }
        // The given URI may itself read differently per reader (core re-types query values):
        // say which reading is stored.
        for d in fidelity::check(&conn, &text, &settings.backend.extra_conn_words) {
            if d.field != "password" && d.field != "description" {
                printer.note(&format!(
                    "the given URI reads `{}` as {} in {}; stored as {} reads it ({}), the same for every reader",
                    d.field,
                    d.read,
                    d.reader.describe(),
                    reader.describe(),
                    d.intended
                ));
            }
        }
        conn
    } else if let Some(j) = &args.json {
        let text = text_arg(j, false)?;
        from_conn_json(reader, &args.conn_id, &text)?
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
        if let Some(extra) = &args.extra {
            match pyjson::loads(extra) {
                Ok(PyValue::Dict(_)) => {}
                _ => return Err(Error::usage("`--extra` must be a JSON object")),
            }
        }
        Connection {
            conn_type: args.conn_type.clone(),
            host: args.host.clone(),
            login: args.login.clone(),
            schema: args.schema.clone(),
            port: args.port.map(|p| Port::Int(i64::from(p))),
            extra: args.extra.clone(),
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

pub async fn run(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    args: &PutConnectionArgs,
) -> Result<ExitStatus> {
    let (name, mut warnings) = secret_name_for(settings, Kind::Connection, &args.conn_id)?;
    let conn = intended(settings, printer, args)?;
    let what = format!("connection `{}`", args.conn_id);
    let (stored, fidelity_warnings) = stored_connection(settings, &conn, args.format, &what)
        .map_err(|e| Error::usage(format!("{what}: {e}")))?;
    check_value_size(&what, &stored)?;
    warnings.extend(fidelity_warnings);
    if conn.description.is_some() {
        printer.note("Airflow's backend never reads a connection's description: it is kept as the secret's description");
    }
    check_warnings(settings, printer, &warnings)?;
    let value = SecretString::from(stored);
    let outcome = upsert(
        store,
        printer,
        &Upsert {
            name: &name,
            value: &value,
            description: conn.description.as_deref(),
            write: &args.write,
        },
    )
    .await?;
    print_write_result(
        printer,
        Kind::Connection,
        &args.conn_id,
        &name,
        outcome,
        &warnings,
    );
    Ok(ExitStatus::Success)
}
