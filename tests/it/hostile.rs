//! Hostile input and hostile networks, through the binary: every hostile input runs under
//! an address-space cap (1 GiB, `prlimit`) and a wall-clock limit, with its peak RSS
//! measured (`/usr/bin/time`), so a regression fails the test instead of taking the machine
//! down.

use std::fmt::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::proxy::{Fault, Proxy};
use crate::common::{TestEnv, moto, raw_client, signal_migrate, stdout_json};

const ADDRESS_SPACE: &str = "--as=1073741824";
const MAX_RSS_KIB: u64 = 256 * 1024;
const MAX_WALL: Duration = Duration::from_secs(10);

struct Capped {
    out: Output,
    rss_kib: u64,
    wall: Duration,
}

/// Runs the binary with `args` under the caps; `stdin` is a file to read from, if any.
fn capped(t: &TestEnv, args: &[&str], stdin: Option<&Path>) -> Capped {
    let base = t.std_cmd();
    let rss = t.home.path().join(format!("rss-{}", args.join("_").len()));
    let mut cmd = Command::new("prlimit");
    cmd.env_clear();
    for (k, v) in base.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.args([ADDRESS_SPACE, "--", "/usr/bin/time", "-f", "%M", "-o"])
        .arg(&rss)
        .arg(base.get_program())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(match stdin {
            Some(p) => Stdio::from(std::fs::File::open(p).unwrap()),
            None => Stdio::null(),
        });
    let started = Instant::now();
    let mut child = cmd.spawn().expect("prlimit and /usr/bin/time");
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > MAX_WALL * 3 {
            let _ = child.kill();
            panic!("{args:?} ran past {:?}", MAX_WALL * 3);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let wall = started.elapsed();
    let out = child.wait_with_output().unwrap();
    let rss_text = std::fs::read_to_string(&rss).unwrap_or_default();
    let rss_kib = rss_text
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .next_back()
        .unwrap_or_else(|| panic!("no peak RSS from /usr/bin/time: {rss_text:?}"));
    Capped { out, rss_kib, wall }
}

/// Exit 2 with `reason` on stderr, within the memory and time bounds.
fn refused(what: &str, c: &Capped, reason: &str) {
    let stderr = String::from_utf8_lossy(&c.out.stderr);
    assert_eq!(c.out.status.code(), Some(2), "{what}: {stderr}");
    assert!(stderr.contains(reason), "{what}: {stderr}");
    assert!(
        c.rss_kib < MAX_RSS_KIB,
        "{what}: peak RSS {} KiB",
        c.rss_kib
    );
    assert!(c.wall < MAX_WALL, "{what}: {:?}", c.wall);
    eprintln!("{what}: exit 2 in {:?}, peak RSS {} KiB", c.wall, c.rss_kib);
}

fn sparse(path: &Path, size: u64) {
    std::fs::File::create(path).unwrap().set_len(size).unwrap();
}

#[test]
fn hostile_inputs_cost_bounded_memory_and_time() {
    let t = TestEnv::new("hostile");
    let dir = t.home.path();
    let big = dir.join("big.txt");
    sparse(&big, 2 << 30);
    let c = capped(
        &t,
        &[
            "put-connection",
            "c",
            "--conn-type",
            "http",
            "--password-file",
            big.to_str().unwrap(),
        ],
        None,
    );
    refused("2 GiB sparse --password-file", &c, "bytes, over");
    let c = capped(&t, &["put-variable", "k", "--from-file", "/dev/zero"], None);
    refused("--from-file /dev/zero", &c, "not a regular file");
    let c = capped(
        &t,
        &["put-variable", "k", "-"],
        Some(Path::new("/dev/zero")),
    );
    refused("stdin from /dev/zero", &c, "more than 65536 bytes");
    let c = capped(
        &t,
        &["put-connection", "c", "--uri", "-"],
        Some(Path::new("/dev/zero")),
    );
    refused("--uri - from /dev/zero", &c, "more than 65536 bytes");
    let fifo = dir.join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let c = capped(
        &t,
        &["put-variable", "k", "--from-file", fifo.to_str().unwrap()],
        None,
    );
    refused("a FIFO as --from-file", &c, "not a regular file");
    let big_json = dir.join("vars.json");
    sparse(&big_json, 2 << 30);
    let c = capped(
        &t,
        &["migrate", "--variables", big_json.to_str().unwrap()],
        None,
    );
    refused("2 GiB export file", &c, "over the limit");
    let fifo_json = dir.join("fifo.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo_json)
            .status()
            .unwrap()
            .success()
    );
    let c = capped(
        &t,
        &["migrate", "--variables", fifo_json.to_str().unwrap()],
        None,
    );
    refused("a FIFO export file", &c, "not a regular file");
    // A 60 KB YAML file aliasing one 60,000-character scalar 100,000 times.
    let bomb = dir.join("bomb.yaml");
    let aliases = vec!["*a"; 100_000].join(",");
    std::fs::write(
        &bomb,
        format!("a: &a {}\nb: [{aliases}]\n", "x".repeat(60_000)),
    )
    .unwrap();
    let c = capped(
        &t,
        &["migrate", "--variables", bomb.to_str().unwrap()],
        None,
    );
    refused("YAML big-scalar aliases", &c, "expands to more than");
    // A chain of aliases, each level doubling the one before, deeply nested.
    let mut chain = String::from("l0: &l0 [\"xxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxx\"]\n");
    for i in 1..40 {
        let _ = writeln!(chain, "l{i}: &l{i} [[*l{p}, *l{p}]]", p = i - 1);
    }
    let deep = dir.join("chain.yaml");
    std::fs::write(&deep, chain).unwrap();
    let c = capped(
        &t,
        &["migrate", "--variables", deep.to_str().unwrap()],
        None,
    );
    refused("YAML deep alias chain", &c, "expands to more than");
    // Nothing was written by any of them.
    let out = t.cmd().args(["list", "-o", "json"]).output().unwrap();
    assert_eq!(stdout_json(&out), json!([]));
}

#[test]
fn a_report_path_is_checked_before_any_write() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("report-path").via(&proxy);
    let dir = t.home.path();
    let vars = dir.join("vars.json");
    std::fs::write(&vars, json!({"a": "1", "b": "2"}).to_string()).unwrap();
    let victim = dir.join("victim");
    std::fs::write(&victim, "keep").unwrap();
    let link = dir.join("report.json");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let dangling = dir.join("dangling.json");
    std::os::unix::fs::symlink(dir.join("created-by-nobody"), &dangling).unwrap();
    let missing = dir.join("no/such/dir/report.json");
    for path in [&link, &dangling, &missing] {
        let out = t
            .cmd()
            .args(["migrate", "--variables", vars.to_str().unwrap(), "--report"])
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("--report"));
    }
    assert_eq!(proxy.passed_of("CreateSecret"), 0, "nothing was written");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(!dir.join("created-by-nobody").exists());
    // A plain path gets a private report, written whole.
    let report = dir.join("ok.json");
    t.cmd()
        .args(["migrate", "--variables", vars.to_str().unwrap(), "--report"])
        .arg(&report)
        .assert()
        .success();
    let mode = std::fs::metadata(&report).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(written["outcomes"], json!({"created": 2}));
}

