//! Properties of the context window and of the payload built from it.

use proptest::prelude::*;
use report_core::window::EntryRole;
use report_core::{
    Agreement, ContextWindow, Conversation, Disclosure, Message, MessageKind, Notice, Platform,
    Policy, Reason, ReportPayload, ReportRequest, ScreenContext, Sender, WindowError, Wording,
};

fn kind_strategy() -> impl Strategy<Value = MessageKind> {
    prop_oneof![
        6 => ".{0,20}".prop_map(|text| MessageKind::Text { text }),
        1 => Just(MessageKind::Image { media_url: "media/summit.svg".into(), caption: None, size_bytes: 2048 }),
        1 => Just(MessageKind::File { file_name: "a.pdf".into(), size_bytes: 10 }),
        1 => Just(MessageKind::SystemNotice { text: "joined".into() }),
        1 => Just(MessageKind::Unsent),
    ]
}

fn chat_strategy() -> impl Strategy<Value = Conversation> {
    prop::collection::vec(kind_strategy(), 1..60).prop_map(|kinds| Conversation {
        id: "c".into(),
        title: "chat".into(),
        is_group: false,
        messages: kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Message {
                id: format!("m{i}"),
                sender: Sender {
                    id: format!("u{}", i % 3),
                    display_name: format!("User {}", i % 3),
                },
                sent_at: 1_700_000_000 + i as i64 * 60,
                kind,
            })
            .collect(),
    })
}

fn chat_and_choice() -> impl Strategy<Value = (Conversation, usize, usize)> {
    (
        chat_strategy(),
        0usize..=report_core::limits::MAX_CONTEXT_SIZE,
    )
        .prop_flat_map(|(mut chat, size)| {
            // A chat needs at least one message that can be reported.
            if !chat.messages.iter().any(|m| m.kind.is_sent_in_reports()) {
                chat.messages[0].kind = MessageKind::Text { text: "x".into() };
            }
            let reportable: Vec<usize> = chat
                .messages
                .iter()
                .enumerate()
                .filter(|(_, m)| m.kind.is_sent_in_reports())
                .map(|(i, _)| i)
                .collect();
            (Just(chat), prop::sample::select(reportable), Just(size))
        })
}

fn sent_kinds_in(chat: &Conversation, range: std::ops::Range<usize>) -> usize {
    chat.messages[range]
        .iter()
        .filter(|m| m.kind.is_sent_in_reports())
        .count()
}

proptest! {
    #[test]
    fn window_is_contiguous_bounded_and_counted((chat, chosen, size) in chat_and_choice()) {
        let chosen_id = chat.messages[chosen].id.clone();
        let w = ContextWindow::select(&chat, &chosen_id, size).unwrap();

        let chosen_entries: Vec<_> = w.entries.iter().filter(|e| e.role == EntryRole::Chosen).collect();
        prop_assert_eq!(chosen_entries.len(), 1);
        prop_assert_eq!(&chosen_entries[0].message.id, &chosen_id);

        prop_assert!(w.before <= size && w.after <= size);

        let first = chat.position_of(&w.entries[0].message.id).unwrap();
        let ids: Vec<&str> = w.entries.iter().map(|e| e.message.id.as_str()).collect();
        let expected: Vec<&str> = chat.messages[first..first + ids.len()].iter().map(|m| m.id.as_str()).collect();
        prop_assert_eq!(ids, expected);

        prop_assert_eq!(w.before, w.entries.iter().filter(|e| e.role == EntryRole::Before).count());
        prop_assert_eq!(w.after, w.entries.iter().filter(|e| e.role == EntryRole::After).count());
        prop_assert_eq!(w.total_sent(), w.sent().count());
        for e in &w.entries {
            prop_assert_eq!(e.role == EntryRole::NotSent, !e.message.kind.is_sent_in_reports());
        }

        // Fewer than `size` on a side only when the chat has no more there.
        prop_assert_eq!(w.before, sent_kinds_in(&chat, 0..chosen).min(size));
        prop_assert_eq!(w.after, sent_kinds_in(&chat, chosen + 1..chat.messages.len()).min(size));
        // The window starts and ends on a sent message (or the chosen one).
        prop_assert!(w.entries.first().unwrap().role != EntryRole::NotSent);
        prop_assert!(w.entries.last().unwrap().role != EntryRole::NotSent);
    }

    #[test]
    fn payload_carries_exactly_the_sent_entries((chat, chosen, size) in chat_and_choice()) {
        let policy = Policy { context_size: size, ..Policy::default() };
        let (notice, p) = agreed(&message(&chat, &chat.messages[chosen].id), &policy, "");
        let (w, m) = (notice.disclosure().window().unwrap(), p.message_report().unwrap());
        let shown: Vec<&Message> = w.sent().map(|e| &e.message).collect();
        let sent: Vec<Message> = m.messages.iter().map(|m| m.to_message()).collect();
        prop_assert_eq!(shown, sent.iter().collect::<Vec<_>>());
        let not_sent = w.entries.iter().filter(|e| e.role == EntryRole::NotSent).count();
        prop_assert_eq!(m.not_sent.len(), not_sent);
        prop_assert_eq!(m.counts.total, w.total_sent());
        prop_assert_eq!(m.counts.before, w.before);
        prop_assert_eq!(m.counts.after, w.after);
        let back: ReportPayload = serde_json::from_str(&p.to_json()).unwrap();
        prop_assert_eq!(back, p);
    }
}

fn message(chat: &Conversation, id: &str) -> ReportRequest {
    ReportRequest::Message {
        conversation: chat.clone(),
        message_id: id.to_string(),
    }
}

