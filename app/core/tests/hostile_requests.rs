//! No dead end after agreement: every request a host can make is either
//! refused before the person can agree, naming the field as the host wrote
//! it, or gives a report (built as the component builds it at "Agree and
//! send") that the receiver's strict parse accepts, whose body is under the
//! receiver's limit and whose disclosure re-renders to the digest shown.
//! The receiver's inverse (`Notice::from_report`), agreed to again, rebuilds
//! exactly the payload that was sent. Nothing panics on the way.

use proptest::prelude::*;
use report_core::limits::{
    Refusal, LAST_TIME, MAX_ACCOUNT_MESSAGES, MAX_BODY_BYTES, MAX_COMMENT_CHARS, MAX_CONTEXT_SIZE,
    MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOT_SENT, MAX_POST_MEDIA, MAX_TEXT_CHARS, MAX_URL_CHARS,
};
use report_core::verify::parse;
use report_core::{
    Agreement, Conversation, Message, MessageKind, Notice, NoticeError, Platform, Policy, Post,
    PostMedia, Profile, Reason, ReportRequest, ScreenContext, Sender, Wording,
};

/// A host's request with what the page adds: its version and the device's offset.
#[derive(Clone, Debug)]
struct Mount {
    request: ReportRequest,
    policy: Policy,
    host_app_version: Option<String>,
    utc_offset_minutes: i32,
    comment: String,
}

const REPORT_ID: &str = "0f8e1c2a-5b4d-4e6f-8a9b-0c1d2e3f4a5b";
const CONSENTED_AT: &str = "2026-12-03T09:00:00.000Z";

/// What `ReportFlow` does from mount to "Agree and send": the notice, then
/// the payload. `Err` is a refusal before agreement.
fn agree(m: &Mount, wording: &Wording) -> Result<String, Refusal> {
    let ctx = ScreenContext {
        wording,
        platform: Platform::Android,
        utc_offset_minutes: m.utc_offset_minutes,
    };
    let notice = Notice::new(&m.request, &m.policy, m.host_app_version.as_deref(), &ctx).map_err(
        |e| match e {
            NoticeError::Refused(r) => r,
            NoticeError::Wording(w) => panic!("an accepted request that does not format: {w}"),
        },
    )?;
    let payload = notice.agree(&Agreement {
        reason: Reason::Harassment,
        comment: &m.comment,
        consented_at: CONSENTED_AT,
        report_id: REPORT_ID,
        confirmed_lines: notice.lines().len() as u32,
    });
    Ok(payload.to_json())
}

/// The field paths a host writes (`options.d.ts`) plus the device's offset.
const HOST_FIELDS: &[&str] = &[
    "conversation",
    "chosenMessageId",
    "account",
    "post",
    "policy",
    "hostAppVersion",
    "utc_offset_minutes",
];

/// The assertion of this file: refused naming a host field, or accepted by
/// the receiver, under its body limit, and verifiable.
fn assert_no_dead_end(m: &Mount, wording: &Wording) -> Result<(), TestCaseError> {
    match agree(m, wording) {
        Err(refusal) => {
            prop_assert!(
                HOST_FIELDS
                    .iter()
                    .any(|f| refusal.field == *f || refusal.field.starts_with(&format!("{f}."))),
                "refusal names no host field: {}",
                refusal
            );
            prop_assert!(!refusal.problem.is_empty());
        }
        Ok(json) => {
            prop_assert!(
                json.len() < MAX_BODY_BYTES,
                "{} bytes, over the receiver's limit",
                json.len()
            );
            let p = parse(json.as_bytes(), &m.policy)
                .map_err(|r| TestCaseError::fail(format!("receiver refuses it: {r}")))?;
            let back = Notice::from_report(&p, wording, &m.policy)
                .expect("the receiver re-renders what it accepted");
            prop_assert_eq!(back.disclosure_digest(), p.disclosure_digest.as_str());
            prop_assert_eq!(back.notice_version(), p.notice_version.as_str());
            // The round trip: the notice the receiver rebuilds, agreed to as
            // the person did, gives back the very payload that was sent, every
            // field of it, not only the text its digest covers.
            let again = back.agree(&Agreement {
                reason: p.reason,
                comment: p.comment.as_deref().unwrap_or_default(),
                consented_at: &p.consented_at,
                report_id: &p.report_id,
                confirmed_lines: p
                    .display_check
                    .expect("built with its display check")
                    .confirmed_lines,
            });
            prop_assert_eq!(again, p);
        }
    }
    Ok(())
}

