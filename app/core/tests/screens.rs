//! The worded screens for the demo scenarios, in every shipped locale.

use report_core::screens::{RowRole, SectionBody};
use report_core::wording::all_locales;
use report_core::{Disclosure, Platform, Policy, Reason, ScreenContext, Subject, Wording};
use report_fixtures::{self as fixtures, SCENARIOS};

use report_core::snapshot::normalize;

#[test]
fn every_scenario_formats_completely_in_every_locale_and_platform() {
    for locale in all_locales() {
        let wording = Wording::shipped(locale).unwrap();
        for platform in Platform::ALL {
            let ctx = ScreenContext {
                wording: &wording,
                platform,
                utc_offset_minutes: 540,
            };
            for s in SCENARIOS {
                let d = Disclosure::new(&s.request(), &Policy::default()).unwrap();
                let screens = ctx.screens(&d).unwrap();
                let rows = match &d.subject {
                    Subject::Message { window, .. } => window.entries.len(),
                    Subject::Account { received, .. } => received.len(),
                    Subject::Post { .. } => 1,
                };
                assert_eq!(screens.disclosure.entries().count(), rows, "{}", s.id);
                ctx.receipt_screen(&d, Reason::Spam, "R-1").unwrap();
            }
        }
    }
}

#[test]
fn english_headline_states_the_real_counts() {
    let wording = Wording::shipped("en").unwrap();
    let ctx = ScreenContext {
        wording: &wording,
        platform: Platform::Desktop,
        utc_offset_minutes: 540,
    };
    let headline = |scenario: &str| {
        let d = disclosure(scenario);
        normalize(&ctx.disclosure_screen(&d).unwrap().headline)
    };
    let full = headline("full-window");
    assert!(full.contains("19 messages from this chat"), "{full}");
    assert!(
        full.contains("the 9 messages before it") && full.contains("the 9 messages after it"),
        "{full}"
    );
    let near = headline("near-start");
    assert!(
        near.contains("12 messages") && near.contains("the 2 messages before it"),
        "{near}"
    );
    let last = headline("chosen-last");
    assert!(
        last.contains("10 messages") && last.contains("no messages after it"),
        "{last}"
    );
    let alone = headline("one-message");
    assert!(
        alone.contains("1 message from this chat") && alone.contains("no messages before it"),
        "{alone}"
    );
}

#[test]
fn japanese_headline_and_platform_wording() {
    let wording = Wording::shipped("ja").unwrap();
    let d = disclosure("near-start");
    let ios = ScreenContext {
        wording: &wording,
        platform: Platform::Ios,
        utc_offset_minutes: 540,
    };
    let desktop = ScreenContext {
        platform: Platform::Desktop,
        ..ios
    };
    let screen = ios.disclosure_screen(&d).unwrap();
    let headline = normalize(&screen.headline);
    assert!(
        headline.contains("その前の2件、その後の9件の合計12件"),
        "{headline}"
    );
    assert!(normalize(&screen.consent_note).contains("タップ"));
    assert!(normalize(&desktop.disclosure_screen(&d).unwrap().consent_note).contains("クリック"));
    assert_eq!(screen.agree, "同意して送信");
    let first = screen.entries().next().unwrap();
    assert_eq!(normalize(&first.time), "2026年11月20日 09:33");
}

#[test]
fn group_preview_shows_media_and_what_is_not_sent() {
    let wording = Wording::shipped("en").unwrap();
    let ctx = ScreenContext {
        wording: &wording,
        platform: Platform::Android,
        utc_offset_minutes: 0,
    };
    let d = disclosure("group-media");
    let screen = ctx.disclosure_screen(&d).unwrap();
    let labels: Vec<String> = screen
        .entries()
        .map(|e| {
            let media = e.media.first().map(|m| m.label.as_str());
            let parts = [e.marker.as_deref(), media, e.text.as_deref()];
            normalize(
                &parts
                    .iter()
                    .flatten()
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" | "),
            )
        })
        .collect();
    let all = labels.join("\n");
    assert!(all.contains("Photo (1.8 MB)"), "{all}");
    assert!(all.contains("Video, 0:42 (8.1 MB)"), "{all}");
    assert!(all.contains("File: route-plan.pdf (240 KB)"), "{all}");
    assert!(all.contains("Sticker: Waving bear"), "{all}");
    assert!(all.contains("Not sent: a notice from the app"), "{all}");
    assert!(
        all.contains("Not sent: a message its sender unsent"),
        "{all}"
    );
    // What the payload carries of media, the screen says: links, not files.
    assert!(all.contains("a link to it is sent"), "{all}");
    assert!(
        all.contains("Only its name and size are sent, not the file."),
        "{all}"
    );
    assert!(
        !all.contains("Priya Nair added Wei Chen"),
        "a notice's content must not be shown as sent"
    );
    assert_eq!(
        screen
            .entries()
            .filter(|e| e.role == RowRole::NotSent)
            .count(),
        2
    );
    let w = d.window().unwrap();
    assert_eq!((w.before, w.after), (5, 2));
}

fn disclosure(scenario: &str) -> Disclosure {
    let s = fixtures::scenario(scenario).unwrap();
    Disclosure::new(&s.request(), &Policy::default()).unwrap()
}

fn english() -> Wording {
    Wording::shipped("en").unwrap()
}

