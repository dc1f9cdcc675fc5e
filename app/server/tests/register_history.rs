//! Proof of notice across releases: one receiver, never rebuilt nor
//! restarted, verifies reports of every notice ever approved against that
//! notice's own wording, as its register folder gains releases.

use report_core::notice::{format_date, parse_date, Register, REGISTER_FILE, WORDING_DIR};
use report_core::payload::Reported;
use report_core::wording::embedded_source;
use report_core::{Platform, Policy, ReportPayload, Wording};
use report_fixtures::sample_report::{case_report, draft_wording};
use report_fixtures::scenario;
use report_server::operator::OperatorSettings;
use report_server::receive::{approved, Receiver, RegisterDir};
use report_server::store::NewReport;
use std::path::Path;
use std::time::{Duration, Instant};

/// The reference wording as it was in release 1: one heading worded
/// otherwise.
fn v1_text() -> String {
    let en = embedded_source("en").unwrap();
    let v1 = en.replace("Why it is sent", "Why this is sent");
    assert_ne!(v1, en);
    v1
}

/// What `bash .ci/refresh-snapshots` does to a register folder for a
/// release whose wording is `sources`, approved on `day` after `commit`.
fn release(dir: &Path, sources: &[(String, String)], day: &str, commit: &str) {
    RegisterDir(dir.to_path_buf())
        .add_release(sources, &Policy::default(), day, commit)
        .unwrap();
}

fn en(text: String) -> Vec<(String, String)> {
    vec![("en".to_string(), text)]
}

fn report_of(wording: &Wording, id: &str) -> ReportPayload {
    case_report(wording, Platform::Ios, scenario("full-window").unwrap(), id).unwrap()
}

fn v1_wording() -> Wording {
    Wording::from_sources("en", [("v1.ftl".to_string(), v1_text())]).unwrap()
}

fn prepare(receiver: &Receiver, p: &ReportPayload, today: &str) -> NewReport {
    receiver
        .prepare_on(
            Some(&p.report_id),
            p.to_json().as_bytes(),
            parse_date(today).unwrap(),
        )
        .unwrap()
}

/// (verified, result, notice_status, days since superseded)
fn outcome(r: &NewReport) -> (bool, String, &'static str, Option<i64>) {
    let v = &r.consent_record.notice_verification;
    (
        r.verified,
        v.result.clone(),
        v.notice_status,
        v.days_since_superseded,
    )
}

