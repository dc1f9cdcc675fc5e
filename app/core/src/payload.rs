//! Exactly what leaves the device, built from the `Disclosure` the screen shows.
//!
//! Every type here rejects fields it does not know, so a receiver parsing a
//! report sees exactly what the person was told about and nothing else. Each
//! field is named on the screen: `inventory` holds which line names which.

use crate::conversation::{Message, MessageKind, Sender};
use crate::post::Post;
use crate::profile::Profile;
use crate::report::{Platform, Reason};
use crate::subject::{ReportKind, Subject};
use crate::window::{ContextWindow, EntryRole};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentRole {
    Before,
    Chosen,
    After,
}

/// The content of a sent message. Only kinds that are sent exist here: a
/// system notice or an unsent message cannot be put in a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Content {
    Text {
        text: String,
    },
    /// A link to the photo, which the review team can open; not the file.
    Image {
        media_url: String,
        caption: Option<String>,
        size_bytes: u64,
    },
    Video {
        media_url: String,
        caption: Option<String>,
        duration_seconds: u32,
        size_bytes: u64,
    },
    /// Only the name and size: the file itself is not sent.
    File {
        file_name: String,
        size_bytes: u64,
    },
    Sticker {
        sticker_name: String,
        media_url: String,
    },
}

impl Content {
    pub fn of(kind: &MessageKind) -> Option<Content> {
        Some(match kind.clone() {
            MessageKind::Text { text } => Content::Text { text },
            MessageKind::Image {
                media_url,
                caption,
                size_bytes,
            } => Content::Image {
                media_url,
                caption,
                size_bytes,
            },
            MessageKind::Video {
                media_url,
                caption,
                duration_seconds,
                size_bytes,
            } => Content::Video {
                media_url,
                caption,
                duration_seconds,
                size_bytes,
            },
            MessageKind::File {
                file_name,
                size_bytes,
            } => Content::File {
                file_name,
                size_bytes,
            },
            MessageKind::Sticker {
                sticker_name,
                media_url,
            } => Content::Sticker {
                sticker_name,
                media_url,
            },
            MessageKind::SystemNotice { .. } | MessageKind::Unsent => return None,
        })
    }

