//! The harness: one moto_server per test binary on a free 127.0.0.1 port, a unique secret
//! prefix per test, and the built binary run with a scrubbed environment.

#[path = "../../support/fault_proxy.rs"]
pub mod proxy;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// `tests/fixtures/`: the golden vectors and real exports, copied from the workplace's
/// `../shared` by `tools/sync-fixtures` and committed, so a plain clone has them.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

fn support(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("support")
        .join(file)
}

fn imports_moto(python: &Path) -> bool {
    Command::new(python)
        .args([
            "-c",
            "import moto, flask, flask_cors, sys; sys.exit(moto.__version__ != '5.2.1')",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A Python with the pinned moto: `$MOTO_PYTHON`, the machine's python3 if it has it, or a
/// venv under target/ created once (a lock directory guards parallel test binaries).
fn moto_python() -> PathBuf {
    if let Some(p) = std::env::var_os("MOTO_PYTHON") {
        return PathBuf::from(p);
    }
    let system = PathBuf::from("python3");
    if imports_moto(&system) {
        return system;
    }
    let venv = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("moto-venv");
    let python = venv.join("bin").join("python");
    if imports_moto(&python) {
        return python;
    }
    // An OS file lock, not a lock directory: the kernel releases it when a holder dies, so a
    // killed run cannot stall the next one.
    std::fs::create_dir_all(venv.parent().expect("target tmp")).expect("target tmp dir");
    let lock = std::fs::File::create(venv.with_extension("lock")).expect("venv lock file");
    lock.lock().expect("lock the venv");
    let installed = imports_moto(&python)
        || (Command::new("python3")
            .args(["-m", "venv", "--clear"])
            .arg(&venv)
            .status()
            .is_ok_and(|s| s.success())
            && Command::new(&python)
                .args(["-m", "pip", "install", "-q", "-r"])
                .arg(support("requirements-moto.txt"))
                .status()
                .is_ok_and(|s| s.success()));
    drop(lock);
    assert!(
        installed,
        "could not install the pinned moto into {}",
        venv.display()
    );
    python
}

pub struct Moto {
    /// `127.0.0.1:PORT`
    pub addr: String,
    // Held open for the life of the test process: the launcher exits when it closes.
    _stdin: Mutex<ChildStdin>,
}

/// The test binary's moto_server, started on first use.
pub fn moto() -> &'static Moto {
    static MOTO: OnceLock<Moto> = OnceLock::new();
    MOTO.get_or_init(|| {
        let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("moto-launcher.log");
        // Never waited on: it exits by itself when this process ends and its stdin closes.
        #[allow(clippy::zombie_processes)]
        let mut child = Command::new(moto_python())
            .arg(support("moto_launcher.py"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).map_or(Stdio::null(), Stdio::from))
            .spawn()
            .expect("start moto launcher");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("moto did not start in 60 s");
        let port = line
            .trim()
            .strip_prefix("PORT=")
            .unwrap_or_else(|| panic!("moto launcher said {line:?}; see {}", log.display()));
        Moto {
            addr: format!("127.0.0.1:{port}"),
            _stdin: Mutex::new(child.stdin.take().expect("stdin")),
        }
    })
}

/// One test's isolated corner of the shared server.
pub struct TestEnv {
    pub prefix: String,
    pub endpoint: String,
    pub home: tempfile::TempDir,
}

impl TestEnv {
    pub fn new(test: &str) -> TestEnv {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        TestEnv {
            prefix: format!("t/{test}-{}-{n}", std::process::id()),
            endpoint: format!("http://{}", moto().addr),
            home: tempfile::tempdir().expect("tempdir"),
        }
    }

    /// Points the binary at a proxy instead of moto itself.
    pub fn via(mut self, proxy: &proxy::Proxy) -> TestEnv {
        self.endpoint.clone_from(&proxy.url);
        self
    }

    pub fn variables_prefix(&self) -> String {
        format!("{}/variables", self.prefix)
    }

    pub fn connections_prefix(&self) -> String {
        format!("{}/connections", self.prefix)
    }

    /// The binary with fake credentials, this test's prefixes through Airflow's own
    /// AIRFLOW__SECRETS__BACKEND_KWARGS, and nothing from the developer's environment.
    pub fn std_cmd(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("airsecrets"));
        let kwargs = serde_json::json!({
            "connections_prefix": self.connections_prefix(),
            "variables_prefix": self.variables_prefix(),
        });
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("AWS_CONFIG_FILE", self.home.path().join("no-config"))
            .env(
                "AWS_SHARED_CREDENTIALS_FILE",
                self.home.path().join("no-credentials"),
            )
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_ENDPOINT_URL", &self.endpoint)
            .env("AIRSECRETS_INITIAL_BACKOFF_MS", "5")
            .env("AIRSECRETS_ATTEMPT_TIMEOUT_MS", "5000")
            .env("AIRFLOW__SECRETS__BACKEND_KWARGS", kwargs.to_string());
        cmd
    }

    /// [`TestEnv::std_cmd`] with assert_cmd's conveniences and a time limit.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::from_std(self.std_cmd());
        cmd.timeout(Duration::from_secs(120));
        cmd
    }
}

