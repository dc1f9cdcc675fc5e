//! What the receiver asks of storage, whatever the database: file a report
//! once per report id, list what was filed a page at a time, count it for
//! the audit, close reviews and delete what the notice said would be
//! deleted. The SQLite implementation is `sqlite::SqliteStore`.

use crate::audit::Audit;
use crate::consent_record::ConsentRecord;
use serde::Serialize;
use std::fmt;
use time::OffsetDateTime;

/// A well-formed report, ready to be filed. Built only from a payload that
/// `report_core::verify::parse` accepted.
#[derive(Clone, Debug)]
pub struct NewReport {
    pub report_id: String,
    /// Hex SHA-256 of `payload_json`: tells a retry from a different report
    /// that reuses the id.
    pub body_sha256: String,
    /// The payload re-serialised from its parsed form, so that two sends of
    /// one report compare equal whatever their whitespace or key order.
    pub payload_json: String,
    pub verified: bool,
    pub unverified_reason: Option<String>,
    pub notice_version: String,
    pub client_version: String,
    pub host_app_version: Option<String>,
    pub platform: String,
    pub locale: String,
    /// What was reported: message, account or post (`ReportKind::id`).
    pub kind: String,
    /// Days the report is kept after its review ends, as the notice shown
    /// for it said (the receiver's `Policy`, which the approved notices
    /// were rendered from). Kept per report: a later policy never shortens
    /// or stretches what a person was told.
    pub retention_days: u32,
    /// Completed with the reference by the store, which alone knows it.
    pub consent_record: ConsentRecord,
}

/// What the person is told about a filed report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Receipt {
    pub reference: String,
    pub verified: bool,
    pub unverified_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filed {
    /// Stored now, durably: the reference may be given out.
    New(Receipt),
    /// The same report (same id, same canonical body) was stored before.
    Duplicate(Receipt),
    /// Another report was stored under this id; nothing was stored now.
    Conflict,
}

/// A stored report as `GET /api/reports` lists it.
#[derive(Clone, Debug, Serialize)]
pub struct StoredReport {
    pub reference: String,
    pub report_id: String,
    /// RFC 3339, UTC, the receiver's clock.
    pub received_at: String,
    pub verified: bool,
    pub unverified_reason: Option<String>,
    pub notice_version: String,
    pub review: Review,
    pub payload: serde_json::Value,
}

/// Where a report's review stands, and so when it will be deleted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Review {
    /// `None` while the review is open: an open report is never deleted.
    pub closed_at: Option<String>,
    pub retention_days: u32,
    /// RFC 3339: `closed_at` plus `retention_days`.
    pub delete_after: Option<String>,
}

/// At most this many reports in one page, whatever the caller asks.
pub const MAX_PAGE: usize = 1000;
/// A page ends after the report that brings its payloads to this many
/// bytes: a thousand reports of up to 1 MiB each would otherwise be a
/// gigabyte held at once.
pub const PAGE_BYTES: usize = 8 << 20;

/// Fills a page row by row, in filing order: up to `limit` reports, or
/// fewer once their payloads reach `PAGE_BYTES`. Both stores read through
/// it, so a page ends by the same rule on either.
pub struct PageFill {
    reports: Vec<StoredReport>,
    bytes: usize,
    limit: usize,
    full: bool,
}

impl PageFill {
    pub fn new(limit: usize) -> PageFill {
        PageFill {
            reports: vec![],
            bytes: 0,
            limit,
            full: false,
        }
    }

    /// Adds a report whose stored payload text is `payload`; false once
    /// the page holds as much as it may (read no further rows).
    pub fn push(&mut self, mut report: StoredReport, payload: &str) -> Result<bool, StoreError> {
        self.bytes += payload.len();
        report.payload = serde_json::from_str(payload).map_err(|e| {
            StoreError(format!(
                "{}: stored payload is not JSON: {e}",
                report.reference
            ))
        })?;
        self.reports.push(report);
        self.full = self.bytes >= PAGE_BYTES;
        Ok(!self.full && self.reports.len() < self.limit)
    }

