//! The notice a person is shown before agreeing, as one value: the
//! disclosure, its screen in the person's wording, the lines the device must
//! find on screen, and the two fingerprints a report carries. The component
//! renders it and `agree` turns it into the payload, so what is sent is what
//! was shown. The receiver builds the same value back from a report
//! (`from_report`, the inverse of `agree`) and compares.

use crate::conversation::{Message, MessageKind, Sender};
use crate::disclosure::{ClientInfo, Disclosure};
use crate::limits::{check_offset, Refusal};
use crate::notice::{disclosure_digest, notice_version};
use crate::payload::{
    DisplayCheck, DisplayResult, MessageReport, NotSentKind, ReportPayload, Reported, SentRole,
};
use crate::policy::Policy;
use crate::report::{Platform, Reason};
use crate::screens::{DisclosureScreen, ScreenContext};
use crate::snapshot::disclosure_lines;
use crate::subject::{ReportRequest, Subject};
use crate::window::{ContextWindow, EntryRole, WindowEntry};
use crate::wording::WordingError;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    disclosure: Disclosure,
    screen: DisclosureScreen,
    lines: Vec<String>,
    locale: String,
    platform: Platform,
    utc_offset_minutes: i32,
    notice_version: String,
    disclosure_digest: String,
}

/// Why there is no notice to show: a value the receiver would refuse (the
/// host's to fix), or wording that cannot be formatted completely (the
/// flow fails closed).
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeError {
    Refused(Refusal),
    Wording(WordingError),
}

impl fmt::Display for NoticeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoticeError::Refused(r) => r.fmt(f),
            NoticeError::Wording(w) => w.fmt(f),
        }
    }
}

impl From<Refusal> for NoticeError {
    fn from(r: Refusal) -> NoticeError {
        NoticeError::Refused(r)
    }
}

impl From<WordingError> for NoticeError {
    fn from(w: WordingError) -> NoticeError {
        NoticeError::Wording(w)
    }
}

/// What the person gave at "Agree and send", and what their device added.
#[derive(Clone, Copy, Debug)]
pub struct Agreement<'a> {
    pub reason: Reason,
    pub comment: &'a str,
    /// RFC 3339, when the person agreed.
    pub consented_at: &'a str,
    /// The idempotency key: one per opened flow, the same on every retry.
    pub report_id: &'a str,
    /// How many of `lines()` the device's display check found on screen.
    pub confirmed_lines: u32,
}

impl Notice {
    /// Every rule the receiver applies to what the host and the device give
    /// (ids, texts, times, counts, the offset), then the disclosure in
    /// `ctx`'s wording: a notice exists only if the report it becomes will
    /// be taken.
    pub fn new(
        request: &ReportRequest,
        policy: &Policy,
        host_app_version: Option<&str>,
        ctx: &ScreenContext,
    ) -> Result<Notice, NoticeError> {
        let disclosure =
            Notice::check_request(request, policy, host_app_version, ctx.utc_offset_minutes)?;
        Ok(Notice::of(disclosure, ctx)?)
    }

    /// The rules of `new` alone, before any wording is at hand (the package
    /// refuses a host's options with them while the wording loads).
    pub fn check_request(
        request: &ReportRequest,
        policy: &Policy,
        host_app_version: Option<&str>,
        utc_offset_minutes: i32,
    ) -> Result<Disclosure, Refusal> {
        let disclosure =
            Disclosure::new(request, policy)?.with_host_app_version(host_app_version)?;
        check_offset("utc_offset_minutes", utc_offset_minutes)?;
        Ok(disclosure)
    }

    fn of(disclosure: Disclosure, ctx: &ScreenContext) -> Result<Notice, WordingError> {
        let screen = ctx.disclosure_screen(&disclosure)?;
        Ok(Notice {
            lines: disclosure_lines(&screen),
            disclosure_digest: disclosure_digest(&screen),
            notice_version: notice_version(ctx.wording, ctx.platform, &disclosure.policy),
            locale: ctx.wording.locale().to_string(),
            platform: ctx.platform,
            utc_offset_minutes: ctx.utc_offset_minutes,
            screen,
            disclosure,
        })
    }

