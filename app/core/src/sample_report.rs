//! The report a client builds for a snapshot case: what the receiver's
//! tests, its load tool and the core's own tests send. Built exactly as the
//! component builds it (`ReportFlow`'s agreement), from the same constants as
//! the snapshots.

use crate::fixtures::{self, Scenario};
use crate::notice::{disclosure_digest, notice_version};
use crate::snapshot::{SNAPSHOT_HOST_APP_VERSION, SNAPSHOT_REASON, SNAPSHOT_UTC_OFFSET_MINUTES};
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
    let policy = Policy::default();
    let chat = fixtures::conversation(scenario.conversation_id).expect("scenario chats exist");
    let disclosure = Disclosure::new(&chat, scenario.chosen_message_id, &policy)
        .expect("scenario messages exist")
        .with_host_app_version(Some(SNAPSHOT_HOST_APP_VERSION));
    let shown = ScreenContext {
        wording,
        platform,
        utc_offset_minutes: SNAPSHOT_UTC_OFFSET_MINUTES,
    }
    .disclosure_screen(&disclosure)?;
    Ok(ReportPayload::build(
        &disclosure,
        &Consent {
            report_id,
            reason: SNAPSHOT_REASON,
            comment: "",
            locale: wording.locale(),
            platform,
            utc_offset_minutes: SNAPSHOT_UTC_OFFSET_MINUTES,
            consented_at: "2026-11-25T10:00:00Z",
            notice_version: &notice_version(wording, platform, &policy),
            disclosure_digest: &disclosure_digest(&shown),
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
            (|j| j["messages"][0]["content"]["thumbnail"] = json!("x")),
            "messages[0].content",
        ),
        (
            (|j| j["messages"][0]["sender"]["phone"] = json!("x")),
            "messages[0].sender.phone",
        ),
        (
            (|j| j["messages"][0]["content"] = json!({"kind": "system_notice", "text": "x"})),
            "messages[0].content.kind",
        ),
        (
            (|j| j["messages"][0]["content"] = json!({"kind": "unsent"})),
            "messages[0].content.kind",
        ),
        ((|j| j["messages"][0]["role"] = json!("chosen")), "messages"),
        (
            (|j| j["messages"][6]["role"] = json!("before")),
            "messages[6].role",
        ),
        (
            (|j| j["messages"][0]["role"] = json!("after")),
            "messages[0].role",
        ),
        (
            (|j| j["chosen_message_id"] = json!("g01")),
            "messages[5].id",
        ),
        ((|j| j["counts"]["total"] = json!(9)), "counts.total"),
        ((|j| j["counts"]["before"] = json!(4)), "counts.before"),
        (
            (|j| j["messages"][1]["id"] = json!("g01")),
            "messages[1].id",
        ),
        ((|j| j["messages"][1]["id"] = json!("")), "messages[1].id"),
        (
            (|j| j["messages"][1]["sent_at"] = json!(-5)),
            "messages[1].sent_at",
        ),
        (
            (|j| j["messages"][1]["sent_at"] = json!("yesterday")),
            "messages[1].sent_at",
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
            (|j| j["not_sent"][0]["before_message_id"] = json!("nope")),
            "not_sent[0].before_message_id",
        ),
        (
            (|j| j["not_sent"][0]["kind"] = json!("deleted")),
            "not_sent[0].kind",
        ),
        ((|j| j["host_app_version"] = json!("")), "host_app_version"),
    ]
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
