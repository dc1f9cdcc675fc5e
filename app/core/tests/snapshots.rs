//! Approved wording: every locale x platform x scenario must render exactly
//! the committed text in snapshots/. Accept a deliberate change with
//! `bash .ci/refresh-snapshots`.

use report_core::notice::{format_date, Register, REGISTER_FILE};
use report_core::verify::{Approved, NoticeFolder};
use report_core::wording::{all_locales, shipped_source};
use report_core::{Platform, Wording};
use report_fixtures::cases::render_case;
use report_fixtures::SCENARIOS;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn snapshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../snapshots")
}

#[test]
fn displayed_wording_matches_the_approved_snapshots() {
    let mut failed = vec![];
    let mut expected_files = BTreeSet::new();
    for locale in all_locales() {
        let wording = Wording::shipped(locale).unwrap();
        for platform in Platform::ALL {
            for scenario in SCENARIOS {
                let name = format!("{}-{}", platform.id(), scenario.id);
                expected_files.insert(format!("{locale}/{name}.snap"));
                let case = format!(
                    "locale {locale}, platform {}, scenario {}",
                    platform.id(),
                    scenario.id
                );
                let text = render_case(&wording, platform, scenario)
                    .unwrap_or_else(|e| panic!("{case}: the wording cannot be formatted: {e}"));
                let mut settings = insta::Settings::clone_current();
                settings.set_snapshot_path(snapshots_dir().join(locale));
                settings.set_prepend_module_to_snapshot(false);
                settings.set_omit_expression(true);
                settings.set_description(format!("{case}: reporting {}", scenario.describe()));
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    settings.bind(|| insta::assert_snapshot!(name.as_str(), text));
                }));
                if outcome.is_err() {
                    failed.push(case);
                }
            }
        }
    }

    let mut stale = vec![];
    for locale_dir in std::fs::read_dir(snapshots_dir()).unwrap().flatten() {
        if !locale_dir.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(locale_dir.path()).unwrap().flatten() {
            let name = format!(
                "{}/{}",
                locale_dir.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            );
            if name.ends_with(".snap") && !expected_files.contains(&name) {
                stale.push(name);
            }
        }
    }

    assert!(
        failed.is_empty() && stale.is_empty(),
        "\n{} snapshot case(s) differ from the approved wording:\n  {}\n\
         {} snapshot file(s) belong to no case:\n  {}\n\
         If the change is intended, accept it with:\n\n    bash .ci/refresh-snapshots\n\n\
         and commit snapshots/ so that legal can review the diff.\n",
        failed.len(),
        failed.join("\n  "),
        stale.len(),
        stale.join("\n  "),
    );
}

/// A report's disclosure_digest is the hash of the disclosure section of the
/// committed snapshot for its locale, platform and scenario.
#[test]
fn disclosure_digest_is_the_hash_of_the_committed_disclosure() {
    use report_fixtures::sample_report::case_report;
    use sha2::{Digest, Sha256};
    for locale in all_locales() {
        let wording = Wording::shipped(locale).unwrap();
        for platform in Platform::ALL {
            for scenario in SCENARIOS {
                let path = snapshots_dir().join(locale).join(format!(
                    "{}-{}.snap",
                    platform.id(),
                    scenario.id
                ));
                let committed = std::fs::read_to_string(&path).unwrap();
                let section: String = committed
                    .split("== disclosure ==\n")
                    .nth(1)
                    .and_then(|rest| rest.split("\n== ").next())
                    .map(|s| format!("{s}\n"))
                    .unwrap();
                let expected: String = Sha256::digest(section.as_bytes())
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                let report = case_report(&wording, platform, scenario, "r").unwrap();
                assert_eq!(
                    report.disclosure_digest,
                    format!("sha256:{expected}"),
                    "{}",
                    path.display()
                );
            }
        }
    }
}

fn committed_register_text() -> String {
    std::fs::read_to_string(snapshots_dir().join(REGISTER_FILE)).unwrap_or_default()
}

