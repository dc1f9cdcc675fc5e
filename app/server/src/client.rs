//! A small HTTP/1.1 client for the load tool and the tests that drive a
//! running receiver, and a way to start one as a child process.

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Long enough for a commit behind a slow disk, short enough that a stuck
/// receiver fails a run instead of hanging it.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct Client {
    http: hyper_util::client::legacy::Client<HttpConnector, Full<Bytes>>,
    base: String,
}

/// A response: status and JSON body (`Null` when the body is not JSON).
#[derive(Clone, Debug)]
pub struct Answer {
    pub status: u16,
    pub json: serde_json::Value,
}

impl Client {
    /// `base` is like `http://127.0.0.1:8080`.
    pub fn new(base: &str) -> Client {
        let http = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .build_http();
        Client {
            http,
            base: base.trim_end_matches('/').to_string(),
        }
    }

    async fn send(&self, request: Request<Full<Bytes>>) -> Result<Answer, String> {
        let response = tokio::time::timeout(REQUEST_TIMEOUT, self.http.request(request))
            .await
            .map_err(|_| "timed out".to_string())?
            .map_err(|e| format!("request failed: {e}"))?;
        let status = response.status().as_u16();
        let body = tokio::time::timeout(REQUEST_TIMEOUT, response.into_body().collect())
            .await
            .map_err(|_| "timed out reading the response".to_string())?
            .map_err(|e| format!("response failed: {e}"))?
            .to_bytes();
        Ok(Answer {
            status,
            json: serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null),
        })
    }

    /// POSTs a report as the browser client does.
    pub async fn post_report(&self, report_id: &str, body: Bytes) -> Result<Answer, String> {
        let request = Request::builder()
            .method(Method::POST)
            .uri(format!("{}/api/reports", self.base))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", report_id)
            .body(Full::new(body))
            .map_err(|e| e.to_string())?;
        self.send(request).await
    }

    pub async fn get(&self, path: &str) -> Result<Answer, String> {
        let request = Request::builder()
            .uri(format!("{}{path}", self.base))
            .body(Full::new(Bytes::new()))
            .map_err(|e| e.to_string())?;
        self.send(request).await
    }
}

/// A receiver started as a child process; killed when dropped.
pub struct Spawned {
    pub child: Child,
    pub port: u16,
}

impl Spawned {
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `exe` (a report-server binary) on a port the OS picks and waits
/// for the line that says where it listens.
pub fn spawn_receiver(exe: &Path, static_dir: &Path, data_dir: &Path) -> Result<Spawned, String> {
    spawn_receiver_with(exe, static_dir, &["--data".as_ref(), data_dir.as_os_str()])
}

/// As `spawn_receiver`, keeping the reports in the PostgreSQL database at
/// `url` (which other receivers may share).
pub fn spawn_receiver_on_database(
    exe: &Path,
    static_dir: &Path,
    url: &str,
) -> Result<Spawned, String> {
    spawn_receiver_with(exe, static_dir, &["--database".as_ref(), url.as_ref()])
}

fn spawn_receiver_with(exe: &Path, static_dir: &Path, store: &[&OsStr]) -> Result<Spawned, String> {
    let mut child = Command::new(exe)
        .arg("--port")
        .arg("0")
        .arg("--dir")
        .arg(static_dir)
        .args(store)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let line = match lines.next() {
        Some(Ok(line)) => line,
        _ => {
            let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
            return Err(format!(
                "{} exited before listening ({status})",
                exe.display()
            ));
        }
    };
    // The receiver prints nothing more, but a full pipe must never block it.
    std::thread::spawn(move || lines.for_each(drop));
    let port = line
        .rsplit(':')
        .next()
        .and_then(|p| p.trim_end_matches('/').parse().ok())
        .ok_or_else(|| format!("no port in {line:?}"))?;
    Ok(Spawned { child, port })
}

/// A directory with a stub page, for receivers started without the real one.
pub fn stub_page(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><title>report-server</title>",
    )
}