/// Secret canaries must never appear in what the tool prints, whole or in part: every
/// canary starts with `c4n4ry`, and that fragment alone must not show either.
pub fn assert_hidden(stream: &[u8], canary: &str) {
    let text = String::from_utf8_lossy(stream);
    assert!(canary.starts_with("c4n4ry"), "canaries start with c4n4ry");
    assert!(
        !text.contains("c4n4ry"),
        "(part of) the canary leaked:\n{text}"
    );
    let encoded = airsecrets::airflow::pyurl::quote(canary);
    assert!(
        !text.contains(&encoded),
        "the URL-encoded canary leaked:\n{text}"
    );
}

pub fn stdout_json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A client straight to the emulator, for states the tool never writes and for checking
/// what it wrote (versions per secret).
pub fn raw_client() -> (tokio::runtime::Runtime, aws_sdk_secretsmanager::Client) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = rt.block_on(async {
        let config = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .endpoint_url(format!("http://{}", moto().addr))
            .credentials_provider(aws_sdk_secretsmanager::config::Credentials::new(
                "test", "test", None, None, "static",
            ))
            .load()
            .await;
        aws_sdk_secretsmanager::Client::new(&config)
    });
    (rt, client)
}

/// Runs `migrate` with `args` through `proxy`, sends `signal` (`INT`, `TERM`) once `ready`
/// says the run is writing, and returns its output and how long it took to exit after the
/// signal.
pub fn signal_migrate(
    t: &TestEnv,
    proxy: &proxy::Proxy,
    args: &[&std::ffi::OsStr],
    signal: &str,
    ready: impl Fn(&proxy::Proxy) -> bool,
) -> (std::process::Output, Duration) {
    let child = t
        .std_cmd()
        .arg("migrate")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !ready(proxy) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let signalled = std::time::Instant::now();
    Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (out, signalled.elapsed())
}

/// Plants a secret straight into the emulator, as something other than airsecrets would.
pub fn put_raw(name: &str, value: &str) {
    let (rt, client) = raw_client();
    rt.block_on(
        client
            .create_secret()
            .name(name)
            .secret_string(value)
            .send(),
    )
    .unwrap();
}

/// The AWSCURRENT SecretString, asked for by stage as AWS answers a read without a version
/// (moto otherwise answers the version written last); None when there is none.
pub fn current_text(name: &str) -> Option<String> {
    let (rt, client) = raw_client();
    rt.block_on(
        client
            .get_secret_value()
            .secret_id(name)
            .version_stage("AWSCURRENT")
            .send(),
    )
    .ok()
    .and_then(|v| v.secret_string().map(str::to_owned))
}
