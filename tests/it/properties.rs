//! Property tests of the core: the writers lose only what the URI/JSON forms cannot carry,
//! and every decoder and file reader takes arbitrary input without panicking.

use airsecrets::airflow::files::{self, FileFormat};
use airsecrets::airflow::pyjson::{self, PyValue};
use airsecrets::airflow::secret_json::{self, Via};
use airsecrets::airflow::variable::AirflowLine;
use airsecrets::airflow::{Connection, Password, Port, Reader, fidelity, uri};
use proptest::prelude::*;

/// Text with every URL-special character, controls, unicode and emoji.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[a-zA-Z0-9 @:/?#%+&=\\[\\]._~!$'()*,;\"\\\\{}<>|^`\t\n\r\u{b}é日🔑İ-]{0,12}",
    )
    .unwrap()
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![Just(None), Just(Some(String::new())), text().prop_map(Some)]
}

fn extra_value() -> impl Strategy<Value = PyValue> {
    prop_oneof![
        text().prop_map(PyValue::Str),
        Just(PyValue::Str("30".into())),
        Just(PyValue::Str("true".into())),
        Just(PyValue::Str(" 1e3 ".into())),
        any::<i32>().prop_map(|i| PyValue::Int(i.to_string())),
        any::<bool>().prop_map(PyValue::Bool),
        Just(PyValue::Null),
        Just(PyValue::Float(f64::NAN)),
        (-1e20f64..1e20).prop_map(PyValue::Float),
    ]
}

/// The same JSON object as other text: compact, pretty-printed, padded, non-ASCII unescaped.
fn restyled(text: &str, style: u8) -> String {
    let serde = serde_json::from_str::<serde_json::Value>(text).ok();
    match (style, serde) {
        (0, _) => text.replace(", ", ",").replace(": ", ":"),
        (1, Some(v)) => serde_json::to_string_pretty(&v).unwrap(),
        (2, Some(v)) => serde_json::to_string(&v).unwrap(),
        _ => format!(" {text}\n"),
    }
}

fn extra() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        canonical_extra(),
        (canonical_extra(), 0u8..4).prop_map(|(e, style)| e.map(|t| restyled(&t, style))),
    ]
}

fn canonical_extra() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("{}".to_owned())),
        proptest::collection::vec((text(), extra_value()), 0..4).prop_map(|pairs| {
            let mut d = Vec::new();
            for (k, v) in pairs {
                PyValue::dict_insert(&mut d, k, v);
            }
            Some(pyjson::dumps(&PyValue::Dict(d)))
        }),
        proptest::collection::vec((text(), extra_value()), 1..3).prop_map(|pairs| {
            // A nested object, as provider extras often hold.
            let mut inner = Vec::new();
            for (k, v) in pairs {
                PyValue::dict_insert(&mut inner, k, v);
            }
            let inner = PyValue::Dict(inner);
            Some(pyjson::dumps(&PyValue::Dict(vec![(
                "nested".into(),
                inner,
            )])))
        }),
    ]
}

fn conn_type() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("postgres".to_owned())),
        Just(Some("google_cloud_platform".to_owned())),
        Just(Some("postgresql".to_owned())),
        Just(Some("My-Type".to_owned())),
        Just(Some("http".to_owned())),
        opt_text(),
    ]
}

prop_compose! {
    fn connection()(
        conn_type in conn_type(),
        host in prop_oneof![opt_text(), text().prop_map(|t| Some(format!("https://{t}"))), text().prop_map(|t| Some(format!("http://{t}")))],
        login in opt_text(),
        password in opt_text(),
        schema in opt_text(),
        port in proptest::option::of(prop_oneof![Just(0u16), any::<u16>()]),
        extra in extra(),
        description in proptest::option::of(text()),
    ) -> Connection {
        Connection {
            conn_type, host, login, schema, extra, description,
            password: password.map(Password::new),
            port: port.map(|p| Port::Int(i64::from(p))),
            non_string_fields: Vec::new(),
        }
    }
}

