//! The receiver's rules for the values a report carries, in one place: the
//! receiver refuses a report that breaks one (`verify::check`), and the
//! client checks the host's request against the same rules before the person
//! can agree (`Disclosure::new`), so that a report the person agreed to is
//! never refused for its shape, which no retry could fix.
//!
//! Lengths are counted in Unicode scalar values (`char`s), as a person would
//! count them, not in bytes. The limits are chosen so that the largest report
//! the screen can show fits under `MAX_BODY_BYTES` with room to spare; the
//! arithmetic is in `MAX_BODY_BYTES`'s comment and the test
//! `largest_reports_fit_the_body_limit` builds those reports.

use crate::conversation::MessageKind;
use std::fmt;
use std::ops::RangeInclusive;

/// The largest report body a receiver reads: 1 MiB.
///
/// Budget: 4 JSON bytes per character. A character is at most 4 bytes of
/// UTF-8 (a quote, a backslash, a tab or a line break 2 escaped); ids and
/// links hold no control characters, and a text may take at most 4 bytes per
/// allowed character in all (`check_text`), since serde_json writes most
/// control characters as 6 (`\u00XX`).
///
/// - one sent message, at most: a 10 000-char text (40 000 bytes; a video
///   with a 2048-char link and a 2000-char caption is 16 192), a 300-char
///   sender name (1 200), two 128-char ids (1 024) and about 200 bytes of
///   keys and numbers: 42 424;
/// - a message report: 19 such messages (`MAX_CONTEXT_SIZE` on each side of
///   the chosen one) = 806 056, 50 not-sent marks of at most 570 bytes =
///   28 500, the comment (1000 chars, 4 000), ids, versions, digest and keys
///   under 5 000: 843 556 bytes, 80% of the limit;
/// - an account report: its profile (id 512, name 1 200, status 40 000,
///   photo link 8 192 and keys: under 50 200) and 20 received messages of at
///   most 40 712 (814 240), comment and the rest 9 000: 873 440, 83%;
/// - a post: its author (50 000), text (40 000) and 20 media links of at
///   most 8 300: about 265 000.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Ids, versions and locales: long enough for any UUID, URN or build string.
pub const MAX_ID_CHARS: usize = 128;

/// Names a person reads: display names, file and sticker names (a file
/// name may be 255 bytes on every common file system; 300 chars holds it).
pub const MAX_NAME_CHARS: usize = 300;

/// Links to media and profile photos.
pub const MAX_URL_CHARS: usize = 2048;

/// What people write: message text, status messages, post text. 10 000 is
/// what the largest common chat apps let one message hold (and the hostile
/// fixture's long text); a longer one is refused, not cut, since the screen
/// must show what is sent.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Captions of photos and videos, which chat apps keep short (1024 to 2200).
pub const MAX_CAPTION_CHARS: usize = 2000;

/// The reporting person's own comment; the text field stops there.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// The most messages a report takes on each side of the chosen one: the
/// default policy's `context_size`.
pub const MAX_CONTEXT_SIZE: usize = 9;

/// The most messages received from an account that its report carries.
pub const MAX_ACCOUNT_MESSAGES: usize = 20;

/// The most photos and videos a reported post may hold.
pub const MAX_POST_MEDIA: usize = 20;

/// The most "not sent" rows (notices, unsent messages) between the messages
/// a report carries: each is marked in the report.
pub const MAX_NOT_SENT: usize = 50;

/// 9999-12-31T23:59:59Z: the last time a four-digit year can show. Times are
/// seconds since 1970, UTC.
pub const LAST_TIME: i64 = 253_402_300_799;

/// Seconds since 1970 a report may carry.
pub const TIMES: RangeInclusive<i64> = 0..=LAST_TIME;

/// Minutes east of UTC: real time zones lie between UTC-12:00 and UTC+14:00.
pub const OFFSETS: RangeInclusive<i32> = -720..=840;

/// Why a value is refused: the field (a path, as whoever wrote it names it)
/// and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub field: String,
    pub problem: String,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl std::error::Error for Refusal {}

pub fn refuse(field: impl Into<String>, problem: impl Into<String>) -> Refusal {
    Refusal {
        field: field.into(),
        problem: problem.into(),
    }
}

pub fn check_id(field: &str, id: &str) -> Result<(), Refusal> {
    if id.is_empty() {
        return Err(refuse(field, "is empty"));
    }
    if id.chars().count() > MAX_ID_CHARS {
        return Err(refuse(
            field,
            format!("is longer than {MAX_ID_CHARS} characters"),
        ));
    }
    if id.chars().any(char::is_control) {
        return Err(refuse(field, "holds a control character"));
    }
    Ok(())
}

