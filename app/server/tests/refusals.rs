//! Every way a report is refused: a 4xx JSON answer naming the field, and
//! nothing stored.

mod common;

use common::{app, report};
use report_core::Platform;
use report_fixtures::sample_report::bad_reports;
use report_server::routes::MAX_BODY_BYTES;
use serde_json::Value;

#[tokio::test]
async fn each_refusal_names_its_field_and_stores_nothing() {
    let app = app();
    let good = report("en", Platform::Ios, "group-media", "r-1");
    let body = good.to_json();
    let mut wrong = vec![];
    let mut tried = 0;
    let mut expect = |what: &str, got: (u16, Value), status: u16, field: &str| {
        tried += 1;
        let (s, j) = got;
        if s != status || j["field"] != field || j["error"].as_str().is_none_or(|e| e.is_empty()) {
            wrong.push(format!(
                "{what}: expected {status} naming {field}, got {s} {j}"
            ));
        }
    };

    // Headers.
    expect(
        "no Content-Type",
        app.post_with(None, Some("r-1"), body.clone()).await,
        415,
        "Content-Type",
    );
    expect(
        "form Content-Type",
        app.post_with(
            Some("application/x-www-form-urlencoded"),
            Some("r-1"),
            body.clone(),
        )
        .await,
        415,
        "Content-Type",
    );
    expect(
        "no Idempotency-Key",
        app.post_with(Some("application/json"), None, body.clone())
            .await,
        400,
        "Idempotency-Key",
    );
    expect(
        "another Idempotency-Key",
        app.post_with(Some("application/json"), Some("r-2"), body.clone())
            .await,
        400,
        "Idempotency-Key",
    );

    // The body.
    let huge = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_BODY_BYTES));
    expect(
        "a body over the limit",
        app.post_with(Some("application/json"), Some("r-1"), huge)
            .await,
        413,
        "(body)",
    );
    for (what, text) in [
        ("empty", String::new()),
        ("not JSON", "not json".to_string()),
        ("truncated", body[..body.len() / 2].to_string()),
        ("trailing text", format!("{body} trailing")),
    ] {
        expect(
            what,
            app.post_with(Some("application/json"), Some("r-1"), text)
                .await,
            400,
            "(report)",
        );
    }
    expect(
        "an array",
        app.post_with(Some("application/json"), Some("r-1"), "[]")
            .await,
        422,
        "(report)",
    );
    let mut invalid_utf8 = body.clone().into_bytes();
    invalid_utf8[20] = 0xff;
    expect(
        "invalid UTF-8",
        app.post_with(Some("application/json"), Some("r-1"), invalid_utf8)
            .await,
        400,
        "(report)",
    );

    // The report's own invariants.
    let json: Value = serde_json::from_str(&body).unwrap();
    for (i, (mutate, field)) in bad_reports().into_iter().enumerate() {
        let mut j = json.clone();
        mutate(&mut j);
        // A report id with a control character cannot travel in the
        // Idempotency-Key header: that report goes under the good one's key,
        // and is still refused for its report_id, which is read first.
        let key = j["report_id"]
            .as_str()
            .filter(|id| !id.chars().any(char::is_control))
            .unwrap_or("r-1")
            .to_string();
        expect(
            &format!("bad input {i}"),
            app.post_with(Some("application/json"), Some(&key), j.to_string())
                .await,
            422,
            field,
        );
    }
    println!("{tried} bad inputs refused");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(tried >= 30, "{tried}");
    assert!(app.stored().is_empty(), "a refused report was stored");

    // The same report, well formed, is then filed: the refusals were not the
    // receiver refusing everything.
    let (status, _) = app.post(&good).await;
    assert_eq!(status, 201);
    assert_eq!(app.stored().len(), 1);
}

#[tokio::test]
async fn other_methods_and_paths_are_json_errors() {
    let app = app();
    let request = axum::http::Request::delete("/api/reports")
        .body(axum::body::Body::empty())
        .unwrap();
    let (status, json, _) = app.request(request).await;
    assert_eq!(status, 405);
    assert_eq!(json["error"], "method not allowed");
    let (status, json, _) = app.get("/api/reports/R-000001/consent-record").await;
    assert_eq!((status, json["field"].as_str()), (404, Some("reference")));
    let (status, _, _) = app.get("/api/nothing").await;
    assert_eq!(status, 404);
}
