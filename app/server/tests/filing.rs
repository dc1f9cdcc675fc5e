//! Filing: once per report id, verified or not, listed in filing order,
//! counted for the audit; and the demo page served as before.

mod common;

use common::{app, draft_report, report};
use report_core::verify::parse;
use report_core::{Platform, Policy};

#[tokio::test]
async fn a_retry_gets_the_same_reference_and_another_body_is_refused() {
    let app = app();
    let first = report("ja", Platform::Ios, "full-window", "r-1");
    let (status, json) = app.post(&first).await;
    assert_eq!(status, 201, "{json}");
    assert_eq!(
        json,
        serde_json::json!({"reference": "R-000001", "duplicate": false, "verified": true, "unverified_reason": null,
            "notice_status": "current", "days_since_superseded": null})
    );

    // The retry a browser makes after a lost answer, byte for byte.
    let (status, again) = app.post(&first).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["reference"], "R-000001");
    assert_eq!(again["duplicate"], true);
    assert_eq!(again["verified"], true);

    // The same report laid out differently is still the same report.
    let pretty = serde_json::to_string_pretty(&first).unwrap();
    let (status, again) = app
        .post_with(Some("application/json; charset=utf-8"), Some("r-1"), pretty)
        .await;
    assert_eq!(
        (status, again["reference"].as_str()),
        (200, Some("R-000001"))
    );

    // Another report under the same id: refused, and the first one stays.
    let mut other = first.clone();
    other.comment = Some("a different report".into());
    let (status, json) = app.post(&other).await;
    assert_eq!(status, 409, "{json}");
    assert_eq!(json["field"], "report_id");
    let stored = app.stored();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].payload["comment"], serde_json::Value::Null);
    assert_eq!(
        parse(stored[0].payload.to_string().as_bytes(), &Policy::default()).unwrap(),
        first
    );

    // A new id gets the next reference.
    let (status, json) = app
        .post(&report("en", Platform::Desktop, "one-message", "r-2"))
        .await;
    assert_eq!(
        (status, json["reference"].as_str()),
        (201, Some("R-000002"))
    );
}

