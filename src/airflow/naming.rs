//! Where Airflow's `SecretsManagerBackend` looks for a key (semantics §d.1-d.3), and what
//! Secrets Manager accepts as a secret name.

use regex::Regex;
use serde_json::Value;

use super::secret_json::ExtraConnWords;

/// A lookup pattern as Airflow applies it: `re.match(pattern, id, re.IGNORECASE)`.
///
/// Compiled with the `regex` crate, case-insensitive and anchored at the start only. Python
/// syntax the crate lacks (look-around, back-references) is refused when compiled; `\Z` is
/// translated to `\z`; `$` matches only at the very end (Python also before a final newline,
/// which no secret name can contain).
#[derive(Debug, Clone)]
pub struct LookupPattern {
    pub source: String,
    regex: Regex,
}

impl LookupPattern {
    pub fn new(source: &str) -> Result<Self, String> {
        let translated = source.replace("\\Z", "\\z");
        let regex = Regex::new(&format!("(?i)^(?:{translated})"))
            .map_err(|e| format!("lookup pattern `{source}` is not supported: {e}"))?;
        Ok(LookupPattern {
            source: source.to_owned(),
            regex,
        })
    }

    pub fn matches(&self, id: &str) -> bool {
        self.regex.is_match(id)
    }
}

/// One kind of secret Airflow looks up (connections, variables, config).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Connection,
    Variable,
    Config,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Connection => "connection",
            Kind::Variable => "variable",
            Kind::Config => "config",
        }
    }

    pub fn prefix_setting(self) -> &'static str {
        match self {
            Kind::Connection => "connections_prefix",
            Kind::Variable => "variables_prefix",
            Kind::Config => "config_prefix",
        }
    }

    pub fn pattern_setting(self) -> &'static str {
        match self {
            Kind::Connection => "connections_lookup_pattern",
            Kind::Variable => "variables_lookup_pattern",
            Kind::Config => "config_lookup_pattern",
        }
    }
}

/// The backend kwargs that decide names and lookups, and the AWS options among them.
#[derive(Debug, Clone)]
pub struct BackendConfig {
    /// `None` disables lookups of that kind; `""` means the bare id is the name.
    pub connections_prefix: Option<String>,
    pub variables_prefix: Option<String>,
    pub config_prefix: Option<String>,
    pub connections_lookup_pattern: Option<LookupPattern>,
    pub variables_lookup_pattern: Option<LookupPattern>,
    pub config_lookup_pattern: Option<LookupPattern>,
    pub sep: String,
    pub extra_conn_words: ExtraConnWords,
    pub region_name: Option<String>,
    pub profile_name: Option<String>,
    pub role_arn: Option<String>,
    pub endpoint_url: Option<String>,
    /// Other kwargs, which Airflow hands to boto3 (`verify`, `config_kwargs`, ...), by name.
    pub other: Vec<String>,
}

impl Default for BackendConfig {
    fn default() -> Self {
        BackendConfig {
            connections_prefix: Some("airflow/connections".into()),
            variables_prefix: Some("airflow/variables".into()),
            config_prefix: Some("airflow/config".into()),
            connections_lookup_pattern: None,
            variables_lookup_pattern: None,
            config_lookup_pattern: None,
            sep: "/".into(),
            extra_conn_words: Vec::new(),
            region_name: None,
            profile_name: None,
            role_arn: None,
            endpoint_url: None,
            other: Vec::new(),
        }
    }
}

fn opt_string(key: &str, v: &Value) -> Result<Option<String>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(format!(
            "backend kwarg `{key}` must be a string or null, not {other}"
        )),
    }
}

impl BackendConfig {
    /// The backend's constructor applied to a kwargs object (as JSON): keys absent keep their
    /// defaults; other keys are AWS options, recorded by name.
    pub fn from_kwargs(kwargs: &Value) -> Result<BackendConfig, String> {
        let mut config = BackendConfig::default();
        config.apply_kwargs(kwargs)?;
        Ok(config)
    }