    pub fn to_kind(&self) -> MessageKind {
        match self.clone() {
            Content::Text { text } => MessageKind::Text { text },
            Content::Image {
                media_url,
                caption,
                size_bytes,
            } => MessageKind::Image {
                media_url,
                caption,
                size_bytes,
            },
            Content::Video {
                media_url,
                caption,
                duration_seconds,
                size_bytes,
            } => MessageKind::Video {
                media_url,
                caption,
                duration_seconds,
                size_bytes,
            },
            Content::File {
                file_name,
                size_bytes,
            } => MessageKind::File {
                file_name,
                size_bytes,
            },
            Content::Sticker {
                sticker_name,
                media_url,
            } => MessageKind::Sticker {
                sticker_name,
                media_url,
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentSender {
    pub id: String,
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentMessage {
    pub role: SentRole,
    pub id: String,
    pub sender: SentSender,
    /// Seconds since the Unix epoch, UTC.
    pub sent_at: i64,
    pub content: Content,
}

impl SentMessage {
    pub fn to_message(&self) -> Message {
        Message {
            id: self.id.clone(),
            sender: Sender {
                id: self.sender.id.clone(),
                display_name: self.sender.display_name.clone(),
            },
            sent_at: self.sent_at,
            kind: self.content.to_kind(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotSentKind {
    SystemNotice,
    Unsent,
}

/// A row the preview shows as "Not sent": only that it was there, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotSentMark {
    /// The sent message that follows the row in the chat.
    pub before_message_id: String,
    pub kind: NotSentKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub before: usize,
    pub after: usize,
    pub total: usize,
}

/// A reported message with the messages around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageReport {
    pub conversation_id: String,
    pub chosen_message_id: String,
    pub messages: Vec<SentMessage>,
    pub not_sent: Vec<NotSentMark>,
    pub counts: Counts,
}

/// A message received from the reported account: its sender is the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivedMessage {
    pub id: String,
    /// Seconds since the Unix epoch, UTC.
    pub sent_at: i64,
    pub content: Content,
}

/// A reported account: its facts and the latest messages received from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountReport {
    pub profile: Profile,
    /// In chat order.
    pub messages: Vec<ReceivedMessage>,
}

/// What was reported, one of three kinds, each with what it sends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Reported {
    Message(MessageReport),
    Account(AccountReport),
    Post(Post),
}

impl Reported {
    pub fn kind(&self) -> ReportKind {
        match self {
            Reported::Message(_) => ReportKind::Message,
            Reported::Account(_) => ReportKind::Account,
            Reported::Post(_) => ReportKind::Post,
        }
    }

    /// The JSON path of this kind's part of a report, for naming its fields.
    pub fn path(&self) -> String {
        format!("reported.{}", self.kind().id())
    }

    pub(crate) fn of(subject: &Subject) -> Reported {
        match subject {
            Subject::Message {
                conversation_id,
                chosen_message_id,
                window,
            } => Reported::Message(message_report(conversation_id, chosen_message_id, window)),
            Subject::Account { account, received } => Reported::Account(AccountReport {
                profile: account.clone(),
                messages: received
                    .iter()
                    .map(|m| ReceivedMessage {
                        id: m.id.clone(),
                        sent_at: m.sent_at,
                        content: Content::of(&m.kind).expect("received messages are sent kinds"),
                    })
                    .collect(),
            }),
            Subject::Post { post } => Reported::Post(post.clone()),
        }
    }
}

fn message_report(
    conversation_id: &str,
    chosen_message_id: &str,
    window: &ContextWindow,
) -> MessageReport {
    let mut messages = vec![];
    let mut pending_not_sent = vec![];
    let mut not_sent = vec![];
    for entry in &window.entries {
        let role = match entry.role {
            EntryRole::Before => SentRole::Before,
            EntryRole::Chosen => SentRole::Chosen,
            EntryRole::After => SentRole::After,
            EntryRole::NotSent => {
                pending_not_sent.push(match entry.message.kind {
                    MessageKind::Unsent => NotSentKind::Unsent,
                    _ => NotSentKind::SystemNotice,
                });
                continue;
            }
        };
        let m = &entry.message;
        not_sent.extend(pending_not_sent.drain(..).map(|kind| NotSentMark {
            before_message_id: m.id.clone(),
            kind,
        }));
        messages.push(SentMessage {
            role,
            id: m.id.clone(),
            sender: SentSender {
                id: m.sender.id.clone(),
                display_name: m.sender.display_name.clone(),
            },
            sent_at: m.sent_at,
            content: Content::of(&m.kind).expect("sent roles hold sent kinds"),
        });
    }
    MessageReport {
        conversation_id: conversation_id.to_string(),
        chosen_message_id: chosen_message_id.to_string(),
        counts: Counts {
            before: window.before,
            after: window.after,
            total: messages.len(),
        },
        messages,
        not_sent,
    }
}

/// Exactly what leaves the device. Built only from a `Disclosure` and what the
/// person chose on the screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPayload {
    /// Which shape of payload this is (`payload_shape`): this build sends
    /// `PAYLOAD_SHAPE`; a payload without the field is shape 1, and keeps
    /// saying so when stored.
    #[serde(default = "crate::payload_shape::unnumbered")]
    pub payload_shape: u16,
    /// Chosen once per report on the device; the server treats it as an
    /// idempotency key so a retried send never files the report twice.
    pub report_id: String,
    pub reported: Reported,
    pub reason: Reason,
    pub comment: Option<String>,
    pub locale: String,
    pub platform: Platform,
    /// Minutes east of UTC in which the preview showed times.
    pub utc_offset_minutes: i32,
    /// RFC 3339, UTC: when the person pressed "Agree and send".
    pub consented_at: String,
    /// Which build of this component made the report.
    pub client_version: String,
    /// The host app's own version, when the host gives one.
    pub host_app_version: Option<String>,
    /// The approved notice the screen was built from (`notice::notice_version`).
    pub notice_version: String,
    /// The disclosure text exactly as shown (`notice::disclosure_digest`).
    pub disclosure_digest: String,
    /// What the device confirmed on screen before the person could agree.
    /// Always sent by this component; a report without it (a client from
    /// before the check) is still received, and marked unverified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_check: Option<DisplayCheck>,
}

/// The on-device display check's result, as sent. Agreement is possible
/// only after it passed, so a report from this component always says so;
/// the receiver compares the line count with the disclosure it re-renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisplayCheck {
    pub result: DisplayResult,
    /// How many lines of the disclosure (`snapshot::disclosure_lines`) the
    /// page showed readable and equal to the formatted text.
    pub confirmed_lines: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisplayResult {
    Passed,
}

impl ReportPayload {
    pub fn kind(&self) -> ReportKind {
        self.reported.kind()
    }

    /// The reported message and its window, when a message is reported.
    pub fn message_report(&self) -> Option<&MessageReport> {
        match &self.reported {
            Reported::Message(m) => Some(m),
            _ => None,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a payload always serialises")
    }
}
