//! What the receiver asks of storage, whatever the database: file a report
//! once per report id, list what was filed, count it for the audit. The
//! SQLite implementation is `sqlite::SqliteStore`; the README says how a
//! Postgres one would keep the same contract for several receivers.

use crate::audit::AuditRow;
use crate::consent_record::ConsentRecord;
use serde::Serialize;
use std::fmt;

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
    pub payload: serde_json::Value,
}

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
    /// Every report, in filing order.
    fn all(&self) -> Result<Vec<StoredReport>, StoreError>;
    /// One report's consent record, by reference.
    fn consent_record(&self, reference: &str) -> Result<Option<serde_json::Value>, StoreError>;
    /// Counts per notice, client, host app, platform, locale and kind.
    fn audit(&self) -> Result<Vec<AuditRow>, StoreError>;
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
