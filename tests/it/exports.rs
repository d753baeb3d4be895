//! The real `airflow ... export` files in tests/fixtures/airflow-exports/ (copied from ../shared
//! by tools/sync-fixtures) read as Airflow's own `import` would store them.

use airsecrets::airflow::Connection;
use airsecrets::airflow::files::{self, FileFormat};
use airsecrets::airflow::variable::AirflowLine;
use serde_json::Value;

use crate::common::fixtures_dir;

const VERSIONS: [(&str, AirflowLine); 2] = [
    ("airflow-3.3.2", AirflowLine::V3),
    ("airflow-2.10.5", AirflowLine::V2),
];

fn read(dir: &str, name: &str) -> (String, String) {
    let path = fixtures_dir().join("airflow-exports").join(dir).join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path.display().to_string(), text)
}

fn json(dir: &str, name: &str) -> Value {
    serde_json::from_str(&read(dir, name).1).unwrap()
}

#[test]
fn variables_export_reads_as_airflow_import_stores_it() {
    for (dir, line) in VERSIONS {
        let (path, text) = read(dir, "variables.json");
        let items = files::read_variables(&path, &text, FileFormat::Json, line).unwrap();
        let stored = json(dir, "variables-raw-after-reimport.json");
        let stored = stored.as_object().unwrap();
        assert_eq!(items.len(), stored.len(), "{dir}");
        for item in items {
            let want = &stored[&item.key];
            let got = item.value.unwrap();
            assert_eq!(
                Some(got.value.as_str()),
                want["val"].as_str(),
                "{dir} {}",
                item.key
            );
            assert_eq!(
                got.description.as_deref(),
                want["description"].as_str(),
                "{dir} {}",
                item.key
            );
        }
    }
}

/// A connection as Airflow's `connections export` json writes it.
fn as_export(conn: &Connection) -> Value {
    serde_json::json!({
        "conn_type": conn.conn_type,
        "description": conn.description,
        "login": conn.login,
        "password": conn.password_str(),
        "host": conn.host,
        "port": conn.port.as_ref().and_then(airsecrets::airflow::Port::as_int),
        "schema": conn.schema,
        "extra": conn.extra,
    })
}

fn read_conns(dir: &str, name: &str, line: AirflowLine) -> Vec<(String, Connection)> {
    let (path, text) = read(dir, name);
    let format = FileFormat::from_path(&path).unwrap();
    files::read_connections(&path, &text, format, line)
        .unwrap()
        .into_iter()
        .map(|i| {
            (
                i.conn_id.clone(),
                i.conn
                    .unwrap_or_else(|e| panic!("{dir}/{name} {}: {e}", i.conn_id)),
            )
        })
        .collect()
}

#[test]
fn connections_json_yaml_and_json_env_read_as_airflow_import_builds_them() {
    for (dir, line) in VERSIONS {
        let want = json(dir, "connections-after-reimport.json");
        for name in [
            "connections.json",
            "connections.yaml",
            "connections.json-serialized.env",
        ] {
            let conns = read_conns(dir, name, line);
            assert_eq!(conns.len(), want.as_object().unwrap().len(), "{dir}/{name}");
            for (id, conn) in conns {
                assert_eq!(as_export(&conn), want[&id], "{dir}/{name} {id}");
            }
        }
    }
}

#[test]
fn connections_uri_env_reads_with_the_target_lines_query_typing() {
    for (dir, line) in VERSIONS {
        for name in ["connections.env", "connections.uri.env"] {
            let conns = read_conns(dir, name, line);
            let get = |id: &str| {
                conns
                    .iter()
                    .find(|(i, _)| i == id)
                    .map(|(_, c)| c.clone())
                    .unwrap()
            };
            let pg = get("pg_main");
            assert_eq!(
                pg.password_str(),
                Some("p@ss:w/rd?#%+ &=\u{e9}\u{1f511}"),
                "{dir}"
            );
            assert_eq!(pg.login.as_deref(), Some("app@user"));
            assert_eq!(pg.schema.as_deref(), Some("sales/2024"));
            assert_eq!(pg.description, None, "a URI carries no description");
            // Airflow 3 core re-types flat query values; Airflow 2.10 keeps strings.
            let timeout = if line == AirflowLine::V3 {
                "10"
            } else {
                "\"10\""
            };
            assert_eq!(
                pg.extra.as_deref(),
                Some(
                    format!("{{\"sslmode\": \"require\", \"connect_timeout\": {timeout}}}")
                        .as_str()
                )
            );
            assert_eq!(get("mysql_ipv6").host.as_deref(), Some("::1"));
            assert_eq!(
                get("only_port").port,
                Some(airsecrets::airflow::Port::Int(6379))
            );
        }
    }
}

#[test]
fn malformed_files_name_file_and_line() {
    let cases: [(&str, &str, FileFormat, Option<usize>); 4] = [
        (
            "trunc.json",
            "{\n  \"a\": \"x\",\n  \"b\": ",
            FileFormat::Json,
            Some(3),
        ),
        ("bad.yaml", "a:\n  b: 1\n c: 2\n", FileFormat::Yaml, Some(3)),
        (
            "dup.env",
            "x=http://h\ny=http://h\nx=http://i\n",
            FileFormat::Env,
            Some(1),
        ),
        ("empty.json", "", FileFormat::Json, Some(1)),
    ];
    for (name, text, format, line) in cases {
        let errs = files::read_connections(name, text, format, AirflowLine::V3).unwrap_err();
        assert_eq!(errs[0].file, name);
        assert_eq!(errs[0].line, line, "{name}: {errs:?}");
        assert!(errs[0].to_string().starts_with(name), "{}", errs[0]);
    }
}
