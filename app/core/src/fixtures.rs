//! Demo conversations and the report scenarios that planners, snapshots and
//! browser tests share. Names and texts are invented.

use crate::conversation::{Conversation, Message, MessageKind, Sender};

/// 2026-11-20 00:30 UTC (09:30 in Tokyo).
const START: i64 = 1_795_134_600;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub id: &'static str,
    pub conversation_id: &'static str,
    pub chosen_message_id: &'static str,
}

/// The report cases every locale and platform is checked against.
pub const SCENARIOS: &[Scenario] = &[
    Scenario {
        id: "full-window",
        conversation_id: "one-to-one",
        chosen_message_id: "o20",
    },
    Scenario {
        id: "near-start",
        conversation_id: "third-message",
        chosen_message_id: "t03",
    },
    Scenario {
        id: "chosen-last",
        conversation_id: "last-message",
        chosen_message_id: "l12",
    },
    Scenario {
        id: "group-media",
        conversation_id: "group-media",
        chosen_message_id: "g08",
    },
    Scenario {
        id: "one-message",
        conversation_id: "one-message",
        chosen_message_id: "s01",
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
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_chat_exists_under_its_own_id_and_scenarios_point_at_them() {
        for id in CONVERSATION_IDS {
            assert_eq!(conversation(id).map(|c| c.id), Some(id.to_string()));
        }
        for s in SCENARIOS {
            assert!(CONVERSATION_IDS.contains(&s.conversation_id), "{}", s.id);
        }
        assert_eq!(conversation("nope"), None);
    }
}
