//! The one validation of names and values, used by every command (get and delete too), so
//! that a key is refused, or warned about, the same way wherever it appears.

use crate::airflow::naming::{self, Kind};
use crate::settings::Settings;

/// Secrets Manager's SecretString limit.
pub const MAX_VALUE_BYTES: usize = 65_536;

/// A key resolved to its secret name, with what the user should know before it is used.
#[derive(Debug, Clone)]
pub struct Target {
    pub kind: Kind,
    pub key: String,
    pub secret_name: String,
    /// Where Airflow would not look it up, or a name AWS may confuse with an ARN.
    pub warnings: Vec<String>,
}

impl Target {
    /// `variable `KEY``, for messages.
    pub fn what(&self) -> String {
        format!("{} `{}`", self.kind.name(), self.key)
    }
}

/// The secret name for a key; Err (the reason) when Secrets Manager cannot hold the name,
/// or when the kind's prefix is null and `unread` was not given: Airflow then never looks
/// that kind up, and the bare key would name some unrelated secret of the account.
pub fn target(settings: &Settings, kind: Kind, key: &str, unread: bool) -> Result<Target, String> {
    if key.is_empty() {
        return Err(format!("the {} key is empty", kind.name()));
    }
    if settings.backend.prefix(kind).is_none() && !unread {
        return Err(format!(
            "`{}` is null, so Airflow never looks {}s up in Secrets Manager, and `{key}` would name an unrelated secret of the account",
            kind.prefix_setting(),
            kind.name()
        ));
    }
    let secret_name = settings.backend.secret_name(kind, key);
    naming::validate_secret_name(&secret_name)
        .map_err(|e| format!("`{secret_name}` cannot be a secret name: {e}"))?;
    let mut warnings = Vec::new();
    if let Err(why) = settings.backend.lookup(kind, key) {
        warnings.push(format!("{} `{key}`: {why}", kind.name()));
    }
    if naming::looks_like_arn_suffix(&secret_name) {
        warnings.push(format!(
            "`{secret_name}` ends in `-` and six characters, like an ARN's random suffix: AWS may resolve a partial ARN to the wrong secret"
        ));
    }
    Ok(Target {
        kind,
        key: key.to_owned(),
        secret_name,
        warnings,
    })
}

/// A value Secrets Manager can hold: non-empty, at most 65,536 bytes. Err holds the reason,
/// which never quotes the value.
pub fn value(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err("the value is empty, and Secrets Manager cannot store an empty string".into());
    }
    if value.len() > MAX_VALUE_BYTES {
        return Err(format!(
            "the value is {} bytes; Secrets Manager holds at most {MAX_VALUE_BYTES}",
            value.len()
        ));
    }
    Ok(())
}
