//! Which messages around the chosen one a report carries.

use crate::conversation::{Conversation, Message};
use std::fmt;

pub const DEFAULT_CONTEXT_SIZE: usize = 9;

/// One row of the preview, in chat order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowEntry {
    pub message: Message,
    pub role: EntryRole,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryRole {
    Before,
    Chosen,
    After,
    /// Lies inside the window's span but is never sent (see `MessageKind::is_sent_in_reports`).
    NotSent,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContextWindow {
    pub entries: Vec<WindowEntry>,
    pub before: usize,
    pub after: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WindowError {
    ChosenNotInChat {
        message_id: String,
    },
    ChosenNotReportable {
        message_id: String,
        kind: &'static str,
    },
    DuplicateMessageId {
        message_id: String,
    },
}

impl fmt::Display for WindowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Ids come from the host and may hold control or bidi characters.
        // `escape_default` makes them visible without the Unicode tables
        // that `{:?}` would add to the WASM bundle.
        match self {
            WindowError::ChosenNotInChat { message_id } => {
                write!(
                    f,
                    "message \"{}\" is not in this chat",
                    message_id.escape_default()
                )
            }
            WindowError::ChosenNotReportable { message_id, kind } => {
                write!(
                    f,
                    "message \"{}\" is a {kind} and cannot be reported",
                    message_id.escape_default()
                )
            }
            WindowError::DuplicateMessageId { message_id } => {
                write!(
                    f,
                    "the chat holds message id \"{}\" more than once",
                    message_id.escape_default()
                )
            }
        }
    }
}

impl std::error::Error for WindowError {}

/// A chat whose ids repeat cannot say which message a report holds.
pub fn check_unique_ids(chat: &Conversation) -> Result<(), WindowError> {
    let mut seen = std::collections::HashSet::new();
    for m in &chat.messages {
        if !seen.insert(m.id.as_str()) {
            return Err(WindowError::DuplicateMessageId {
                message_id: m.id.clone(),
            });
        }
    }
    Ok(())
}

impl ContextWindow {
    /// The chosen message plus up to `size` sent-kind messages on each side.
    pub fn select(
        chat: &Conversation,
        chosen_id: &str,
        size: usize,
    ) -> Result<ContextWindow, WindowError> {
        check_unique_ids(chat)?;
        let chosen = chat
            .position_of(chosen_id)
            .ok_or_else(|| WindowError::ChosenNotInChat {
                message_id: chosen_id.to_string(),
            })?;
        let kind = &chat.messages[chosen].kind;
        if !kind.is_sent_in_reports() {
            return Err(WindowError::ChosenNotReportable {
                message_id: chosen_id.to_string(),
                kind: kind.name(),
            });
        }

        let sent_before: Vec<usize> = (0..chosen)
            .rev()
            .filter(|&i| chat.messages[i].kind.is_sent_in_reports())
            .take(size)
            .collect();
        let sent_after: Vec<usize> = (chosen + 1..chat.messages.len())
            .filter(|&i| chat.messages[i].kind.is_sent_in_reports())
            .take(size)
            .collect();
        let first = sent_before.last().copied().unwrap_or(chosen);
        let last = sent_after.last().copied().unwrap_or(chosen);

        let entries = (first..=last)
            .map(|i| {
                let message = chat.messages[i].clone();
                let role = if i == chosen {
                    EntryRole::Chosen
                } else if !message.kind.is_sent_in_reports() {
                    EntryRole::NotSent
                } else if i < chosen {
                    EntryRole::Before
                } else {
                    EntryRole::After
                };
                WindowEntry { message, role }
            })
            .collect();
        Ok(ContextWindow {
            entries,
            before: sent_before.len(),
            after: sent_after.len(),
        })
    }

    pub fn sent(&self) -> impl Iterator<Item = &WindowEntry> {
        self.entries.iter().filter(|e| e.role != EntryRole::NotSent)
    }

    pub fn total_sent(&self) -> usize {
        self.before + 1 + self.after
    }
}
