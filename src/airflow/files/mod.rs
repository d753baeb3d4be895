//! Readers of Airflow's export files, as `airflow variables import` / `airflow connections
//! import` read them (semantics §e), with the file and line of every problem.
//!
//! Pure: each reader takes the file's name (for messages) and its text.

pub mod yaml;

use std::fmt;

use super::connection::{Connection, Password, Port};
use super::pyjson::{self, PyValue};
use super::uri;
use super::variable::{AirflowLine, ImportedVariable, import_value};

/// An import file's format, chosen by its extension as Airflow does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Json,
    Yaml,
    Env,
}

impl FileFormat {
    pub fn from_path(path: &str) -> Option<FileFormat> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(FileFormat::Json),
            "yaml" | "yml" => Some(FileFormat::Yaml),
            "env" => Some(FileFormat::Env),
            _ => None,
        }
    }
}

/// A problem in an import file: which file, which line, which key, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub file: String,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub reason: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": `{key}`")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for FileError {}

/// One variable from a file; `value` is Err when Airflow's import could not store it.
#[derive(Debug, Clone)]
pub struct VariableItem {
    pub key: String,
    pub line: usize,
    pub value: Result<ImportedVariable, String>,
}

/// One connection from a file; `conn` is Err when Airflow's import could not build it.
#[derive(Debug, Clone)]
pub struct ConnectionItem {
    pub conn_id: String,
    pub line: usize,
    pub conn: Result<Connection, String>,
}

/// A top-level entry before interpretation.
enum RawValue {
    Py(PyValue),
    Yaml(yaml::YamlValue),
    Text(String),
}

struct RawEntry {
    key: String,
    line: usize,
    value: RawValue,
}

fn file_error(
    file: &str,
    line: Option<usize>,
    key: Option<&str>,
    reason: impl Into<String>,
) -> FileError {
    FileError {
        file: file.to_owned(),
        line,
        key: key.map(str::to_owned),
        reason: reason.into(),
    }
}

/// Python's `str.splitlines()` line boundaries.
fn py_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let boundary = matches!(
            c,
            '\n' | '\r'
                | '\u{b}'
                | '\u{c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if boundary {
            lines.push(&text[start..i]);
            let mut next = i + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
                chars.next();
                next += 1;
            }
            start = next;
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// The `.env` format of Airflow's LocalFilesystemBackend: `KEY=VALUE`, split at the first
/// `=`, blank and `#` comment lines skipped, empty keys and values refused. Every key that
/// appears more than once is refused with all its lines.
fn parse_env(file: &str, text: &str) -> Result<Vec<RawEntry>, Vec<FileError>> {
    let mut entries: Vec<RawEntry> = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in py_lines(text).into_iter().enumerate() {
        let line_no = n + 1;
        if line.is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            errors.push(file_error(
                file,
                Some(line_no),
                None,
                "invalid line: it should contain an equal sign (`=`)",
            ));
            continue;
        };
        if key.is_empty() {
            errors.push(file_error(
                file,
                Some(line_no),
                None,
                "invalid line: the key is empty",
            ));
        } else if value.is_empty() {
            errors.push(file_error(
                file,
                Some(line_no),
                Some(key),
                "invalid line: the value is empty",
            ));
        } else {
            entries.push(RawEntry {
                key: key.to_owned(),
                line: line_no,
                value: RawValue::Text(value.to_owned()),
            });
        }
    }
    errors.extend(duplicates(file, &entries));
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

/// Airflow keeps the last of duplicate keys silently (JSON, YAML) or refuses them (.env);
/// we refuse them everywhere, naming every line, so no value is lost unseen.
fn duplicates(file: &str, entries: &[RawEntry]) -> Vec<FileError> {
    // Every key's lines in one pass (a map, so n keys cost O(n)), in first-seen order.
    let mut lines: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    let mut order = Vec::new();
    for e in entries {
        let seen = lines.entry(e.key.as_str()).or_default();
        if seen.is_empty() {
            order.push(e);
        }
        seen.push(e.line);
    }
    order
        .into_iter()
        .filter_map(|e| {
            let at = &lines[e.key.as_str()];
            (at.len() > 1).then(|| {
                let shown: Vec<String> = at.iter().map(ToString::to_string).collect();
                file_error(
                    file,
                    Some(e.line),
                    Some(&e.key),
                    format!(
                        "the key appears more than once (lines {})",
                        shown.join(", ")
                    ),
                )
            })
        })
        .collect()
}