fn en() -> Wording {
    Wording::shipped("en").unwrap()
}

fn msg(id: &str, at: i64, kind: MessageKind) -> Message {
    Message {
        id: id.to_string(),
        sender: Sender {
            id: format!("u-{}", id.len() % 3),
            display_name: "Aiko".to_string(),
        },
        sent_at: at,
        kind,
    }
}

fn text(t: impl Into<String>) -> MessageKind {
    MessageKind::Text { text: t.into() }
}

fn chat(messages: Vec<Message>) -> Conversation {
    Conversation {
        id: "c-1".to_string(),
        title: "Chat".to_string(),
        is_group: true,
        messages,
    }
}

fn plain_chat(n: usize) -> Conversation {
    chat(
        (0..n)
            .map(|i| msg(&format!("m-{i}"), 1_700_000_000 + i as i64, text("hi")))
            .collect(),
    )
}

fn message_mount(conversation: Conversation, chosen: &str) -> Mount {
    Mount {
        request: ReportRequest::Message {
            conversation,
            message_id: chosen.to_string(),
        },
        policy: Policy::default(),
        host_app_version: Some("chatline-ios/8.2.0".to_string()),
        utc_offset_minutes: 540,
        comment: String::new(),
    }
}

fn profile(id: &str) -> Profile {
    Profile {
        id: id.to_string(),
        display_name: "Ben".to_string(),
        status_message: Some("hello".to_string()),
        photo_url: Some("https://example.com/p.jpg".to_string()),
    }
}

fn post(id: &str, at: i64, text: Option<String>) -> Post {
    Post {
        id: id.to_string(),
        author: profile("u-ben"),
        posted_at: at,
        text,
        media: vec![],
    }
}

fn long_id() -> String {
    "x".repeat(MAX_ID_CHARS + 1)
}

