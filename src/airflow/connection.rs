//! Airflow's `Connection` model and the three readers that interpret it differently.

use std::fmt;

use super::pyjson::{self, PyValue};

/// Whose reading of a stored connection we mean (airflow-semantics.md §f).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reader {
    /// Airflow 3 `airflow.models.Connection`: scheduler, API server, UI, CLI.
    Core,
    /// Airflow 3 `airflow.sdk.Connection`: what a running task or hook sees.
    Sdk,
    /// Airflow 2.10 `airflow.models.Connection`, everywhere.
    Airflow2,
}

impl Reader {
    pub const ALL: [Reader; 3] = [Reader::Core, Reader::Sdk, Reader::Airflow2];

    pub fn name(self) -> &'static str {
        match self {
            Reader::Core => "core",
            Reader::Sdk => "sdk",
            Reader::Airflow2 => "airflow2",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Reader::Core => "Airflow 3 core (scheduler, API server, UI)",
            Reader::Sdk => "Airflow 3 task SDK (running tasks)",
            Reader::Airflow2 => "Airflow 2.10",
        }
    }

    /// Core classes drop a falsy password in their setter; the SDK keeps `""`.
    fn drops_empty_password(self) -> bool {
        !matches!(self, Reader::Sdk)
    }
}

impl fmt::Display for Reader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A secret string whose `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Password(String);

impl Password {
    pub fn new(s: impl Into<String>) -> Self {
        Password(s.into())
    }

    /// The secret itself; every call site is a place the value may leave the process.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(****)")
    }
}

/// A port as given: Airflow prints it with `str()`, so `"5432"` and `5432` differ in JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Port {
    Int(i64),
    Text(String),
}

impl Port {
    /// Python truthiness: port 0 and `""` are dropped by `get_uri`.
    pub fn is_truthy(&self) -> bool {
        match self {
            Port::Int(n) => *n != 0,
            Port::Text(s) => !s.is_empty(),
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Port::Int(n) => Some(*n),
            Port::Text(_) => None,
        }
    }

    pub fn to_py(&self) -> PyValue {
        match self {
            Port::Int(n) => PyValue::Int(n.to_string()),
            Port::Text(s) => PyValue::Str(s.clone()),
        }
    }
}

impl fmt::Display for Port {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Port::Int(n) => write!(f, "{n}"),
            Port::Text(s) => f.write_str(s),
        }
    }
}

/// An Airflow connection's fields. `None` is Python's None, distinct from `""`.
/// `extra` is the raw stored text, as Airflow keeps it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Connection {
    pub conn_type: Option<String>,
    pub description: Option<String>,
    pub host: Option<String>,
    pub login: Option<String>,
    pub password: Option<Password>,
    pub schema: Option<String>,
    pub port: Option<Port>,
    pub extra: Option<String>,
    /// Fields a JSON secret gave as numbers or booleans, which the task SDK keeps as they are
    /// (semantics §c); their value above is the JSON text.
    pub non_string_fields: Vec<&'static str>,
}

/// Why a reader refuses a connection. Airflow raises these and its lookup loop swallows them,
/// so the connection silently comes from another backend (airflow-semantics.md §d.9).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    InvalidUri(&'static str),
    #[error("{0}")]
    Url(String),
    #[error("the secret is not valid JSON: {0}")]
    Json(pyjson::JsonError),
    #[error("`extra` is not JSON")]
    ExtraNotJson,
    #[error("`extra` is JSON but not an object")]
    ExtraNotObject,
    #[error("`port` is not an integer")]
    PortNotInteger,
    #[error("`port` must be a string or a number, not a {0}")]
    PortType(&'static str),
    #[error("`port` is too large")]
    PortOverflow,
    #[error("field `{0}` is not a string ({1})")]
    NotAString(&'static str, &'static str),
    #[error("unknown connection key `{0}`")]
    UnknownKey(String),
    #[error("`extra_conn_words` names an unknown field `{0}`")]
    UnknownConnWord(String),
    #[error("the secret is only whitespace")]
    Blank,
    #[error("the JSON is not an object")]
    NotAnObject,
}

impl ReadError {
    /// The Python exception class Airflow raises for this.
    pub fn python_class(&self) -> &'static str {
        match self {
            ReadError::InvalidUri(_) => "AirflowException",
            ReadError::Url(_)
            | ReadError::ExtraNotJson
            | ReadError::ExtraNotObject
            | ReadError::PortNotInteger => "ValueError",
            ReadError::Json(_) => "JSONDecodeError",
            ReadError::NotAString(..) | ReadError::UnknownKey(_) | ReadError::PortType(_) => {
                "TypeError"
            }
            ReadError::PortOverflow => "OverflowError",
            ReadError::UnknownConnWord(_) => "KeyError",
            ReadError::Blank => "IndexError",
            ReadError::NotAnObject => "AttributeError",
        }
    }
}

impl Connection {
    /// What `Connection(**fields)` holds in this reader: core classes drop a falsy password,
    /// and Airflow 3 core refuses an `extra` that is not a JSON object.
    pub fn construct(mut self, reader: Reader) -> Result<Connection, ReadError> {
        if reader.drops_empty_password() && self.password.as_ref().is_some_and(|p| p.0.is_empty()) {
            self.password = None;
        }
        if reader == Reader::Core
            && let Some(extra) = self.extra.as_deref().filter(|e| !e.is_empty())
        {
            match pyjson::loads(extra) {
                Ok(PyValue::Dict(_)) => {}
                Ok(_) => return Err(ReadError::ExtraNotObject),
                Err(_) => return Err(ReadError::ExtraNotJson),
            }
        }
        Ok(self)
    }

    /// `extra_dejson` in this reader: the parsed extra; `{}` when absent or not JSON.
    pub fn extra_dejson(&self) -> PyValue {
        self.extra
            .as_deref()
            .filter(|e| !e.is_empty())
            .and_then(|e| pyjson::loads(e).ok())
            .unwrap_or(PyValue::Dict(Vec::new()))
    }

    pub fn password_str(&self) -> Option<&str> {
        self.password.as_ref().map(Password::expose)
    }

    /// A field by name (`conn_type`, `host`, `login`, `password`, `schema`, `port`, `extra`,
    /// `description`) as text, None where unset; `extra` is its raw text.
    pub fn field(&self, name: &str) -> Option<String> {
        match name {
            "conn_type" => self.conn_type.clone(),
            "host" => self.host.clone(),
            "login" => self.login.clone(),
            "password" => self.password_str().map(str::to_owned),
            "schema" => self.schema.clone(),
            "port" => self.port.as_ref().map(ToString::to_string),
            "extra" => self.extra.clone(),
            "description" => self.description.clone(),
            _ => None,
        }
    }

    /// A field as hooks use it: `""` is the same as unset, except in `extra`, whose text is
    /// compared as it is.
    pub fn field_as_read(&self, name: &str) -> Option<String> {
        self.field(name)
            .filter(|v| name == "extra" || !v.is_empty())
    }
}

/// The fields a reader reads, in Airflow's order.
pub const FIELDS: [&str; 7] = [
    "conn_type",
    "host",
    "login",
    "password",
    "schema",
    "port",
    "extra",
];

/// `sanitize_conn_id`: `^[\w#!()\-.:/\\]+$`, at most 250 characters, else unset.
pub fn is_valid_conn_id(conn_id: &str) -> bool {
    !conn_id.is_empty()
        && conn_id.chars().count() <= 250
        && conn_id
            .chars()
            .all(|c| c.is_alphanumeric() || "_#!()-.:/\\".contains(c))
}
