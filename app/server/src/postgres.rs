//! The reports in a PostgreSQL database, shared by any number of receivers.
//!
//! Filing once per report id across receivers is decided by the unique
//! index on `report_id`: `INSERT ... ON CONFLICT (report_id) DO NOTHING`
//! waits for a racing transaction on the same id to end, so exactly one
//! of them inserts, and the other then reads the committed row to tell a
//! duplicate from a conflict. No lock of the receiver's own is needed.
//!
//! Durability: every connection runs with `synchronous_commit=on` and the
//! store refuses a server with `fsync` off, so `file` returns a reference
//! only once its `COMMIT` is flushed to the server's WAL. Concurrent commits
//! share a flush inside PostgreSQL, which is the group commit the SQLite
//! store has to do itself.
//!
//! The trait is blocking, the driver async: the store runs its own small
//! runtime, which owns the pool's connections, and blocks the calling thread
//! on it. That works from a plain thread, a `spawn_blocking` thread and a
//! worker of a multi-threaded runtime (`block_in_place`), but not from a
//! current-thread runtime's task.

use crate::audit::{Audit, AuditCounts, AuditGroup, DayOfNotice, DAY_QUERY, GROUP_QUERIES};
use crate::store::{
    reference, rfc3339, row_id, Filed, NewReport, Page, PageFill, Purged, Receipt, ReportStore,
    Review, StoreError, StoredReport, MAX_PAGE, PURGE_LISTED,
};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use futures_util::StreamExt;
use std::future::Future;
use std::str::FromStr;
use std::time::Duration;
use tokio_postgres::types::ToSql;
use tokio_postgres::{NoTls, Row};

/// Connections per receiver: more than the two cores of a receiver can
/// keep busy, few enough that several receivers stay well under the
/// server's default `max_connections` (100).
const POOL_SIZE: usize = 16;
/// A caller waits this long for a connection before the sender gets a 503
/// and retries, rather than hanging while the database is unreachable.
const POOL_WAIT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Taken (per transaction) by the receiver that migrates; any number is
/// fine as long as nothing else in the database uses it. "rprtdscl".
const MIGRATION_LOCK: i64 = 0x7270_7274_6473_636c;

/// Schema changes, in order; `schema_version` records those applied. Never
/// edit an applied one: append.
///
/// Times are kept as SQLite keeps them (RFC 3339 text from the receiver's
/// clock, `delete_after` in unix seconds) so that both stores answer with
/// the same strings; `timestamptz` would round `received_at`'s nanoseconds
/// to microseconds. The payload and the consent record stay text, as
/// received: `jsonb` would reorder their keys.
const MIGRATIONS: &[&str] = &[
    // 1: the schema SQLite reached in its three migrations. An identity
    // column so that references come from one sequence for every receiver
    // and a purged row's reference is never given out again.
    "CREATE TABLE reports (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        verified BOOLEAN NOT NULL,
        unverified_reason TEXT,
        notice_version TEXT NOT NULL,
        client_version TEXT NOT NULL,
        host_app_version TEXT,
        platform TEXT NOT NULL,
        locale TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('message', 'account', 'post')),
        retention_days BIGINT NOT NULL CHECK (retention_days BETWEEN 0 AND 4294967295),
        consent_record TEXT NOT NULL,
        review_closed_at TEXT,
        delete_after BIGINT,
        CHECK (verified = (unverified_reason IS NULL))
    );
    CREATE UNIQUE INDEX reports_report_id ON reports (report_id);
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
        reports BIGINT NOT NULL,
        purged_at TEXT NOT NULL
    );",
];

pub struct PostgresStore {
    /// `Some` until dropped: see `Drop`.
    runtime: Option<tokio::runtime::Runtime>,
    pool: Pool,
    place: String,
}

/// Where a URL points, without its user or password: for logs and errors.
pub fn describe(config: &tokio_postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or("(the user's)");
    format!("{host}:{port}/{db}")
}

/// Whether a `--database` value is a PostgreSQL URL (the only kind taken).
pub fn is_url(database: &str) -> bool {
    database.starts_with("postgres://") || database.starts_with("postgresql://")
}

