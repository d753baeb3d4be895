//! Airflow's URI form of a connection: how each reader parses it (airflow-semantics.md §b),
//! Airflow's own `get_uri()` (§a), and our writer, which emits the form every reader reads
//! back identically wherever that is possible (the "Rules for a writer").

use super::connection::{Connection, Password, Port, ReadError, Reader};
use super::pyjson::{self, PyValue};
use super::pyurl::{self, parse_qsl, quote, urlsplit};

const EXTRA_KEY: &str = "__extra__";

/// `_normalize_conn_type`: exactly `postgresql` becomes `postgres`, else `-` becomes `_`.
pub fn normalize_conn_type(conn_type: &str) -> String {
    if conn_type == "postgresql" {
        "postgres".into()
    } else {
        conn_type.replace('-', "_")
    }
}

/// `Connection(uri=...)` in the given reader.
pub fn parse(reader: Reader, uri: &str) -> Result<Connection, ReadError> {
    let schemes = uri.matches("://").count();
    if schemes > 2 {
        return Err(ReadError::InvalidUri("more than two `://` in the URI"));
    }
    let host_with_protocol = schemes == 2;
    let url_err = |e: pyurl::SplitError| ReadError::Url(e.to_string());
    let scheme = urlsplit(uri).map_err(url_err)?.scheme;
    let conn_type = normalize_conn_type(&scheme);
    let rest = uri.replace(
        &format!("{scheme}://"),
        if host_with_protocol { "" } else { "//" },
    );
    if host_with_protocol {
        let before = rest.split_once("://").map_or(rest.as_str(), |(b, _)| b);
        if before.contains(['@', ':']) {
            return Err(ReadError::InvalidUri(
                "text before the protocol inside the host contains `@` or `:`",
            ));
        }
    }
    let parts = urlsplit(&rest).map_err(url_err)?;
    let protocol = host_with_protocol.then(|| parts.scheme.clone());
    let host = netloc_to_hostname(&parts);
    let host = match protocol {
        Some(p) if !p.is_empty() && !host.is_empty() => format!("{p}://{host}"),
        _ => host,
    };
    // Python's `path[1:]` drops the first character, whatever it is.
    let first = parts.path.chars().next().map_or(0, char::len_utf8);
    let schema = pyurl::unquote(&parts.path[first..]);
    let login = parts.username().map(pyurl::unquote);
    let password = parts.password().map(pyurl::unquote);
    let port = parts.port().map_err(|e| ReadError::Url(e.to_string()))?;
    let extra = (!parts.query.is_empty()).then(|| query_to_extra(reader, &parts.query));
    Connection {
        conn_type: Some(conn_type),
        description: None,
        host: Some(host),
        login,
        password: password.map(Password::new),
        schema: Some(schema),
        port: port.map(|p| Port::Int(i64::from(p))),
        extra,
        non_string_fields: Vec::new(),
    }
    .construct(reader)
}

/// `_parse_netloc_to_hostname`: `.hostname` unquoted, unless that holds a `/`; then the raw
/// netloc host, case kept.
fn netloc_to_hostname(parts: &pyurl::SplitResult) -> String {
    let hostname = pyurl::unquote(&parts.hostname().unwrap_or_default());
    if !hostname.contains('/') {
        return hostname;
    }
    let host = parts
        .netloc
        .rsplit_once('@')
        .map_or(parts.netloc.as_str(), |(_, h)| h);
    let host = host.split_once(':').map_or(host, |(h, _)| h);
    pyurl::unquote(host)
}

fn query_to_extra(reader: Reader, query: &str) -> String {
    let mut dict = pyjson::dict_entries(
        parse_qsl(query)
            .into_iter()
            .map(|(k, v)| (k, PyValue::Str(v))),
    );
    if let Some(PyValue::Str(raw)) = dict.iter().find(|(k, _)| k == EXTRA_KEY).map(|(_, v)| v) {
        return raw.clone();
    }
    if reader == Reader::Core {
        for (_, v) in &mut dict {
            if let PyValue::Str(s) = v
                && let Ok(typed) = pyjson::loads(s)
            {
                *v = typed;
            }
        }
    }
    pyjson::dumps(&PyValue::Dict(dict))
}

