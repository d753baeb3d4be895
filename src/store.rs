//! The one Secrets Manager client: domain methods over the AWS SDK, SDK errors classified.
//! It knows Secrets Manager, not Airflow's encodings or the terminal.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_sdk_secretsmanager::Client;
use aws_sdk_secretsmanager::config::http::HttpResponse;
use aws_sdk_secretsmanager::config::interceptors::{
    BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_sdk_secretsmanager::config::{
    ConfigBag, Intercept, RuntimeComponents, SharedCredentialsProvider,
};
use aws_sdk_secretsmanager::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_secretsmanager::operation::batch_get_secret_value::BatchGetSecretValueError;
use aws_sdk_secretsmanager::operation::create_secret::CreateSecretError;
use aws_sdk_secretsmanager::operation::put_secret_value::PutSecretValueError;
use aws_sdk_secretsmanager::operation::restore_secret::RestoreSecretError;
use aws_sdk_secretsmanager::primitives::DateTime;
use aws_sdk_secretsmanager::types::{Filter, FilterNameStringType, Tag};
use secrecy::{ExposeSecret, SecretString};

use crate::pace::Pacer;

/// How to reach Secrets Manager; unset fields are left to the standard AWS chain.
#[derive(Debug, Clone, Default)]
pub struct AwsOptions {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub role_arn: Option<String>,
}

/// A secret's current value.
#[derive(Debug, Clone)]
pub struct StoredValue {
    /// None when the secret holds only SecretBinary, which Airflow treats as not found.
    pub string: Option<SecretString>,
    pub version_id: Option<String>,
    pub created: Option<SystemTime>,
}

impl From<aws_sdk_secretsmanager::operation::get_secret_value::GetSecretValueOutput>
    for StoredValue
{
    fn from(
        out: aws_sdk_secretsmanager::operation::get_secret_value::GetSecretValueOutput,
    ) -> Self {
        StoredValue {
            string: out.secret_string.map(SecretString::from),
            version_id: out.version_id,
            created: out.created_date.as_ref().and_then(to_system_time),
        }
    }
}

/// A secret's metadata.
#[derive(Debug, Clone)]
pub struct SecretInfo {
    pub name: String,
    pub last_changed: Option<SystemTime>,
    pub deleted: Option<SystemTime>,
}

/// What DescribeSecret says beyond `SecretInfo`: the metadata `put-*` may change.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub description: Option<String>,
    /// None: the account's default key (`aws/secretsmanager`).
    pub kms_key_id: Option<String>,
    pub tags: Vec<(String, String)>,
}

/// One version of a secret (deprecated ones have no stages).
#[derive(Debug, Clone)]
pub struct VersionInfo {
    pub id: String,
    pub stages: Vec<String>,
    pub created: Option<SystemTime>,
}

/// Why a call failed, in the terms a user can act on.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("`{name}` does not exist")]
    NotFound { name: String },
    #[error("`{name}` is scheduled for deletion{}", when.map(|w| format!(" on {}", humantime::format_rfc3339_seconds(w))).unwrap_or_default())]
    ScheduledForDeletion {
        name: String,
        when: Option<SystemTime>,
    },
    #[error("`{name}` already exists")]
    Exists { name: String },
    #[error("access denied to `secretsmanager:{operation}` on `{name}`: {message}")]
    AccessDenied {
        operation: &'static str,
        name: String,
        message: String,
    },
    #[error("throttled by Secrets Manager on {operation} (retries exhausted)")]
    Throttled { operation: &'static str },
    #[error("Secrets Manager refused {operation} on `{name}`: {code}: {message}")]
    Invalid {
        operation: &'static str,
        name: String,
        code: String,
        message: String,
    },
    #[error("cannot reach Secrets Manager ({operation}): {message}")]
    Network {
        operation: &'static str,
        message: String,
    },
    #[error("`{endpoint}` does not answer {operation} as Secrets Manager does: {message}")]
    Broken {
        operation: &'static str,
        endpoint: String,
        message: String,
    },
    #[error("{operation} on `{name}` failed: {message}")]
    Other {
        operation: &'static str,
        name: String,
        message: String,
    },
}

