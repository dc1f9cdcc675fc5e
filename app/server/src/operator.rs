//! Who runs this receiver and how people reach them: what a consent record
//! must name besides the approved notice. The notice itself (operator name,
//! purposes, recipients, countries, retention) comes from report-core's
//! `Policy`, which the approved register is computed from.

use report_core::Policy;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Read from `--operator <file.json>` (the same fields, snake_case). The
/// built-in values are fake examples (`example.invalid` cannot exist): set
/// these for your deployment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperatorSettings {
    /// The law the processing is under: ISO 3166-1 alpha-2 code(s) or text.
    pub jurisdiction: String,
    /// The service the person used, as the receipt names it.
    pub service: String,
    /// A person or office people can write to about their reports.
    pub contact: String,
    pub street_address: String,
    pub locality: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub email: String,
    pub phone: String,
    pub controller_url: String,
    /// The privacy policy that covers reports.
    pub policy_url: String,
    /// How a person withdraws consent to a report they sent.
    pub withdrawal_method: String,
    /// Kantara Consent Receipt 1.1 purpose categories for each purpose id of
    /// the `Policy`: an operator's classification, not shown to the person.
    pub purpose_categories: BTreeMap<String, Vec<String>>,
    /// Recipient ids of the `Policy` that are the operator's own staff; the
    /// others are third parties.
    pub internal_recipients: Vec<String>,
}

impl OperatorSettings {
    pub fn example() -> OperatorSettings {
        let categories = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        OperatorSettings {
            jurisdiction: "JP".into(),
            service: "Message reports".into(),
            contact: "Privacy Office (example: set for your deployment)".into(),
            street_address: "1-1-1 Example-cho, Chiyoda-ku".into(),
            locality: "Tokyo".into(),
            country: "JP".into(),
            email: "privacy@example.invalid".into(),
            phone: "+81-3-0000-0000".into(),
            controller_url: "https://example.invalid/".into(),
            policy_url: "https://example.invalid/privacy#reports".into(),
            withdrawal_method: "Write to privacy@example.invalid with the report reference; \
                the report is deleted unless a review that has started must keep it."
                .into(),
            purpose_categories: [
                (
                    "review",
                    categories(&["Core Function", "3rd Party Sharing for Core Function"]),
                ),
                ("enforce", categories(&["Core Function"])),
                ("protect", categories(&["Core Function"])),
            ]
            .into_iter()
            .map(|(id, c)| (id.to_string(), c))
            .collect(),
            internal_recipients: vec!["trust-safety".into()],
        }
    }

    pub fn read(path: &Path) -> Result<OperatorSettings, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Every purpose of the policy is classified and every internal
    /// recipient is one of its recipients, so no record has a gap.
    pub fn check(&self, policy: &Policy) -> Result<(), String> {
        for purpose in &policy.purposes {
            if self
                .purpose_categories
                .get(purpose)
                .is_none_or(Vec::is_empty)
            {
                return Err(format!(
                    "operator settings: purpose_categories has nothing for purpose \"{purpose}\""
                ));
            }
        }
        for id in &self.internal_recipients {
            if !policy.recipients.contains(id) {
                return Err(format!(
                    "operator settings: internal recipient \"{id}\" is not a recipient of the policy"
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_fits_the_default_policy_and_reads_back_from_json() {
        let example = OperatorSettings::example();
        example.check(&Policy::default()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("operator.json");
        std::fs::write(&path, serde_json::to_string_pretty(&example).unwrap()).unwrap();
        assert_eq!(OperatorSettings::read(&path).unwrap(), example);
    }

    #[test]
    fn gaps_and_unknown_fields_are_refused() {
        let mut s = OperatorSettings::example();
        s.purpose_categories.remove("enforce");
        assert!(s.check(&Policy::default()).unwrap_err().contains("enforce"));
        let mut s = OperatorSettings::example();
        s.internal_recipients.push("nobody".into());
        assert!(s.check(&Policy::default()).unwrap_err().contains("nobody"));
        let mut json = serde_json::to_value(OperatorSettings::example()).unwrap();
        json["fax"] = "1".into();
        assert!(serde_json::from_value::<OperatorSettings>(json).is_err());
    }
}
