//! A post in the feed, as the reporting person's device holds it. Every field
//! is sent when the post is reported.

use crate::profile::{drop_blank, Profile};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub id: String,
    pub author: Profile,
    /// Seconds since the Unix epoch, UTC.
    pub posted_at: i64,
    /// User content, if the post has text.
    pub text: Option<String>,
    /// In the order the post shows them.
    pub media: Vec<PostMedia>,
}

impl Post {
    /// Blank text and blank author facts are left out, as `Profile::normalized`.
    pub fn normalized(mut self) -> Post {
        self.author = self.author.normalized();
        drop_blank(&mut self.text);
        self
    }
}

/// A photo or video of a post: a link to it is sent, not the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PostMedia {
    Image {
        media_url: String,
        size_bytes: u64,
    },
    Video {
        media_url: String,
        duration_seconds: u32,
        size_bytes: u64,
    },
}
