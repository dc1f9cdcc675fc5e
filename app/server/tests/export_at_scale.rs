//! 100,000 stored reports read out by `report-server export` (the real
//! binary), page by page: every one once, in filing order, while the
//! process's peak memory stays a fraction of what it wrote.

use report_server::sqlite::{SqliteStore, DATABASE_FILE};
use rusqlite::{params, Connection};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const REPORTS: i64 = 100_000;
/// Each stored payload carries this much text, so the store holds about
/// 100 MiB: a tool that read it all at once would need several times that.
const PADDING: usize = 1024;
/// The export's peak resident memory may not pass this.
const PEAK_LIMIT_KIB: i64 = 64 * 1024;

/// The largest resident set of any child waited for so far, in KiB.
fn children_peak_kib() -> i64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given; RUSAGE_CHILDREN is valid.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    assert_eq!(rc, 0);
    // SAFETY: initialised by the successful call above.
    unsafe { usage.assume_init() }.ru_maxrss
}

#[test]
fn exporting_100_000_reports_streams_each_once_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    drop(SqliteStore::open(dir.path()).unwrap());
    let mut conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO reports (report_id, body_sha256, received_at, payload, verified,
                     notice_version, client_version, platform, locale, kind, consent_record)
                 VALUES (?1, 'h', '2026-12-03T00:00:00Z', ?2, 1, 'n', 'c', 'ios', 'en',
                     'message', '{\"record_id\":\"r\"}')",
            )
            .unwrap();
        let padding = "x".repeat(PADDING);
        for i in 1..=REPORTS {
            let payload = format!(r#"{{"report_id":"e-{i}","padding":"{padding}"}}"#);
            insert.execute(params![format!("e-{i}"), payload]).unwrap();
        }
    }
    tx.commit().unwrap();
    drop(conn);

    let mut child = Command::new(env!("CARGO_BIN_EXE_report-server"))
        .args(["export", "--data"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = 0i64;
    let mut bytes = 0usize;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        lines += 1;
        bytes += line.len();
        // Filing order, each once: line n is report n.
        let expected = format!(r#""report_id":"e-{lines}""#);
        assert!(
            line.contains(&expected),
            "line {lines}: {}",
            &line[..200.min(line.len())]
        );
        assert!(
            line.contains(r#""consent_record":{"record_id":"r"}"#),
            "line {lines}"
        );
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(lines, REPORTS);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("exported 100000 reports"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let peak = children_peak_kib();
    eprintln!(
        "export: {lines} reports, {} MiB written, peak resident {} MiB",
        bytes >> 20,
        peak >> 10
    );
    assert!(
        peak < PEAK_LIMIT_KIB,
        "peak resident memory {peak} KiB for {} MiB exported",
        bytes >> 20
    );
}