/// Parses a URL, in errors naming neither it nor its password.
pub fn parse_url(url: &str) -> Result<tokio_postgres::Config, StoreError> {
    if !is_url(url) {
        return Err(StoreError(
            "--database takes a postgres:// or postgresql:// URL".into(),
        ));
    }
    tokio_postgres::Config::from_str(url)
        .map_err(|e| StoreError(format!("the --database URL is not valid: {e}")))
}

/// The driver's own message is "db error"; the server's is in the source.
fn db(e: tokio_postgres::Error) -> StoreError {
    match e.as_db_error() {
        Some(d) => StoreError(format!("postgres: {}: {}", d.code().code(), d.message())),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            StoreError(format!("postgres: {text}"))
        }
    }
}

fn pool_error(e: deadpool_postgres::PoolError) -> StoreError {
    match e {
        deadpool_postgres::PoolError::Backend(e) => db(e),
        other => StoreError(format!("postgres connection pool: {other}")),
    }
}

impl PostgresStore {
    /// Connects to the database at `url` and migrates it.
    pub fn open(url: &str) -> Result<PostgresStore, StoreError> {
        PostgresStore::open_with(url, true)
    }

    /// Connects only if the receiver's tables are already there: the audit
    /// must not create them in a wrong database.
    pub fn open_existing(url: &str) -> Result<PostgresStore, StoreError> {
        PostgresStore::open_with(url, false)
    }

