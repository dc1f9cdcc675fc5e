//! The facts of an account that a report on the account, or on one of its
//! posts, sends. Every field here is sent and named on the screen one by one.

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
    /// Blank optional facts are no facts: nothing is shown, nothing is sent.
    pub fn normalized(mut self) -> Profile {
        let blank = |v: &Option<String>| v.as_deref().is_some_and(|s| s.trim().is_empty());
        if blank(&self.status_message) {
            self.status_message = None;
        }
        if blank(&self.photo_url) {
            self.photo_url = None;
        }
        self
    }
}