/// Text a person wrote or reads, empty included: up to `max` characters,
/// and up to `4 * max` bytes as the report writes it in JSON. Control
/// characters are allowed (a sender must not be able to make their message
/// unreportable with one), but each takes 6 bytes escaped, so a text of
/// mostly control characters is refused before it could outgrow the body.
pub fn check_text(field: &str, text: &str, max: usize) -> Result<(), Refusal> {
    // Stops counting at the limit: a 1 GiB text costs no more than a short one.
    if text.chars().nth(max).is_some() {
        return Err(refuse(field, format!("is longer than {max} characters")));
    }
    let bytes: usize = text.chars().map(json_bytes).sum();
    if bytes > 4 * max {
        return Err(refuse(
            field,
            format!(
                "takes {bytes} bytes in a report, more than {} (control characters take 6 each)",
                4 * max
            ),
        ));
    }
    Ok(())
}

/// The bytes serde_json writes for one character inside a string.
pub fn json_bytes(c: char) -> usize {
    match c {
        '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
        '\0'..='\u{1f}' => 6,
        c => c.len_utf8(),
    }
}

/// A link: no control characters at all, up to `MAX_URL_CHARS`.
pub fn check_link(field: &str, url: &str) -> Result<(), Refusal> {
    if url.chars().nth(MAX_URL_CHARS).is_some() {
        return Err(refuse(
            field,
            format!("is longer than {MAX_URL_CHARS} characters"),
        ));
    }
    if url.chars().any(char::is_control) {
        return Err(refuse(field, "holds a control character"));
    }
    Ok(())
}

pub fn check_opt_text(field: &str, text: &Option<String>, max: usize) -> Result<(), Refusal> {
    match text {
        Some(t) => check_text(field, t, max),
        None => Ok(()),
    }
}

pub fn check_time(field: &str, at: i64) -> Result<(), Refusal> {
    if !TIMES.contains(&at) {
        return Err(refuse(field, "is not a valid time"));
    }
    Ok(())
}

/// The moment of agreement, as RFC 3339 with any offset. Read in UTC it
/// must lie in `TIMES` too: "9999-12-31T23:59:59-01:00" parses, but is a
/// moment in year 10000, which the receiver's consent record (kept in UTC)
/// cannot hold.
pub fn check_consented_at(field: &str, at: &str) -> Result<(), Refusal> {
    let parsed = time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .map_err(|_| refuse(field, "is not an RFC 3339 time"))?;
    if !TIMES.contains(&parsed.unix_timestamp()) {
        return Err(refuse(
            field,
            "is not a time between 1970 and 9999-12-31T23:59:59Z",
        ));
    }
    Ok(())
}

pub fn check_offset(field: &str, minutes: i32) -> Result<(), Refusal> {
    if !OFFSETS.contains(&minutes) {
        return Err(refuse(field, "is not a time zone"));
    }
    Ok(())
}

pub fn check_count(field: &str, n: usize, max: usize, what: &str) -> Result<(), Refusal> {
    if n > max {
        return Err(refuse(
            field,
            format!("holds {n} {what}; a report carries at most {max}"),
        ));
    }
    Ok(())
}

/// A message's content, by kind: the client checks the host's message with
/// it, the receiver a sent one (`payload::Content::to_kind`).
pub fn check_message_kind(at: &str, kind: &MessageKind) -> Result<(), Refusal> {
    let url = |u: &str| check_link(&format!("{at}.media_url"), u);
    let caption = |c: &Option<String>| match c {
        Some(c) => check_text(&format!("{at}.caption"), c, MAX_CAPTION_CHARS),
        None => Ok(()),
    };
    match kind {
        MessageKind::Text { text } => check_text(&format!("{at}.text"), text, MAX_TEXT_CHARS),
        MessageKind::Image {
            media_url,
            caption: c,
            ..
        }
        | MessageKind::Video {
            media_url,
            caption: c,
            ..
        } => {
            url(media_url)?;
            caption(c)
        }
        MessageKind::File { file_name, .. } => {
            check_text(&format!("{at}.file_name"), file_name, MAX_NAME_CHARS)
        }
        MessageKind::Sticker {
            sticker_name,
            media_url,
        } => {
            check_text(&format!("{at}.sticker_name"), sticker_name, MAX_NAME_CHARS)?;
            url(media_url)
        }
        MessageKind::SystemNotice { .. } | MessageKind::Unsent => Ok(()),
    }
}
