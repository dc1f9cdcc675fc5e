//! The store contract (`common/store_contract.rs`) on PostgreSQL, each test
//! on a fresh database of one throwaway cluster; then what only a shared
//! database has: several stores (receivers) racing on one database.
//! One test function, so the test binary starts one cluster (about 3 s).

mod common;

use common::postgres_cluster::Cluster;
use common::store_contract::{self, new_report};
use report_server::postgres::PostgresStore;
use report_server::store::{Filed, ReportStore};
use std::collections::HashSet;
use std::sync::{Arc, Barrier};
use std::time::Instant;
use time::macros::datetime;

/// Runs `f` on `n` threads released together, and returns their answers.
fn race<T: Send + 'static>(n: usize, f: impl Fn(usize) -> T + Send + Sync + 'static) -> Vec<T> {
    let f = Arc::new(f);
    let barrier = Arc::new(Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|i| {
            let (f, barrier) = (f.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                f(i)
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

/// A part of the test that needs its own database of the cluster.
type Section = fn(&Cluster);

#[test]
fn postgres_keeps_the_store_contract_and_receivers_share_one_database() {
    let cluster = Cluster::start();
    eprintln!("postgres: cluster started in {:?}", cluster.started_in);

    let started = Instant::now();
    for (i, (name, test)) in store_contract::all().into_iter().enumerate() {
        let url = cluster.create_database(&format!("contract_{i}"));
        let store = PostgresStore::open(&url).unwrap();
        eprintln!("postgres: {name}");
        test(&store);
    }
    eprintln!("postgres: contract suite in {:?}", started.elapsed());

    let sections: [(&str, Section); 4] = [
        (
            "receivers_starting_together_migrate_once",
            receivers_starting_together_migrate_once,
        ),
        (
            "a_newer_database_is_refused_and_the_audit_creates_nothing",
            a_newer_database_is_refused_and_the_audit_creates_nothing,
        ),
        (
            "racing_receivers_file_once_close_once_and_purge_once",
            racing_receivers_file_once_close_once_and_purge_once,
        ),
        (
            "the_store_works_from_a_runtime_worker",
            the_store_works_from_a_runtime_worker,
        ),
    ];
    for (name, section) in sections {
        let started = Instant::now();
        section(&cluster);
        eprintln!("postgres: {name} in {:?}", started.elapsed());
    }
}

fn receivers_starting_together_migrate_once(cluster: &Cluster) {
    let url = cluster.create_database("migrate");
    let stores = race(6, {
        let url = url.clone();
        move |_| PostgresStore::open(&url).map(|_| ())
    });
    for s in stores {
        s.unwrap();
    }
    assert_eq!(
        cluster.psql(
            "migrate",
            "SELECT string_agg(version::text, ',') FROM schema_version"
        ),
        "1"
    );
}

fn a_newer_database_is_refused_and_the_audit_creates_nothing(cluster: &Cluster) {
    let url = cluster.create_database("newer");
    let err = PostgresStore::open_existing(&url).err().unwrap();
    assert!(err.0.contains("no report tables"), "{err}");
    assert_eq!(
        cluster.psql("newer", "SELECT to_regclass('schema_version') IS NULL"),
        "t"
    );
    drop(PostgresStore::open(&url).unwrap());
    cluster.psql("newer", "INSERT INTO schema_version (version) VALUES (99)");
    let err = PostgresStore::open(&url).err().unwrap();
    assert!(err.0.contains("newer than this receiver"), "{err}");
    // Named by place, never by the URL's password.
    let with_password = url.replace("postgres@", "postgres:s3cret@");
    let err = PostgresStore::open(&with_password).err().unwrap();
    assert!(!err.0.contains("s3cret"), "{err}");
}

/// Two stores are two receivers: separate pools, one database.
fn racing_receivers_file_once_close_once_and_purge_once(cluster: &Cluster) {
    let url = cluster.create_database("race");
    let a = Arc::new(PostgresStore::open(&url).unwrap());
    let b = Arc::new(PostgresStore::open(&url).unwrap());
    let pick = {
        let (a, b) = (a.clone(), b.clone());
        move |i: usize| -> Arc<PostgresStore> {
            if i.is_multiple_of(2) {
                a.clone()
            } else {
                b.clone()
            }
        }
    };

    // 16 senders of one report at once, half to each receiver: one files it.
    let report = new_report("same");
    let answers = race(16, {
        let pick = pick.clone();
        move |i| pick(i).file(report.clone()).unwrap()
    });
    let new: Vec<_> = answers
        .iter()
        .filter_map(|f| match f {
            Filed::New(r) => Some(r.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(new.len(), 1, "{answers:?}");
    for f in &answers {
        assert!(
            matches!(f, Filed::New(r) | Filed::Duplicate(r) if *r == new[0]),
            "{f:?}"
        );
    }
    // Another body under that id, to either receiver: a conflict.
    let mut other = new_report("same");
    other.body_sha256 = "0".repeat(64);
    assert_eq!(b.file(other).unwrap(), Filed::Conflict);

    // Many reports, each sent to both at once: each stored once, and the
    // references, though not without gaps, are never given twice.
    let answers = race(8, {
        let pick = pick.clone();
        move |t| {
            (0..40)
                .map(|i| {
                    pick(t)
                        .file(new_report(&format!("both-{}-{i}", t / 2)))
                        .unwrap()
                })
                .collect::<Vec<_>>()
        }
    });
    let all = a.all().unwrap();
    assert_eq!(all.len(), 1 + 4 * 40);
    let ids: HashSet<&str> = all.iter().map(|r| r.report_id.as_str()).collect();
    assert_eq!(ids.len(), all.len(), "a report id stored twice");
    let refs: HashSet<&str> = all.iter().map(|r| r.reference.as_str()).collect();
    assert_eq!(refs.len(), all.len(), "a reference given twice");
    for filed in answers.iter().flatten() {
        let (Filed::New(r) | Filed::Duplicate(r)) = filed else {
            panic!("{filed:?}")
        };
        assert!(refs.contains(r.reference.as_str()), "{r:?} not stored");
    }

    // Closing at once with different times: one time wins, everywhere.
    let reference = new[0].reference.clone();
    let closed = race(8, {
        let (pick, reference) = (pick.clone(), reference.clone());
        move |i| {
            let at = datetime!(2027-01-10 12:00 UTC) + time::Duration::minutes(i as i64);
            pick(i).close_review(&reference, at).unwrap().unwrap()
        }
    });
    assert!(closed.iter().all(|r| *r == closed[0]), "{closed:?}");
    assert_eq!(a.all().unwrap()[0].review, closed[0]);

    // Close a few more, then purge from both at once: each report counted
    // once in the audit.
    for r in all.iter().skip(1).take(9) {
        b.close_review(&r.reference, datetime!(2027-01-10 12:00 UTC))
            .unwrap()
            .unwrap();
    }
    let later = datetime!(2037-01-01 0:00 UTC);
    let purged = race(6, {
        let pick = pick.clone();
        move |i| pick(i).purge(later, false).unwrap().reports
    });
    assert_eq!(purged.iter().sum::<u64>(), 10, "{purged:?}");
    let audit = a.audit().unwrap().rows;
    assert_eq!(audit.iter().map(|r| r.purged).sum::<u64>(), 10);
    assert_eq!(audit.iter().map(|r| r.total).sum::<u64>(), 4 * 40 + 1 - 10);
}

/// The server calls the store from `spawn_blocking` threads, and the store
/// is opened from a worker of the server's runtime.
fn the_store_works_from_a_runtime_worker(cluster: &Cluster) {
    let url = cluster.create_database("runtime");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let store = Arc::new(PostgresStore::open(&url).unwrap());
        let s = store.clone();
        let filed = tokio::task::spawn_blocking(move || s.file(new_report("rt")))
            .await
            .unwrap()
            .unwrap();
        assert!(matches!(filed, Filed::New(_)), "{filed:?}");
        assert_eq!(store.all().unwrap().len(), 1);
        // Dropped inside the async context, as the server drops its state.
        drop(store);
    });
}
