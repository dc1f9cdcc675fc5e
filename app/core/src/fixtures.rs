//! Demo conversations and the report scenarios that planners, snapshots and
//! browser tests share. Names and texts are invented.

use crate::conversation::{Conversation, Message, MessageKind, Sender};
use crate::post::{Post, PostMedia};
use crate::profile::Profile;
use crate::subject::{ReportKind, ReportRequest};

/// 2026-11-20 00:30 UTC (09:30 in Tokyo).
const START: i64 = 1_795_134_600;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub id: &'static str,
    pub subject: ScenarioSubject,
}

/// What a scenario reports, by fixture id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioSubject {
    Message {
        conversation_id: &'static str,
        chosen_message_id: &'static str,
    },
    /// From the account's profile page, with the person's chat with it.
    Account { account_id: &'static str },
    /// From the feed.
    Post { post_id: &'static str },
}

impl Scenario {
    pub fn kind(&self) -> ReportKind {
        match self.subject {
            ScenarioSubject::Message { .. } => ReportKind::Message,
            ScenarioSubject::Account { .. } => ReportKind::Account,
            ScenarioSubject::Post { .. } => ReportKind::Post,
        }
    }

    /// What the host hands over for this scenario.
    pub fn request(&self) -> ReportRequest {
        match self.subject {
            ScenarioSubject::Message {
                conversation_id,
                chosen_message_id,
            } => ReportRequest::Message {
                conversation: conversation(conversation_id).expect("scenario chats exist"),
                message_id: chosen_message_id.to_string(),
            },
            ScenarioSubject::Account { account_id } => ReportRequest::Account {
                account: account(account_id).expect("scenario accounts exist"),
                conversation: chat_with(account_id),
            },
            ScenarioSubject::Post { post_id } => ReportRequest::Post {
                post: post(post_id).expect("scenario posts exist"),
            },
        }
    }

    /// "message o20 in chat one-to-one": what the snapshot's header says.
    pub fn describe(&self) -> String {
        match self.subject {
            ScenarioSubject::Message {
                conversation_id,
                chosen_message_id,
            } => format!("message {chosen_message_id} in chat {conversation_id}"),
            ScenarioSubject::Account { account_id } => format!("account {account_id}"),
            ScenarioSubject::Post { post_id } => format!("post {post_id}"),
        }
    }
}

const fn message(
    id: &'static str,
    conversation_id: &'static str,
    chosen_message_id: &'static str,
) -> Scenario {
    Scenario {
        id,
        subject: ScenarioSubject::Message {
            conversation_id,
            chosen_message_id,
        },
    }
}

/// The report cases every locale and platform is checked against.
pub const SCENARIOS: &[Scenario] = &[
    message("full-window", "one-to-one", "o20"),
    message("near-start", "third-message", "t03"),
    message("chosen-last", "last-message", "l12"),
    message("group-media", "group-media", "g08"),
    message("one-message", "one-message", "s01"),
    // 20 received in the chat: the latest 10 are sent.
    Scenario {
        id: "account-many",
        subject: ScenarioSubject::Account {
            account_id: "u-daniel",
        },
    },
    Scenario {
        id: "account-ten",
        subject: ScenarioSubject::Account {
            account_id: "u-ken",
        },
    },
    // 3 received, plus one the account unsent and the person's own.
    Scenario {
        id: "account-three",
        subject: ScenarioSubject::Account {
            account_id: "u-lena",
        },
    },
    // No chat with the person at all.
    Scenario {
        id: "account-none",
        subject: ScenarioSubject::Account {
            account_id: "u-quickdeals",
        },
    },
    Scenario {
        id: "post-media",
        subject: ScenarioSubject::Post {
            post_id: "p-summit",
        },
    },
    Scenario {
        id: "post-text",
        subject: ScenarioSubject::Post {
            post_id: "p-giveaway",
        },
    },
];

pub fn scenario(id: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.id == id)
}

fn sender(id: &str, name: &str) -> Sender {
    Sender {
        id: id.to_string(),
        display_name: name.to_string(),
    }
}

fn text(id: String, from: &Sender, minute: i64, body: &str) -> Message {
    Message {
        id,
        sender: from.clone(),
        sent_at: START + minute * 60,
        kind: MessageKind::Text {
            text: body.to_string(),
        },
    }
}

