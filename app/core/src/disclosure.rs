//! The one value that both the screen and the report payload are made from.

use crate::policy::Policy;
use crate::subject::{received_from, ReportKind, ReportRequest, Subject};
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
    pub subject: Subject,
    pub policy: Policy,
    pub client: ClientInfo,
}

impl Disclosure {
    pub fn new(request: &ReportRequest, policy: &Policy) -> Result<Disclosure, WindowError> {
        let subject = match request {
            ReportRequest::Message {
                conversation,
                message_id,
            } => Subject::Message {
                conversation_id: conversation.id.clone(),
                chosen_message_id: message_id.clone(),
                window: ContextWindow::select(conversation, message_id, policy.context_size)?,
            },
            ReportRequest::Account {
                account,
                conversation,
            } => {
                let account = account.clone().normalized();
                Subject::Account {
                    received: received_from(
                        &account,
                        conversation.as_ref(),
                        policy.account_messages,
                    )?,
                    account,
                }
            }
            ReportRequest::Post { post } => Subject::Post {
                post: post.clone().normalized(),
            },
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
    pub fn with_host_app_version(mut self, version: Option<&str>) -> Disclosure {
        self.client.host_app_version = version
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string);
        self
    }
}
