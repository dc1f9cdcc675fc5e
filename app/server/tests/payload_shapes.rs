//! Payload shapes across a rollout: the receiver takes the current shape and
//! the one before it, answers a retired shape with a final refusal (410, the
//! client shows it and offers no retry), and a shape newer than it knows
//! with 503 (the client may retry; an updated receiver takes it).

mod common;

use common::{app, app_taking, report};
use report_core::payload_shape::{TakenShapes, PAYLOAD_SHAPE};
use report_core::steps::send_refusal_is_final;
use report_core::Platform;
use serde_json::Value;

/// A report exactly as a client of the previous release sent it: the same
/// fields, without `payload_shape`.
fn previous_release_body(report_id: &str) -> String {
    let mut json: Value =
        serde_json::from_str(&report("ja", Platform::Android, "full-window", report_id).to_json())
            .unwrap();
    assert_eq!(json["payload_shape"], PAYLOAD_SHAPE);
    json.as_object_mut().unwrap().remove("payload_shape");
    json.to_string()
}

#[tokio::test]
async fn during_a_rollout_both_shapes_are_filed_verified_and_stored_as_sent() {
    let app = app();
    let current = report("ja", Platform::Ios, "full-window", "shape-current");
    let (status, answer) = app.post(&current).await;
    assert_eq!(status, 201, "{answer}");
    let body = previous_release_body("shape-previous");
    let (status, answer) = app
        .post_with(
            Some("application/json"),
            Some("shape-previous"),
            body.clone(),
        )
        .await;
    assert_eq!(status, 201, "{answer}");
    // A retry of the same shape-1 body is the same report.
    let (again, second) = app
        .post_with(Some("application/json"), Some("shape-previous"), body)
        .await;
    assert_eq!(again, 200, "{second}");
    assert_eq!(second["reference"], answer["reference"]);

    let stored = app.stored();
    assert_eq!(stored.len(), 2);
    for row in &stored {
        assert!(
            row.verified,
            "{} {:?}",
            row.report_id, row.unverified_reason
        );
        let sent = if row.report_id == "shape-previous" {
            1
        } else {
            PAYLOAD_SHAPE
        };
        assert_eq!(row.payload["payload_shape"], sent, "{}", row.report_id);
    }
}

#[tokio::test]
async fn after_the_rollout_the_previous_shape_is_refused_for_good_and_nothing_is_stored() {
    let app = app_taking(TakenShapes::from_oldest(PAYLOAD_SHAPE).unwrap());
    let (status, answer) = app
        .post_with(
            Some("application/json"),
            Some("old-1"),
            previous_release_body("old-1"),
        )
        .await;
    assert_eq!(status, 410, "{answer}");
    assert_eq!(answer["field"], "payload_shape");
    assert!(
        answer["error"].as_str().unwrap().contains("updated"),
        "{answer}"
    );
    assert!(
        send_refusal_is_final(status),
        "the client must not offer a retry"
    );

    // Answered as retired even when its other fields no longer parse.
    let (status, answer) = app
        .post_with(
            Some("application/json"),
            Some("old-2"),
            r#"{"payload_shape":1,"report_id":"old-2","a_field_long_gone":true}"#,
        )
        .await;
    assert_eq!(status, 410, "{answer}");

    let current = report("ja", Platform::Ios, "full-window", "new-1");
    assert_eq!(app.post(&current).await.0, 201);
    assert_eq!(app.stored().len(), 1);
}

#[tokio::test]
async fn a_shape_newer_than_the_receiver_may_be_retried_and_a_wrong_one_names_the_field() {
    let app = app();
    let mut json: Value =
        serde_json::from_str(&report("en", Platform::Desktop, "full-window", "newer-1").to_json())
            .unwrap();
    json["payload_shape"] = (PAYLOAD_SHAPE + 1).into();
    let (status, answer) = app
        .post_with(Some("application/json"), Some("newer-1"), json.to_string())
        .await;
    assert_eq!(status, 503, "{answer}");
    assert_eq!(answer["field"], "payload_shape");
    assert!(!send_refusal_is_final(status), "the person may retry");

    json["payload_shape"] = "2".into();
    let (status, answer) = app
        .post_with(Some("application/json"), Some("newer-1"), json.to_string())
        .await;
    assert_eq!(
        (status, answer["field"].clone()),
        (422, "payload_shape".into())
    );
    assert!(app.stored().is_empty());
}
