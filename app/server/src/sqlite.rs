//! The reports in one SQLite file under the data directory.
//!
//! Durability: WAL journal with `synchronous=FULL`, so every commit is
//! fsynced to the write-ahead log before `file` returns. A reference given
//! out therefore survives `kill -9` (the commit reached the OS) and power
//! loss (the OS wrote it to the disk), as far as the disk honours fsync.
//!
//! One writer thread owns the writing connection and files the reports
//! waiting for it in one transaction (group commit): one fsync for many
//! reports, and reports are filed in arrival order. A connection behind a
//! `Mutex` did one fsync per report and, the lock being unfair, kept some
//! senders waiting seconds while others went first. Reads use their own
//! connection, which WAL lets run beside the writer.

use crate::audit::{Audit, AuditCounts, AuditGroup, DayOfNotice, DAY_QUERY, GROUP_QUERIES};
use crate::store::{
    delete_after, reference, rfc3339, row_id, Filed, NewReport, Page, PageFill, Purged, Receipt,
    ReportStore, Review, StoreError, StoredReport, MAX_PAGE, PURGE_LISTED,
};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

/// The database file inside the data directory.
pub const DATABASE_FILE: &str = "reports.sqlite3";
/// Held by the serving receiver for as long as it runs.
pub const LOCK_FILE: &str = "receiver.lock";

/// How long a statement waits for another connection's lock (the audit
/// command reading while the server writes) before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Reports filed in one transaction at most: enough to take every waiting
/// sender of a busy receiver, few enough to keep one commit short.
const MAX_BATCH: usize = 256;

/// Schema changes, in order; `PRAGMA user_version` counts those applied.
/// Never edit an applied one: append.
const MIGRATIONS: &[&str] = &[
    // 1: AUTOINCREMENT so that a row id, and so a reference, is never reused
    // once retention deletes the newest rows.
    "CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
        unverified_reason TEXT,
        notice_version TEXT NOT NULL,
        client_version TEXT NOT NULL,
        host_app_version TEXT,
        platform TEXT NOT NULL,
        locale TEXT NOT NULL,
        consent_record TEXT NOT NULL,
        CHECK ((verified = 1) = (unverified_reason IS NULL))
    );
    CREATE UNIQUE INDEX reports_report_id ON reports (report_id);",
    // 2: the kind of each report, so the audit can tell an account's or a
    // post's notice going wrong from a message's. Reports filed before kinds
    // existed were all messages.
    "ALTER TABLE reports ADD COLUMN kind TEXT NOT NULL DEFAULT 'message'
        CHECK (kind IN ('message', 'account', 'post'));
    UPDATE reports SET kind = CASE
        WHEN json_extract(payload, '$.reported.account') IS NOT NULL THEN 'account'
        WHEN json_extract(payload, '$.reported.post') IS NOT NULL THEN 'post'
        ELSE 'message' END;",
    // 3: reviews and retention. Reports filed before were filed under the
    // policy's 180 days, the only value there was. `delete_after` is unix
    // seconds, set when the review closes; the purge reads its index. The
    // purged table keeps the audit's counts of what was deleted.
    "ALTER TABLE reports ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 180
        CHECK (retention_days >= 0);
    ALTER TABLE reports ADD COLUMN review_closed_at TEXT;
    ALTER TABLE reports ADD COLUMN delete_after INTEGER;
    CREATE INDEX reports_delete_after ON reports (delete_after)
        WHERE delete_after IS NOT NULL;
    CREATE TABLE purged (
        notice_version TEXT NOT NULL,
        client_version TEXT NOT NULL,
        host_app_version TEXT,
        platform TEXT NOT NULL,
        locale TEXT NOT NULL,
        kind TEXT NOT NULL,
        unverified_reason TEXT,
        reports INTEGER NOT NULL,
        purged_at TEXT NOT NULL
    );",
];

type Reply = mpsc::SyncSender<Result<Filed, StoreError>>;

