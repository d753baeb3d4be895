//! Pure planning: what to do with one desired secret given what Secrets Manager holds.
//! Shared by `put-*` (which always overwrites) and `migrate` (which asks `--if-exists`).

use serde::Serialize;

/// What happened, or would happen, to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    Deleted,
    ScheduledForDeletion,
    Restored,
    /// migrate: an existing secret differs and `--if-exists fail`.
    Conflict,
    /// migrate: an existing secret differs and `--if-exists skip`.
    Skipped,
    /// migrate: the item cannot be stored.
    Invalid,
    /// migrate: the write failed after retries.
    Failed,
    /// migrate: not started because the run was interrupted.
    Interrupted,
}

impl Outcome {
    /// The same, as a plan says it before anything is written (`create`, not `created`).
    pub fn plan_word(self) -> &'static str {
        match self {
            Outcome::Created => "create",
            Outcome::Updated => "update",
            Outcome::Restored => "restore",
            Outcome::Skipped => "skip",
            Outcome::Deleted => "delete",
            other => other.as_str(),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::Deleted => "deleted",
            Outcome::ScheduledForDeletion => "scheduled_for_deletion",
            Outcome::Restored => "restored",
            Outcome::Conflict => "conflict",
            Outcome::Skipped => "skipped",
            Outcome::Invalid => "invalid",
            Outcome::Failed => "failed",
            Outcome::Interrupted => "interrupted",
        }
    }
}

/// What Secrets Manager holds under the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Current<'a> {
    Absent,
    /// The current SecretString; None when only SecretBinary is stored.
    Value(Option<&'a str>),
    ScheduledForDeletion,
}

/// When a differing secret already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfExists {
    Fail,
    Skip,
    Overwrite,
}

/// The write one item needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Unchanged,
    Conflict,
    Skip,
    /// The name is scheduled for deletion: restore first (with `--restore`) or refuse.
    Blocked,
    /// `migrate --prune`: under the prefixes, but no source names it.
    Delete,
}

impl Action {
    /// The outcome the plan reports for this action.
    pub fn planned_outcome(self) -> Outcome {
        match self {
            Action::Create => Outcome::Created,
            Action::Update => Outcome::Updated,
            Action::Unchanged => Outcome::Unchanged,
            Action::Conflict => Outcome::Conflict,
            Action::Skip => Outcome::Skipped,
            Action::Blocked => Outcome::ScheduledForDeletion,
            Action::Delete => Outcome::Deleted,
        }
    }

    pub fn writes(self) -> bool {
        matches!(self, Action::Create | Action::Update)
    }
}

/// Decides one item. Equal bytes mean no write: an unchanged value is never re-written.
pub fn decide(desired: &str, current: Current<'_>, if_exists: IfExists) -> Action {
    match current {
        Current::Absent => Action::Create,
        Current::ScheduledForDeletion => Action::Blocked,
        Current::Value(Some(v)) if v == desired => Action::Unchanged,
        Current::Value(_) => match if_exists {
            IfExists::Overwrite => Action::Update,
            IfExists::Skip => Action::Skip,
            IfExists::Fail => Action::Conflict,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions() {
        assert_eq!(decide("a", Current::Absent, IfExists::Fail), Action::Create);
        assert_eq!(
            decide("a", Current::Value(Some("a")), IfExists::Fail),
            Action::Unchanged
        );
        assert_eq!(
            decide("a", Current::Value(Some("b")), IfExists::Fail),
            Action::Conflict
        );
        assert_eq!(
            decide("a", Current::Value(None), IfExists::Skip),
            Action::Skip
        );
        assert_eq!(
            decide("a", Current::Value(Some("b")), IfExists::Overwrite),
            Action::Update
        );
        assert_eq!(
            decide("a", Current::ScheduledForDeletion, IfExists::Overwrite),
            Action::Blocked
        );
    }
}
