//! Reasons, platforms, and the payload built from a `Disclosure`.

use crate::conversation::Message;
use crate::disclosure::Disclosure;
use crate::window::EntryRole;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Spam,
    Harassment,
    Hate,
    Violence,
    Sexual,
    Scam,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::Spam,
        Reason::Harassment,
        Reason::Hate,
        Reason::Violence,
        Reason::Sexual,
        Reason::Scam,
        Reason::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Reason::Spam => "spam",
            Reason::Harassment => "harassment",
            Reason::Hate => "hate",
            Reason::Violence => "violence",
            Reason::Sexual => "sexual",
            Reason::Scam => "scam",
            Reason::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Ios,
    Android,
    Desktop,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Ios, Platform::Android, Platform::Desktop];

    /// Also the value of the Fluent `$platform` selector.
    pub fn id(self) -> &'static str {
        match self {
            Platform::Ios => "ios",
            Platform::Android => "android",
            Platform::Desktop => "desktop",
        }
    }

    pub fn from_id(id: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentRole {
    Before,
    Chosen,
    After,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentMessage {
    pub role: SentRole,
    #[serde(flatten)]
    pub message: Message,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub before: usize,
    pub after: usize,
    pub total: usize,
}

/// Exactly what leaves the device. Built only from a `Disclosure` and what the
/// person chose on the screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPayload {
    /// Chosen once per report on the device; the server treats it as an
    /// idempotency key so a retried send never files the report twice.
    pub report_id: String,
    pub conversation_id: String,
    pub chosen_message_id: String,
    pub messages: Vec<SentMessage>,
    pub counts: Counts,
    pub reason: Reason,
    pub comment: Option<String>,
    pub locale: String,
    pub platform: Platform,
    /// RFC 3339, UTC: when the person pressed "Agree and send".
    pub consented_at: String,
    /// Which approved wording the person read (`snapshot::wording_version`).
    pub wording_version: String,
}

pub struct Consent<'a> {
    pub report_id: &'a str,
    pub reason: Reason,
    pub comment: &'a str,
    pub locale: &'a str,
    pub platform: Platform,
    pub consented_at: &'a str,
    pub wording_version: &'a str,
}

impl ReportPayload {
    pub fn build(disclosure: &Disclosure, consent: &Consent<'_>) -> ReportPayload {
        let messages: Vec<SentMessage> = disclosure
            .window
            .entries
            .iter()
            .filter_map(|entry| {
                let role = match entry.role {
                    EntryRole::Before => SentRole::Before,
                    EntryRole::Chosen => SentRole::Chosen,
                    EntryRole::After => SentRole::After,
                    EntryRole::NotSent => return None,
                };
                Some(SentMessage {
                    role,
                    message: entry.message.clone(),
                })
            })
            .collect();
        let comment = consent.comment.trim();
        ReportPayload {
            report_id: consent.report_id.to_string(),
            conversation_id: disclosure.conversation_id.clone(),
            chosen_message_id: disclosure.chosen_message_id.clone(),
            counts: Counts {
                before: disclosure.window.before,
                after: disclosure.window.after,
                total: messages.len(),
            },
            messages,
            reason: consent.reason,
            comment: (!comment.is_empty()).then(|| comment.to_string()),
            locale: consent.locale.to_string(),
            platform: consent.platform,
            consented_at: consent.consented_at.to_string(),
            wording_version: consent.wording_version.to_string(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a payload always serialises")
    }
}
