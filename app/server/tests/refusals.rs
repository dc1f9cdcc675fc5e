//! Every way a report is refused: a 4xx JSON answer naming the field, and
//! nothing stored.

mod common;

use common::{app, report};
use report_core::Platform;
use report_server::routes::MAX_BODY_BYTES;
use serde_json::{json, Value};

type Mutation = Box<dyn Fn(&mut Value)>;

/// Invariants of a well-formed report (as in report-core's receiving test),
/// each broken once: (mutation, the field the refusal must name).
fn bad_inputs() -> Vec<(Mutation, &'static str)> {
    vec![
        (Box::new(|j| j["extra"] = json!(1)), "extra"),
        (
            Box::new(|j| j["messages"][0]["sender"]["phone"] = json!("x")),
            "messages[0].sender.phone",
        ),
        (
            Box::new(|j| j["messages"][0]["content"] = json!({"kind": "unsent"})),
            "messages[0].content.kind",
        ),
        (
            Box::new(|j| j["messages"][0]["role"] = json!("chosen")),
            "messages",
        ),
        (
            Box::new(|j| j["messages"][0]["role"] = json!("after")),
            "messages[0].role",
        ),
        (
            Box::new(|j| j["chosen_message_id"] = json!("g01")),
            "messages[5].id",
        ),
        (
            Box::new(|j| j["counts"]["total"] = json!(9)),
            "counts.total",
        ),
        (
            Box::new(|j| j["messages"][1]["id"] = json!("g01")),
            "messages[1].id",
        ),
        (
            Box::new(|j| j["messages"][1]["sent_at"] = json!(-5)),
            "messages[1].sent_at",
        ),
        (
            Box::new(|j| j["messages"][1]["sent_at"] = json!("yesterday")),
            "messages[1].sent_at",
        ),
        (Box::new(|j| j["report_id"] = json!("")), "report_id"),
        (
            Box::new(|j| j["report_id"] = json!("x".repeat(129))),
            "report_id",
        ),
        (
            Box::new(|j| {
                j.as_object_mut().unwrap().remove("notice_version");
            }),
            "(report)",
        ),
        (Box::new(|j| j["reason"] = json!("boredom")), "reason"),
        (Box::new(|j| j["platform"] = json!("symbian")), "platform"),
        (
            Box::new(|j| j["utc_offset_minutes"] = json!(9000)),
            "utc_offset_minutes",
        ),
        (
            Box::new(|j| j["consented_at"] = json!("last tuesday")),
            "consented_at",
        ),
        (
            Box::new(|j| j["disclosure_digest"] = json!("sha256:zz")),
            "disclosure_digest",
        ),
        (
            Box::new(|j| j["not_sent"][0]["before_message_id"] = json!("nope")),
            "not_sent[0].before_message_id",
        ),
        (
            Box::new(|j| j["host_app_version"] = json!("")),
            "host_app_version",
        ),
    ]
}

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
    for (i, (mutate, field)) in bad_inputs().into_iter().enumerate() {
        let mut j = json.clone();
        mutate(&mut j);
        let key = j["report_id"].as_str().unwrap_or("r-1").to_string();
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