/// The inputs seen failing on the receiver, each with the field its
/// refusal must name, or `None` when it must be accepted end to end.
fn table() -> Vec<(&'static str, Mount, Option<&'static str>)> {
    let mut cases = vec![];
    let with_message = |i: usize, change: &dyn Fn(&mut Message)| {
        let mut c = plain_chat(5);
        change(&mut c.messages[i]);
        message_mount(c, "m-2")
    };
    for (name, bad) in [
        ("long", long_id()),
        ("empty", String::new()),
        ("control", "m\u{7}1".to_string()),
    ] {
        let b = bad.clone();
        cases.push((
            "message id",
            with_message(3, &move |m| m.id = b.clone()),
            Some("conversation.messages[3].id"),
        ));
        let b = bad.clone();
        cases.push((
            "sender id",
            with_message(1, &move |m| m.sender.id = b.clone()),
            Some("conversation.messages[1].sender.id"),
        ));
        let mut m = message_mount(plain_chat(3), "m-1");
        if let ReportRequest::Message { conversation, .. } = &mut m.request {
            conversation.id = bad.clone();
        }
        cases.push(("conversation id", m, Some("conversation.id")));
        let mut m = message_mount(plain_chat(3), "m-1");
        if let ReportRequest::Message { message_id, .. } = &mut m.request {
            *message_id = bad.clone();
        }
        cases.push(("chosen id", m, Some("chosenMessageId")));
        cases.push((
            "account id",
            Mount {
                request: ReportRequest::Account {
                    account: profile(&bad),
                    conversation: None,
                },
                ..message_mount(plain_chat(1), "m-0")
            },
            Some("account.id"),
        ));
        cases.push((
            "post id",
            Mount {
                request: ReportRequest::Post {
                    post: post(&bad, 1_700_000_000, None),
                },
                ..message_mount(plain_chat(1), "m-0")
            },
            Some("post.id"),
        ));
        // A blank host version is none given, not a bad one.
        let expected = (name != "empty").then_some("hostAppVersion");
        cases.push((
            "host app version",
            Mount {
                host_app_version: Some(bad),
                ..message_mount(plain_chat(3), "m-1")
            },
            expected,
        ));
    }
    cases.push((
        "1 MiB text",
        with_message(2, &|m| m.kind = text("a".repeat(1 << 20))),
        Some("conversation.messages[2].text"),
    ));
    cases.push((
        "19 messages of 100 KB",
        message_mount(
            chat(
                (0..19)
                    .map(|i| msg(&format!("m-{i}"), 1_700_000_000, text("b".repeat(100_000))))
                    .collect(),
            ),
            "m-9",
        ),
        Some("conversation.messages[0].text"),
    ));
    cases.push((
        "DateTime.MaxValue east of UTC",
        with_message(2, &|m| m.sent_at = LAST_TIME),
        None,
    ));
    for at in [-1, LAST_TIME + 1, i64::MIN, i64::MAX] {
        cases.push((
            "time out of range",
            with_message(2, &move |m| m.sent_at = at),
            Some("conversation.messages[2].sent_at"),
        ));
    }
    cases.push(("time 0", with_message(2, &|m| m.sent_at = 0), None));
    for offset in [-720, 840] {
        cases.push((
            "offset at a bound",
            Mount {
                utc_offset_minutes: offset,
                ..with_message(2, &|m| m.sent_at = LAST_TIME)
            },
            None,
        ));
    }
    for offset in [-721, 841, i32::MIN, i32::MAX] {
        cases.push((
            "offset out of range",
            Mount {
                utc_offset_minutes: offset,
                ..message_mount(plain_chat(3), "m-1")
            },
            Some("utc_offset_minutes"),
        ));
    }
    cases.push((
        "duplicate ids",
        with_message(3, &|m| m.id = "m-1".to_string()),
        Some("conversation.messages[3].id"),
    ));
    cases.push((
        "chosen not in chat",
        message_mount(plain_chat(3), "m-9"),
        Some("chosenMessageId"),
    ));
    let mut notice = plain_chat(3);
    notice.messages[1].kind = MessageKind::SystemNotice {
        text: "Aiko added Ben".to_string(),
    };
    cases.push((
        "system notice chosen",
        message_mount(notice, "m-1"),
        Some("chosenMessageId"),
    ));
    let mut unsent = plain_chat(3);
    unsent.messages[1].kind = MessageKind::Unsent;
    cases.push((
        "unsent chosen",
        message_mount(unsent, "m-1"),
        Some("chosenMessageId"),
    ));
    cases.push((
        "context size over the limit",
        Mount {
            policy: Policy {
                context_size: MAX_CONTEXT_SIZE + 1,
                ..Policy::default()
            },
            ..message_mount(plain_chat(3), "m-1")
        },
        Some("policy.context_size"),
    ));
    cases.push((
        "post text over the limit",
        Mount {
            request: ReportRequest::Post {
                post: post("p-1", 0, Some("c".repeat(MAX_TEXT_CHARS + 1))),
            },
            ..message_mount(plain_chat(1), "m-0")
        },
        Some("post.text"),
    ));
    cases
}

