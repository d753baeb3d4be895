//! Reading `--variables` and `--connections` files into items, each validated as Secrets
//! Manager and Airflow will hold it.

use std::collections::HashMap;
use std::path::Path;

use secrecy::SecretString;

use crate::airflow::files::{self, FileError, FileFormat};
use crate::airflow::naming::Kind;
use crate::commands::Storage;
use crate::commands::{input, stored_connection};
use crate::error::{Error, Result};
use crate::settings::Settings;

/// One variable or connection to migrate.
pub struct Item {
    pub kind: Kind,
    pub key: String,
    pub file: String,
    pub line: usize,
    pub secret_name: String,
    /// The exact SecretString to store; None when the item is invalid.
    pub value: Option<SecretString>,
    /// Becomes the secret's description on create (the backend never reads it).
    pub description: Option<String>,
    /// Why the item cannot be stored.
    pub problem: Option<String>,
    pub warnings: Vec<String>,
}

fn read_file(path: &Path, limit: u64) -> Result<(String, FileFormat, String), Vec<FileError>> {
    let shown = path.display().to_string();
    let fail = |reason: String| {
        vec![FileError {
            file: shown.clone(),
            line: None,
            key: None,
            reason,
        }]
    };
    let format = FileFormat::from_path(&shown)
        .ok_or_else(|| fail("unsupported file type: use .json, .yaml, .yml or .env".into()))?;
    // The size is judged before a byte is read; a FIFO or device is refused unread.
    let file = input::open_regular(path, limit).map_err(|r| match r {
        input::Refusal::Unreadable(e) => fail(format!("cannot read the file: {e}")),
        input::Refusal::NotRegular => {
            fail("not a regular file (a FIFO, a device or a directory)".into())
        }
        input::Refusal::TooLarge(size) => fail(format!(
            "the file is {size} bytes, over the limit of {limit} (`--max-file-size`)"
        )),
    })?;
    let bytes = input::read_limited(file, limit)
        .map_err(|e| fail(format!("cannot read the file: {e}")))?
        .ok_or_else(|| fail(format!("the file grew past the limit of {limit} bytes")))?;
    let text = String::from_utf8(bytes).map_err(|_| fail("the file is not UTF-8 text".into()))?;
    Ok((shown, format, text))
}

