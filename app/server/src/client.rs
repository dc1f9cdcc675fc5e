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
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Long enough for a commit behind a slow disk, short enough that a stuck
/// receiver fails a run instead of hanging it.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct Client {
    http: hyper_util::client::legacy::Client<HttpConnector, Full<Bytes>>,
    base: String,
    /// Sent as `Authorization: Bearer` on reads.
    token: Option<String>,
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
            token: None,
        }
    }

    /// Reads as the operator holding `token`.
    pub fn with_token(mut self, token: &str) -> Client {
        self.token = Some(token.to_string());
        self
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

    /// POSTs a JSON body as the operator (closing a review, say).
    pub async fn post_json(&self, path: &str, body: Bytes) -> Result<Answer, String> {
        let mut request = Request::builder()
            .method(Method::POST)
            .uri(format!("{}{path}", self.base))
            .header("Content-Type", "application/json");
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        let request = request.body(Full::new(body)).map_err(|e| e.to_string())?;
        self.send(request).await
    }

    pub async fn get(&self, path: &str) -> Result<Answer, String> {
        let mut request = Request::builder().uri(format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        let request = request
            .body(Full::new(Bytes::new()))
            .map_err(|e| e.to_string())?;
        self.send(request).await
    }

    /// Every stored report, following the pages of `GET /api/reports`.
    pub async fn all_reports(&self) -> Result<Vec<serde_json::Value>, String> {
        let mut out = vec![];
        let mut path = "/api/reports?limit=1000".to_string();
        loop {
            let a = self.get(&path).await?;
            if a.status != 200 {
                return Err(format!("GET {path}: {} {}", a.status, a.json));
            }
            if let Some(reports) = a.json["reports"].as_array() {
                out.extend(reports.iter().cloned());
            }
            match a.json["next_after"].as_str() {
                Some(next) => path = format!("/api/reports?limit=1000&after={next}"),
                None => return Ok(out),
            }
        }
    }
}

/// A receiver started as a child process; killed when dropped.
pub struct Spawned {
    pub child: Child,
    pub port: u16,
    log: Arc<Mutex<String>>,
}

impl Spawned {
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// What the receiver wrote to stderr so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The log once it holds every one of `lines` (the pipe is read by
    /// another thread, so a line written may not be read yet), or as it
    /// is after `REQUEST_TIMEOUT`.
    pub fn log_with(&self, lines: &[&str]) -> String {
        let deadline = std::time::Instant::now() + REQUEST_TIMEOUT;
        loop {
            let log = self.log();
            if lines.iter().all(|l| log.contains(l)) || std::time::Instant::now() > deadline {
                return log;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `exe` (a report-server binary) in demo mode on a loopback port
/// the OS picks and waits for the line that says where it listens.
pub fn spawn_receiver(exe: &Path, static_dir: &Path, data_dir: &Path) -> Result<Spawned, String> {
    spawn_receiver_with(exe, static_dir, data_dir, &["--demo"])
}

/// `spawn_receiver` with other options than `--demo`.
pub fn spawn_receiver_with(
    exe: &Path,
    static_dir: &Path,
    data_dir: &Path,
    options: &[&str],
) -> Result<Spawned, String> {
    let mut args: Vec<&OsStr> = vec!["--data".as_ref(), data_dir.as_os_str()];
    args.extend(options.iter().map(|o| OsStr::new(*o)));
    spawn(exe, static_dir, &args)
}

/// As `spawn_receiver`, keeping the reports in the PostgreSQL database at
/// `url` (which other receivers may share).
pub fn spawn_receiver_on_database(
    exe: &Path,
    static_dir: &Path,
    url: &str,
) -> Result<Spawned, String> {
    spawn(
        exe,
        static_dir,
        &["--database".as_ref(), url.as_ref(), "--demo".as_ref()],
    )
}

fn spawn(exe: &Path, static_dir: &Path, args: &[&OsStr]) -> Result<Spawned, String> {
    let mut child = Command::new(exe)
        .arg("--port")
        .arg("0")
        .arg("--dir")
        .arg(static_dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let log = Arc::new(Mutex::new(String::new()));
    let stderr = child.stderr.take().expect("stderr is piped");
    let kept = log.clone();
    // Drained always, so a receiver that logs much never blocks on the pipe.
    let drain = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut kept = kept.lock().unwrap_or_else(|e| e.into_inner());
            kept.push_str(&line);
            kept.push('\n');
        }
    });
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let line = match lines.next() {
        Some(Ok(line)) => line,
        _ => {
            let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
            // The process has ended, so its stderr has too.
            let _ = drain.join();
            return Err(format!(
                "{} exited before listening ({status}): {}",
                exe.display(),
                log.lock().unwrap_or_else(|e| e.into_inner())
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
    Ok(Spawned { child, port, log })
}

/// A directory with a stub page, for receivers started without the real one.
pub fn stub_page(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><title>report-server</title>",
    )
}
