//! CPython 3.11 `urllib.parse` behaviour that Airflow's URI codec relies on: `quote`,
//! `quote_plus`, `unquote`, `urlsplit` (with its `hostname`, `port`, `username`, `password`
//! properties) and `parse_qsl`. The `url` crate normalises hosts and differs on `*` and `~`,
//! so none of this can be delegated to it.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but ASCII letters, digits and `_.-~`: CPython's `quote(s, safe="")`.
const PY_QUOTE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'_')
    .remove(b'.')
    .remove(b'-')
    .remove(b'~');
/// `quote_plus` leaves the space for `+`.
const PY_QUOTE_PLUS: &AsciiSet = &PY_QUOTE.remove(b' ');

/// `urllib.parse.quote(s, safe="")`.
pub fn quote(s: &str) -> String {
    utf8_percent_encode(s, PY_QUOTE).to_string()
}

/// `urllib.parse.quote_plus(s)`.
pub fn quote_plus(s: &str) -> String {
    utf8_percent_encode(s, PY_QUOTE_PLUS)
        .to_string()
        .replace(' ', "+")
}

/// `urllib.parse.unquote(s)`: `%XX` escapes decoded as UTF-8 with invalid sequences replaced
/// by U+FFFD; a `%` not followed by two hex digits stays literal; `+` stays `+`.
pub fn unquote(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending: Vec<u8> = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("00");
            pending.push(u8::from_str_radix(hex, 16).unwrap_or(0));
            i += 3;
        } else if b.is_ascii() {
            pending.push(b);
            i += 1;
        } else {
            // Non-ASCII text is never part of an escape run: flush and copy it through.
            out.push_str(&String::from_utf8_lossy(&pending));
            pending.clear();
            let ch_len = s[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&s[i..i + ch_len]);
            i += ch_len;
        }
    }
    out.push_str(&String::from_utf8_lossy(&pending));
    out
}

/// One query field as `parse_qsl` decodes it: `+` is a space, then `unquote`.
pub fn unquote_plus(s: &str) -> String {
    unquote(&s.replace('+', " "))
}

/// `parse_qsl(qs, keep_blank_values=True)`: split on `&` only, empty fields skipped, a field
/// without `=` has the value `""`.
pub fn parse_qsl(qs: &str) -> Vec<(String, String)> {
    qs.split('&')
        .filter(|field| !field.is_empty())
        .map(|field| {
            let (name, value) = field.split_once('=').unwrap_or((field, ""));
            (unquote_plus(name), unquote_plus(value))
        })
        .collect()
}

/// `urlencode(pairs)` for string pairs.
pub fn urlencode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", quote_plus(k), quote_plus(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// What `urlsplit` raises.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    #[error("Invalid IPv6 URL")]
    InvalidIpv6,
    #[error("IPvFuture address is invalid")]
    InvalidIpvFuture,
    #[error("An IPv4 address cannot be in brackets")]
    BracketedIpv4,
    // Never the text itself: it may be part of a password that cut the URI short.
    #[error("the bracketed host is not an IPv4 or IPv6 address")]
    NotAnAddress,
    #[error("netloc contains invalid characters under NFKC normalization")]
    NfkcNetloc,
}

/// `urllib.parse.SplitResult`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitResult {
    pub scheme: String,
    pub netloc: String,
    pub path: String,
    pub query: String,
    pub fragment: String,
}

const SCHEME_CHARS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

/// `urllib.parse.urlsplit(url)` as CPython 3.11.7 does it.
pub fn urlsplit(url: &str) -> Result<SplitResult, SplitError> {
    let url = url.trim_start_matches(|c: char| c <= ' ');
    let url: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\r' | '\n'))
        .collect();
    let mut scheme = String::new();
    let mut rest: &str = &url;
    if let Some(i) = url.find(':') {
        let first = url.chars().next();
        if i > 0
            && first.is_some_and(|c| c.is_ascii_alphabetic())
            && url[..i].chars().all(|c| SCHEME_CHARS.contains(c))
        {
            scheme = url[..i].to_ascii_lowercase();
            rest = &url[i + 1..];
        }
    }
    let mut netloc = String::new();
    if let Some(after) = rest.strip_prefix("//") {
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        after[..end].clone_into(&mut netloc);
        rest = &after[end..];
        let (open, close) = (netloc.contains('['), netloc.contains(']'));
        if open != close {
            return Err(SplitError::InvalidIpv6);
        }
        if open {
            let bracketed = netloc.split_once('[').map_or("", |(_, b)| b);
            let bracketed = bracketed.split_once(']').map_or(bracketed, |(h, _)| h);
            check_bracketed_host(bracketed)?;
        }
    }
    let (rest, fragment) = rest.split_once('#').unwrap_or((rest, ""));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    check_netloc(&netloc)?;
    Ok(SplitResult {
        scheme,
        netloc,
        path: path.to_owned(),
        query: query.to_owned(),
        fragment: fragment.to_owned(),
    })
}

fn check_bracketed_host(host: &str) -> Result<(), SplitError> {
    if let Some(future) = host.strip_prefix('v') {
        // \Av[a-fA-F0-9]+\..+\Z
        let valid = future.split_once('.').is_some_and(|(hex, tail)| {
            !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()) && !tail.is_empty()
        });
        return if valid {
            Ok(())
        } else {
            Err(SplitError::InvalidIpvFuture)
        };
    }
    if host.parse::<std::net::Ipv4Addr>().is_ok() {
        return Err(SplitError::BracketedIpv4);
    }
    // Python's ipaddress accepts an IPv6 scope id (`fe80::1%eth0`): non-empty, without `%`.
    let addr = match host.split_once('%') {
        Some((a, s)) if !s.is_empty() && !s.contains('%') => a,
        Some(_) => return Err(SplitError::NotAnAddress),
        None => host,
    };
    if addr.parse::<std::net::Ipv6Addr>().is_ok() && !addr.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(SplitError::NotAnAddress)
    }
}

