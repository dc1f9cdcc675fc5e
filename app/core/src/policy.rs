//! What the operator does with a report. Configured per deployment, never
//! hard-coded in the wording: the wording names each item by its id.

use serde::{Deserialize, Serialize};

/// The operator's intended notice: an account report carries "up to the 10
/// most recent messages received" from it.
pub const DEFAULT_ACCOUNT_MESSAGES: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// The operator's name as people know it; a proper noun, not translated.
    pub operator: String,
    /// Each id `x` is worded by the Fluent message `purpose-x`.
    pub purposes: Vec<String>,
    /// Each id `x` is worded by the Fluent message `recipient-x`.
    pub recipients: Vec<String>,
    /// ISO 3166-1 alpha-2 codes; each is worded by `country-XX`.
    pub processing_countries: Vec<String>,
    /// Days the report is kept after its review ends.
    pub retention_days: u32,
    /// Messages taken on each side of the chosen one.
    pub context_size: usize,
    /// Messages received from a reported account that its report carries,
    /// the latest first.
    pub account_messages: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            operator: "Chatline".to_string(),
            purposes: vec![
                "review".to_string(),
                "enforce".to_string(),
                "protect".to_string(),
            ],
            recipients: vec![
                "trust-safety".to_string(),
                "moderation-contractor".to_string(),
            ],
            processing_countries: vec!["JP".to_string(), "KR".to_string(), "PH".to_string()],
            retention_days: 180,
            context_size: crate::window::DEFAULT_CONTEXT_SIZE,
            account_messages: DEFAULT_ACCOUNT_MESSAGES,
        }
    }
}
