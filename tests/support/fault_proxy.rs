//! A fault-and-quota HTTP proxy of our own, in front of moto_server on 127.0.0.1.
//!
//! One request per connection (every response says `Connection: close`, as moto's do).
//! Per operation (from `X-Amz-Target`) it counts requests, can add latency, enforce a
//! requests-per-second quota by answering `ThrottlingException` as AWS does, and replay a
//! queue of injected faults: AWS error bodies (including errors moto cannot produce), bare
//! 5xx, and dropped connections. Used by the integration tests and by bench/migrate.

// Shared by the tests and bench/migrate; each uses a different part.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One injected fault, consumed by the next matching request.
#[derive(Debug, Clone)]
pub enum Fault {
    /// An AWS JSON error: status, `__type`, message.
    Aws(u16, String, String),
    /// A status with an HTML body, as a load balancer would send.
    Bare(u16),
    /// Read the request, then close the connection without answering.
    Drop,
    /// Wait, then pass the request through.
    Delay(Duration),
    /// This status and body, as given (a broken or foreign endpoint).
    Body(u16, String),
}

struct Bucket {
    tokens: f64,
    last: Instant,
}

#[derive(Default)]
struct State {
    faults: VecDeque<(Option<String>, Fault)>,
    requests: BTreeMap<String, u64>,
    /// The access key id of every signed request, in order.
    access_keys: Vec<String>,
    throttled: BTreeMap<String, u64>,
    passed: BTreeMap<String, u64>,
    latency: Duration,
    quota_per_op: Option<f64>,
    buckets: HashMap<String, Bucket>,
}

pub struct Proxy {
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl Fault {
    /// An AWS JSON error body with this status, `__type` and message.
    pub fn aws(status: u16, kind: &str, message: &str) -> Fault {
        Fault::Aws(status, kind.to_owned(), message.to_owned())
    }
}

impl Proxy {
    /// Starts the proxy on a free loopback port, in front of `upstream` (host:port).
    pub fn start(upstream: &str) -> Proxy {
        let upstream = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let state = Arc::new(Mutex::new(State::default()));
        let (tx, rx) = std::sync::mpsc::channel();
        let st = state.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
                tx.send(listener.local_addr().expect("addr"))
                    .expect("send addr");
                loop {
                    let Ok((conn, _)) = listener.accept().await else {
                        continue;
                    };
                    let st = st.clone();
                    let upstream = upstream.clone();
                    tokio::spawn(async move {
                        let _ = Box::pin(serve(conn, &upstream, &st)).await;
                    });
                }
            });
        });
        let addr: SocketAddr = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("proxy started");
        Proxy {
            url: format!("http://{addr}"),
            state,
        }
    }

    /// Queues a fault for the next request of `op` (e.g. "CreateSecret"), or any when None.
    pub fn push(&self, op: Option<&str>, fault: Fault) {
        self.state
            .lock()
            .unwrap()
            .faults
            .push_back((op.map(str::to_owned), fault));
    }

    pub fn set_latency(&self, latency: Duration) {
        self.state.lock().unwrap().latency = latency;
    }

    /// Requests per second allowed per operation; excess requests get ThrottlingException.
    pub fn set_quota(&self, per_second: Option<f64>) {
        self.state.lock().unwrap().quota_per_op = per_second;
    }

    /// Requests received per operation (every attempt, faulted or not).
    /// The access key ids the requests were signed with.
    pub fn access_keys(&self) -> Vec<String> {
        self.state.lock().unwrap().access_keys.clone()
    }

    pub fn requests(&self) -> BTreeMap<String, u64> {
        self.state.lock().unwrap().requests.clone()
    }

    /// Requests that reached moto per operation.
    pub fn passed(&self) -> BTreeMap<String, u64> {
        self.state.lock().unwrap().passed.clone()
    }

    pub fn throttled(&self) -> BTreeMap<String, u64> {
        self.state.lock().unwrap().throttled.clone()
    }

    pub fn passed_of(&self, op: &str) -> u64 {
        self.passed().get(op).copied().unwrap_or(0)
    }
}