    fn open_with(url: &str, create: bool) -> Result<PostgresStore, StoreError> {
        let mut config = parse_url(url)?;
        let place = describe(&config);
        // Whatever the server's or the role's default, a reference is given
        // only after its commit is flushed.
        let options = format!(
            "{} -c synchronous_commit=on",
            config.get_options().unwrap_or_default()
        );
        config.options(options.trim_start());
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("postgres-store")
            .enable_all()
            .build()
            .map_err(|e| StoreError(format!("cannot start the database runtime: {e}")))?;
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                // A connection left in a failed state by a killed request is
                // found and replaced before it is handed out again.
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError(format!("postgres connection pool: {e}")))?;
        let store = PostgresStore {
            runtime: Some(runtime),
            pool,
            place,
        };
        store
            .run(store.prepare(create))
            .map_err(|e| StoreError(format!("{}: {e}", store.place)))?;
        Ok(store)
    }

    /// `host:port/dbname`, never the user or password.
    pub fn place(&self) -> &str {
        &self.place
    }

    fn run<F: Future>(&self, f: F) -> F::Output {
        let runtime = self.runtime.as_ref().expect("present until dropped");
        tokio::task::block_in_place(|| runtime.block_on(f))
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(pool_error)
    }

    async fn prepare(&self, create: bool) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let fsync: String = client
            .query_one("SHOW fsync", &[])
            .await
            .map_err(db)?
            .get(0);
        if fsync != "on" {
            return Err(StoreError(
                "the server runs with fsync off: a reference given out could be lost in a \
                 crash; turn fsync on"
                    .into(),
            ));
        }
        let tx = client.transaction().await.map_err(db)?;
        // Receivers starting together: one migrates, the others wait here
        // and then find the work done.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(db)?;
        let exists: bool = tx
            .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])
            .await
            .map_err(db)?
            .get(0);
        if !exists {
            if !create {
                return Err(StoreError(
                    "no report tables in this database (no schema_version table)".into(),
                ));
            }
            tx.batch_execute(
                "CREATE TABLE schema_version (
                    version INTEGER PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )",
            )
            .await
            .map_err(db)?;
        }
        let applied: i32 = tx
            .query_one("SELECT COALESCE(MAX(version), 0) FROM schema_version", &[])
            .await
            .map_err(db)?
            .get(0);
        let applied = usize::try_from(applied).unwrap_or(usize::MAX);
        if applied > MIGRATIONS.len() {
            return Err(StoreError(format!(
                "the database has schema version {applied}, newer than this receiver's {}: \
                 run a newer receiver",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
            tx.batch_execute(sql).await.map_err(db)?;
            let version = i32::try_from(i + 1).expect("few migrations");
            tx.execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[&version],
            )
            .await
            .map_err(db)?;
        }
        tx.commit().await.map_err(db)
    }

    async fn file_async(&self, report: &NewReport) -> Result<Filed, StoreError> {
        let retention_days = i64::from(report.retention_days);
        let received_at = rfc3339(time::OffsetDateTime::now_utc())?;
        let mut client = self.client().await?;
        let insert = client
            .prepare_cached(
                "INSERT INTO reports (report_id, body_sha256, received_at, payload, verified,
                     unverified_reason, notice_version, client_version, host_app_version,
                     platform, locale, kind, retention_days, consent_record)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, '{}')
                 ON CONFLICT (report_id) DO NOTHING
                 RETURNING id",
            )
            .await
            .map_err(db)?;
        let record_update = client
            .prepare_cached("UPDATE reports SET consent_record = $1 WHERE id = $2")
            .await
            .map_err(db)?;
        let lookup = client
            .prepare_cached(
                "SELECT id, body_sha256, verified, unverified_reason
                 FROM reports WHERE report_id = $1",
            )
            .await
            .map_err(db)?;
        // The row that made the insert do nothing can be purged before the
        // lookup reads it; then the id is free and the insert is tried again.
        for _ in 0..3 {
            let tx = client.transaction().await.map_err(db)?;
            let inserted = tx
                .query_opt(
                    &insert,
                    &[
                        &report.report_id,
                        &report.body_sha256,
                        &received_at,
                        &report.payload_json,
                        &report.verified,
                        &report.unverified_reason,
                        &report.notice_version,
                        &report.client_version,
                        &report.host_app_version,
                        &report.platform,
                        &report.locale,
                        &report.kind,
                        &retention_days,
                    ],
                )
                .await
                .map_err(db)?;
            if let Some(row) = inserted {
                let id: i64 = row.get(0);
                // The record names the reference, which exists only now.
                let mut record = report.consent_record.clone();
                record.set_reference(&reference(id));
                let record = serde_json::to_string(&record)
                    .map_err(|e| StoreError(format!("cannot serialise the consent record: {e}")))?;
                tx.execute(&record_update, &[&record, &id])
                    .await
                    .map_err(db)?;
                tx.commit().await.map_err(db)?;
                return Ok(Filed::New(receipt(
                    id,
                    report.verified,
                    report.unverified_reason.clone(),
                )));
            }
            // Read committed: this statement sees the row the other
            // receiver committed, which the insert waited for.
            let existing = tx
                .query_opt(&lookup, &[&report.report_id])
                .await
                .map_err(db)?;
            tx.commit().await.map_err(db)?;
            if let Some(row) = existing {
                let sha: String = row.get(1);
                return Ok(if sha == report.body_sha256 {
                    Filed::Duplicate(receipt(row.get(0), row.get(2), row.get(3)))
                } else {
                    Filed::Conflict
                });
            }
        }
        Err(StoreError(format!(
            "{}: filed and deleted again while being filed",
            report.report_id
        )))
    }

    async fn page_async(&self, after: i64, limit: usize) -> Result<Page, StoreError> {
        let limit = limit.clamp(1, MAX_PAGE);
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(
                "SELECT id, report_id, received_at, verified, unverified_reason, notice_version,
                        review_closed_at, retention_days, delete_after, payload
                 FROM reports WHERE id > $1 ORDER BY id LIMIT $2",
            )
            .await
            .map_err(db)?;
        // Row by row, so a page that reaches PAGE_BYTES stops reading there.
        let limit_param = limit as i64;
        let rows = client
            .query_raw(&stmt, [&after as &(dyn ToSql + Sync), &limit_param])
            .await
            .map_err(db)?;
        let mut rows = std::pin::pin!(rows);
        let mut fill = PageFill::new(limit);
        while let Some(r) = rows.next().await {
            let r = r.map_err(db)?;
            let payload: String = r.get(9);
            let report = StoredReport {
                reference: reference(r.get(0)),
                report_id: r.get(1),
                received_at: r.get(2),
                verified: r.get(3),
                unverified_reason: r.get(4),
                notice_version: r.get(5),
                review: Review {
                    closed_at: r.get(6),
                    retention_days: retention(&r, 7)?,
                    delete_after: r.get::<_, Option<i64>>(8).map(unix_rfc3339).transpose()?,
                },
                payload: serde_json::Value::Null,
            };
            if !fill.push(report, &payload)? {
                break;
            }
        }
        Ok(fill.page())
    }

    async fn consent_record_async(
        &self,
        reference: &str,
    ) -> Result<Option<serde_json::Value>, StoreError> {
        let Some(id) = row_id(reference) else {
            return Ok(None);
        };
        let client = self.client().await?;
        let stmt = client
            .prepare_cached("SELECT consent_record FROM reports WHERE id = $1")
            .await
            .map_err(db)?;
        let text: Option<String> = client
            .query_opt(&stmt, &[&id])
            .await
            .map_err(db)?
            .map(|r| r.get(0));
        text.map(|t| {
            serde_json::from_str(&t).map_err(|e| {
                StoreError(format!(
                    "{reference}: stored consent record is not JSON: {e}"
                ))
            })
        })
        .transpose()
    }

    async fn audit_async(&self) -> Result<Audit, StoreError> {
        let mut client = self.client().await?;
        // One snapshot for every count: a purge committing between them
        // would otherwise count its reports twice or not at all, and a
        // report filed between them be in the days and not in the groups.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await
            .map_err(db)?;
        let mut counts = AuditCounts::default();
        for (sql, purged) in GROUP_QUERIES {
            for r in tx.query(sql, &[]).await.map_err(db)? {
                let group = AuditGroup {
                    notice_version: r.get(0),
                    client_version: r.get(1),
                    host_app_version: r.get(2),
                    platform: r.get(3),
                    locale: r.get(4),
                    kind: r.get(5),
                };
                let n: i64 = r.get(7);
                counts.add(group, r.get(6), n.unsigned_abs(), purged, r.get(8));
            }
        }
        let days = tx
            .query(DAY_QUERY, &[])
            .await
            .map_err(db)?
            .iter()
            .map(|r| DayOfNotice {
                day: r.get(0),
                notice_version: r.get(1),
                reports: r.get::<_, i64>(2).unsigned_abs(),
                unverified: r.get::<_, i64>(3).unsigned_abs(),
                first_received_at: r.get(4),
            })
            .collect();
        tx.commit().await.map_err(db)?;
        Ok(Audit::of(counts.rows(), days))
    }

    async fn close_review_async(
        &self,
        reference: &str,
        at: time::OffsetDateTime,
    ) -> Result<Option<Review>, StoreError> {
        let Some(id) = row_id(reference) else {
            return Ok(None);
        };
        let client = self.client().await?;
        // One statement: of receivers closing at once, the first to update
        // wins; the others wait for its row lock, find the review closed
        // and change nothing. The days are added here, from the row, as
        // `store::delete_after` adds them (saturating at the latest date).
        let latest = time::PrimitiveDateTime::MAX.assume_utc().unix_timestamp();
        let closing = at.unix_timestamp();
        client
            .execute(
                "UPDATE reports
                 SET review_closed_at = $2,
                     delete_after = LEAST($3::BIGINT + retention_days * 86400, $4::BIGINT)
                 WHERE id = $1 AND review_closed_at IS NULL",
                &[&id, &rfc3339(at)?, &closing, &latest],
            )
            .await
            .map_err(db)?;
        let Some(row) = client
            .query_opt(
                "SELECT review_closed_at, retention_days, delete_after FROM reports WHERE id = $1",
                &[&id],
            )
            .await
            .map_err(db)?
        else {
            return Ok(None);
        };
        Ok(Some(Review {
            closed_at: row.get(0),
            retention_days: retention(&row, 1)?,
            delete_after: row.get::<_, Option<i64>>(2).map(unix_rfc3339).transpose()?,
        }))
    }

    async fn purge_async(
        &self,
        now: time::OffsetDateTime,
        dry_run: bool,
    ) -> Result<Purged, StoreError> {
        let now_unix = now.unix_timestamp();
        let listed = PURGE_LISTED as i64;
        let client = self.client().await?;
        let row = if dry_run {
            client
                .query_one(
                    "SELECT (SELECT COUNT(*) FROM reports WHERE delete_after <= $1),
                            ARRAY(SELECT id FROM reports WHERE delete_after <= $1
                                  ORDER BY id LIMIT $2)",
                    &[&now_unix, &listed],
                )
                .await
                .map_err(db)?
        } else {
            // One statement, so one transaction: the counts come from the
            // rows this statement deleted. A receiver purging at the same
            // time waits for these rows' locks, finds them gone and counts
            // nothing twice.
            client
                .query_one(
                    "WITH gone AS (
                         DELETE FROM reports WHERE delete_after <= $1
                         RETURNING id, notice_version, client_version, host_app_version,
                                   platform, locale, kind, unverified_reason
                     ), counted AS (
                         INSERT INTO purged (notice_version, client_version, host_app_version,
                             platform, locale, kind, unverified_reason, reports, purged_at)
                         SELECT notice_version, client_version, host_app_version, platform,
                                locale, kind, unverified_reason, COUNT(*), $3
                         FROM gone
                         GROUP BY notice_version, client_version, host_app_version, platform,
                                  locale, kind, unverified_reason
                     )
                     SELECT (SELECT COUNT(*) FROM gone),
                            ARRAY(SELECT id FROM gone ORDER BY id LIMIT $2)",
                    &[&now_unix, &listed, &rfc3339(now)?],
                )
                .await
                .map_err(db)?
        };
        let reports: i64 = row.get(0);
        let ids: Vec<i64> = row.get(1);
        Ok(Purged {
            reports: reports.unsigned_abs(),
            references: ids.into_iter().map(reference).collect(),
        })
    }
}