const SMALL_TALK: &[&str] = &[
    "Are you coming to the meetup on Saturday?",
    "Probably, I still need to check my shifts.",
    "Let me know soon, the venue needs numbers.",
    "Sure. Who else is going?",
    "Most of the old team, I think.",
    "Nice, it has been ages.",
    "I can bring the projector if that helps.",
    "That would be great, thanks!",
    "By the way, did you get my last transfer?",
    "Not yet. When did you send it?",
];

fn small_talk_chat(
    id: &str,
    prefix: &str,
    title: &str,
    count: usize,
    abuse_at: usize,
) -> Conversation {
    let mika = sender("u-mika", "Mika Sato");
    let daniel = sender("u-daniel", "Daniel Park");
    let messages = (1..=count)
        .map(|n| {
            let from = if n % 2 == 0 { &mika } else { &daniel };
            let body = if n == abuse_at {
                "Pay me back today or I will post your address and photos everywhere."
            } else {
                SMALL_TALK[(n - 1) % SMALL_TALK.len()]
            };
            text(format!("{prefix}{n:02}"), from, n as i64 * 3, body)
        })
        .collect();
    Conversation {
        id: id.to_string(),
        title: title.to_string(),
        is_group: false,
        messages,
    }
}

fn group_media_chat() -> Conversation {
    let mika = sender("u-mika", "Mika Sato");
    let daniel = sender("u-daniel", "Daniel Park");
    let priya = sender("u-priya", "Priya Nair");
    let wei = sender("u-wei", "Wei Chen");
    let at = |minute: i64| START + 86_400 + minute * 60;
    let m = |id: &str, from: &Sender, minute: i64, kind: MessageKind| Message {
        id: id.to_string(),
        sender: from.clone(),
        sent_at: at(minute),
        kind,
    };
    let t = |s: &str| MessageKind::Text {
        text: s.to_string(),
    };
    Conversation {
        id: "group-media".to_string(),
        title: "Hiking club".to_string(),
        is_group: true,
        messages: vec![
            m("g01", &priya, 0, t("Photos from Sunday are up!")),
            m(
                "g02",
                &priya,
                1,
                MessageKind::Image {
                    media_url: "/media/summit.svg".to_string(),
                    caption: Some("View from the summit".to_string()),
                    size_bytes: 1_887_437,
                },
            ),
            m(
                "g03",
                &wei,
                4,
                MessageKind::SystemNotice {
                    text: "Priya Nair added Wei Chen".to_string(),
                },
            ),
            m(
                "g04",
                &daniel,
                6,
                MessageKind::Video {
                    media_url: "/media/trail.svg".to_string(),
                    caption: None,
                    duration_seconds: 42,
                    size_bytes: 8_493_466,
                },
            ),
            m(
                "g05",
                &mika,
                9,
                MessageKind::File {
                    file_name: "route-plan.pdf".to_string(),
                    size_bytes: 245_760,
                },
            ),
            m(
                "g06",
                &wei,
                11,
                MessageKind::Sticker {
                    sticker_name: "Waving bear".to_string(),
                    media_url: "/media/sticker-bear.svg".to_string(),
                },
            ),
            m("g07", &daniel, 12, MessageKind::Unsent),
            m(
                "g08",
                &wei,
                13,
                t("Nobody wants you here, Mika. Leave the group or I will make you regret it."),
            ),
            m("g09", &mika, 15, t("Wei, that is not okay.")),
            m("g10", &priya, 16, t("Please keep it friendly, everyone.")),
        ],
    }
}

/// What abusive or careless senders put in chats: markup, script, links,
/// direction overrides, invisible characters, emoji sequences, very long
/// texts and file names. All of it must show as inert text, in full.
pub const LONG_TEXT_CHARS: usize = 10_000;

