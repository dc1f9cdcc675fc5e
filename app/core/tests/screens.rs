//! The worded screens for the demo scenarios, in every shipped locale.

use report_core::fixtures::{self, SCENARIOS};
use report_core::wording::all_locales;
use report_core::{Disclosure, EntryRole, Platform, Policy, Reason, ScreenContext, Wording};

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
                let chat = fixtures::conversation(s.conversation_id).unwrap();
                let d = Disclosure::new(&chat, s.chosen_message_id, &Policy::default()).unwrap();
                let screens = ctx.screens(&d).unwrap();
                assert_eq!(screens.disclosure.entries.len(), d.window.entries.len());
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
        let s = fixtures::scenario(scenario).unwrap();
        let chat = fixtures::conversation(s.conversation_id).unwrap();
        let d = Disclosure::new(&chat, s.chosen_message_id, &Policy::default()).unwrap();
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
    let s = fixtures::scenario("near-start").unwrap();
    let chat = fixtures::conversation(s.conversation_id).unwrap();
    let d = Disclosure::new(&chat, s.chosen_message_id, &Policy::default()).unwrap();
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
    assert_eq!(normalize(&screen.entries[0].time), "2026年11月20日 09:33");
}

#[test]
fn group_preview_shows_media_and_what_is_not_sent() {
    let wording = Wording::shipped("en").unwrap();
    let ctx = ScreenContext {
        wording: &wording,
        platform: Platform::Android,
        utc_offset_minutes: 0,
    };
    let s = fixtures::scenario("group-media").unwrap();
    let chat = fixtures::conversation(s.conversation_id).unwrap();
    let d = Disclosure::new(&chat, s.chosen_message_id, &Policy::default()).unwrap();
    let screen = ctx.disclosure_screen(&d).unwrap();
    let labels: Vec<String> = screen
        .entries
        .iter()
        .map(|e| {
            let media = e.media.as_ref().map(|m| m.label.as_str());
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
            .entries
            .iter()
            .filter(|e| e.role == EntryRole::NotSent)
            .count(),
        2
    );
    assert_eq!((d.window.before, d.window.after), (5, 2));
}
