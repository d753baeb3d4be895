//! Pure planning: what to do with one desired secret given what Secrets Manager holds.
//! Shared by `put-*` (which always overwrites) and `migrate` (which asks `--if-exists`).

use serde::Serialize;

use crate::store::Metadata;

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
    /// rollback: an earlier version was made current.
    RolledBack,
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
            Outcome::RolledBack => "rollback",
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
            Outcome::RolledBack => "rolled_back",
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

/// The metadata `put-*` asks for (only what the user gave).
pub struct WantedMetadata<'a> {
    pub description: Option<&'a str>,
    pub kms_key_id: Option<&'a str>,
    pub tags: &'a [(String, String)],
    pub untags: &'a [String],
}

/// What to change on an existing secret's metadata: only what differs.
#[derive(Debug, Default, PartialEq)]
pub struct MetadataChange {
    pub description: Option<String>,
    pub kms_key_id: Option<String>,
    pub tags: Vec<(String, String)>,
    pub untags: Vec<String>,
}

impl MetadataChange {
    /// The names of what changes, for the result.
    pub fn changed(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.description.is_some() {
            out.push("description");
        }
        if self.kms_key_id.is_some() {
            out.push("kms_key_id");
        }
        if !self.tags.is_empty() || !self.untags.is_empty() {
            out.push("tags");
        }
        out
    }
}

/// The account's default key, which DescribeSecret leaves out.
const DEFAULT_KMS_KEY: &str = "alias/aws/secretsmanager";

/// Whether the key DescribeSecret names is the one the user gave: the same text, the key id
/// at the end of its ARN, or the default key that DescribeSecret does not name. An alias
/// against a key ARN cannot be told apart without KMS: it is applied again, which is
/// harmless (no new version).
fn same_kms_key(given: &str, described: Option<&str>) -> bool {
    // `alias/x` or a key id inside an ARN (`arn:...:alias/x`, `arn:...:key/<id>`), either way.
    let within = |short: &str, long: &str| {
        long.ends_with(&format!(":{short}"))
            || (long.contains(":key/") && long.ends_with(&format!("key/{short}")))
    };
    match described {
        None => given == DEFAULT_KMS_KEY || within(DEFAULT_KMS_KEY, given),
        Some(d) => d == given || within(given, d) || within(d, given),
    }
}

/// Compares what the user asked for with what DescribeSecret says.
pub fn metadata_change(wanted: &WantedMetadata<'_>, current: &Metadata) -> MetadataChange {
    MetadataChange {
        description: wanted
            .description
            .filter(|d| current.description.as_deref() != Some(*d))
            .map(str::to_owned),
        kms_key_id: wanted
            .kms_key_id
            .filter(|k| !same_kms_key(k, current.kms_key_id.as_deref()))
            .map(str::to_owned),
        tags: wanted
            .tags
            .iter()
            .filter(|(k, v)| !current.tags.iter().any(|(ck, cv)| ck == k && cv == v))
            .cloned()
            .collect(),
        untags: wanted
            .untags
            .iter()
            .filter(|k| current.tags.iter().any(|(ck, _)| ck == *k))
            .cloned()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kms_key_is_the_same_by_alias_id_or_arn() {
        // AWS describes a key by its ARN; the same key given as an alias or an id is no change.
        let arn = "arn:aws:kms:eu-west-1:123456789012:alias/airflow";
        assert!(same_kms_key("alias/airflow", Some(arn)));
        assert!(same_kms_key(arn, Some("alias/airflow")));
        let key = "arn:aws:kms:eu-west-1:1:key/abcd-1234";
        assert!(same_kms_key("abcd-1234", Some(key)));
        assert!(!same_kms_key("alias/other", Some(arn)));
        assert!(
            !same_kms_key("airflow", Some(arn)),
            "a bare name is no alias"
        );
        assert!(same_kms_key(DEFAULT_KMS_KEY, None));
        assert!(!same_kms_key("alias/airflow", None));
    }

    #[test]
    fn metadata_changes_only_what_differs() {
        let current = Metadata {
            description: Some("old".into()),
            kms_key_id: Some("arn:aws:kms:eu-west-1:1:key/abc".into()),
            tags: vec![("team".into(), "data".into()), ("tmp".into(), "1".into())],
        };
        let tags = [
            ("team".to_owned(), "data".to_owned()),
            ("env".to_owned(), "prod".to_owned()),
        ];
        let untags = ["tmp".to_owned(), "absent".to_owned()];
        let wanted = WantedMetadata {
            description: Some("old"),
            kms_key_id: Some("abc"),
            tags: &tags,
            untags: &untags,
        };
        let change = metadata_change(&wanted, &current);
        assert_eq!(change.description, None);
        assert_eq!(change.kms_key_id, None);
        assert_eq!(change.tags, vec![("env".to_owned(), "prod".to_owned())]);
        assert_eq!(change.untags, vec!["tmp".to_owned()]);
        assert_eq!(change.changed(), vec!["tags"]);
        let wanted = WantedMetadata {
            description: Some("new"),
            kms_key_id: Some("alias/other"),
            tags: &[],
            untags: &[],
        };
        assert_eq!(
            metadata_change(&wanted, &current).changed(),
            vec!["description", "kms_key_id"]
        );
        let default_key = WantedMetadata {
            description: None,
            kms_key_id: Some(DEFAULT_KMS_KEY),
            tags: &[],
            untags: &[],
        };
        assert!(
            metadata_change(&default_key, &Metadata::default())
                .changed()
                .is_empty()
        );
    }

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