fn hostile_chat() -> Conversation {
    let eve = sender("u-eve", "<script>window.__pwned = 'sender'</script>Eve");
    let ann = sender("u-ann", "Ann \u{202E}gnihtemos");
    let mika = sender("u-mika", "Mika Sato");
    let t = |s: &str| MessageKind::Text {
        text: s.to_string(),
    };
    let long: String = "This is a very long message that keeps going. "
        .chars()
        .cycle()
        .take(LONG_TEXT_CHARS)
        .collect();
    let m = |id: &str, from: &Sender, minute: i64, kind: MessageKind| Message {
        id: id.to_string(),
        sender: from.clone(),
        sent_at: START + 2 * 86_400 + minute * 60,
        kind,
    };
    Conversation {
        id: "hostile".to_string(),
        title: "<b>Bargains</b> \u{202E}!eerf".to_string(),
        is_group: true,
        messages: vec![
            m(
                "h01",
                &eve,
                0,
                t("<img src=x onerror=\"window.__pwned='img'\"><script>window.__pwned='script'</script><b>not bold</b>"),
            ),
            m(
                "h02",
                &eve,
                1,
                t("Claim here: javascript:window.__pwned='link' or [prize](javascript:alert(1))"),
            ),
            m("h03", &ann, 2, t("Price: \u{202E}0001$\u{202C} only today")),
            m(
                "h04",
                &eve,
                3,
                t("Log in at pa\u{200B}y\u{200D}pal.com \u{FEFF}now"),
            ),
            m(
                "h05",
                &eve,
                4,
                t("Send the money or else 👩\u{200D}👩\u{200D}👧\u{200D}👦 🏳\u{FE0F}\u{200D}🌈 👍🏽 🇯🇵"),
            ),
            m("h06", &mika, 5, t(&long)),
            m(
                "h07",
                &eve,
                6,
                MessageKind::File {
                    file_name: format!("invoice_{}.pdf.exe", "0".repeat(240)),
                    size_bytes: 52_428_800,
                },
            ),
            m(
                "h08",
                &eve,
                7,
                MessageKind::Image {
                    media_url: "/media/summit.svg".to_string(),
                    caption: None,
                    size_bytes: 700,
                },
            ),
            m("h09", &mika, 8, t("مرحبا Mika، الرقم 123 فقط")),
        ],
    }
}

/// Broken data as a buggy client might deliver it: two messages share an id.
fn duplicate_ids_chat() -> Conversation {
    let mut chat = small_talk_chat("duplicate-ids", "d", "Broken data (duplicate ids)", 5, 3);
    chat.messages[3].id = chat.messages[2].id.clone();
    chat
}

/// The demo's chats, in menu order.
pub const CONVERSATION_IDS: &[&str] = &[
    "one-to-one",
    "third-message",
    "last-message",
    "group-media",
    "one-message",
    "hostile",
    "duplicate-ids",
    "ken",
    "lena",
];

pub fn conversations() -> Vec<Conversation> {
    CONVERSATION_IDS
        .iter()
        .filter_map(|id| conversation(id))
        .collect()
}

/// Builds only the chat asked for: the page asks on every re-render.
pub fn conversation(id: &str) -> Option<Conversation> {
    Some(match id {
        "one-to-one" => small_talk_chat("one-to-one", "o", "Daniel Park", 40, 20),
        "third-message" => small_talk_chat("third-message", "t", "Daniel Park (new chat)", 14, 3),
        "last-message" => small_talk_chat("last-message", "l", "Daniel Park (evening)", 12, 12),
        "group-media" => group_media_chat(),
        "one-message" => {
            let mut one = small_talk_chat("one-message", "s", "Ren Ito", 1, 1);
            one.messages[0].sender = sender("u-ren", "Ren Ito");
            one
        }
        "hostile" => hostile_chat(),
        "duplicate-ids" => duplicate_ids_chat(),
        "ken" => ken_chat(),
        // Lena wrote 1, 3, 5 and 7 and took back 5.
        "lena" => chat_between("lena", "v", &sender("u-lena", "Lena Vogel"), 8, Some(5)),
        _ => return None,
    })
}

/// The demo's accounts, in menu order: each has a profile page.
pub const ACCOUNT_IDS: &[&str] = &["u-daniel", "u-ken", "u-lena", "u-quickdeals"];

