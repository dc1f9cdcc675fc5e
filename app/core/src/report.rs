//! What the person chooses (a reason) and where the flow runs (a platform).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Spam,
    Harassment,
    Hate,
    Violence,
    Sexual,
    Scam,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::Spam,
        Reason::Harassment,
        Reason::Hate,
        Reason::Violence,
        Reason::Sexual,
        Reason::Scam,
        Reason::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Reason::Spam => "spam",
            Reason::Harassment => "harassment",
            Reason::Hate => "hate",
            Reason::Violence => "violence",
            Reason::Sexual => "sexual",
            Reason::Scam => "scam",
            Reason::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Ios,
    Android,
    Desktop,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Ios, Platform::Android, Platform::Desktop];

    /// Also the value of the Fluent `$platform` selector.
    pub fn id(self) -> &'static str {
        match self {
            Platform::Ios => "ios",
            Platform::Android => "android",
            Platform::Desktop => "desktop",
        }
    }

    /// The ids of `ALL`, in order: the `$platform` variants every locale writes.
    pub const ALL_IDS: [&'static str; 3] = ["ios", "android", "desktop"];

    pub fn from_id(id: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The host's `start.reason` and the receiver's stored rows name reasons
    // by id: each id must lead back to its own reason, and nothing else in.
    #[test]
    fn reason_and_platform_ids_lead_back() {
        for r in Reason::ALL {
            assert_eq!(Reason::from_id(r.id()), Some(r));
        }
        for p in Platform::ALL {
            assert_eq!(Platform::from_id(p.id()), Some(p));
        }
        assert_eq!(Platform::ALL.map(Platform::id), Platform::ALL_IDS);
        for unknown in ["", "Spam", "spam ", "ios\u{0}", "desktop2"] {
            assert_eq!(Reason::from_id(unknown), None, "{unknown:?}");
            assert_eq!(Platform::from_id(unknown), None, "{unknown:?}");
        }
    }
}
