//! The one value that both the screen and the report payload are made from.

use crate::conversation::{Conversation, Message, MessageKind};
use crate::limits::{
    check_count, check_id, check_link, check_message_kind, check_opt_text, check_text, check_time,
    refuse, Refusal, MAX_ACCOUNT_MESSAGES, MAX_CONTEXT_SIZE, MAX_NAME_CHARS, MAX_NOT_SENT,
    MAX_POST_MEDIA, MAX_TEXT_CHARS,
};
use crate::policy::Policy;
use crate::post::{Post, PostMedia};
use crate::profile::Profile;
use crate::subject::{received_from, ReportKind, ReportRequest, Subject};
use crate::window::{ContextWindow, EntryRole};

/// This component's build, as the payload and the screen name it.
pub const CLIENT_VERSION: &str = concat!("report-disclosure/", env!("CARGO_PKG_VERSION"));

/// Which software made the report: shown on the screen and sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientInfo {
    pub client_version: String,
    /// Given by the host app, if it says.
    pub host_app_version: Option<String>,
}

impl Default for ClientInfo {
    fn default() -> Self {
        ClientInfo {
            client_version: CLIENT_VERSION.to_string(),
            host_app_version: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disclosure {
    pub subject: Subject,
    pub policy: Policy,
    pub client: ClientInfo,
}

impl Disclosure {
    /// Checks the request against the receiver's rules (`limits`) before
    /// anything is shown: what the person could agree to, the receiver
    /// accepts. A refusal names the field as the host wrote it
    /// (`conversation.messages[3].id`, `chosenMessageId`, `policy.context_size`).
    pub fn new(request: &ReportRequest, policy: &Policy) -> Result<Disclosure, Refusal> {
        check_count(
            "policy.context_size",
            policy.context_size,
            MAX_CONTEXT_SIZE,
            "messages on each side",
        )?;
        check_count(
            "policy.account_messages",
            policy.account_messages,
            MAX_ACCOUNT_MESSAGES,
            "messages",
        )?;
        let subject = match request {
            ReportRequest::Message {
                conversation,
                message_id,
            } => {
                check_id("conversation.id", &conversation.id)?;
                check_unique("conversation", conversation)?;
                check_id("chosenMessageId", message_id)?;
                let chosen = conversation
                    .position_of(message_id)
                    .ok_or_else(|| refuse("chosenMessageId", "not in conversation.messages"))?;
                let problem = match &conversation.messages[chosen].kind {
                    MessageKind::SystemNotice { .. } => {
                        Some("is a system notice, which cannot be reported")
                    }
                    MessageKind::Unsent => Some("is an unsent message, which cannot be reported"),
                    _ => None,
                };
                if let Some(problem) = problem {
                    return Err(refuse("chosenMessageId", problem));
                }
                let window = ContextWindow::select(conversation, message_id, policy.context_size)
                    .map_err(|e| refuse("conversation", e.to_string()))?;
                check_window(conversation, &window)?;
                Subject::Message {
                    conversation_id: conversation.id.clone(),
                    chosen_message_id: message_id.clone(),
                    window,
                }
            }
            ReportRequest::Account {
                account,
                conversation,
            } => {
                let account = account.clone().normalized();
                check_profile("account", &account)?;
                if let Some(chat) = conversation {
                    check_unique("conversation", chat)?;
                    // The ones received_from takes: the account's latest sent ones.
                    let taken = chat
                        .messages
                        .iter()
                        .enumerate()
                        .rev()
                        .filter(|(_, m)| m.sender.id == account.id && m.kind.is_sent_in_reports())
                        .take(policy.account_messages);
                    for (i, m) in taken {
                        check_sent(&format!("conversation.messages[{i}]"), m, false)?;
                    }
                }
                Subject::Account {
                    received: received_from(
                        &account,
                        conversation.as_ref(),
                        policy.account_messages,
                    )
                    .map_err(|e| refuse("conversation", e.to_string()))?,
                    account,
                }
            }
            ReportRequest::Post { post } => {
                let post = post.clone().normalized();
                check_post("post", &post)?;
                Subject::Post { post }
            }
        };
        Ok(Disclosure {
            subject,
            policy: policy.clone(),
            client: ClientInfo::default(),
        })
    }

    pub fn kind(&self) -> ReportKind {
        self.subject.kind()
    }

    /// The message window, when a message is reported.
    pub fn window(&self) -> Option<&ContextWindow> {
        match &self.subject {
            Subject::Message { window, .. } => Some(window),
            _ => None,
        }
    }

    /// The host app's version, shown and sent; blank means none given.
    pub fn with_host_app_version(mut self, version: Option<&str>) -> Result<Disclosure, Refusal> {
        self.client.host_app_version = version
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string);
        if let Some(v) = &self.client.host_app_version {
            check_id("hostAppVersion", v)?;
        }
        Ok(self)
    }
}

/// Ids name the message a report holds: a repeated one would make it ambiguous.
fn check_unique(at: &str, chat: &Conversation) -> Result<(), Refusal> {
    let mut seen = std::collections::HashSet::new();
    for (i, m) in chat.messages.iter().enumerate() {
        if !seen.insert(m.id.as_str()) {
            return Err(refuse(
                format!("{at}.messages[{i}].id"),
                format!("duplicate id \"{}\"", m.id.escape_default()),
            ));
        }
    }
    Ok(())
}

/// The messages the window sends, each by its index in the host's chat; the
/// ones outside it leave the device in no form and are not judged.
fn check_window(chat: &Conversation, window: &ContextWindow) -> Result<(), Refusal> {
    let not_sent = window
        .entries
        .iter()
        .filter(|e| e.role == EntryRole::NotSent)
        .count();
    if not_sent > MAX_NOT_SENT {
        return Err(refuse(
            "conversation.messages",
            format!(
                "holds {not_sent} system notices or unsent messages between the messages a \
                 report carries; at most {MAX_NOT_SENT} can be marked"
            ),
        ));
    }
    let first = window
        .entries
        .first()
        .and_then(|e| chat.position_of(&e.message.id))
        .unwrap_or(0);
    for (k, e) in window.entries.iter().enumerate() {
        if e.role != EntryRole::NotSent {
            check_sent(
                &format!("conversation.messages[{}]", first + k),
                &e.message,
                true,
            )?;
        }
    }
    Ok(())
}

/// A message that is sent, by the rules the receiver applies to it.
fn check_sent(at: &str, m: &Message, with_sender: bool) -> Result<(), Refusal> {
    check_id(&format!("{at}.id"), &m.id)?;
    if with_sender {
        check_id(&format!("{at}.sender.id"), &m.sender.id)?;
        check_text(
            &format!("{at}.sender.display_name"),
            &m.sender.display_name,
            MAX_NAME_CHARS,
        )?;
    }
    check_time(&format!("{at}.sent_at"), m.sent_at)?;
    check_message_kind(at, &m.kind)
}

fn check_profile(at: &str, p: &Profile) -> Result<(), Refusal> {
    check_id(&format!("{at}.id"), &p.id)?;
    check_text(
        &format!("{at}.display_name"),
        &p.display_name,
        MAX_NAME_CHARS,
    )?;
    check_opt_text(
        &format!("{at}.status_message"),
        &p.status_message,
        MAX_TEXT_CHARS,
    )?;
    match &p.photo_url {
        Some(u) => check_link(&format!("{at}.photo_url"), u),
        None => Ok(()),
    }
}

fn check_post(at: &str, p: &Post) -> Result<(), Refusal> {
    check_id(&format!("{at}.id"), &p.id)?;
    check_profile(&format!("{at}.author"), &p.author)?;
    check_time(&format!("{at}.posted_at"), p.posted_at)?;
    check_opt_text(&format!("{at}.text"), &p.text, MAX_TEXT_CHARS)?;
    check_count(
        &format!("{at}.media"),
        p.media.len(),
        MAX_POST_MEDIA,
        "photos and videos",
    )?;
    for (i, m) in p.media.iter().enumerate() {
        let (PostMedia::Image { media_url, .. } | PostMedia::Video { media_url, .. }) = m;
        check_link(&format!("{at}.media[{i}].media_url"), media_url)?;
    }
    Ok(())
}
