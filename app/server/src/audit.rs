//! How many reports each notice, client build, host app, platform, locale
//! and report kind produced, and how many of them could not be verified, and why;
//! whether each notice is current, superseded (and since when, and whether
//! still in use) or unknown to the register, with an alarm for the last;
//! and the reports of each UTC day by notice status, so the day a client
//! started sending unapproved wording shows.
//! `GET /api/audit` gives it as JSON (and `GET /audit` as a page, see
//! `audit_page`); `report-server audit` as a table.

use report_core::notice::Register;
use report_core::verify::Unverified;
use serde::Serialize;
use std::collections::BTreeMap;

/// What the audit counts reports by.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct AuditGroup {
    pub notice_version: String,
    pub client_version: String,
    pub host_app_version: Option<String>,
    pub platform: String,
    pub locale: String,
    /// message, account or post.
    pub kind: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditRow {
    #[serde(flatten)]
    pub group: AuditGroup,
    /// Stored now.
    pub total: u64,
    pub verified: u64,
    pub unverified: u64,
    /// Unverified reports per reason code (`Unverified::code`).
    pub unverified_reasons: BTreeMap<String, u64>,
    /// Deleted by the purge, past the retention their notice stated; not
    /// in the counts above.
    pub purged: u64,
    /// The newest report of the group still stored (to the second): a
    /// superseded notice still in use shows here.
    pub last_received_at: Option<String>,
    /// What the register says of the notice: current, superseded or
    /// unknown (`Audit::with_notices`).
    pub notice_status: &'static str,
    pub days_since_superseded: Option<i64>,
}

/// What every store runs for the audit, the same SQL on SQLite and
/// PostgreSQL: each row is the six group columns, the unverified reason, a
/// count and the newest receipt time; `true` marks the counts of purged
/// reports.
pub const GROUP_QUERIES: [(&str, bool); 2] = [
    (
        "SELECT notice_version, client_version, host_app_version, platform, locale, kind,
                unverified_reason, COUNT(*), MAX(received_at)
         FROM reports
         GROUP BY notice_version, client_version, host_app_version, platform, locale,
                  kind, unverified_reason",
        false,
    ),
    (
        "SELECT notice_version, client_version, host_app_version, platform, locale, kind,
                unverified_reason, CAST(SUM(reports) AS BIGINT), CAST(NULL AS TEXT)
         FROM purged
         GROUP BY notice_version, client_version, host_app_version, platform, locale,
                  kind, unverified_reason",
        true,
    ),
];

/// What every store runs for the series per day, the same SQL on SQLite
/// and PostgreSQL: the UTC day (`received_at` is RFC 3339 text in UTC in
/// both stores, so its first ten characters are the day), the notice, the
/// reports, the unverified ones and the first receipt time to the second.
/// The time is cut to the second because the stored fractions have no
/// fixed width (`.5Z` sorts after `.45Z`), so only the cut text sorts as
/// time does. Purged reports have no time left and are not in it.
pub const DAY_QUERY: &str = "SELECT SUBSTR(received_at, 1, 10), notice_version, COUNT(*),
        COUNT(unverified_reason), MIN(SUBSTR(received_at, 1, 19)) || 'Z'
 FROM reports
 GROUP BY SUBSTR(received_at, 1, 10), notice_version
 ORDER BY 1, 2";

/// Stored reports of one notice received on one UTC day: a row of
/// `DAY_QUERY`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayOfNotice {
    /// `YYYY-MM-DD`, UTC.
    pub day: String,
    pub notice_version: String,
    pub reports: u64,
    pub unverified: u64,
    /// RFC 3339 to the second, UTC.
    pub first_received_at: String,
}

/// The reports received on one UTC day, by what the register says of
/// their notice and by verification.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DayCounts {
    pub day: String,
    pub reports: u64,
    pub current: u64,
    pub superseded: u64,
    pub unknown: u64,
    pub verified: u64,
    pub unverified: u64,
}

/// A notice the register does not list, with its first stored report: the
/// moment a client started showing wording nobody approved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownNotice {
    pub notice_version: String,
    /// RFC 3339 to the second, UTC.
    pub first_received_at: String,
    /// Stored reports naming it.
    pub reports: u64,
}

/// Sums a store's grouped counts into audit rows, in group order.
#[derive(Default)]
pub struct AuditCounts(BTreeMap<AuditGroup, AuditRow>);

