//! Approved wording: every locale x platform x scenario must render exactly
//! the committed text in snapshots/. Accept a deliberate change with
//! `bash .ci/refresh-snapshots`.

use report_core::fixtures::SCENARIOS;
use report_core::notice::Register;
use report_core::snapshot::render_case;
use report_core::wording::all_locales;
use report_core::{Platform, Wording};
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
    use report_core::sample_report::case_report;
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

/// The register legal reads lists the notice of every locale and platform;
/// a wording change without a refreshed register fails here.
#[test]
fn approved_notice_register_is_current() {
    let wordings = all_locales().map(|l| Wording::shipped(l).unwrap());
    let register = Register::of(wordings, &report_core::Policy::default());
    let text = register.render();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshots_dir());
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(
        "The approved notices. Refresh with bash .ci/refresh-snapshots after a wording change.",
    );
    settings.bind(|| insta::assert_snapshot!("approved-notices", text));
    assert_eq!(
        Register::parse(&text),
        register,
        "the register reads back as written"
    );
}

/// The constants every snapshot case is rendered with, for the browser tests
/// (e2e/tests/displayed.ts, e2e/engines/snapshots.mjs), which read this file
/// instead of repeating them.
#[test]
fn case_constants_file_is_current() {
    use report_core::snapshot::*;
    let path = snapshots_dir().join("case-constants.json");
    let expected = serde_json::to_string_pretty(&serde_json::json!({
        "reason": SNAPSHOT_REASON.id(),
        "reference": SNAPSHOT_REFERENCE,
        "utc_offset_minutes": SNAPSHOT_UTC_OFFSET_MINUTES,
        "host_app_version": SNAPSHOT_HOST_APP_VERSION,
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
