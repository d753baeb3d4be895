//! The one executor: every write of a plan (put-* as a plan of one item, migrate as a plan
//! of many) goes through here. Paced under the write quota, retried in item-level rounds on
//! top of the SDK's own attempts, and idempotent through request tokens.
//!
//! Retries, deliberately two layers: inside, the SDK's standard mode makes up to
//! `AWS_MAX_ATTEMPTS` (default 3) attempts per call; outside, for bulk runs only, an item is
//! tried again for up to `rounds` rounds after a throttle or a transient failure. One item
//! therefore makes at most attempts x rounds write attempts (3 x 3 = 9 by default). The only
//! pacing is ours ([`Pacer`]): the SDK's adaptive limiter is not used.
//!
//! Request tokens are random (a UUID per item and decision, reused by that decision's
//! retries): AWS turns a token into the VersionId, which anyone with `DescribeSecret` sees, so
//! it must not be derived from the value. A re-run is safe because the plan compares values.

use std::time::Duration;

use futures_util::StreamExt;
use secrecy::{ExposeSecret, SecretString};

pub use crate::pace::Pacer;
use crate::plan::{self, Action, Current, IfExists, MetadataChange, Outcome};
use crate::store::{NewSecret, SecretStore, StoreError};

/// Applies a metadata change to an existing secret: UpdateSecret for the description and KMS
/// key (no new version), TagResource and UntagResource for tags.
pub async fn apply_metadata(
    store: &SecretStore,
    name: &str,
    change: &MetadataChange,
) -> Result<(), StoreError> {
    if change.description.is_some() || change.kms_key_id.is_some() {
        store
            .update_metadata(
                name,
                change.description.as_deref(),
                change.kms_key_id.as_deref(),
            )
            .await?;
    }
    if !change.tags.is_empty() {
        store.tag(name, &change.tags).await?;
    }
    if !change.untags.is_empty() {
        store.untag(name, &change.untags).await?;
    }
    Ok(())
}

/// A fresh request token: random, so nothing about the value can be learnt from it.
pub fn token() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// One planned write.
pub struct Work {
    /// The item's place in the caller's list.
    pub index: usize,
    pub secret_name: String,
    pub value: SecretString,
    /// Becomes the secret's description on create.
    pub description: Option<String>,
    pub action: Action,
}

/// Why a run stops early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// SIGINT (Ctrl-C).
    Interrupt,
    /// SIGTERM.
    Terminate,
    /// The whole-run deadline passed.
    Deadline,
}

/// What became of one item.
#[derive(Debug)]
pub struct Done {
    pub index: usize,
    pub outcome: Outcome,
    /// Why it failed (Failed).
    pub error: Option<StoreError>,
    /// Stopped while its request was in flight, or at its deadline: whether the write
    /// happened is unknown until a re-run reads it.
    pub unsettled: bool,
}

pub struct Executor<'a> {
    pub store: &'a SecretStore,
    pub pacer: Pacer,
    pub if_exists: IfExists,
    pub restore: bool,
    pub tags: &'a [(String, String)],
    pub kms_key_id: Option<&'a str>,
    /// Item-level rounds: 1 for a single command (the SDK's attempts only).
    pub rounds: u32,
    /// For `Action::Delete`: the recovery window in days, or at once.
    pub delete_window: Option<i64>,
    pub delete_force: bool,
    /// An item's whole life (rounds, backoff and attempts) ends here: unsettled.
    pub item_deadline: Duration,
    /// Set once to stop: items not started are not, in-flight ones are abandoned.
    pub stop: tokio::sync::watch::Receiver<Option<Stop>>,
    /// Told when an item starts another round (the name and why), for a heartbeat.
    pub on_retry: &'a (dyn Fn(&str, &StoreError) + Sync),
}