impl Item {
    /// `file:line`, for messages.
    pub fn source(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// A key given twice (in one kind), or two items that would be the same secret (a variable
/// and a connection under overlapping prefixes), are refused, naming both places.
fn check_unique(items: &[Item], errors: &mut Vec<FileError>) {
    let mut by_key: HashMap<(Kind, &str), &Item> = HashMap::new();
    let mut by_name: HashMap<&str, &Item> = HashMap::new();
    for item in items {
        let reason = if let Some(earlier) = by_key.get(&(item.kind, item.key.as_str())) {
            format!(
                "the {} is also defined at {}",
                item.kind.name(),
                earlier.source()
            )
        } else if let Some(earlier) = by_name.get(item.secret_name.as_str()) {
            format!(
                "it would be the same secret `{}` as the {} `{}` at {}",
                item.secret_name,
                earlier.kind.name(),
                earlier.key,
                earlier.source()
            )
        } else {
            by_key.insert((item.kind, item.key.as_str()), item);
            by_name.insert(item.secret_name.as_str(), item);
            continue;
        };
        errors.push(FileError {
            file: item.file.clone(),
            line: Some(item.line),
            key: Some(item.key.clone()),
            reason,
        });
    }
}

fn finish_item(settings: &Settings, mut item: Item, value: Result<String, String>) -> Item {
    match crate::validate::target(settings, item.kind, &item.key, false) {
        Err(why) => {
            item.problem = Some(why);
            return item;
        }
        Ok(target) => item.warnings.extend(target.warnings),
    }
    match value.and_then(|v| crate::validate::value(&v).map(|()| v)) {
        Err(problem) => item.problem = Some(problem),
        Ok(v) => item.value = Some(SecretString::from(v)),
    }
    item
}

/// A variables file whose every value is an object holding `conn_type`.
fn looks_like_connections(vars: &[files::VariableItem]) -> bool {
    !vars.is_empty()
        && vars.iter().all(|v| {
            v.value.as_ref().is_ok_and(|i| {
                crate::airflow::pyjson::loads(&i.value).is_ok_and(|p| p.get("conn_type").is_some())
            })
        })
}

/// A connections file none of whose entries reads as a typed connection, some reading as
/// untyped ones (plain strings, read as URIs without a scheme): Airflow's own CLI requires a
/// type.
fn looks_like_variables(conns: &[files::ConnectionItem]) -> bool {
    let typeless = |c: &files::ConnectionItem| {
        c.conn
            .as_ref()
            .is_ok_and(|conn| conn.conn_type.as_deref().is_none_or(str::is_empty))
    };
    conns.iter().any(typeless) && conns.iter().all(|c| c.conn.is_err() || typeless(c))
}

/// The files' items and the kinds they speak for (a variables file says nothing of
/// connections); Err when no file is given (`what` says what was to be done).
pub fn read_sources(
    settings: &Settings,
    files: &crate::cli::SourceFiles,
    storage: &Storage,
    max_file_size: u64,
    what: &str,
) -> Result<(Vec<Item>, Vec<Kind>)> {
    if files.variables.is_empty() && files.connections.is_empty() {
        return Err(Error::usage(format!("nothing to {what}"))
            .hint("give `--variables FILE` and/or `--connections FILE`"));
    }
    let items = read_all(
        settings,
        &files.variables,
        &files.connections,
        storage,
        max_file_size,
    )?;
    let kinds = [
        (Kind::Variable, !files.variables.is_empty()),
        (Kind::Connection, !files.connections.is_empty()),
    ]
    .into_iter()
    .filter_map(|(k, given)| given.then_some(k))
    .collect();
    Ok((items, kinds))
}

/// Every item of every file, or every file-level problem (nothing is written then).
pub fn read_all(
    settings: &Settings,
    variables: &[std::path::PathBuf],
    connections: &[std::path::PathBuf],
    storage: &Storage,
    max_file_size: u64,
) -> Result<Vec<Item>> {
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let blank = |kind: Kind, key: &str, file: &str, line: usize| Item {
        kind,
        key: key.to_owned(),
        file: file.to_owned(),
        line,
        secret_name: settings.backend.secret_name(kind, key),
        value: None,
        description: None,
        problem: None,
        warnings: Vec::new(),
    };
    for path in variables {
        let parsed = read_file(path, max_file_size).and_then(|(file, fmt, text)| {
            files::read_variables(&file, &text, fmt, settings.line).map(|v| (file, v))
        });
        match parsed {
            Err(e) => errors.extend(e),
            Ok((file, vars)) if looks_like_connections(&vars) => errors.push(FileError {
                file,
                line: None,
                key: None,
                reason: "every value is an object with a `conn_type`: this looks like a connections export".into(),
            }),
            Ok((file, vars)) => {
                for v in vars {
                    let mut item = blank(Kind::Variable, &v.key, &file, v.line);
                    let value = v.value.map(|imported| {
                        item.description = imported.description;
                        imported.value
                    });
                    items.push(finish_item(settings, item, value));
                }
            }
        }
    }
    for path in connections {
        let parsed = read_file(path, max_file_size).and_then(|(file, fmt, text)| {
            files::read_connections(&file, &text, fmt, settings.line).map(|c| (file, c))
        });
        match parsed {
            Err(e) => errors.extend(e),
            Ok((file, conns)) if looks_like_variables(&conns) => errors.push(FileError {
                file,
                line: None,
                key: None,
                reason: "no entry has a conn_type (plain strings read as URIs without a scheme): this looks like a variables export".into(),
            }),
            Ok((file, conns)) => {
                for c in conns {
                    let mut item = blank(Kind::Connection, &c.conn_id, &file, c.line);
                    let value = c.conn.and_then(|conn| {
                        item.description.clone_from(&conn.description);
                        let what = format!("connection `{}`", c.conn_id);
                        stored_connection(settings, &conn, storage, &what).map(
                            |(stored, warnings)| {
                                item.warnings = warnings;
                                stored
                            },
                        )
                    });
                    items.push(finish_item(settings, item, value));
                }
            }
        }
    }
    check_unique(&items, &mut errors);
    if errors.is_empty() {
        return Ok(items);
    }
    let swapped = errors.iter().any(|e| e.reason.contains("looks like a"));
    let mut err = Error::usage(format!(
        "{} problem(s) in the input files; nothing was written",
        errors.len()
    ));
    if swapped {
        err = err.hint("`--variables` takes `airflow variables export` files and `--connections` takes `airflow connections export` files");
    }
    for e in errors {
        err = err.cause(e.to_string());
    }
    Err(err)
}