impl StoreError {
    /// Worth another try later (a migrate item is retried; a single command reports it).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            StoreError::Throttled { .. } | StoreError::Network { .. } | StoreError::Other { .. }
        )
    }
}

/// A date from the endpoint, if it is one a person can be shown (1970 to 9999).
fn to_system_time(d: &DateTime) -> Option<SystemTime> {
    let latest = SystemTime::UNIX_EPOCH + Duration::from_secs(253_402_300_799);
    SystemTime::try_from(*d)
        .ok()
        .filter(|t| *t >= SystemTime::UNIX_EPOCH && *t <= latest)
}

/// An error and its sources, by their Display (the SDK's Debug output is unreadable).
fn chain(err: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = vec![err.to_string()];
    let mut source = err.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}

/// Secrets Manager's words for "this name is scheduled for deletion".
fn mentions_deletion(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("deleted") || m.contains("deletion")
}

fn classify<E>(
    endpoint: &str,
    operation: &'static str,
    name: &str,
    err: &SdkError<E, HttpResponse>,
) -> StoreError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    let name = name.to_owned();
    // Something that is not Secrets Manager answered: say what and where. A 5xx or 429 (a
    // load balancer's page, say) is worth another try; anything else is not.
    let foreign = |status: u16, what: &str| {
        let message = format!("HTTP {status} {what}");
        if status >= 500 || status == 429 {
            StoreError::Other {
                operation,
                name: name.clone(),
                message: format!("{message} from `{endpoint}`"),
            }
        } else {
            StoreError::Broken {
                operation,
                endpoint: endpoint.to_owned(),
                message,
            }
        }
    };
    match err {
        SdkError::ResponseError(r) => foreign(
            r.raw().status().as_u16(),
            "with a body that is not Secrets Manager's JSON",
        ),
        SdkError::ServiceError(se) if se.err().code().is_none() => foreign(
            se.raw().status().as_u16(),
            "without a Secrets Manager error in its body",
        ),
        SdkError::TimeoutError(_) => StoreError::Network {
            operation,
            message: format!("`{endpoint}` timed out"),
        },
        SdkError::DispatchFailure(_) => StoreError::Network {
            operation,
            message: format!("`{endpoint}`: {}", chain(err)),
        },
        SdkError::ServiceError(se) => {
            let e = se.err();
            let code = e.code().unwrap_or("Unknown").to_owned();
            let message = e.message().unwrap_or("").to_owned();
            match code.as_str() {
                "ResourceNotFoundException" => StoreError::NotFound { name },
                "InvalidRequestException" if mentions_deletion(&message) => {
                    StoreError::ScheduledForDeletion { name, when: None }
                }
                "ResourceExistsException" => StoreError::Exists { name },
                "AccessDeniedException" | "AccessDenied" => StoreError::AccessDenied {
                    operation,
                    name,
                    message,
                },
                "ThrottlingException" | "TooManyRequestsException" | "RequestLimitExceeded" => {
                    StoreError::Throttled { operation }
                }
                "InvalidParameterException"
                | "InvalidRequestException"
                | "ValidationException"
                | "LimitExceededException"
                | "MalformedPolicyDocumentException"
                | "EncryptionFailure"
                | "DecryptionFailure" => StoreError::Invalid {
                    operation,
                    name,
                    code,
                    message,
                },
                _ => StoreError::Other {
                    operation,
                    name,
                    message: format!("{code}: {message}"),
                },
            }
        }
        other => StoreError::Other {
            operation,
            name,
            message: chain(other),
        },
    }
}

/// What went on the wire, counted by an SDK interceptor on every attempt, so the SDK's own
/// retries are in the numbers: requests per operation, and the throttled ones.
#[derive(Debug, Default)]
struct Wire {
    sent: Mutex<BTreeMap<String, u64>>,
    throttled: Mutex<BTreeMap<String, u64>>,
}

#[derive(Debug)]
struct WireCounter(Arc<Wire>);

