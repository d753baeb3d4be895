//! `cost --dags DIR`: the Secrets Manager calls that parsing the DAG files makes every month,
//! and what they cost, before the DAGs are deployed.
//!
//! The DAG processor runs every top-level statement of a file each time it parses it (every
//! `min_file_process_interval`, 30 s by default), and Airflow searches the secrets backend
//! first, so a module-level `Variable.get` reaches Secrets Manager on every parse, even for a
//! key that lives in an environment variable or the metastore. [`crate::dags`] finds those
//! lookups; this command decides which reach Secrets Manager under the resolved prefixes and
//! lookup patterns and multiplies them out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::Output;
use crate::airflow::naming::{Kind, NotLookedUp};
use crate::cli::CostArgs;
use crate::dags::{self, LookupKind};
use crate::error::{Error, ExitStatus, Result};
use crate::output::{Block, Notes, Render, escape};
use crate::settings::Settings;
use crate::store::SecretStore;

/// 30 days, the month of the estimate.
const SECONDS_PER_MONTH: u64 = 30 * 24 * 3600;
/// A DAG file larger than this is not read (the analysis refuses more than 8 MiB anyway).
const MAX_DAG_FILE: u64 = 8 * 1024 * 1024;

/// Without AWS: the estimate from the files and the settings alone.
pub fn run_offline(settings: &Settings, notes: &Notes, args: &CostArgs) -> Result<Output> {
    estimate(settings, notes, args, None)
}

/// With `--stored`: also which looked-up keys Secrets Manager holds (ListSecrets only).
pub async fn run(ctx: &super::Ctx<'_>, args: &CostArgs) -> Result<Output> {
    let stored = stored_keys(ctx.store, ctx.settings).await?;
    estimate(ctx.settings, ctx.notes, args, Some(&stored))
}

/// The keys under each kind's prefix (names only, no values read).
async fn stored_keys(store: &SecretStore, settings: &Settings) -> Result<Stored> {
    let mut out = Stored::new();
    let kinds = [Kind::Variable, Kind::Connection];
    for e in crate::inventory::read(store, &settings.backend, &kinds, false, |_, _| false).await? {
        out.entry(e.kind).or_default().insert(e.key);
    }
    Ok(out)
}

type Stored = BTreeMap<Kind, BTreeSet<String>>;

fn estimate(
    settings: &Settings,
    notes: &Notes,
    args: &CostArgs,
    stored: Option<&Stored>,
) -> Result<Output> {
    let parse_interval = args
        .parse_interval
        .or(settings.parse_interval)
        .unwrap_or(30);
    let cache_ttl = args.cache_ttl.or(settings.cache_ttl).unwrap_or(0);
    for (flag, usd) in [("--price", Some(args.price)), ("--budget", args.budget)] {
        if usd.is_some_and(|usd| !usd.is_finite() || usd < 0.0) {
            return Err(Error::usage(format!(
                "`{flag}` must be a number of dollars, 0 or more"
            )));
        }
    }
    // Each parse of a file runs its lookups; with Airflow's secrets cache (one cache, shared
    // by the parsing processes, keyed by variable key or connection id) a key is fetched once
    // per TTL however many lookups and files use it.
    let per_lookup = SECONDS_PER_MONTH / parse_interval.max(cache_ttl).max(1);
    let mut files = Vec::new();
    for (path, unreadable) in dag_files(&args.dags)? {
        files.push(match unreadable {
            None => file_report(settings, &args.dags, &path, stored, per_lookup),
            Some(e) => FileReport::failed(&args.dags, &path, e),
        });
    }
    if cache_ttl > 0 {
        // A TTL shorter than the parse interval expires between two parses of a file: each
        // file then fetches the key again (once per parse, the cache serving its other uses).
        charge_once_per_key(&mut files, cache_ttl < parse_interval);
    }
    let calls: u64 = files
        .iter()
        .flat_map(|f| &f.lookups)
        .map(|l| l.calls_per_month)
        .sum();
    // Far below 2^52 calls: exact as a float.
    #[allow(clippy::cast_precision_loss)]
    let usd = calls as f64 * args.price / 10_000.0;
    let unknown = files.iter().filter(|f| f.unknown).count();
    for f in &files {
        if let Some(e) = &f.error {
            notes.warn(format!("{}: {e}", f.path));
        }
    }
    let patterns = stored
        .map(|s| suggested_patterns(settings, &files, s))
        .unwrap_or_default();
    let report = Report {
        files,
        calls,
        usd,
        parse_interval,
        cache_ttl,
        price: args.price,
        patterns,
    };
    match args.budget {
        Some(budget) if usd > budget => {
            let err = Error::new(
                ExitStatus::Failure,
                format!("the estimate, ${usd:.2} a month, is above the budget of ${budget:.2}"),
            );
            Output::failed(report, err)
        }
        // A file that was not read or analysed may hold any number of lookups.
        Some(budget) if unknown > 0 => {
            let err = Error::new(
                ExitStatus::Failure,
                format!(
                    "{unknown} file(s) could not be analysed, so the estimate (${usd:.2} a month) is only a lower bound and the budget of ${budget:.2} cannot be confirmed"
                ),
            );
            Output::failed(report, err)
        }
        _ => Output::ok(report),
    }
}

