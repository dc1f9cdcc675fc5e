//! Approved wording: Fluent resources per locale, negotiated with unic-langid.
//!
//! Fluent reports most problems softly (a missing message is `None`, a missing
//! variable formats as `{$name}`). Every such soft error is turned into a hard
//! `WordingError` here so the flow can fail closed instead of showing ids or
//! partial sentences.

use crate::pseudo;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use sha2::{Digest, Sha256};
use std::fmt;
use unic_langid::LanguageIdentifier;

/// The locale every other locale is checked against, and the fallback for
/// people whose languages are not supported.
pub const REFERENCE_LOCALE: &str = "en";

/// Locales the app ships, in the order the locale menu offers them.
pub const SHIPPED_LOCALES: &[&str] = &["ja", "en", "zh-TW", "th", "id", "ko"];

/// Where a shipped locale's Fluent file lives, relative to the repository
/// root and to the demo's document root; named in error messages.
pub fn locale_path(locale: &str) -> String {
    format!("locales/{locale}/report.ftl")
}

macro_rules! embedded {
    ($locale:expr, $($name:literal),*) => {
        match $locale {
            #[cfg(feature = "embed-reference")]
            REFERENCE_LOCALE => Some(include_str!("../../../locales/en/report.ftl")),
            $(
                #[cfg(feature = "embed-locales")]
                $name => Some(include_str!(concat!("../../../locales/", $name, "/report.ftl"))),
            )*
            _ => None,
        }
    };
}

/// The text of a shipped locale's file when it is compiled in: the reference
/// locale with the `embed-reference` feature (the demo page), every locale
/// with `embed-locales` (native tools and tests). The browser fetches the
/// others from `locale_path(file_locale(locale))`, so a person downloads only
/// the wording they read.
/// Whose file a locale's wording is made from: a pseudo-locale's is the
/// reference locale's.
pub fn file_locale(locale: &str) -> &str {
    if pseudo::Kind::of(locale).is_some() {
        REFERENCE_LOCALE
    } else {
        locale
    }
}

/// The fail-closed notice and its button in the reference locale, for a
/// build that has no wording left to say it in (the package, when the
/// person's locale cannot be formatted): the reference file's
/// `flow-unavailable` and `button-close`, word for word (tested).
pub const UNAVAILABLE_FALLBACK: (&str, &str) = (
    "This report cannot be sent right now, because its notice could not be shown completely. Nothing has been sent.",
    "Close",
);

pub fn embedded_source(locale: &str) -> Option<&'static str> {
    embedded!(locale, "ja", "zh-TW", "th", "id", "ko")
}

/// The exact text a locale's shipped wording is built from, when compiled
/// in: a pseudo-locale's is the reference locale's file.
pub fn shipped_source(locale: &str) -> Option<&'static str> {
    match pseudo::Kind::of(locale) {
        Some(_) => embedded_source(REFERENCE_LOCALE),
        None => embedded_source(locale),
    }
}

/// Generated from the reference locale, for testing layout and finding text
/// that does not come from the wording; never chosen by negotiation.
pub const PSEUDO_LOCALES: &[&str] = &[pseudo::ACCENTED, pseudo::BIDI];

/// Every locale the demo and the tests can show: shipped, then pseudo.
pub fn all_locales() -> impl Iterator<Item = &'static str> {
    shipped_locales().chain(PSEUDO_LOCALES.iter().copied())
}

/// A locale's name in its own language, for the language menu.
pub fn endonym(locale: &str) -> &'static str {
    match locale {
        "ja" => "日本語",
        "en" => "English",
        "zh-TW" => "繁體中文（台灣）",
        "th" => "ไทย",
        "id" => "Bahasa Indonesia",
        "ko" => "한국어",
        pseudo::ACCENTED => "Pseudo: accented, longer (en-XA)",
        pseudo::BIDI => "Pseudo: right-to-left (ar-XB)",
        _ => "?",
    }
}

/// The writing direction of a locale's wording, for the `dir` attribute.
pub fn direction(locale: &str) -> &'static str {
    if locale == pseudo::BIDI {
        "rtl"
    } else {
        "ltr"
    }
}

