//! The deployment in bulk: ListSecrets under the configured prefixes (all pages, planned
//! deletions included) and BatchGetSecretValue for the secrets whose values are wanted (20
//! ids a call, a few calls in flight), never one GetSecretValue per secret. Binary-only
//! secrets and per-secret errors are carried as data. It talks to the store and knows no
//! terminal; a null prefix means "nothing of that kind", never the whole account.

use std::collections::HashMap;
use std::time::SystemTime;

use secrecy::ExposeSecret;

use crate::airflow::naming::{BackendConfig, Kind};
use crate::store::{SecretInfo, SecretStore, StoreError};

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
pub async fn read(
    store: &SecretStore,
    backend: &BackendConfig,
    kinds: &[Kind],
    include_deleted: bool,
    want: impl Fn(Kind, &str) -> bool,
) -> Result<Vec<Entry>, StoreError> {
    let mut entries: Vec<Entry> = Vec::new();
    // Two kinds may share a prefix: it is listed once.
    let mut listed: HashMap<String, Vec<SecretInfo>> = HashMap::new();
    for &kind in kinds {
        let Some(prefix) = backend.prefix(kind) else {
            continue;
        };
        let filter = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix}{}", backend.sep)
        };
        if !listed.contains_key(&filter) {
            let secrets = store.list(&filter, include_deleted).await?;
            listed.insert(filter.clone(), secrets);
        }
        for secret in &listed[&filter] {
            let Some(key) = backend.key_of(kind, &secret.name) else {
                continue;
            };
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
    }
    let names: Vec<String> = entries
        .iter()
        .filter(|e| matches!(e.held, Held::NotRead) && want(e.kind, &e.key))
        .map(|e| e.secret_name.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let values = store.batch_get(&names).await?;
    for e in entries
        .iter_mut()
        .filter(|e| names.binary_search(&e.secret_name).is_ok())
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