fn parse_json(file: &str, text: &str) -> Result<Vec<RawEntry>, Vec<FileError>> {
    if text.is_empty() {
        return Err(vec![file_error(file, Some(1), None, "the file is empty")]);
    }
    match pyjson::loads_object_entries(text) {
        Err(e) => Err(vec![file_error(
            file,
            Some(e.line),
            None,
            format!("invalid JSON: {e}"),
        )]),
        Ok(None) => Err(vec![file_error(
            file,
            Some(1),
            None,
            "the file should contain a JSON object",
        )]),
        Ok(Some(entries)) => {
            let entries: Vec<RawEntry> = entries
                .into_iter()
                .map(|(key, line, v)| RawEntry {
                    key,
                    line,
                    value: RawValue::Py(v),
                })
                .collect();
            let dups = duplicates(file, &entries);
            if dups.is_empty() {
                Ok(entries)
            } else {
                Err(dups)
            }
        }
    }
}

fn parse_yaml(file: &str, text: &str) -> Result<Vec<RawEntry>, Vec<FileError>> {
    if text.is_empty() {
        return Err(vec![file_error(file, Some(1), None, "the file is empty")]);
    }
    let root = yaml::parse(text).map_err(|e| {
        vec![file_error(
            file,
            Some(e.line),
            None,
            format!("invalid YAML: {}", e.message),
        )]
    })?;
    let Some(yaml::Located {
        value: yaml::YamlValue::Map(map),
        ..
    }) = root
    else {
        return Err(vec![file_error(
            file,
            Some(1),
            None,
            "the file should contain a mapping",
        )]);
    };
    let mut entries = Vec::new();
    for (k, v) in map {
        let key = k
            .value
            .key_text()
            .map_err(|e| vec![file_error(file, Some(k.line), None, e)])?;
        entries.push(RawEntry {
            key,
            line: k.line,
            value: RawValue::Yaml(v.value),
        });
    }
    let dups = duplicates(file, &entries);
    if dups.is_empty() {
        Ok(entries)
    } else {
        Err(dups)
    }
}

fn parse_file(file: &str, text: &str, format: FileFormat) -> Result<Vec<RawEntry>, Vec<FileError>> {
    match format {
        FileFormat::Json => parse_json(file, text),
        FileFormat::Yaml => parse_yaml(file, text),
        FileFormat::Env => parse_env(file, text),
    }
}

impl RawValue {
    fn into_py(self) -> Result<PyValue, String> {
        match self {
            RawValue::Py(v) => Ok(v),
            RawValue::Yaml(y) => y.to_py(),
            RawValue::Text(t) => Ok(PyValue::Str(t)),
        }
    }
}

/// Variables as `airflow variables import` would store them under the given line's rules.
pub fn read_variables(
    file: &str,
    text: &str,
    format: FileFormat,
    line: AirflowLine,
) -> Result<Vec<VariableItem>, Vec<FileError>> {
    Ok(parse_file(file, text, format)?
        .into_iter()
        .map(|e| VariableItem {
            key: e.key,
            line: e.line,
            value: e.value.into_py().and_then(|v| import_value(&v, line)),
        })
        .collect())
}

/// Connections as `airflow connections import` would build them. A `.env` value that starts
/// with `{` is read as JSON (Airflow's own json-serialised .env export), which Airflow itself
/// would misread as a URI.
pub fn read_connections(
    file: &str,
    text: &str,
    format: FileFormat,
    line: AirflowLine,
) -> Result<Vec<ConnectionItem>, Vec<FileError>> {
    Ok(parse_file(file, text, format)?
        .into_iter()
        .map(|e| {
            let conn = match e.value {
                RawValue::Text(t) if t.trim_start().starts_with('{') => pyjson::loads(&t)
                    .map_err(|err| format!("invalid JSON: {err}"))
                    .and_then(|v| connection_from_value(&e.key, v, line)),
                RawValue::Text(t) => uri::parse(line.core_reader(), &t).map_err(|err| {
                    format!(
                        "Airflow cannot parse this URI ({}: {err})",
                        err.python_class()
                    )
                }),
                other => other
                    .into_py()
                    .and_then(|v| connection_from_value(&e.key, v, line)),
            };
            ConnectionItem {
                conn_id: e.key,
                line: e.line,
                conn,
            }
        })
        .collect())
}

fn text_of(field: &str, v: &PyValue) -> Result<Option<String>, String> {
    match v {
        PyValue::Null => Ok(None),
        PyValue::Str(s) => Ok(Some(s.clone())),
        PyValue::Int(_) | PyValue::Float(_) | PyValue::Bool(_) => Ok(Some(pyjson::py_str(v))),
        other => Err(format!(
            "`{field}` must be a string, not a {}",
            other.type_name()
        )),
    }
}

