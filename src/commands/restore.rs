//! `restore variable KEY` / `restore connection CONN_ID`: cancels a scheduled deletion.

use super::{Ctx, Output, WriteResult, described, target};
use crate::cli::RestoreArgs;
use crate::error::Result;
use crate::plan::Outcome;

pub async fn run(ctx: &Ctx<'_>, args: &RestoreArgs) -> Result<Output> {
    let (kind, key) = args.what.kind_key();
    let target = target(ctx.settings, kind, key, false)?;
    for w in &target.warnings {
        ctx.notes.warn(w.clone());
    }
    let name = &target.secret_name;
    let info = described(ctx, &target).await?;
    let outcome = if info.deleted.is_some() {
        ctx.store.restore(name).await?;
        Outcome::Restored
    } else {
        Outcome::Unchanged
    };
    Output::ok(WriteResult {
        warnings: target.warnings.clone(),
        target,
        outcome,
        changed: None,
        metadata: Vec::new(),
        consumers_added: Vec::new(),
    })
}
