//! `put-connection CONN_ID`: build the connection, write the form every reader reads back
//! identically, and say exactly where a reader would still see something else.

use secrecy::{ExposeSecret, SecretString};

use super::{
    Ctx, Existing, Output, Storage, WriteResult, check_metadata_flags, check_warnings, existing,
    finish_write, input, stored_connection, target, write_one,
};
use crate::airflow::connection::FIELDS;
use crate::airflow::naming::Kind;
use crate::airflow::pyjson::{self, PyValue};
use crate::airflow::secret_json::{ExtraConnWords, Lookup, Via};
use crate::airflow::{Connection, Password, Port, fidelity, secret_json, uri};
use crate::cli::{ConnField, PutConnectionArgs, StoreFormat};
use crate::error::{Error, ExitStatus, Result};
use crate::plan::Outcome;
use crate::settings::Settings;

fn text_arg(value: &str, keep_newline: bool) -> Result<String> {
    if value == "-" {
        Ok(input::from_stdin(keep_newline)?.expose_secret().to_owned())
    } else {
        Ok(value.to_owned())
    }
}

fn password(settings: &Settings, args: &PutConnectionArgs) -> Result<Option<SecretString>> {
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
    }
    .map(|p| {
        // An empty password would clear the stored one unseen (an unset variable, an
        // empty file): `--merge --unset password` says that on purpose.
        if p.expose_secret().is_empty() {
            Err(
                Error::usage("the password given is empty; nothing was written")
                    .hint("to clear a stored password, use `--merge --unset password`"),
            )
        } else {
            Ok(p)
        }
    })
    .transpose()
}

/// Said when a secret-bearing value came on the command line.
const ARGV: &str = "`{flag}` on the command line holds a password or `extra`, which shell history and the process list can see; pass `{flag} -` and give it on stdin";

/// What the user gave.
enum Given {
    /// `--uri` or `--json`: a whole connection, which replaces what is there.
    Whole(Connection),
    /// Field flags: the named fields set, every other field unset.
    Fields {
        conn: Connection,
        named: Vec<&'static str>,
    },
}

/// The text of `--uri` or `--json`, refused when empty (an unset shell variable, empty stdin).
fn whole_text(value: &str, flag: &str) -> Result<String> {
    let text = text_arg(value, false)?;
    if secret_json::py_strip(&text).is_empty() {
        let what = if value == "-" {
            format!("stdin was empty (`{flag} -`)")
        } else {
            format!("`{flag}` is empty")
        };
        return Err(Error::usage(format!(
            "{what}: no connection given; nothing was written"
        )));
    }
    Ok(text)
}

/// A URI Airflow's `connections add --conn-uri` would take: a scheme, then `//`.
fn check_uri_shape(text: &str) -> Result<()> {
    let text = secret_json::py_strip(text);
    // A URI urlsplit refuses is reported by Airflow's own parse, with its reason.
    let Ok(scheme) = crate::airflow::pyurl::urlsplit(text).map(|p| p.scheme) else {
        return Ok(());
    };
    let after = text.get(scheme.len()..).unwrap_or("");
    if scheme.is_empty() || !after.starts_with("://") {
        return Err(Error::usage(
            "`--uri` is not a connection URI: it needs a scheme and `//`, as in `postgres://user@host:5432/db`",
        )
        .hint("Airflow reads the scheme as the conn_type; without one every field shifts"));
    }
    Ok(())
}

