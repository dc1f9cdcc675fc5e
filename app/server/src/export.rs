//! `report-server export`: every report with its consent record, one JSON
//! object per line, read a page at a time so memory stays the same whatever
//! the store holds.

use crate::store::{row_id, ReportStore, MAX_PAGE};
use serde_json::json;
use std::io::Write;

/// Writes every report, in filing order; returns how many.
pub fn write_jsonl(store: &dyn ReportStore, out: &mut dyn Write) -> Result<u64, String> {
    let mut after = 0;
    let mut written = 0;
    loop {
        let page = store.page(after, MAX_PAGE).map_err(|e| e.to_string())?;
        for report in &page.reports {
            // A report purged between the page and this read has no record
            // left; it is exported without one rather than stopping.
            let record = store
                .consent_record(&report.reference)
                .map_err(|e| e.to_string())?;
            let line = json!({ "report": report, "consent_record": record });
            serde_json::to_writer(&mut *out, &line).map_err(|e| e.to_string())?;
            out.write_all(b"\n").map_err(|e| e.to_string())?;
            written += 1;
        }
        match page.next_after.as_deref().and_then(row_id) {
            Some(next) => after = next,
            None => break,
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(written)
}