/// The decimal separator people of a locale expect (Fluent's own number
/// formatting ignores the locale).
pub fn decimal_separator(locale: &str) -> &'static str {
    match locale {
        "id" => ",",
        _ => ".",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordingError {
    UnknownLocale {
        locale: String,
    },
    NotEmbedded {
        locale: String,
    },
    Syntax {
        path: String,
        line: usize,
        column: usize,
        detail: String,
    },
    Duplicate {
        path: String,
        id: String,
    },
    MissingMessage {
        locale: String,
        id: String,
    },
    Format {
        locale: String,
        id: String,
        detail: String,
    },
}

impl fmt::Display for WordingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WordingError::UnknownLocale { locale } => {
                write!(f, "locale \"{locale}\" is not shipped")
            }
            WordingError::NotEmbedded { locale } => {
                write!(f, "locale \"{locale}\" is not compiled in: fetch its file")
            }
            WordingError::Syntax {
                path,
                line,
                column,
                detail,
            } => write!(f, "{path}:{line}:{column}: Fluent syntax error: {detail}"),
            WordingError::Duplicate { path, id } => {
                write!(f, "{path}: message \"{id}\" is defined twice")
            }
            WordingError::MissingMessage { locale, id } => {
                write!(f, "locale {locale}: message \"{id}\" is missing")
            }
            WordingError::Format { locale, id, detail } => {
                write!(
                    f,
                    "locale {locale}: message \"{id}\" cannot be formatted: {detail}"
                )
            }
        }
    }
}

impl std::error::Error for WordingError {}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = source[line_start..offset].chars().count() + 1;
    (line, column)
}

/// Thread-safe bundle so the component can share one `Wording` through signals.
pub struct Wording {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    pseudo: Option<pseudo::Kind>,
    /// SHA-256 of the locale id and every file's text: which wording this is.
    sources_digest: [u8; 32],
}

impl fmt::Debug for Wording {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Wording")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Wording {
    /// The wording for `locale`, one of `all_locales()`, from the compiled-in
    /// files. Pseudo-locales are the reference locale's file with their
    /// transform. A shipped locale that is not compiled in is `NotEmbedded`:
    /// fetch `locale_path(locale)` and pass its text to `from_shipped_text`.
    pub fn shipped(locale: &str) -> Result<Wording, WordingError> {
        let kind = pseudo::Kind::of(locale);
        let files_of = if kind.is_some() {
            REFERENCE_LOCALE
        } else {
            locale
        };
        let path = shipped_path(locale, files_of)?;
        let source = embedded_source(files_of).ok_or_else(|| WordingError::NotEmbedded {
            locale: locale.to_string(),
        })?;
        Wording::build(locale, [(path, source.to_string())], kind)
    }

    /// A shipped locale's wording from the text of its file, fetched at run
    /// time; errors name the file by its shipped path.
    pub fn from_shipped_text(locale: &str, text: String) -> Result<Wording, WordingError> {
        let path = shipped_path(locale, locale)?;
        Wording::build(locale, [(path, text)], None)
    }

    /// The wording a locale (shipped or pseudo) shows from the exact text of
    /// its file, as a register stores it (`path` names it in errors): the
    /// same `sources_digest`, and so the same notice versions, as
    /// `shipped` gives for that text.
    pub fn from_locale_text(
        locale: &str,
        path: &str,
        text: String,
    ) -> Result<Wording, WordingError> {
        Wording::build(locale, [(path.to_string(), text)], pseudo::Kind::of(locale))
    }