impl AuditCounts {
    /// `n` reports of `group` with this unverified reason (`None`: verified),
    /// stored or `purged`, the newest received at `last`.
    pub fn add(
        &mut self,
        group: AuditGroup,
        reason: Option<String>,
        n: u64,
        purged: bool,
        last: Option<String>,
    ) {
        let row = self.0.entry(group.clone()).or_insert_with(|| AuditRow {
            group,
            total: 0,
            verified: 0,
            unverified: 0,
            unverified_reasons: BTreeMap::new(),
            purged: 0,
            last_received_at: None,
            notice_status: "unknown",
            days_since_superseded: None,
        });
        if last > row.last_received_at {
            row.last_received_at = last;
        }
        if purged {
            row.purged += n;
            return;
        }
        row.total += n;
        match reason {
            None => row.verified += n,
            Some(reason) => {
                row.unverified += n;
                *row.unverified_reasons.entry(reason).or_default() += n;
            }
        }
    }

    pub fn rows(self) -> Vec<AuditRow> {
        self.0.into_values().collect()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub total: u64,
    pub verified: u64,
    pub unverified: u64,
    pub unverified_reasons: BTreeMap<String, u64>,
    pub purged: u64,
    /// Stored reports per notice status (current, superseded, unknown).
    pub by_notice_status: BTreeMap<&'static str, u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Audit {
    pub rows: Vec<AuditRow>,
    pub totals: Totals,
    /// Stored reports per UTC day, oldest first.
    pub per_day: Vec<DayCounts>,
    /// Notices the register does not list, the first to arrive first.
    pub unknown_notices: Vec<UnknownNotice>,
    /// Set when any stored report names a notice the register does not
    /// list: a client may be showing wording nobody approved.
    pub alarm: Option<String>,
    /// The store's rows per day and notice, kept so that `with_notices`
    /// can sort them by the register's word.
    #[serde(skip)]
    days: Vec<DayOfNotice>,
}

impl Audit {
    /// Marks each row's notice as the register knows it on `today`, counts
    /// the reports per status, per day too, and raises the alarm for
    /// unknown notices.
    pub fn with_notices(mut self, register: &Register, today: time::Date) -> Audit {
        let status = |version: &str| match register.find(version) {
            Some(n) if n.is_current() => "current",
            Some(_) => "superseded",
            None => "unknown",
        };
        self.totals.by_notice_status.clear();
        for row in &mut self.rows {
            row.notice_status = status(&row.group.notice_version);
            row.days_since_superseded = register
                .find(&row.group.notice_version)
                .and_then(|n| n.days_superseded(today));
            *self
                .totals
                .by_notice_status
                .entry(row.notice_status)
                .or_default() += row.total;
        }
        self.per_day = per_day(&self.days, status);
        self.unknown_notices = unknown_notices(&self.days, status);
        self.alarm = alarm(&self.unknown_notices);
        self
    }

    /// The store's counts, before the register's word: every notice counts
    /// as unknown until `with_notices`, and no alarm is raised.
    pub fn of(rows: Vec<AuditRow>, days: Vec<DayOfNotice>) -> Audit {
        let mut totals = Totals::default();
        for row in &rows {
            totals.total += row.total;
            totals.verified += row.verified;
            totals.unverified += row.unverified;
            totals.purged += row.purged;
            for (reason, n) in &row.unverified_reasons {
                *totals.unverified_reasons.entry(reason.clone()).or_default() += n;
            }
        }
        Audit {
            rows,
            totals,
            per_day: per_day(&days, |_| "unknown"),
            unknown_notices: vec![],
            alarm: None,
            days,
        }
    }