    /// Applies kwargs over the current settings (later sources win).
    pub fn apply_kwargs(&mut self, kwargs: &Value) -> Result<(), String> {
        let Value::Object(map) = kwargs else {
            return Err("backend kwargs must be a JSON object".into());
        };
        // `sep` first: the prefixes are stripped with the final separator.
        if let Some(sep) = map.get("sep") {
            self.sep = opt_string("sep", sep)?.ok_or("backend kwarg `sep` must be a string")?;
        }
        for (key, value) in map {
            match key.as_str() {
                // Applied above, before the prefixes.
                "sep" => {}
                "connections_prefix" => self.connections_prefix = opt_string(key, value)?,
                "variables_prefix" => self.variables_prefix = opt_string(key, value)?,
                "config_prefix" => self.config_prefix = opt_string(key, value)?,
                "connections_lookup_pattern" => {
                    self.connections_lookup_pattern = pattern(key, value)?;
                }
                "variables_lookup_pattern" => self.variables_lookup_pattern = pattern(key, value)?,
                "config_lookup_pattern" => self.config_lookup_pattern = pattern(key, value)?,
                "extra_conn_words" => self.extra_conn_words = conn_words(value)?,
                "region_name" => self.region_name = opt_string(key, value)?,
                "profile_name" => self.profile_name = opt_string(key, value)?,
                "role_arn" => self.role_arn = opt_string(key, value)?,
                "endpoint_url" => self.endpoint_url = opt_string(key, value)?,
                other => {
                    if !self.other.iter().any(|o| o == other) {
                        self.other.push(other.to_owned());
                    }
                }
            }
        }
        Ok(())
    }

    /// The prefix as the backend holds it: a truthy prefix loses trailing `sep` characters
    /// (Python `rstrip(sep)` strips any of the characters, not the string).
    pub fn prefix(&self, kind: Kind) -> Option<String> {
        let raw = match kind {
            Kind::Connection => &self.connections_prefix,
            Kind::Variable => &self.variables_prefix,
            Kind::Config => &self.config_prefix,
        };
        raw.as_ref()
            .map(|p| p.trim_end_matches(|c| self.sep.contains(c)).to_owned())
    }

    pub fn pattern(&self, kind: Kind) -> Option<&LookupPattern> {
        match kind {
            Kind::Connection => self.connections_lookup_pattern.as_ref(),
            Kind::Variable => self.variables_lookup_pattern.as_ref(),
            Kind::Config => self.config_lookup_pattern.as_ref(),
        }
        .filter(|p| !p.source.is_empty())
    }

    /// The secret name for a key, whether or not Airflow would look it up.
    pub fn secret_name(&self, kind: Kind, key: &str) -> String {
        match self.prefix(kind).filter(|p| !p.is_empty()) {
            Some(prefix) => format!("{prefix}{}{key}", self.sep),
            None => key.to_owned(),
        }
    }

    /// The name Airflow requests for this key, or why it never asks.
    pub fn lookup(&self, kind: Kind, key: &str) -> Result<String, NotLookedUp> {
        if self.prefix(kind).is_none() {
            return Err(NotLookedUp::PrefixDisabled {
                setting: kind.prefix_setting(),
            });
        }
        if let Some(p) = self.pattern(kind)
            && !p.matches(key)
        {
            return Err(NotLookedUp::PatternMismatch {
                setting: kind.pattern_setting(),
                pattern: p.source.clone(),
            });
        }
        Ok(self.secret_name(kind, key))
    }

    /// The names requested for a connection lookup (none or one).
    pub fn connection_lookup(&self, conn_id: &str) -> Option<String> {
        self.lookup(Kind::Connection, conn_id).ok()
    }

    pub fn variable_lookup(&self, key: &str) -> Option<String> {
        self.lookup(Kind::Variable, key).ok()
    }

    /// The key a secret name stands for under this config, if it is one of ours.
    pub fn key_of(&self, kind: Kind, secret_name: &str) -> Option<String> {
        match self.prefix(kind)? {
            p if p.is_empty() => Some(secret_name.to_owned()),
            p => secret_name
                .strip_prefix(&p)
                .and_then(|rest| rest.strip_prefix(self.sep.as_str()))
                .map(str::to_owned),
        }
    }
}