    /// Parses `(path, text)` pairs; any syntax error or duplicate is an error.
    pub fn from_sources(
        locale: &str,
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Wording, WordingError> {
        Wording::build(locale, sources, None)
    }

    fn build(
        locale: &str,
        sources: impl IntoIterator<Item = (String, String)>,
        pseudo: Option<pseudo::Kind>,
    ) -> Result<Wording, WordingError> {
        let langid: LanguageIdentifier =
            locale.parse().map_err(|_| WordingError::UnknownLocale {
                locale: locale.to_string(),
            })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        let mut digest = Sha256::new();
        digest.update(locale.as_bytes());
        // Isolation marks keep user-controlled values (sender names) from
        // reordering the approved sentence around them.
        bundle.set_use_isolating(true);
        if let Some(kind) = pseudo {
            bundle.set_transform(Some(kind.transform()));
        }
        for (path, source) in sources {
            digest.update([0]);
            digest.update(source.as_bytes());
            let resource = match FluentResource::try_new(source) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    let first = &errors[0];
                    let (line, column) = line_column(resource.source(), first.pos.start);
                    return Err(WordingError::Syntax {
                        path,
                        line,
                        column,
                        detail: first.kind.to_string(),
                    });
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                let id = errors
                    .iter()
                    .find_map(|e| match e {
                        fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                        _ => None,
                    })
                    .unwrap_or_default();
                return Err(WordingError::Duplicate { path, id });
            }
        }
        Ok(Wording {
            locale: locale.to_string(),
            bundle,
            pseudo,
            sources_digest: digest.finalize().into(),
        })
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn sources_digest(&self) -> &[u8; 32] {
        &self.sources_digest
    }

    /// Formats a message value, or fails if anything about it is incomplete.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, WordingError> {
        let missing = || WordingError::MissingMessage {
            locale: self.locale.clone(),
            id: id.to_string(),
        };
        let message = self.bundle.get_message(id).ok_or_else(missing)?;
        let pattern = message.value().ok_or_else(missing)?;
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(error) = errors.first() {
            return Err(WordingError::Format {
                locale: self.locale.clone(),
                id: id.to_string(),
                detail: error.to_string(),
            });
        }
        Ok(match self.pseudo {
            Some(kind) => kind.mark(&text),
            None => text.into_owned(),
        })
    }
}

/// The path of the file `locale`'s wording comes from (`files_of`: the
/// locale itself, or the reference locale for a pseudo-locale).
fn shipped_path(locale: &str, files_of: &str) -> Result<String, WordingError> {
    if SHIPPED_LOCALES.contains(&files_of) {
        Ok(locale_path(files_of))
    } else {
        Err(WordingError::UnknownLocale {
            locale: locale.to_string(),
        })
    }
}

pub fn shipped_locales() -> impl Iterator<Item = &'static str> {
    SHIPPED_LOCALES.iter().copied()
}