    pub fn disclosure(&self) -> &Disclosure {
        &self.disclosure
    }

    pub fn screen(&self) -> &DisclosureScreen {
        &self.screen
    }

    /// The disclosure as lines (`snapshot::disclosure_lines`): what the
    /// device's display check must find on screen.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    pub fn notice_version(&self) -> &str {
        &self.notice_version
    }

    pub fn disclosure_digest(&self) -> &str {
        &self.disclosure_digest
    }

    /// The one way to a payload: this notice, agreed to.
    pub fn agree(&self, a: &Agreement<'_>) -> ReportPayload {
        let comment = a.comment.trim();
        ReportPayload {
            payload_shape: crate::payload_shape::PAYLOAD_SHAPE,
            report_id: a.report_id.to_string(),
            reported: Reported::of(&self.disclosure.subject),
            reason: a.reason,
            comment: (!comment.is_empty()).then(|| comment.to_string()),
            locale: self.locale.clone(),
            platform: self.platform,
            utc_offset_minutes: self.utc_offset_minutes,
            consented_at: a.consented_at.to_string(),
            client_version: self.disclosure.client.client_version.clone(),
            host_app_version: self.disclosure.client.host_app_version.clone(),
            notice_version: self.notice_version.clone(),
            disclosure_digest: self.disclosure_digest.clone(),
            display_check: Some(DisplayCheck {
                result: DisplayResult::Passed,
                confirmed_lines: a.confirmed_lines,
            }),
        }
    }

    /// The notice a well-formed report was agreed to, rebuilt from the report
    /// with `wording` and `policy` (the approved ones its notice version
    /// names): what the receiver compares with what the report says was
    /// shown.
    pub fn from_report(
        p: &ReportPayload,
        wording: &crate::Wording,
        policy: &Policy,
    ) -> Result<Notice, WordingError> {
        Notice::of(
            disclosure_of(p, policy),
            &ScreenContext {
                wording,
                platform: p.platform,
                utc_offset_minutes: p.utc_offset_minutes,
            },
        )
    }
}

/// The `Disclosure` a well-formed report was built from, as far as it is
/// sent: not-sent rows come back as what they were, without content.
pub fn disclosure_of(p: &ReportPayload, policy: &Policy) -> Disclosure {
    let subject = match &p.reported {
        Reported::Message(m) => Subject::Message {
            conversation_id: m.conversation_id.clone(),
            chosen_message_id: m.chosen_message_id.clone(),
            window: window_of(m),
        },
        Reported::Account(a) => Subject::Account {
            account: a.profile.clone(),
            received: a
                .messages
                .iter()
                .map(|m| Message {
                    id: m.id.clone(),
                    sender: a.profile.as_sender(),
                    sent_at: m.sent_at,
                    kind: m.content.to_kind(),
                })
                .collect(),
        },
        Reported::Post(post) => Subject::Post { post: post.clone() },
    };
    Disclosure {
        subject,
        policy: policy.clone(),
        client: ClientInfo {
            client_version: p.client_version.clone(),
            host_app_version: p.host_app_version.clone(),
        },
    }
}

fn window_of(p: &MessageReport) -> ContextWindow {
    let mut entries = vec![];
    for m in &p.messages {
        for mark in p.not_sent.iter().filter(|n| n.before_message_id == m.id) {
            entries.push(WindowEntry {
                message: Message {
                    id: String::new(),
                    sender: Sender {
                        id: String::new(),
                        display_name: String::new(),
                    },
                    sent_at: 0,
                    kind: match mark.kind {
                        NotSentKind::Unsent => MessageKind::Unsent,
                        NotSentKind::SystemNotice => MessageKind::SystemNotice {
                            text: String::new(),
                        },
                    },
                },
                role: EntryRole::NotSent,
            });
        }
        entries.push(WindowEntry {
            message: m.to_message(),
            role: match m.role {
                SentRole::Before => EntryRole::Before,
                SentRole::Chosen => EntryRole::Chosen,
                SentRole::After => EntryRole::After,
            },
        });
    }
    ContextWindow {
        entries,
        before: p.counts.before,
        after: p.counts.after,
    }
}