/// The request's notice in English, agreed to with `comment`.
fn agreed(request: &ReportRequest, policy: &Policy, comment: &str) -> (Notice, ReportPayload) {
    static EN: std::sync::OnceLock<Wording> = std::sync::OnceLock::new();
    let wording = EN.get_or_init(|| Wording::shipped("en").unwrap());
    let ctx = ScreenContext {
        wording,
        platform: Platform::Android,
        utc_offset_minutes: 0,
    };
    let notice = Notice::new(request, policy, None, &ctx).unwrap();
    let p = notice.agree(&Agreement {
        reason: Reason::Harassment,
        comment,
        consented_at: "2026-11-25T10:00:00Z",
        report_id: "r-1",
        confirmed_lines: notice.lines().len() as u32,
    });
    (notice, p)
}

fn plain_chat(n: usize) -> Conversation {
    Conversation {
        id: "c".into(),
        title: "chat".into(),
        is_group: false,
        messages: (0..n)
            .map(|i| Message {
                id: format!("m{i}"),
                sender: Sender {
                    id: "u".into(),
                    display_name: "U".into(),
                },
                sent_at: i as i64,
                kind: MessageKind::Text {
                    text: format!("text {i}"),
                },
            })
            .collect(),
    }
}

#[test]
fn edges_of_the_chat() {
    let chat = plain_chat(30);
    let first = ContextWindow::select(&chat, "m0", 9).unwrap();
    assert_eq!((first.before, first.after, first.entries.len()), (0, 9, 10));
    let last = ContextWindow::select(&chat, "m29", 9).unwrap();
    assert_eq!((last.before, last.after, last.entries.len()), (9, 0, 10));
    let third = ContextWindow::select(&chat, "m2", 9).unwrap();
    assert_eq!((third.before, third.after), (2, 9));
    let middle = ContextWindow::select(&chat, "m15", 9).unwrap();
    assert_eq!(middle.entries[0].message.id, "m6");
    assert_eq!(middle.entries[18].message.id, "m24");
    let alone = ContextWindow::select(&plain_chat(1), "m0", 9).unwrap();
    assert_eq!((alone.before, alone.after, alone.total_sent()), (0, 0, 1));
}

#[test]
fn unknown_or_unreportable_choices_are_clear_errors() {
    let mut chat = plain_chat(3);
    let err = ContextWindow::select(&chat, "nope", 9).unwrap_err();
    assert_eq!(
        err,
        WindowError::ChosenNotInChat {
            message_id: "nope".into()
        }
    );
    assert_eq!(err.to_string(), "message \"nope\" is not in this chat");

    chat.messages[1].kind = MessageKind::Unsent;
    assert!(matches!(
        ContextWindow::select(&chat, "m1", 9),
        Err(WindowError::ChosenNotReportable { .. })
    ));

    chat.messages[2].id = "m0".into();
    assert!(matches!(
        ContextWindow::select(&chat, "m0", 9),
        Err(WindowError::DuplicateMessageId { .. })
    ));
}

#[test]
fn comment_is_trimmed_and_empty_comment_is_absent() {
    let chat = plain_chat(2);
    let request = message(&chat, "m1");
    let (_, p) = agreed(&request, &Policy::default(), "  ");
    assert_eq!(p.comment, None);
    let (_, p) = agreed(&request, &Policy::default(), " he threatened me \n");
    assert_eq!(p.comment.as_deref(), Some("he threatened me"));
}

#[test]
fn unknown_message_kinds_are_a_clear_error() {
    let json = r#"{"id":"c","title":"t","is_group":false,"messages":[
        {"id":"m1","sender":{"id":"u","display_name":"U"},"sent_at":1,"kind":"text","text":"hi"},
        {"id":"m2","sender":{"id":"u","display_name":"U"},"sent_at":2,"kind":"poll","question":"?"}]}"#;
    let err = Conversation::from_json(json).unwrap_err();
    assert!(
        err.starts_with("the chat cannot be read: unknown variant `poll`"),
        "{err}"
    );
    let ok = json.replace(r#""kind":"poll","question":"?""#, r#""kind":"unsent""#);
    assert_eq!(Conversation::from_json(&ok).unwrap().messages.len(), 2);
}

#[test]
fn hostile_chat_is_reported_in_full() {
    let chat = report_fixtures::conversation("hostile").unwrap();
    let (notice, p) = agreed(&message(&chat, "h05"), &Policy::default(), "");
    assert_eq!(
        notice.disclosure().window().unwrap().total_sent(),
        chat.messages.len()
    );
    let long = p
        .message_report()
        .unwrap()
        .messages
        .iter()
        .find(|m| m.id == "h06")
        .unwrap();
    match &long.content {
        report_core::payload::Content::Text { text } => {
            assert_eq!(text.chars().count(), report_fixtures::LONG_TEXT_CHARS)
        }
        other => panic!("{other:?}"),
    }
    let dup = report_fixtures::conversation("duplicate-ids").unwrap();
    let refused = Disclosure::new(&message(&dup, "d01"), &Policy::default()).unwrap_err();
    assert!(
        refused.field.starts_with("conversation.messages["),
        "{refused}"
    );
    assert!(refused.problem.starts_with("duplicate id"), "{refused}");
    // Nor can an account's messages be taken from such a chat.
    let account = ReportRequest::Account {
        account: report_fixtures::account("u-daniel").unwrap(),
        conversation: Some(dup),
    };
    let refused = Disclosure::new(&account, &Policy::default()).unwrap_err();
    assert!(refused.problem.starts_with("duplicate id"), "{refused}");
}