#[test]
fn account_reports_state_how_many_received_messages_are_sent() {
    let wording = english();
    let ctx = ScreenContext {
        wording: &wording,
        platform: Platform::Ios,
        utc_offset_minutes: 540,
    };
    for (scenario, in_chat, sent, headline) in [
        (
            "account-many",
            20,
            10,
            "information about this account and the 10 most recent messages you received from it",
        ),
        (
            "account-ten",
            10,
            10,
            "information about this account and the 10 most recent messages you received from it",
        ),
        (
            "account-three",
            3,
            3,
            "information about this account and the 3 most recent messages you received from it",
        ),
        (
            "account-none",
            0,
            0,
            "No messages are sent with it: you have received none from this account.",
        ),
    ] {
        let d = disclosure(scenario);
        let Subject::Account { account, received } = &d.subject else {
            panic!("{scenario} reports an account");
        };
        // Counted in the chat as it really is: the account's own sent-kind messages.
        let chat = fixtures::chat_with(&account.id);
        let written = chat
            .iter()
            .flat_map(|c| &c.messages)
            .filter(|m| m.sender.id == account.id && m.kind.is_sent_in_reports());
        assert_eq!(written.count(), in_chat, "{scenario}");
        assert_eq!(received.len(), sent, "{scenario}");
        let screen = ctx.disclosure_screen(&d).unwrap();
        let shown = normalize(&screen.headline);
        assert!(shown.contains(headline), "{scenario}: {shown}");
        // The latest ones, in chat order, every one of them the account's.
        if let Some(chat) = chat {
            let theirs: Vec<&str> = chat
                .messages
                .iter()
                .filter(|m| m.sender.id == account.id && m.kind.is_sent_in_reports())
                .map(|m| m.id.as_str())
                .collect();
            let ids: Vec<&str> = received.iter().map(|m| m.id.as_str()).collect();
            assert_eq!(ids, theirs[theirs.len() - sent..], "{scenario}");
        }
        let rows: Vec<_> = screen.entries().collect();
        assert_eq!(rows.len(), sent, "{scenario}");
        assert!(rows
            .iter()
            .all(|e| e.role == RowRole::Received && e.sender == account.display_name));
        let consent = normalize(&screen.consent_note);
        assert!(consent.starts_with("By tapping"), "{consent}");
        // Older messages are named as not sent only where the limit was reached.
        let older = "Messages from this account older than the 10 most recent";
        let not_sent: Vec<String> = screen.not_sent.iter().map(|t| normalize(t)).collect();
        assert_eq!(
            not_sent.iter().any(|t| t == older),
            sent == 10,
            "{scenario}"
        );
        assert!(not_sent
            .iter()
            .any(|t| t == "Messages this account sent and then unsent"));
    }
}

#[test]
fn account_facts_are_named_one_by_one_and_unset_ones_are_not_shown() {
    let wording = english();
    let ctx = ScreenContext {
        wording: &wording,
        platform: Platform::Desktop,
        utc_offset_minutes: 540,
    };
    let facts = |scenario: &str| -> Vec<(String, Option<String>, bool)> {
        let screen = ctx.disclosure_screen(&disclosure(scenario)).unwrap();
        screen
            .preview
            .iter()
            .flat_map(|s| match &s.body {
                SectionBody::Profile(facts) => facts.clone(),
                _ => vec![],
            })
            .map(|f| (f.label, f.value, f.photo_url.is_some()))
            .collect()
    };
    let photo = "Profile photo: a link to it is sent, which the review team can open.";
    assert_eq!(
        facts("account-many"),
        [
            ("Name".into(), Some("Daniel Park".into()), false),
            (
                "Status message".into(),
                Some("Back in Seoul for the winter".into()),
                false
            ),
            (photo.into(), None, true),
        ]
    );
    assert_eq!(
        facts("account-none"),
        [("Name".into(), Some("Quick Deals 24/7".into()), false)]
    );
    // A post's author is named the same way, after the post.
    let post = ctx.disclosure_screen(&disclosure("post-media")).unwrap();
    let headings: Vec<String> = post.preview.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(
        headings,
        [
            "The post that will be sent",
            "Information about its author that will be sent"
        ]
    );
    assert_eq!(facts("post-media").len(), 3);
}

#[test]
fn post_reports_state_the_media_sent_with_the_post() {
    let wording = english();
    let ctx = ScreenContext {
        wording: &wording,
        platform: Platform::Android,
        utc_offset_minutes: 540,
    };
    let media = ctx.disclosure_screen(&disclosure("post-media")).unwrap();
    let headline = normalize(&media.headline);
    assert!(
        headline
            .contains("this post with its 2 photos and videos and information about its author"),
        "{headline}"
    );
    let row = media.entries().next().unwrap();
    let labels: Vec<String> = row.media.iter().map(|m| normalize(&m.label)).collect();
    assert_eq!(labels.len(), 2);
    assert!(labels[0].starts_with("Photo (1.8 MB)"), "{labels:?}");
    assert!(labels[1].starts_with("Video, 1:35 (14.0 MB)"), "{labels:?}");
    let text = ctx.disclosure_screen(&disclosure("post-text")).unwrap();
    let headline = normalize(&text.headline);
    assert!(
        headline.contains("this post and information about its author will be sent"),
        "{headline}"
    );
    assert!(text.entries().next().unwrap().media.is_empty());
}
