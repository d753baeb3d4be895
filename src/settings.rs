//! Settings resolved once: defaults < AIRFLOW__SECRETS__BACKEND_KWARGS and
//! AIRFLOW__SECRETS__BACKEND_KWARG__<NAME> < --backend-kwargs < flags.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::airflow::naming::BackendConfig;
use crate::airflow::variable::AirflowLine;
use crate::cli::{AirflowVersion, GlobalArgs};
use crate::error::{Error, Result};
use crate::store::AwsOptions;

/// The backend Airflow must be configured with for its kwargs to be ours.
const SMB_CLASS: &str =
    "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend";
const KWARG_PREFIX: &str = "AIRFLOW__SECRETS__BACKEND_KWARG__";

/// The SecretsManagerBackend's own kwargs (applied by airsecrets too).
const BACKEND_KWARGS: [&str; 13] = [
    "connections_prefix",
    "variables_prefix",
    "config_prefix",
    "connections_lookup_pattern",
    "variables_lookup_pattern",
    "config_lookup_pattern",
    "sep",
    "extra_conn_words",
    "profile_name",
    "region_name",
    "role_arn",
    "endpoint_url",
    "api_version",
];

/// Kwargs the backend hands to Airflow's AWS connection (or boto3), which really applies
/// them; airsecrets takes the same from the AWS chain or its flags.
const AWS_CONNECTION_KWARGS: [&str; 16] = [
    "verify",
    "use_ssl",
    "api_version",
    "aws_access_key_id",
    "aws_secret_access_key",
    "aws_session_token",
    "assume_role_method",
    "assume_role_kwargs",
    "config_kwargs",
    "botocore_config",
    "service_config",
    "session_kwargs",
    "external_id",
    "aws_account_id",
    "aws_iam_role",
    "aws_conn_id",
];

