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

/// Lower-case hexadecimal, the one spelling of every fingerprint and id the
/// project writes (notice versions, digests, report ids, body hashes).
pub fn hex(bytes: &[u8]) -> String {
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

/// Where a register keeps each wording it was rendered from, relative to
/// the register's folder: `notices/wording/<address>.ftl`, the file's exact
/// bytes, named by `content_address` of them.
pub const WORDING_DIR: &str = "notices/wording";
/// Where a register keeps each policy its notices were rendered with:
/// `notices/policy/<address>.json`, named by `content_address` of the file.
pub const POLICY_DIR: &str = "notices/policy";
/// The register's file name in its folder (`snapshots/` in the repository).
pub const REGISTER_FILE: &str = "approved-notices.snap";

/// The first 24 hex digits (96 bits) of the SHA-256 of `bytes`: the name a
/// wording or policy file is stored under. A loader checks both the name
/// and that the file still gives the row's `notice_version`.
pub fn content_address(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes)[..12])
}

/// A policy's stored file: its JSON, pretty-printed, with a final newline.
pub fn policy_file(policy: &Policy) -> String {
    serde_json::to_string_pretty(policy).expect("a policy always serialises") + "\n"
}

/// A date as the register writes it: `YYYY-MM-DD`.
pub fn format_date(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

pub fn parse_date(s: &str) -> Option<time::Date> {
    let mut parts = s.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = time::Month::try_from(parts.next()?.parse::<u8>().ok()?).ok()?;
    let day = parts.next()?.parse().ok()?;
    time::Date::from_calendar_date(year, month, day).ok()
}

/// One approved notice. A row is never edited once written, but for
/// `superseded_at`, set once, and the empty fields of a row migrated from
/// the register before it kept history (filled once, by the refresh that
/// migrated it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisteredNotice {
    pub locale: String,
    pub platform: Platform,
    pub notice_version: String,
    /// `content_address` of the wording file, stored under `WORDING_DIR`.
    pub wording: Option<String>,
    /// `content_address` of the policy file, stored under `POLICY_DIR`.
    pub policy: Option<String>,
    /// `YYYY-MM-DD`, the day of the refresh that approved it.
    pub approved_at: Option<String>,
    /// The short hash of the commit the refresh ran on: the approving change
    /// is the next commit to the register after it.
    pub approved_after: Option<String>,
    /// `YYYY-MM-DD`, the day of the refresh after which the current wording
    /// no longer produced it; `None` while it is current.
    pub superseded_at: Option<String>,
}

impl RegisteredNotice {
    pub fn is_current(&self) -> bool {
        self.superseded_at.is_none()
    }

    /// Whole days from its superseding to `today` (0 on the day), or `None`
    /// while current.
    pub fn days_superseded(&self, today: time::Date) -> Option<i64> {
        let at = parse_date(self.superseded_at.as_deref()?)?;
        Some((today - at).whole_days().max(0))
    }

    fn same_identity(&self, other: &RegisteredNotice) -> bool {
        self.notice_version == other.notice_version
            && self.locale == other.locale
            && self.platform == other.platform
    }

    fn is_legacy(&self) -> bool {
        self.wording.is_none() && self.policy.is_none() && self.approved_at.is_none()
    }
}

/// The approved notices, as legal reads them in `REGISTER_PATH`: every
/// notice ever approved, current or superseded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Register {
    pub notices: Vec<RegisteredNotice>,
}

/// What the refresh stores beside the register: wording and policy files
/// by their content address.
#[derive(Clone, Debug, Default)]
pub struct NoticeFiles {
    pub wordings: std::collections::BTreeMap<String, String>,
    pub policies: std::collections::BTreeMap<String, String>,
}

const HEADER: &str = "\
Approved notices, with their history. A report is verified only when its
notice_version is listed here and its disclosure re-renders, from that
notice's own wording and policy, to the disclosure_digest it carries.
No row is ever edited or removed: a refresh (bash .ci/refresh-snapshots)
adds the notices the wording now produces and dates in \"superseded\" the
ones it no longer produces; those still verify, as superseded.
wording: the exact wording file, in notices/wording/<wording>.ftl.
policy: the operator's settings, in notices/policy/<policy>.json.
approved: the day of the refresh; after: the commit it ran on (the
approving change is the next commit to this file). A current notice's
full text is in the snapshots snapshots/<locale>/<platform>-*.snap.
";