/// The operation of a request, from its `X-Amz-Target: secretsmanager.<Operation>` header.
fn operation_of(headers: &aws_smithy_runtime_api::http::Headers) -> String {
    headers
        .get("x-amz-target")
        .and_then(|t| t.rsplit('.').next())
        .unwrap_or("unknown")
        .to_owned()
}

/// The operation and error code of a failed attempt, for the writes whose throttling paces
/// the executor (the request itself is gone by then: it was sent).
fn attempt_error(context: &FinalizerInterceptorContextRef<'_>) -> Option<(&'static str, String)> {
    let Some(Err(err)) = context.output_or_error() else {
        return None;
    };
    let op = err.as_operation_error()?;
    let code = |c: Option<&str>| c.map(str::to_owned);
    if let Some(e) = op.downcast_ref::<CreateSecretError>() {
        return Some(("CreateSecret", code(e.code())?));
    }
    if let Some(e) = op.downcast_ref::<PutSecretValueError>() {
        return Some(("PutSecretValue", code(e.code())?));
    }
    if let Some(e) = op.downcast_ref::<RestoreSecretError>() {
        return Some(("RestoreSecret", code(e.code())?));
    }
    if let Some(e) = op.downcast_ref::<BatchGetSecretValueError>() {
        return Some(("BatchGetSecretValue", code(e.code())?));
    }
    None
}

impl Intercept for WireCounter {
    fn name(&self) -> &'static str {
        "airsecrets-wire-counter"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let op = operation_of(context.request().headers());
        *self.0.sent.lock().expect("wire").entry(op).or_default() += 1;
        Ok(())
    }

    fn read_after_attempt(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        if let Some((op, code)) = attempt_error(context)
            && is_throttling(&code)
        {
            *self
                .0
                .throttled
                .lock()
                .expect("wire")
                .entry(op.to_owned())
                .or_default() += 1;
        }
        Ok(())
    }
}

fn is_throttling(code: &str) -> bool {
    matches!(
        code,
        "ThrottlingException" | "TooManyRequestsException" | "RequestLimitExceeded"
    )
}

/// Pages of one listing: 100 secrets a page, so 10,000 pages is a million secrets, more
/// than an account holds (500,000). An endpoint that repeats a token or never ends is an
/// error, not an endless loop.
#[derive(Default)]
struct Pages {
    seen: std::collections::HashSet<String>,
}

const MAX_PAGES: usize = 10_000;

impl Pages {
    fn next(&mut self, operation: &'static str, token: &str) -> Result<String, StoreError> {
        let broken = |what: &str| StoreError::Broken {
            operation,
            endpoint: String::new(),
            message: format!("it {what}; stopped paging"),
        };
        if !self.seen.insert(token.to_owned()) {
            return Err(broken("sent a NextToken it had sent before"));
        }
        if self.seen.len() >= MAX_PAGES {
            return Err(broken(&format!("sent more than {MAX_PAGES} pages")));
        }
        Ok(token.to_owned())
    }
}

/// The AWS config files, as the AWS CLI reads them, for naming a missing profile.
mod profiles {
    use std::path::PathBuf;

    fn file(var: &str, default: &str) -> PathBuf {
        let home = PathBuf::from(std::env::var_os("HOME").unwrap_or_default());
        match std::env::var(var) {
            Ok(path) => match path.strip_prefix("~/") {
                Some(rest) => home.join(rest),
                None => PathBuf::from(path),
            },
            Err(_) => home.join(".aws").join(default),
        }
    }

    /// Err names the profile and the files read when neither defines it.
    pub fn check(profile: &str) -> Result<(), String> {
        let config = file("AWS_CONFIG_FILE", "config");
        let credentials = file("AWS_SHARED_CREDENTIALS_FILE", "credentials");
        let has = |path: &PathBuf, headers: &[String]| {
            std::fs::read_to_string(path).is_ok_and(|text| {
                text.lines().any(|l| {
                    // A comment may follow the section header, as the SDK allows.
                    let l = l.split([';', '#']).next().unwrap_or("").trim();
                    headers.iter().any(|h| {
                        l.strip_prefix('[')
                            .and_then(|r| r.strip_suffix(']'))
                            .is_some_and(|inner| {
                                inner.split_whitespace().collect::<Vec<_>>().join(" ") == *h
                            })
                    })
                })
            })
        };
        let mut in_config = vec![format!("profile {profile}")];
        if profile == "default" {
            in_config.push("default".into());
        }
        if has(&config, &in_config) || has(&credentials, &[profile.to_owned()]) {
            return Ok(());
        }
        Err(format!(
            "AWS profile `{profile}` is not defined in `{}` or `{}`",
            config.display(),
            credentials.display()
        ))
    }
}