fn pattern(key: &str, v: &Value) -> Result<Option<LookupPattern>, String> {
    opt_string(key, v)?
        .map(|s| LookupPattern::new(&s))
        .transpose()
}

fn conn_words(v: &Value) -> Result<ExtraConnWords, String> {
    let bad =
        || "backend kwarg `extra_conn_words` must map field names to lists of strings".to_owned();
    match v {
        Value::Null => Ok(Vec::new()),
        Value::Object(map) => map
            .iter()
            .map(|(field, words)| {
                let words = words.as_array().ok_or_else(bad)?;
                let words = words
                    .iter()
                    .map(|w| w.as_str().map(str::to_owned).ok_or_else(bad));
                Ok((field.clone(), words.collect::<Result<_, _>>()?))
            })
            .collect(),
        _ => Err(bad()),
    }
}

/// Why Airflow would never request a key's secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotLookedUp {
    #[error("`{setting}` is null, so Airflow never looks these up")]
    PrefixDisabled { setting: &'static str },
    #[error("the key does not match `{setting}` = `{pattern}`, so Airflow never looks it up")]
    PatternMismatch {
        setting: &'static str,
        pattern: String,
    },
}

/// Why Secrets Manager cannot hold a name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadName {
    #[error("the secret name is empty")]
    Empty,
    #[error("the secret name is {0} characters; Secrets Manager allows at most 512")]
    TooLong(usize),
    #[error(
        "the secret name contains {0}, which Secrets Manager does not allow (allowed: A-Z a-z 0-9 / _ + = . @ -)"
    )]
    BadCharacter(String),
}

/// Secrets Manager's name rule: 1-512 characters of `A-Za-z0-9/_+=.@-`.
pub fn validate_secret_name(name: &str) -> Result<(), BadName> {
    if name.is_empty() {
        return Err(BadName::Empty);
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "/_+=.@-".contains(*c)))
    {
        let shown = if c.is_ascii_graphic() {
            format!("`{c}`")
        } else {
            format!("U+{:04X}", c as u32)
        };
        return Err(BadName::BadCharacter(shown));
    }
    if name.len() > 512 {
        return Err(BadName::TooLong(name.len()));
    }
    Ok(())
}

/// A name ending in `-` and six characters looks like an ARN's random suffix, and AWS may
/// resolve a partial ARN to the wrong secret.
pub fn looks_like_arn_suffix(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 7 && b[b.len() - 7] == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sep_is_applied_not_reported_as_ignored() {
        let c = BackendConfig::from_kwargs(&serde_json::json!({"sep": ":"})).unwrap();
        assert_eq!(c.sep, ":");
        assert!(c.other.is_empty(), "{:?}", c.other);
    }

    #[test]
    fn prefix_rstrip_strips_characters_of_sep() {
        let c =
            BackendConfig::from_kwargs(&serde_json::json!({"connections_prefix": "team/conns///"}))
                .unwrap();
        assert_eq!(c.secret_name(Kind::Connection, "x"), "team/conns/x");
        let c = BackendConfig::from_kwargs(
            &serde_json::json!({"variables_prefix": "vars::", "sep": ":"}),
        )
        .unwrap();
        assert_eq!(c.secret_name(Kind::Variable, "k"), "vars:k");
        assert_eq!(c.key_of(Kind::Variable, "vars:k").as_deref(), Some("k"));
    }

    #[test]
    fn names_are_validated() {
        assert!(validate_secret_name("airflow/variables/a.b@c").is_ok());
        assert!(matches!(
            validate_secret_name("a b"),
            Err(BadName::BadCharacter(_))
        ));
        assert!(matches!(
            validate_secret_name(&"a".repeat(513)),
            Err(BadName::TooLong(513))
        ));
        assert!(looks_like_arn_suffix("airflow/variables/x-abcdef"));
        assert!(!looks_like_arn_suffix("airflow/variables/xabcdef"));
    }

    #[test]
    fn patterns_are_case_insensitive_and_start_anchored() {
        let p = LookupPattern::new("prod_").unwrap();
        assert!(p.matches("PROD_x"));
        assert!(!p.matches("x_prod_"));
        assert!(LookupPattern::new("(?<=a)b").is_err());
    }
}
