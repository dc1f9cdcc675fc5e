//! The real binary, killed with SIGKILL in the middle of a burst of
//! reports, then restarted on the same data: every reference given out is
//! still there, once, and a full resend files nothing twice.

mod common;

use axum::body::Bytes;
use report_server::client::{spawn_receiver, stub_page, Client, Spawned};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

const REPORTS: usize = 300;
const CLIENTS: usize = 30;
/// The receiver is killed once this many references were given out.
const KILL_AFTER: usize = 100;

fn listed(rows: &[serde_json::Value]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for row in rows {
        out.entry(row["report_id"].as_str().unwrap().to_string())
            .or_default()
            .push(row["reference"].as_str().unwrap().to_string());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_mid_burst_loses_no_reference_and_files_nothing_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("dist");
    let data = tmp.path().join("data");
    stub_page(&page).unwrap();
    let exe = Path::new(env!("CARGO_BIN_EXE_report-server"));

    let reports: Arc<Vec<(String, Bytes)>> = Arc::new(common::burst("crash", REPORTS));

    let first: Arc<Mutex<Option<Spawned>>> =
        Arc::new(Mutex::new(Some(spawn_receiver(exe, &page, &data).unwrap())));
    let client = Client::new(&first.lock().unwrap().as_ref().unwrap().base());
    let given: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let failed = Arc::new(Mutex::new(0usize));
    let mut tasks = vec![];
    for t in 0..CLIENTS {
        let (reports, client, given, first, failed) = (
            reports.clone(),
            client.clone(),
            given.clone(),
            first.clone(),
            failed.clone(),
        );
        tasks.push(tokio::spawn(async move {
            for (id, body) in reports.iter().skip(t).step_by(CLIENTS) {
                match client.post_report(id, body.clone()).await {
                    Ok(a) if a.status == 201 => {
                        let reference = a.json["reference"].as_str().unwrap().to_string();
                        let mut given = given.lock().unwrap();
                        given.insert(id.clone(), reference);
                        if given.len() == KILL_AFTER {
                            // SIGKILL: no shutdown, no flush, as a crash.
                            let mut server = first.lock().unwrap().take().unwrap();
                            server.child.kill().unwrap();
                            server.child.wait().unwrap();
                        }
                    }
                    Ok(a) => panic!("{id}: unexpected answer {} {}", a.status, a.json),
                    Err(_) => *failed.lock().unwrap() += 1,
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert!(
        first.lock().unwrap().is_none(),
        "the receiver was never killed"
    );
    let given = given.lock().unwrap().clone();
    let failed = *failed.lock().unwrap();

    let second = spawn_receiver(exe, &page, &data).unwrap();
    let client = Client::new(&second.base());
    let stored = listed(&client.all_reports().await.unwrap());
    let mut missing = vec![];
    for (id, reference) in &given {
        if stored.get(id) != Some(&vec![reference.clone()]) {
            missing.push(format!("{id} {reference}: stored {:?}", stored.get(id)));
        }
    }
    assert!(
        missing.is_empty(),
        "references given out but not kept:\n{}",
        missing.join("\n")
    );
    assert!(
        stored.values().all(|r| r.len() == 1),
        "a report stored twice"
    );
    let rows_after_restart = stored.len();

    // Every client retries everything, as a browser retries after an error.
    let mut new_filings = 0;
    for (id, body) in reports.iter() {
        let a = client.post_report(id, body.clone()).await.unwrap();
        match given.get(id) {
            Some(reference) => {
                assert_eq!(
                    (a.status, a.json["reference"].as_str()),
                    (200, Some(reference.as_str())),
                    "{id}"
                );
            }
            None if stored.contains_key(id) => {
                // Committed before the kill, answer lost in it.
                assert_eq!(a.status, 200, "{id}: {}", a.json);
                assert_eq!(a.json["reference"].as_str(), Some(stored[id][0].as_str()));
            }
            None => {
                assert_eq!(a.status, 201, "{id}: {}", a.json);
                new_filings += 1;
            }
        }
    }
    let all = listed(&client.all_reports().await.unwrap());
    assert_eq!(all.len(), REPORTS);
    assert!(all.values().all(|r| r.len() == 1), "a report stored twice");
    let mut references: Vec<&String> = all.values().flatten().collect();
    references.sort();
    references.dedup();
    let expected: Vec<String> = (1..=REPORTS).map(|i| format!("R-{i:06}")).collect();
    assert_eq!(
        references,
        expected.iter().collect::<Vec<_>>(),
        "references are unique and without gaps"
    );
    println!(
        "{REPORTS} reports from {CLIENTS} clients; killed with SIGKILL after {KILL_AFTER} references: \
         {} references given out before the kill, {failed} sends failed in or after it; \
         after restart {rows_after_restart} rows ({} committed whose answer was lost), every given \
         reference present once; resending all {REPORTS}: {} duplicates answered with their reference, \
         {new_filings} filed new; {} rows, no report twice",
        given.len(),
        rows_after_restart - given.len(),
        REPORTS - new_filings,
        all.len(),
    );
}
