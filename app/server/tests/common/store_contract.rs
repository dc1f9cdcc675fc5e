//! What every `ReportStore` must do, whatever the database: each test takes
//! a fresh, empty store. `sqlite_store.rs` runs them on SQLite and
//! `postgres_store.rs` on PostgreSQL, so the two cannot drift apart.

use report_core::notice::Register;
use report_core::{Platform, Policy, Wording};
use report_fixtures::SCENARIOS;
use report_server::operator::OperatorSettings;
use report_server::receive::{approved, Receiver};
use report_server::store::{
    reference, row_id, Filed, NewReport, ReportStore, MAX_PAGE, PAGE_BYTES,
};
use std::collections::HashSet;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

/// A report as the receiver files it, built as the browser client builds it.
pub fn new_report(id: &str) -> NewReport {
    let receiver = Receiver::new(approved().unwrap(), OperatorSettings::example()).unwrap();
    prepared(&receiver, id, Platform::Ios)
}

fn prepared(receiver: &Receiver, id: &str, platform: Platform) -> NewReport {
    let wording = Wording::shipped("en").unwrap();
    let p =
        report_fixtures::sample_report::case_report(&wording, platform, &SCENARIOS[0], id).unwrap();
    receiver.prepare(Some(id), p.to_json().as_bytes()).unwrap()
}

const CLOSED: OffsetDateTime = datetime!(2027-01-10 12:00 UTC);

