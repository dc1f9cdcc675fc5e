//! Two real receivers on one PostgreSQL database, as behind a load
//! balancer: a burst of reports from many clients to both, a report's
//! retries crossing from one receiver to the other (some sent to both at the
//! same moment), one receiver killed with SIGKILL mid-burst while the other
//! takes over what it did not answer. Then, read through the store: every
//! reference given out is stored once with its report id, no report id is
//! stored twice, and every report sent is stored.

mod common;

use axum::body::Bytes;
use common::postgres_cluster::Cluster;
use report_server::client::{spawn_receiver_on_database, stub_page, Answer, Client, Spawned};
use report_server::postgres::PostgresStore;
use report_server::store::ReportStore;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const REPORTS: usize = 400;
const CLIENTS: usize = 40;
/// Receiver A is killed once this many answers with a reference came back.
const KILL_AFTER: usize = 150;

#[derive(Default)]
struct Seen {
    /// Every reference answered for a report, by either receiver.
    answers: HashMap<String, Vec<String>>,
    new_by: [usize; 2],
    duplicate_by: [usize; 2],
    failed_sends: usize,
}

struct Receivers {
    spawned: Mutex<[Option<Spawned>; 2]>,
    clients: [Client; 2],
    a_killed: AtomicBool,
    answered: AtomicUsize,
    /// Answers counted when A was gone: those in flight still arrived.
    killed_at: AtomicUsize,
}

impl Receivers {
    /// `which`, unless it is the killed one.
    fn alive(&self, which: usize) -> usize {
        if which == 0 && self.a_killed.load(Ordering::SeqCst) {
            1
        } else {
            which
        }
    }

    fn kill_a(&self) {
        if let Some(mut a) = self.spawned.lock().unwrap()[0].take() {
            // SIGKILL: no shutdown, no draining of requests in flight.
            a.child.kill().unwrap();
            a.child.wait().unwrap();
            self.a_killed.store(true, Ordering::SeqCst);
            self.killed_at
                .store(self.answered.load(Ordering::SeqCst), Ordering::SeqCst);
        }
    }

    async fn send(&self, which: usize, id: &str, body: &Bytes, seen: &Mutex<Seen>) -> bool {
        let answer = self.clients[which].post_report(id, body.clone()).await;
        let mut seen = seen.lock().unwrap();
        match answer {
            Ok(Answer { status, json }) if status == 201 || status == 200 => {
                let reference = json["reference"].as_str().unwrap().to_string();
                assert_eq!(json["duplicate"] == true, status == 200, "{id}: {json}");
                if status == 201 {
                    seen.new_by[which] += 1;
                } else {
                    seen.duplicate_by[which] += 1;
                }
                seen.answers.entry(id.into()).or_default().push(reference);
                drop(seen);
                if self.answered.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AFTER {
                    self.kill_a();
                }
                true
            }
            Ok(a) => panic!("{id}: unexpected answer {} {}", a.status, a.json),
            Err(_) => {
                seen.failed_sends += 1;
                false
            }
        }
    }
}