/// The flat `?k=v` query, when `extra_dejson` is a non-empty object of strings (the only case
/// in which any reader's `get_uri` uses it).
fn flat_query(extra_dejson: &PyValue) -> Option<String> {
    let dict = extra_dejson.as_dict().filter(|d| !d.is_empty())?;
    let pairs: Option<Vec<(&str, &str)>> = dict
        .iter()
        .map(|(k, v)| v.as_str().map(|v| (k.as_str(), v)))
        .collect();
    Some(pyurl::urlencode(pairs?))
}

/// Whether a conn_type can be a URI scheme at all (`[A-Za-z][A-Za-z0-9+.-]*` once `_` is
/// written as `-`); any other type makes Airflow misread every field of the URI.
pub fn is_scheme(conn_type: &str) -> bool {
    conn_type.starts_with(|c: char| c.is_ascii_alphabetic())
        && conn_type
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-_".contains(c))
}

/// The scheme Airflow writes for a conn_type: lowercased, `_` as `-`.
fn scheme_of(conn_type: Option<&str>) -> String {
    match conn_type.filter(|t| !t.is_empty()) {
        Some(t) => format!("{}://", t.to_lowercase().replace('_', "-")),
        None => "//".into(),
    }
}

fn authority(login: Option<&str>, password: Option<&str>) -> String {
    let mut block = String::new();
    if let Some(login) = login {
        block.push_str(&quote(login));
    }
    if let Some(password) = password {
        block.push(':');
        block.push_str(&quote(password));
    }
    if !block.is_empty() {
        block.push('@');
    }
    block
}

fn host_port_schema(host: Option<&str>, authority_empty: bool, conn: &Connection) -> String {
    let mut block = host
        .filter(|h| !h.is_empty())
        .map(quote)
        .unwrap_or_default();
    if let Some(port) = conn.port.as_ref().filter(|p| p.is_truthy()) {
        let sep = if block.is_empty() && authority_empty {
            "@:"
        } else {
            ":"
        };
        block.push_str(sep);
        block.push_str(&port.to_string());
    }
    if let Some(schema) = conn.schema.as_deref().filter(|s| !s.is_empty()) {
        block.push('/');
        block.push_str(&quote(schema));
    }
    block
}

fn query_separator(conn: &Connection) -> &'static str {
    if conn.schema.as_deref().is_some_and(|s| !s.is_empty()) {
        "?"
    } else {
        "/?"
    }
}

fn extra_marker_query(raw: &str) -> String {
    pyurl::urlencode([(EXTRA_KEY, raw)])
}

/// Airflow's own `Connection.get_uri()` in the given reader (the connection as that reader
/// constructed it). None where Airflow raises: a quoted field that is not a string.
pub fn airflow_get_uri(reader: Reader, conn: &Connection) -> Option<String> {
    if conn
        .non_string_fields
        .iter()
        .any(|f| matches!(*f, "conn_type" | "host" | "login" | "password" | "schema"))
    {
        return None;
    }
    let conn_type = conn.conn_type.as_deref();
    let mut uri = scheme_of(conn_type);
    let mut host = conn.host.as_deref();
    if let Some((protocol, rest)) = host.and_then(|h| h.split_once("://")) {
        let keep_whole = reader != Reader::Airflow2 && Some(protocol) == conn_type;
        if !keep_whole {
            uri.push_str(protocol);
            uri.push_str("://");
            host = Some(rest);
        }
    }
    let auth = authority(conn.login.as_deref(), conn.password_str());
    uri.push_str(&auth);
    uri.push_str(&host_port_schema(host, auth.is_empty(), conn));
    if let Some(extra) = conn.extra.as_deref().filter(|e| !e.is_empty()) {
        uri.push_str(query_separator(conn));
        match flat_query(&conn.extra_dejson()) {
            Some(q) => uri.push_str(&q),
            None => uri.push_str(&extra_marker_query(extra)),
        }
    }
    Some(uri)
}

