//! The plain-text form of what a person reads at each step, one line per
//! displayed element, in reading order. The committed snapshots hold it, and
//! the browser check extracts the same lines from the page (elements marked
//! `data-snap="<kind>"`), so approved and displayed wording compare line by line.

use crate::screens::{
    DisclosureScreen, PreviewEntry, ReasonScreen, ReceiptScreen, RowRole, SectionBody,
};

/// Isolation marks are invisible and whitespace is layout: both are dropped,
/// identically here and in the browser extractor (e2e/tests/displayed.ts).
///
/// One pass: the receiver runs it on every line of every report it verifies.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        match c {
            '\u{2068}' | '\u{2069}' => {}
            ' ' | '\t' | '\n' | '\r' | '\u{c}' => space = !out.is_empty(),
            _ => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
    }
    out
}

#[derive(Default)]
struct Lines(Vec<String>);

impl Lines {
    fn push(&mut self, kind: &str, text: &str) {
        self.0.push(format!("{kind}: {}", normalize(text)));
    }
    fn each(&mut self, kind: &str, texts: &[String]) {
        for t in texts {
            self.push(kind, t);
        }
    }
}

pub fn entry_kind(role: RowRole) -> &'static str {
    match role {
        RowRole::Before => "before",
        RowRole::Chosen => "chosen",
        RowRole::After => "after",
        RowRole::NotSent => "not sent",
        RowRole::Received => "received",
        RowRole::Post => "post",
    }
}

pub fn reason_lines(s: &ReasonScreen) -> Vec<String> {
    let mut l = Lines::default();
    l.push("title", &s.title);
    l.push("legend", &s.intro);
    for (_, label) in &s.reasons {
        l.push("option", label);
    }
    l.push("label", &s.comment_label);
    l.push("hint", &s.comment_hint);
    l.push("button", &s.next);
    l.push("button", &s.cancel);
    l.0
}

pub fn disclosure_lines(s: &DisclosureScreen) -> Vec<String> {
    let mut l = Lines::default();
    l.push("title", &s.title);
    l.push("headline", &s.headline);
    l.push("summary", &s.summary);
    for section in &s.preview {
        l.push("heading", &section.heading);
        match &section.body {
            SectionBody::Entries(entries) => {
                for e in entries {
                    entry_lines(&mut l, e);
                }
            }
            SectionBody::Profile(facts) => {
                for f in facts {
                    l.push("fact", &f.label);
                    if let Some(value) = &f.value {
                        l.push("content", value);
                    }
                }
            }
            SectionBody::Empty(text) => l.push("text", text),
        }
    }
    l.push("heading", &s.why_heading);
    l.each("item", &s.purposes);
    l.push("heading", &s.who_heading);
    l.each("item", &s.recipients);
    l.push("heading", &s.where_heading);
    l.each("item", &s.countries);
    l.push("heading", &s.retention_heading);
    l.push("text", &s.retention);
    l.push("heading", &s.details_heading);
    for (_, detail) in &s.details {
        l.push("detail", detail);
    }
    l.push("heading", &s.not_sent_heading);
    l.each("item", &s.not_sent);
    l.push("consent", &s.consent_note);
    l.push("button", &s.agree);
    l.push("button", &s.back);
    l.push("button", &s.cancel);
    l.0
}

fn entry_lines(l: &mut Lines, e: &PreviewEntry) {
    // A row that is not sent shows only its mark: that is all it sends.
    if e.role == RowRole::NotSent {
        l.push(entry_kind(e.role), e.marker.as_deref().unwrap_or_default());
        return;
    }
    l.push(entry_kind(e.role), &format!("{} {}", e.sender, e.time));
    if let Some(marker) = &e.marker {
        l.push("marker", marker);
    }
    for media in &e.media {
        l.push("media", &media.label);
    }
    if let Some(text) = &e.text {
        l.push("content", text);
    }
}

pub fn receipt_lines(s: &ReceiptScreen) -> Vec<String> {
    let mut l = Lines::default();
    l.push("title", &s.title);
    l.push("text", &s.reference);
    l.push("text", &s.summary);
    l.push("text", &s.reason);
    l.push("button", &s.close);
    l.0
}

#[cfg(test)]
mod tests {

    use proptest::prelude::*;

    /// `normalize` as first written (and as `displayed.js` words it): marks
    /// removed, then split at whitespace and joined with one space.
    fn normalize_by_split(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
            .split([' ', '\t', '\n', '\r', '\u{c}'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    proptest! {
        #[test]
        fn normalize_in_one_pass_is_the_split_and_join(
            text in "[ \t\n\r\u{c}\u{2068}\u{2069}\u{a0}a-c\u{5d0}\u{3042}]{0,24}"
        ) {
            prop_assert_eq!(normalize(&text), normalize_by_split(&text));
        }
    }
    use super::*;

    #[test]
    fn normalize_drops_isolation_marks_and_layout_whitespace() {
        assert_eq!(normalize(" a\u{2068}b\u{2069}\n\n c\t"), "ab c");
        // Non-breaking and zero-width characters are content, not layout.
        assert_eq!(normalize("a\u{a0}b\u{200b}c"), "a\u{a0}b\u{200b}c");
    }
}