/// Every `.py` regular file under `dir`, sorted, as Airflow walks the DAGs folder (symlinked
/// directories followed, each real directory once, so a loop ends); a directory that cannot be
/// listed comes with the error instead of ending the run. FIFOs and other special files are
/// not files Airflow parses (and would block a read).
fn dag_files(dir: &Path) -> Result<Vec<(PathBuf, Option<String>)>> {
    let meta = std::fs::metadata(dir)
        .map_err(|e| Error::usage(format!("`--dags {}`: {e}", dir.display())))?;
    if !meta.is_dir() {
        return Err(Error::usage(format!(
            "`--dags {}` is not a directory",
            dir.display()
        )));
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        if std::fs::canonicalize(&d).is_ok_and(|real| !seen.insert(real)) {
            continue;
        }
        let entries = match std::fs::read_dir(&d) {
            Ok(entries) => entries,
            Err(e) => {
                out.push((d, Some(format!("cannot list the directory: {e}"))));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            // Through symlinks, as Airflow's walk goes.
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                if entry.file_name() != "__pycache__" {
                    todo.push(path);
                }
            } else if meta.is_file() && path.extension().is_some_and(|e| e == "py") {
                out.push((path, None));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// With a secrets cache: each key's calls at its first lookup, none at the others, over all
/// files or within each file (a key that is not a literal is its own).
fn charge_once_per_key(files: &mut [FileReport], per_file: bool) {
    let mut first: BTreeMap<(Kind, String), String> = BTreeMap::new();
    for f in files.iter_mut() {
        if per_file {
            first.clear();
        }
        let path = f.path.clone();
        for l in f.lookups.iter_mut().filter(|l| l.reaches) {
            let Some(key) = &l.key else { continue };
            match first.get(&(l.kind, key.clone())) {
                Some(at) => {
                    l.calls_per_month = 0;
                    let _ = write!(l.why, "; cached: the key's calls are counted at {at}");
                }
                None => {
                    first.insert((l.kind, key.clone()), format!("{path}:{}", l.line));
                }
            }
        }
    }
}

/// One file's lookups, or why it was not counted.
fn file_report(
    settings: &Settings,
    root: &Path,
    path: &Path,
    stored: Option<&Stored>,
    per_lookup: u64,
) -> FileReport {
    let mut report = FileReport {
        path: shown_path(root, path),
        lookups: Vec::new(),
        error: None,
        unknown: false,
        skipped: None,
    };
    let text = match read_limited(path) {
        Ok(t) => t,
        Err(e) => {
            report.error = Some(e);
            report.unknown = true;
            return report;
        }
    };
    // Airflow's DAG discovery safe mode (on by default) parses only files that mention both.
    let lower = text.to_lowercase();
    if settings.dag_discovery_safe_mode && !(lower.contains("dag") && lower.contains("airflow")) {
        report.skipped = Some(
            "Airflow does not parse it: it does not mention both `airflow` and `dag` (safe mode)"
                .into(),
        );
        return report;
    }
    match dags::parse_time_lookups(&text) {
        Ok(lookups) => {
            report.lookups = lookups
                .into_iter()
                .map(|l| judge(settings, l, stored, per_lookup))
                .collect();
        }
        Err(e) => {
            report.error = Some(match e.kind {
                dags::ErrorKind::Syntax => format!(
                    "syntax error at line {}: {} (Python imports nothing from it, so Airflow looks nothing up)",
                    e.line, e.message
                ),
                dags::ErrorKind::TooComplex => {
                    report.unknown = true;
                    format!("not analysed: {e}; its lookups are unknown")
                }
            });
        }
    }
    report
}

fn read_limited(path: &Path) -> std::result::Result<String, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read it: {e}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_DAG_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > MAX_DAG_FILE {
        return Err(format!("larger than {MAX_DAG_FILE} bytes, not read"));
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8, which Python source must be".into())
}

/// Whether one lookup reaches Secrets Manager, and why.
fn judge(
    settings: &Settings,
    lookup: dags::Lookup,
    stored: Option<&Stored>,
    per_lookup: u64,
) -> LookupReport {
    let kind = match lookup.kind {
        LookupKind::Variable => Kind::Variable,
        LookupKind::Connection => Kind::Connection,
    };
    let backend = &settings.backend;
    let looked_up = backend.lookup(kind, lookup.key.as_deref().unwrap_or(""));
    let (reaches, why) = match (&lookup.key, looked_up) {
        (_, Err(NotLookedUp::PrefixDisabled { setting })) => (
            false,
            format!("`{setting}` is null: the backend is not asked"),
        ),
        (Some(_), Err(e @ NotLookedUp::PatternMismatch { .. })) => (false, e.to_string()),
        (None, _) => (
            true,
            format!(
                "{}; the key is not a literal, so it is counted as reaching Secrets Manager",
                lookup.context
            ),
        ),
        (Some(_), Ok(_)) => (true, lookup.context.clone()),
    };
    let held = match (&lookup.key, stored) {
        (Some(key), Some(s)) if reaches => {
            Some(s.get(&kind).is_some_and(|keys| keys.contains(key)))
        }
        _ => None,
    };
    let why = if held == Some(false) {
        format!(
            "{why}; Secrets Manager holds no `{}`, so the call finds nothing and Airflow falls back to the next backend",
            backend.secret_name(kind, lookup.key.as_deref().unwrap_or(""))
        )
    } else {
        why
    };
    LookupReport {
        line: lookup.line,
        kind,
        key: lookup.key,
        call: lookup.call,
        reaches,
        held,
        why,
        calls_per_month: if reaches { per_lookup } else { 0 },
        repeated: lookup.repeated,
    }
}

/// Per kind, the lookup pattern that keeps asking Secrets Manager for every key it holds and
/// stops asking for the parse-time keys it does not hold: only when there are such keys, and
/// no pattern is set already (which the user then has to widen by hand).
fn suggested_patterns(
    settings: &Settings,
    files: &[FileReport],
    stored: &Stored,
) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for kind in [Kind::Variable, Kind::Connection] {
        let wasted = files
            .iter()
            .flat_map(|f| &f.lookups)
            .any(|l| l.kind == kind && l.held == Some(false));
        if !wasted || settings.backend.pattern(kind).is_some() {
            continue;
        }
        let keys: Vec<String> = stored
            .get(&kind)
            .into_iter()
            .flatten()
            .map(|k| regex::escape(k))
            .collect();
        let pattern = if keys.is_empty() {
            // Nothing of this kind is stored: nothing should be asked for.
            "^$".to_owned()
        } else {
            format!("^(?:{})$", keys.join("|"))
        };
        out.push((kind.pattern_setting(), pattern));
    }
    out
}

struct LookupReport {
    line: usize,
    kind: Kind,
    key: Option<String>,
    call: String,
    reaches: bool,
    /// With `--stored`: whether Secrets Manager holds the key.
    held: Option<bool>,
    why: String,
    calls_per_month: u64,
    /// In a loop of unknown length: at least this many calls.
    repeated: bool,
}

struct FileReport {
    path: String,
    lookups: Vec<LookupReport>,
    error: Option<String>,
    /// Not read or not analysed: it may hold any number of lookups (a file with a syntax
    /// error holds none that run: Python imports nothing from it).
    unknown: bool,
    skipped: Option<String>,
}

impl FileReport {
    fn failed(root: &Path, path: &Path, error: String) -> FileReport {
        FileReport {
            path: shown_path(root, path),
            lookups: Vec::new(),
            error: Some(error),
            unknown: true,
            skipped: None,
        }
    }
}

/// A path as shown: relative to the DAGs folder.
fn shown_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

struct Report {
    files: Vec<FileReport>,
    calls: u64,
    usd: f64,
    parse_interval: u64,
    cache_ttl: u64,
    price: f64,
    patterns: Vec<(&'static str, String)>,
}

impl Report {
    /// Whether the total only bounds the calls from below: a file could not be analysed, or
    /// a lookup sits in a loop of unknown length (counted once).
    fn lower_bound(&self) -> bool {
        self.files.iter().any(|f| f.unknown)
            || self
                .files
                .iter()
                .flat_map(|f| &f.lookups)
                .any(|l| l.repeated && l.reaches)
    }
}

impl Render for Report {
    fn json(&self) -> Value {
        let files: Vec<Value> = self
            .files
            .iter()
            .map(|f| {
                let mut v = json!({
                    "path": f.path,
                    "lookups": f.lookups.iter().map(|l| {
                        let mut v = json!({
                            "line": l.line,
                            "kind": l.kind.name(),
                            "key": l.key,
                            "call": l.call,
                            "reaches_secrets_manager": l.reaches,
                            "why": l.why,
                            "calls_per_month": l.calls_per_month,
                        });
                        if let Some(held) = l.held {
                            v["stored"] = json!(held);
                        }
                        if l.repeated {
                            v["repeated"] = json!(true);
                        }
                        v
                    }).collect::<Vec<_>>(),
                });
                if let Some(e) = &f.error {
                    v["error"] = json!(e);
                }
                if let Some(s) = &f.skipped {
                    v["skipped"] = json!(s);
                }
                v
            })
            .collect();
        json!({
            "files": files,
            "calls_per_month": self.calls,
            "lower_bound": self.lower_bound(),
            "usd_per_month": (self.usd * 100.0).round() / 100.0,
            "parse_interval_s": self.parse_interval,
            "cache_ttl_s": self.cache_ttl,
            "price_per_10000_calls": self.price,
            "suggested_lookup_patterns": self.patterns.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
        })
    }

    fn human(&self) -> Vec<Block> {
        let rows: Vec<Vec<String>> = self
            .files
            .iter()
            .flat_map(|f| {
                f.lookups.iter().map(move |l| {
                    vec![
                        format!("{}:{}", f.path, l.line),
                        format!(
                            "{}({})",
                            l.call,
                            l.key
                                .as_ref()
                                .map_or_else(|| "?".to_owned(), |k| format!("{k:?}"))
                        ),
                        match (l.reaches, l.held) {
                            (false, _) => "no".into(),
                            (true, Some(false)) => "yes, not stored".into(),
                            (true, _) => "yes".into(),
                        },
                        if l.repeated && l.reaches {
                            format!("{} or more", l.calls_per_month)
                        } else {
                            l.calls_per_month.to_string()
                        },
                    ]
                })
            })
            .collect();
        let mut blocks = Vec::new();
        if !rows.is_empty() {
            blocks.push(Block::Table {
                headers: vec![
                    "file:line",
                    "parse-time lookup",
                    "reaches SM",
                    "calls/month",
                ],
                rows,
            });
        }
        let lookups: usize = self.files.iter().map(|f| f.lookups.len()).sum();
        let cache = if self.cache_ttl == 0 {
            "no secrets cache".to_owned()
        } else {
            format!("cache TTL {} s", self.cache_ttl)
        };
        let at_least = if self.lower_bound() { "at least " } else { "" };
        let mut summary = format!(
            "{} file(s), {lookups} parse-time lookup(s): {at_least}{} calls a month, ${:.2} (parsed every {} s, {cache}, ${} per 10,000 calls)\n",
            self.files.len(),
            self.calls,
            self.usd,
            self.parse_interval,
            self.price
        );
        for (setting, pattern) in &self.patterns {
            // Key names come from Secrets Manager: escaped like every remote string.
            summary.push_str(&escape(&format!(
                "to stop asking Secrets Manager for the keys it does not hold, set the backend kwarg \"{setting}\": {}",
                json!(pattern)
            )));
            summary.push('\n');
        }
        blocks.push(Block::Raw(summary.into_bytes()));
        blocks
    }
}