/// Picks the shipped locale for a person's ordered language list
/// (for example `navigator.languages`), falling back to the reference locale.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| r.as_ref().parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> = shipped_locales()
        .map(|l| l.parse().expect("shipped locale ids are valid"))
        .collect();
    let default: LanguageIdentifier = REFERENCE_LOCALE.parse().expect("valid reference locale");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    let chosen = chosen.first().map(|l| l.to_string());
    shipped_locales()
        .find(|l| Some(l.to_string()) == chosen)
        .unwrap_or(REFERENCE_LOCALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_regional_and_unsupported_languages() {
        assert_eq!(negotiate(&["ja-JP", "en-US"]), "ja");
        assert_eq!(negotiate(&["en-GB", "ja"]), "en");
        assert_eq!(negotiate(&["fr-FR", "de"]), "en");
        assert_eq!(negotiate(&["fr-FR", "ja"]), "ja");
        assert_eq!(negotiate::<&str>(&[]), "en");
        assert_eq!(negotiate(&["not a locale!!", "ja"]), "ja");
        assert_eq!(negotiate(&["zh-Hant-TW", "en"]), "zh-TW");
        assert_eq!(negotiate(&["zh-TW"]), "zh-TW");
        assert_eq!(negotiate(&["th-TH"]), "th");
        assert_eq!(negotiate(&["id-ID", "en-US"]), "id");
        assert_eq!(negotiate(&["ko-KR", "ja-JP"]), "ko");
        assert_eq!(negotiate(&["pt-BR", "es"]), "en");
        // Pseudo-locales are for testing only: nobody is given them.
        assert_eq!(negotiate(&["en-XA"]), "en");
        assert_eq!(negotiate(&["ar-XB", "ar"]), "en");
    }

    #[test]
    fn every_locale_has_a_name_and_a_direction() {
        for locale in all_locales() {
            assert_ne!(endonym(locale), "?", "{locale}");
        }
        assert_eq!(direction("ar-XB"), "rtl");
        assert_eq!(direction("ja"), "ltr");
    }

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let sources = [(
            "locales/xx/broken.ftl".to_string(),
            "ok = Fine\nbroken = { $count ]\nnext = Also fine\n".to_string(),
        )];
        let err = Wording::from_sources("en", sources).unwrap_err();
        match &err {
            WordingError::Syntax { path, line, .. } => {
                assert_eq!(path, "locales/xx/broken.ftl");
                assert_eq!(*line, 2);
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
        assert!(
            err.to_string().starts_with("locales/xx/broken.ftl:2:"),
            "{err}"
        );
    }

    #[test]
    fn missing_message_and_missing_variable_are_errors() {
        let sources = [("t.ftl".to_string(), "greet = Hello { $name }\n".to_string())];
        let wording = Wording::from_sources("en", sources).unwrap();
        assert!(matches!(
            wording.format("absent", None),
            Err(WordingError::MissingMessage { .. })
        ));
        assert!(matches!(
            wording.format("greet", None),
            Err(WordingError::Format { .. })
        ));
        let mut args = FluentArgs::new();
        args.set("name", "Aiko");
        assert_eq!(
            wording.format("greet", Some(&args)).unwrap(),
            "Hello \u{2068}Aiko\u{2069}"
        );
    }

    #[cfg(feature = "embed-locales")]
    #[test]
    fn every_shipped_locale_loads() {
        for locale in all_locales() {
            assert_eq!(Wording::shipped(locale).unwrap().locale(), locale);
        }
    }

    fn file_text(locale: &str) -> String {
        let path = format!(
            "{}/../../{}",
            env!("CARGO_MANIFEST_DIR"),
            locale_path(locale)
        );
        std::fs::read_to_string(path).unwrap()
    }

    /// Every message with no variables, formatted; enough to tell two
    /// wordings apart.
    #[cfg(feature = "embed-locales")]
    fn plain_messages(wording: &Wording, source: &str) -> Vec<(String, String)> {
        source
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty() && !id.starts_with(['#', '.', ' ']))
            .filter_map(|id| Some((id.to_string(), wording.format(id, None).ok()?)))
            .collect()
    }

    #[cfg(feature = "embed-locales")]
    #[test]
    fn a_fetched_file_words_like_the_compiled_in_one() {
        for locale in SHIPPED_LOCALES {
            let text = file_text(locale);
            let fetched = Wording::from_shipped_text(locale, text.clone()).unwrap();
            let compiled_in = Wording::shipped(locale).unwrap();
            assert_eq!(fetched.locale(), *locale);
            let messages = plain_messages(&fetched, &text);
            assert!(messages.len() > 20, "{locale}: {}", messages.len());
            assert_eq!(messages, plain_messages(&compiled_in, &text), "{locale}");
        }
    }

    #[test]
    fn every_shipped_file_loads_when_fetched() {
        for locale in SHIPPED_LOCALES {
            let fetched = Wording::from_shipped_text(locale, file_text(locale)).unwrap();
            assert!(fetched.format("flow-unavailable", None).is_ok(), "{locale}");
        }
    }

    #[test]
    fn a_broken_fetched_file_is_named_by_its_shipped_path() {
        let err =
            Wording::from_shipped_text("ja", "ok = Fine\nbroken = { ]\n".to_string()).unwrap_err();
        assert!(
            err.to_string().starts_with("locales/ja/report.ftl:2:"),
            "{err}"
        );
        assert!(matches!(
            Wording::from_shipped_text("fr", "ok = Bien\n".to_string()),
            Err(WordingError::UnknownLocale { .. })
        ));
    }

    #[cfg(feature = "embed-reference")]
    #[test]
    fn the_fallback_notice_is_the_reference_wording() {
        let en = Wording::shipped(REFERENCE_LOCALE).unwrap();
        assert_eq!(
            (
                en.format("flow-unavailable", None).unwrap(),
                en.format("button-close", None).unwrap()
            ),
            (
                UNAVAILABLE_FALLBACK.0.to_string(),
                UNAVAILABLE_FALLBACK.1.to_string()
            )
        );
    }

    #[cfg(all(feature = "embed-reference", not(feature = "embed-locales")))]
    #[test]
    fn only_the_reference_locale_is_compiled_in() {
        for locale in SHIPPED_LOCALES {
            let loaded = Wording::shipped(locale);
            if *locale == REFERENCE_LOCALE {
                assert!(loaded.is_ok(), "{locale}");
            } else {
                assert!(
                    matches!(loaded, Err(WordingError::NotEmbedded { .. })),
                    "{locale}"
                );
            }
        }
        for locale in PSEUDO_LOCALES {
            assert!(Wording::shipped(locale).is_ok(), "{locale}");
        }
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\nこんにちは x", 9), (2, 3));
        assert_eq!(line_column("abc", 0), (1, 1));
    }
}
