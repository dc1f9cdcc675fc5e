//! The reports `report-server load` sends: one of each kind (a message in a
//! chat with a full window on both sides, an account with the messages
//! received from it, a post with its media) per shipped locale and
//! platform, each agreed to as the component does. Made up here, not taken
//! from the demo's data, which a receiver never holds.

use report_core::wording::all_locales;
use report_core::{
    Agreement, Conversation, Message, MessageKind, Notice, NoticeError, Platform, Policy, Post,
    PostMedia, Profile, Reason, ReportPayload, ReportRequest, ScreenContext, Sender, Wording,
    WordingError,
};

/// 2026-11-20 00:30 UTC: when the made-up chat starts.
const START: i64 = 1_795_134_600;

fn profile(id: &str, name: &str) -> Profile {
    Profile {
        id: id.to_string(),
        display_name: name.to_string(),
        status_message: Some("Load test".to_string()),
        photo_url: None,
    }
}

/// Thirty messages between two people, taking turns, one a minute.
fn chat(other: &Profile) -> Conversation {
    let me = Sender {
        id: "u-load-me".to_string(),
        display_name: "Load Tester".to_string(),
    };
    Conversation {
        id: format!("c-{}", other.id),
        title: other.display_name.clone(),
        is_group: false,
        messages: (0..30)
            .map(|i| Message {
                id: format!("m{i:02}"),
                sender: if i % 2 == 0 {
                    other.as_sender()
                } else {
                    me.clone()
                },
                sent_at: START + 60 * i,
                kind: MessageKind::Text {
                    text: format!("Message {i} of the load test"),
                },
            })
            .collect(),
    }
}

fn requests() -> Vec<ReportRequest> {
    let other = profile("u-load-other", "Load Other");
    let conversation = chat(&other);
    vec![
        ReportRequest::Message {
            conversation: conversation.clone(),
            message_id: "m14".to_string(),
        },
        ReportRequest::Account {
            account: other.clone(),
            conversation: Some(conversation),
        },
        ReportRequest::Post {
            post: Post {
                id: "p-load".to_string(),
                author: other,
                posted_at: START,
                text: Some("A post of the load test".to_string()),
                media: vec![PostMedia::Image {
                    media_url: "https://cdn.example/load.jpg".to_string(),
                    size_bytes: 120_000,
                }],
            },
        },
    ]
}

/// Valid reports, one per locale, platform and kind, as the browser client
/// builds them under the default policy (`report_id` is replaced per send).
pub fn templates() -> Vec<ReportPayload> {
    all_locales()
        .flat_map(|locale| {
            let wording = Wording::shipped(locale).expect("shipped wording loads");
            reports_in(&wording).expect("shipped wording formats every step")
        })
        .collect()
}

/// One report per platform and kind in `wording`.
pub fn reports_in(wording: &Wording) -> Result<Vec<ReportPayload>, WordingError> {
    let requests = requests();
    let mut out = vec![];
    for platform in Platform::ALL {
        let ctx = ScreenContext {
            wording,
            platform,
            utc_offset_minutes: 540,
        };
        for request in &requests {
            let notice = match Notice::new(request, &Policy::default(), Some("load 1.0"), &ctx) {
                Ok(notice) => notice,
                Err(NoticeError::Wording(e)) => return Err(e),
                Err(NoticeError::Refused(r)) => {
                    unreachable!("the load tool's requests follow the receiver's rules: {r}")
                }
            };
            out.push(notice.agree(&Agreement {
                reason: Reason::Spam,
                comment: "",
                consented_at: "2026-11-25T10:00:00Z",
                report_id: "template",
                confirmed_lines: notice.lines().len() as u32,
            }));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The receiver takes every template and verifies it against the
    // register compiled in: the load tool measures filing, not refusals.
    #[test]
    fn every_template_is_taken_and_verified() {
        let approved = crate::receive::approved().expect("the register compiled in loads");
        let templates = templates();
        assert_eq!(templates.len(), all_locales().count() * 3 * 3);
        for p in &templates {
            let json = p.to_json();
            let parsed = report_core::verify::parse(json.as_bytes(), &Policy::default())
                .unwrap_or_else(|r| panic!("{} {:?}: {r}", p.locale, p.kind()));
            approved
                .verify(&parsed)
                .unwrap_or_else(|u| panic!("{} {:?}: {u}", p.locale, p.kind()));
        }
    }
}