    pub fn page(self) -> Page {
        let next_after = (self.full || self.reports.len() == self.limit)
            .then(|| self.reports.last().map(|r| r.reference.clone()))
            .flatten();
        Page {
            reports: self.reports,
            next_after,
        }
    }
}

/// One page of reports in filing order, and where the next one starts.
#[derive(Clone, Debug, Serialize)]
pub struct Page {
    pub reports: Vec<StoredReport>,
    /// The reference of the last report in this page, when more may follow.
    pub next_after: Option<String>,
}

/// What a purge deleted (or, dry, would delete).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Purged {
    pub reports: u64,
    /// The references, oldest first, at most `PURGE_LISTED` of them.
    pub references: Vec<String>,
}

/// A purge names this many references at most in its answer and log.
pub const PURGE_LISTED: usize = 100;

/// Storage failed (disk full, database locked past the timeout, corrupt
/// file). Never caused by the report itself: the sender may retry.
#[derive(Clone, Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError(e.to_string())
    }
}

/// Blocking calls: the server runs them on `spawn_blocking` threads.
pub trait ReportStore: Send + Sync {
    /// Files a report once per report id. Returns only after a new row is
    /// durably committed.
    fn file(&self, report: NewReport) -> Result<Filed, StoreError>;
    /// Up to `limit` (at most `MAX_PAGE`) reports in filing order, after
    /// the report whose row is `after` (0: from the first), ending early
    /// once the payloads reach `PAGE_BYTES`.
    fn page(&self, after: i64, limit: usize) -> Result<Page, StoreError>;
    /// One report's consent record, by reference.
    fn consent_record(&self, reference: &str) -> Result<Option<serde_json::Value>, StoreError>;
    /// Counts per notice, client, host app, platform, locale and kind, the
    /// purged reports included, and per UTC day and notice; before the
    /// register's word (`Audit::with_notices`).
    fn audit(&self) -> Result<Audit, StoreError>;
    /// Ends the review of a report at `at`. `None` if no report has this
    /// reference; a second close keeps the first time, so the deletion date
    /// a report was given never moves.
    fn close_review(
        &self,
        reference: &str,
        at: OffsetDateTime,
    ) -> Result<Option<Review>, StoreError>;
    /// Deletes every report whose `delete_after` is at or before `now`, its
    /// consent record with it, and adds them to the audit's purged counts;
    /// `dry_run` deletes nothing and says what would go.
    fn purge(&self, now: OffsetDateTime, dry_run: bool) -> Result<Purged, StoreError>;

    /// Every report, page by page. For tests and small stores: an
    /// operator's export reads a page at a time (`export`).
    fn all(&self) -> Result<Vec<StoredReport>, StoreError> {
        let mut out = vec![];
        let mut after = 0;
        loop {
            let page = self.page(after, MAX_PAGE)?;
            out.extend(page.reports);
            match page.next_after.as_deref().and_then(row_id) {
                Some(next) => after = next,
                None => return Ok(out),
            }
        }
    }
}

/// RFC 3339 in UTC, as every time the store keeps.
pub fn rfc3339(t: OffsetDateTime) -> Result<String, StoreError> {
    t.to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .map_err(|e| StoreError(format!("cannot format the time {t}: {e}")))
}

/// When a report whose review closed at `closed_at` is deleted.
pub fn delete_after(closed_at: OffsetDateTime, retention_days: u32) -> OffsetDateTime {
    closed_at.saturating_add(time::Duration::days(i64::from(retention_days)))
}

/// References are the row number, so they are sequential and unique for as
/// long as the database lives.
pub fn reference(row_id: i64) -> String {
    format!("R-{row_id:06}")
}

pub fn row_id(reference: &str) -> Option<i64> {
    let digits = reference.strip_prefix("R-")?;
    if digits.len() < 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_back_to_their_row() {
        assert_eq!(reference(1), "R-000001");
        assert_eq!(reference(1_234_567), "R-1234567");
        assert_eq!(row_id("R-000001"), Some(1));
        assert_eq!(row_id("R-1234567"), Some(1_234_567));
        for bad in ["R-1", "000001", "R-00000x", "R-+00001", "r-000001"] {
            assert_eq!(row_id(bad), None, "{bad}");
        }
    }
}