/// One aligned row. A value as wide as its column or wider still gets a
/// space after it: `parse` splits rows at whitespace.
fn columns(values: [&str; 8]) -> String {
    const WIDTHS: [usize; 7] = [8, 10, 33, 26, 26, 12, 10];
    let mut row = String::new();
    for (value, width) in values.iter().zip(WIDTHS) {
        row.push_str(&format!("{value:<width$}"));
        if value.chars().count() >= width {
            row.push(' ');
        }
    }
    row.push_str(values[7]);
    row.push('\n');
    row
}

fn cell(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("-")
}

impl Register {
    /// One notice per locale and platform the wording can show (identity
    /// only: no stored wording, policy or dates).
    pub fn of(locales: impl IntoIterator<Item = Wording>, policy: &Policy) -> Register {
        let mut notices = vec![];
        for wording in locales {
            for platform in Platform::ALL {
                notices.push(RegisteredNotice {
                    locale: wording.locale().to_string(),
                    platform,
                    notice_version: notice_version(&wording, platform, policy),
                    wording: None,
                    policy: None,
                    approved_at: None,
                    approved_after: None,
                    superseded_at: None,
                });
            }
        }
        Register { notices }
    }

    /// The rows the given wordings produce under `policy`, approved on
    /// `approved_at` after commit `approved_after`, and the files they are
    /// rendered from. `sources` are `(locale, exact text of its file)`; a
    /// pseudo-locale gives the reference locale's text.
    pub fn produced(
        sources: &[(String, String)],
        policy: &Policy,
        approved_at: &str,
        approved_after: &str,
    ) -> Result<(Vec<RegisteredNotice>, NoticeFiles), crate::wording::WordingError> {
        let mut files = NoticeFiles::default();
        let policy_text = policy_file(policy);
        let policy_address = content_address(policy_text.as_bytes());
        files.policies.insert(policy_address.clone(), policy_text);
        let mut rows = vec![];
        for (locale, text) in sources {
            let address = content_address(text.as_bytes());
            let wording = Wording::from_locale_text(
                locale,
                &format!("{WORDING_DIR}/{address}.ftl"),
                text.clone(),
            )?;
            files.wordings.insert(address.clone(), text.clone());
            for platform in Platform::ALL {
                rows.push(RegisteredNotice {
                    locale: locale.clone(),
                    platform,
                    notice_version: notice_version(&wording, platform, policy),
                    wording: Some(address.clone()),
                    policy: Some(policy_address.clone()),
                    approved_at: Some(approved_at.to_string()),
                    approved_after: Some(approved_after.to_string()),
                    superseded_at: None,
                });
            }
        }
        Ok((rows, files))
    }

    /// The register after a refresh that found `produced` current on
    /// `today`: every row kept; a current row the wording no longer produces
    /// is superseded today; a produced notice with no current row is added.
    /// A row migrated from the register before history gets its empty
    /// fields from the produced row of the same notice.
    pub fn refresh(&self, produced: &[RegisteredNotice], today: &str) -> Register {
        let mut notices = self.notices.clone();
        for row in notices.iter_mut().filter(|r| r.is_current()) {
            match produced.iter().find(|p| p.same_identity(row)) {
                Some(p) if row.is_legacy() => {
                    row.wording = p.wording.clone();
                    row.policy = p.policy.clone();
                    row.approved_at = p.approved_at.clone();
                    row.approved_after = p.approved_after.clone();
                }
                Some(_) => {}
                None => row.superseded_at = Some(today.to_string()),
            }
        }
        for p in produced {
            if !notices.iter().any(|r| r.is_current() && r.same_identity(p)) {
                notices.push(p.clone());
            }
        }
        Register { notices }
    }

