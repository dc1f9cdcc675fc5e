//! Demo server: serves the built page on 127.0.0.1 and receives reports.
//!
//! Usage: report-server [--port 8080] [--dir dist]

mod reports;

use reports::{Received, ReportStore};
use std::path::{Component, Path, PathBuf};
use tiny_http::{Header, Method, Request, Response, Server};

/// Strict policy: scripts only from this origin, WebAssembly allowed to compile.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn main() {
    let mut port = 8080u16;
    let mut dir = PathBuf::from("dist");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--port", Some(p)) => port = p.parse().expect("--port takes a number"),
            ("--dir", Some(d)) => dir = PathBuf::from(d),
            _ => {
                eprintln!("usage: report-server [--port 8080] [--dir dist]");
                std::process::exit(2);
            }
        }
    }
    if !dir.join("index.html").is_file() {
        eprintln!("{}: no index.html; build the page first", dir.display());
        std::process::exit(1);
    }
    let server = Server::http(("127.0.0.1", port)).unwrap_or_else(|e| {
        eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
        std::process::exit(1);
    });
    println!("report-disclosure demo: http://127.0.0.1:{port}/");
    let mut store = ReportStore::default();
    for request in server.incoming_requests() {
        handle(request, &dir, &mut store);
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn json(status: u16, body: String) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(body)
        .with_status_code(status)
        .with_header(header("Content-Type", "application/json; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"))
}

fn handle(mut request: Request, dir: &Path, store: &mut ReportStore) {
    let path = request.url().split('?').next().unwrap_or("/").to_string();
    let response = match (request.method(), path.as_str()) {
        (Method::Post, "/api/reports") => {
            let key = request
                .headers()
                .iter()
                .find(|h| h.field.equiv("Idempotency-Key"))
                .map(|h| h.value.to_string());
            let mut body = String::new();
            match request.as_reader().read_to_string(&mut body) {
                Err(e) => json(400, format!("{{\"error\":\"unreadable body: {e}\"}}")),
                Ok(_) => match store.receive(key.as_deref(), &body) {
                    Ok(Received { reference, first }) => json(
                        if first { 201 } else { 200 },
                        serde_json::json!({ "reference": reference, "duplicate": !first })
                            .to_string(),
                    ),
                    Err(e) => json(400, serde_json::json!({ "error": e }).to_string()),
                },
            }
        }
        (Method::Get, "/api/reports") => json(200, store.all_json()),
        (Method::Get, _) => static_file(dir, &path),
        _ => json(405, "{\"error\":\"method not allowed\"}".to_string()),
    };
    // A dropped connection is the client's business; keep serving.
    let _ = request.respond(response);
}

fn static_file(dir: &Path, url_path: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return json(404, "{\"error\":\"not found\"}".to_string());
    }
    let mut file = dir.join(relative);
    if url_path.ends_with('/') || url_path.is_empty() {
        file = file.join("index.html");
    }
    let Ok(bytes) = std::fs::read(&file) else {
        return json(404, "{\"error\":\"not found\"}".to_string());
    };
    let content_type = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("ftl") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    Response::from_data(bytes)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Content-Security-Policy", CSP))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Cache-Control", "no-cache"))
}
