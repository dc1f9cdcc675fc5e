//! What a receiver relies on: every field a report carries is named on the
//! screen, bad reports are refused with the field, and approved wording
//! verifies while altered wording does not.

use report_core::inventory::{leaf_paths, named_by, NamedBy, FIELDS};
use report_core::notice::{Register, REGISTER_PATH};
use report_core::payload::{Content, Reported};
use report_core::screens::{DisclosureScreen, PreviewEntry, ProfileFact, SectionBody};
use report_core::snapshot::normalize;
use report_core::verify::{parse, Approved, Unverified};
use report_core::wording::all_locales;
use report_core::{Platform, Policy, ScreenContext, Wording};
use report_core::{PostMedia, Profile};
use report_fixtures::cases::{case_disclosure, SNAPSHOT_UTC_OFFSET_MINUTES};
use report_fixtures::sample_report::{bad_reports, case_report, draft_wording};
use report_fixtures::SCENARIOS;

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
    let scenario = report_fixtures::scenario("group-media").unwrap();
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
            let d = case_disclosure(scenario);
            let screen = ScreenContext {
                wording: &wording,
                platform,
                utc_offset_minutes: SNAPSHOT_UTC_OFFSET_MINUTES,
            }
            .disclosure_screen(&d)
            .unwrap();
            let headline = normalize(&screen.headline);
            // Each kind's own fields, and those every report carries.
            let own =
                |path: &str| !path.starts_with("reported.") || path.starts_with(&p.reported.path());
            for (path, named) in FIELDS.iter().filter(|(path, _)| own(path)) {
                if let NamedBy::Detail(key) = named {
                    assert!(
                        screen
                            .details
                            .iter()
                            .any(|(k, text)| k == key && !text.trim().is_empty()),
                        "{path} is named by detail {key}, which the disclosure does not show"
                    );
                }
            }
            // "no messages" words a zero; every other count is shown as a number.
            let counts = match &p.reported {
                Reported::Message(m) => vec![m.counts.total, m.counts.before, m.counts.after],
                Reported::Account(a) => vec![a.messages.len()],
                Reported::Post(post) => vec![post.media.len()],
            };
            for n in counts {
                assert!(
                    n == 0 || headline.contains(&n.to_string()),
                    "{}: the headline does not say {n}: {headline}",
                    scenario.id
                );
            }
            // What the preview names, field by field, for everything sent.
            let row = |id: &str| {
                screen
                    .entries()
                    .find(|e| e.message_id == id)
                    .unwrap_or_else(|| panic!("{id} is sent but not previewed"))
            };
            match &p.reported {
                Reported::Message(r) => {
                    for m in &r.messages {
                        let e = row(&m.id);
                        assert_eq!(e.sender, m.sender.display_name);
                        assert!(!e.time.is_empty(), "message {} has no time shown", m.id);
                        shows_content(e, &m.content);
                    }
                }
                Reported::Account(a) => {
                    shows_profile(&screen, &a.profile);
                    assert_eq!(screen.entries().count(), a.messages.len());
                    for m in &a.messages {
                        let e = row(&m.id);
                        assert_eq!(e.sender, a.profile.display_name);
                        assert!(!e.time.is_empty(), "message {} has no time shown", m.id);
                        shows_content(e, &m.content);
                    }
                }
                Reported::Post(post) => {
                    shows_profile(&screen, &post.author);
                    let e = row(&post.id);
                    assert_eq!(e.sender, post.author.display_name);
                    assert!(!e.time.is_empty(), "post {} has no time shown", post.id);
                    assert_eq!(e.text, post.text);
                    let thumbnails: Vec<&str> = e
                        .media
                        .iter()
                        .filter_map(|m| m.thumbnail_url.as_deref())
                        .collect();
                    let sent: Vec<&str> = post
                        .media
                        .iter()
                        .map(|m| match m {
                            PostMedia::Image { media_url, .. }
                            | PostMedia::Video { media_url, .. } => media_url.as_str(),
                        })
                        .collect();
                    assert_eq!(thumbnails, sent);
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

/// The message's text or caption, thumbnail link, file or sticker name, as sent.
fn shows_content(e: &PreviewEntry, content: &Content) {
    let label = e.media.first().map(|x| x.label.as_str()).unwrap_or("");
    match content {
        Content::Text { text } => assert_eq!(e.text.as_deref(), Some(text.as_str())),
        Content::Image {
            caption, media_url, ..
        }
        | Content::Video {
            caption, media_url, ..
        } => {
            assert_eq!(e.text, *caption);
            let thumbnail = e.media.first().and_then(|x| x.thumbnail_url.as_deref());
            assert_eq!(thumbnail, Some(media_url.as_str()));
        }
        Content::File { file_name, .. } => assert!(label.contains(file_name.as_str())),
        Content::Sticker { sticker_name, .. } => {
            assert!(label.contains(sticker_name.as_str()))
        }
    }
}

/// The account's name, status message and photo link, each as sent.
fn shows_profile(screen: &DisclosureScreen, profile: &Profile) {
    let facts: Vec<&ProfileFact> = screen
        .preview
        .iter()
        .flat_map(|s| match &s.body {
            SectionBody::Profile(facts) => facts.iter().collect(),
            _ => vec![],
        })
        .collect();
    let values: Vec<Option<&str>> = facts.iter().map(|f| f.value.as_deref()).collect();
    let worded: Vec<Option<&str>> = std::iter::once(Some(profile.display_name.as_str()))
        .chain(profile.status_message.as_deref().map(Some))
        .collect();
    let shown: Vec<Option<&str>> = values.into_iter().filter(Option::is_some).collect();
    assert_eq!(shown, worded, "the facts of {} as shown", profile.id);
    let photos: Vec<&str> = facts
        .iter()
        .filter_map(|f| f.photo_url.as_deref())
        .collect();
    assert_eq!(
        photos,
        profile.photo_url.as_deref().into_iter().collect::<Vec<_>>()
    );
}

#[test]
fn blank_optional_text_is_left_out_so_the_receiver_takes_the_report() {
    // A host may hand over "" or spaces where it has no text or no status.
    let mut post = report_fixtures::post("p-giveaway").unwrap();
    post.text = Some("  ".into());
    post.author.status_message = Some(String::new());
    post.author.photo_url = Some(" ".into());
    let wording = Wording::shipped("en").unwrap();
    let notice = report_core::Notice::new(
        &report_core::ReportRequest::Post { post },
        &Policy::default(),
        None,
        &ScreenContext {
            wording: &wording,
            platform: Platform::Ios,
            utc_offset_minutes: 0,
        },
    )
    .unwrap();
    assert_eq!(notice.screen().entries().next().unwrap().text, None);
    let p = notice.agree(&report_core::Agreement {
        reason: report_core::Reason::Scam,
        comment: "",
        consented_at: "2026-11-25T10:00:00Z",
        report_id: "r-1",
        confirmed_lines: notice.lines().len() as u32,
    });
    let Reported::Post(sent) = &p.reported else {
        panic!("a post report");
    };
    assert_eq!(
        (
            &sent.text,
            &sent.author.status_message,
            &sent.author.photo_url
        ),
        (&None, &None, &None)
    );
    parse(p.to_json().as_bytes(), &Policy::default()).unwrap();
}

#[test]
fn a_field_outside_the_inventory_is_found() {
    let mut json = sample();
    json["reported"]["message"]["messages"][0]["content"]["thumbnail"] = "https://cdn/x.jpg".into();
    json["device_id"] = "abc".into();
    let unnamed: Vec<String> = leaf_paths(&json)
        .into_iter()
        .filter(|p| named_by(p).is_none())
        .collect();
    assert_eq!(
        unnamed,
        ["device_id", "reported.message.messages[].content.thumbnail"]
    );
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
fn a_report_whose_device_did_not_confirm_every_line_does_not_verify() {
    let approved = approved();
    let scenario = report_fixtures::scenario("group-media").unwrap();
    let en = Wording::shipped("en").unwrap();
    let p = case_report(&en, Platform::Ios, scenario, "r").unwrap();
    assert!(approved.verify(&p).is_ok());
    let all = p.display_check.unwrap().confirmed_lines;
    for lines in [0, all - 1, all + 1] {
        let mut fewer = p.clone();
        fewer.display_check.as_mut().unwrap().confirmed_lines = lines;
        assert_eq!(
            approved.verify(&fewer).unwrap_err(),
            Unverified::DisplayNotConfirmed,
            "{lines} lines confirmed"
        );
    }
    // A client from before the check: received (it parses), never verified.
    let mut json: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    json.as_object_mut().unwrap().remove("display_check");
    let older = report_core::verify::parse(json.to_string().as_bytes(), approved.policy()).unwrap();
    assert_eq!(older.display_check, None);
    assert_eq!(
        approved.verify(&older).unwrap_err(),
        Unverified::DisplayNotConfirmed
    );
}

#[test]
fn altered_wording_or_content_does_not_verify() {
    let approved = approved();
    let scenario = report_fixtures::scenario("full-window").unwrap();

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
    match &mut p3.reported {
        Reported::Message(m) => m.messages[0].sender.display_name.push('x'),
        _ => unreachable!("full-window reports a message"),
    }
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
    assert_eq!(refusal.field, "reported.message.counts.before", "{refusal}");
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
