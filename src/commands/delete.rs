//! `delete variable KEY` / `delete connection CONN_ID`

use super::{confirm, print_write_result};
use crate::airflow::naming::Kind;
use crate::cli::{DeleteArgs, DeleteWhat};
use crate::error::{Error, ExitStatus, Result};
use crate::output::{Printer, date};
use crate::plan::Outcome;
use crate::settings::Settings;
use crate::store::SecretStore;

pub async fn run(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    args: &DeleteArgs,
) -> Result<ExitStatus> {
    let (kind, key) = match &args.what {
        DeleteWhat::Variable { key } => (Kind::Variable, key),
        DeleteWhat::Connection { conn_id } => (Kind::Connection, conn_id),
    };
    let name = settings.backend.secret_name(kind, key);
    // Look first: a force-delete of a missing name succeeds silently in some endpoints.
    let info = store.describe(&name).await?.ok_or_else(|| {
        Error::new(
            ExitStatus::NotFound,
            format!("{} `{key}` not found (no secret `{name}`)", kind.name()),
        )
    })?;
    if let (Some(when), false) = (info.deleted, args.force) {
        printer.note(&format!(
            "`{name}` is already scheduled for deletion on {}",
            date(when)
        ));
        print_write_result(
            printer,
            kind,
            key,
            &name,
            Outcome::ScheduledForDeletion,
            &[],
        );
        return Ok(ExitStatus::Success);
    }
    let how = if args.force {
        "immediately, without recovery".to_owned()
    } else {
        format!(
            "with a {}-day recovery window",
            args.recovery_window_days.unwrap_or(30)
        )
    };
    confirm(
        settings,
        &format!("delete {} `{key}` (`{name}`) {how}", kind.name()),
    )?;
    let when = store
        .delete(&name, args.recovery_window_days, args.force)
        .await?;
    let outcome = if args.force {
        Outcome::Deleted
    } else {
        Outcome::ScheduledForDeletion
    };
    if let (Some(when), false) = (when, args.force) {
        printer.status(&format!("`{name}` can be restored until {}", date(when)));
    }
    print_write_result(printer, kind, key, &name, outcome, &[]);
    Ok(ExitStatus::Success)
}