impl Drop for PostgresStore {
    /// A runtime dropped inside an async context (the server drops its
    /// state in one) panics; this one's tasks are only idle connections.
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

fn retention(row: &Row, i: usize) -> Result<u32, StoreError> {
    let days: i64 = row.get(i);
    u32::try_from(days).map_err(|_| StoreError(format!("stored retention {days} is out of range")))
}

fn receipt(id: i64, verified: bool, unverified_reason: Option<String>) -> Receipt {
    Receipt {
        reference: reference(id),
        verified,
        unverified_reason,
    }
}

fn unix_rfc3339(seconds: i64) -> Result<String, StoreError> {
    let t = time::OffsetDateTime::from_unix_timestamp(seconds)
        .map_err(|e| StoreError(format!("stored time {seconds} is out of range: {e}")))?;
    rfc3339(t)
}

impl ReportStore for PostgresStore {
    fn file(&self, report: NewReport) -> Result<Filed, StoreError> {
        self.run(self.file_async(&report))
    }

    fn page(&self, after: i64, limit: usize) -> Result<Page, StoreError> {
        self.run(self.page_async(after, limit))
    }

    fn consent_record(&self, reference: &str) -> Result<Option<serde_json::Value>, StoreError> {
        self.run(self.consent_record_async(reference))
    }

    fn audit(&self) -> Result<Audit, StoreError> {
        self.run(self.audit_async())
    }

    fn close_review(
        &self,
        reference: &str,
        at: time::OffsetDateTime,
    ) -> Result<Option<Review>, StoreError> {
        self.run(self.close_review_async(reference, at))
    }

    fn purge(&self, now: time::OffsetDateTime, dry_run: bool) -> Result<Purged, StoreError> {
        self.run(self.purge_async(now, dry_run))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_described_without_their_password() {
        let config = parse_url("postgres://alice:s3cret@db.example:6432/reports").unwrap();
        assert_eq!(describe(&config), "db.example:6432/reports");
        let config = parse_url("postgresql://u:pw@127.0.0.1/r?host=/tmp/sock").unwrap();
        assert!(!describe(&config).contains("pw"));
        let err = parse_url("mysql://u:s3cret@h/db").unwrap_err();
        assert!(!err.0.contains("s3cret"), "{err}");
        let err = parse_url("postgres://u:s3cret@h:notaport/db").unwrap_err();
        assert!(!err.0.contains("s3cret"), "{err}");
    }
}
