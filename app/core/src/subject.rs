//! What a report is about: a message (with the messages around it), an
//! account (its facts and the latest messages received from it) or a post.
//! The host asks with a `ReportRequest`; the core selects what is sent.

use crate::conversation::{Conversation, Message};
use crate::post::Post;
use crate::profile::Profile;
use crate::window::{check_unique_ids, ContextWindow, WindowError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportKind {
    Message,
    Account,
    Post,
}

impl ReportKind {
    pub const ALL: [ReportKind; 3] = [ReportKind::Message, ReportKind::Account, ReportKind::Post];

    pub fn id(self) -> &'static str {
        match self {
            ReportKind::Message => "message",
            ReportKind::Account => "account",
            ReportKind::Post => "post",
        }
    }

    pub fn from_id(id: &str) -> Option<ReportKind> {
        ReportKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The Fluent id of a piece of wording for this kind: a message report
    /// uses `base` itself, the others `base-account` and `base-post`. Every
    /// kind's wording is its own message, so each kind's notice is approved
    /// as it reads, with no fallback from one kind to another.
    pub fn wording_id(self, base: &str) -> String {
        match self {
            ReportKind::Message => base.to_string(),
            other => format!("{base}-{}", other.id()),
        }
    }

    /// The counts this kind's disclosure headline (`disclosure-headline`,
    /// by `wording_id`) is given, and every locale must state: how much of
    /// this kind leaves the device. The wording check requires each one.
    pub fn headline_counts(self) -> &'static [&'static str] {
        match self {
            ReportKind::Message => &["total", "before", "after"],
            ReportKind::Account => &["received"],
            ReportKind::Post => &["media"],
        }
    }
}

/// What the host asks to report, as it holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportRequest {
    Message {
        conversation: Conversation,
        message_id: String,
    },
    /// From the account's profile; `conversation` is the person's chat with
    /// it, if they have one.
    Account {
        account: Profile,
        conversation: Option<Conversation>,
    },
    Post {
        post: Post,
    },
}

impl ReportRequest {
    pub fn kind(&self) -> ReportKind {
        match self {
            ReportRequest::Message { .. } => ReportKind::Message,
            ReportRequest::Account { .. } => ReportKind::Account,
            ReportRequest::Post { .. } => ReportKind::Post,
        }
    }
}

/// What is sent about the reported thing, exactly as the screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Message {
        conversation_id: String,
        chosen_message_id: String,
        window: ContextWindow,
    },
    Account {
        account: Profile,
        /// At most `Policy::account_messages`, the latest, in chat order;
        /// each one's sender is the account.
        received: Vec<Message>,
    },
    Post {
        post: Post,
    },
}

impl Subject {
    pub fn kind(&self) -> ReportKind {
        match self {
            Subject::Message { .. } => ReportKind::Message,
            Subject::Account { .. } => ReportKind::Account,
            Subject::Post { .. } => ReportKind::Post,
        }
    }
}

/// The latest `limit` messages of `chat` that `account` sent and that are
/// sent in reports, in chat order. The person's own messages, other
/// members' messages, notices and unsent messages are never among them.
/// Each carries the account's facts as its sender, so the screen and the
/// receiver name it alike.
pub fn received_from(
    account: &Profile,
    chat: Option<&Conversation>,
    limit: usize,
) -> Result<Vec<Message>, WindowError> {
    let Some(chat) = chat else {
        return Ok(vec![]);
    };
    check_unique_ids(chat)?;
    let mut received: Vec<Message> = chat
        .messages
        .iter()
        .rev()
        .filter(|m| m.sender.id == account.id && m.kind.is_sent_in_reports())
        .take(limit)
        .map(|m| Message {
            sender: account.as_sender(),
            ..m.clone()
        })
        .collect();
    received.reverse();
    Ok(received)
}
