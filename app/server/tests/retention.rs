//! The real binary deletes on its own schedule what the notice said it
//! would delete, and nothing earlier: a review closed 181 days ago goes, one
//! closed 179 days ago stays (the policy's 180 days, see store_contract.rs
//! for the same rule at any value and at the second).

mod common;

use common::{report, TOKEN};
use report_core::Platform;
use report_server::client::{spawn_receiver_with, stub_page, Client};
use std::time::{Duration, Instant};
use time::format_description::well_known::Rfc3339;

async fn close(client: &Client, reference: &str, days_ago: i64) {
    let at = (time::OffsetDateTime::now_utc() - time::Duration::days(days_ago))
        .format(&Rfc3339)
        .unwrap();
    let a = client
        .post_json(
            &format!("/api/reports/{reference}/close-review"),
            format!(r#"{{"closed_at":"{at}"}}"#).into(),
        )
        .await
        .unwrap();
    assert_eq!(a.status, 200, "{}", a.json);
}

#[test]
fn the_receiver_purges_on_schedule_what_is_past_its_retention() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("dist");
    stub_page(&page).unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, TOKEN).unwrap();
    let server = spawn_receiver_with(
        std::path::Path::new(env!("CARGO_BIN_EXE_report-server")),
        &page,
        &dir.path().join("data"),
        &[
            "--token-file",
            token_file.to_str().unwrap(),
            "--purge-every",
            "1",
        ],
    )
    .unwrap();
    let client = Client::new(&server.base()).with_token(TOKEN);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let mut refs = vec![];
        for id in ["past", "not-yet", "open"] {
            let p = report("en", Platform::Ios, "one-message", id);
            let a = client.post_report(id, p.to_json().into()).await.unwrap();
            assert_eq!(a.status, 201, "{}", a.json);
            refs.push(a.json["reference"].as_str().unwrap().to_string());
        }
        close(&client, &refs[0], 181).await;
        close(&client, &refs[1], 179).await;
        // Waits for the state the next check needs: the past report gone.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let a = client
                .get(&format!("/api/reports/{}/consent-record", refs[0]))
                .await
                .unwrap();
            if a.status == 404 {
                break;
            }
            assert!(Instant::now() < deadline, "never purged: {}", server.log());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let left: Vec<String> = client
            .all_reports()
            .await
            .unwrap()
            .iter()
            .map(|r| r["report_id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(left, ["not-yet", "open"]);
        let audit = client.get("/api/audit").await.unwrap().json;
        assert_eq!(audit["totals"]["purged"], 1, "{audit}");
        assert_eq!(audit["totals"]["total"], 2, "{audit}");
    });
    let log = server.log_with(&["purged 1 reports"]);
    assert!(
        log.contains("purged 1 reports past their retention"),
        "{log}"
    );
}