#[test]
fn two_receivers_on_one_database_file_each_report_once_through_a_kill_9() {
    let cluster = Cluster::start();
    let url = cluster.create_database("two");
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("dist");
    stub_page(&page).unwrap();
    let exe = Path::new(env!("CARGO_BIN_EXE_report-server"));

    // Started together: both migrate the empty database at once.
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| spawn_receiver_on_database(exe, &page, &url).unwrap());
        let b = s.spawn(|| spawn_receiver_on_database(exe, &page, &url).unwrap());
        (a.join().unwrap(), b.join().unwrap())
    });
    let receivers = Arc::new(Receivers {
        clients: [Client::new(&a.base()), Client::new(&b.base())],
        spawned: Mutex::new([Some(a), Some(b)]),
        a_killed: AtomicBool::new(false),
        answered: AtomicUsize::new(0),
        killed_at: AtomicUsize::new(0),
    });

    let reports: Arc<Vec<(String, Bytes)>> = Arc::new(common::burst("two", REPORTS));

    let started = Instant::now();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut tasks = vec![];
        for t in 0..CLIENTS {
            let (reports, receivers, seen) = (reports.clone(), receivers.clone(), seen.clone());
            tasks.push(tokio::spawn(async move {
                for (i, (id, body)) in reports.iter().enumerate().skip(t).step_by(CLIENTS) {
                    let (first, other) = (i % 2, (i + 1) % 2);
                    let mut answered = if i % 3 == 0 {
                        // The same report to both at the same moment: the
                        // database decides which one files it.
                        let (x, y) = tokio::join!(
                            receivers.send(receivers.alive(first), id, body, &seen),
                            receivers.send(receivers.alive(other), id, body, &seen),
                        );
                        x || y
                    } else {
                        // Sent to one, then its retry to the other, as a
                        // client whose answer was lost would.
                        let x = receivers
                            .send(receivers.alive(first), id, body, &seen)
                            .await;
                        let y = receivers
                            .send(receivers.alive(other), id, body, &seen)
                            .await;
                        x || y
                    };
                    // Until a reference comes back, retry on whichever
                    // receiver is still up.
                    for _ in 0..20 {
                        if answered {
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        answered = receivers.send(receivers.alive(0), id, body, &seen).await;
                    }
                    assert!(answered, "{id}: never answered");
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
    });
    let burst = started.elapsed();
    assert!(
        receivers.a_killed.load(Ordering::SeqCst),
        "receiver A was never killed"
    );
    let seen = std::mem::take(&mut *seen.lock().unwrap());

    // Read through the store, as a third receiver would.
    let store = PostgresStore::open(&url).unwrap();
    let stored = store.all().unwrap();
    let mut by_id: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in &stored {
        by_id
            .entry(r.report_id.as_str())
            .or_default()
            .push(r.reference.as_str());
    }
    let twice: Vec<_> = by_id.iter().filter(|(_, r)| r.len() > 1).collect();
    assert!(twice.is_empty(), "report ids stored twice: {twice:?}");
    let references: HashSet<&str> = stored.iter().map(|r| r.reference.as_str()).collect();
    assert_eq!(references.len(), stored.len(), "a reference stored twice");
    let mut wrong = vec![];
    for (id, answered) in &seen.answers {
        for reference in answered {
            if by_id.get(id.as_str()) != Some(&vec![reference.as_str()]) {
                wrong.push(format!(
                    "{id} answered {reference}, stored {:?}",
                    by_id.get(id.as_str())
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "answers not as stored:\n{}",
        wrong.join("\n")
    );
    let sent: HashSet<&str> = reports.iter().map(|(id, _)| id.as_str()).collect();
    let lost: Vec<_> = sent.iter().filter(|id| !by_id.contains_key(*id)).collect();
    assert!(lost.is_empty(), "sent but not stored: {lost:?}");
    assert_eq!(stored.len(), REPORTS, "stored what was never sent");
    let audit_total: u64 = store.audit().unwrap().rows.iter().map(|r| r.total).sum();
    assert_eq!(audit_total, REPORTS as u64);

    let answers: usize = seen.answers.values().map(Vec::len).sum();
    println!(
        "{REPORTS} reports from {CLIENTS} clients to two receivers on one database in {burst:.1?}; \
         receiver A sent SIGKILL at answer {KILL_AFTER}, dead at answer {}; {answers} answers with a reference \
         (filed new: A {}, B {}; duplicates: A {}, B {}), {} sends failed in or after the kill; \
         {} rows, each report once, every answered reference stored with its report id; \
         highest reference {}",
        receivers.killed_at.load(Ordering::SeqCst),
        seen.new_by[0],
        seen.new_by[1],
        seen.duplicate_by[0],
        seen.duplicate_by[1],
        seen.failed_sends,
        stored.len(),
        stored.last().map(|r| r.reference.as_str()).unwrap_or("none"),
    );
    drop(store);
    drop(receivers);
}