/// Logs a call at `-v` (names only); the wire counter counts it.
fn log_call(operation: &'static str, name: &str) {
    tracing::info!(target: "airsecrets::aws", "{operation} {name}");
}

/// The client, built once per run.
pub struct SecretStore {
    client: Client,
    wire: Arc<Wire>,
    /// Where requests go, for messages.
    endpoint: String,
}

/// SDK attempts per call unless `AWS_MAX_ATTEMPTS` says otherwise.
pub const DEFAULT_ATTEMPTS: u32 = 3;

/// BatchGetSecretValue calls per second: 90 % of its default quota of 100.
const BATCH_RATE: f64 = 90.0;

/// BatchGetSecretValue takes at most 20 ids.
pub const BATCH_SIZE: usize = 20;

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

impl SecretStore {
    /// Builds the client, with explicit timeouts because the SDK's defaults wait forever on
    /// an endpoint that accepts and never answers. Standard retries, `AWS_MAX_ATTEMPTS`
    /// (default 3) attempts per call: the only pacing of bulk runs is the executor's own, so
    /// the SDK's adaptive limiter is not stacked on it (see `execute`).
    ///
    /// As the AWS CLI does: `--profile` (or `profile_name`) wins over credentials in the
    /// environment, and a profile that is not in the config files is an error, as are a
    /// missing region and an endpoint that is not a URL. Err says which, for the user.
    pub async fn connect(opts: &AwsOptions) -> Result<SecretStore, String> {
        // The endpoint the SDK will use: the flag, else the service's variable, else the
        // generic one (none when told to ignore them); an empty value is unset.
        let from_env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let ignore_env = from_env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let endpoint = opts.endpoint_url.clone().or_else(|| {
            (!ignore_env)
                .then(|| {
                    from_env("AWS_ENDPOINT_URL_SECRETS_MANAGER")
                        .or_else(|| from_env("AWS_ENDPOINT_URL"))
                })
                .flatten()
        });
        if let Some(url) = endpoint {
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("http://") || lower.starts_with("https://")) {
                return Err(format!(
                    "`{url}` is not an endpoint URL: it needs `http://` or `https://`, as in `https://secretsmanager.eu-west-1.amazonaws.com`"
                ));
            }
        }
        if let Some(p) = &opts.profile {
            profiles::check(p)?;
        }
        let attempts = env_u64("AWS_MAX_ATTEMPTS")
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0)
            .map_or(DEFAULT_ATTEMPTS, |n| n.min(10));
        let backoff =
            Duration::from_millis(env_u64("AIRSECRETS_INITIAL_BACKOFF_MS").unwrap_or(1000));
        let retry = RetryConfig::standard()
            .with_max_attempts(attempts)
            .with_initial_backoff(backoff);
        let attempt_timeout = Duration::from_millis(
            env_u64("AIRSECRETS_ATTEMPT_TIMEOUT_MS").map_or(20_000, |ms| ms.clamp(1, 600_000)),
        );
        let timeouts = TimeoutConfig::builder()
            .connect_timeout(Duration::from_secs(5))
            .read_timeout(attempt_timeout)
            .operation_attempt_timeout(attempt_timeout)
            .operation_timeout(attempt_timeout.saturating_mul(attempts + 1))
            .build();
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .retry_config(retry)
            .timeout_config(timeouts);
        if let Some(p) = &opts.profile {
            loader = loader.profile_name(p);
        }
        if let Some(r) = &opts.region {
            loader = loader.region(aws_config::Region::new(r.clone()));
        }
        if let Some(e) = &opts.endpoint_url {
            loader = loader.endpoint_url(e);
        }
        let mut config = loader.load().await;
        if config.region().is_none() {
            return Err(
                "no AWS region: pass `--region`, set AWS_REGION, or add `region_name` to the backend kwargs"
                    .into(),
            );
        }
        if let Some(p) = &opts.profile {
            // As the AWS CLI: the named profile's credentials win over AWS_ACCESS_KEY_ID in
            // the environment (the default chain looks at the environment first). The
            // provider gets the resolved region, for the STS calls of role profiles.
            let provider = aws_config::profile::ProfileFileCredentialsProvider::builder()
                .configure(
                    &aws_config::provider_config::ProviderConfig::default()
                        .with_region(config.region().cloned()),
                )
                .profile_name(p)
                .build();
            config = config
                .into_builder()
                .credentials_provider(SharedCredentialsProvider::new(provider))
                .build();
        }
        if let Some(role) = &opts.role_arn {
            let provider = aws_config::sts::AssumeRoleProvider::builder(role)
                .session_name("airsecrets")
                .configure(&config)
                .build()
                .await;
            config = config
                .into_builder()
                .credentials_provider(SharedCredentialsProvider::new(provider))
                .build();
        }
        let endpoint = config.endpoint_url().map_or_else(
            || {
                format!(
                    "Secrets Manager in {}",
                    config.region().map_or("no region", |r| r.as_ref())
                )
            },
            str::to_owned,
        );
        let wire = Arc::new(Wire::default());
        let config = aws_sdk_secretsmanager::config::Builder::from(&config)
            .interceptor(WireCounter(wire.clone()))
            .build();
        Ok(SecretStore {
            client: Client::from_conf(config),
            wire,
            endpoint,
        })
    }

    fn classify<E>(
        &self,
        operation: &'static str,
        name: &str,
        err: &SdkError<E, HttpResponse>,
    ) -> StoreError
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        classify(&self.endpoint, operation, name, err)
    }

    /// Requests sent so far, per operation: every attempt, the SDK's retries included.
    pub fn calls(&self) -> BTreeMap<String, u64> {
        self.wire.sent.lock().expect("wire").clone()
    }

    /// Throttled responses so far, per operation.
    pub fn throttles(&self) -> BTreeMap<String, u64> {
        self.wire.throttled.lock().expect("wire").clone()
    }

    /// Throttled responses to `operation` so far (every attempt, the SDK's retries included).
    pub fn throttled(&self, operation: &str) -> u64 {
        self.wire
            .throttled
            .lock()
            .expect("wire")
            .get(operation)
            .copied()
            .unwrap_or(0)
    }

    /// The current value; None when the secret does not exist.
    pub async fn get(&self, name: &str) -> Result<Option<StoredValue>, StoreError> {
        log_call("GetSecretValue", name);
        // AWSCURRENT is the default; asked for by name because moto 5.2.1 otherwise answers
        // with the version written last, even after a rollback moved the label.
        let req = self
            .client
            .get_secret_value()
            .secret_id(name)
            .version_stage("AWSCURRENT");
        match req.send().await {
            Ok(out) => Ok(Some(StoredValue::from(out))),
            Err(e) => match self.classify("GetSecretValue", name, &e) {
                StoreError::NotFound { .. } => Ok(None),
                StoreError::ScheduledForDeletion { name, .. } => {
                    let when = self
                        .describe(&name)
                        .await
                        .ok()
                        .flatten()
                        .and_then(|i| i.deleted);
                    Err(StoreError::ScheduledForDeletion { name, when })
                }
                other => Err(other),
            },
        }
    }

    /// Current values of many secrets, a chunk (at most `BATCH_SIZE` names) per
    /// BatchGetSecretValue call, a few calls in flight; the chunks may arrive while the
    /// caller is still listing, so the reads overlap the listing. Names that do not exist are
    /// absent from the map; per-secret errors other than not-found are returned.
    pub async fn batch_get_chunks(
        &self,
        chunks: impl futures_util::Stream<Item = Vec<String>>,
    ) -> Result<BTreeMap<String, Result<StoredValue, StoreError>>, StoreError> {
        use futures_util::StreamExt;
        let mut out = BTreeMap::new();
        // Under BatchGetSecretValue's own quota (100 calls/s), slower when throttled.
        let pacer = Pacer::new(BATCH_RATE);
        let pacer = &pacer;
        let mut calls = std::pin::pin!(
            chunks
                .map(|chunk| async move { self.batch_get_chunk(&chunk, pacer).await })
                .buffer_unordered(4)
        );
        while let Some(values) = calls.next().await {
            out.extend(values?);
        }
        Ok(out)
    }

    async fn batch_get_chunk(
        &self,
        chunk: &[String],
        pacer: &Pacer,
    ) -> Result<Vec<(String, Result<StoredValue, StoreError>)>, StoreError> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        let mut pages = Pages::default();
        loop {
            let op = "BatchGetSecretValue";
            pacer.observe(op, self.throttled(op));
            pacer.slot(op).await;
            log_call(op, &format!("{} names", chunk.len()));
            let resp = self
                .client
                .batch_get_secret_value()
                .set_secret_id_list(Some(chunk.to_vec()))
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| self.classify("BatchGetSecretValue", &chunk[0], &e))?;
            pacer.succeeded(op);
            for v in resp.secret_values() {
                if let Some(name) = v.name() {
                    let value = StoredValue {
                        string: v.secret_string().map(|s| SecretString::from(s.to_owned())),
                        version_id: v.version_id().map(str::to_owned),
                        created: v.created_date().and_then(to_system_time),
                    };
                    out.push((name.to_owned(), Ok(value)));
                }
            }
            for err in resp.errors() {
                let name = err.secret_id().unwrap_or_default().to_owned();
                let code = err.error_code().unwrap_or_default();
                let message = err.message().unwrap_or_default().to_owned();
                let operation = "BatchGetSecretValue";
                let classified = match code {
                    "ResourceNotFoundException" => continue,
                    "InvalidRequestException" if mentions_deletion(&message) => {
                        StoreError::ScheduledForDeletion {
                            name: name.clone(),
                            when: None,
                        }
                    }
                    "AccessDeniedException" => StoreError::AccessDenied {
                        operation,
                        name: name.clone(),
                        message,
                    },
                    _ => StoreError::Other {
                        operation,
                        name: name.clone(),
                        message: format!("{code}: {message}"),
                    },
                };
                out.push((name, Err(classified)));
            }
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(pages.next("BatchGetSecretValue", t)?),
                _ => return Ok(out),
            }
        }
    }

    /// Every secret whose name starts with `prefix` (server-side filter, all pages), handed
    /// over a page at a time as it arrives.
    pub async fn list_pages(
        &self,
        prefix: &str,
        include_deleted: bool,
        mut on_page: impl FnMut(Vec<SecretInfo>),
    ) -> Result<(), StoreError> {
        let mut token: Option<String> = None;
        let mut pages = Pages::default();
        loop {
            log_call("ListSecrets", prefix);
            let mut req = self
                .client
                .list_secrets()
                .include_planned_deletion(include_deleted)
                .max_results(100)
                .set_next_token(token.take());
            if !prefix.is_empty() {
                req = req.filters(
                    Filter::builder()
                        .key(FilterNameStringType::Name)
                        .values(prefix)
                        .build(),
                );
            }
            let resp = req
                .send()
                .await
                .map_err(|e| self.classify("ListSecrets", prefix, &e))?;
            let mut page = Vec::with_capacity(resp.secret_list().len());
            for s in resp.secret_list() {
                let Some(name) = s.name() else { continue };
                // The name filter is a prefix match; keep it exact on our side too.
                if !name.starts_with(prefix) {
                    continue;
                }
                page.push(SecretInfo {
                    name: name.to_owned(),
                    last_changed: s.last_changed_date().and_then(to_system_time),
                    deleted: s.deleted_date().and_then(to_system_time),
                });
            }
            on_page(page);
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(pages.next("ListSecrets", t)?),
                _ => return Ok(()),
            }
        }
    }

    /// Metadata; None when the secret does not exist.
    pub async fn describe(&self, name: &str) -> Result<Option<SecretInfo>, StoreError> {
        log_call("DescribeSecret", name);
        match self.client.describe_secret().secret_id(name).send().await {
            Ok(d) => Ok(Some(SecretInfo {
                name: d.name().unwrap_or(name).to_owned(),
                last_changed: d.last_changed_date().and_then(to_system_time),
                deleted: d.deleted_date().and_then(to_system_time),
            })),
            Err(e) => match self.classify("DescribeSecret", name, &e) {
                StoreError::NotFound { .. } => Ok(None),
                other => Err(other),
            },
        }
    }

    /// Description, KMS key and tags; None when the secret does not exist.
    pub async fn describe_metadata(&self, name: &str) -> Result<Option<Metadata>, StoreError> {
        log_call("DescribeSecret", name);
        match self.client.describe_secret().secret_id(name).send().await {
            Ok(d) => Ok(Some(Metadata {
                description: d.description().map(str::to_owned),
                kms_key_id: d.kms_key_id().map(str::to_owned),
                tags: d
                    .tags()
                    .iter()
                    .map(|t| {
                        let text = |s: Option<&str>| s.unwrap_or_default().to_owned();
                        (text(t.key()), text(t.value()))
                    })
                    .collect(),
            })),
            Err(e) => match self.classify("DescribeSecret", name, &e) {
                StoreError::NotFound { .. } => Ok(None),
                other => Err(other),
            },
        }
    }

    /// Every version, deprecated ones included (all pages), in the order listed.
    pub async fn versions(&self, name: &str) -> Result<Vec<VersionInfo>, StoreError> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        let mut pages = Pages::default();
        loop {
            log_call("ListSecretVersionIds", name);
            let resp = self
                .client
                .list_secret_version_ids()
                .secret_id(name)
                .include_deprecated(true)
                .max_results(100)
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| self.classify("ListSecretVersionIds", name, &e))?;
            for v in resp.versions() {
                if let Some(id) = v.version_id() {
                    out.push(VersionInfo {
                        id: id.to_owned(),
                        stages: v.version_stages().to_vec(),
                        created: v.created_date().and_then(to_system_time),
                    });
                }
            }
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(pages.next("ListSecretVersionIds", t)?),
                _ => return Ok(out),
            }
        }
    }

    /// One version's value; None when that version does not exist.
    pub async fn get_version(
        &self,
        name: &str,
        version_id: &str,
    ) -> Result<Option<StoredValue>, StoreError> {
        log_call("GetSecretValue", &format!("{name} version {version_id}"));
        let req = self
            .client
            .get_secret_value()
            .secret_id(name)
            .version_id(version_id);
        match req.send().await {
            Ok(out) => Ok(Some(StoredValue::from(out))),
            Err(e) => match self.classify("GetSecretValue", name, &e) {
                StoreError::NotFound { .. } => Ok(None),
                other => Err(other),
            },
        }
    }

    /// Moves AWSCURRENT from one version to another; Secrets Manager labels the version it
    /// leaves AWSPREVIOUS.
    pub async fn move_current(&self, name: &str, to: &str, from: &str) -> Result<(), StoreError> {
        log_call(
            "UpdateSecretVersionStage",
            &format!("{name} {from} -> {to}"),
        );
        self.client
            .update_secret_version_stage()
            .secret_id(name)
            .version_stage("AWSCURRENT")
            .move_to_version_id(to)
            .remove_from_version_id(from)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.classify("UpdateSecretVersionStage", name, &e))
    }

    /// Changes the description and/or KMS key of an existing secret; no new version.
    pub async fn update_metadata(
        &self,
        name: &str,
        description: Option<&str>,
        kms_key_id: Option<&str>,
    ) -> Result<(), StoreError> {
        log_call("UpdateSecret", name);
        self.client
            .update_secret()
            .secret_id(name)
            .set_description(description.map(str::to_owned))
            .set_kms_key_id(kms_key_id.map(str::to_owned))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.classify("UpdateSecret", name, &e))
    }

    /// Adds or overwrites tags.
    pub async fn tag(&self, name: &str, tags: &[(String, String)]) -> Result<(), StoreError> {
        log_call("TagResource", name);
        let tags: Vec<Tag> = tags
            .iter()
            .map(|(k, v)| Tag::builder().key(k).value(v).build())
            .collect();
        self.client
            .tag_resource()
            .secret_id(name)
            .set_tags(Some(tags))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.classify("TagResource", name, &e))
    }

    /// Removes tags by key.
    pub async fn untag(&self, name: &str, keys: &[String]) -> Result<(), StoreError> {
        log_call("UntagResource", name);
        self.client
            .untag_resource()
            .secret_id(name)
            .set_tag_keys(Some(keys.to_vec()))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.classify("UntagResource", name, &e))
    }

    /// Creates a secret; returns its version id. `token` makes a retried create idempotent.
    pub async fn create(&self, new: &NewSecret<'_>) -> Result<Option<String>, StoreError> {
        log_call("CreateSecret", new.name);
        let tags: Vec<Tag> = new
            .tags
            .iter()
            .map(|(k, v)| Tag::builder().key(k).value(v).build())
            .collect();
        let resp = self
            .client
            .create_secret()
            .name(new.name)
            .secret_string(new.value.expose_secret())
            .set_description(new.description.map(str::to_owned))
            .set_kms_key_id(new.kms_key_id.map(str::to_owned))
            .set_tags((!tags.is_empty()).then_some(tags))
            .set_client_request_token(new.token.map(str::to_owned))
            .send()
            .await;
        match resp {
            Ok(out) => Ok(out.version_id),
            Err(e) => match self.classify("CreateSecret", new.name, &e) {
                // AWS says InvalidRequest for a name scheduled for deletion; moto says exists.
                StoreError::Exists { name } | StoreError::ScheduledForDeletion { name, .. } => {
                    match self.describe(&name).await? {
                        Some(SecretInfo {
                            deleted: Some(when),
                            ..
                        }) => Err(StoreError::ScheduledForDeletion {
                            name,
                            when: Some(when),
                        }),
                        _ => Err(StoreError::Exists { name }),
                    }
                }
                other => Err(other),
            },
        }
    }

    /// Writes a new current version.
    pub async fn put(
        &self,
        name: &str,
        value: &SecretString,
        token: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        log_call("PutSecretValue", name);
        self.client
            .put_secret_value()
            .secret_id(name)
            .secret_string(value.expose_secret())
            .set_client_request_token(token.map(str::to_owned))
            .send()
            .await
            .map(|o| o.version_id)
            .map_err(|e| self.classify("PutSecretValue", name, &e))
    }

    /// Deletes: after `window_days` (7-30), or at once with `force`. Returns the deletion date.
    pub async fn delete(
        &self,
        name: &str,
        window_days: Option<i64>,
        force: bool,
    ) -> Result<Option<SystemTime>, StoreError> {
        log_call("DeleteSecret", name);
        let mut req = self.client.delete_secret().secret_id(name);
        req = if force {
            req.force_delete_without_recovery(true)
        } else {
            req.set_recovery_window_in_days(window_days)
        };
        match req.send().await {
            Ok(o) => Ok(o.deletion_date.as_ref().and_then(to_system_time)),
            Err(e) => Err(match self.classify("DeleteSecret", name, &e) {
                StoreError::Invalid { name, message, .. } if mentions_deletion(&message) => {
                    StoreError::ScheduledForDeletion { name, when: None }
                }
                StoreError::ScheduledForDeletion { name, .. } => {
                    StoreError::ScheduledForDeletion { name, when: None }
                }
                other => other,
            }),
        }
    }

    /// Cancels a scheduled deletion.
    pub async fn restore(&self, name: &str) -> Result<(), StoreError> {
        log_call("RestoreSecret", name);
        self.client
            .restore_secret()
            .secret_id(name)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.classify("RestoreSecret", name, &e))
    }
}

/// What CreateSecret needs.
pub struct NewSecret<'a> {
    pub name: &'a str,
    pub value: &'a SecretString,
    pub description: Option<&'a str>,
    pub tags: &'a [(String, String)],
    pub kms_key_id: Option<&'a str>,
    pub token: Option<&'a str>,
}