pub fn files_once_per_report_id(store: &dyn ReportStore) {
    let first = match store.file(new_report("a")).unwrap() {
        Filed::New(r) => r,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        store.file(new_report("a")).unwrap(),
        Filed::Duplicate(first.clone())
    );
    let mut other = new_report("a");
    other.body_sha256 = "0".repeat(64);
    assert_eq!(store.file(other).unwrap(), Filed::Conflict);
    let second = match store.file(new_report("b")).unwrap() {
        Filed::New(r) => r,
        other => panic!("{other:?}"),
    };
    assert_ne!(first.reference, second.reference);
    let all = store.all().unwrap();
    let ids: Vec<&str> = all.iter().map(|r| r.report_id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert!(all[0].verified, "{:?}", all[0].unverified_reason);
    assert_eq!(all[0].payload["report_id"], "a");
    assert_eq!(all[0].review.closed_at, None);
    assert_eq!(
        all[0].review.retention_days,
        Policy::default().retention_days
    );
}

pub fn pages_follow_each_other_without_gaps_or_repeats(store: &dyn ReportStore) {
    for i in 0..250 {
        store.file(new_report(&format!("p-{i:03}"))).unwrap();
    }
    let mut seen = vec![];
    let mut after = 0;
    let mut pages = 0;
    loop {
        let page = store.page(after, 100).unwrap();
        assert!(page.reports.len() <= 100);
        pages += 1;
        seen.extend(page.reports.iter().map(|r| r.report_id.clone()));
        match page.next_after {
            Some(next) => after = row_id(&next).unwrap(),
            None => break,
        }
    }
    let expected: Vec<String> = (0..250).map(|i| format!("p-{i:03}")).collect();
    assert_eq!(seen, expected, "in filing order, each once");
    assert_eq!(pages, 3);
    // Whatever is asked, a page stays bounded, and never empty by request.
    assert_eq!(store.page(0, usize::MAX).unwrap().reports.len(), 250);
    assert!(MAX_PAGE < 250 || store.page(0, MAX_PAGE).unwrap().next_after.is_none());
    assert_eq!(store.page(0, 0).unwrap().reports.len(), 1);
    assert!(store.page(i64::MAX, 10).unwrap().reports.is_empty());
}

/// Large reports end a page early, so a page never holds much more than
/// `PAGE_BYTES` of payloads, and the next page carries on.
pub fn a_page_of_large_reports_stops_at_its_byte_budget(store: &dyn ReportStore) {
    let padding = "x".repeat(1 << 20);
    for i in 0..10 {
        let mut big = new_report(&format!("big-{i}"));
        big.payload_json = format!(r#"{{"report_id":"big-{i}","padding":"{padding}"}}"#);
        store.file(big).unwrap();
    }
    let first = store.page(0, 100).unwrap();
    let held: usize = first
        .reports
        .iter()
        .map(|r| r.payload.to_string().len())
        .sum();
    assert_eq!(first.reports.len(), 8, "8 MiB of 1 MiB payloads");
    assert!(held < PAGE_BYTES + (2 << 20), "{held}");
    let next = row_id(first.next_after.as_deref().unwrap()).unwrap();
    let rest = store.page(next, 100).unwrap();
    let ids: Vec<String> = first
        .reports
        .iter()
        .chain(&rest.reports)
        .map(|r| r.report_id.clone())
        .collect();
    let expected: Vec<String> = (0..10).map(|i| format!("big-{i}")).collect();
    assert_eq!(ids, expected);
    assert_eq!(rest.next_after, None);
}

pub fn consent_records_are_found_by_reference_only(store: &dyn ReportStore) {
    let Filed::New(r) = store.file(new_report("c")).unwrap() else {
        panic!()
    };
    let record = store.consent_record(&r.reference).unwrap().unwrap();
    assert_eq!(record["iso_27560"]["record_id"], r.reference.as_str());
    for missing in [reference(999_999), "R-1".into(), "c".into(), "".into()] {
        assert_eq!(store.consent_record(&missing).unwrap(), None, "{missing}");
    }
}

pub fn a_closed_review_sets_the_deletion_date_once(store: &dyn ReportStore) {
    let Filed::New(r) = store.file(new_report("r")).unwrap() else {
        panic!()
    };
    assert_eq!(
        store.close_review(&reference(999_999), CLOSED).unwrap(),
        None
    );
    let days = i64::from(Policy::default().retention_days);
    let review = store.close_review(&r.reference, CLOSED).unwrap().unwrap();
    assert_eq!(review.closed_at.as_deref(), Some("2027-01-10T12:00:00Z"));
    let until = (CLOSED + Duration::days(days))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    assert_eq!(review.delete_after.as_deref(), Some(until.as_str()));
    // Closing again later does not move the date the report was given.
    let again = store
        .close_review(&r.reference, CLOSED + Duration::days(30))
        .unwrap()
        .unwrap();
    assert_eq!(again, review);
    assert_eq!(store.all().unwrap()[0].review, review);
}

pub fn the_purge_deletes_what_the_notice_said_and_nothing_else(store: &dyn ReportStore) {
    let days = Duration::days(i64::from(Policy::default().retention_days));
    let refs: Vec<String> = ["old", "later", "open"]
        .iter()
        .map(|id| match store.file(new_report(id)).unwrap() {
            Filed::New(r) => r.reference,
            other => panic!("{other:?}"),
        })
        .collect();
    store.close_review(&refs[0], CLOSED).unwrap().unwrap();
    store
        .close_review(&refs[1], CLOSED + Duration::days(10))
        .unwrap()
        .unwrap();
    let due = CLOSED + days;
    // A second early: nothing.
    assert_eq!(
        store
            .purge(due - Duration::seconds(1), false)
            .unwrap()
            .reports,
        0
    );
    // Dry: says what would go and deletes nothing.
    let dry = store.purge(due, true).unwrap();
    assert_eq!(
        (dry.reports, dry.references.clone()),
        (1, vec![refs[0].clone()])
    );
    assert_eq!(store.all().unwrap().len(), 3);
    assert!(store.audit().unwrap().rows.iter().all(|r| r.purged == 0));
    // Due: the first goes, with its consent record; the audit counts it.
    let purged = store.purge(due, false).unwrap();
    assert_eq!(purged, dry);
    let left: Vec<String> = store
        .all()
        .unwrap()
        .into_iter()
        .map(|r| r.report_id)
        .collect();
    assert_eq!(left, ["later", "open"]);
    assert_eq!(store.consent_record(&refs[0]).unwrap(), None);
    let audit = store.audit().unwrap().rows;
    assert_eq!(audit.iter().map(|r| r.purged).sum::<u64>(), 1);
    assert_eq!(audit.iter().map(|r| r.total).sum::<u64>(), 2);
    // Running it again deletes nothing more; far in the future, only the
    // open review is kept (its clock has not started).
    assert_eq!(store.purge(due, false).unwrap().reports, 0);
    assert_eq!(
        store
            .purge(due + Duration::days(3650), false)
            .unwrap()
            .reports,
        1
    );
    let left: Vec<String> = store
        .all()
        .unwrap()
        .into_iter()
        .map(|r| r.report_id)
        .collect();
    assert_eq!(left, ["open"]);
    assert_eq!(
        store
            .audit()
            .unwrap()
            .rows
            .iter()
            .map(|r| r.purged)
            .sum::<u64>(),
        2
    );
    // A purged reference is never given out again.
    let Filed::New(next) = store.file(new_report("next")).unwrap() else {
        panic!()
    };
    let taken: HashSet<&String> = refs.iter().collect();
    assert!(!taken.contains(&next.reference), "{}", next.reference);
}

/// The series per day comes from the same SQL on every store: each UTC day
/// of `received_at`, its reports by the register's word on their notice, and
/// the first report of a notice the register does not list.
pub fn the_audit_counts_each_day_by_notice_and_finds_the_first_unknown_report(
    store: &dyn ReportStore,
) {
    let receiver = Receiver::new(approved().unwrap(), OperatorSettings::example()).unwrap();
    let approved = approved().unwrap();
    let draft = |id: &str| {
        let wording = report_fixtures::sample_report::draft_wording();
        let p = report_fixtures::sample_report::case_report(
            &wording,
            Platform::Android,
            &SCENARIOS[0],
            id,
        )
        .unwrap();
        receiver.prepare(Some(id), p.to_json().as_bytes()).unwrap()
    };
    store.file(new_report("v-1")).unwrap();
    store.file(draft("d-1")).unwrap();
    // The next draft in a later second, so that the first time told to the
    // second is the first draft's and no other.
    let first_second = store.all().unwrap()[1].received_at[..19].to_string();
    while report_server::store::rfc3339(OffsetDateTime::now_utc()).unwrap()[..19] <= *first_second {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    store.file(new_report("v-2")).unwrap();
    store.file(draft("d-2")).unwrap();
    store.file(new_report("v-3")).unwrap();
    let today = OffsetDateTime::now_utc().date();
    let audit = store
        .audit()
        .unwrap()
        .with_notices(approved.register(), today);
    let stored = store.all().unwrap();
    let mut days: Vec<&str> = stored.iter().map(|r| &r.received_at[..10]).collect();
    days.dedup();
    let listed: Vec<&str> = audit.per_day.iter().map(|d| d.day.as_str()).collect();
    assert_eq!(listed, days, "{:?}", audit.per_day);
    let sum =
        |f: fn(&report_server::audit::DayCounts) -> u64| audit.per_day.iter().map(f).sum::<u64>();
    assert_eq!(
        [
            sum(|d| d.reports),
            sum(|d| d.current),
            sum(|d| d.superseded),
            sum(|d| d.unknown),
            sum(|d| d.verified),
            sum(|d| d.unverified),
        ],
        [5, 3, 0, 2, 3, 2],
        "{:?}",
        audit.per_day
    );
    let drafts: Vec<_> = stored.iter().filter(|r| !r.verified).collect();
    assert_eq!(drafts.len(), 2);
    assert!(approved
        .register()
        .find(&drafts[0].notice_version)
        .is_none());
    let unknown = &audit.unknown_notices;
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert_eq!(unknown[0].notice_version, drafts[0].notice_version);
    // To the second: the first draft's time, whatever its fraction.
    let first = format!("{}Z", &drafts[0].received_at[..19]);
    assert_eq!(unknown[0].first_received_at, first);
    assert_eq!(unknown[0].reports, 2);
    assert!(audit.alarm.unwrap().contains(&format!(
        "{} (first received {first}, 2 reports)",
        drafts[0].notice_version
    )));
}

/// The days the notice shows and the days the purge waits are one value:
/// change the policy's, and both move.
pub fn the_retention_on_screen_is_the_retention_purged(store: &dyn ReportStore) {
    let policy = Policy {
        retention_days: 7,
        ..Policy::default()
    };
    // As `bash .ci/refresh-snapshots` would approve it under that policy.
    let shipped = || {
        report_core::wording::all_locales()
            .map(|l| Wording::shipped(l).unwrap())
            .collect::<Vec<_>>()
    };
    let register = Register::of(shipped(), &policy);
    let receiver = Receiver::new(
        report_core::verify::Approved::new(register, policy, shipped()).unwrap(),
        OperatorSettings::example(),
    )
    .unwrap();
    let wording = Wording::shipped("en").unwrap();
    let payload = report_fixtures::sample_report::case_report_under(
        &wording,
        Platform::Desktop,
        &SCENARIOS[0],
        "seven",
        receiver.approved().policy(),
    )
    .unwrap();
    let report = receiver
        .prepare(Some("seven"), payload.to_json().as_bytes())
        .unwrap();
    assert!(report.verified, "{:?}", report.unverified_reason);
    assert_eq!(report.retention_days, 7);
    let screen = receiver.approved().rerender(&payload).unwrap();
    assert!(screen.retention.contains('7'), "{}", screen.retention);
    assert!(!screen.retention.contains("180"), "{}", screen.retention);
    let Filed::New(r) = store.file(report).unwrap() else {
        panic!()
    };
    store.close_review(&r.reference, CLOSED).unwrap().unwrap();
    let due = CLOSED + Duration::days(7);
    assert_eq!(
        store
            .purge(due - Duration::seconds(1), false)
            .unwrap()
            .reports,
        0
    );
    assert_eq!(store.purge(due, false).unwrap().reports, 1);
}

/// A contract test: given a fresh, empty store.
pub type ContractTest = fn(&dyn ReportStore);

/// Every contract test, by name.
pub fn all() -> Vec<(&'static str, ContractTest)> {
    vec![
        ("files_once_per_report_id", files_once_per_report_id),
        (
            "pages_follow_each_other_without_gaps_or_repeats",
            pages_follow_each_other_without_gaps_or_repeats,
        ),
        (
            "a_page_of_large_reports_stops_at_its_byte_budget",
            a_page_of_large_reports_stops_at_its_byte_budget,
        ),
        (
            "consent_records_are_found_by_reference_only",
            consent_records_are_found_by_reference_only,
        ),
        (
            "a_closed_review_sets_the_deletion_date_once",
            a_closed_review_sets_the_deletion_date_once,
        ),
        (
            "the_purge_deletes_what_the_notice_said_and_nothing_else",
            the_purge_deletes_what_the_notice_said_and_nothing_else,
        ),
        (
            "the_audit_counts_each_day_by_notice_and_finds_the_first_unknown_report",
            the_audit_counts_each_day_by_notice_and_finds_the_first_unknown_report,
        ),
        (
            "the_retention_on_screen_is_the_retention_purged",
            the_retention_on_screen_is_the_retention_purged,
        ),
    ]
}
