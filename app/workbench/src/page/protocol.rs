//! What the workbench and its preview frames say to each other, as JSON in
//! `postMessage` between documents of the same origin.

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ToFrame {
    /// Show `step` of the frame's scenario with this wording.
    Draft {
        version: u32,
        /// The locale shown: the edited one, or a pseudo-locale of `en`.
        locale: String,
        text: String,
        step: String,
        /// Text the edit changes on this screen, scrolled into view.
        focus: Option<String>,
    },
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ToWorkbench {
    Ready {
        platform: String,
        scenario: String,
    },
    Shown {
        version: u32,
        platform: String,
        scenario: String,
        /// `passed` or `failed` (the on-device display check of the
        /// disclosure), `shown` for a step without it, or why nothing shows.
        outcome: String,
    },
}

/// The CSS viewport of each platform's preview: the devices the browser
/// tests use (e2e/playwright.config.ts: iPhone 14, Galaxy S5, Desktop Chrome).
pub fn viewport(platform: report_core::Platform) -> (u32, u32) {
    match platform {
        report_core::Platform::Ios => (390, 664),
        report_core::Platform::Android => (360, 640),
        report_core::Platform::Desktop => (1280, 720),
    }
}

/// The wording a preview shows: `locale`'s file, or for a pseudo-locale the
/// reference locale's file with its transform; errors name the file.
pub fn wording_of(
    locale: &str,
    text: String,
) -> Result<report_core::Wording, report_core::WordingError> {
    use report_core::wording::{locale_path, PSEUDO_LOCALES, REFERENCE_LOCALE};
    let files_of = if PSEUDO_LOCALES.contains(&locale) {
        REFERENCE_LOCALE
    } else {
        locale
    };
    report_core::Wording::from_locale_text(locale, &locale_path(files_of), text)
}

/// What the previews show for the locale being edited: a pseudo-locale only
/// when editing the reference locale.
pub fn shown_locale(editing: &'static str, preview_as: &'static str) -> &'static str {
    if editing == report_core::wording::REFERENCE_LOCALE || preview_as == editing {
        preview_as
    } else {
        editing
    }
}
