//! The audit page is served by the receiver itself, from the binary, with
//! the demo page's security headers, with or without `--dir`; it holds no
//! data, so it opens without the token, while the audit it reads does not.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::{app, TOKEN};
use report_server::access::ReadAccess;
use report_server::operator::OperatorSettings;
use report_server::routes::router;
use report_server::sqlite::SqliteStore;
use std::sync::Arc;

#[tokio::test]
async fn the_page_and_its_files_are_served_with_their_types_and_the_strict_policy() {
    let app = app();
    for (path, content_type, holds) in [
        (
            "/audit",
            "text/html; charset=utf-8",
            r#"<label for="token">Operator token</label>"#,
        ),
        ("/audit/audit.css", "text/css; charset=utf-8", ".alarm"),
        (
            "/audit/audit.js",
            "text/javascript; charset=utf-8",
            "/api/audit",
        ),
    ] {
        // Anyone may open the page: no Authorization header.
        let request = Request::get(path).body(Body::empty()).unwrap();
        let (status, body, headers) = app.request(request).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(headers["content-type"], content_type, "{path}");
        assert_eq!(
            headers["content-security-policy"],
            report_server::static_files::CSP,
            "{path}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert!(body.as_str().unwrap().contains(holds), "{path}");
    }
    // The data stays behind the token.
    let request = Request::get("/api/audit").body(Body::empty()).unwrap();
    assert_eq!(app.request(request).await.0, 401);
    let (status, audit, _) = app.get("/api/audit").await;
    assert_eq!(status, 200);
    assert_eq!(audit["per_day"], serde_json::json!([]), "{audit}");
    assert_eq!(audit["unknown_notices"], serde_json::json!([]), "{audit}");
    // Only GET (and HEAD).
    let request = Request::post("/audit").body(Body::empty()).unwrap();
    assert_eq!(app.request(request).await.0, 405);
}

#[tokio::test]
async fn the_page_is_there_without_a_static_directory() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let state = report_server::app_state(
        store.clone(),
        OperatorSettings::example(),
        None,
        ReadAccess::token(TOKEN).unwrap(),
    )
    .unwrap();
    let app = common::TestApp {
        router: router(state),
        store,
        dir,
    };
    let request = Request::get("/audit").body(Body::empty()).unwrap();
    let (status, body, headers) = app.request(request).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(body.as_str().unwrap(), report_server::audit_page::HTML);
    // The demo page is not: nothing else is served.
    let request = Request::get("/").body(Body::empty()).unwrap();
    assert_eq!(app.request(request).await.0, 404);
}
