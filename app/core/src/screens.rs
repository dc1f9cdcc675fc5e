//! The exact text of every step of the report flow, formatted from a
//! `Disclosure` and the wording. The component renders these values and the
//! snapshots record them, so both always say the same thing.

use crate::conversation::{Message, MessageKind};
use crate::disclosure::Disclosure;
use crate::post::{Post, PostMedia};
use crate::profile::Profile;
use crate::report::{Platform, Reason};
use crate::subject::{ReportKind, Subject};
use crate::window::EntryRole;

/// What a row of the preview is: a row of a message's window, a message
/// received from a reported account, or a reported post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowRole {
    Before,
    Chosen,
    After,
    NotSent,
    Received,
    Post,
}

impl RowRole {
    /// The row's `data-role` on the page.
    pub fn id(self) -> &'static str {
        match self {
            RowRole::Before => "before",
            RowRole::Chosen => "chosen",
            RowRole::After => "after",
            RowRole::NotSent => "not-sent",
            RowRole::Received => "received",
            RowRole::Post => "post",
        }
    }
}

impl From<EntryRole> for RowRole {
    fn from(role: EntryRole) -> RowRole {
        match role {
            EntryRole::Before => RowRole::Before,
            EntryRole::Chosen => RowRole::Chosen,
            EntryRole::After => RowRole::After,
            EntryRole::NotSent => RowRole::NotSent,
        }
    }
}
use crate::wording::{Wording, WordingError};
use fluent_bundle::{FluentArgs, FluentValue};

#[derive(Clone, Debug, PartialEq)]
pub struct ReasonScreen {
    pub title: String,
    pub intro: String,
    pub reasons: Vec<(Reason, String)>,
    pub comment_label: String,
    pub comment_hint: String,
    pub next: String,
    pub cancel: String,
}

/// Media exactly as it would be sent: a thumbnail address and a worded label.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewMedia {
    pub label: String,
    pub thumbnail_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PreviewEntry {
    pub message_id: String,
    pub role: RowRole,
    /// User content: the sender's chosen name.
    pub sender: String,
    pub time: String,
    /// "The message you are reporting" or why an entry is not sent.
    pub marker: Option<String>,
    /// A message has at most one; a post may have several.
    pub media: Vec<PreviewMedia>,
    /// User content: message text or caption, in full.
    pub text: Option<String>,
}

/// One fact of a reported account, as sent: a worded label and, unless the
/// label says it all, the account's own value or a link.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileFact {
    pub label: String,
    /// User content: the account's name or status message, in full.
    pub value: Option<String>,
    pub photo_url: Option<String>,
}

/// What a part of the preview holds.
#[derive(Clone, Debug, PartialEq)]
pub enum SectionBody {
    /// Messages or a post, each as sent.
    Entries(Vec<PreviewEntry>),
    /// An account's facts, one by one.
    Profile(Vec<ProfileFact>),
    /// Why the part is empty ("You have received no messages...").
    Empty(String),
}