/// `_create_connection(conn_id, value)` for a value from a JSON or YAML file.
fn connection_from_value(
    conn_id: &str,
    value: PyValue,
    line: AirflowLine,
) -> Result<Connection, String> {
    let reader = line.core_reader();
    let entries = match value {
        PyValue::Str(uri_text) => {
            return uri::parse(reader, &uri_text)
                .map_err(|e| format!("Airflow cannot parse this URI ({}: {e})", e.python_class()));
        }
        PyValue::Dict(d) => d,
        other => {
            return Err(format!(
                "a connection must be a URI string or an object, not a {}",
                other.type_name()
            ));
        }
    };
    if entries.iter().any(|(k, _)| k == "extra") && entries.iter().any(|(k, _)| k == "extra_dejson")
    {
        return Err("`extra` and `extra_dejson` are mutually exclusive".into());
    }
    let mut conn = Connection::default();
    let mut uri_field = None;
    for (key, v) in &entries {
        match key.as_str() {
            "conn_id" => {
                if v.as_str() != Some(conn_id) {
                    return Err(format!(
                        "`conn_id` {} does not match the key",
                        pyjson::dumps(v)
                    ));
                }
            }
            "conn_type" => conn.conn_type = text_of(key, v)?,
            "description" => conn.description = text_of(key, v)?,
            "host" => conn.host = text_of(key, v)?,
            "login" => conn.login = text_of(key, v)?,
            "schema" => conn.schema = text_of(key, v)?,
            "password" => match v {
                PyValue::Str(s) => conn.password = Some(Password::new(s.clone())),
                v if !v.is_truthy() => {}
                other => {
                    return Err(format!(
                        "`password` must be a string, not a {}",
                        other.type_name()
                    ));
                }
            },
            "port" => {
                conn.port =
                    match v {
                        PyValue::Null => None,
                        PyValue::Int(i) => Some(Port::Int(
                            i.parse().map_err(|_| "`port` is out of range".to_owned())?,
                        )),
                        PyValue::Str(s) => Some(Port::Int(s.trim().parse().map_err(|_| {
                            format!("`port` {} is not an integer", pyjson::dumps(v))
                        })?)),
                        other => {
                            return Err(format!(
                                "`port` must be an integer, not a {}",
                                other.type_name()
                            ));
                        }
                    };
            }
            "extra" | "extra_dejson" => {
                conn.extra = match v {
                    PyValue::Null => None,
                    PyValue::Str(s) => Some(s.clone()),
                    other if other.is_truthy() || key == "extra_dejson" => {
                        Some(pyjson::dumps(other))
                    }
                    _ => None,
                };
            }
            "uri" => uri_field = v.as_str().map(str::to_owned),
            "team_name" if line == AirflowLine::V3 => {}
            other => return Err(format!("unknown connection key `{other}`")),
        }
    }
    if let Some(uri_text) = uri_field {
        let has_fields = entries.iter().any(|(k, v)| {
            !matches!(k.as_str(), "uri" | "conn_id" | "description") && !matches!(v, PyValue::Null)
        });
        if has_fields {
            return Err("`uri` cannot be given with other connection fields".into());
        }
        let mut parsed = uri::parse(reader, &uri_text)
            .map_err(|e| format!("Airflow cannot parse this URI ({}: {e})", e.python_class()))?;
        parsed.description = conn.description;
        return Ok(parsed);
    }
    conn.construct(reader).map_err(|e| {
        format!(
            "Airflow cannot store this connection ({}: {e})",
            e.python_class()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_lines_and_errors() {
        let errs = read_variables(
            "v.env",
            "# c\n\nA=1\nB\n=x\nC=\nA=2\n",
            FileFormat::Env,
            AirflowLine::V3,
        )
        .unwrap_err();
        let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "v.env:4: invalid line: it should contain an equal sign (`=`)",
                "v.env:5: invalid line: the key is empty",
                "v.env:6: `C`: invalid line: the value is empty",
                "v.env:3: `A`: the key appears more than once (lines 3, 7)",
            ]
        );
    }

    #[test]
    fn json_errors_name_the_line() {
        let errs = read_variables(
            "v.json",
            "{\n  \"a\": 1,\n  \"b\": \n",
            FileFormat::Json,
            AirflowLine::V3,
        )
        .unwrap_err();
        assert_eq!(errs[0].line, Some(4));
    }
}
