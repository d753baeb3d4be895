//! `put-connection --format json --compat rds|datagrok`: one JSON secret that every Airflow
//! reader reads exactly as intended and that another consumer of the same secret reads too.
//!
//! # What the consumers read
//!
//! * **RDS** (`rds`): AWS's single-user rotation functions for Secrets Manager
//!   (aws-samples/aws-secrets-manager-rotation-lambdas at b4b8eca, 2025-02-25:
//!   `SecretsManagerRDS*RotationSingleUser/lambda_function.py` and
//!   `SecretsManagerRedshiftRotationSingleUser`, `get_secret_dict`). They `json.loads` the
//!   SecretString and raise unless it has `host`, `username` and `password` (Oracle: also
//!   `dbname`) and an `engine` their template accepts: `postgres` or `aurora-postgresql`;
//!   `mysql` or `aurora-mysql`; `mariadb`; `oracle`; `sqlserver`; `redshift` (and `db2…`, for
//!   which Airflow has no conn_type). `dbname` is otherwise optional (each template has a
//!   default) and so is `port`, read with `int(port)` (`str(port)` for Oracle and SQL Server), so
//!   we store it as a JSON number. Rotation then writes `json.dumps(dict)` back with only
//!   `password` changed: Python keeps key order and the other values, and `password` is the key
//!   Airflow reads too, so Airflow follows the rotation. The multi-user templates also need
//!   `masterarn`, which is no connection field; they are not a target.
//! * **Datagrok** (`datagrok`): a connection whose credentials come from Secrets Manager
//!   fetches the secret as its credentials object, `login` and `password` (datagrok-ai/public,
//!   help/access/data-connection-credentials.md), and names its connection parameters
//!   `server`, `db` and `port` (grok_connect `DataConnection`: `port` a number or a string).
//!   So `login` and `password` are required, and `server`, `db` and `port` are written when the
//!   connection has a host, schema or port.
//!
//! Airflow conn_types map to engines: `postgres` (and `postgresql`, which Airflow normalises)
//! → `postgres`, `mysql` → `mysql`, `mssql` → `sqlserver`, `oracle` → `oracle`, `redshift` →
//! `redshift`.
//!
//! # Why the ordering is exact (airflow-semantics.md §c, §d.5)
//!
//! The backend standardises a JSON secret into seven fields, each taken from the **first key
//! in the secret's own order** that is one of that field's aliases (the alias table, extended by
//! `extra_conn_words`), and drops every other key; `from_json` (§c) then reads those seven. So
//! the secret is Airflow's own JSON ([`secret_json::write`], unchanged and byte for byte a prefix
//! of ours) followed by the consumer keys:
//!
//! 1. every field the Airflow part sets is stored under its canonical key, which is one of its
//!    own aliases and comes before every consumer key, so no consumer key can win it:
//!    `username` (a `login` alias), `engine` (a `conn_type` alias) and `server` (a `host`
//!    alias) are shadowed. Each is only written when its field is set (the consumer requires it);
//! 2. keys shared with Airflow (`host`, `login`, `password`, `port`) are not repeated: there is
//!    one value, so they cannot disagree;
//! 3. `dbname` and `db` are no aliases by default and are dropped. A consumer key can only
//!    change Airflow's reading if `extra_conn_words` makes it an alias of a field the connection
//!    does **not** set; that is refused, naming the key and the field.
//!
//! The argument is then checked, not trusted: [`fidelity::check`] must find no difference in
//! any reader (the description aside: no JSON secret carries one), and every reader must read
//! the compat secret exactly as it reads the plain one. The consumer keys are copied from the
//! Airflow part's stored values, and [`serves`] confirms they agree with Airflow's reading.
//!
//! # Refusals
//!
//! Each names fields, keys and consumers, never a value (they end up in error messages):
//! `rds` for a conn_type with no engine (listing the ones it serves); a required field that is
//! unset or `""`; a port that is not a whole number in 1..=65535; a connection Airflow does not
//! read exactly from a JSON secret even without compat keys (port 0, an `extra` core refuses,
//! unknown `extra_conn_words`, ...); a consumer key `extra_conn_words` makes an alias of an
//! unset field; and, as a safety net, any difference the proof finds.

use std::fmt;
use std::str::FromStr;

use super::connection::{Connection, Port, Reader};
use super::fidelity::{self, Difference};
use super::pyjson::{self, PyValue};
use super::secret_json::{self, ExtraConnWords, Lookup, Via};
use super::uri::normalize_conn_type;

/// Another reader of the same secret, besides Airflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Consumer {
    /// AWS's Secrets Manager rotation functions for RDS (and Redshift), single user.
    Rds,
    /// Datagrok, credentials from Secrets Manager.
    Datagrok,
}

impl Consumer {
    /// In the order their keys are written, whatever order they were asked for in, so that the
    /// same connection and consumers always give the same text.
    pub const ALL: [Consumer; 2] = [Consumer::Rds, Consumer::Datagrok];

    pub fn name(self) -> &'static str {
        match self {
            Consumer::Rds => "rds",
            Consumer::Datagrok => "datagrok",
        }
    }

    /// `rds` or `datagrok`, in any letter case.
    pub fn parse(s: &str) -> Option<Consumer> {
        Consumer::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(s.trim()))
    }

    /// The keys this consumer reads, shared ones (`host`, `password`, ...) included.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Consumer::Rds => &["engine", "host", "username", "password", "dbname", "port"],
            Consumer::Datagrok => &["server", "login", "password", "db", "port"],
        }
    }

    /// Each key with the Airflow field it carries, in [`Consumer::keys`] order.
    fn fields(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Consumer::Rds => &[
                ("engine", "conn_type"),
                ("host", "host"),
                ("username", "login"),
                ("password", "password"),
                ("dbname", "schema"),
                ("port", "port"),
            ],
            Consumer::Datagrok => &[
                ("server", "host"),
                ("login", "login"),
                ("password", "password"),
                ("db", "schema"),
                ("port", "port"),
            ],
        }
    }

    fn reader_name(self) -> &'static str {
        match self {
            Consumer::Rds => "RDS rotation",
            Consumer::Datagrok => "Datagrok",
        }
    }
}