    /// The plain-text table an operator reads: one line per group, a totals
    /// line, then what each reason code found means.
    pub fn table(&self) -> String {
        let header = [
            "notice_version",
            "notice",
            "client",
            "host app",
            "platform",
            "locale",
            "kind",
            "total",
            "verified",
            "unverified",
            "purged",
            "unverified reasons",
        ];
        let mut lines: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
        for r in &self.rows {
            let g = &r.group;
            let status = match (r.notice_status, r.days_since_superseded) {
                ("superseded", Some(days)) => format!("superseded {days} d"),
                ("unknown", _) => "UNKNOWN".to_string(),
                (status, _) => status.to_string(),
            };
            lines.push(vec![
                g.notice_version.clone(),
                status,
                g.client_version.clone(),
                g.host_app_version.clone().unwrap_or_else(|| "-".into()),
                g.platform.clone(),
                g.locale.clone(),
                g.kind.clone(),
                r.total.to_string(),
                r.verified.to_string(),
                r.unverified.to_string(),
                r.purged.to_string(),
                reasons(&r.unverified_reasons),
            ]);
        }
        let t = &self.totals;
        lines.push(vec![
            "all".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            t.total.to_string(),
            t.verified.to_string(),
            t.unverified.to_string(),
            t.purged.to_string(),
            reasons(&t.unverified_reasons),
        ]);
        let widths: Vec<usize> = (0..header.len())
            .map(|c| {
                lines
                    .iter()
                    .map(|l| l[c].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let numeric = |c: usize| (7..=10).contains(&c);
        let mut out = String::new();
        if let Some(alarm) = &self.alarm {
            out.push_str(&format!("ALARM: {alarm}\n\n"));
        }
        let last = lines.len() - 1;
        for (i, line) in lines.iter().enumerate() {
            if i == last {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                out.push_str(rule.join("  ").trim_end());
                out.push('\n');
            }
            let cells: Vec<String> = line
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let pad = " ".repeat(widths[c] - cell.chars().count());
                    if numeric(c) && i > 0 {
                        format!("{pad}{cell}")
                    } else {
                        format!("{cell}{pad}")
                    }
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        if !self.per_day.is_empty() {
            out.push_str("\nReports per day (UTC):\n");
            out.push_str(&self.day_table());
        }
        if !t.unverified_reasons.is_empty() {
            out.push_str("\nUnverified reasons:\n");
            for code in t.unverified_reasons.keys() {
                out.push_str(&format!("  {code}: {}\n", explain(code)));
            }
        }
        out
    }
}

/// Sums the store's rows per day and notice into one row per day, sorting
/// each notice by `status`.
fn per_day(days: &[DayOfNotice], status: impl Fn(&str) -> &'static str) -> Vec<DayCounts> {
    let mut out: BTreeMap<&str, DayCounts> = BTreeMap::new();
    for d in days {
        let counts = out.entry(&d.day).or_insert_with(|| DayCounts {
            day: d.day.clone(),
            ..DayCounts::default()
        });
        counts.reports += d.reports;
        counts.unverified += d.unverified;
        counts.verified += d.reports.saturating_sub(d.unverified);
        match status(&d.notice_version) {
            "current" => counts.current += d.reports,
            "superseded" => counts.superseded += d.reports,
            _ => counts.unknown += d.reports,
        }
    }
    out.into_values().collect()
}

/// Each notice `status` calls unknown, with its first report, in order of
/// arrival.
fn unknown_notices(
    days: &[DayOfNotice],
    status: impl Fn(&str) -> &'static str,
) -> Vec<UnknownNotice> {
    let mut by_version: BTreeMap<&str, UnknownNotice> = BTreeMap::new();
    for d in days
        .iter()
        .filter(|d| status(&d.notice_version) == "unknown")
    {
        let n = by_version
            .entry(&d.notice_version)
            .or_insert_with(|| UnknownNotice {
                notice_version: d.notice_version.clone(),
                first_received_at: d.first_received_at.clone(),
                reports: 0,
            });
        n.reports += d.reports;
        if d.first_received_at < n.first_received_at {
            n.first_received_at = d.first_received_at.clone();
        }
    }
    let mut out: Vec<UnknownNotice> = by_version.into_values().collect();
    out.sort_by(|a, b| {
        (&a.first_received_at, &a.notice_version).cmp(&(&b.first_received_at, &b.notice_version))
    });
    out
}

fn alarm(unknown: &[UnknownNotice]) -> Option<String> {
    if unknown.is_empty() {
        return None;
    }
    let reports: u64 = unknown.iter().map(|n| n.reports).sum();
    let each: Vec<String> = unknown
        .iter()
        .map(|n| {
            format!(
                "{} (first received {}, {} reports)",
                n.notice_version, n.first_received_at, n.reports
            )
        })
        .collect();
    Some(format!(
        "{reports} stored reports name {} notice version(s) the register does not list: {}; \
         a client may be showing wording nobody approved",
        unknown.len(),
        each.join(", ")
    ))
}

impl Audit {
    /// The series per day, one line a day, the counts right-aligned under
    /// their headings.
    fn day_table(&self) -> String {
        let header = [
            "day",
            "reports",
            "current",
            "superseded",
            "unknown",
            "verified",
            "unverified",
        ];
        let mut lines = vec![header.map(String::from).to_vec()];
        for d in &self.per_day {
            lines.push(vec![
                d.day.clone(),
                d.reports.to_string(),
                d.current.to_string(),
                d.superseded.to_string(),
                d.unknown.to_string(),
                d.verified.to_string(),
                d.unverified.to_string(),
            ]);
        }
        let width = |c: usize| {
            lines
                .iter()
                .map(|l| l[c].chars().count())
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..header.len()).map(width).collect();
        let mut out = String::new();
        for line in &lines {
            let cells: Vec<String> = line
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(c, (cell, w))| {
                    if c == 0 {
                        format!("{cell:<w$}")
                    } else {
                        format!("{cell:>w$}")
                    }
                })
                .collect();
            out.push_str(&format!("  {}\n", cells.join("  ")));
        }
        out
    }
}

fn reasons(counts: &BTreeMap<String, u64>) -> String {
    counts
        .iter()
        .map(|(code, n)| format!("{code} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a stored reason code means, in the words of report-core.
pub fn explain(code: &str) -> String {
    Unverified::from_code(code)
        .map(|u| u.to_string())
        .unwrap_or_else(|| "(a code this receiver does not know)".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(locale: &str, verified: u64, reasons: &[(&str, u64)]) -> AuditRow {
        let unverified_reasons: BTreeMap<String, u64> =
            reasons.iter().map(|(c, n)| (c.to_string(), *n)).collect();
        let unverified = unverified_reasons.values().sum();
        AuditRow {
            group: AuditGroup {
                notice_version: format!("notice-{locale}"),
                client_version: "report-web 0.1.0".into(),
                host_app_version: None,
                platform: "ios".into(),
                locale: locale.into(),
                kind: "message".into(),
            },
            total: verified + unverified,
            verified,
            unverified,
            unverified_reasons,
            purged: 0,
            last_received_at: Some(format!("2026-12-0{}T00:00:00Z", verified)),
            notice_status: "unknown",
            days_since_superseded: None,
        }
    }

    fn day(day: &str, notice: &str, reports: u64, unverified: u64, first: &str) -> DayOfNotice {
        DayOfNotice {
            day: day.into(),
            notice_version: notice.into(),
            reports,
            unverified,
            first_received_at: format!("{day}T{first}Z"),
        }
    }

    #[test]
    fn notices_the_register_does_not_list_raise_the_alarm() {
        let approved = crate::receive::approved().unwrap();
        let register = approved.register();
        let current = register.notices[0].notice_version.clone();
        let mut known = row("en", 4, &[]);
        known.group.notice_version = current.clone();
        let today = time::macros::date!(2027 - 01 - 01);
        let known_days = vec![day("2026-12-04", &current, 4, 0, "08:00:00")];
        let quiet =
            Audit::of(vec![known.clone()], known_days.clone()).with_notices(register, today);
        assert_eq!(quiet.alarm, None);
        assert_eq!(quiet.unknown_notices, []);
        assert_eq!(quiet.rows[0].notice_status, "current");
        assert_eq!(quiet.totals.by_notice_status["current"], 4);

        // notice-ja: 1 report on the 2nd (its first at 09:30), 2 on the 3rd.
        let mut days = known_days;
        days.push(day("2026-12-03", "notice-ja", 2, 2, "00:10:00"));
        days.push(day("2026-12-02", "notice-ja", 1, 1, "09:30:00"));
        let audit = Audit::of(
            vec![known, row("ja", 2, &[("unknown_notice_version", 1)])],
            days,
        )
        .with_notices(register, today);
        assert_eq!(audit.rows[1].notice_status, "unknown");
        assert_eq!(audit.totals.by_notice_status["unknown"], 3);
        assert_eq!(
            audit.unknown_notices,
            [UnknownNotice {
                notice_version: "notice-ja".into(),
                first_received_at: "2026-12-02T09:30:00Z".into(),
                reports: 3,
            }]
        );
        let alarm = audit.alarm.clone().unwrap();
        assert!(
            alarm.starts_with(
                "3 stored reports name 1 notice version(s) the register does not list: \
                 notice-ja (first received 2026-12-02T09:30:00Z, 3 reports)"
            ),
            "{alarm}"
        );
        let table = audit.table();
        assert!(table.starts_with("ALARM: 3 stored reports"), "{table}");
        assert!(table.contains("UNKNOWN"), "{table}");
    }

    #[test]
    fn each_day_counts_its_reports_by_the_registers_word_on_their_notice() {
        let approved = crate::receive::approved().unwrap();
        let mut register = approved.register().clone();
        let current = register.notices[0].notice_version.clone();
        let old = register.notices[1].notice_version.clone();
        register.notices[1].superseded_at = Some("2026-12-01".into());
        let days = vec![
            day("2026-11-30", &old, 5, 0, "10:00:00"),
            day("2026-12-02", &current, 3, 1, "01:00:00"),
            day("2026-12-02", &old, 2, 0, "02:00:00"),
            day("2026-12-02", "notice-draft", 4, 4, "03:00:00"),
            day("2026-12-03", "notice-draft", 1, 1, "00:00:01"),
        ];
        let audit =
            Audit::of(vec![], days).with_notices(&register, time::macros::date!(2026 - 12 - 05));
        let d =
            |day: &str, [reports, current, superseded, unknown, verified, unverified]: [u64; 6]| {
                DayCounts {
                    day: day.into(),
                    reports,
                    current,
                    superseded,
                    unknown,
                    verified,
                    unverified,
                }
            };
        assert_eq!(
            audit.per_day,
            [
                d("2026-11-30", [5, 0, 5, 0, 5, 0]),
                d("2026-12-02", [9, 3, 2, 4, 4, 5]),
                d("2026-12-03", [1, 0, 0, 1, 0, 1]),
            ]
        );
        assert_eq!(
            audit.unknown_notices[0].first_received_at,
            "2026-12-02T03:00:00Z"
        );
        assert_eq!(audit.unknown_notices[0].reports, 5);
        let json = serde_json::to_value(&audit).unwrap();
        assert_eq!(json["per_day"][1]["unknown"], 4);
        assert_eq!(json["unknown_notices"][0]["notice_version"], "notice-draft");
        assert!(json.get("days").is_none(), "{json}");
        let table = audit.table();
        assert!(
            table.contains("\nReports per day (UTC):\n  day         reports  current  superseded  unknown  verified  unverified\n  2026-11-30        5        0           5        0         5           0\n"),
            "{table}"
        );
    }

    #[test]
    fn unknown_notices_come_in_order_of_their_first_report() {
        let register = crate::receive::approved().unwrap().register().clone();
        let days = vec![
            day("2026-12-02", "notice-a", 1, 1, "12:00:00"),
            day("2026-12-02", "notice-b", 1, 1, "06:00:00"),
        ];
        let audit =
            Audit::of(vec![], days).with_notices(&register, time::macros::date!(2026 - 12 - 05));
        let order: Vec<&str> = audit
            .unknown_notices
            .iter()
            .map(|n| n.notice_version.as_str())
            .collect();
        assert_eq!(order, ["notice-b", "notice-a"]);
        assert!(audit
            .alarm
            .unwrap()
            .contains("notice-b (first received 2026-12-02T06:00:00Z, 1 reports), notice-a"));
    }

    #[test]
    fn the_table_names_every_group_the_totals_and_the_reasons() {
        let audit = Audit::of(
            vec![
                row("en", 3, &[("unknown_notice_version", 2)]),
                row("ja", 1, &[("disclosure_differs_from_approved", 1)]),
            ],
            vec![],
        );
        assert_eq!(audit.totals.total, 7);
        assert_eq!(audit.totals.unverified, 3);
        let table = audit.table();
        let lines: Vec<&str> = table.lines().collect();
        // Without the register's word, no alarm is raised.
        assert!(lines[0].starts_with("notice_version"), "{table}");
        assert!(lines[1].contains("notice-en") && lines[1].contains("unknown_notice_version 2"));
        assert!(
            lines[4].starts_with("all") && lines[4].contains(" 7 "),
            "{table}"
        );
        assert!(table.contains(
            "unknown_notice_version: the notice_version is not in the approved register"
        ));
        assert!(table.contains("disclosure_differs_from_approved: the approved wording"));
    }

    #[test]
    fn an_unknown_code_is_shown_as_such() {
        assert_eq!(explain("x"), "(a code this receiver does not know)");
    }
}