#[tokio::test]
async fn an_unverified_report_is_kept_and_marked_with_the_reason() {
    let app = app();
    let draft = draft_report("draft-1");
    let (status, json) = app.post(&draft).await;
    assert_eq!(status, 201, "{json}");
    assert_eq!(json["verified"], false);
    assert_eq!(json["unverified_reason"], "unknown_notice_version");

    // Claiming the approved notice for the draft's text: the digest tells.
    let mut claimed = draft_report("draft-2");
    claimed.notice_version = report("en", Platform::Android, "full-window", "x").notice_version;
    let (status, json) = app.post(&claimed).await;
    assert_eq!(status, 201, "{json}");
    assert_eq!(
        json["unverified_reason"],
        "disclosure_differs_from_approved"
    );

    let (status, listed, headers) = app.get("/api/reports").await;
    assert_eq!(status, 200);
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(listed["next_after"], serde_json::Value::Null);
    let listed = listed["reports"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["reference"], "R-000001");
    assert_eq!(listed[0]["report_id"], "draft-1");
    assert_eq!(listed[0]["verified"], false);
    assert_eq!(listed[0]["unverified_reason"], "unknown_notice_version");
    assert_eq!(listed[0]["notice_version"], draft.notice_version.as_str());
    assert_eq!(listed[0]["payload"]["report_id"], "draft-1");
    assert!(listed[0]["received_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(listed[1]["reference"], "R-000002");

    let (status, record, _) = app.get("/api/reports/R-000001/consent-record").await;
    assert_eq!(status, 200);
    assert_eq!(record["kantara"]["consentReceiptID"], "R-000001");
    assert_eq!(record["iso_27560"]["record_id"], "R-000001");
    assert_eq!(record["kantara"]["language"], "en");
    assert_eq!(record["notice_verification"]["verified"], false);
    assert_eq!(
        record["notice_verification"]["reason"],
        "unknown_notice_version"
    );
}

#[tokio::test]
async fn a_verified_report_keeps_a_consent_record_in_its_notice_language() {
    let app = app();
    let (status, _) = app
        .post(&report("th", Platform::Android, "group-media", "t-1"))
        .await;
    assert_eq!(status, 201);
    let (status, record, _) = app.get("/api/reports/R-000001/consent-record").await;
    assert_eq!(status, 200);
    assert_eq!(record["kantara"]["language"], "th");
    assert_eq!(record["kantara"]["consentReceiptID"], "R-000001");
    assert_eq!(record["notice_verification"]["verified"], true);
    assert_eq!(
        record["notice_verification"]["fields_not_from_verified_notice"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn the_audit_counts_per_notice_and_reason() {
    let app = app();
    for (i, platform) in Platform::ALL.into_iter().enumerate() {
        let (status, _) = app
            .post(&report("ko", platform, "near-start", &format!("k-{i}")))
            .await;
        assert_eq!(status, 201);
    }
    let (status, _) = app
        .post(&report("ko", Platform::Ios, "chosen-last", "k-9"))
        .await;
    assert_eq!(status, 201);
    let (status, _) = app
        .post(&report("ko", Platform::Ios, "account-three", "k-a"))
        .await;
    assert_eq!(status, 201);
    for i in 0..2 {
        let (status, _) = app.post(&draft_report(&format!("d-{i}"))).await;
        assert_eq!(status, 201);
    }
    let (status, audit, _) = app.get("/api/audit").await;
    assert_eq!(status, 200);
    assert_eq!(audit["totals"]["total"], 7);
    assert_eq!(audit["totals"]["verified"], 5);
    assert_eq!(audit["totals"]["unverified"], 2);
    assert_eq!(
        audit["totals"]["unverified_reasons"]["unknown_notice_version"],
        2
    );
    // The drafts' notice is not in the register: counted apart, and alarmed.
    assert_eq!(audit["totals"]["by_notice_status"]["unknown"], 2, "{audit}");
    assert_eq!(audit["totals"]["by_notice_status"]["current"], 5, "{audit}");
    let alarm = audit["alarm"].as_str().unwrap();
    assert!(
        alarm.starts_with("2 stored reports name 1 notice version(s)"),
        "{alarm}"
    );
    let rows = audit["rows"].as_array().unwrap();
    assert_eq!(
        rows.len(),
        5,
        "three ko notices, the account report and the draft: {audit:#}"
    );
    let ios = rows
        .iter()
        .find(|r| r["locale"] == "ko" && r["platform"] == "ios" && r["kind"] == "message")
        .unwrap();
    let account = rows.iter().find(|r| r["kind"] == "account").unwrap();
    assert_eq!(
        (account["total"].as_u64(), account["verified"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(account["notice_version"], ios["notice_version"]);
    assert_eq!(
        (ios["total"].as_u64(), ios["verified"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(ios["host_app_version"], "Chatline demo 1.0");
    let draft = rows.iter().find(|r| r["unverified"] == 2).unwrap();
    assert_eq!(draft["locale"], "en");
    assert_eq!(draft["unverified_reasons"]["unknown_notice_version"], 2);

    // Per UTC day, by notice status: the days of the stored receipt times
    // (a run across midnight spreads them over two).
    let stored = app.stored();
    let per_day = audit["per_day"].as_array().unwrap();
    let days: Vec<&str> = per_day.iter().map(|d| d["day"].as_str().unwrap()).collect();
    let mut stored_days: Vec<&str> = stored.iter().map(|r| &r.received_at[..10]).collect();
    stored_days.dedup();
    assert_eq!(days, stored_days, "{audit:#}");
    let sum = |key: &str| {
        per_day
            .iter()
            .map(|d| d[key].as_u64().unwrap())
            .sum::<u64>()
    };
    assert_eq!(
        [
            "reports",
            "current",
            "superseded",
            "unknown",
            "verified",
            "unverified"
        ]
        .map(sum),
        [7, 5, 0, 2, 5, 2],
        "{audit:#}"
    );
    // The alarm names the draft's notice, when its first report arrived and
    // how many there are.
    let drafts: Vec<_> = stored.iter().filter(|r| !r.verified).collect();
    let first = format!("{}Z", &drafts[0].received_at[..19]);
    let unknown = &audit["unknown_notices"];
    assert_eq!(unknown.as_array().unwrap().len(), 1, "{audit:#}");
    assert_eq!(unknown[0]["notice_version"], drafts[0].notice_version);
    assert_eq!(unknown[0]["first_received_at"], first);
    assert_eq!(unknown[0]["reports"], 2);
    assert!(
        alarm.contains(&format!(
            "{} (first received {first}, 2 reports)",
            drafts[0].notice_version
        )),
        "{alarm}"
    );
}

#[tokio::test]
async fn the_demo_page_is_served_as_before() {
    let app = app();
    let (status, body, headers) = app.get("/").await;
    assert_eq!(status, 200);
    assert!(body.as_str().unwrap().contains("<title>"));
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(
        headers["content-security-policy"],
        report_server::static_files::CSP
    );
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("script-src 'self' 'wasm-unsafe-eval'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "no-cache");
    let (status, _, headers) = app.get("/report.ftl").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/plain; charset=utf-8");
    let (_, _, headers) = app.get("/app.wasm").await;
    assert_eq!(headers["content-type"], "application/wasm");
    assert_eq!(
        headers["content-security-policy"],
        report_server::static_files::CSP
    );
    for path in [
        "/../Cargo.toml",
        "/./index.html",
        "/dist/../../x",
        "/missing.js",
    ] {
        let (status, json, _) = app.get(path).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(json["error"], "not found", "{path}");
    }
    // Outside the page's directory, even when the file exists.
    std::fs::write(app.dir.path().join("secret.txt"), "no").unwrap();
    let (status, _, _) = app.get("/%2e%2e/secret.txt").await;
    assert_eq!(status, 404);
}
