//! Which `extra` values Airflow itself hides: its secrets masker redacts the value of any key
//! whose name contains one of these words (case-insensitively), plus the words of
//! `[core] sensitive_var_conn_names`, the whole value when it is nested.

use super::pyjson::PyValue;

/// The secrets masker's default sensitive words (Airflow 2.10 and 3).
pub const SENSITIVE_WORDS: [&str; 12] = [
    "access_token",
    "api_key",
    "apikey",
    "authorization",
    "passphrase",
    "passwd",
    "password",
    "private_key",
    "secret",
    "token",
    "keyfile_dict",
    "service_account",
];

/// Whether Airflow hides the value of a key with this name.
pub fn is_sensitive(key: &str, more: &[String]) -> bool {
    let key = key.trim().to_lowercase();
    SENSITIVE_WORDS.iter().any(|w| key.contains(w))
        || more
            .iter()
            .map(|w| w.trim().to_lowercase())
            .any(|w| !w.is_empty() && key.contains(&w))
}

/// The value with every sensitive key's value replaced by `mask`, at any depth.
pub fn mask(value: &PyValue, more: &[String], mask: &str) -> PyValue {
    match value {
        PyValue::Dict(entries) => PyValue::Dict(
            entries
                .iter()
                .map(|(k, v)| {
                    let v = if is_sensitive(k, more) {
                        PyValue::Str(mask.to_owned())
                    } else {
                        self::mask(v, more, mask)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        PyValue::List(items) => {
            PyValue::List(items.iter().map(|v| self::mask(v, more, mask)).collect())
        }
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::pyjson;
    use super::*;

    #[test]
    fn masks_what_airflow_masks() {
        let v = pyjson::loads(
            r#"{"aws_secret_access_key": "s", "region": "r", "nested": {"Api_Key": "k", "n": [{"token": 1}]}, "x": "y"}"#,
        )
        .unwrap();
        assert_eq!(
            pyjson::dumps(&mask(&v, &["x".into()], "****")),
            r#"{"aws_secret_access_key": "****", "region": "r", "nested": {"Api_Key": "****", "n": [{"token": "****"}]}, "x": "****"}"#
        );
    }
}
