//! `doctor`: every secret under the prefixes, read in bulk through the inventory and judged
//! by `diagnose`, plus the settings themselves; findings sorted by severity.

use serde_json::json;

use super::{Ctx, Output};
use crate::airflow::naming::Kind;
use crate::cli::{DoctorArgs, DoctorKind, FailOn};
use crate::diagnose::{self, Finding, Severity};
use crate::error::{ExitStatus, Result};
use crate::inventory;
use crate::output::{Block, Render};

struct Report {
    scanned: (usize, usize),
    findings: Vec<Finding>,
    calls: std::collections::BTreeMap<String, u64>,
}

fn word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

impl Render for Report {
    fn json(&self) -> serde_json::Value {
        json!({
            "scanned": {"variables": self.scanned.0, "connections": self.scanned.1},
            "findings": self.findings,
            "api_calls": self.calls,
        })
    }

    fn human(&self) -> Vec<Block> {
        let mut rows = Vec::new();
        for f in &self.findings {
            let what = if f.key.is_empty() {
                f.kind.to_owned()
            } else {
                format!("{} {}", f.kind, f.key)
            };
            rows.push(vec![
                word(f.severity).to_owned(),
                f.code.to_owned(),
                what,
                f.message.clone(),
            ]);
            if !f.hint.is_empty() {
                rows.push(vec![
                    String::new(),
                    String::new(),
                    String::new(),
                    format!("fix: {}", f.hint),
                ]);
            }
        }
        let mut blocks = Vec::new();
        if !rows.is_empty() {
            blocks.push(Block::Table {
                headers: vec!["severity", "code", "secret", "finding"],
                rows,
            });
        }
        let count = |s| self.findings.iter().filter(|f| f.severity == s).count();
        blocks.push(Block::Status(format!(
            "scanned {} variable(s) and {} connection(s): {} error(s), {} warning(s), {} note(s)",
            self.scanned.0,
            self.scanned.1,
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info)
        )));
        blocks
    }
}

pub async fn run(ctx: &Ctx<'_>, args: &DoctorArgs) -> Result<Output> {
    let kinds: &[Kind] = match args.kind {
        Some(DoctorKind::Variables) => &[Kind::Variable],
        Some(DoctorKind::Connections) => &[Kind::Connection],
        None => &[Kind::Variable, Kind::Connection],
    };
    let settings = ctx.settings;
    // Every live connection's value is judged; a variable's only for binary and access.
    let entries = inventory::read(ctx.store, &settings.backend, kinds, true, |_, _| true).await?;
    let env: std::collections::BTreeMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let mut findings: Vec<Finding> = entries
        .iter()
        .flat_map(|e| diagnose::entry(settings, e))
        .collect();
    findings.extend(diagnose::settings(settings, &env, &entries));
    findings.sort_by(|a, b| (a.severity, a.kind, &a.key).cmp(&(b.severity, b.kind, &b.key)));
    let scanned = (
        entries.iter().filter(|e| e.kind == Kind::Variable).count(),
        entries
            .iter()
            .filter(|e| e.kind == Kind::Connection)
            .count(),
    );
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let failed = findings.iter().any(|f| f.severity <= threshold);
    Ok(Output {
        body: Box::new(Report {
            scanned,
            findings,
            calls: ctx.store.calls(),
        }),
        then: Ok(if failed {
            ExitStatus::Failure
        } else {
            ExitStatus::Success
        }),
    })
}
