//! The demo page, as the demo server always served it: files under
//! `--dir`, `index.html` for a directory, a strict Content-Security-Policy.
//! Code and text go out compressed when the browser accepts it (brotli,
//! else gzip), from bytes compressed once and kept (see `compression`).

use crate::compression::{self, Encoding, NotCompressed};
use crate::response::json_response;
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use serde_json::json;
use std::path::{Component, Path};
use std::sync::Arc;

/// Strict policy: scripts only from this origin, WebAssembly allowed to compile.
/// Only pages of this origin may frame a page: the planners' workbench shows
/// its previews in frames; no other site can.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("ftl") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn not_found() -> Response {
    json_response(StatusCode::NOT_FOUND, &json!({ "error": "not found" }))
}

pub async fn serve(
    State(app): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    request_headers: HeaderMap,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return json_response(
            StatusCode::METHOD_NOT_ALLOWED,
            &json!({ "error": "method not allowed" }),
        );
    }
    let Some(dir) = &app.static_dir else {
        return not_found();
    };
    // The path as sent, not percent-decoded: no encoding can smuggle a `..`.
    let url_path = uri.path();
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return not_found();
    }
    let mut file = dir.join(relative);
    if url_path.ends_with('/') || url_path.is_empty() {
        file = file.join("index.html");
    }
    let Ok(metadata) = tokio::fs::metadata(&file).await else {
        return not_found();
    };
    if !metadata.is_file() {
        return not_found();
    }
    let compressible = compression::compressible(&file);
    let encoding = if compressible && metadata.len() >= compression::MIN_COMPRESSED_BYTES {
        compression::negotiate(request_headers.get_all(ACCEPT_ENCODING))
    } else {
        Encoding::Identity
    };
    let (body, encoding) = match encoding {
        Encoding::Identity => match tokio::fs::read(&file).await {
            Ok(bytes) => (Bytes::from(bytes), Encoding::Identity),
            Err(_) => return not_found(),
        },
        encoding => match compression::compressed(&file, &metadata, encoding).await {
            Ok(bytes) => (bytes, encoding),
            Err(NotCompressed::Changed(bytes)) => (bytes, Encoding::Identity),
            Err(NotCompressed::Unreadable) => return not_found(),
        },
    };
    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(&file)));
    headers.insert(
        HeaderName::from_static("content-security-policy"),
        HeaderValue::from_static(CSP),
    );
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(coding) = encoding.content_encoding() {
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    // Every response of a type that can be compressed depends on
    // Accept-Encoding, even one sent as it is (a tiny file may grow), so
    // that no cache hands a brotli body to a client that cannot decode it.
    if compressible {
        headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}
