//! The one value that both the screen and the report payload are made from.

use crate::conversation::Conversation;
use crate::policy::Policy;
use crate::window::{ContextWindow, WindowError};

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
    pub conversation_id: String,
    pub chosen_message_id: String,
    pub window: ContextWindow,
    pub policy: Policy,
    pub client: ClientInfo,
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
            client: ClientInfo::default(),
        })
    }

    /// The host app's version, shown and sent; blank means none given.
    pub fn with_host_app_version(mut self, version: Option<&str>) -> Disclosure {
        self.client.host_app_version = version
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string);
        self
    }
}