#[test]
fn observed_failing_inputs_are_refused_naming_the_field_or_accepted() {
    let wording = en();
    let mut failures = vec![];
    for (name, mount, expected) in table() {
        let outcome = agree(&mount, &wording);
        let field = outcome.as_ref().err().map(|r| r.field.as_str());
        if field != expected {
            failures.push(format!("{name}: expected {expected:?}, got {outcome:?}"));
            continue;
        }
        if let Err(e) = assert_no_dead_end(&mount, &wording) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The largest report of each kind the limits let through, written with
/// 4-byte characters: each fits the body limit, which the limits' arithmetic
/// in `limits::MAX_BODY_BYTES` promises.
#[test]
fn largest_reports_fit_the_body_limit() {
    let wording = en();
    let wide = |n: usize| "\u{1D11E}".repeat(n);
    let big = |id: String| Message {
        id,
        sender: Sender {
            id: wide(MAX_ID_CHARS),
            display_name: wide(MAX_NAME_CHARS),
        },
        sent_at: LAST_TIME,
        kind: text(wide(MAX_TEXT_CHARS)),
    };
    let id = |i: usize| format!("{i:0>width$}", width = MAX_ID_CHARS);
    let mut messages = vec![];
    for i in 0..=2 * MAX_CONTEXT_SIZE {
        if i == 1 {
            for j in 0..MAX_NOT_SENT {
                messages.push(msg(&format!("n{j}"), 0, MessageKind::Unsent));
            }
        }
        messages.push(big(id(i)));
    }
    let max_policy = Policy {
        account_messages: MAX_ACCOUNT_MESSAGES,
        ..Policy::default()
    };
    let mut message = message_mount(chat(messages), &id(MAX_CONTEXT_SIZE));
    message.request = match message.request {
        ReportRequest::Message {
            mut conversation,
            message_id,
        } => {
            conversation.id = wide(MAX_ID_CHARS);
            ReportRequest::Message {
                conversation,
                message_id,
            }
        }
        other => other,
    };
    message.host_app_version = Some(wide(MAX_ID_CHARS));
    message.comment = wide(MAX_COMMENT_CHARS);
    let big_profile = Profile {
        id: wide(MAX_ID_CHARS),
        display_name: wide(MAX_NAME_CHARS),
        status_message: Some(wide(MAX_TEXT_CHARS)),
        photo_url: Some(wide(MAX_URL_CHARS)),
    };
    let account_chat = chat(
        (0..MAX_ACCOUNT_MESSAGES)
            .map(|i| Message {
                sender: big_profile.as_sender(),
                ..big(id(i))
            })
            .collect(),
    );
    let account = Mount {
        request: ReportRequest::Account {
            account: big_profile.clone(),
            conversation: Some(account_chat),
        },
        policy: max_policy.clone(),
        ..message.clone()
    };
    let post = Mount {
        request: ReportRequest::Post {
            post: Post {
                id: wide(MAX_ID_CHARS),
                author: big_profile,
                posted_at: LAST_TIME,
                text: Some(wide(MAX_TEXT_CHARS)),
                media: (0..MAX_POST_MEDIA)
                    .map(|_| PostMedia::Video {
                        media_url: wide(MAX_URL_CHARS),
                        duration_seconds: u32::MAX,
                        size_bytes: u64::MAX,
                    })
                    .collect(),
            },
        },
        ..message.clone()
    };
    for (kind, m) in [("message", message), ("account", account), ("post", post)] {
        let json = agree(&m, &wording).unwrap_or_else(|r| panic!("{kind}: refused: {r}"));
        assert!(
            json.len() < MAX_BODY_BYTES * 9 / 10,
            "{kind}: {} bytes leaves less than 10% of the body limit",
            json.len()
        );
        println!("largest {kind} report: {} bytes", json.len());
        assert_no_dead_end(&m, &wording).unwrap();
    }
}

fn hostile_id() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "m-[0-9]{1,3}",
        1 => Just(String::new()),
        1 => (MAX_ID_CHARS - 1..MAX_ID_CHARS + 3).prop_map(|n| "i".repeat(n)),
        1 => "[a-z]{0,3}[\u{0}-\u{1f}\u{7f}][a-z]{0,3}",
        1 => "\\PC{1,8}",
    ]
}