pub fn account(id: &str) -> Option<Profile> {
    let profile = |name: &str, status: Option<&str>, photo: Option<&str>| Profile {
        id: id.to_string(),
        display_name: name.to_string(),
        status_message: status.map(str::to_string),
        photo_url: photo.map(str::to_string),
    };
    Some(match id {
        "u-daniel" => profile(
            "Daniel Park",
            Some("Back in Seoul for the winter"),
            Some("/media/avatar-daniel.svg"),
        ),
        "u-ken" => profile("Ken Mori", None, Some("/media/avatar-ken.svg")),
        "u-lena" => profile("Lena Vogel", Some("Selling my old camera gear"), None),
        "u-quickdeals" => profile("Quick Deals 24/7", None, None),
        "u-priya" => profile(
            "Priya Nair",
            Some("Trail runner, weekend hiker"),
            Some("/media/avatar-priya.svg"),
        ),
        _ => return None,
    })
}

/// The person's chat with an account, if they have one.
pub fn chat_with(account_id: &str) -> Option<Conversation> {
    conversation(match account_id {
        "u-daniel" => "one-to-one",
        "u-ken" => "ken",
        "u-lena" => "lena",
        _ => return None,
    })
}

/// The demo feed's posts, newest first.
pub const POST_IDS: &[&str] = &["p-giveaway", "p-summit"];

pub fn post(id: &str) -> Option<Post> {
    Some(match id {
        "p-summit" => Post {
            id: id.to_string(),
            author: account("u-priya")?,
            posted_at: START + 3 * 86_400,
            text: Some(
                "Sunday's hike, for everyone who missed it. Next one is in two weeks!".to_string(),
            ),
            media: vec![
                PostMedia::Image {
                    media_url: "/media/summit.svg".to_string(),
                    size_bytes: 1_887_437,
                },
                PostMedia::Video {
                    media_url: "/media/trail.svg".to_string(),
                    duration_seconds: 95,
                    size_bytes: 14_680_064,
                },
            ],
        },
        "p-giveaway" => Post {
            id: id.to_string(),
            author: account("u-quickdeals")?,
            posted_at: START + 3 * 86_400 + 3_600,
            text: Some(
                "Free phones for the first 100 people! Send your card number and its code to claim yours."
                    .to_string(),
            ),
            media: vec![],
        },
        _ => return None,
    })
}

/// Ken sends every kind of content a received message can carry.
fn ken_chat() -> Conversation {
    let mut chat = chat_between("ken", "k", &sender("u-ken", "Ken Mori"), 20, None);
    let kinds = [
        MessageKind::Image {
            media_url: "/media/summit.svg".to_string(),
            caption: Some("Look who I found".to_string()),
            size_bytes: 912_384,
        },
        MessageKind::Video {
            media_url: "/media/trail.svg".to_string(),
            caption: None,
            duration_seconds: 7,
            size_bytes: 1_048_576,
        },
        MessageKind::File {
            file_name: "your-address.txt".to_string(),
            size_bytes: 2_048,
        },
        MessageKind::Sticker {
            sticker_name: "Angry cat".to_string(),
            media_url: "/media/sticker-bear.svg".to_string(),
        },
    ];
    for (n, kind) in [11, 13, 15, 17].into_iter().zip(kinds) {
        chat.messages[n - 1].kind = kind;
    }
    chat
}

/// A chat of `count` messages between Mika (the person) and `other`, who
/// writes the odd-numbered ones; `unsent_at` is one of `other`'s that they
/// took back.
fn chat_between(
    id: &str,
    prefix: &str,
    other: &Sender,
    count: usize,
    unsent_at: Option<usize>,
) -> Conversation {
    let mut chat = small_talk_chat(id, prefix, &other.display_name, count, 0);
    for m in &mut chat.messages {
        if m.sender.id == "u-daniel" {
            m.sender = other.clone();
        }
    }
    if let Some(n) = unsent_at {
        chat.messages[n - 1].kind = MessageKind::Unsent;
    }
    chat
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_chat_exists_under_its_own_id_and_scenarios_point_at_them() {
        for id in CONVERSATION_IDS {
            assert_eq!(conversation(id).map(|c| c.id), Some(id.to_string()));
        }
        for id in ACCOUNT_IDS {
            assert_eq!(account(id).map(|a| a.id), Some(id.to_string()));
        }
        for id in POST_IDS {
            assert_eq!(post(id).map(|p| p.id), Some(id.to_string()));
        }
        for s in SCENARIOS {
            // Panics if the scenario names a fixture that does not exist.
            assert_eq!(s.request().kind(), s.kind(), "{}", s.id);
        }
        assert_eq!(conversation("nope"), None);
    }
}