/// The scheme our writer uses: the one Airflow's `get_uri` writes for the type as Airflow
/// normalises it, so that what is stored is what every reader reads back.
fn written_scheme(conn_type: Option<&str>) -> String {
    scheme_of(conn_type.map(normalize_conn_type).as_deref())
}

/// The query for `extra`: the flat `?k=v` form only when every reader's parse of it gives
/// back the very same text, else `__extra__` carrying the text verbatim.
fn extra_query(extra: &str) -> String {
    let dejson = pyjson::loads(extra).unwrap_or(PyValue::Null);
    let flat = dejson
        .as_dict()
        .filter(|d| d.iter().all(|(k, _)| k != EXTRA_KEY))
        .and_then(|_| flat_query(&dejson))
        .filter(|q| {
            Reader::ALL
                .into_iter()
                .all(|r| query_to_extra(r, q) == extra)
        });
    flat.unwrap_or_else(|| extra_marker_query(extra))
}

fn write_once(conn: &Connection) -> String {
    let mut uri = written_scheme(conn.conn_type.as_deref());
    let login = conn.login.as_deref();
    // Airflow's core classes read an empty password as None: store that reading.
    let password = conn.password_str().filter(|p| !p.is_empty());
    let auth = authority(login, password);
    if auth.is_empty() && login.is_some() {
        // An empty login alone: `@` keeps it `""` rather than None.
        uri.push('@');
    }
    uri.push_str(&auth);
    // The host is quoted whole, protocol included: it parses the same in 2.10 too. With no
    // authority and no host, a port is written `:6379`, not Airflow's `@:6379`, which reads
    // back an empty login.
    let mut block = conn
        .host
        .as_deref()
        .filter(|h| !h.is_empty())
        .map(quote)
        .unwrap_or_default();
    if let Some(port) = conn.port.as_ref().filter(|p| p.is_truthy()) {
        block.push(':');
        block.push_str(&port.to_string());
    }
    if let Some(schema) = conn.schema.as_deref().filter(|s| !s.is_empty()) {
        block.push('/');
        block.push_str(&quote(schema));
    }
    uri.push_str(&block);
    if let Some(extra) = conn.extra.as_deref().filter(|e| !e.is_empty()) {
        uri.push_str(query_separator(conn));
        uri.push_str(&extra_query(extra));
    }
    uri
}

/// Our writer: the URI that reads back identically in every reader wherever the URI form
/// allows it, `extra` byte for byte. What no URI can carry (a host's letter case, port 0, a
/// conn_type's spelling) is stored as Airflow reads it, so that reading the stored secret and
/// writing it again gives the same bytes; the fidelity check names those changes.
pub fn write(conn: &Connection) -> String {
    let first = write_once(conn);
    // Hosts are lowercased by `.hostname` (unless they hold a `/`): store that reading.
    match parse(Reader::Core, &first) {
        Ok(read)
            if read.host != conn.host
                && read.host.as_deref().map(str::to_lowercase)
                    == conn.host.as_deref().map(str::to_lowercase) =>
        {
            let lowered = Connection {
                host: read.host,
                ..conn.clone()
            };
            write_once(&lowered)
        }
        _ => first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Found by comparing with real Airflow on random input (not in the shared vectors).
    #[test]
    fn schemeless_text_loses_its_first_character_even_when_not_ascii() {
        let c = parse(Reader::Core, "éH.COM").unwrap();
        assert_eq!(
            (c.conn_type.as_deref(), c.schema.as_deref()),
            (Some(""), Some("H.COM"))
        );
    }
}
