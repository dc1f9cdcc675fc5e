//! What a receiver relies on: every field a report carries is named on the
//! screen, bad reports are refused with the field, and approved wording
//! verifies while altered wording does not.

use report_core::fixtures::SCENARIOS;
use report_core::inventory::{leaf_paths, named_by, NamedBy, FIELDS};
use report_core::notice::{Register, REGISTER_PATH};
use report_core::sample_report::{bad_reports, case_report, draft_wording};
use report_core::snapshot::SNAPSHOT_UTC_OFFSET_MINUTES;
use report_core::verify::{parse, Approved, Unverified};
use report_core::wording::all_locales;
use report_core::{Platform, Policy, ScreenContext, Wording};

fn committed_register() -> Register {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(REGISTER_PATH);
    Register::parse(&std::fs::read_to_string(path).unwrap())
}

fn approved() -> Approved {
    let wordings = all_locales()
        .map(|l| Wording::shipped(l).unwrap())
        .collect();
    Approved::new(committed_register(), Policy::default(), wordings).unwrap()
}

fn sample() -> serde_json::Value {
    let wording = Wording::shipped("en").unwrap();
    let scenario = report_core::fixtures::scenario("group-media").unwrap();
    let p = case_report(&wording, Platform::Ios, scenario, "r-1").unwrap();
    serde_json::to_value(p).unwrap()
}

#[test]
fn every_field_sent_is_named_on_the_screen() {
    let wording = Wording::shipped("en").unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for platform in Platform::ALL {
        for scenario in SCENARIOS {
            let mut p = case_report(&wording, platform, scenario, "r-1").unwrap();
            p.comment = Some("he threatened me".into());
            let json = serde_json::to_value(&p).unwrap();
            for path in leaf_paths(&json) {
                assert!(
                    named_by(&path).is_some(),
                    "scenario {}: the report carries {path}, which no line of the disclosure names",
                    scenario.id
                );
                seen.insert(path);
            }
            let chat = report_core::fixtures::conversation(scenario.conversation_id).unwrap();
            let d =
                report_core::Disclosure::new(&chat, scenario.chosen_message_id, &Policy::default())
                    .unwrap();
            let screen = ScreenContext {
                wording: &wording,
                platform,
                utc_offset_minutes: SNAPSHOT_UTC_OFFSET_MINUTES,
            }
            .disclosure_screen(&d)
            .unwrap();
            for (path, named) in FIELDS {
                match named {
                    NamedBy::Detail(key) => assert!(
                        screen
                            .details
                            .iter()
                            .any(|(k, text)| k == key && !text.trim().is_empty()),
                        "{path} is named by detail {key}, which the disclosure does not show"
                    ),
                    NamedBy::Headline => {
                        let headline = report_core::snapshot::normalize(&screen.headline);
                        for n in [p.counts.total, p.counts.before, p.counts.after] {
                            // "no messages" words a zero; every other count is shown as a number.
                            assert!(
                                n == 0 || headline.contains(&n.to_string()),
                                "{path}: the headline does not say {n}: {headline}"
                            );
                        }
                    }
                    NamedBy::Preview => {}
                }
            }
            // What the preview names, field by field, for every message sent.
            for m in &p.messages {
                let e = screen
                    .entries
                    .iter()
                    .find(|e| e.message_id == m.id)
                    .unwrap_or_else(|| panic!("message {} is sent but not previewed", m.id));
                assert_eq!(e.sender, m.sender.display_name);
                assert!(!e.time.is_empty(), "message {} has no time shown", m.id);
                let label = e.media.as_ref().map(|x| x.label.as_str()).unwrap_or("");
                use report_core::payload::Content;
                match &m.content {
                    Content::Text { text } => assert_eq!(e.text.as_deref(), Some(text.as_str())),
                    Content::Image {
                        caption, media_url, ..
                    }
                    | Content::Video {
                        caption, media_url, ..
                    } => {
                        assert_eq!(e.text, *caption);
                        let thumbnail = e.media.as_ref().and_then(|x| x.thumbnail_url.as_deref());
                        assert_eq!(thumbnail, Some(media_url.as_str()));
                    }
                    Content::File { file_name, .. } => assert!(label.contains(file_name.as_str())),
                    Content::Sticker { sticker_name, .. } => {
                        assert!(label.contains(sticker_name.as_str()))
                    }
                }
            }
        }
    }
    // The fixtures send every kind of field the inventory lists.
    for (path, _) in FIELDS {
        assert!(
            seen.contains(*path),
            "no scenario sends {path}: the inventory entry is untested"
        );
    }
}

