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
