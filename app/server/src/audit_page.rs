//! `GET /audit`: the audit as a page a person opens in a browser. Its HTML,
//! CSS and script are compiled into the binary, so the page is there with or
//! without `--dir`; the page itself holds no data and is open to anyone, and
//! it reads `GET /api/audit` with the operator token it asks for (or without
//! one, with `--demo` on loopback).

use crate::static_files::CSP;
use axum::body::Body;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderName, HeaderValue};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

pub const HTML: &str = include_str!("../static/audit.html");
pub const CSS: &str = include_str!("../static/audit.css");
pub const JS: &str = include_str!("../static/audit.js");

/// The page and its two files, at paths the page names absolutely.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route(
            "/audit",
            get(|| async { page(HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/audit/audit.css",
            get(|| async { page(CSS, "text/css; charset=utf-8") }),
        )
        .route(
            "/audit/audit.js",
            get(|| async { page(JS, "text/javascript; charset=utf-8") }),
        )
}

/// With the demo page's headers (`static_files`): the same strict policy,
/// no sniffing; and no Referer, so the page's address leaks nowhere.
fn page(body: &'static str, content_type: &'static str) -> Response {
    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        HeaderName::from_static("content-security-policy"),
        HeaderValue::from_static(CSP),
    );
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_only_its_own_files_and_sets_data_as_text() {
        // Only same-origin files the routes serve: under the CSP anything
        // else would not load, and an external request would leak the
        // operator's visit.
        assert!(HTML.contains(r#"<script type="module" src="/audit/audit.js"></script>"#));
        assert!(HTML.contains(r#"<link rel="stylesheet" href="/audit/audit.css">"#));
        for text in [HTML, CSS, JS] {
            assert!(!text.contains("http://") && !text.contains("https://"));
        }
        // No inline script or style: the CSP would refuse them.
        assert_eq!(HTML.matches("<script").count(), 1);
        assert!(!HTML.contains("<style") && !HTML.contains(" style="));
        // Data from reports is never parsed as markup.
        for markup in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ] {
            assert!(!JS.contains(markup), "{markup}");
        }
    }
}
