//! `export`: the deployment as Airflow's own export files, read in bulk through the
//! inventory. Files are private (0600), written whole, never through a symlink, and an
//! existing one is replaced only with `--force`.

use std::path::{Path, PathBuf};

use serde_json::json;

use super::{Ctx, Output};
use crate::airflow::naming::Kind;
use crate::airflow::secret_json::{self, Lookup, Via};
use crate::airflow::{Connection, export};
use crate::cli::{ConnFileFormat, ExportArgs, ReaderChoice, Serialization};
use crate::error::{Error, Result};
use crate::inventory::{self, Held};
use crate::output::{Block, Render};

/// What was written where.
struct ExportResult {
    files: Vec<(&'static str, usize, String)>,
    /// The text meant for stdout (`-`).
    stdout: Option<String>,
}

impl Render for ExportResult {
    /// With `-`, the file's text is in the JSON too (`content`): `-o json` must not lose it.
    fn json(&self) -> serde_json::Value {
        let files = self.files.iter().map(|(kind, n, to)| {
            let mut file = json!({"kind": kind, "count": n, "path": to});
            if let (Some(text), "stdout") = (&self.stdout, to.as_str()) {
                file["content"] = json!(text);
            }
            file
        });
        json!({ "files": files.collect::<Vec<_>>() })
    }

    fn human(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        if let Some(text) = &self.stdout {
            blocks.push(Block::Raw(text.clone().into_bytes()));
        }
        for (kind, n, to) in &self.files {
            blocks.push(Block::Status(format!("wrote {n} {kind}(s) to {to}")));
        }
        blocks
    }

    fn quiet(&self) -> Option<Vec<Block>> {
        Some(
            self.stdout
                .iter()
                .map(|t| Block::Raw(t.clone().into_bytes()))
                .collect(),
        )
    }
}

/// A file we may write: `-` (stdout), or a path that does not exist yet (or `--force`).
fn check_target(path: &Path, force: bool) -> Result<()> {
    if path == Path::new("-") {
        return Ok(());
    }
    let shown = path.display();
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(
            Error::usage(format!("`{shown}` exists; nothing was written"))
                .hint("pass `--force` to replace it"),
        );
    }
    crate::safe_file::check(path)
        .map_err(|why| Error::usage(format!("`{shown}` cannot be written: {why}")))
}

pub async fn run(ctx: &Ctx<'_>, args: &ExportArgs) -> Result<Output> {
    let targets: Vec<(Kind, &PathBuf)> = [
        (Kind::Variable, args.variables.as_ref()),
        (Kind::Connection, args.connections.as_ref()),
    ]
    .into_iter()
    .filter_map(|(k, p)| p.map(|p| (k, p)))
    .collect();
    if targets.is_empty() {
        return Err(Error::usage("nothing to export")
            .hint("give `--variables FILE` and/or `--connections FILE` (`-` for stdout)"));
    }
    if targets
        .iter()
        .filter(|(_, p)| p.as_path() == Path::new("-"))
        .count()
        > 1
    {
        return Err(Error::usage("only one of the files can be `-` (stdout)"));
    }
    for (_, path) in &targets {
        check_target(path, args.force)?;
    }
    if args.connections_format == ConnFileFormat::Env
        && args.serialization_format == Serialization::Json
    {
        ctx.notes.warn("Airflow's own `connections import` reads a JSON value in a .env file as a URI and gets every field wrong; `airsecrets migrate` reads it as JSON");
    }
    let kinds: Vec<Kind> = targets.iter().map(|(k, _)| *k).collect();
    let backend = &ctx.settings.backend;
    let entries = inventory::read(ctx.store, backend, &kinds, false, |_, _| true).await?;
    let reader = ReaderChoice::or_core(args.reader, ctx.settings.line);
    let mut variables: Vec<(String, String)> = Vec::new();
    let mut connections: Vec<(String, Connection)> = Vec::new();
    for e in entries {
        let text = match e.held {
            Held::Text(t) => t,
            Held::Unreadable(err) => return Err(err.into()),
            Held::Binary => {
                ctx.notes.note(format!(
                    "{} `{}` holds only SecretBinary, which Airflow reads as nothing: not exported",
                    e.kind.name(),
                    e.key
                ));
                continue;
            }
            Held::Deleted | Held::NotRead => continue,
        };
        match e.kind {
            Kind::Connection => match secret_json::read_connection(
                reader,
                Some(&text),
                &backend.extra_conn_words,
                Via::SecretsManager,
            ) {
                Lookup::Found(c) => connections.push((e.key, c)),
                Lookup::NotFound => {}
                Lookup::Swallowed(why) => ctx.notes.warn(format!(
                    "connection `{}`: {} cannot read it ({}), so Airflow falls back to another backend: not exported",
                    e.key,
                    reader.describe(),
                    why.python_class()
                )),
            },
            _ => variables.push((e.key, text)),
        }
    }
    connections.sort_by(|a, b| a.0.cmp(&b.0));
    let mut result = ExportResult {
        files: Vec::new(),
        stdout: None,
    };
    for (kind, path) in targets {
        let (text, count) = match kind {
            Kind::Connection => {
                let text = match args.connections_format {
                    ConnFileFormat::Json => export::connections_json(&connections),
                    ConnFileFormat::Yaml => export::connections_yaml(&connections),
                    ConnFileFormat::Env => export::connections_env(
                        &connections,
                        args.serialization_format == Serialization::Json,
                    )
                    .map_err(|id| {
                        Error::usage(format!("connection `{id}` has a conn_type that cannot be a URI scheme; nothing was written"))
                            .hint("use `--serialization-format json` or `--connections-format json`")
                    })?,
                };
                (text, connections.len())
            }
            _ => (export::variables_json(&variables), variables.len()),
        };
        let what = kind.name();
        if path.as_path() == Path::new("-") {
            result.stdout = Some(text);
            result.files.push((what, count, "stdout".into()));
        } else {
            crate::safe_file::write(path, text.as_bytes()).map_err(|why| {
                Error::failure(format!("cannot write `{}`: {why}", path.display()))
            })?;
            result
                .files
                .push((what, count, format!("`{}`", path.display())));
        }
    }
    Output::ok(result)
}
