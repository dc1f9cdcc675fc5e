//! The facts of an account that a report on the account, or on one of its
//! posts, sends. Every field here is sent and named on the screen one by one.

use crate::conversation::Sender;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    /// User content: the name the account chose.
    pub display_name: String,
    /// User content, if the account set one.
    pub status_message: Option<String>,
    /// A link to the profile photo, which the review team can open.
    pub photo_url: Option<String>,
}

impl Profile {
    /// The account as the sender of the messages received from it: the
    /// client and the receiver name them alike.
    pub fn as_sender(&self) -> Sender {
        Sender {
            id: self.id.clone(),
            display_name: self.display_name.clone(),
        }
    }

    /// Blank optional facts are no facts: nothing is shown, nothing is sent.
    pub fn normalized(mut self) -> Profile {
        drop_blank(&mut self.status_message);
        drop_blank(&mut self.photo_url);
        self
    }
}

/// Whether optional user content was given but says nothing.
pub fn is_blank(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| v.trim().is_empty())
}

/// A blank optional fact is no fact: it is neither shown nor sent, and a
/// receiver refuses a blank one (`verify::check`).
pub fn drop_blank(value: &mut Option<String>) {
    if is_blank(value) {
        *value = None;
    }
}