fn hostile_time() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => 0..=LAST_TIME,
        1 => prop::sample::select(vec![0, -1, LAST_TIME, LAST_TIME + 1, i64::MIN, i64::MAX]),
        1 => any::<i64>(),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "\\PC{0,40}",
        1 => "[\u{0}-\u{1f}a]{0,40}",
        1 => prop::sample::select(vec![
            MAX_TEXT_CHARS - 1,
            MAX_TEXT_CHARS,
            MAX_TEXT_CHARS + 1,
            100_000,
        ])
        .prop_map(|n| "\u{1F600}".repeat(n)),
        1 => (MAX_TEXT_CHARS / 2..MAX_TEXT_CHARS).prop_map(|n| "\u{1}".repeat(n)),
    ]
}

fn hostile_kind() -> impl Strategy<Value = MessageKind> {
    prop_oneof![
        6 => hostile_text().prop_map(|text| MessageKind::Text { text }),
        1 => (hostile_text(), prop::option::of(hostile_text())).prop_map(|(url, caption)| {
            MessageKind::Image { media_url: url, caption, size_bytes: 2048 }
        }),
        1 => (hostile_text(), any::<u64>()).prop_map(|(file_name, size_bytes)| {
            MessageKind::File { file_name, size_bytes }
        }),
        1 => Just(MessageKind::SystemNotice { text: "joined".into() }),
        1 => Just(MessageKind::Unsent),
    ]
}

fn hostile_message() -> impl Strategy<Value = Message> {
    (hostile_id(), hostile_id(), hostile_time(), hostile_kind()).prop_map(
        |(id, sender, sent_at, kind)| Message {
            id,
            sender: Sender {
                id: sender,
                display_name: "Aiko".into(),
            },
            sent_at,
            kind,
        },
    )
}

fn hostile_mount() -> impl Strategy<Value = Mount> {
    let offsets = prop_oneof![
        4 => -720i32..=840,
        1 => prop::sample::select(vec![-720, 840, -721, 841, i32::MIN, i32::MAX, 0]),
    ];
    let message = (
        hostile_id(),
        prop::collection::vec(hostile_message(), 1..40),
        any::<prop::sample::Index>(),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(conversation_id, messages, pick, missing)| {
            let chosen = if missing {
                "not-in-chat".to_string()
            } else {
                messages[pick.index(messages.len())].id.clone()
            };
            ReportRequest::Message {
                conversation: Conversation {
                    id: conversation_id,
                    ..chat(messages)
                },
                message_id: chosen,
            }
        });
    let account = (
        hostile_id(),
        prop::option::of(prop::collection::vec(hostile_message(), 0..30)),
    )
        .prop_map(|(id, messages)| {
            let account = profile(&id);
            ReportRequest::Account {
                conversation: messages.map(|ms| {
                    // Some of them from the account, so that they are taken.
                    chat(
                        ms.into_iter()
                            .enumerate()
                            .map(|(i, mut m)| {
                                if i % 2 == 0 {
                                    m.sender = account.as_sender();
                                }
                                m
                            })
                            .collect(),
                    )
                }),
                account,
            }
        });
    let post = (
        hostile_id(),
        hostile_time(),
        prop::option::of(hostile_text()),
    )
        .prop_map(|(id, at, text)| ReportRequest::Post {
            post: post(&id, at, text),
        });
    (
        prop_oneof![6 => message, 2 => account, 1 => post],
        0..=MAX_CONTEXT_SIZE + 1,
        prop::option::of(hostile_id()),
        offsets,
    )
        .prop_map(
            |(request, context_size, host_app_version, utc_offset_minutes)| Mount {
                request,
                policy: Policy {
                    context_size,
                    ..Policy::default()
                },
                host_app_version,
                utc_offset_minutes,
                comment: String::new(),
            },
        )
}

proptest! {
    // A few seconds in a debug build: the big texts make a case cost up to
    // tens of milliseconds.
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn hostile_requests_are_refused_naming_the_field_or_accepted(m in hostile_mount()) {
        assert_no_dead_end(&m, &en())?;
    }
}
