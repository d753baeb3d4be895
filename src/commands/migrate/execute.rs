//! Running the planned writes: concurrent, paced under the write quota, retried on
//! transient errors, idempotent through deterministic request tokens.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::time::Instant;

use futures_util::StreamExt;
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

use super::sources::Item;
use crate::plan::{self, Action, Current, IfExists, Outcome};
use crate::store::{NewSecret, SecretStore, StoreError};

/// Rounds of our own retries on top of the SDK's, for throttling and transient errors.
const ROUNDS: u32 = 6;

/// One operation's schedule.
struct Lane {
    next: Instant,
    interval: Duration,
    successes: u32,
}

/// Paces each operation to a rate, slowing down when Secrets Manager still throttles.
pub struct Pacer {
    base: Duration,
    lanes: Mutex<HashMap<&'static str, Lane>>,
}

impl Pacer {
    /// `rate` requests per second per operation.
    pub fn new(rate: f64) -> Pacer {
        Pacer {
            base: Duration::from_secs_f64(1.0 / rate.max(0.1)),
            lanes: Mutex::new(HashMap::new()),
        }
    }

    /// Waits for this operation's next slot.
    pub async fn slot(&self, op: &'static str) {
        let at = {
            let mut lanes = self.lanes.lock().expect("pacer");
            let now = Instant::now();
            let lane = lanes.entry(op).or_insert(Lane {
                next: now,
                interval: self.base,
                successes: 0,
            });
            let at = lane.next.max(now);
            lane.next = at + lane.interval;
            at
        };
        tokio::time::sleep_until(at).await;
    }

    /// Throttled even after the SDK's retries: widen the interval.
    pub fn throttled(&self, op: &'static str) {
        if let Some(lane) = self.lanes.lock().expect("pacer").get_mut(op) {
            lane.interval = (lane.interval * 3 / 2).min(Duration::from_secs(2));
            lane.successes = 0;
        }
    }

    /// A success: after a run of them, creep back towards the configured rate.
    pub fn succeeded(&self, op: &'static str) {
        if let Some(lane) = self.lanes.lock().expect("pacer").get_mut(op) {
            lane.successes += 1;
            if lane.successes >= 20 && lane.interval > self.base {
                lane.interval = (lane.interval * 19 / 20).max(self.base);
                lane.successes = 0;
            }
        }
    }
}

/// A request token fixed by the item, its value and the version it replaces: a retried
/// write is idempotent, and a later run writing the same value over a different current
/// version gets a new token (an old token would make AWS ignore the write).
pub fn token(name: &str, value: &str, replaces: Option<&str>) -> String {
    let mut h = Sha256::new();
    for part in [name, value, replaces.unwrap_or("<create>")] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// One planned write.
pub struct Work<'a> {
    pub index: usize,
    pub item: &'a Item,
    pub action: Action,
    /// The current version the plan saw (for the update token).
    pub current_version: Option<String>,
}

/// What became of one item.
pub struct Done {
    pub index: usize,
    pub outcome: Outcome,
    pub error: Option<String>,
}

pub struct Executor<'a> {
    pub store: &'a SecretStore,
    pub pacer: &'a Pacer,
    pub if_exists: IfExists,
    pub restore: bool,
    pub tags: &'a [(String, String)],
    pub kms_key_id: Option<&'a str>,
    pub stop: Arc<AtomicBool>,
}

fn backoff(round: u32) -> Duration {
    Duration::from_millis(100u64 << round.min(5))
}

