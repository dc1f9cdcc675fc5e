//! The report a client builds for a snapshot case: what the receiver's
//! tests, its load tool and the core's own tests send. Built exactly as the
//! component builds it (`ReportFlow`'s agreement), from the same constants as
//! the snapshots.

use crate::fixtures::Scenario;
use crate::notice::{disclosure_digest, notice_version};
use crate::payload::{DisplayCheck, DisplayResult};
use crate::snapshot::{
    case_disclosure, disclosure_lines, SNAPSHOT_HOST_APP_VERSION, SNAPSHOT_REASON,
    SNAPSHOT_UTC_OFFSET_MINUTES,
};
use crate::{
    Consent, Disclosure, Platform, Policy, ReportPayload, ScreenContext, Wording, WordingError,
};
use serde_json::{json, Value};

/// The report a client builds for a snapshot case once the person agrees,
/// with the case's reason: what the e2e suite and the receiver's tests send.
pub fn case_report(
    wording: &Wording,
    platform: Platform,
    scenario: &Scenario,
    report_id: &str,
) -> Result<ReportPayload, WordingError> {
    case_report_in(
        wording,
        platform,
        scenario,
        report_id,
        SNAPSHOT_HOST_APP_VERSION,
    )
}

/// `case_report` from another host app version (shown on the disclosure, so
/// part of what the digest covers): what the audit's per-app rows are tested with.
pub fn case_report_in(
    wording: &Wording,
    platform: Platform,
    scenario: &Scenario,
    report_id: &str,
    host_app_version: &str,
) -> Result<ReportPayload, WordingError> {
    let disclosure = case_disclosure(scenario)
        .with_host_app_version(Some(host_app_version))
        .expect("a host app version the tests choose is an id");
    agreed(
        wording,
        platform,
        &disclosure,
        report_id,
        &Policy::default(),
    )
}

/// `case_report` shown under another policy (a receiver's retention, say),
/// as a client given that policy builds it.
pub fn case_report_under(
    wording: &Wording,
    platform: Platform,
    scenario: &Scenario,
    report_id: &str,
    policy: &Policy,
) -> Result<ReportPayload, WordingError> {
    let disclosure = Disclosure::new(&scenario.request(), policy)
        .and_then(|d| d.with_host_app_version(Some(SNAPSHOT_HOST_APP_VERSION)))
        .expect("scenario subjects exist");
    agreed(wording, platform, &disclosure, report_id, policy)
}

fn agreed(
    wording: &Wording,
    platform: Platform,
    disclosure: &Disclosure,
    report_id: &str,
    policy: &Policy,
) -> Result<ReportPayload, WordingError> {
    let shown = ScreenContext {
        wording,
        platform,
        utc_offset_minutes: SNAPSHOT_UTC_OFFSET_MINUTES,
    }
    .disclosure_screen(disclosure)?;
    Ok(ReportPayload::build(
        disclosure,
        &Consent {
            report_id,
            reason: SNAPSHOT_REASON,
            comment: "",
            locale: wording.locale(),
            platform,
            utc_offset_minutes: SNAPSHOT_UTC_OFFSET_MINUTES,
            consented_at: "2026-11-25T10:00:00Z",
            notice_version: &notice_version(wording, platform, policy),
            disclosure_digest: &disclosure_digest(&shown),
            display_check: DisplayCheck {
                result: DisplayResult::Passed,
                confirmed_lines: disclosure_lines(&shown).len() as u32,
            },
        },
    ))
}