/// One headed part of the preview of what is sent.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewSection {
    pub heading: String,
    pub body: SectionBody,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DisclosureScreen {
    pub title: String,
    pub headline: String,
    /// Who reads it, why, and what goes with it: with the headline, the
    /// first thing a phone shows.
    pub summary: String,
    /// What is sent about the reported thing, part by part, in reading order.
    pub preview: Vec<PreviewSection>,
    pub why_heading: String,
    pub purposes: Vec<String>,
    pub who_heading: String,
    pub recipients: Vec<String>,
    pub where_heading: String,
    pub countries: Vec<String>,
    pub retention_heading: String,
    pub retention: String,
    pub details_heading: String,
    /// Everything else the payload carries, each line keyed by what it names
    /// (`inventory::DETAILS`).
    pub details: Vec<(&'static str, String)>,
    pub not_sent_heading: String,
    pub not_sent: Vec<String>,
    pub consent_note: String,
    pub agree: String,
    pub back: String,
    pub cancel: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SendScreen {
    pub sending: String,
    pub failed: String,
    pub retry: String,
    /// After a refusal no retry can change: what happened and what to do.
    pub refused: String,
    pub close: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReceiptScreen {
    pub title: String,
    pub reference: String,
    pub summary: String,
    pub reason: String,
    pub close: String,
}

impl DisclosureScreen {
    /// Every message or post row of the preview, in reading order.
    pub fn entries(&self) -> impl Iterator<Item = &PreviewEntry> {
        self.preview.iter().flat_map(|s| match &s.body {
            SectionBody::Entries(entries) => entries.as_slice(),
            _ => &[],
        })
    }
}

/// Every step's text for one report, formatted up front: if any piece of the
/// wording is incomplete, nothing is shown and nothing can be sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Screens {
    pub reason: ReasonScreen,
    pub disclosure: DisclosureScreen,
    pub send: SendScreen,
}

pub struct ScreenContext<'a> {
    pub wording: &'a Wording,
    pub platform: Platform,
    /// Minutes east of UTC in which message times are shown.
    pub utc_offset_minutes: i32,
}

impl ScreenContext<'_> {
    fn text(&self, id: &str) -> Result<String, WordingError> {
        self.wording.format(id, Some(&self.base_args()))
    }

    fn text_with(
        &self,
        id: &str,
        extra: &[(&str, FluentValue<'_>)],
    ) -> Result<String, WordingError> {
        let mut args = self.base_args();
        for (name, value) in extra {
            args.set(*name, value.clone());
        }
        self.wording.format(id, Some(&args))
    }

    fn base_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("platform", self.platform.id());
        args
    }

    pub fn screens(&self, disclosure: &Disclosure) -> Result<Screens, WordingError> {
        Ok(Screens {
            reason: self.reason_screen(disclosure.kind())?,
            disclosure: self.disclosure_screen(disclosure)?,
            send: self.send_screen()?,
        })
    }

    /// What the disclosure step shows while sending, on failure and on refusal.
    pub fn send_screen(&self) -> Result<SendScreen, WordingError> {
        Ok(SendScreen {
            sending: self.text("send-in-progress")?,
            failed: self.text("send-failed")?,
            retry: self.text("button-retry")?,
            refused: self.text("send-refused")?,
            close: self.text("button-close")?,
        })
    }

    pub fn reason_screen(&self, kind: ReportKind) -> Result<ReasonScreen, WordingError> {
        Ok(ReasonScreen {
            title: self.text(&kind.wording_id("report-title"))?,
            intro: self.text(&kind.wording_id("reason-intro"))?,
            reasons: Reason::ALL
                .iter()
                .map(|r| Ok((*r, self.text(&format!("reason-{}", r.id()))?)))
                .collect::<Result<_, WordingError>>()?,
            comment_label: self.text("comment-label")?,
            comment_hint: self.text("comment-hint")?,
            next: self.text("button-next")?,
            cancel: self.text("button-cancel")?,
        })
    }

    pub fn disclosure_screen(&self, d: &Disclosure) -> Result<DisclosureScreen, WordingError> {
        let kind = d.kind();
        let id = |base: &str| kind.wording_id(base);
        let counts = counts(d);
        let operator = [("operator", FluentValue::from(d.policy.operator.clone()))];
        let each = |prefix: &str, ids: &[String]| -> Result<Vec<String>, WordingError> {
            ids.iter()
                .map(|i| self.text_with(&format!("{prefix}-{i}"), &operator))
                .collect()
        };
        Ok(DisclosureScreen {
            title: self.text("disclosure-title")?,
            headline: self.text_with(&id("disclosure-headline"), &counts)?,
            summary: self.text_with(&id("disclosure-summary"), &counts)?,
            preview: self.preview(d)?,
            why_heading: self.text("why-heading")?,
            purposes: d
                .policy
                .purposes
                .iter()
                .map(|p| self.text_with(&id(&format!("purpose-{p}")), &operator))
                .collect::<Result<_, _>>()?,
            who_heading: self.text("who-heading")?,
            recipients: each("recipient", &d.policy.recipients)?,
            where_heading: self.text("where-heading")?,
            countries: each("country", &d.policy.processing_countries)?,
            retention_heading: self.text("retention-heading")?,
            retention: self.text_with(
                "retention",
                &[("days", FluentValue::from(d.policy.retention_days))],
            )?,
            details_heading: self.text("details-heading")?,
            details: self.details(d, &counts)?,
            not_sent_heading: self.text("not-sent-heading")?,
            not_sent: not_sent_items(d)
                .iter()
                .map(|item| {
                    self.text_with(
                        &format!("not-sent-{item}"),
                        &[("limit", FluentValue::from(d.policy.account_messages))],
                    )
                })
                .collect::<Result<_, _>>()?,
            consent_note: self.text_with(&id("consent-note"), &counts)?,
            agree: self.text("button-agree")?,
            back: self.text("button-back")?,
            cancel: self.text("button-cancel")?,
        })
    }

    fn preview(&self, d: &Disclosure) -> Result<Vec<PreviewSection>, WordingError> {
        let section = |heading: &str, body| -> Result<PreviewSection, WordingError> {
            Ok(PreviewSection {
                heading: self.text(heading)?,
                body,
            })
        };
        Ok(match &d.subject {
            Subject::Message { window, .. } => vec![section(
                "preview-heading",
                SectionBody::Entries(
                    window
                        .entries
                        .iter()
                        .map(|e| self.preview_entry(&e.message, e.role.into()))
                        .collect::<Result<_, _>>()?,
                ),
            )?],
            Subject::Account { account, received } => vec![
                section(
                    "profile-heading-account",
                    SectionBody::Profile(self.profile(account)?),
                )?,
                section(
                    "received-heading",
                    if received.is_empty() {
                        SectionBody::Empty(self.text("received-none")?)
                    } else {
                        SectionBody::Entries(
                            received
                                .iter()
                                .map(|m| self.preview_entry(m, RowRole::Received))
                                .collect::<Result<_, _>>()?,
                        )
                    },
                )?,
            ],
            Subject::Post { post } => vec![
                section(
                    "post-heading",
                    SectionBody::Entries(vec![self.post_entry(post)?]),
                )?,
                section(
                    "profile-heading-author",
                    SectionBody::Profile(self.profile(&post.author)?),
                )?,
            ],
        })
    }

    /// The account's facts one by one, as sent; an unset fact is not shown
    /// because it is not sent.
    fn profile(&self, p: &Profile) -> Result<Vec<ProfileFact>, WordingError> {
        let mut facts = vec![ProfileFact {
            label: self.text("profile-name")?,
            value: Some(p.display_name.clone()),
            photo_url: None,
        }];
        if let Some(status) = &p.status_message {
            facts.push(ProfileFact {
                label: self.text("profile-status")?,
                value: Some(status.clone()),
                photo_url: None,
            });
        }
        if let Some(photo) = &p.photo_url {
            facts.push(ProfileFact {
                label: self.text("profile-photo")?,
                value: None,
                photo_url: Some(photo.clone()),
            });
        }
        Ok(facts)
    }

    fn post_entry(&self, post: &Post) -> Result<PreviewEntry, WordingError> {
        Ok(PreviewEntry {
            message_id: post.id.clone(),
            role: RowRole::Post,
            sender: post.author.display_name.clone(),
            time: self.time(post.posted_at)?,
            marker: None,
            media: post
                .media
                .iter()
                .map(|m| match m {
                    PostMedia::Image {
                        media_url,
                        size_bytes,
                    } => self.image(media_url, *size_bytes),
                    PostMedia::Video {
                        media_url,
                        duration_seconds,
                        size_bytes,
                    } => self.video(media_url, *duration_seconds, *size_bytes),
                })
                .collect::<Result<_, _>>()?,
            text: post.text.clone(),
        })
    }

    fn image(&self, url: &str, bytes: u64) -> Result<PreviewMedia, WordingError> {
        Ok(PreviewMedia {
            label: self.text_with("media-image", &[("size", self.file_size(bytes)?.into())])?,
            thumbnail_url: Some(url.to_string()),
        })
    }

    fn video(&self, url: &str, seconds: u32, bytes: u64) -> Result<PreviewMedia, WordingError> {
        Ok(PreviewMedia {
            label: self.text_with(
                "media-video",
                &[
                    ("size", self.file_size(bytes)?.into()),
                    (
                        "duration",
                        format!("{}:{:02}", seconds / 60, seconds % 60).into(),
                    ),
                ],
            )?,
            thumbnail_url: Some(url.to_string()),
        })
    }

    fn details(
        &self,
        d: &Disclosure,
        counts: &[(&'static str, FluentValue<'static>)],
    ) -> Result<Vec<(&'static str, String)>, WordingError> {
        let client = FluentValue::from(d.client.client_version.clone());
        let versions = match &d.client.host_app_version {
            Some(host) => self.text_with(
                "detail-versions-with-app",
                &[("client", client), ("host", host.clone().into())],
            )?,
            None => self.text_with("detail-version", &[("client", client)])?,
        };
        let kind = d.kind();
        let mut details = vec![
            ("reason", self.text("detail-reason")?),
            (
                "ids",
                self.text_with(&kind.wording_id("detail-ids"), counts)?,
            ),
        ];
        // Only a message report has rows that are shown but not sent.
        if kind == ReportKind::Message {
            details.push(("not-sent-marks", self.text("detail-not-sent-marks")?));
        }
        details.extend([
            (
                "settings",
                self.text_with(
                    "detail-settings",
                    &[
                        ("locale", self.wording.locale().to_string().into()),
                        (
                            "utc_offset",
                            utc_offset_name(self.utc_offset_minutes).into(),
                        ),
                    ],
                )?,
            ),
            ("versions", versions),
            ("consent", self.text("detail-consent")?),
            ("display-check", self.text("detail-display-check")?),
            ("report-id", self.text("detail-report-id")?),
        ]);
        Ok(details)
    }

    pub fn preview_entry(&self, m: &Message, role: RowRole) -> Result<PreviewEntry, WordingError> {
        if role == RowRole::NotSent {
            // Only the fact that a row was there is sent, so only that is
            // shown: the receiver can re-render this row from the report.
            let marker = match m.kind {
                MessageKind::Unsent => self.text("preview-not-sent-unsent")?,
                _ => self.text("preview-not-sent-notice")?,
            };
            return Ok(PreviewEntry {
                message_id: m.id.clone(),
                role,
                sender: String::new(),
                time: String::new(),
                marker: Some(marker),
                media: vec![],
                text: None,
            });
        }
        let marker = match role {
            RowRole::Chosen => Some(self.text("preview-chosen")?),
            _ => None,
        };
        let (media, text) = match &m.kind {
            MessageKind::Text { text } => (None, Some(text.clone())),
            MessageKind::Image {
                media_url,
                caption,
                size_bytes,
            } => (Some(self.image(media_url, *size_bytes)?), caption.clone()),
            MessageKind::Video {
                media_url,
                caption,
                duration_seconds,
                size_bytes,
            } => (
                Some(self.video(media_url, *duration_seconds, *size_bytes)?),
                caption.clone(),
            ),
            MessageKind::File {
                file_name,
                size_bytes,
            } => (
                Some(PreviewMedia {
                    label: self.text_with(
                        "media-file",
                        &[
                            ("name", file_name.clone().into()),
                            ("size", self.file_size(*size_bytes)?.into()),
                        ],
                    )?,
                    thumbnail_url: None,
                }),
                None,
            ),
            MessageKind::Sticker {
                sticker_name,
                media_url,
            } => (
                Some(PreviewMedia {
                    label: self
                        .text_with("media-sticker", &[("name", sticker_name.clone().into())])?,
                    thumbnail_url: Some(media_url.clone()),
                }),
                None,
            ),
            // Not sent, so its content is not repeated in the preview either.
            MessageKind::SystemNotice { .. } | MessageKind::Unsent => (None, None),
        };
        Ok(PreviewEntry {
            message_id: m.id.clone(),
            role,
            sender: m.sender.display_name.clone(),
            time: self.time(m.sent_at)?,
            marker,
            media: media.into_iter().collect(),
            text,
        })
    }

    fn file_size(&self, bytes: u64) -> Result<String, WordingError> {
        const MB: u64 = 1024 * 1024;
        if bytes >= MB {
            let tenths = (bytes as f64 / MB as f64 * 10.0).round() as u64;
            let number = format!(
                "{}{}{}",
                tenths / 10,
                crate::wording::decimal_separator(self.wording.locale()),
                tenths % 10
            );
            self.text_with("size-mb", &[("mb", number.into())])
        } else {
            let kb = bytes.div_ceil(1024).max(1);
            self.text_with("size-kb", &[("kb", FluentValue::from(kb))])
        }
    }

    /// Total for every time and every offset: a host's time the receiver
    /// refuses is refused before the screen is built (`Disclosure::new`),
    /// but the formatter must not trap on one, as a calendar library does
    /// past 9999-12-31 (DateTime.MaxValue shown east of UTC).
    pub fn time(&self, unix_seconds: i64) -> Result<String, WordingError> {
        let local = i128::from(unix_seconds) + i128::from(self.utc_offset_minutes) * 60;
        let (year, month, day) = civil_from_days(local.div_euclid(86_400));
        let second_of_day = local.rem_euclid(86_400);
        self.text_with(
            "message-time",
            &[
                ("year", year_value(year)),
                ("month", FluentValue::from(month)),
                ("day", FluentValue::from(day)),
                ("hour", format!("{:02}", second_of_day / 3600).into()),
                ("minute", format!("{:02}", second_of_day % 3600 / 60).into()),
            ],
        )
    }

    pub fn receipt_screen(
        &self,
        d: &Disclosure,
        reason: Reason,
        reference: &str,
    ) -> Result<ReceiptScreen, WordingError> {
        let reason_label = self.text(&format!("reason-{}", reason.id()))?;
        Ok(ReceiptScreen {
            title: self.text("receipt-title")?,
            reference: self.text_with(
                "receipt-reference",
                &[("reference", reference.to_string().into())],
            )?,
            summary: self.text_with(&d.kind().wording_id("receipt-summary"), &counts(d))?,
            reason: self.text_with("receipt-reason", &[("reason", reason_label.into())])?,
            close: self.text("button-close")?,
        })
    }
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard
/// Hinnant's `civil_from_days`), in i128 so that no i64 time overflows it.
fn civil_from_days(days: i128) -> (i128, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i128::from(month <= 2);
    (year, month, day)
}

/// Years of real reports fit an i32 (the number Fluent formats as before);
/// the extreme ones of i64 times do not, and are given as text.
fn year_value(year: i128) -> FluentValue<'static> {
    match i32::try_from(year) {
        Ok(y) => FluentValue::from(y),
        Err(_) => year.to_string().into(),
    }
}

/// "UTC+09:00": the same in every language, as the payload's offset is.
pub fn utc_offset_name(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// What the headline, the consent note and the receipt say about this report:
/// the real counts of its kind and who receives it.
fn counts(d: &Disclosure) -> Vec<(&'static str, FluentValue<'static>)> {
    let values: Vec<usize> = match &d.subject {
        Subject::Message { window, .. } => vec![window.total_sent(), window.before, window.after],
        Subject::Account { received, .. } => vec![received.len()],
        Subject::Post { post } => vec![post.media.len()],
    };
    let names = d.kind().headline_counts();
    debug_assert_eq!(names.len(), values.len());
    let mut args = vec![("operator", FluentValue::from(d.policy.operator.clone()))];
    args.extend(
        names
            .iter()
            .zip(values)
            .map(|(n, v)| (*n, FluentValue::from(v))),
    );
    args
}

/// What the "What is not sent" list names for each kind (`not-sent-<item>`).
fn not_sent_items(d: &Disclosure) -> &'static [&'static str] {
    match &d.subject {
        Subject::Message { .. } => &["other-messages", "contacts", "location"],
        // Older messages exist only when the limit was reached.
        Subject::Account { received, .. } if received.len() >= d.policy.account_messages => &[
            "own-messages",
            "unsent-messages",
            "older-messages",
            "contacts",
            "location",
        ],
        Subject::Account { .. } => &["own-messages", "unsent-messages", "contacts", "location"],
        Subject::Post { .. } => &["comments", "other-posts", "contacts", "location"],
    }
}