impl fmt::Display for Consumer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Consumer {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Consumer::parse(s).ok_or_else(|| {
            let names: Vec<&str> = Consumer::ALL.iter().map(|c| c.name()).collect();
            format!(
                "unknown `--compat` consumer `{s}`; expected one of: {}",
                names.join(", ")
            )
        })
    }
}

/// Airflow conn_type (as `from_json` normalises it), the engine we store, and every engine the
/// rotation template for that database accepts (a secret made elsewhere may say
/// `aurora-postgresql`, or `mariadb` for a MariaDB server Airflow reaches as `mysql`).
const ENGINES: [(&str, &str, &[&str]); 5] = [
    ("postgres", "postgres", &["postgres", "aurora-postgresql"]),
    ("mysql", "mysql", &["mysql", "aurora-mysql", "mariadb"]),
    ("mssql", "sqlserver", &["sqlserver"]),
    ("oracle", "oracle", &["oracle"]),
    ("redshift", "redshift", &["redshift"]),
];

/// The `engine` values AWS's rotation templates accept that an Airflow conn_type maps to
/// (the Db2 template's `db2…` has no Airflow conn_type).
pub const RDS_ENGINES: &[&str] = &[
    "postgres",
    "aurora-postgresql",
    "mysql",
    "aurora-mysql",
    "mariadb",
    "oracle",
    "sqlserver",
    "redshift",
];

/// The fields a consumer copies, as Airflow holds them; `""` counts as unset, as hooks read it.
#[derive(Debug, Default)]
struct View {
    conn_type: Option<String>,
    host: Option<String>,
    login: Option<String>,
    password: Option<String>,
    schema: Option<String>,
    /// `Err` when the stored port is not an integer.
    port: Option<Result<i64, ()>>,
}