/// Resolves when the run is told to stop; never, if nobody can tell it.
async fn stopped(stop: &mut tokio::sync::watch::Receiver<Option<Stop>>) {
    if stop.wait_for(Option::is_some).await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Re-reads of one item's secret after an answer that contradicts the plan.
const MAX_RECHECKS: u32 = 3;

fn backoff(round: u32) -> Duration {
    Duration::from_millis(100u64 << round.min(5))
}

impl Executor<'_> {
    /// Runs the writes with `concurrency` in flight; `progress` is called once per item.
    pub async fn run(
        &self,
        work: Vec<Work>,
        concurrency: usize,
        progress: &(dyn Fn(&Done) + Sync),
    ) -> Vec<Done> {
        futures_util::stream::iter(work)
            .map(|w| async move {
                let done = self.write(w).await;
                progress(&done);
                done
            })
            .buffer_unordered(concurrency.max(1))
            .collect()
            .await
    }

    /// The operation an action sends, if it sends one.
    fn operation(&self, action: Action) -> Option<&'static str> {
        match action {
            Action::Create => Some("CreateSecret"),
            Action::Update => Some("PutSecretValue"),
            Action::Blocked if self.restore => Some("RestoreSecret"),
            Action::Delete => Some("DeleteSecret"),
            _ => None,
        }
    }

    async fn pace(&self, op: &'static str) {
        self.pacer.observe(op, self.store.throttled(op));
        self.pacer.slot(op).await;
    }

    /// One item: its first slot is waited for outside its deadline (a queue is not a hang),
    /// then everything else within it; abandoned when the run stops.
    async fn write(&self, w: Work) -> Done {
        let index = w.index;
        let unsettled = |outcome| Done {
            index,
            outcome,
            error: None,
            unsettled: true,
        };
        let mut stop = self.stop.clone();
        if stop.borrow().is_some() {
            return Done {
                unsettled: false,
                ..unsettled(Outcome::Interrupted)
            };
        }
        let sent = std::cell::Cell::new(false);
        let run = async {
            if let Some(op) = self.operation(w.action) {
                self.pace(op).await;
            }
            sent.set(true);
            match tokio::time::timeout(self.item_deadline, self.attempt(w)).await {
                Ok(done) => done,
                Err(_) => Done {
                    error: Some(StoreError::Network {
                        operation: "write",
                        message: format!(
                            "no answer within the item deadline of {} s",
                            self.item_deadline.as_secs()
                        ),
                    }),
                    ..unsettled(Outcome::Failed)
                },
            }
        };
        tokio::select! {
            done = run => done,
            () = stopped(&mut stop) => Done {
                unsettled: sent.get(),
                ..unsettled(Outcome::Interrupted)
            },
        }
    }

    /// The item's rounds. Its first slot has been taken by [`Executor::write`].
    async fn attempt(&self, w: Work) -> Done {
        let done = |outcome, error: Option<StoreError>| Done {
            index: w.index,
            outcome,
            error,
            unsettled: false,
        };
        let name = w.secret_name.as_str();
        let mut action = w.action;
        let mut token = token();
        let mut restored = false;
        let mut paced = true;
        // Re-reads after "exists" or "not found" (ListSecrets can lag): a few, not rounds.
        let mut rechecks = 0;
        let mut last_error = None;
        let mut round = 0;
        while round < self.rounds.max(1) {
            let op = match action {
                // One restore per item: still scheduled after it, the item stops.
                Action::Blocked if self.restore && !restored => "RestoreSecret",
                Action::Blocked => return done(Outcome::ScheduledForDeletion, None),
                Action::Unchanged if restored => return done(Outcome::Restored, None),
                Action::Unchanged | Action::Conflict | Action::Skip => {
                    return done(action.planned_outcome(), None);
                }
                Action::Create => "CreateSecret",
                Action::Update => "PutSecretValue",
                Action::Delete => "DeleteSecret",
            };
            if !std::mem::take(&mut paced) {
                self.pace(op).await;
            }
            let result = match action {
                Action::Create => {
                    let new = NewSecret {
                        name,
                        value: &w.value,
                        description: w.description.as_deref(),
                        tags: self.tags,
                        kms_key_id: self.kms_key_id,
                        token: Some(&token),
                    };
                    self.store.create(&new).await.map(|_| Outcome::Created)
                }
                Action::Update => self
                    .store
                    .put(name, &w.value, Some(&token))
                    .await
                    .map(|_| Outcome::Updated),
                Action::Delete => {
                    let outcome = if self.delete_force {
                        Outcome::Deleted
                    } else {
                        Outcome::ScheduledForDeletion
                    };
                    match self
                        .store
                        .delete(name, self.delete_window, self.delete_force)
                        .await
                    {
                        // Gone, or going, already: what was asked for.
                        Ok(_)
                        | Err(
                            StoreError::NotFound { .. } | StoreError::ScheduledForDeletion { .. },
                        ) => return done(outcome, None),
                        Err(e) => Err(e),
                    }
                }
                _ => self.store.restore(name).await.map(|()| Outcome::Restored),
            };
            match result {
                Ok(Outcome::Restored) => {
                    // Restored: it holds the value it had when it was deleted, which the user
                    // chose to replace by passing --restore, so it is overwritten.
                    restored = true;
                    match self
                        .reassess(name, w.value.expose_secret(), IfExists::Overwrite)
                        .await
                    {
                        Ok(next) => action = next,
                        Err(e) => return done(Outcome::Failed, Some(e)),
                    }
                    token = self::token();
                }
                Ok(outcome) => {
                    self.pacer.succeeded(op);
                    return done(outcome, None);
                }
                // Exists after all (ListSecrets can lag on AWS), or deleted meanwhile: decide
                // again from what is there now.
                Err(
                    e @ (StoreError::Exists { .. }
                    | StoreError::ScheduledForDeletion { .. }
                    | StoreError::NotFound { .. }),
                ) => {
                    rechecks += 1;
                    if rechecks > MAX_RECHECKS {
                        return done(Outcome::Failed, Some(e));
                    }
                    match self
                        .reassess(name, w.value.expose_secret(), self.if_exists)
                        .await
                    {
                        Ok(next) => action = next,
                        Err(e) => return done(Outcome::Failed, Some(e)),
                    }
                    token = self::token();
                }
                Err(e) if e.is_transient() => {
                    self.pacer.observe(op, self.store.throttled(op));
                    tracing::info!(target: "airsecrets::retry", "{name}: round {} failed: {e}", round + 1);
                    round += 1;
                    if round < self.rounds {
                        (self.on_retry)(name, &e);
                        tokio::time::sleep(backoff(round)).await;
                    }
                    last_error = Some(e);
                }
                Err(e) => return done(Outcome::Failed, Some(e)),
            }
        }
        done(Outcome::Failed, last_error)
    }

    /// The action for the secret as it is now.
    async fn reassess(
        &self,
        name: &str,
        value: &str,
        if_exists: IfExists,
    ) -> Result<Action, StoreError> {
        let current = match self.store.get(name).await {
            Ok(None) => return Ok(plan::decide(value, Current::Absent, if_exists)),
            Ok(Some(v)) => v,
            Err(StoreError::ScheduledForDeletion { .. }) => {
                return Ok(plan::decide(
                    value,
                    Current::ScheduledForDeletion,
                    if_exists,
                ));
            }
            Err(e) => return Err(e),
        };
        let text = current.string.as_ref().map(ExposeSecret::expose_secret);
        Ok(plan::decide(value, Current::Value(text), if_exists))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_fit_secrets_manager() {
        let a = token();
        assert_ne!(a, token());
        assert!(
            (32..=64).contains(&a.len()),
            "Secrets Manager takes 32 to 64 characters"
        );
    }
}