/// What to say of a kwarg airsecrets does not apply, and whether it is unknown (a typo).
fn classify_kwarg(key: &str) -> (String, bool) {
    if AWS_CONNECTION_KWARGS.contains(&key) {
        return (
            format!(
                "backend kwarg `{key}` is applied by Airflow's AWS connection, not by airsecrets (use the AWS chain or flags)"
            ),
            false,
        );
    }
    if matches!(key, "full_url_mode" | "are_secret_values_urlencoded") {
        return (
            format!(
                "backend kwarg `{key}` was removed in the amazon provider 9.0.0: Airflow ignores it"
            ),
            false,
        );
    }
    let suggestion = BACKEND_KWARGS
        .iter()
        .chain(AWS_CONNECTION_KWARGS.iter())
        .map(|k| (strsim::jaro_winkler(key, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| format!("; did you mean `{k}`?"))
        .unwrap_or_default();
    (
        format!(
            "unknown backend kwarg `{key}`: Airflow passes it to its AWS connection, which ignores it{suggestion}"
        ),
        true,
    )
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub backend: BackendConfig,
    pub aws: AwsOptions,
    pub yes: bool,
    pub strict: bool,
    pub line: AirflowLine,
    /// `[core] sensitive_var_conn_names`: more words whose extra values are masked.
    pub sensitive_words: Vec<String>,
    /// `[secrets] use_cache` and `cache_ttl_seconds`: how long Airflow may keep serving a
    /// value it read (None: no cache).
    pub cache_ttl: Option<u64>,
    /// `[dag_processor]` (Airflow 3) or `[scheduler]` (2) `min_file_process_interval`.
    pub parse_interval: Option<u64>,
    /// `[core] dag_discovery_safe_mode`: only files mentioning `airflow` and `dag` are parsed.
    pub dag_discovery_safe_mode: bool,
    /// Both stdin and stderr are terminals: prompts and confirmations are possible.
    pub interactive: bool,
}

impl Settings {
    /// Resolves settings from the flags and an environment snapshot. Returns the warnings
    /// resolution raised (printed by the caller).
    pub fn resolve(
        g: &GlobalArgs,
        env: &BTreeMap<String, String>,
        interactive: bool,
    ) -> Result<(Settings, Vec<String>)> {
        let mut warnings = Vec::new();
        let mut backend = BackendConfig::default();
        let foreign = env
            .get("AIRFLOW__SECRETS__BACKEND")
            .filter(|b| !b.is_empty() && b.as_str() != SMB_CLASS);
        if let Some(other) = foreign {
            warnings.push(format!(
                "AIRFLOW__SECRETS__BACKEND is `{other}`, not the Secrets Manager backend: its kwargs are ignored"
            ));
        } else {
            if let Some(json) = env
                .get("AIRFLOW__SECRETS__BACKEND_KWARGS")
                .filter(|s| !s.trim().is_empty())
            {
                let kwargs: Value = serde_json::from_str(json).map_err(|e| {
                    Error::usage(format!(
                        "AIRFLOW__SECRETS__BACKEND_KWARGS is not valid JSON: {e}"
                    ))
                })?;
                backend
                    .apply_kwargs(&kwargs)
                    .map_err(|e| Error::usage(format!("AIRFLOW__SECRETS__BACKEND_KWARGS: {e}")))?;
            }
            // Airflow 3: per-key overrides, raw strings, key lowercased.
            let mut per_key = serde_json::Map::new();
            for (name, value) in env {
                let Some(key) = name.strip_prefix(KWARG_PREFIX).filter(|k| !k.is_empty()) else {
                    continue;
                };
                let key = key.to_lowercase();
                if key == "extra_conn_words" {
                    // Airflow hands the backend this raw string, and its `.items()` then fails
                    // for every JSON secret, which Airflow swallows: say so, do not imitate it.
                    warnings.push(format!(
                        "{name} reaches Airflow as a string, so Airflow cannot read any JSON connection secret; set `extra_conn_words` in AIRFLOW__SECRETS__BACKEND_KWARGS instead (ignored here)"
                    ));
                    continue;
                }
                per_key.insert(key, Value::String(value.clone()));
            }
            backend
                .apply_kwargs(&Value::Object(per_key))
                .map_err(|e| Error::usage(format!("{KWARG_PREFIX}*: {e}")))?;
        }
        // Airflow 3 workers read `[workers] secrets_backend*` first: tasks may then look
        // under other names than the ones resolved here.
        for name in [
            "AIRFLOW__WORKERS__SECRETS_BACKEND",
            "AIRFLOW__WORKERS__SECRETS_BACKEND_KWARGS",
        ] {
            if env.get(name).is_some_and(|v| !v.is_empty()) {
                warnings.push(format!(
                    "{name} is set: Airflow 3 workers (running tasks) use it instead of [secrets]; airsecrets follows [secrets] and the flags"
                ));
            }
        }
        if let Some(json) = &g.backend_kwargs {
            let kwargs: Value = serde_json::from_str(json)
                .map_err(|e| Error::usage(format!("`--backend-kwargs` is not valid JSON: {e}")))?;
            backend
                .apply_kwargs(&kwargs)
                .map_err(|e| Error::usage(format!("`--backend-kwargs`: {e}")))?;
        }
        if let Some(sep) = &g.sep {
            if sep.is_empty() {
                return Err(Error::usage("`--sep` must not be empty"));
            }
            backend.sep.clone_from(sep);
        }
        if let Some(p) = &g.connections_prefix {
            backend.connections_prefix = Some(p.clone());
        }
        if let Some(p) = &g.variables_prefix {
            backend.variables_prefix = Some(p.clone());
        }
        for key in &backend.other {
            let (warning, unknown) = classify_kwarg(key);
            if unknown && g.strict {
                return Err(Error::usage(warning)
                    .hint("check the spelling; `--strict` refuses unknown kwargs"));
            }
            warnings.push(warning);
        }
        let aws = AwsOptions {
            profile: g.profile.clone().or_else(|| backend.profile_name.clone()),
            region: g.region.clone().or_else(|| backend.region_name.clone()),
            endpoint_url: g
                .endpoint_url
                .clone()
                .or_else(|| backend.endpoint_url.clone()),
            role_arn: g.role_arn.clone().or_else(|| backend.role_arn.clone()),
        };
        let line = match g.airflow_version {
            AirflowVersion::V3 => AirflowLine::V3,
            AirflowVersion::V2 => AirflowLine::V2,
        };
        Ok((
            Settings {
                backend,
                aws,
                yes: g.yes,
                strict: g.strict,
                line,
                cache_ttl: cache_ttl(env),
                parse_interval: [
                    "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL",
                    "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL",
                ]
                .iter()
                .find_map(|k| env.get(*k).and_then(|v| v.trim().parse().ok())),
                dag_discovery_safe_mode: env
                    .get("AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE")
                    .is_none_or(|v| !airflow_false(v)),
                sensitive_words: env
                    .get("AIRFLOW__CORE__SENSITIVE_VAR_CONN_NAMES")
                    .map(|v| {
                        v.split(',')
                            .map(str::trim)
                            .filter(|w| !w.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                interactive,
            },
            warnings,
        ))
    }
}

/// `conf.getboolean`'s false.
fn airflow_false(v: &str) -> bool {
    matches!(v.trim().to_lowercase().as_str(), "f" | "false" | "0")
}

/// Airflow's secrets cache, as `conf.getboolean` / `conf.getint` read it (default: off, 900 s).
fn cache_ttl(env: &BTreeMap<String, String>) -> Option<u64> {
    let on = env
        .get("AIRFLOW__SECRETS__USE_CACHE")
        .is_some_and(|v| matches!(v.trim().to_lowercase().as_str(), "t" | "true" | "1"));
    on.then(|| {
        env.get("AIRFLOW__SECRETS__CACHE_TTL_SECONDS")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(900)
    })
}