impl View {
    /// From the entries of our JSON (what is stored).
    fn of_entries(entries: &[(String, PyValue)]) -> View {
        let text = |k: &str| {
            entries
                .iter()
                .find(|(key, _)| key == k)
                .and_then(|(_, v)| v.as_str())
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        View {
            conn_type: text("conn_type"),
            host: text("host"),
            login: text("login"),
            password: text("password"),
            schema: text("schema"),
            port: entries
                .iter()
                .find(|(k, _)| k == "port")
                .map(|(_, v)| match v {
                    PyValue::Int(n) => n.parse().map_err(|_| ()),
                    _ => Err(()),
                }),
        }
    }

    /// From a reader's connection (what Airflow reads).
    fn of_connection(conn: &Connection) -> View {
        View {
            conn_type: conn.field_as_read("conn_type"),
            host: conn.field_as_read("host"),
            login: conn.field_as_read("login"),
            password: conn.field_as_read("password"),
            schema: conn.field_as_read("schema"),
            port: conn.port.as_ref().map(|p| match p {
                Port::Int(n) => Ok(*n),
                Port::Text(t) => t.trim().parse().map_err(|_| ()),
            }),
        }
    }

    fn text(&self, field: &str) -> Option<&str> {
        match field {
            "conn_type" => self.conn_type.as_deref(),
            "host" => self.host.as_deref(),
            "login" => self.login.as_deref(),
            "password" => self.password.as_deref(),
            "schema" => self.schema.as_deref(),
            _ => None,
        }
    }
}

/// Why a combination is refused. Every variant names fields, keys and consumers only.
#[derive(Debug, Clone, PartialEq)]
enum Refusal {
    /// RDS: no conn_type, or one with no rotation engine.
    NoEngine { has_conn_type: bool },
    /// A field the consumer requires is not set (or is `""`).
    Missing {
        consumer: Consumer,
        key: &'static str,
        field: &'static str,
        oracle: bool,
    },
    /// The port is not a whole number in 1..=65535.
    BadPort { consumer: Consumer },
    /// Airflow does not read the plain JSON secret exactly, so nothing can be proven.
    AirflowNotExact { differences: Vec<Difference> },
    /// `extra_conn_words` makes a consumer key an alias of a field the connection does not set.
    AliasCollision {
        consumer: Consumer,
        key: &'static str,
        field: String,
    },
    /// The check found that the consumer keys change what some reader reads.
    NotExact {
        consumers: Vec<Consumer>,
        what: String,
    },
    /// A consumer key would not agree with what Airflow reads (a safety net: by construction
    /// it cannot happen once the checks above passed).
    Disagrees { consumer: Consumer },
}

fn flag(consumers: &[Consumer]) -> String {
    consumers
        .iter()
        .map(|c| format!("`--compat {}`", c.name()))
        .collect::<Vec<_>>()
        .join(" with ")
}

/// Differences grouped by field and change, listing the readers: no values.
fn describe(differences: &[Difference]) -> String {
    let mut grouped: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    for d in differences {
        match grouped
            .iter_mut()
            .find(|g| g.0 == d.field && g.1 == d.change)
        {
            Some(g) => g.2.push(d.reader.name()),
            None => grouped.push((d.field, &d.change, vec![d.reader.name()])),
        }
    }
    grouped
        .into_iter()
        .map(|(field, change, readers)| format!("`{field}` {change} ({})", readers.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NoEngine { has_conn_type } => {
                let valid: Vec<String> = ENGINES
                    .iter()
                    .map(|(t, e, _)| format!("{t} (engine `{e}`)"))
                    .collect();
                let what = if *has_conn_type {
                    "this connection's conn_type has no RDS rotation engine"
                } else {
                    "this connection has no conn_type, and RDS rotation needs an engine"
                };
                write!(
                    f,
                    "`--compat rds`: {what}; the conn_types it serves are {}",
                    valid.join(", ")
                )
            }
            Refusal::Missing {
                consumer,
                key,
                field,
                oracle,
            } => {
                let why = if *oracle {
                    " (the Oracle rotation template requires `dbname`)"
                } else {
                    ""
                };
                if key == field {
                    write!(
                        f,
                        "`--compat {consumer}` needs the connection's `{field}`{why}, and it is not set"
                    )
                } else {
                    write!(
                        f,
                        "`--compat {consumer}` needs the connection's `{field}` ({} reads it as `{key}`){why}, and it is not set",
                        consumer.reader_name()
                    )
                }
            }
            Refusal::BadPort { consumer } => write!(
                f,
                "`--compat {consumer}` needs `port` to be a whole number from 1 to 65535 ({} reads it as a number), and this connection's is not",
                consumer.reader_name()
            ),
            Refusal::AirflowNotExact { differences } => write!(
                f,
                "Airflow does not read this connection exactly from a JSON secret even without compat keys, so `--compat` cannot be proven exact: {}",
                describe(differences)
            ),
            Refusal::AliasCollision {
                consumer,
                key,
                field,
            } => write!(
                f,
                "`--compat {consumer}` stores the key `{key}`, which extra_conn_words makes an alias of Airflow's `{field}`; this connection has no `{field}`, so Airflow would read `{field}` from `{key}` (set `{field}`, or remove `{key}` from extra_conn_words)"
            ),
            Refusal::NotExact { consumers, what } => write!(
                f,
                "with the keys of {}, Airflow would read this connection differently: {what}",
                flag(consumers)
            ),
            Refusal::Disagrees { consumer } => write!(
                f,
                "`--compat {consumer}`: the keys {} reads would not agree with what Airflow reads",
                consumer.reader_name()
            ),
        }
    }
}

/// Each key a consumer reads with the value it must hold; `None` for an optional key the
/// connection gives no value for (the key must then be absent).
type Wanted = Vec<(&'static str, Option<PyValue>)>;

/// The keys (and values) a consumer needs from Airflow's view of the connection.
fn consumer_entries(consumer: Consumer, view: &View) -> Result<Wanted, Refusal> {
    let engine = match consumer {
        Consumer::Rds => {
            let t = view.conn_type.as_deref();
            let row = t.and_then(|t| ENGINES.iter().find(|(ct, _, _)| *ct == t));
            Some(row.ok_or(Refusal::NoEngine {
                has_conn_type: t.is_some(),
            })?)
        }
        Consumer::Datagrok => None,
    };
    let oracle = engine.is_some_and(|(_, e, _)| *e == "oracle");
    let required = |key: &str| match consumer {
        Consumer::Rds => match key {
            "host" | "username" | "password" => true,
            "dbname" => oracle,
            _ => false,
        },
        Consumer::Datagrok => matches!(key, "login" | "password"),
    };
    let mut out = Vec::new();
    for &(key, field) in consumer.fields() {
        let value = match field {
            "conn_type" => engine.map(|(_, e, _)| PyValue::Str((*e).to_owned())),
            "port" => match view.port {
                None => None,
                Some(Ok(n)) if (1..=65535).contains(&n) => Some(PyValue::Int(n.to_string())),
                Some(_) => return Err(Refusal::BadPort { consumer }),
            },
            _ => view.text(field).map(|s| PyValue::Str(s.to_owned())),
        };
        if value.is_none() && required(key) {
            return Err(Refusal::Missing {
                consumer,
                key,
                field,
                oracle: oracle && key == "dbname",
            });
        }
        out.push((key, value));
    }
    Ok(out)
}

/// The Airflow fields a key is an alias of under these words (the backend's own table, asked
/// through [`secret_json::standardize`] so it is not copied here).
fn alias_of(key: &str, words: &ExtraConnWords) -> Vec<String> {
    let probe = [(key.to_owned(), PyValue::Bool(true))];
    match secret_json::standardize(&probe, words) {
        Ok(PyValue::Dict(fields)) => fields
            .into_iter()
            .filter(|(_, v)| *v != PyValue::Null)
            .map(|(f, _)| f)
            .collect(),
        // Unknown words make every reader fail; the exactness check reports that.
        _ => Vec::new(),
    }
}

/// De-duplicated, in [`Consumer::ALL`] order.
fn canonical(consumers: &[Consumer]) -> Vec<Consumer> {
    Consumer::ALL
        .into_iter()
        .filter(|c| consumers.contains(c))
        .collect()
}

/// `conn` as Airflow can hold it once read from JSON: `from_json` normalises the conn_type
/// (`postgresql` → `postgres`, `-` → `_`) and `secret_json::write` stores it so.
fn as_stored(conn: &Connection) -> Connection {
    let mut intended = conn.clone();
    intended.conn_type = conn.conn_type.as_deref().map(normalize_conn_type);
    intended
}

/// What no JSON secret can carry is not a compat question: `put-connection` reports it.
fn exactness(intended: &Connection, text: &str, words: &ExtraConnWords) -> Vec<Difference> {
    fidelity::check(intended, text, words)
        .into_iter()
        .filter(|d| d.field != "description")
        .collect()
}

fn try_write(
    conn: &Connection,
    consumers: &[Consumer],
    words: &ExtraConnWords,
) -> Result<String, Refusal> {
    let consumers = canonical(consumers);
    let plain = secret_json::write(conn);
    if consumers.is_empty() {
        return Ok(plain);
    }
    let Ok(PyValue::Dict(mut entries)) = pyjson::loads(&plain) else {
        unreachable!("secret_json::write produces a JSON object");
    };
    let view = View::of_entries(&entries);
    let wanted: Vec<(Consumer, Wanted)> = consumers
        .iter()
        .map(|&c| consumer_entries(c, &view).map(|e| (c, e)))
        .collect::<Result<_, _>>()?;

    let intended = as_stored(conn);
    let differences = exactness(&intended, &plain, words);
    if !differences.is_empty() {
        return Err(Refusal::AirflowNotExact { differences });
    }

    let airflow_keys: Vec<String> = entries.iter().map(|(k, _)| k.clone()).collect();
    for (consumer, keys) in &wanted {
        for (key, value) in keys {
            let Some(value) = value else { continue };
            if let Some((_, stored)) = entries.iter().find(|(k, _)| k == key) {
                // A shared key: one value for Airflow and the consumer (or a key the other
                // consumer already added from the same field).
                if stored != value {
                    return Err(Refusal::Disagrees {
                        consumer: *consumer,
                    });
                }
                continue;
            }
            if let Some(field) = alias_of(key, words)
                .into_iter()
                .find(|f| !airflow_keys.contains(f))
            {
                return Err(Refusal::AliasCollision {
                    consumer: *consumer,
                    key,
                    field,
                });
            }
            entries.push(((*key).to_owned(), value.clone()));
        }
    }
    let text = pyjson::dumps(&PyValue::Dict(entries));

    // The proof: no reader sees a difference from what was intended, and every reader reads
    // the compat secret exactly as it reads the plain one.
    let differences = exactness(&intended, &text, words);
    if !differences.is_empty() {
        return Err(Refusal::NotExact {
            consumers,
            what: describe(&differences),
        });
    }
    // The whole readings compared (stricter than field by field); the fields only name what
    // changed.
    let same = Reader::ALL.into_iter().all(|r| {
        secret_json::read_connection(r, Some(&text), words, Via::SecretsManager)
            == secret_json::read_connection(r, Some(&plain), words, Via::SecretsManager)
    });
    if !same {
        let changed = fidelity::reading_changes(&plain, &text, words);
        let fields: Vec<String> = changed.iter().map(|f| format!("`{f}`")).collect();
        return Err(Refusal::NotExact {
            consumers,
            what: if fields.is_empty() {
                "a reader's reading changes".into()
            } else {
                format!("{} change", fields.join(", "))
            },
        });
    }
    let served = serves(&text, words);
    if let Some(&consumer) = consumers.iter().find(|c| !served.contains(c)) {
        return Err(Refusal::Disagrees { consumer });
    }
    Ok(text)
}

/// The JSON secret for `conn` that Airflow reads exactly (every reader, under `words`) and
/// that each consumer reads too: [`secret_json::write`]'s text, then the consumer keys.
/// An empty `consumers` gives the plain text. The error names fields and consumers only.
pub fn write(
    conn: &Connection,
    consumers: &[Consumer],
    words: &ExtraConnWords,
) -> Result<String, String> {
    try_write(conn, consumers, words).map_err(|r| r.to_string())
}

/// Which consumers a stored SecretString serves: every key the consumer needs is present with
/// the value Airflow's core reader reads (an optional key absent exactly when Airflow reads no
/// value), so `get connection` can say so and doctor need not flag those keys as dropped.
pub fn serves(stored: &str, words: &ExtraConnWords) -> Vec<Consumer> {
    let Lookup::Found(read) =
        secret_json::read_connection(Reader::Core, Some(stored), words, Via::SecretsManager)
    else {
        return Vec::new();
    };
    // A URI secret has no keys to serve anyone.
    let Ok(PyValue::Dict(entries)) = pyjson::loads(stored) else {
        return Vec::new();
    };
    let view = View::of_connection(&read);
    Consumer::ALL
        .into_iter()
        .filter(|&c| {
            let Ok(wanted) = consumer_entries(c, &view) else {
                return false;
            };
            wanted.iter().all(|(key, want)| {
                let got = entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
                agrees(key, want.as_ref(), got, view.conn_type.as_deref())
            })
        })
        .collect()
}

/// Whether a stored key holds what the consumer should read.
fn agrees(
    key: &str,
    want: Option<&PyValue>,
    got: Option<&PyValue>,
    conn_type: Option<&str>,
) -> bool {
    match (want, got) {
        (None, None) => true,
        (None, Some(_)) | (Some(_), None) => false,
        (Some(_), Some(PyValue::Str(engine))) if key == "engine" => ENGINES
            .iter()
            .any(|(t, _, accepted)| Some(*t) == conn_type && accepted.contains(&engine.as_str())),
        // Both consumers read a port given as digits, too (`int()`; Datagrok's String path).
        (Some(PyValue::Int(n)), Some(PyValue::Str(s))) if key == "port" => {
            s.trim().parse::<i64>().ok().map(|p| p.to_string()).as_ref() == Some(n)
        }
        (Some(w), Some(g)) => w == g,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::airflow::connection::{FIELDS, Password};

    fn words(pairs: &[(&str, &[&str])]) -> ExtraConnWords {
        pairs
            .iter()
            .map(|(f, w)| ((*f).to_owned(), w.iter().map(|s| (*s).to_owned()).collect()))
            .collect()
    }

    const PASSWORD: &str = "Pw-9f8e!x@y:z/%41";

    fn pg() -> Connection {
        Connection {
            conn_type: Some("postgres".into()),
            host: Some("db-7c1.example.internal".into()),
            login: Some("airflow_reader".into()),
            password: Some(Password::new(PASSWORD)),
            schema: Some("analytics_db".into()),
            port: Some(Port::Int(5432)),
            extra: Some("{\"sslmode\":  \"require\", \"n\": 1}".into()),
            ..Connection::default()
        }
    }

    fn dict(text: &str) -> Vec<(String, PyValue)> {
        match pyjson::loads(text) {
            Ok(PyValue::Dict(d)) => d,
            other => panic!("not an object: {other:?}"),
        }
    }

    fn get<'a>(d: &'a [(String, PyValue)], k: &str) -> Option<&'a PyValue> {
        d.iter().find(|(key, _)| key == k).map(|(_, v)| v)
    }

    fn s(v: &str) -> PyValue {
        PyValue::Str(v.into())
    }

    /// Every reader reads `text` exactly as `conn` (normalised) intends, field by field and
    /// with `extra` byte for byte, and exactly as it reads the plain JSON.
    fn assert_exact(conn: &Connection, text: &str, words: &ExtraConnWords) {
        let intended = as_stored(conn);
        assert_eq!(exactness(&intended, text, words), vec![], "{text}");
        let plain = secret_json::write(conn);
        for r in Reader::ALL {
            let read = secret_json::read_connection(r, Some(text), words, Via::SecretsManager);
            assert_eq!(
                read,
                secret_json::read_connection(r, Some(&plain), words, Via::SecretsManager),
                "{r}"
            );
            let Lookup::Found(read) = read else {
                panic!("{r} cannot read {text}")
            };
            // Port by its number, and an empty extra is no extra (neither is stored).
            let field = |c: &Connection, f: &str| match f {
                "port" => c
                    .port
                    .as_ref()
                    .and_then(|p| p.to_string().trim().parse::<i64>().ok())
                    .map(|n| n.to_string()),
                "extra" => c.field_as_read(f).filter(|e| !e.is_empty()),
                _ => c.field_as_read(f),
            };
            for f in FIELDS {
                assert_eq!(field(&read, f), field(&intended, f), "{r} {f}");
            }
        }
        // Airflow's part is secret_json::write's text, byte for byte.
        assert!(text.starts_with(&plain[..plain.len() - 1]), "{text}");
        // Python's json.dumps(json.loads(text)) (what rotation writes back) is the same text.
        assert_eq!(pyjson::dumps(&pyjson::loads(text).unwrap()), text);
    }

    fn refusal(conn: &Connection, consumers: &[Consumer], words: &ExtraConnWords) -> Refusal {
        let r = try_write(conn, consumers, words).expect_err("refused");
        assert_eq!(write(conn, consumers, words), Err(r.to_string()));
        assert_no_values(conn, &r.to_string());
        r
    }

    /// A refusal names no value of the connection (those short enough to be words aside).
    fn assert_no_values(conn: &Connection, message: &str) {
        for f in [
            "host",
            "login",
            "password",
            "schema",
            "extra",
            "description",
        ] {
            if let Some(v) = conn.field(f).filter(|v| v.chars().count() >= 8) {
                assert!(!message.contains(&v), "{f} leaks into: {message}");
            }
        }
    }

    #[test]
    fn parse_and_names() {
        assert_eq!("rds".parse::<Consumer>(), Ok(Consumer::Rds));
        assert_eq!(Consumer::parse("DataGrok"), Some(Consumer::Datagrok));
        assert!(
            "redis"
                .parse::<Consumer>()
                .unwrap_err()
                .contains("rds, datagrok")
        );
        for c in Consumer::ALL {
            assert_eq!(Consumer::parse(c.name()), Some(c));
            assert_eq!(c.to_string(), c.name());
            let keys: Vec<&str> = c.fields().iter().map(|(k, _)| *k).collect();
            assert_eq!(keys, c.keys());
        }
        for (_, engine, accepted) in ENGINES {
            assert!(accepted.contains(&engine));
            assert!(accepted.iter().all(|e| RDS_ENGINES.contains(e)));
        }
        assert!(
            RDS_ENGINES
                .iter()
                .all(|e| ENGINES.iter().any(|(_, _, a)| a.contains(e)))
        );
    }

    #[test]
    fn rds_keys_hold_airflow_values_and_airflow_reads_exactly() {
        let conn = pg();
        let w = ExtraConnWords::new();
        let text = write(&conn, &[Consumer::Rds], &w).unwrap();
        assert_exact(&conn, &text, &w);
        let d = dict(&text);
        let keys: Vec<&str> = d.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "conn_type",
                "host",
                "login",
                "password",
                "schema",
                "port",
                "extra",
                "engine",
                "username",
                "dbname"
            ]
        );
        assert_eq!(get(&d, "engine"), Some(&s("postgres")));
        assert_eq!(get(&d, "host"), Some(&s("db-7c1.example.internal")));
        assert_eq!(get(&d, "username"), Some(&s("airflow_reader")));
        assert_eq!(get(&d, "password"), Some(&s(PASSWORD)));
        assert_eq!(get(&d, "dbname"), Some(&s("analytics_db")));
        assert_eq!(
            get(&d, "port"),
            Some(&PyValue::Int("5432".into())),
            "a number"
        );
        // `extra` stays a string, byte for byte.
        assert_eq!(
            get(&d, "extra"),
            Some(&s("{\"sslmode\":  \"require\", \"n\": 1}"))
        );
        assert_eq!(serves(&text, &w), [Consumer::Rds]);
        assert_eq!(secret_json::dropped_keys(&text, &w), ["dbname"]);
    }

    #[test]
    fn datagrok_keys_hold_airflow_values_and_airflow_reads_exactly() {
        let conn = pg();
        let w = ExtraConnWords::new();
        let text = write(&conn, &[Consumer::Datagrok], &w).unwrap();
        assert_exact(&conn, &text, &w);
        let d = dict(&text);
        assert_eq!(d.len(), 9, "{text}");
        assert_eq!(get(&d, "server"), Some(&s("db-7c1.example.internal")));
        assert_eq!(get(&d, "login"), Some(&s("airflow_reader")));
        assert_eq!(get(&d, "password"), Some(&s(PASSWORD)));
        assert_eq!(get(&d, "db"), Some(&s("analytics_db")));
        assert_eq!(get(&d, "port"), Some(&PyValue::Int("5432".into())));
        assert_eq!(serves(&text, &w), [Consumer::Datagrok]);
    }

    #[test]
    fn both_consumers_in_one_secret_in_a_fixed_order() {
        let conn = pg();
        let w = ExtraConnWords::new();
        let text = write(
            &conn,
            &[Consumer::Datagrok, Consumer::Rds, Consumer::Datagrok],
            &w,
        )
        .unwrap();
        assert_eq!(
            text,
            write(&conn, &[Consumer::Rds, Consumer::Datagrok], &w).unwrap()
        );
        assert_exact(&conn, &text, &w);
        let keys: Vec<String> = dict(&text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys[7..], ["engine", "username", "dbname", "server", "db"]);
        assert_eq!(serves(&text, &w), Consumer::ALL);
        assert_eq!(write(&conn, &[], &w).unwrap(), secret_json::write(&conn));
    }

    #[test]
    fn optional_keys_are_left_out_when_the_connection_has_no_value() {
        let conn = Connection {
            schema: Some(String::new()),
            port: None,
            extra: None,
            ..pg()
        };
        let w = ExtraConnWords::new();
        let text = write(&conn, &Consumer::ALL, &w).unwrap();
        assert_exact(&conn, &text, &w);
        let d = dict(&text);
        for k in ["dbname", "db", "port"] {
            assert_eq!(get(&d, k), None, "{k}");
        }
        assert_eq!(serves(&text, &w), Consumer::ALL);
    }

    #[test]
    fn conn_types_map_to_engines() {
        let w = ExtraConnWords::new();
        for (conn_type, engine) in [
            ("postgresql", "postgres"),
            ("mysql", "mysql"),
            ("mssql", "sqlserver"),
            ("oracle", "oracle"),
            ("redshift", "redshift"),
        ] {
            let conn = Connection {
                conn_type: Some(conn_type.into()),
                ..pg()
            };
            let text = write(&conn, &[Consumer::Rds], &w).unwrap();
            assert_exact(&conn, &text, &w);
            assert_eq!(get(&dict(&text), "engine"), Some(&s(engine)));
        }
    }

    /// Why the consumer keys go last: `engine` ahead of `conn_type` would win it (§d.5).
    #[test]
    fn the_same_keys_in_another_order_would_not_be_exact() {
        let conn = Connection {
            conn_type: Some("mssql".into()),
            ..pg()
        };
        let w = ExtraConnWords::new();
        let text = write(&conn, &[Consumer::Rds], &w).unwrap();
        assert_exact(&conn, &text, &w);
        let mut d = dict(&text);
        let at = d.iter().position(|(k, _)| k == "engine").unwrap();
        let engine = d.remove(at);
        d.insert(0, engine);
        let reordered = pyjson::dumps(&PyValue::Dict(d));
        let lost = exactness(&as_stored(&conn), &reordered, &w);
        assert_eq!(lost.len(), 3, "{lost:?}");
        assert!(lost.iter().all(|l| l.field == "conn_type"));
        assert_eq!(serves(&reordered, &w), [], "Airflow now reads `sqlserver`");
    }

    #[test]
    fn a_port_given_as_text_is_stored_as_a_number() {
        let conn = Connection {
            port: Some(Port::Text(" 3306 ".into())),
            conn_type: Some("mysql".into()),
            ..pg()
        };
        let w = ExtraConnWords::new();
        let text = write(&conn, &[Consumer::Rds], &w).unwrap();
        assert_exact(&conn, &text, &w);
        assert_eq!(
            get(&dict(&text), "port"),
            Some(&PyValue::Int("3306".into()))
        );
    }

    #[test]
    fn rotation_keeps_airflow_exact_with_the_new_password() {
        let conn = pg();
        let w = ExtraConnWords::new();
        let text = write(&conn, &Consumer::ALL, &w).unwrap();
        // What the rotation function does: json.loads, set `password`, json.dumps.
        let mut d = dict(&text);
        let new = "N3w-rotated-secret";
        d.iter_mut().find(|(k, _)| k == "password").unwrap().1 = s(new);
        let rotated = pyjson::dumps(&PyValue::Dict(d));
        let conn = Connection {
            password: Some(Password::new(new)),
            ..conn
        };
        assert_eq!(exactness(&as_stored(&conn), &rotated, &w), vec![]);
        assert_eq!(serves(&rotated, &w), Consumer::ALL);
    }

    #[test]
    fn refuses_a_conn_type_without_an_engine_listing_the_valid_ones() {
        let w = ExtraConnWords::new();
        for conn_type in [Some("http"), Some("Postgres"), Some(""), None] {
            let conn = Connection {
                conn_type: conn_type.map(Into::into),
                ..pg()
            };
            let r = refusal(&conn, &[Consumer::Rds], &w);
            assert!(matches!(r, Refusal::NoEngine { .. }), "{r:?}");
            let m = r.to_string();
            assert!(m.contains("mssql (engine `sqlserver`)"), "{m}");
            // Datagrok does not care about the conn_type.
            assert!(write(&conn, &[Consumer::Datagrok], &w).is_ok());
        }
    }

    #[test]
    fn refuses_missing_required_fields_naming_them() {
        let w = ExtraConnWords::new();
        let cases: [(Connection, Consumer, &str, &str); 6] = [
            (
                Connection { host: None, ..pg() },
                Consumer::Rds,
                "host",
                "host",
            ),
            (
                Connection {
                    login: Some(String::new()),
                    ..pg()
                },
                Consumer::Rds,
                "username",
                "login",
            ),
            (
                Connection {
                    password: None,
                    ..pg()
                },
                Consumer::Rds,
                "password",
                "password",
            ),
            (
                Connection {
                    password: Some(Password::new("")),
                    ..pg()
                },
                Consumer::Datagrok,
                "password",
                "password",
            ),
            (
                Connection {
                    login: None,
                    ..pg()
                },
                Consumer::Datagrok,
                "login",
                "login",
            ),
            (
                Connection {
                    conn_type: Some("oracle".into()),
                    schema: None,
                    ..pg()
                },
                Consumer::Rds,
                "dbname",
                "schema",
            ),
        ];
        for (conn, consumer, key, field) in cases {
            let refused = refusal(&conn, &[consumer], &w);
            let Refusal::Missing {
                consumer: named_consumer,
                key: named_key,
                field: named_field,
                ..
            } = &refused
            else {
                panic!("{refused:?}")
            };
            assert_eq!(
                (*named_consumer, *named_key, *named_field),
                (consumer, key, field)
            );
            assert!(
                refused.to_string().contains(&format!("`{field}`")),
                "{refused}"
            );
        }
        // Datagrok needs no host: its connection may name the server itself.
        let conn = Connection { host: None, ..pg() };
        let text = write(&conn, &[Consumer::Datagrok], &w).unwrap();
        assert_eq!(get(&dict(&text), "server"), None);
        assert_eq!(serves(&text, &w), [Consumer::Datagrok]);
    }

    #[test]
    fn refuses_a_port_no_consumer_can_use() {
        let w = ExtraConnWords::new();
        for port in [Port::Int(70000), Port::Int(-1), Port::Text("pg".into())] {
            let conn = Connection {
                port: Some(port),
                ..pg()
            };
            for c in Consumer::ALL {
                assert_eq!(refusal(&conn, &[c], &w), Refusal::BadPort { consumer: c });
            }
        }
        // Port 0: Airflow itself reads no port, so nothing exact can be stored.
        let conn = Connection {
            port: Some(Port::Int(0)),
            ..pg()
        };
        let r = refusal(&conn, &[Consumer::Rds], &w);
        assert!(matches!(r, Refusal::AirflowNotExact { .. }), "{r:?}");
        assert!(r.to_string().contains("`port`"), "{r}");
    }

    #[test]
    fn refuses_when_airflow_cannot_read_the_plain_secret() {
        let w = ExtraConnWords::new();
        let conn = Connection {
            extra: Some("not json".into()),
            ..pg()
        };
        let r = refusal(&conn, &[Consumer::Datagrok], &w);
        assert!(matches!(r, Refusal::AirflowNotExact { .. }), "{r:?}");
        // An extra_conn_words field the backend does not know: no reader reads anything.
        let r = refusal(&pg(), &[Consumer::Rds], &words(&[("dbname", &["db"])]));
        assert!(matches!(r, Refusal::AirflowNotExact { .. }), "{r:?}");
    }

    #[test]
    fn extra_conn_words_that_alias_a_set_field_are_harmless() {
        let conn = pg();
        for w in [
            words(&[("schema", &["dbname", "db"])]),
            words(&[("host", &["dbname"]), ("user", &["db"])]),
            words(&[("password", &["engine", "username"]), ("port", &["server"])]),
        ] {
            let text = write(&conn, &Consumer::ALL, &w).unwrap();
            assert_exact(&conn, &text, &w);
            assert_eq!(serves(&text, &w), Consumer::ALL);
        }
    }

    /// A connection, the consumers asked for, the words, and the consumer, key and field the
    /// refusal must name.
    type AliasCase = (
        Connection,
        &'static [Consumer],
        ExtraConnWords,
        Consumer,
        &'static str,
        &'static str,
    );

    #[test]
    fn refuses_extra_conn_words_that_alias_an_unset_field() {
        let cases: [AliasCase; 4] = [
            (
                Connection { port: None, ..pg() },
                &[Consumer::Rds],
                words(&[("port", &["dbname"])]),
                Consumer::Rds,
                "dbname",
                "port",
            ),
            (
                Connection {
                    extra: None,
                    ..pg()
                },
                &Consumer::ALL,
                words(&[("extra", &["db"])]),
                Consumer::Datagrok,
                "db",
                "extra",
            ),
            (
                Connection {
                    schema: None,
                    ..pg()
                },
                &[Consumer::Rds],
                words(&[("schema", &["engine"])]),
                Consumer::Rds,
                "engine",
                "schema",
            ),
            (
                Connection {
                    extra: None,
                    ..pg()
                },
                &[Consumer::Datagrok],
                words(&[("extra", &["server"])]),
                Consumer::Datagrok,
                "server",
                "extra",
            ),
        ];
        for (conn, consumers, w, consumer, key, field) in cases {
            let r = refusal(&conn, consumers, &w);
            assert_eq!(
                r,
                Refusal::AliasCollision {
                    consumer,
                    key,
                    field: field.into()
                },
            );
            let m = r.to_string();
            assert!(
                m.contains(&format!("`{key}`")) && m.contains(&format!("`{field}`")),
                "{m}"
            );
        }
    }

    #[test]
    fn serves_only_what_agrees_with_airflow() {
        let w = ExtraConnWords::new();
        // Plain Airflow secrets serve nobody.
        assert_eq!(serves(&secret_json::write(&pg()), &w), []);
        assert_eq!(serves(&crate::airflow::uri::write(&pg()), &w), []);
        assert_eq!(serves("{not json", &w), []);
        let text = write(&pg(), &Consumer::ALL, &w).unwrap();
        let edit = |key: &str, v: Option<PyValue>| {
            let mut d = dict(&text);
            match v {
                Some(v) => d.iter_mut().find(|(k, _)| k == key).unwrap().1 = v,
                None => d.retain(|(k, _)| k != key),
            }
            serves(&pyjson::dumps(&PyValue::Dict(d)), &w)
        };
        assert_eq!(
            edit("username", Some(s("someone_else"))),
            [Consumer::Datagrok]
        );
        assert_eq!(edit("engine", Some(s("mysql"))), [Consumer::Datagrok]);
        assert_eq!(edit("engine", Some(s("aurora-postgresql"))), Consumer::ALL);
        assert_eq!(edit("dbname", None), [Consumer::Datagrok]);
        assert_eq!(edit("db", Some(s("other"))), [Consumer::Rds]);
        assert_eq!(
            edit("server", None),
            [Consumer::Rds],
            "Airflow reads a host"
        );
        assert_eq!(
            edit("port", Some(s("5432"))),
            Consumer::ALL,
            "digits are read too"
        );
        // An RDS secret made by someone else: `dbname` is not Airflow's schema.
        let rds_made = r#"{"engine": "postgres", "host": "h1", "username": "u1", "password": "p1", "dbname": "d1", "port": 5432}"#;
        assert_eq!(serves(rds_made, &w), []);
        assert_eq!(
            serves(rds_made, &words(&[("schema", &["dbname"])])),
            [Consumer::Rds]
        );
    }

    /// The golden vectors' connections (and the core readings of the decode vectors' JSON
    /// secrets, under their extra_conn_words): every combination either is written and read
    /// exactly, or is refused for one of the documented reasons, and the reason holds.
    #[test]
    fn golden_vectors() {
        use serde_json::Value;
        let mut cases: Vec<(String, Connection, ExtraConnWords)> = Vec::new();
        for line in include_str!("../../tests/fixtures/airflow-vectors/connections.jsonl").lines() {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let f = &v["fields"];
            let text = |k: &str| f.get(k).and_then(Value::as_str).map(str::to_owned);
            let conn = Connection {
                conn_type: text("conn_type"),
                description: text("description"),
                host: text("host"),
                login: text("login"),
                password: text("password").map(Password::new),
                schema: text("schema"),
                port: f.get("port").map(|p| match p {
                    Value::String(s) => Port::Text(s.clone()),
                    other => Port::Int(other.as_i64().unwrap()),
                }),
                extra: f.get("extra").map(|e| match e {
                    Value::String(s) => s.clone(),
                    other => pyjson::dumps(&PyValue::from_serde(other)),
                }),
                non_string_fields: Vec::new(),
            };
            cases.push((
                v["id"].as_str().unwrap().to_owned(),
                conn,
                ExtraConnWords::new(),
            ));
        }
        for line in include_str!("../../tests/fixtures/airflow-vectors/decode.jsonl").lines() {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let Some(secret) = v.get("secret").and_then(Value::as_str) else {
                continue;
            };
            if v.get("kind").is_some() || v.get("via").is_some() || v.get("binary").is_some() {
                continue;
            }
            let w: ExtraConnWords = v
                .pointer("/backend_kwargs/extra_conn_words")
                .and_then(Value::as_object)
                .map(|o| {
                    o.iter()
                        .map(|(k, a)| {
                            let list = a.as_array().unwrap();
                            (
                                k.clone(),
                                list.iter()
                                    .map(|x| x.as_str().unwrap().to_owned())
                                    .collect(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            if let Lookup::Found(conn) =
                secret_json::read_connection(Reader::Core, Some(secret), &w, Via::SecretsManager)
            {
                cases.push((v["id"].as_str().unwrap().to_owned(), conn, w));
            }
        }
        assert!(cases.len() >= 100, "{}", cases.len());

        let combos: [&[Consumer]; 3] = [&[Consumer::Rds], &[Consumer::Datagrok], &Consumer::ALL];
        let mut written: Vec<String> = Vec::new();
        for (id, conn, w) in &cases {
            let view = View::of_entries(&dict(&secret_json::write(conn)));
            for consumers in combos {
                let label = format!("{id} {}", flag(consumers));
                match try_write(conn, consumers, w) {
                    Ok(text) => {
                        assert_exact(conn, &text, w);
                        assert_eq!(serves(&text, w), consumers, "{label}");
                        // Each consumer key holds the connection's own value.
                        let d = dict(&text);
                        for c in consumers {
                            for (key, field) in c.fields() {
                                let got = get(&d, key);
                                match *field {
                                    "conn_type" => assert!(got.is_some(), "{label}"),
                                    "port" => assert_eq!(
                                        got.is_some(),
                                        conn.port.as_ref().is_some_and(Port::is_truthy),
                                        "{label}"
                                    ),
                                    f => assert_eq!(
                                        got.and_then(PyValue::as_str).map(str::to_owned),
                                        conn.field_as_read(f),
                                        "{label} {key}"
                                    ),
                                }
                            }
                        }
                        written.push(label);
                    }
                    Err(r) => {
                        assert_no_values(conn, &r.to_string());
                        // The reason holds for this connection.
                        match &r {
                            Refusal::NoEngine { .. } => assert!(
                                consumers.contains(&Consumer::Rds)
                                    && !view.conn_type.as_deref().is_some_and(|t| {
                                        ENGINES.iter().any(|(ct, _, _)| *ct == t)
                                    }),
                                "{label}"
                            ),
                            Refusal::Missing { field, .. } => {
                                assert_eq!(view.text(field), None, "{label}");
                            }
                            Refusal::BadPort { .. } => {
                                assert!(!matches!(view.port, Some(Ok(1..=65535))), "{label}");
                            }
                            Refusal::AirflowNotExact { .. } => assert_ne!(
                                exactness(&as_stored(conn), &secret_json::write(conn), w),
                                vec![],
                                "{label}"
                            ),
                            other => panic!("{label}: unexpected refusal {other:?}: {other}"),
                        }
                    }
                }
            }
        }
        // The ordinary database connections among them all get through.
        for id in [
            "enc-001", "enc-002", "enc-004", "enc-016", "enc-019", "dec-033", "dec-035",
        ] {
            for consumers in combos {
                let label = format!("{id} {}", flag(consumers));
                assert!(written.contains(&label), "{label} was refused");
            }
        }
        assert!(written.len() >= 40, "{}", written.len());
    }
}
