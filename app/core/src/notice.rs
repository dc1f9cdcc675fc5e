//! Two fingerprints of what a person read, and the register of approved ones.
//!
//! `notice_version` names the approved notice a screen was built from: the
//! locale's wording files, the platform and the operator's settings, not the
//! messages. `disclosure_digest` is the hash of the disclosure text exactly as
//! shown, messages included. A receiver that holds the approved wording can
//! recompute both from a report and so tell whether the person read it.

use crate::policy::Policy;
use crate::report::Platform;
use crate::screens::DisclosureScreen;
use crate::snapshot::disclosure_lines;
use crate::wording::Wording;
use sha2::{Digest, Sha256};

/// Where the committed register lives, relative to the repository root.
pub const REGISTER_PATH: &str = "snapshots/approved-notices.snap";

const VERSION_PREFIX: &str = "notice-";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn notice_version(wording: &Wording, platform: Platform, policy: &Policy) -> String {
    let mut h = Sha256::new();
    h.update(wording.sources_digest());
    h.update(platform.id().as_bytes());
    h.update([0]);
    h.update(serde_json::to_vec(policy).expect("a policy always serialises"));
    // 96 bits: short enough to read aloud from the register, far too many
    // to collide by chance or by design.
    format!("{VERSION_PREFIX}{}", hex(&h.finalize()[..12]))
}

/// SHA-256 of the disclosure's snapshot lines (the `== disclosure ==` section
/// of the committed snapshot, each line ending in a newline).
pub fn disclosure_digest(s: &DisclosureScreen) -> String {
    let mut h = Sha256::new();
    for line in disclosure_lines(s) {
        h.update(line.as_bytes());
        h.update(b"\n");
    }
    format!("sha256:{}", hex(&h.finalize()))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisteredNotice {
    pub locale: String,
    pub platform: Platform,
    pub notice_version: String,
}

/// The approved notices, as legal reads them in `REGISTER_PATH`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Register {
    pub notices: Vec<RegisteredNotice>,
}

impl Register {
    /// One notice per locale and platform the wording can show.
    pub fn of(locales: impl IntoIterator<Item = Wording>, policy: &Policy) -> Register {
        let mut notices = vec![];
        for wording in locales {
            for platform in Platform::ALL {
                notices.push(RegisteredNotice {
                    locale: wording.locale().to_string(),
                    platform,
                    notice_version: notice_version(&wording, platform, policy),
                });
            }
        }
        Register { notices }
    }

    /// The register's text: a header that says what it is, then one
    /// aligned row per notice.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "Approved notices. A report is verified only when its notice_version is\n\
             listed here and its disclosure re-renders, from that notice's wording,\n\
             to the disclosure_digest it carries. Each notice's text is its wording\n\
             file, shown in full by the snapshots named on its row.\n\n",
        );
        out.push_str(&format!(
            "{:<8}{:<10}{:<33}{}\n",
            "locale", "platform", "notice_version", "text"
        ));
        for n in &self.notices {
            let files = crate::wording::locale_path(
                crate::pseudo::Kind::of(&n.locale)
                    .map(|_| crate::wording::REFERENCE_LOCALE)
                    .unwrap_or(&n.locale),
            );
            out.push_str(&format!(
                "{:<8}{:<10}{:<33}{files}, snapshots/{}/{}-*.snap\n",
                n.locale,
                n.platform.id(),
                n.notice_version,
                n.locale,
                n.platform.id()
            ));
        }
        out
    }

    /// Reads the rows back from the register's text (header lines and the
    /// snapshot tool's front matter are not rows).
    pub fn parse(text: &str) -> Register {
        let notices = text
            .lines()
            .filter_map(|line| {
                let mut words = line.split_whitespace();
                let locale = words.next()?;
                let platform = Platform::from_id(words.next()?)?;
                let version = words.next()?.trim_end_matches(',');
                version
                    .starts_with(VERSION_PREFIX)
                    .then(|| RegisteredNotice {
                        locale: locale.to_string(),
                        platform,
                        notice_version: version.to_string(),
                    })
            })
            .collect();
        Register { notices }
    }

    pub fn find(&self, notice_version: &str) -> Option<&RegisteredNotice> {
        self.notices
            .iter()
            .find(|n| n.notice_version == notice_version)
    }
}
