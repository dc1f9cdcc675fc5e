//! Every endpoint is a door: filing is open to anyone, every read needs the
//! operator's token, and a refusal is logged without the token.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::{app, report, TOKEN};
use report_core::Platform;
use report_server::client::{spawn_receiver_with, stub_page, Client};
use std::process::Command;

/// Every endpoint that reads or changes what was filed.
const OPERATOR_ENDPOINTS: &[(&str, &str)] = &[
    ("GET", "/api/reports"),
    ("GET", "/api/reports?after=R-000001&limit=5"),
    ("GET", "/api/reports/R-000001/consent-record"),
    ("POST", "/api/reports/R-000001/close-review"),
    ("GET", "/api/audit"),
];

#[tokio::test]
async fn every_operator_endpoint_answers_401_without_the_token_and_opens_with_it() {
    let app = app();
    let (status, _) = app
        .post(&report("en", Platform::Ios, "full-window", "r-1"))
        .await;
    assert_eq!(status, 201, "filing needs no credential");
    for (method, path) in OPERATOR_ENDPOINTS {
        for auth in [
            None,
            Some("Bearer wrong-token-wrong-token-wrong-token".to_string()),
            Some(format!("Basic {TOKEN}")),
            Some(format!("Bearer {TOKEN}x")),
        ] {
            let mut request = Request::builder().method(*method).uri(*path);
            if let Some(auth) = &auth {
                request = request.header("Authorization", auth);
            }
            let (status, json, headers) = app.request(request.body(Body::empty()).unwrap()).await;
            assert_eq!(status, 401, "{method} {path} with {auth:?}: {json}");
            assert_eq!(
                headers["www-authenticate"],
                "Bearer realm=\"report-server\""
            );
            assert!(
                json["error"].as_str().unwrap().contains("operator"),
                "{json}"
            );
        }
        let request = Request::builder()
            .method(*method)
            .uri(*path)
            .header("Authorization", format!("Bearer {TOKEN}"));
        let (status, json, _) = app.request(request.body(Body::empty()).unwrap()).await;
        assert_eq!(status, 200, "{method} {path} with the token: {json}");
    }
}

#[tokio::test]
async fn pages_are_bounded_and_a_bad_cursor_is_named() {
    let app = app();
    for i in 0..5 {
        let id = format!("r-{i}");
        app.post(&report("en", Platform::Ios, "one-message", &id))
            .await;
    }
    let (status, page, _) = app.get("/api/reports?limit=2").await;
    assert_eq!(status, 200);
    assert_eq!(page["reports"].as_array().unwrap().len(), 2);
    assert_eq!(page["next_after"], "R-000002");
    let (_, page, _) = app.get("/api/reports?limit=2&after=R-000004").await;
    assert_eq!(page["reports"][0]["reference"], "R-000005");
    assert_eq!(page["next_after"], serde_json::Value::Null);
    for bad in ["?after=5", "?limit=x", "?offset=3"] {
        let (status, json, _) = app.get(&format!("/api/reports{bad}")).await;
        assert_eq!(status, 400, "{bad}: {json}");
    }
}

#[tokio::test]
async fn a_review_closes_once_and_not_in_the_future() {
    let app = app();
    app.post(&report("en", Platform::Ios, "one-message", "r-1"))
        .await;
    let close = |body: &'static str| {
        Request::post("/api/reports/R-000001/close-review")
            .header("Authorization", format!("Bearer {TOKEN}"))
            .body(Body::from(body))
            .unwrap()
    };
    let (status, json, _) = app
        .request(close(r#"{"closed_at":"2999-01-01T00:00:00Z"}"#))
        .await;
    assert_eq!((status, json["field"].as_str()), (422, Some("closed_at")));
    let (status, json, _) = app.request(close(r#"{"closed_at":"yesterday"}"#)).await;
    assert_eq!((status, json["field"].as_str()), (400, Some("closed_at")));
    let (status, review, _) = app
        .request(close(r#"{"closed_at":"2026-01-01T00:00:00Z"}"#))
        .await;
    assert_eq!(status, 200, "{review}");
    assert_eq!(review["closed_at"], "2026-01-01T00:00:00Z");
    assert_eq!(
        review["delete_after"], "2026-06-30T00:00:00Z",
        "180 days later"
    );
    let (_, again, _) = app.request(close("")).await;
    assert_eq!(again, review);
    let (status, _, _) = app
        .request(
            Request::post("/api/reports/R-000009/close-review")
                .header("Authorization", format!("Bearer {TOKEN}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, 404);
}

fn exe() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_BIN_EXE_report-server"))
}

/// The real binary: demo mode refused beyond loopback; without a token,
/// reading is closed; a refused read is logged without the token sent.
#[test]
fn the_binary_keeps_reading_to_the_operator_and_logs_refusals_without_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("dist");
    stub_page(&page).unwrap();

    let out = Command::new(exe())
        .args(["--listen", "0.0.0.0:0", "--demo", "--dir"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("refused on 0.0.0.0:0"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let token_file = dir.path().join("token");
    std::fs::write(&token_file, format!("{TOKEN}\n")).unwrap();
    let spawned = spawn_receiver_with(
        &exe(),
        &page,
        &dir.path().join("data"),
        &["--token-file", token_file.to_str().unwrap()],
    )
    .unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let near_miss = format!("{TOKEN}-near-miss");
    rt.block_on(async {
        let open = Client::new(&spawned.base());
        assert_eq!(open.get("/api/reports").await.unwrap().status, 401);
        let wrong = Client::new(&spawned.base()).with_token(&near_miss);
        assert_eq!(wrong.get("/api/audit").await.unwrap().status, 401);
        let operator = Client::new(&spawned.base()).with_token(TOKEN);
        assert_eq!(operator.get("/api/audit").await.unwrap().status, 200);
    });
    let log = spawned.log_with(&["refused GET /api/reports", "refused GET /api/audit"]);
    assert!(
        log.contains("refused GET /api/reports from 127.0.0.1:")
            && log.contains("no operator credential"),
        "{log}"
    );
    assert!(
        log.contains("refused GET /api/audit") && log.contains("a wrong operator credential"),
        "{log}"
    );
    assert!(!log.contains(&near_miss) && !log.contains(TOKEN), "{log}");

    // No token at all: closed to everyone, and it says so at start.
    let closed = spawn_receiver_with(&exe(), &page, &dir.path().join("data2"), &[]).unwrap();
    rt.block_on(async {
        let operator = Client::new(&closed.base()).with_token(TOKEN);
        assert_eq!(operator.get("/api/reports").await.unwrap().status, 401);
    });
    assert!(
        closed.log().contains("no operator token"),
        "{}",
        closed.log()
    );
}