fn read(reader: Reader, stored: &str) -> Option<Connection> {
    match secret_json::read_connection(reader, Some(stored), &Vec::new(), Via::SecretsManager) {
        secret_json::Lookup::Found(c) => Some(c),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Our URI writer: login, password, schema and `extra` (byte for byte) always survive in
    /// every reader; the host can only change letter case; the port only when it is 0; and
    /// every field the fidelity check names really does differ.
    #[test]
    fn uri_writer_loses_only_what_a_uri_cannot_carry(conn in connection()) {
        let stored = uri::write(&conn);
        let report = fidelity::check(&conn, &stored, &Vec::new());
        // A conn_type that is not a URI scheme shifts the whole URI: anything may be misread
        // (put-connection refuses such a type for the URI format).
        let t = conn.conn_type.clone().unwrap_or_default();
        prop_assume!(t.is_empty() || uri::is_scheme(&t));
        for d in &report {
            match d.field {
                "conn_type" | "description" => {}
                "host" => {
                    let read = read(d.reader, &stored).unwrap();
                    prop_assert_eq!(read.host.unwrap_or_default().to_lowercase(), conn.host.clone().unwrap_or_default().to_lowercase());
                }
                "port" => prop_assert_eq!(conn.port.clone(), Some(Port::Int(0))),
                other => prop_assert!(false, "{stored} loses {other} in {}", d.reader),
            }
        }
        // Every reported field really differs, and nothing else does.
        for reader in Reader::ALL {
            let read = read(reader, &stored).unwrap();
            let named: Vec<&str> = report.iter().filter(|d| d.reader == reader).map(|d| d.field).collect();
            let empty = |s: &Option<String>| s.clone().unwrap_or_default();
            // A password makes a URI's absent login read as `""`.
            let login_differs = if conn.password_str().is_some_and(|p| !p.is_empty()) {
                empty(&conn.login) != empty(&read.login)
            } else {
                conn.login != read.login
            };
            prop_assert_eq!(named.contains(&"login"), login_differs);
            prop_assert_eq!(named.contains(&"schema"), empty(&conn.schema) != empty(&read.schema));
            prop_assert_eq!(named.contains(&"extra"), empty(&conn.extra) != empty(&read.extra));
            prop_assert_eq!(named.contains(&"password"),
                conn.password_str().unwrap_or("") != read.password_str().unwrap_or(""));
        }
        // What is stored is what Airflow reads: reading it and writing it again gives the
        // same bytes.
        let again = uri::write(&read(Reader::Core, &stored).unwrap());
        prop_assert_eq!(again, stored);
    }

    /// Our JSON writer: only conn_type normalisation, port 0 and the description are lost;
    /// `extra` and None versus `""` survive exactly.
    #[test]
    fn json_writer_loses_only_normalisation(conn in connection()) {
        let stored = secret_json::write(&conn);
        for d in fidelity::check(&conn, &stored, &Vec::new()) {
            match d.field {
                "conn_type" => {
                    let t = conn.conn_type.clone().unwrap_or_default();
                    prop_assert!(t == "postgresql" || t.contains('-'), "{t}");
                }
                "description" => prop_assert!(conn.description.is_some()),
                "port" => prop_assert_eq!(conn.port.clone(), Some(Port::Int(0))),
                other => prop_assert!(false, "{stored} loses {other} in {}", d.reader),
            }
        }
        for reader in Reader::ALL {
            let read = read(reader, &stored).unwrap();
            prop_assert_eq!(&read.extra, &conn.extra.clone().filter(|e| !e.is_empty()));
            prop_assert_eq!(&read.host, &conn.host);
            prop_assert_eq!(&read.login, &conn.login);
            prop_assert_eq!(&read.schema, &conn.schema);
        }
        let again = secret_json::write(&read(Reader::Core, &stored).unwrap());
        prop_assert_eq!(again, stored);
    }

    #[test]
    fn decoders_never_panic(s in "\\PC{0,40}", t in text()) {
        for input in [s.as_str(), t.as_str(), &format!("postgres://{t}"), &format!("{{\"conn_type\": {s}")] {
            for reader in Reader::ALL {
                let _ = uri::parse(reader, input);
                let _ = secret_json::from_json(reader, input);
                for via in [Via::SecretsManager, Via::EnvVar] {
                    let _ = secret_json::read_connection(reader, Some(input), &Vec::new(), via);
                }
            }
            let _ = pyjson::loads(input);
        }
    }

    #[test]
    fn file_readers_never_panic(s in "\\PC{0,60}", lines in proptest::collection::vec("[a-z_]{0,4}=?\\PC{0,10}", 0..5)) {
        let env = lines.join("\n");
        for format in [FileFormat::Json, FileFormat::Yaml, FileFormat::Env] {
            for line in [AirflowLine::V3, AirflowLine::V2] {
                for input in [s.as_str(), env.as_str()] {
                    let _ = files::read_variables("f", input, format, line);
                    let _ = files::read_connections("f", input, format, line);
                }
            }
        }
    }

    #[test]
    fn python_json_round_trips(v in canonical_extra()) {
        if let Some(text) = v {
            let parsed = pyjson::loads(&text).unwrap();
            prop_assert_eq!(pyjson::dumps(&parsed), text);
        }
    }
}
