//! `delete variable KEY` / `delete connection CONN_ID`

use super::{Ctx, Output, WriteResult, confirm, described, target};
use crate::cli::DeleteArgs;
use crate::error::Result;
use crate::output::date;
use crate::plan::Outcome;

pub async fn run(ctx: &Ctx<'_>, args: &DeleteArgs) -> Result<Output> {
    let (kind, key) = args.what.kind_key();
    let target = target(ctx.settings, kind, key, args.airflow_will_not_read)?;
    let name = target.secret_name.clone();
    // Look first: a force-delete of a missing name succeeds silently in some endpoints.
    let info = described(ctx, &target).await?;
    let result = |outcome| WriteResult {
        target: target.clone(),
        outcome,
        warnings: Vec::new(),
        changed: None,
        metadata: Vec::new(),
        consumers_added: Vec::new(),
    };
    if let (Some(when), false) = (info.deleted, args.force) {
        ctx.notes.note(format!(
            "`{name}` is already scheduled for deletion on {}",
            date(when)
        ));
        return Output::ok(result(Outcome::ScheduledForDeletion));
    }
    // Short enough for an 80-column terminal with a 24-character key.
    let how = if args.force {
        "at once, without recovery".to_owned()
    } else {
        format!(
            "(recoverable for {} days)",
            args.recovery_window_days.unwrap_or(30)
        )
    };
    confirm(ctx.settings, &format!("delete {} {how}?", target.what()))?;
    let when = ctx
        .store
        .delete(&name, args.recovery_window_days, args.force)
        .await?;
    if let (Some(when), false) = (when, args.force) {
        ctx.notes
            .status(format!("`{name}` can be restored until {}", date(when)));
    }
    Output::ok(result(if args.force {
        Outcome::Deleted
    } else {
        Outcome::ScheduledForDeletion
    }))
}