#[test]
fn a_field_outside_the_inventory_is_found() {
    let mut json = sample();
    json["messages"][0]["content"]["thumbnail"] = "https://cdn/x.jpg".into();
    json["device_id"] = "abc".into();
    let unnamed: Vec<String> = leaf_paths(&json)
        .into_iter()
        .filter(|p| named_by(p).is_none())
        .collect();
    assert_eq!(unnamed, ["device_id", "messages[].content.thumbnail"]);
}

#[test]
fn the_register_lists_every_notice_the_wording_can_show() {
    // Fails when a wording file changed without `bash .ci/refresh-snapshots`.
    approved();
    let mut stale = committed_register();
    stale.notices.retain(|n| n.locale != "ja");
    let wordings = all_locales()
        .map(|l| Wording::shipped(l).unwrap())
        .collect();
    let err = Approved::new(stale, Policy::default(), wordings)
        .err()
        .unwrap();
    assert!(err.contains("locale ja"), "{err}");
}

#[test]
fn every_approved_case_verifies() {
    let approved = approved();
    let mut n = 0;
    for locale in all_locales() {
        let wording = Wording::shipped(locale).unwrap();
        for platform in Platform::ALL {
            for scenario in SCENARIOS {
                let p = case_report(&wording, platform, scenario, "r-1").unwrap();
                let notice = approved
                    .verify(&p)
                    .unwrap_or_else(|e| panic!("{locale} {} {}: {e}", platform.id(), scenario.id));
                assert_eq!(
                    (notice.locale.as_str(), notice.platform),
                    (locale, platform)
                );
                n += 1;
            }
        }
    }
    assert_eq!(n, 8 * 3 * SCENARIOS.len());
}

#[test]
fn altered_wording_or_content_does_not_verify() {
    let approved = approved();
    let scenario = report_core::fixtures::scenario("full-window").unwrap();

    // A client that shows a draft: its own notice_version is unknown.
    let draft = draft_wording();
    let p = case_report(&draft, Platform::Android, scenario, "r").unwrap();
    assert_eq!(approved.verify(&p).unwrap_err(), Unverified::UnknownNotice);

    // A client that claims the approved notice but showed other text.
    let approved_en = Wording::shipped("en").unwrap();
    let mut p2 = case_report(&draft, Platform::Android, scenario, "r").unwrap();
    p2.notice_version = case_report(&approved_en, Platform::Android, scenario, "r")
        .unwrap()
        .notice_version;
    assert_eq!(
        approved.verify(&p2).unwrap_err(),
        Unverified::DigestMismatch
    );

    // A report whose content differs from what the digest was made from.
    let mut p3 = case_report(&approved_en, Platform::Android, scenario, "r").unwrap();
    p3.messages[0].sender.display_name.push('x');
    assert_eq!(
        approved.verify(&p3).unwrap_err(),
        Unverified::DigestMismatch
    );

    // The notice of another platform.
    let mut p4 = case_report(&approved_en, Platform::Android, scenario, "r").unwrap();
    p4.platform = Platform::Ios;
    assert_eq!(
        approved.verify(&p4).unwrap_err(),
        Unverified::NoticeMismatch
    );
}

#[test]
fn bad_reports_are_refused_naming_the_field() {
    let policy = Policy::default();
    let good = sample();
    parse(good.to_string().as_bytes(), &policy).unwrap();
    let mut wrong = vec![];
    for (i, (mutate, field)) in bad_reports().into_iter().enumerate() {
        let mut j = good.clone();
        mutate(&mut j);
        match parse(j.to_string().as_bytes(), &policy) {
            Ok(_) => wrong.push(format!("bad input {i} ({field}) was accepted")),
            Err(r) if r.field != field => {
                wrong.push(format!("bad input {i}: expected {field}, got {r}"))
            }
            Err(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let too_wide = Policy {
        context_size: 4,
        ..Policy::default()
    };
    let refusal = parse(good.to_string().as_bytes(), &too_wide).unwrap_err();
    assert_eq!(refusal.field, "counts.before", "{refusal}");
    for text in [
        "",
        "not json",
        "[]",
        "{\"report_id\": \"x\"}",
        &format!("{good} trailing"),
    ] {
        assert!(
            parse(text.as_bytes(), &policy).is_err(),
            "{text:.40} was accepted"
        );
    }
}

#[test]
fn every_unverified_code_reads_back() {
    let codes: std::collections::BTreeSet<&str> =
        Unverified::ALL.iter().map(|u| u.code()).collect();
    assert_eq!(codes.len(), Unverified::ALL.len(), "codes are distinct");
    for u in Unverified::ALL {
        assert_eq!(Unverified::from_code(u.code()), Some(u.clone()));
    }
    assert_eq!(Unverified::from_code("no_such_code"), None);
}
