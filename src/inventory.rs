//! The deployment in bulk: ListSecrets under the configured prefixes (all pages, planned
//! deletions included) and BatchGetSecretValue for the secrets whose values are wanted (20
//! ids a call, a few calls in flight), never one GetSecretValue per secret. Binary-only
//! secrets and per-secret errors are carried as data. It talks to the store and knows no
//! terminal; a null prefix means "nothing of that kind", never the whole account.

use std::collections::BTreeSet;
use std::time::SystemTime;

use secrecy::ExposeSecret;

use crate::airflow::naming::{BackendConfig, Kind};
use crate::store::{BATCH_SIZE, SecretStore, StoreError};

/// What a secret holds, as far as it was read.
#[derive(Debug)]
pub enum Held {
    /// Its value was not asked for.
    NotRead,
    Text(String),
    /// Only SecretBinary: Airflow reads nothing.
    Binary,
    /// Scheduled for deletion: Airflow reads nothing.
    Deleted,
    Unreadable(StoreError),
}

/// One secret under a prefix.
#[derive(Debug)]
pub struct Entry {
    pub kind: Kind,
    pub key: String,
    pub secret_name: String,
    pub last_changed: Option<SystemTime>,
    pub deleted: Option<SystemTime>,
    pub held: Held,
}

/// Every secret of `kinds` under their prefixes; values in bulk for those `want` names.
/// The values are read while the listing goes on: each full chunk of wanted names goes to
/// BatchGetSecretValue as soon as its page arrives, so the two quotas are used at once.
pub async fn read(
    store: &SecretStore,
    backend: &BackendConfig,
    kinds: &[Kind],
    include_deleted: bool,
    want: impl Fn(Kind, &str) -> bool,
) -> Result<Vec<Entry>, StoreError> {
    // Two kinds may share a prefix: it is listed once, and its secrets are entries of both.
    let mut filters: Vec<(String, Vec<Kind>)> = Vec::new();
    for &kind in kinds {
        let Some(prefix) = backend.prefix(kind) else {
            continue;
        };
        let filter = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix}{}", backend.sep)
        };
        match filters.iter_mut().find(|(f, _)| *f == filter) {
            Some((_, shared)) => shared.push(kind),
            None => filters.push((filter, vec![kind])),
        }
    }
    let mut entries: Vec<Entry> = Vec::new();
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<String> = Vec::new();
    let (chunks, arriving) = tokio::sync::mpsc::unbounded_channel::<Vec<String>>();
    let arriving = futures_util::stream::unfold(arriving, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    });
    let listing = async {
        for (filter, shared) in &filters {
            store
                .list_pages(filter, include_deleted, |page| {
                    for secret in page {
                        for &kind in shared {
                            let Some(key) = backend.key_of(kind, &secret.name) else {
                                continue;
                            };
                            let read_it = secret.deleted.is_none() && want(kind, &key);
                            if read_it && wanted.insert(secret.name.clone()) {
                                pending.push(secret.name.clone());
                            }
                            entries.push(Entry {
                                kind,
                                key,
                                secret_name: secret.name.clone(),
                                last_changed: secret.last_changed,
                                deleted: secret.deleted,
                                held: if secret.deleted.is_some() {
                                    Held::Deleted
                                } else {
                                    Held::NotRead
                                },
                            });
                        }
                        if pending.len() == BATCH_SIZE {
                            // The reader outlives the listing unless it failed, and then
                            // its error is the one returned.
                            let _ = chunks.send(std::mem::take(&mut pending));
                        }
                    }
                })
                .await?;
        }
        if !pending.is_empty() {
            let _ = chunks.send(std::mem::take(&mut pending));
        }
        drop(chunks);
        Ok::<(), StoreError>(())
    };
    let ((), values) = tokio::try_join!(listing, store.batch_get_chunks(arriving))?;
    for e in entries
        .iter_mut()
        .filter(|e| wanted.contains(&e.secret_name))
    {
        e.held = match values.get(&e.secret_name) {
            // Gone between the listing and the read.
            None => Held::NotRead,
            Some(Ok(v)) => match &v.string {
                Some(s) => Held::Text(s.expose_secret().to_owned()),
                None => Held::Binary,
            },
            Some(Err(StoreError::ScheduledForDeletion { .. })) => Held::Deleted,
            Some(Err(err)) => Held::Unreadable(err.clone()),
        };
    }
    Ok(entries)
}