impl Executor<'_> {
    /// Runs the writes with `concurrency` in flight; `progress` is called once per item.
    pub async fn run(
        &self,
        work: Vec<Work<'_>>,
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

    async fn write(&self, w: Work<'_>) -> Done {
        let done = |outcome, error: Option<String>| Done {
            index: w.index,
            outcome,
            error,
        };
        if self.stop.load(Ordering::Relaxed) {
            return done(
                Outcome::Interrupted,
                Some("interrupted before it was written".into()),
            );
        }
        let item = w.item;
        let Some(value) = item.value.as_ref() else {
            return done(Outcome::Invalid, item.problem.clone());
        };
        let name = item.secret_name.as_str();
        let mut action = w.action;
        let mut version = w.current_version;
        let mut last_error = String::new();
        let mut round = 0;
        while round < ROUNDS {
            let result = match action {
                Action::Create => {
                    self.pacer.slot("CreateSecret").await;
                    let token = token(name, value.expose_secret(), None);
                    let new = NewSecret {
                        name,
                        value,
                        description: item.description.as_deref(),
                        tags: self.tags,
                        kms_key_id: self.kms_key_id,
                        token: Some(&token),
                    };
                    self.store.create(&new).await.map(|_| Outcome::Created)
                }
                Action::Update => {
                    self.pacer.slot("PutSecretValue").await;
                    let token = token(
                        name,
                        value.expose_secret(),
                        Some(version.as_deref().unwrap_or("<unknown>")),
                    );
                    self.store
                        .put(name, value, Some(&token))
                        .await
                        .map(|_| Outcome::Updated)
                }
                Action::Blocked if self.restore => match self.store.restore(name).await {
                    Ok(()) => Ok(Outcome::Restored),
                    Err(e) => Err(e),
                },
                Action::Blocked => {
                    return done(
                        Outcome::ScheduledForDeletion,
                        Some(
                            "scheduled for deletion; pass `--restore` to restore and write it"
                                .into(),
                        ),
                    );
                }
                Action::Unchanged | Action::Conflict | Action::Skip => {
                    return done(w.action.planned_outcome(), None);
                }
            };
            let op = if action == Action::Create {
                "CreateSecret"
            } else {
                "PutSecretValue"
            };
            match result {
                Ok(Outcome::Restored) => {
                    // Restored: it holds the value it had when it was deleted, which the user
                    // chose to replace by passing --restore, so it is overwritten.
                    match self
                        .reassess(name, value.expose_secret(), IfExists::Overwrite)
                        .await
                    {
                        Ok((next, v)) => (action, version) = (next, v),
                        Err(e) => return done(Outcome::Failed, Some(e.to_string())),
                    }
                    if !action.writes() {
                        return done(
                            if action == Action::Unchanged {
                                Outcome::Restored
                            } else {
                                action.planned_outcome()
                            },
                            None,
                        );
                    }
                }
                Ok(outcome) => {
                    self.pacer.succeeded(op);
                    return done(outcome, None);
                }
                // Exists after all (ListSecrets can lag on AWS), or deleted meanwhile.
                Err(
                    StoreError::Exists { .. }
                    | StoreError::ScheduledForDeletion { .. }
                    | StoreError::NotFound { .. },
                ) => {
                    match self
                        .reassess(name, value.expose_secret(), self.if_exists)
                        .await
                    {
                        Ok((next, v)) if next.writes() || next == Action::Blocked => {
                            (action, version) = (next, v);
                        }
                        Ok((next, _)) => return done(next.planned_outcome(), None),
                        Err(e) => return done(Outcome::Failed, Some(e.to_string())),
                    }
                    round += 1;
                }
                Err(e @ StoreError::Throttled { .. }) => {
                    self.pacer.throttled(op);
                    last_error = e.to_string();
                    tokio::time::sleep(backoff(round)).await;
                    round += 1;
                }
                Err(e) if e.is_transient() => {
                    last_error = e.to_string();
                    tokio::time::sleep(backoff(round)).await;
                    round += 1;
                }
                Err(e) => return done(Outcome::Failed, Some(e.to_string())),
            }
        }
        done(
            Outcome::Failed,
            Some(format!(
                "gave up after {ROUNDS} rounds of retries: {last_error}"
            )),
        )
    }

    /// The action for the secret as it is now.
    async fn reassess(
        &self,
        name: &str,
        value: &str,
        if_exists: IfExists,
    ) -> Result<(Action, Option<String>), StoreError> {
        let (current, version) = match self.store.get(name).await {
            Ok(None) => (Current::Absent, None),
            Ok(Some(v)) => {
                let text = v.string.as_ref().map(|s| s.expose_secret().to_owned());
                return Ok((
                    plan::decide(value, Current::Value(text.as_deref()), if_exists),
                    v.version_id,
                ));
            }
            Err(StoreError::ScheduledForDeletion { .. }) => (Current::ScheduledForDeletion, None),
            Err(e) => return Err(e),
        };
        Ok((plan::decide(value, current, if_exists), version))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stable_and_depend_on_the_replaced_version() {
        let a = token("n", "v", None);
        assert_eq!(a, token("n", "v", None));
        assert_eq!(a.len(), 64, "Secrets Manager takes 32 to 64 characters");
        assert_ne!(a, token("n", "v", Some("version-1")));
        assert_ne!(
            token("n", "v", Some("version-1")),
            token("n", "v", Some("version-2"))
        );
        assert_ne!(a, token("n", "w", None));
    }

    #[tokio::test(start_paused = true)]
    async fn the_pacer_spaces_calls_and_backs_off() {
        let pacer = Pacer::new(10.0);
        let start = tokio::time::Instant::now();
        for _ in 0..5 {
            pacer.slot("CreateSecret").await;
        }
        assert_eq!(start.elapsed(), Duration::from_millis(400));
        pacer.throttled("CreateSecret");
        let before = tokio::time::Instant::now();
        pacer.slot("CreateSecret").await;
        pacer.slot("CreateSecret").await;
        assert_eq!(
            before.elapsed(),
            Duration::from_millis(250),
            "the next gap is 150 ms"
        );
    }
}
