//! Reports the demo server has received, filed once per report id.

use serde_json::Value;

#[derive(Debug, PartialEq, Eq)]
pub struct Received {
    pub reference: String,
    /// False when this report id was filed before: the same reference is returned.
    pub first: bool,
}

#[derive(Default)]
pub struct ReportStore {
    reports: Vec<(String, String, Value)>,
}

impl ReportStore {
    pub fn receive(&mut self, key: Option<&str>, body: &str) -> Result<Received, String> {
        let payload: Value =
            serde_json::from_str(body).map_err(|e| format!("the report is not JSON: {e}"))?;
        let report_id = payload
            .get("report_id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .ok_or("the report has no report_id")?
            .to_string();
        if key != Some(report_id.as_str()) {
            return Err("the Idempotency-Key header must equal report_id".to_string());
        }
        if let Some((_, reference, _)) = self.reports.iter().find(|(id, _, _)| *id == report_id) {
            return Ok(Received {
                reference: reference.clone(),
                first: false,
            });
        }
        let reference = format!("R-{:06}", self.reports.len() + 1);
        self.reports.push((report_id, reference.clone(), payload));
        Ok(Received {
            reference,
            first: true,
        })
    }

    pub fn all_json(&self) -> String {
        let all: Vec<Value> = self
            .reports
            .iter()
            .map(|(_, reference, payload)| {
                serde_json::json!({ "reference": reference, "payload": payload })
            })
            .collect();
        Value::Array(all).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retried_report_is_filed_once() {
        let mut store = ReportStore::default();
        let body = r#"{"report_id":"abc","messages":[]}"#;
        let first = store.receive(Some("abc"), body).unwrap();
        let again = store.receive(Some("abc"), body).unwrap();
        assert!(first.first && !again.first);
        assert_eq!(first.reference, again.reference);
        let other = store
            .receive(Some("def"), r#"{"report_id":"def"}"#)
            .unwrap();
        assert_ne!(other.reference, first.reference);
        let all: Vec<Value> = serde_json::from_str(&store.all_json()).unwrap();
        assert_eq!(all.len(), 2);
    }

    #[test]
    fn malformed_reports_are_refused() {
        let mut store = ReportStore::default();
        assert!(store.receive(Some("x"), "not json").is_err());
        assert!(store.receive(Some("x"), "{}").is_err());
        assert!(store.receive(None, r#"{"report_id":"x"}"#).is_err());
        assert!(store.receive(Some("y"), r#"{"report_id":"x"}"#).is_err());
        assert_eq!(store.all_json(), "[]");
    }
}