fn json_counts(counts: &BTreeMap<String, u64>) -> String {
    let fields: Vec<String> = counts
        .iter()
        .map(|(k, v)| format!("\"{k}\": {v}"))
        .collect();
    format!("{{{}}}", fields.join(", "))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

enum Decision {
    Fault(Fault),
    Throttle,
    Pass(Duration),
}

fn decide(state: &Mutex<State>, op: &str) -> Decision {
    let mut s = state.lock().unwrap();
    *s.requests.entry(op.to_owned()).or_default() += 1;
    if let Some(i) = s
        .faults
        .iter()
        .position(|(o, _)| o.as_deref().is_none_or(|o| o == op))
    {
        return match s.faults.remove(i).unwrap().1 {
            Fault::Delay(d) => Decision::Pass(d + s.latency),
            other => Decision::Fault(other),
        };
    }
    if let Some(rate) = s.quota_per_op {
        let now = Instant::now();
        let bucket = s.buckets.entry(op.to_owned()).or_insert(Bucket {
            tokens: rate,
            last: now,
        });
        bucket.tokens =
            (bucket.tokens + now.duration_since(bucket.last).as_secs_f64() * rate).min(rate);
        bucket.last = now;
        if bucket.tokens < 1.0 {
            *s.throttled.entry(op.to_owned()).or_default() += 1;
            return Decision::Throttle;
        }
        bucket.tokens -= 1.0;
    }
    Decision::Pass(s.latency)
}

async fn respond(
    conn: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status} Error\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    conn.write_all(head.as_bytes()).await?;
    conn.write_all(body.as_bytes()).await?;
    conn.shutdown().await
}

async fn serve(mut conn: TcpStream, upstream: &str, state: &Mutex<State>) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let head_end = loop {
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    if head.starts_with("GET /__proxy/stats") {
        let body = {
            let s = state.lock().unwrap();
            format!(
                "{{\"requests\": {}, \"passed\": {}, \"throttled\": {}}}",
                json_counts(&s.requests),
                json_counts(&s.passed),
                json_counts(&s.throttled)
            )
        };
        return respond(&mut conn, 200, "application/json", &body).await;
    }
    if head.starts_with("POST /__proxy/reset") {
        {
            let mut s = state.lock().unwrap();
            s.requests.clear();
            s.passed.clear();
            s.throttled.clear();
            s.buckets.clear();
        }
        return respond(&mut conn, 200, "application/json", "{}").await;
    }
    let length: usize = header(&head, "content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let op = header(&head, "x-amz-target")
        .and_then(|t| t.rsplit('.').next())
        .unwrap_or("unknown")
        .to_owned();
    if let Some(key) = header(&head, "authorization")
        .and_then(|a| a.split("Credential=").nth(1))
        .and_then(|c| c.split('/').next())
    {
        state.lock().unwrap().access_keys.push(key.to_owned());
    }
    let delay = match decide(state, &op) {
        Decision::Fault(Fault::Aws(status, kind, message)) => {
            let body = serde_json::json!({"__type": kind, "message": message}).to_string();
            return respond(&mut conn, status, "application/x-amz-json-1.1", &body).await;
        }
        Decision::Fault(Fault::Bare(status)) => {
            return respond(
                &mut conn,
                status,
                "text/html",
                "<html><body>upstream error</body></html>",
            )
            .await;
        }
        Decision::Fault(Fault::Body(status, body)) => {
            return respond(&mut conn, status, "application/x-amz-json-1.1", &body).await;
        }
        Decision::Fault(Fault::Drop | Fault::Delay(_)) => return Ok(()),
        Decision::Throttle => {
            let body = "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}";
            return respond(&mut conn, 400, "application/x-amz-json-1.1", body).await;
        }
        Decision::Pass(d) => d,
    };
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    // Forward with `Connection: close` so moto ends the response with EOF.
    let mut forwarded = String::new();
    for line in head.split("\r\n").filter(|l| !l.is_empty()) {
        if !line.to_ascii_lowercase().starts_with("connection:") {
            forwarded.push_str(line);
            forwarded.push_str("\r\n");
        }
    }
    forwarded.push_str("Connection: close\r\n\r\n");
    let mut up = TcpStream::connect(upstream).await?;
    up.write_all(forwarded.as_bytes()).await?;
    up.write_all(&buf[head_end..]).await?;
    let mut response = Vec::new();
    up.read_to_end(&mut response).await?;
    state
        .lock()
        .unwrap()
        .passed
        .entry(op)
        .and_modify(|n| *n += 1)
        .or_insert(1);
    conn.write_all(&response).await?;
    conn.shutdown().await
}