fn check_netloc(netloc: &str) -> Result<(), SplitError> {
    use unicode_normalization::UnicodeNormalization;
    if netloc.is_ascii() {
        return Ok(());
    }
    let n: String = netloc
        .chars()
        .filter(|c| !matches!(c, '@' | ':' | '#' | '?'))
        .collect();
    let normalized: String = n.nfkc().collect();
    if n == normalized {
        return Ok(());
    }
    if normalized.contains(['/', '?', '#', '@', ':']) {
        return Err(SplitError::NfkcNetloc);
    }
    Ok(())
}

/// A port text that Python's `SplitResult.port` refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PortError {
    // Python names the text; we do not, since an unencoded `/`, `?`, `#` or `@` in a password
    // makes part of the password the "port".
    #[error(
        "the port is not an integer (an unencoded `/`, `?`, `#` or `@` in the login or password cuts the URI short)"
    )]
    NotAnInteger,
    #[error("Port out of range 0-65535")]
    OutOfRange,
}

impl SplitResult {
    fn hostinfo(&self) -> (&str, Option<&str>) {
        let hostinfo = self
            .netloc
            .rsplit_once('@')
            .map_or(self.netloc.as_str(), |(_, h)| h);
        let (hostname, port) = match hostinfo.split_once('[') {
            Some((_, bracketed)) => {
                let (host, after) = bracketed.split_once(']').unwrap_or((bracketed, ""));
                (host, after.split_once(':').map_or("", |(_, p)| p))
            }
            None => hostinfo.split_once(':').unwrap_or((hostinfo, "")),
        };
        (hostname, (!port.is_empty()).then_some(port))
    }

    /// `.hostname`: lowercased up to an IPv6 zone `%`, brackets removed; None when empty.
    pub fn hostname(&self) -> Option<String> {
        let (host, _) = self.hostinfo();
        if host.is_empty() {
            return None;
        }
        Some(match host.split_once('%') {
            Some((h, zone)) => format!("{}%{zone}", h.to_lowercase()),
            None => host.to_lowercase(),
        })
    }

    /// `.port`: digits only (as `int(port, 10)` after 3.11's ASCII-digit check), 0..=65535.
    pub fn port(&self) -> Result<Option<u16>, PortError> {
        let Some(port) = self.hostinfo().1 else {
            return Ok(None);
        };
        if !port.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PortError::NotAnInteger);
        }
        let trimmed = port.trim_start_matches('0');
        if trimmed.len() > 5 {
            return Err(PortError::OutOfRange);
        }
        let n: u32 = if trimmed.is_empty() {
            0
        } else {
            trimmed.parse().unwrap_or(u32::MAX)
        };
        u16::try_from(n)
            .map(Some)
            .map_err(|_| PortError::OutOfRange)
    }

    fn userinfo(&self) -> Option<(&str, Option<&str>)> {
        let (userinfo, _) = self.netloc.rsplit_once('@')?;
        Some(match userinfo.split_once(':') {
            Some((user, pw)) => (user, Some(pw)),
            None => (userinfo, None),
        })
    }

    /// `.username` (still percent-encoded).
    pub fn username(&self) -> Option<&str> {
        self.userinfo().map(|(u, _)| u)
    }

    /// `.password` (still percent-encoded).
    pub fn password(&self) -> Option<&str> {
        self.userinfo().and_then(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_matches_cpython() {
        assert_eq!(quote("a b/~*'()!é"), "a%20b%2F~%2A%27%28%29%21%C3%A9");
        assert_eq!(quote_plus("a b+c"), "a+b%2Bc");
    }

    #[test]
    fn unquote_keeps_bad_escapes_and_replaces_bad_utf8() {
        assert_eq!(unquote("%41%2F%zz%"), "A/%zz%");
        assert_eq!(unquote("a+b%C3"), "a+b\u{fffd}");
        assert_eq!(unquote("é%C3%A9"), "éé");
        assert_eq!(unquote_plus("a+b%2B"), "a b+");
    }

    #[test]
    fn urlsplit_matches_cpython() {
        let s = urlsplit("POSTGRES://U:p@ss@Host:080/db?x=1#f").unwrap();
        assert_eq!(s.scheme, "postgres");
        assert_eq!(s.netloc, "U:p@ss@Host:080");
        assert_eq!(s.username(), Some("U"));
        assert_eq!(s.password(), Some("p@ss"));
        assert_eq!(s.hostname().as_deref(), Some("host"));
        assert_eq!(s.port(), Ok(Some(80)));
        assert_eq!(
            (s.path.as_str(), s.query.as_str(), s.fragment.as_str()),
            ("/db", "x=1", "f")
        );
        assert_eq!(
            urlsplit("http://[::1").unwrap_err(),
            SplitError::InvalidIpv6
        );
        assert!(urlsplit("http://[abc]/").is_err());
        assert_eq!(
            urlsplit("x://h:99999").unwrap().port(),
            Err(PortError::OutOfRange)
        );
        assert_eq!(
            parse_qsl("a=1&&b&a=%2B+x"),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), String::new()),
                ("a".into(), "+ x".into())
            ]
        );
    }
}