#[test]
fn a_null_prefix_refuses_to_write_an_unrelated_secret() {
    let t = TestEnv::new("null-prefix");
    let (rt, client) = raw_client();
    let unrelated = format!("{}-prod-db-password", t.prefix.replace('/', "-"));
    rt.block_on(
        client
            .create_secret()
            .name(&unrelated)
            .secret_string("keep")
            .send(),
    )
    .unwrap();
    let null = r#"{"variables_prefix": null}"#;
    let out = t
        .cmd()
        .args(["--backend-kwargs", null, "put-variable", &unrelated, "-"])
        .write_stdin("hello")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("`variables_prefix` is null"), "{stderr}");
    assert!(stderr.contains("--airflow-will-not-read"), "{stderr}");
    let value = |name: &str| {
        rt.block_on(client.get_secret_value().secret_id(name).send())
            .unwrap()
            .secret_string
            .unwrap()
    };
    assert_eq!(value(&unrelated), "keep");
    for args in [
        vec!["get", "var", &unrelated],
        vec!["delete", "var", &unrelated, "--force", "-y"],
    ] {
        let out = t
            .cmd()
            .args(["--backend-kwargs", null])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(value(&unrelated), "keep");
    // migrate plans nothing outside the prefixes: a null prefix makes its items invalid.
    let vars = t.home.path().join("vars.json");
    std::fs::write(&vars, json!({unrelated.clone(): "hello"}).to_string()).unwrap();
    let out = t
        .cmd()
        .args([
            "--backend-kwargs",
            null,
            "migrate",
            "--variables",
            vars.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(value(&unrelated), "keep");
    // Said explicitly, it writes the secret named exactly that.
    t.cmd()
        .args([
            "--backend-kwargs",
            null,
            "put-variable",
            &unrelated,
            "-",
            "--airflow-will-not-read",
        ])
        .write_stdin("hello")
        .assert()
        .success();
    assert_eq!(value(&unrelated), "hello");
}

#[test]
fn broken_endpoints_end_with_a_clear_error() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("broken").via(&proxy);
    for _ in 0..3 {
        proxy.push(
            Some("ListSecrets"),
            Fault::Body(
                200,
                json!({"SecretList": [], "NextToken": "same"}).to_string(),
            ),
        );
    }
    let started = Instant::now();
    let out = t.cmd().args(["list", "variables"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("sent a NextToken it had sent before"),
        "{stderr}"
    );
    assert!(started.elapsed() < MAX_WALL);
    // Not Secrets Manager at all: a 200 with a web page.
    proxy.push(
        Some("GetSecretValue"),
        Fault::Body(200, "<html>hello</html>".into()),
    );
    let out = t.cmd().args(["get", "var", "k"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("HTTP 200") && stderr.contains(&proxy.url),
        "{stderr}"
    );
    assert!(stderr.contains("hint:"), "{stderr}");
}

#[test]
fn a_hanging_endpoint_fails_within_the_item_deadline() {
    let proxy = Proxy::start(&moto().addr);
    let t = TestEnv::new("hanging").via(&proxy);
    let vars = t.home.path().join("vars.json");
    std::fs::write(&vars, json!({"a": "1"}).to_string()).unwrap();
    let report = t.home.path().join("report.json");
    for _ in 0..20 {
        proxy.push(Some("CreateSecret"), Fault::Delay(Duration::from_secs(60)));
    }
    let started = Instant::now();
    let out = t
        .cmd()
        .args([
            "migrate",
            "--variables",
            vars.to_str().unwrap(),
            "--item-timeout",
            "3",
        ])
        .arg("--report")
        .arg(&report)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let error = written["items"][0]["error"].as_str().unwrap();
    assert!(
        error.contains("item deadline") && error.contains("re-run"),
        "{error}"
    );
    // Ctrl-C while a write hangs: answered at once, with a report.
    for _ in 0..20 {
        proxy.push(Some("CreateSecret"), Fault::Delay(Duration::from_secs(60)));
    }
    let (out, took) = signal_migrate(
        &t,
        &proxy,
        &[
            "--variables".as_ref(),
            vars.as_os_str(),
            "--report".as_ref(),
            report.as_os_str(),
        ],
        "INT",
        |p| {
            let started = p.requests().get("CreateSecret").copied().unwrap_or(0) >= 2;
            if started {
                std::thread::sleep(Duration::from_millis(300));
            }
            started
        },
    );
    assert!(took < Duration::from_secs(3), "{took:?}");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(written["outcomes"], json!({"interrupted": 1}), "{written}");
}

#[test]
fn sigterm_stops_migrate_with_a_report_and_exit_143() {
    let proxy = Proxy::start(&moto().addr);
    proxy.set_latency(Duration::from_millis(30));
    let t = TestEnv::new("sigterm").via(&proxy);
    let vars: serde_json::Map<String, serde_json::Value> = (0..60)
        .map(|i| (format!("v{i:02}"), json!(format!("value {i}"))))
        .collect();
    let file = t.home.path().join("vars.json");
    std::fs::write(&file, serde_json::Value::Object(vars).to_string()).unwrap();
    let report = t.home.path().join("report.json");
    let (out, took) = signal_migrate(
        &t,
        &proxy,
        &[
            "--variables".as_ref(),
            file.as_os_str(),
            "--rate".as_ref(),
            "10".as_ref(),
            "--report".as_ref(),
            report.as_os_str(),
        ],
        "TERM",
        |p| p.passed_of("CreateSecret") >= 3,
    );
    assert!(took < Duration::from_secs(3), "{took:?}");
    assert_eq!(
        out.status.code(),
        Some(143),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert!(
        written["outcomes"]["interrupted"].as_u64().unwrap() > 0,
        "{written}"
    );
}