pub struct SqliteStore {
    writer: Option<mpsc::Sender<(NewReport, Reply)>>,
    writer_thread: Option<JoinHandle<()>>,
    reader: Mutex<Connection>,
    /// Closing reviews and purging: rare writes, beside the filing writer
    /// (WAL lets one wait for the other's short transaction).
    maintenance: Mutex<Connection>,
    path: PathBuf,
}

/// A connection as every one of this store is: WAL, fsync on commit, a wait
/// for locks rather than an immediate error.
pub fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let context = |e: rusqlite::Error| StoreError(format!("{}: {e}", path.display()));
    let conn = Connection::open_with_flags(path, flags).map_err(context)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(context)?;
    // Before migrating, so that the migration itself is journaled in WAL.
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(context)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError(format!(
            "{}: journal mode is {mode}, not wal",
            path.display()
        )));
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(context)?;
    Ok(conn)
}

impl SqliteStore {
    /// Opens (creating the directory and the database if needed) and
    /// migrates the store in `dir`.
    pub fn open(dir: &Path) -> Result<SqliteStore, StoreError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError(format!("cannot create {}: {e}", dir.display())))?;
        SqliteStore::open_with(dir, OpenFlags::default())
    }

    /// Opens the store in `dir` only if a database is already there: the
    /// audit must not create an empty one when given a wrong directory.
    pub fn open_existing(dir: &Path) -> Result<SqliteStore, StoreError> {
        let path = dir.join(DATABASE_FILE);
        if !path.is_file() {
            return Err(StoreError(format!(
                "no report database at {}",
                path.display()
            )));
        }
        SqliteStore::open_with(
            dir,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    }

    fn open_with(dir: &Path, flags: OpenFlags) -> Result<SqliteStore, StoreError> {
        let path = dir.join(DATABASE_FILE);
        let mut writer = connect(&path, flags)?;
        migrate(&mut writer).map_err(|e| StoreError(format!("{}: {e}", path.display())))?;
        let reader = connect(&path, flags)?;
        let maintenance = connect(&path, flags)?;
        let (send, receive) = mpsc::channel();
        let writer_thread = std::thread::Builder::new()
            .name("report-writer".into())
            .spawn(move || write_loop(writer, receive))
            .map_err(|e| StoreError(format!("cannot start the writer: {e}")))?;
        Ok(SqliteStore {
            writer: Some(send),
            writer_thread: Some(writer_thread),
            reader: Mutex::new(reader),
            maintenance: Mutex::new(maintenance),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn reader(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock left no transaction open (rusqlite
        // rolls back on drop), so the connection is still usable.
        self.reader.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn maintenance(&self) -> MutexGuard<'_, Connection> {
        self.maintenance.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for SqliteStore {
    /// Lets the writer finish what it was given and close its connection.
    fn drop(&mut self) {
        self.writer.take();
        if let Some(thread) = self.writer_thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_loop(mut conn: Connection, jobs: mpsc::Receiver<(NewReport, Reply)>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let (reports, replies): (Vec<NewReport>, Vec<Reply>) = batch.into_iter().unzip();
        match file_batch(&mut conn, &reports) {
            Ok(filed) => {
                for (reply, filed) in replies.iter().zip(filed) {
                    // The sender may have given up; the report is filed anyway.
                    let _ = reply.send(Ok(filed));
                }
            }
            // One report must not fail the others: each again, alone.
            Err(_) => {
                for (report, reply) in reports.into_iter().zip(replies) {
                    let filed = file_batch(&mut conn, std::slice::from_ref(&report))
                        .map(|mut f| f.remove(0));
                    let _ = reply.send(filed);
                }
            }
        }
    }
}

fn received_at() -> Result<String, StoreError> {
    rfc3339(time::OffsetDateTime::now_utc())
}

/// Files each report once per report id, all in one transaction: nothing
/// of it is stored unless all of it is.
fn file_batch(conn: &mut Connection, reports: &[NewReport]) -> Result<Vec<Filed>, StoreError> {
    // Immediate: the write lock is taken before any id is looked up, so no
    // other connection can file the same id in between.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let received_at = received_at()?;
    let mut out = Vec::with_capacity(reports.len());
    for report in reports {
        out.push(file_one(&tx, report, &received_at)?);
    }
    tx.commit()?;
    Ok(out)
}

fn file_one(
    tx: &rusqlite::Transaction<'_>,
    report: &NewReport,
    received_at: &str,
) -> Result<Filed, StoreError> {
    // Looked up before inserting: a conflicting INSERT would still use up a
    // row id under AUTOINCREMENT, leaving a gap in the references.
    let existing: Option<(i64, String, bool, Option<String>)> = tx
        .prepare_cached(
            "SELECT id, body_sha256, verified, unverified_reason
             FROM reports WHERE report_id = ?1",
        )?
        .query_row([&report.report_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    if let Some((id, sha, verified, reason)) = existing {
        return Ok(if sha == report.body_sha256 {
            Filed::Duplicate(receipt(id, verified, reason))
        } else {
            Filed::Conflict
        });
    }
    let id: i64 = tx
        .prepare_cached(
            "INSERT INTO reports (report_id, body_sha256, received_at, payload, verified,
                 unverified_reason, notice_version, client_version, host_app_version,
                 platform, locale, kind, retention_days, consent_record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, '{}')
             RETURNING id",
        )?
        .query_row(
            params![
                report.report_id,
                report.body_sha256,
                received_at,
                report.payload_json,
                report.verified,
                report.unverified_reason,
                report.notice_version,
                report.client_version,
                report.host_app_version,
                report.platform,
                report.locale,
                report.kind,
                report.retention_days,
            ],
            |r| r.get(0),
        )?;
    // The record names the reference, which exists only now.
    let mut record = report.consent_record.clone();
    record.set_reference(&reference(id));
    let record = serde_json::to_string(&record)
        .map_err(|e| StoreError(format!("cannot serialise the consent record: {e}")))?;
    tx.prepare_cached("UPDATE reports SET consent_record = ?1 WHERE id = ?2")?
        .execute(params![record, id])?;
    Ok(Filed::New(receipt(
        id,
        report.verified,
        report.unverified_reason.clone(),
    )))
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let applied: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let applied = usize::try_from(applied).unwrap_or(usize::MAX);
    if applied > MIGRATIONS.len() {
        return Err(StoreError(format!(
            "the database has schema version {applied}, newer than this receiver's {}: \
             run a newer receiver",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

/// Keeps a second receiver off the same data directory. The store itself
/// would stay consistent (SQLite locks), but two demo servers sharing one
/// directory show each other's reports, which is never what was meant.
/// The lock is the OS's: it goes with the process, even on `kill -9`.
pub fn lock_data_dir(dir: &Path) -> Result<File, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(LOCK_FILE);
    let file = File::create(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(format!(
            "another report-server is using the data directory {} (it holds {}); \
             give each receiver its own --data",
            dir.display(),
            path.display()
        )),
        Err(std::fs::TryLockError::Error(e)) => Err(format!("cannot lock {}: {e}", path.display())),
    }
}

fn receipt(id: i64, verified: bool, unverified_reason: Option<String>) -> Receipt {
    Receipt {
        reference: reference(id),
        verified,
        unverified_reason,
    }
}

impl ReportStore for SqliteStore {
    fn file(&self, report: NewReport) -> Result<Filed, StoreError> {
        let stopped = || StoreError("the report writer has stopped".into());
        let (reply, answer) = mpsc::sync_channel(1);
        self.writer
            .as_ref()
            .ok_or_else(stopped)?
            .send((report, reply))
            .map_err(|_| stopped())?;
        answer.recv().map_err(|_| stopped())?
    }

    fn page(&self, after: i64, limit: usize) -> Result<Page, StoreError> {
        let limit = limit.clamp(1, MAX_PAGE);
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(
            "SELECT id, report_id, received_at, verified, unverified_reason, notice_version,
                    review_closed_at, retention_days, delete_after, payload
             FROM reports WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after, limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                StoredReport {
                    reference: reference(r.get(0)?),
                    report_id: r.get(1)?,
                    received_at: r.get(2)?,
                    verified: r.get(3)?,
                    unverified_reason: r.get(4)?,
                    notice_version: r.get(5)?,
                    review: Review {
                        closed_at: r.get(6)?,
                        retention_days: r.get(7)?,
                        delete_after: None,
                    },
                    payload: serde_json::Value::Null,
                },
                r.get::<_, Option<i64>>(8)?,
                r.get::<_, String>(9)?,
            ))
        })?;
        let mut fill = PageFill::new(limit);
        for row in rows {
            let (_, mut report, delete_at, payload) = row?;
            report.review.delete_after = delete_at.map(unix_rfc3339).transpose()?;
            if !fill.push(report, &payload)? {
                break;
            }
        }
        Ok(fill.page())
    }

    fn consent_record(&self, reference: &str) -> Result<Option<serde_json::Value>, StoreError> {
        let Some(id) = row_id(reference) else {
            return Ok(None);
        };
        let conn = self.reader();
        let text: Option<String> = conn
            .prepare_cached("SELECT consent_record FROM reports WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        text.map(|t| {
            serde_json::from_str(&t).map_err(|e| {
                StoreError(format!(
                    "{reference}: stored consent record is not JSON: {e}"
                ))
            })
        })
        .transpose()
    }

    fn audit(&self) -> Result<Audit, StoreError> {
        let mut conn = self.reader();
        // One snapshot for every count: a report filed between two queries
        // would otherwise be in the days and not in the groups.
        let tx = conn.transaction()?;
        let mut counts = AuditCounts::default();
        for (sql, purged) in GROUP_QUERIES {
            let mut stmt = tx.prepare_cached(sql)?;
            let groups = stmt.query_map([], |r| {
                Ok((
                    AuditGroup {
                        notice_version: r.get(0)?,
                        client_version: r.get(1)?,
                        host_app_version: r.get(2)?,
                        platform: r.get(3)?,
                        locale: r.get(4)?,
                        kind: r.get(5)?,
                    },
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, i64>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })?;
            for group in groups {
                let (group, reason, n, last) = group?;
                counts.add(group, reason, n.unsigned_abs(), purged, last);
            }
        }
        let days = tx
            .prepare_cached(DAY_QUERY)?
            .query_map([], |r| {
                Ok(DayOfNotice {
                    day: r.get(0)?,
                    notice_version: r.get(1)?,
                    reports: r.get::<_, i64>(2)?.unsigned_abs(),
                    unverified: r.get::<_, i64>(3)?.unsigned_abs(),
                    first_received_at: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        tx.commit()?;
        Ok(Audit::of(counts.rows(), days))
    }

    fn close_review(
        &self,
        reference: &str,
        at: time::OffsetDateTime,
    ) -> Result<Option<Review>, StoreError> {
        let Some(id) = row_id(reference) else {
            return Ok(None);
        };
        let mut conn = self.maintenance();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(Option<String>, u32)> = tx
            .query_row(
                "SELECT review_closed_at, retention_days FROM reports WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((closed_before, retention_days)) = found else {
            return Ok(None);
        };
        if closed_before.is_none() {
            let until = delete_after(at, retention_days);
            tx.execute(
                "UPDATE reports SET review_closed_at = ?1, delete_after = ?2 WHERE id = ?3",
                params![rfc3339(at)?, until.unix_timestamp(), id],
            )?;
        }
        let review: (Option<String>, Option<i64>) = tx.query_row(
            "SELECT review_closed_at, delete_after FROM reports WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        tx.commit()?;
        Ok(Some(Review {
            closed_at: review.0,
            retention_days,
            delete_after: review.1.map(unix_rfc3339).transpose()?,
        }))
    }

    fn purge(&self, now: time::OffsetDateTime, dry_run: bool) -> Result<Purged, StoreError> {
        let now_unix = now.unix_timestamp();
        let mut conn = self.maintenance();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let reports: i64 = tx.query_row(
            "SELECT COUNT(*) FROM reports WHERE delete_after <= ?1",
            [now_unix],
            |r| r.get(0),
        )?;
        let references = tx
            .prepare("SELECT id FROM reports WHERE delete_after <= ?1 ORDER BY id LIMIT ?2")?
            .query_map(params![now_unix, PURGE_LISTED as i64], |r| {
                r.get::<_, i64>(0)
            })?
            .map(|id| id.map(reference))
            .collect::<Result<Vec<_>, _>>()?;
        if !dry_run && reports > 0 {
            tx.execute(
                "INSERT INTO purged (notice_version, client_version, host_app_version, platform,
                     locale, kind, unverified_reason, reports, purged_at)
                 SELECT notice_version, client_version, host_app_version, platform, locale,
                        kind, unverified_reason, COUNT(*), ?2
                 FROM reports WHERE delete_after <= ?1
                 GROUP BY notice_version, client_version, host_app_version, platform, locale,
                          kind, unverified_reason",
                params![now_unix, rfc3339(now)?],
            )?;
            tx.execute("DELETE FROM reports WHERE delete_after <= ?1", [now_unix])?;
            tx.commit()?;
        }
        Ok(Purged {
            reports: reports.unsigned_abs(),
            references,
        })
    }
}

fn unix_rfc3339(seconds: i64) -> Result<String, StoreError> {
    let t = time::OffsetDateTime::from_unix_timestamp(seconds)
        .map_err(|e| StoreError(format!("stored time {seconds} is out of range: {e}")))?;
    rfc3339(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_filed_before_kinds_existed_are_counted_by_their_kind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        let old = Connection::open(&path).unwrap();
        old.execute_batch(MIGRATIONS[0]).unwrap();
        old.pragma_update(None, "user_version", 1).unwrap();
        for (id, payload) in [
            ("a", r#"{"reported":{"account":{"profile":{}}}}"#),
            ("b", r#"{"reported":{"post":{"id":"p"}}}"#),
            ("c", r#"{"messages":[]}"#),
        ] {
            old.execute(
                "INSERT INTO reports (report_id, body_sha256, received_at, payload, verified,
                     notice_version, client_version, platform, locale, consent_record)
                 VALUES (?1, 'h', 't', ?2, 1, 'n', 'c', 'ios', 'en', '{}')",
                params![id, payload],
            )
            .unwrap();
        }
        drop(old);
        let store = SqliteStore::open(dir.path()).unwrap();
        let kinds: Vec<String> = store
            .audit()
            .unwrap()
            .rows
            .into_iter()
            .map(|r| r.group.kind)
            .collect();
        assert_eq!(kinds, ["account", "message", "post"]);
    }

    #[test]
    fn migrations_run_once_and_a_newer_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        let version: i64 = store
            .reader()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
        drop(store);
        // What every connection of the store, the writer's too, is opened with.
        let conn = connect(&dir.path().join(DATABASE_FILE), OpenFlags::default()).unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let sync: i64 = conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "FULL");
        drop(conn);
        // Reopening applies nothing twice (a second CREATE TABLE would fail).
        let store = SqliteStore::open(dir.path()).unwrap();
        store
            .reader()
            .pragma_update(None, "user_version", MIGRATIONS.len() as i64 + 1)
            .unwrap();
        drop(store);
        let err = SqliteStore::open(dir.path()).err().unwrap();
        assert!(err.0.contains("newer than this receiver"), "{err}");
    }

    #[test]
    fn the_audit_does_not_create_a_database() {
        let dir = tempfile::tempdir().unwrap();
        let err = SqliteStore::open_existing(dir.path()).err().unwrap();
        assert!(err.0.contains("no report database"), "{err}");
        assert!(!dir.path().join(DATABASE_FILE).exists());
    }

    #[test]
    fn a_second_receiver_is_kept_off_the_data_directory() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock_data_dir(dir.path()).unwrap();
        let err = lock_data_dir(dir.path()).unwrap_err();
        assert!(err.contains("another report-server"), "{err}");
        drop(held);
        lock_data_dir(dir.path()).unwrap();
    }

    fn new_report(id: &str) -> NewReport {
        let receiver = crate::receive::Receiver::new(
            crate::receive::approved().unwrap(),
            crate::operator::OperatorSettings::example(),
        )
        .unwrap();
        let wording = report_core::Wording::shipped("en").unwrap();
        let p = report_fixtures::sample_report::case_report(
            &wording,
            report_core::Platform::Ios,
            &report_fixtures::SCENARIOS[0],
            id,
        )
        .unwrap();
        receiver.prepare(Some(id), p.to_json().as_bytes()).unwrap()
    }

    #[test]
    fn concurrent_sends_of_one_report_file_it_once_and_one_bad_row_fails_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = std::sync::Arc::new(SqliteStore::open(dir.path()).unwrap());
        let same = new_report("same");
        let mut other = new_report("same");
        other.body_sha256 = "0".repeat(64);
        let mut broken = new_report("broken");
        // Violates the table's CHECK: verified with a reason.
        broken.unverified_reason = Some("x".into());
        assert!(matches!(store.file(same.clone()), Ok(Filed::New(_))));
        let mut jobs = vec![];
        for i in 0..40 {
            let report = match i {
                7 => other.clone(),
                13 => broken.clone(),
                _ if i % 2 == 0 => same.clone(),
                _ => new_report(&format!("r-{i}")),
            };
            let store = store.clone();
            jobs.push(std::thread::spawn(move || (i, store.file(report))));
        }
        let mut new = 0;
        let mut duplicates = 0;
        for job in jobs {
            match job.join().unwrap() {
                (13, result) => assert!(result.is_err(), "the broken row was stored"),
                (7, result) => assert!(matches!(result, Ok(Filed::Conflict)), "{result:?}"),
                (_, Ok(Filed::New(_))) => new += 1,
                (_, Ok(Filed::Duplicate(_))) => duplicates += 1,
                (i, other) => panic!("{i}: {other:?}"),
            }
        }
        let all = store.all().unwrap();
        // "same" once, and the 18 reports of other ids.
        assert_eq!((new, duplicates), (18, 20));
        assert_eq!(all.len(), 19);
        assert_eq!(all.iter().filter(|r| r.report_id == "same").count(), 1);
        assert!(all.iter().all(|r| r.report_id != "broken"));
        // Neither the conflict nor the rolled-back bad row used up a reference.
        let references: Vec<&str> = all.iter().map(|r| r.reference.as_str()).collect();
        let expected: Vec<String> = (1..=19).map(reference).collect();
        assert_eq!(references, expected);
    }

    #[test]
    fn a_bad_report_in_a_batch_fails_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        let mut conn = connect(&path, OpenFlags::default()).unwrap();
        migrate(&mut conn).unwrap();
        let mut broken = new_report("broken");
        // Violates the table's CHECK: verified with a reason.
        broken.unverified_reason = Some("x".into());
        // All three wait before the writer starts, so they are one batch.
        let (jobs, waiting) = mpsc::channel();
        let answers: Vec<_> = [new_report("a"), broken, new_report("b")]
            .into_iter()
            .map(|report| {
                let (reply, answer) = mpsc::sync_channel(1);
                jobs.send((report, reply)).unwrap();
                answer
            })
            .collect();
        drop(jobs);
        write_loop(conn, waiting);
        let filed: Vec<_> = answers.iter().map(|a| a.recv().unwrap()).collect();
        assert!(matches!(filed[0], Ok(Filed::New(_))), "{filed:?}");
        assert!(filed[1].is_err(), "{filed:?}");
        assert!(matches!(filed[2], Ok(Filed::New(_))), "{filed:?}");
        let ids: Vec<String> = SqliteStore::open(dir.path())
            .unwrap()
            .all()
            .unwrap()
            .into_iter()
            .map(|r| r.report_id)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }
}