/// What the refresh records as "after": `NOTICE_APPROVED_AFTER`, else the
/// short hash of the commit the refresh runs on, else "unknown".
fn approved_after() -> String {
    if let Ok(v) = std::env::var("NOTICE_APPROVED_AFTER") {
        // One word: the register is split at whitespace.
        assert!(
            !v.is_empty() && !v.contains(char::is_whitespace),
            "NOTICE_APPROVED_AFTER must be one word (a commit or release name), not {v:?}"
        );
        return v;
    }
    std::process::Command::new("git")
        .args(["rev-parse", "--short=8", "HEAD"])
        .current_dir(snapshots_dir())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// What the refresh records as "approved": `NOTICE_APPROVED_AT`, else
/// today's date (UTC).
fn approved_at() -> String {
    std::env::var("NOTICE_APPROVED_AT")
        .unwrap_or_else(|_| format_date(time::OffsetDateTime::now_utc().date()))
}

fn shipped_sources() -> Vec<(String, String)> {
    all_locales()
        .map(|l| (l.to_string(), shipped_source(l).unwrap().to_string()))
        .collect()
}

/// The register legal reads lists the notice of every locale and platform
/// as current, and keeps every notice approved before; a wording change
/// without a refreshed register fails here. With INSTA_UPDATE=always (the
/// refresh) it adds the new rows, supersedes the old and stores the new
/// wording and policy files; it never edits or drops a row.
#[test]
fn approved_notice_register_is_current() {
    let committed = Register::parse(&committed_register_text());
    let policy = report_core::Policy::default();
    let (produced, files) = Register::produced(
        &shipped_sources(),
        &policy,
        &approved_at(),
        &approved_after(),
    )
    .unwrap();
    let refreshed = committed.refresh(&produced, &approved_at());
    if let Err(problems) = refreshed.keeps_every_row_of(&committed) {
        panic!(
            "the refresh would change approved rows:\n  {}",
            problems.join("\n  ")
        );
    }
    let text = refreshed.render();
    if std::env::var("INSTA_UPDATE").as_deref() == Ok("always") {
        NoticeFolder(snapshots_dir()).store(&files).unwrap();
        std::fs::write(snapshots_dir().join(REGISTER_FILE), &text).unwrap();
    }
    assert_eq!(
        committed_register_text(),
        text,
        "snapshots/{REGISTER_FILE} is stale: run bash .ci/refresh-snapshots and commit snapshots/"
    );
    assert_eq!(
        Register::parse(&text),
        refreshed,
        "the register reads back as written"
    );
    // Every row's files are there and give its notice_version.
    let approved =
        Approved::with_history(refreshed, policy, vec![], &NoticeFolder(snapshots_dir()))
            .unwrap_or_else(|e| panic!("{e}"));
    for (locale, _) in shipped_sources() {
        assert!(approved.wording(&locale).is_some(), "{locale}");
    }
}

/// The register in the working tree keeps every row of the one committed
/// at HEAD (skipped outside a git checkout): a hand edit or a removal of an
/// approved row fails here, even if the register is otherwise current.
#[test]
fn register_keeps_every_row_committed_at_head() {
    let Some(head) = std::process::Command::new("git")
        .args(["show", &format!("HEAD:./{REGISTER_FILE}")])
        .current_dir(snapshots_dir())
        .output()
        .ok()
        .filter(|o| o.status.success())
    else {
        eprintln!("no git history of the register: nothing to compare");
        return;
    };
    let head = Register::parse(&String::from_utf8_lossy(&head.stdout));
    let now = Register::parse(&committed_register_text());
    if let Err(problems) = now.keeps_every_row_of(&head) {
        panic!(
            "snapshots/{REGISTER_FILE} changed or dropped rows committed at HEAD:\n  {}\n\
             Approved rows are never edited: restore them (git checkout HEAD -- snapshots/{REGISTER_FILE}) \
             and run bash .ci/refresh-snapshots.",
            problems.join("\n  ")
        );
    }
}

/// The constants every snapshot case is rendered with, and the locales, for
/// the browser tests (`e2e/case-constants.mjs` hands them to every suite),
/// which read this file instead of repeating them.
#[test]
fn case_constants_file_is_current() {
    use report_fixtures::cases::*;
    let path = snapshots_dir().join("case-constants.json");
    let expected = serde_json::to_string_pretty(&serde_json::json!({
        "reason": SNAPSHOT_REASON.id(),
        "reference": SNAPSHOT_REFERENCE,
        "utc_offset_minutes": SNAPSHOT_UTC_OFFSET_MINUTES,
        "time_zone": SNAPSHOT_TIME_ZONE,
        "host_app_version": SNAPSHOT_HOST_APP_VERSION,
        "policy": report_core::Policy::default(),
        "shipped_locales": report_core::wording::SHIPPED_LOCALES,
        "pseudo_locales": report_core::wording::PSEUDO_LOCALES,
    }))
    .unwrap()
        + "\n";
    if std::env::var("INSTA_UPDATE").as_deref() == Ok("always") {
        std::fs::write(&path, &expected).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed, expected,
        "snapshots/case-constants.json is stale: run bash .ci/refresh-snapshots"
    );
}