#[test]
fn one_receiver_verifies_every_release_against_its_own_wording() {
    let dir = tempfile::tempdir().unwrap();
    release(dir.path(), &en(v1_text()), "2024-01-10", "release1");
    let receiver =
        Receiver::from_register_dir(dir.path(), OperatorSettings::example(), Duration::ZERO)
            .unwrap();

    let v1 = report_of(&v1_wording(), "v1");
    assert_eq!(
        outcome(&prepare(&receiver, &v1, "2024-02-01")),
        (true, "verified".into(), "current", None),
        "release 1: its notice is current"
    );

    // Release 2 reaches the receiver's folder: no restart, no rebuild.
    release(
        dir.path(),
        &en(embedded_source("en").unwrap().to_string()),
        "2024-03-01",
        "release2",
    );
    let v1 = report_of(&v1_wording(), "v1-later");
    assert_eq!(
        outcome(&prepare(&receiver, &v1, "2024-03-31")),
        (true, "verified_superseded".into(), "superseded", Some(30)),
        "a report of release 1's notice, 30 days after release 2"
    );
    let v2 = report_of(&Wording::shipped("en").unwrap(), "v2");
    assert_eq!(
        outcome(&prepare(&receiver, &v2, "2024-03-31")),
        (true, "verified".into(), "current", None)
    );
    let draft = report_of(&draft_wording(), "draft");
    assert_eq!(
        outcome(&prepare(&receiver, &draft, "2024-03-31")),
        (false, "unknown_notice_version".into(), "unknown", None)
    );
    let mut tampered = report_of(&v1_wording(), "v1-tampered");
    match &mut tampered.reported {
        Reported::Message(m) => m.messages[0].sender.display_name.push('x'),
        _ => unreachable!("full-window reports a message"),
    }
    assert_eq!(
        outcome(&prepare(&receiver, &tampered, "2024-03-31")),
        (
            false,
            "disclosure_differs_from_approved".into(),
            "superseded",
            Some(30)
        )
    );

    // Self-test: a receiver that forgets old notices fails this test. One
    // built from today's rows only (the compiled-in register) ...
    let today_only = Receiver::new(approved().unwrap(), OperatorSettings::example()).unwrap();
    assert_eq!(
        outcome(&prepare(&today_only, &v1, "2024-03-31")).1,
        "unknown_notice_version",
        "a receiver of today's notices only calls release 1's reports unknown"
    );
    // ... and the same folder with its superseded rows dropped.
    let text = std::fs::read_to_string(dir.path().join(REGISTER_FILE)).unwrap();
    let mut current_only = Register::parse(&text);
    current_only.notices.retain(|n| n.is_current());
    assert!(Register::parse(&text)
        .keeps_every_row_of(&current_only)
        .is_ok());
    assert!(
        current_only
            .keeps_every_row_of(&Register::parse(&text))
            .is_err(),
        "dropping rows is caught by the append-only check"
    );
    let forgetful = tempfile::tempdir().unwrap();
    copy_dir(dir.path(), forgetful.path());
    std::fs::write(forgetful.path().join(REGISTER_FILE), current_only.render()).unwrap();
    let forgetful = Receiver::from_register_dir(
        forgetful.path(),
        OperatorSettings::example(),
        Duration::ZERO,
    )
    .unwrap();
    assert_eq!(
        outcome(&prepare(&forgetful, &v1, "2024-03-31")).1,
        "unknown_notice_version"
    );
    // And one that lists the old notice but holds only today's wording
    // cannot re-render it: not verified.
    let wrong_wording = report_core::verify::Approved::new(
        {
            let mut r = Register::parse(&text);
            for n in &mut r.notices {
                n.wording = None;
                n.policy = None;
                n.approved_at = None;
            }
            r
        },
        Policy::default(),
        vec![Wording::shipped("en").unwrap()],
    )
    .unwrap();
    assert_eq!(
        wrong_wording.verify(&v1).unwrap_err().code(),
        "approved_wording_not_held"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_stored_wording_that_was_altered_does_not_load() {
    let dir = tempfile::tempdir().unwrap();
    release(dir.path(), &en(v1_text()), "2024-01-10", "release1");
    let ftl = std::fs::read_dir(dir.path().join(WORDING_DIR))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    // Replaced by another approved text: the name no longer matches.
    std::fs::write(&ftl, embedded_source("en").unwrap()).unwrap();
    let error = RegisterDir(dir.path().to_path_buf()).load().err().unwrap();
    assert!(error.contains("does not hash to its name"), "{error}");
}

#[test]
fn a_new_register_file_is_picked_up_without_restart() {
    let dir = tempfile::tempdir().unwrap();
    release(dir.path(), &en(v1_text()), "2024-01-10", "release1");
    let receiver =
        Receiver::from_register_dir(dir.path(), OperatorSettings::example(), Duration::ZERO)
            .unwrap();
    let v2 = report_of(&Wording::shipped("en").unwrap(), "v2");
    assert_eq!(
        outcome(&prepare(&receiver, &v2, "2024-02-01")).1,
        "unknown_notice_version",
        "release 2 is not deployed yet"
    );
    release(
        dir.path(),
        &en(embedded_source("en").unwrap().to_string()),
        "2024-03-01",
        "release2",
    );
    assert_eq!(
        outcome(&prepare(&receiver, &v2, "2024-03-02")),
        (true, "verified".into(), "current", None),
        "the next report after the new register file sees it"
    );
    // A broken register file is not loaded: the one before stays.
    std::fs::write(dir.path().join(REGISTER_FILE), "not a register\n").unwrap();
    assert!(prepare(&receiver, &v2, "2024-03-03").verified);
}

/// Figures: `cargo test -p report-server --test register_history -- --ignored --nocapture`.
#[test]
#[ignore]
fn register_figures() {
    let t = Instant::now();
    let current = approved().unwrap();
    println!(
        "compiled-in register ({} notices): loaded in {:?}",
        current.register().notices.len(),
        t.elapsed()
    );
    let dir = tempfile::tempdir().unwrap();
    let en = embedded_source("en").unwrap();
    let mut day = parse_date("2020-01-01").unwrap();
    for i in 0..334 {
        let text = format!("{en}\n# release {i}\n");
        release(
            dir.path(),
            &en_sources(text),
            &format_date(day),
            "synthetic",
        );
        day = day.next_day().unwrap();
    }
    let t = Instant::now();
    let big = RegisterDir(dir.path().to_path_buf()).load().unwrap();
    println!(
        "synthetic register ({} notices): loaded in {:?}",
        big.register().notices.len(),
        t.elapsed()
    );
    let receiver = Receiver::from_register_dir(
        dir.path(),
        OperatorSettings::example(),
        Duration::from_secs(1),
    )
    .unwrap();
    let old =
        Wording::from_sources("en", [("x".to_string(), format!("{en}\n# release 7\n"))]).unwrap();
    let p = report_of(&old, "old");
    let body = p.to_json();
    let n = 200;
    let t = Instant::now();
    for _ in 0..n {
        let r = receiver.prepare(Some("old"), body.as_bytes()).unwrap();
        assert!(r.verified);
    }
    println!(
        "prepare (parse + verify + consent record), 1,002-notice register: {:?} per report",
        t.elapsed() / n
    );
    let approved = receiver.approved();
    let t = Instant::now();
    for _ in 0..n {
        approved.verify(&p).unwrap();
    }
    println!("verify alone: {:?} per report", t.elapsed() / n);
    let p = report_of(&Wording::shipped("en").unwrap(), "now");
    let t = Instant::now();
    for _ in 0..n {
        current.verify(&p).unwrap();
    }
    println!(
        "verify alone, compiled-in 24-notice register: {:?} per report",
        t.elapsed() / n
    );
}

fn en_sources(text: String) -> Vec<(String, String)> {
    en(text)
}
