//! `report-server audit` reads the database alone and names the counts and
//! the reasons.

mod common;

use common::{draft_report, report};
use report_core::Platform;
use report_server::operator::OperatorSettings;
use report_server::receive::{approved, Receiver};
use report_server::sqlite::SqliteStore;
use report_server::store::{Filed, ReportStore};
use std::process::Command;

fn audit(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_report-server"))
        .arg("audit")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_audit_command_prints_counts_and_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let receiver = Receiver::new(approved().unwrap(), OperatorSettings::example()).unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let file = |p: report_core::ReportPayload| {
        let new = receiver
            .prepare(Some(&p.report_id), p.to_json().as_bytes())
            .unwrap();
        assert!(matches!(store.file(new).unwrap(), Filed::New(_)));
    };
    for i in 0..3 {
        file(report(
            "id",
            Platform::Desktop,
            "full-window",
            &format!("v-{i}"),
        ));
    }
    for i in 0..2 {
        file(draft_report(&format!("d-{i}")));
    }
    let mut p = report("id", Platform::Desktop, "full-window", "altered");
    match &mut p.reported {
        report_core::payload::Reported::Message(m) => m.messages[0].sender.display_name.push('x'),
        _ => unreachable!("the scenario reports a message"),
    }
    file(p);
    drop(store);

    let out = audit(&["--data", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{text}");
    let id_row = text
        .lines()
        .find(|l| l.contains(" id ") && l.contains("desktop"))
        .expect("a row for the id desktop notice");
    let numbers: Vec<&str> = id_row.split_whitespace().collect();
    assert!(
        id_row.contains("disclosure_differs_from_approved 1"),
        "{id_row}"
    );
    assert!(numbers.windows(3).any(|w| w == ["4", "3", "1"]), "{id_row}");
    let draft_row = text
        .lines()
        .find(|l| l.contains("unknown_notice_version 2"))
        .unwrap();
    assert!(
        draft_row.contains(" en ") && draft_row.contains("android"),
        "{draft_row}"
    );
    let totals = text.lines().find(|l| l.starts_with("all")).unwrap();
    assert_eq!(
        totals.split_whitespace().take(4).collect::<Vec<_>>(),
        ["all", "6", "3", "3"],
        "{totals}"
    );
    assert!(
        text.contains("unknown_notice_version: the notice_version is not in the approved register")
    );
}

#[test]
fn the_audit_command_refuses_a_directory_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = audit(&["--data", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no report database"));
    let out = audit(&["--port", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage:"));
}

#[test]
fn the_audit_counts_reports_without_a_confirmed_display_per_host_app_version() {
    let dir = tempfile::tempdir().unwrap();
    let receiver = Receiver::new(approved().unwrap(), OperatorSettings::example()).unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let file = |json: String, id: &str| {
        let new = receiver.prepare(Some(id), json.as_bytes()).unwrap();
        assert!(matches!(store.file(new).unwrap(), Filed::New(_)));
    };
    // A host app whose client confirmed the notice, and one whose client did
    // not (too few lines confirmed, or no check at all: an older client).
    let with_app = |id: &str, app: &str| {
        let wording = report_core::Wording::shipped("ja").unwrap();
        let scenario = report_fixtures::scenario("near-start").unwrap();
        report_fixtures::sample_report::case_report_in(
            &wording,
            Platform::Android,
            scenario,
            id,
            app,
        )
        .unwrap()
    };
    file(with_app("ok-1", "Chatline 7.1").to_json(), "ok-1");
    let mut fewer = with_app("fewer-1", "Chatline 7.0");
    fewer.display_check.as_mut().unwrap().confirmed_lines -= 1;
    file(fewer.to_json(), "fewer-1");
    let mut older: serde_json::Value =
        serde_json::from_str(&with_app("older-1", "Chatline 7.0").to_json()).unwrap();
    older.as_object_mut().unwrap().remove("display_check");
    file(older.to_string(), "older-1");
    drop(store);

    let out = audit(&["--data", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let row = |app: &str| {
        text.lines()
            .find(|l| l.contains(app))
            .unwrap_or_else(|| panic!("no row for {app}:\n{text}"))
            .to_string()
    };
    assert!(row("7.0").contains("display_not_confirmed 2"), "{text}");
    let confirmed: Vec<String> = row("7.1").split_whitespace().map(String::from).collect();
    assert!(confirmed.windows(3).any(|w| w == ["1", "1", "0"]), "{text}");
}

/// A release newer than this binary: its notices are known only to the
/// register folder the receivers read, and the audit must read it too, or
/// every report of the release raises the alarm.
#[test]
fn the_audit_reads_the_register_folder_the_receivers_read() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let register = report_server::receive::RegisterDir(folder.path().to_path_buf());
    let today = report_core::wording::embedded_source("en").unwrap();
    let released = today.replace("Why it is sent", "Why we send it");
    assert_ne!(released, today);
    register
        .add_release(
            &[("en".to_string(), released.clone())],
            &report_core::Policy::default(),
            "2026-12-01",
            "release",
        )
        .unwrap();
    let receiver = Receiver::from_register_dir(
        folder.path(),
        OperatorSettings::example(),
        std::time::Duration::ZERO,
    )
    .unwrap();
    let wording = report_core::Wording::from_locale_text("en", "released.ftl", released).unwrap();
    let p = report_fixtures::sample_report::case_report(
        &wording,
        Platform::Ios,
        report_fixtures::scenario("full-window").unwrap(),
        "released-1",
    )
    .unwrap();
    let store = SqliteStore::open(data.path()).unwrap();
    let new = receiver
        .prepare(Some(&p.report_id), p.to_json().as_bytes())
        .unwrap();
    assert!(new.verified, "{:?}", new.unverified_reason);
    assert!(matches!(store.file(new).unwrap(), Filed::New(_)));
    drop(store);

    let data_arg = data.path().to_str().unwrap();
    let with = audit(&[
        "--data",
        data_arg,
        "--register",
        folder.path().to_str().unwrap(),
    ]);
    let with_text = String::from_utf8(with.stdout).unwrap();
    assert!(
        with.status.success(),
        "{}",
        String::from_utf8_lossy(&with.stderr)
    );
    assert!(!with_text.contains("ALARM"), "{with_text}");
    assert!(with_text.contains(&p.notice_version), "{with_text}");
    // The compiled-in register does not know the release: the false alarm
    // the option prevents.
    let without = String::from_utf8(audit(&["--data", data_arg]).stdout).unwrap();
    assert!(
        without.contains("ALARM") && without.contains(&p.notice_version),
        "{without}"
    );
}
