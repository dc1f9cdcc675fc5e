//! Pseudo-locales generated from the reference wording at load time: they
//! make truncation, hard-coded text and left-to-right assumptions visible
//! without waiting for translations.

use std::borrow::Cow;

/// Accented and about 40% longer, each string in brackets.
pub const ACCENTED: &str = "en-XA";
/// Right-to-left: every word displayed mirrored, the page laid out RTL.
pub const BIDI: &str = "ar-XB";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Accented,
    Bidi,
}

impl Kind {
    pub fn of(locale: &str) -> Option<Kind> {
        match locale {
            ACCENTED => Some(Kind::Accented),
            BIDI => Some(Kind::Bidi),
            _ => None,
        }
    }

    pub fn locale(self) -> &'static str {
        match self {
            Kind::Accented => ACCENTED,
            Kind::Bidi => BIDI,
        }
    }

    /// Applied by Fluent to the wording's own text only, never to placeables,
    /// so numbers and user content stay as they are.
    pub fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Kind::Accented => accent_and_expand,
            Kind::Bidi => mirror_words,
        }
    }

    /// Brackets show where a whole string starts and ends: text cut at either
    /// end, or text without brackets (not from the wording), stands out.
    pub fn mark(self, formatted: &str) -> String {
        match self {
            Kind::Accented => format!("[{formatted}]"),
            Kind::Bidi => formatted.to_string(),
        }
    }
}

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTS: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";

fn accent(c: char) -> char {
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTS.chars().nth(i))
        .unwrap_or(c)
}

/// Vowels are doubled: English text grows by roughly 40%, like many
/// translations do.
fn accent_and_expand(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(accent(c));
        if "aeiouyAEIOUY".contains(c) {
            out.push(accent(c));
        }
    }
    Cow::Owned(out)
}

/// Each word is shown right-to-left (U+202E ... U+202C) and anchored with
/// right-to-left marks, as Android's ar-XB does.
fn mirror_words(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.is_empty() {
            continue;
        }
        out.push_str("\u{200F}\u{202E}");
        out.push_str(word);
        out.push_str("\u{202C}\u{200F}");
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_about_forty_percent_longer_and_bracketed() {
        let en = "Why are you reporting this message?";
        let pseudo = accent_and_expand(en);
        let growth = pseudo.chars().count() as f64 / en.chars().count() as f64;
        assert!((1.25..1.6).contains(&growth), "{growth}");
        assert!(pseudo.starts_with("Ẇħẏẏ ȧȧřḗḗ"), "{pseudo}");
        assert_eq!(Kind::Accented.mark("x"), "[x]");
    }

    #[test]
    fn mirrored_words_keep_their_spaces() {
        assert_eq!(
            mirror_words("Report it"),
            "\u{200F}\u{202E}Report\u{202C}\u{200F} \u{200F}\u{202E}it\u{202C}\u{200F}"
        );
    }
}
