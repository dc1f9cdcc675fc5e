//! The one value that both the screen and the report payload are made from.

use crate::conversation::Conversation;
use crate::policy::Policy;
use crate::window::{ContextWindow, WindowError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disclosure {
    pub conversation_id: String,
    pub chosen_message_id: String,
    pub window: ContextWindow,
    pub policy: Policy,
}

impl Disclosure {
    pub fn new(
        chat: &Conversation,
        chosen_message_id: &str,
        policy: &Policy,
    ) -> Result<Disclosure, WindowError> {
        let window = ContextWindow::select(chat, chosen_message_id, policy.context_size)?;
        Ok(Disclosure {
            conversation_id: chat.id.clone(),
            chosen_message_id: chosen_message_id.to_string(),
            window,
            policy: policy.clone(),
        })
    }
}