    /// Every row of `before` is in `self` unchanged, but for `superseded_at`
    /// set from empty and, for a row from before history, empty fields set.
    /// Lists each row that changed or disappeared.
    pub fn keeps_every_row_of(&self, before: &Register) -> Result<(), Vec<String>> {
        let mut taken = vec![false; self.notices.len()];
        let mut problems = vec![];
        for old in &before.notices {
            let kept = |new: &RegisteredNotice| {
                if !new.same_identity(old) {
                    return false;
                }
                let superseded_ok =
                    old.superseded_at.is_none() || old.superseded_at == new.superseded_at;
                if old.is_legacy() {
                    return superseded_ok;
                }
                superseded_ok
                    && old.wording == new.wording
                    && old.policy == new.policy
                    && old.approved_at == new.approved_at
                    && old.approved_after == new.approved_after
            };
            let exact = (0..self.notices.len())
                .find(|&i| !taken[i] && self.notices[i] == *old)
                .or_else(|| (0..self.notices.len()).find(|&i| !taken[i] && kept(&self.notices[i])));
            match exact {
                Some(i) => taken[i] = true,
                None => problems.push(format!(
                    "the approved row {} {} {} (approved {}) was changed or removed",
                    old.locale,
                    old.platform.id(),
                    old.notice_version,
                    cell(&old.approved_at)
                )),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The register's text: a header that says what it is, the current
    /// notices, then the superseded ones, one aligned row each.
    pub fn render(&self) -> String {
        let mut out = String::from(HEADER);
        let row = |n: &RegisteredNotice| {
            columns([
                &n.locale,
                n.platform.id(),
                &n.notice_version,
                cell(&n.wording),
                cell(&n.policy),
                cell(&n.approved_at),
                cell(&n.approved_after),
                cell(&n.superseded_at),
            ])
        };
        let head = columns([
            "locale",
            "platform",
            "notice_version",
            "wording",
            "policy",
            "approved",
            "after",
            "superseded",
        ]);
        out.push_str("\nCurrent notices\n\n");
        out.push_str(&head);
        for n in self.notices.iter().filter(|n| n.is_current()) {
            out.push_str(&row(n));
        }
        out.push_str("\nSuperseded notices (still verified, as superseded)\n\n");
        out.push_str(&head);
        for n in self.notices.iter().filter(|n| !n.is_current()) {
            out.push_str(&row(n));
        }
        out
    }

    /// Reads the rows back from the register's text (header lines and the
    /// snapshot tool's front matter are not rows). Reads the register from
    /// before it kept history too: its rows (locale, platform, version, then
    /// the files of its text) come back current, without stored wording.
    pub fn parse(text: &str) -> Register {
        let opt = |w: Option<&str>| w.filter(|w| *w != "-").map(str::to_string);
        let notices = text
            .lines()
            .filter_map(|line| {
                let mut words = line.split_whitespace();
                let locale = words.next()?;
                let platform = Platform::from_id(words.next()?)?;
                let version = words.next()?.trim_end_matches(',');
                if !version.starts_with(VERSION_PREFIX) {
                    return None;
                }
                let rest: Vec<&str> = words.collect();
                // The register before history: the text's files, two words.
                let history = rest.len() == 5;
                let field = |i: usize| {
                    if history {
                        opt(rest.get(i).copied())
                    } else {
                        None
                    }
                };
                Some(RegisteredNotice {
                    locale: locale.to_string(),
                    platform,
                    notice_version: version.to_string(),
                    wording: field(0),
                    policy: field(1),
                    approved_at: field(2),
                    approved_after: field(3),
                    superseded_at: field(4),
                })
            })
            .collect();
        Register { notices }
    }

    /// The row of a notice version: its current row if it has one (a notice
    /// approved again after being superseded has two rows).
    pub fn find(&self, notice_version: &str) -> Option<&RegisteredNotice> {
        let mut found = None;
        for n in self
            .notices
            .iter()
            .filter(|n| n.notice_version == notice_version)
        {
            if n.is_current() {
                return Some(n);
            }
            found = found.or(Some(n));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEGACY: &str = "\
locale  platform  notice_version                   text
en      ios       notice-7e6b0e5ca9066624979ada3e  locales/en/report.ftl, snapshots/en/ios-*.snap
";

    fn produced(text: &str, day: &str) -> Vec<RegisteredNotice> {
        let en = crate::wording::embedded_source("en").unwrap().to_string();
        let text = if text.is_empty() {
            en
        } else {
            text.to_string()
        };
        Register::produced(&[("en".into(), text)], &Policy::default(), day, "abc")
            .unwrap()
            .0
    }

    #[test]
    fn the_register_before_history_reads_as_current_rows_and_migrates_once() {
        let legacy = Register::parse(LEGACY);
        assert_eq!(legacy.notices.len(), 1);
        assert!(legacy.notices[0].is_current() && legacy.notices[0].wording.is_none());
        let migrated = legacy.refresh(&produced("", "2024-01-01"), "2024-01-01");
        migrated.keeps_every_row_of(&legacy).unwrap();
        let row = migrated.find("notice-7e6b0e5ca9066624979ada3e").unwrap();
        assert!(row.wording.is_some() && row.is_current());
        assert_eq!(migrated.notices.len(), 3, "android and desktop added");
        assert_eq!(Register::parse(&migrated.render()), migrated);
    }

    #[test]
    fn a_refresh_adds_and_supersedes_and_never_edits() {
        let v1 = Register::default().refresh(&produced("# v1\n", "2024-01-01"), "2024-01-01");
        let v2 = v1.refresh(&produced("", "2024-02-01"), "2024-02-01");
        v2.keeps_every_row_of(&v1).unwrap();
        assert_eq!(v2.notices.len(), 6);
        assert_eq!(v2.notices.iter().filter(|n| n.is_current()).count(), 3);
        let old = &v2.notices[0];
        assert_eq!(old.superseded_at.as_deref(), Some("2024-02-01"));
        assert_eq!(old.approved_at.as_deref(), Some("2024-01-01"));
        assert_eq!(
            old.days_superseded(parse_date("2024-03-02").unwrap()),
            Some(30)
        );
        // Current first, so the first row of a locale and platform is current.
        let text = v2.render();
        assert!(text.find("2024-02-01  abc       -").unwrap() < text.find("2024-01-01").unwrap());
        assert_eq!(Register::parse(&text).keeps_every_row_of(&v2), Ok(()));
        // The same refresh again changes nothing.
        assert_eq!(v2.refresh(&produced("", "2024-03-01"), "2024-03-01"), v2);

        // Each edit of an approved row is caught.
        let edits: [fn(&mut RegisteredNotice); 4] = [
            |n| n.approved_at = Some("2023-12-31".into()),
            |n| n.wording = Some("0".repeat(24)),
            |n| n.superseded_at = Some("2024-02-02".into()),
            |n| n.policy = None,
        ];
        for edit in edits {
            let mut edited = v2.clone();
            edit(&mut edited.notices[0]);
            assert!(
                edited.keeps_every_row_of(&v2).is_err(),
                "{:?}",
                edited.notices[0]
            );
        }
        let mut dropped = v2.clone();
        dropped.notices.remove(0);
        assert_eq!(dropped.keeps_every_row_of(&v2).unwrap_err().len(), 1);
        // Setting superseded once, from empty, is the one change allowed.
        let mut superseded = v2.clone();
        superseded.notices[3].superseded_at = Some("2024-05-01".into());
        superseded.keeps_every_row_of(&v2).unwrap();
    }

    #[test]
    fn values_as_wide_as_their_column_still_read_back() {
        let mut register =
            Register::default().refresh(&produced("# v1\n", "2024-01-01"), "2024-01-01");
        let row = &mut register.notices[0];
        row.approved_after = Some("release-2024-01".to_string());
        row.locale = "zh-Hant-TW".to_string();
        assert_eq!(Register::parse(&register.render()), register);
    }

    #[test]
    fn a_notice_approved_again_gets_a_new_current_row() {
        let v1 = Register::default().refresh(&produced("# v1\n", "2024-01-01"), "2024-01-01");
        let v2 = v1.refresh(&produced("", "2024-02-01"), "2024-02-01");
        let back = v2.refresh(&produced("# v1\n", "2024-03-01"), "2024-03-01");
        back.keeps_every_row_of(&v2).unwrap();
        assert_eq!(back.notices.len(), 9);
        let again = back.find(&v1.notices[0].notice_version).unwrap();
        assert!(again.is_current());
        assert_eq!(again.approved_at.as_deref(), Some("2024-03-01"));
    }
}
