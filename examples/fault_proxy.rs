//! The test suite's fault-and-quota proxy as a program, for bench/migrate.
//!
//! `fault_proxy UPSTREAM_HOST:PORT [--latency-ms N] [--quota PER_SECOND]` prints
//! `PORT=<n>` once listening and serves until stdin closes. `GET /__proxy/stats` returns the
//! counts per operation; `POST /__proxy/reset` clears them.
#![allow(clippy::print_stdout)]

#[path = "../tests/support/fault_proxy.rs"]
mod fault_proxy;

use std::io::Read;
use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let upstream = args
        .first()
        .expect("usage: fault_proxy UPSTREAM [--latency-ms N] [--quota N]");
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(|v| v.parse::<f64>().expect("a number"))
    };
    let proxy = fault_proxy::Proxy::start(upstream);
    if let Some(ms) = value("--latency-ms") {
        proxy.set_latency(Duration::from_secs_f64(ms / 1000.0));
    }
    proxy.set_quota(value("--quota"));
    let port = proxy.url.rsplit(':').next().unwrap_or_default().to_owned();
    println!("PORT={port}");
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}
