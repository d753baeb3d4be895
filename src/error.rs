//! Exit statuses and the user-facing error: what went wrong, why, and what to do.

use std::process::ExitCode;

use crate::airflow::files::FileError;
use crate::store::StoreError;

/// The documented exit codes (PRODUCT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    /// AWS, network, partial failure.
    Failure,
    /// Usage or invalid input; nothing written.
    Usage,
    NotFound,
    /// A conflict was refused; nothing written.
    Conflict,
    Interrupted,
    /// Stopped by SIGTERM.
    Terminated,
    /// `exec`: the command could not be started (126 not runnable, 127 not found, as shells
    /// say).
    Exec(u8),
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 2,
            ExitStatus::NotFound => 3,
            ExitStatus::Conflict => 4,
            ExitStatus::Interrupted => 130,
            ExitStatus::Terminated => 143,
            ExitStatus::Exec(code) => code,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(s: ExitStatus) -> ExitCode {
        ExitCode::from(s.code())
    }
}

/// An error as the user sees it. Messages never contain secret values.
#[derive(Debug, Clone)]
pub struct Error {
    pub status: ExitStatus,
    pub message: String,
    pub causes: Vec<String>,
    pub hint: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(status: ExitStatus, message: impl Into<String>) -> Error {
        Error {
            status,
            message: message.into(),
            causes: Vec::new(),
            hint: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(ExitStatus::Usage, message)
    }

    pub fn failure(message: impl Into<String>) -> Error {
        Error::new(ExitStatus::Failure, message)
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    #[must_use]
    pub fn cause(mut self, cause: impl Into<String>) -> Error {
        self.causes.push(cause.into());
        self
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        let status = match e {
            // To Airflow, a secret scheduled for deletion is not there.
            StoreError::NotFound { .. } | StoreError::ScheduledForDeletion { .. } => {
                ExitStatus::NotFound
            }
            StoreError::Exists { .. } => ExitStatus::Conflict,
            _ => ExitStatus::Failure,
        };
        let hint = match &e {
            StoreError::ScheduledForDeletion { .. } => Some(
                "Airflow does not read it; `airsecrets put-variable KEY --restore` (or `put-connection ... --restore`) restores it with the value you give"
                    .to_owned(),
            ),
            StoreError::AccessDenied { operation, .. } => Some(format!(
                "the caller's IAM policy must allow `secretsmanager:{operation}` on this secret"
            )),
            StoreError::Network { message, .. } if message.contains("credential") => Some(
                "configure AWS credentials: `--profile`, AWS_PROFILE, `aws sso login`, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY".to_owned(),
            ),
            StoreError::Network { .. } => Some("check the region, `--endpoint-url` and your network".to_owned()),
            StoreError::Broken { .. } => Some(
                "check `--endpoint-url` and AWS_ENDPOINT_URL: they must name a Secrets Manager endpoint".to_owned(),
            ),
            StoreError::Throttled { .. } => {
                Some("retry later, or lower the request rate".to_owned())
            }
            _ => None,
        };
        Error {
            status,
            message: e.to_string(),
            causes: Vec::new(),
            hint,
        }
    }
}

impl From<FileError> for Error {
    fn from(e: FileError) -> Error {
        Error::usage(e.to_string())
    }
}