/// A way to break a report, and the JSON path of the field it breaks.
pub type BadReport = (fn(&mut Value), &'static str);

/// Ways to break a well-formed report (`case_report` of group-media, en,
/// ios), each with the field a receiver's refusal must name: what the core's
/// and the receiver's refusal tests both try.
pub fn bad_reports() -> Vec<BadReport> {
    vec![
        ((|j| j["extra"] = json!(1)), "extra"),
        (
            (|j| j["reported"]["message"]["messages"][0]["content"]["thumbnail"] = json!("x")),
            "reported.message.messages[0].content",
        ),
        (
            (|j| j["reported"]["message"]["messages"][0]["sender"]["phone"] = json!("x")),
            "reported.message.messages[0].sender.phone",
        ),
        (
            (|j| {
                j["reported"]["message"]["messages"][0]["content"] =
                    json!({"kind": "system_notice", "text": "x"})
            }),
            "reported.message.messages[0].content.kind",
        ),
        (
            (|j| j["reported"]["message"]["messages"][0]["content"] = json!({"kind": "unsent"})),
            "reported.message.messages[0].content.kind",
        ),
        (
            (|j| j["reported"]["message"]["messages"][0]["role"] = json!("chosen")),
            "reported.message.messages",
        ),
        (
            (|j| j["reported"]["message"]["messages"][6]["role"] = json!("before")),
            "reported.message.messages[6].role",
        ),
        (
            (|j| j["reported"]["message"]["messages"][0]["role"] = json!("after")),
            "reported.message.messages[0].role",
        ),
        (
            (|j| j["reported"]["message"]["chosen_message_id"] = json!("g01")),
            "reported.message.messages[5].id",
        ),
        (
            (|j| j["reported"]["message"]["counts"]["total"] = json!(9)),
            "reported.message.counts.total",
        ),
        (
            (|j| j["reported"]["message"]["counts"]["before"] = json!(4)),
            "reported.message.counts.before",
        ),
        (
            (|j| j["reported"]["message"]["messages"][1]["id"] = json!("g01")),
            "reported.message.messages[1].id",
        ),
        (
            (|j| j["reported"]["message"]["messages"][1]["id"] = json!("")),
            "reported.message.messages[1].id",
        ),
        (
            (|j| j["reported"]["message"]["messages"][1]["sent_at"] = json!(-5)),
            "reported.message.messages[1].sent_at",
        ),
        (
            (|j| j["reported"]["message"]["messages"][1]["sent_at"] = json!("yesterday")),
            "reported.message.messages[1].sent_at",
        ),
        ((|j| j["report_id"] = json!("")), "report_id"),
        ((|j| j["report_id"] = json!("a\u{7}b")), "report_id"),
        ((|j| j["report_id"] = json!("x".repeat(129))), "report_id"),
        (
            (|j| {
                j.as_object_mut().unwrap().remove("notice_version");
            }),
            "(report)",
        ),
        ((|j| j["reason"] = json!("boredom")), "reason"),
        ((|j| j["platform"] = json!("symbian")), "platform"),
        (
            (|j| j["utc_offset_minutes"] = json!(9000)),
            "utc_offset_minutes",
        ),
        (
            (|j| j["consented_at"] = json!("last tuesday")),
            "consented_at",
        ),
        (
            (|j| j["disclosure_digest"] = json!("sha256:zz")),
            "disclosure_digest",
        ),
        (
            (|j| j["reported"]["message"]["not_sent"][0]["before_message_id"] = json!("nope")),
            "reported.message.not_sent[0].before_message_id",
        ),
        (
            (|j| j["reported"]["message"]["not_sent"][0]["kind"] = json!("deleted")),
            "reported.message.not_sent[0].kind",
        ),
        ((|j| j["host_app_version"] = json!("")), "host_app_version"),
        // A report on an account or a post, broken.
        (
            (|j| {
                j["reported"] = reported_of("account-ten");
                let m = j["reported"]["account"]["messages"][0].clone();
                j["reported"]["account"]["messages"]
                    .as_array_mut()
                    .unwrap()
                    .push(m);
            }),
            "reported.account.messages",
        ),
        (
            (|j| {
                j["reported"] = reported_of("account-three");
                j["reported"]["account"]["messages"][1]["id"] = json!("v01");
            }),
            "reported.account.messages[1].id",
        ),
        (
            (|j| {
                j["reported"] = reported_of("account-three");
                j["reported"]["account"]["profile"]["phone"] = json!("x");
            }),
            "reported.account.profile.phone",
        ),
        (
            (|j| {
                j["reported"] = reported_of("account-three");
                j["reported"]["account"]["messages"][0]["sender"] = json!({"id": "u-mika"});
            }),
            "reported.account.messages[0].sender",
        ),
        (
            (|j| {
                j["reported"] = reported_of("account-none");
                j["reported"]["account"]["profile"]["status_message"] = json!(" ");
            }),
            "reported.account.profile.status_message",
        ),
        (
            (|j| {
                j["reported"] = reported_of("post-media");
                j["reported"]["post"]["author"]["id"] = json!("");
            }),
            "reported.post.author.id",
        ),
        (
            (|j| {
                j["reported"] = reported_of("post-media");
                j["reported"]["post"]["media"][0]["kind"] = json!("file");
            }),
            "reported.post.media[0].kind",
        ),
        (
            (|j| {
                j["reported"] = reported_of("post-text");
                j["reported"]["post"]["posted_at"] = json!(-1);
            }),
            "reported.post.posted_at",
        ),
        (
            (|j| j["reported"] = json!({"poll": {"id": "x"}})),
            "reported",
        ),
    ]
}

/// The `reported` part of a scenario's report (en, ios): what the broken
/// reports of other kinds start from.
fn reported_of(scenario: &str) -> Value {
    let wording = crate::Wording::shipped("en").expect("the reference locale is compiled in");
    let scenario = crate::fixtures::scenario(scenario).expect("the scenario exists");
    let report = case_report(&wording, Platform::Ios, scenario, "r").expect("en formats");
    serde_json::to_value(report.reported).expect("a report always serialises")
}

/// The English wording with one heading changed: what a client showing an
/// unapproved draft shows. Its notice_version is in no register.
pub fn draft_wording() -> Wording {
    let en = crate::wording::embedded_source("en").expect("the reference locale is compiled in");
    Wording::from_sources(
        "en",
        [(
            "draft.ftl".to_string(),
            en.replace("Why it is sent", "Why we need it"),
        )],
    )
    .expect("the draft parses")
}