/// The connection as the user gave it: Airflow's own reading (the target line's core) of a
/// URI or `--conn-json` object, or the fields given one by one. `argv` collects the warnings
/// about secrets given on the command line.
fn given(ctx: &Ctx<'_>, args: &PutConnectionArgs, argv: &mut Vec<String>) -> Result<Given> {
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
    if let Some(u) = &args.uri {
        let text = whole_text(u, "--uri")?;
        check_uri_shape(&text)?;
        let mut conn = uri::parse(reader, secret_json::py_strip(&text)).map_err(|e| {
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
        conn.description.clone_from(&args.description);
        return Ok(Given::Whole(conn));
    }
    if let Some(j) = &args.json {
        let text = whole_text(j, "--json")?;
        let mut conn = from_conn_json(reader, &args.conn_id, &text)?;
        if conn == Connection::default() {
            return Err(Error::usage(
                "`--json` holds no connection fields; nothing was written",
            ));
        }
        if j != "-" && (conn.password_str().is_some_and(|p| !p.is_empty()) || conn.extra.is_some())
        {
            argv.push(ARGV.replace("{flag}", "--json"));
        }
        if args.description.is_some() {
            conn.description.clone_from(&args.description);
        }
        return Ok(Given::Whole(conn));
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
    let conn = Connection {
        conn_type: args.conn_type.clone(),
        host: args.host.clone(),
        login: args.login.clone(),
        schema: args.schema.clone(),
        port: args.port.map(|p| Port::Int(i64::from(p))),
        extra,
        password: password(settings, args)?.map(|p| Password::new(p.expose_secret())),
        description: args.description.clone(),
        ..Connection::default()
    };
    let named: Vec<&'static str> = given_fields().filter(|f| field_set(&conn, f)).collect();
    // `--merge` alone keeps every field: a change of form (`--format`, `--compat`) or of
    // metadata only.
    if named.is_empty() && args.unset.is_empty() && !args.merge {
        return Err(Error::usage("no connection given")
            .hint("pass `--uri`, `--json`, or fields such as `--conn-type` and `--host`"));
    }
    Ok(Given::Fields { conn, named })
}

/// The keys of a stored JSON secret that the new text no longer has, other than Airflow's own
/// (which the new text rewrites): what another reader of the secret may still need.
fn keys_lost(old: &str, new: &str) -> Vec<String> {
    let keys = |text: &str| match pyjson::loads(text) {
        Ok(PyValue::Dict(entries)) => entries.into_iter().map(|(k, _)| k).collect(),
        _ => Vec::new(),
    };
    let kept = keys(new);
    keys(old)
        .into_iter()
        .filter(|k| !kept.contains(k) && !FIELDS.contains(&k.as_str()) && k != "description")
        .collect()
}

/// `new` (a JSON secret) with the `keys` of `old` appended in their order and values, when no
/// reader reads anything differently for them; None when either is not JSON or a key would
/// change a reading (`extra_conn_words` can make any key an alias).
fn carry_keys(old: &str, new: &str, keys: &[String], words: &ExtraConnWords) -> Option<String> {
    let (Ok(PyValue::Dict(old_entries)), Ok(PyValue::Dict(mut entries))) =
        (pyjson::loads(old), pyjson::loads(new))
    else {
        return None;
    };
    entries.extend(old_entries.into_iter().filter(|(k, _)| keys.contains(k)));
    let carried = pyjson::dumps(&PyValue::Dict(entries));
    fidelity::reading_changes(new, &carried, words)
        .is_empty()
        .then_some(carried)
}

/// The fields a user can give: those a reader reads, and the description.
fn given_fields() -> impl Iterator<Item = &'static str> {
    crate::airflow::connection::FIELDS
        .into_iter()
        .chain(["description"])
}

/// Whether a field holds something (None and `""` are nothing: a URI cannot tell them apart).
fn field_set(conn: &Connection, field: &str) -> bool {
    conn.field(field).is_some_and(|v| !v.is_empty())
}

fn field_name(f: ConnField) -> &'static str {
    match f {
        ConnField::Host => "host",
        ConnField::Login => "login",
        ConnField::Password => "password",
        ConnField::Schema => "schema",
        ConnField::Port => "port",
        ConnField::Extra => "extra",
        ConnField::Description => "description",
    }
}

/// `from` with `to`'s fields where they are given (`--merge`), and the `--unset` ones cleared.
fn merged(mut from: Connection, given: Connection, unset: &[ConnField]) -> Connection {
    macro_rules! take {
        ($($f:ident),*) => {$(if given.$f.is_some() { from.$f = given.$f; })*};
    }
    take!(
        conn_type,
        host,
        login,
        password,
        schema,
        port,
        extra,
        description
    );
    for f in unset {
        match f {
            ConnField::Host => from.host = None,
            ConnField::Login => from.login = None,
            ConnField::Password => from.password = None,
            ConnField::Schema => from.schema = None,
            ConnField::Port => from.port = None,
            ConnField::Extra => from.extra = None,
            ConnField::Description => from.description = None,
        }
    }
    from.non_string_fields.clear();
    from
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
    let what = target.what();
    let mut warnings = target.warnings.clone();
    let mut argv = Vec::new();
    let given = given(ctx, args, &mut argv)?;
    check_metadata_flags(&args.write, &args.untag.untags)?;
    let current = existing(ctx, &target, &args.write).await?;
    let reader = ctx.settings.line.core_reader();
    // What Airflow reads there now, and in which form it is stored.
    let now = match &current {
        Existing::Value(Some(text)) => {
            let form = if secret_json::py_strip(text).starts_with('{') {
                StoreFormat::Json
            } else {
                StoreFormat::Uri
            };
            let read = secret_json::read_connection(
                reader,
                Some(text),
                &ctx.settings.backend.extra_conn_words,
                Via::SecretsManager,
            );
            Some((read, form))
        }
        _ => None,
    };
    let mut format = args.format;
    // With field flags: the fields the user named (given or unset).
    let mut mentioned: Option<Vec<&'static str>> = None;
    let conn = match given {
        Given::Whole(conn) => conn,
        Given::Fields { .. }
            if matches!(current, Existing::ScheduledForDeletion) && !args.replace =>
        {
            return Err(Error::new(
                ExitStatus::Conflict,
                format!("{what} is scheduled for deletion, so there are no fields to keep; nothing was written"),
            )
            .hint("with `--restore`, pass `--replace` to write exactly the given fields, or give the whole connection with `--uri` or `--json`"));
        }
        Given::Fields { conn, named } => {
            mentioned = Some(
                named
                    .iter()
                    .copied()
                    .chain(args.unset.iter().map(|f| field_name(*f)))
                    .collect(),
            );
            match &now {
                Some((Lookup::Found(old), form)) if args.merge => {
                    format = format.or(Some(*form));
                    merged(old.clone(), conn, &args.unset)
                }
                Some(_) if args.merge => {
                    return Err(Error::usage(format!(
                    "{what} exists, but Airflow cannot read it, so there is nothing to merge into"
                ))
                .hint("pass `--replace` to write exactly the given fields"));
                }
                Some((Lookup::Found(old), _)) if !args.replace => {
                    let lost: Vec<&str> = given_fields()
                        .filter(|f| field_set(old, f) && !named.contains(f))
                        .collect();
                    if !lost.is_empty() {
                        return Err(Error::new(
                        ExitStatus::Conflict,
                        format!(
                            "{what} exists, and writing only the given fields would lose {}; nothing was written",
                            lost.join(", ")
                        ),
                    )
                    .hint("`--merge` changes only the given fields (`--unset FIELD` clears one); `--replace` writes exactly the given fields"));
                    }
                    conn
                }
                _ => conn,
            }
        }
    };
    if conn.conn_type.as_deref().is_none_or(str::is_empty) {
        return Err(Error::usage(format!(
            "{what} has no conn_type, which Airflow's own `connections add` refuses; nothing was written"
        ))
        .hint("pass `--conn-type`, e.g. `--conn-type postgres`"));
    }
    if !args.compat.is_empty() {
        if args.format == Some(StoreFormat::Uri) {
            return Err(Error::usage(
                "`--compat` adds keys to a JSON secret: drop `--format uri`",
            ));
        }
        format = Some(StoreFormat::Json);
    }
    let storage = Storage::new(format.unwrap_or(StoreFormat::Uri), &args.compat)?;
    let (mut stored, fidelity_warnings) = stored_connection(ctx.settings, &conn, &storage, &what)
        .map_err(|e| Error::usage(format!("{what}: {e}")))?;
    crate::validate::value(&stored).map_err(|why| Error::usage(format!("{what}: {why}")))?;
    warnings.extend(fidelity_warnings);
    let changed = match &current {
        Existing::Value(Some(old)) => {
            Some(storage.changes(old, &stored, &ctx.settings.backend.extra_conn_words))
        }
        _ => None,
    };
    // Every reader already reads exactly this: nothing to write (a secret stored in another
    // but equivalent form stays as it is).
    // An explicit `--format` other than the stored one is a write the user asked for.
    let same_form = now
        .as_ref()
        .is_some_and(|(_, form)| args.format.is_none_or(|f| f == *form));
    let unchanged = same_form && changed.as_ref().is_some_and(super::Changes::is_empty);
    // Keys Airflow does not read under these names may have another reader (RDS rotation's
    // `dbClusterIdentifier`, a tool's own key): a field update keeps them, after Airflow's
    // keys, where every reader still reads the same; a whole new connection drops them, with a
    // warning.
    if let (Existing::Value(Some(old)), false) = (&current, unchanged) {
        let lost = keys_lost(old, &stored);
        if !lost.is_empty() {
            let shown: Vec<String> = lost.iter().map(|k| format!("`{k}`")).collect();
            let shown = shown.join(", ");
            let words = &ctx.settings.backend.extra_conn_words;
            if mentioned.is_some() && !args.replace {
                stored = carry_keys(old, &stored, &lost, words).ok_or_else(|| {
                    Error::new(
                        ExitStatus::Conflict,
                        format!(
                            "{what} is stored as JSON with key(s) {shown} that Airflow does not read but another reader may; this write cannot keep them, so nothing was written"
                        ),
                    )
                    .hint("store it as JSON (`--format json`) to keep them, or pass `--replace` to drop them")
                })?;
                crate::validate::value(&stored)
                    .map_err(|why| Error::usage(format!("{what}: {why}")))?;
            } else {
                warnings.push(format!(
                    "{what}: the stored JSON's key(s) {shown} are not in the new secret; another reader of it may miss them"
                ));
            }
        }
    }
    // Rewriting a connection can change how some reader reads a field nobody mentioned
    // (a flat query that the task SDK read as strings, stored again as `__extra__`): say so.
    if let (Some(changed), Some(named)) = (&changed, &mentioned) {
        for field in changed.fields.iter().filter(|f| !named.contains(f)) {
            warnings.push(format!(
                "{what}: `{field}` was not given, but some reader will read it differently after this write"
            ));
        }
    }
    if conn.description.is_some() {
        ctx.notes.note("Airflow's backend never reads a connection's description: it is kept as the secret's description");
    }
    check_warnings(ctx, &warnings)?;
    // About hygiene, not about what Airflow reads: warned, but not refused by `--strict`.
    for w in argv {
        ctx.notes.warn(w.clone());
        warnings.push(w);
    }
    let outcome = if unchanged {
        Outcome::Unchanged
    } else {
        write_one(
            ctx,
            &target,
            &current,
            SecretString::from(stored),
            conn.description.clone(),
            &args.write,
        )
        .await?
    };
    let result = WriteResult {
        target,
        outcome,
        warnings,
        consumers_added: changed
            .as_ref()
            .map(|c| c.consumers.clone())
            .unwrap_or_default(),
        changed: changed.map(|c| c.fields),
        metadata: Vec::new(),
    };
    let description = conn.description.as_deref();
    finish_write(ctx, result, description, &args.write, &args.untag.untags).await
}
