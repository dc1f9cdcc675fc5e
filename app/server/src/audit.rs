//! How many reports each notice, client build, host app, platform, locale
//! and report kind produced, and how many of them could not be verified, and why;
//! whether each notice is current, superseded (and since when, and whether
//! still in use) or unknown to the register, with an alarm for the last.
//! `GET /api/audit` gives it as JSON; `report-server audit` as a table.

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
    /// Set when any stored report names a notice the register does not
    /// list: a client may be showing wording nobody approved.
    pub alarm: Option<String>,
}

impl Audit {
    /// Marks each row's notice as the register knows it on `today`, counts
    /// the reports per status and raises the alarm for unknown notices.
    pub fn with_notices(mut self, register: &Register, today: time::Date) -> Audit {
        self.totals.by_notice_status.clear();
        let mut unknown: Vec<&AuditRow> = vec![];
        for row in &mut self.rows {
            let notice = register.find(&row.group.notice_version);
            row.notice_status = match notice {
                Some(n) if n.is_current() => "current",
                Some(_) => "superseded",
                None => "unknown",
            };
            row.days_since_superseded = notice.and_then(|n| n.days_superseded(today));
            *self
                .totals
                .by_notice_status
                .entry(row.notice_status)
                .or_default() += row.total;
        }
        unknown.extend(
            self.rows
                .iter()
                .filter(|r| r.notice_status == "unknown" && r.total > 0),
        );
        self.alarm = (!unknown.is_empty()).then(|| {
            let reports: u64 = unknown.iter().map(|r| r.total).sum();
            let versions: std::collections::BTreeSet<&str> = unknown
                .iter()
                .map(|r| r.group.notice_version.as_str())
                .collect();
            let last = unknown
                .iter()
                .filter_map(|r| r.last_received_at.as_deref())
                .max();
            format!(
                "{reports} stored reports name {} notice version(s) the register does not list \
                 ({}), the latest received {}: a client may be showing wording nobody approved",
                versions.len(),
                versions.into_iter().collect::<Vec<_>>().join(", "),
                last.unwrap_or("-")
            )
        });
        self
    }

    pub fn of(rows: Vec<AuditRow>) -> Audit {
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
            alarm: None,
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
        if !t.unverified_reasons.is_empty() {
            out.push_str("\nUnverified reasons:\n");
            for code in t.unverified_reasons.keys() {
                out.push_str(&format!("  {code}: {}\n", explain(code)));
            }
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

    #[test]
    fn notices_the_register_does_not_list_raise_the_alarm() {
        let approved = crate::receive::approved().unwrap();
        let register = approved.register();
        let current = register.notices[0].notice_version.clone();
        let mut known = row("en", 4, &[]);
        known.group.notice_version = current.clone();
        let today = time::macros::date!(2027 - 01 - 01);
        let quiet = Audit::of(vec![known.clone()]).with_notices(register, today);
        assert_eq!(quiet.alarm, None);
        assert_eq!(quiet.rows[0].notice_status, "current");
        assert_eq!(quiet.totals.by_notice_status["current"], 4);

        let audit = Audit::of(vec![known, row("ja", 2, &[("unknown_notice_version", 1)])])
            .with_notices(register, today);
        assert_eq!(audit.rows[1].notice_status, "unknown");
        assert_eq!(audit.totals.by_notice_status["unknown"], 3);
        let alarm = audit.alarm.clone().unwrap();
        assert!(
            alarm.starts_with("3 stored reports name 1 notice version(s)"),
            "{alarm}"
        );
        assert!(
            alarm.contains("notice-ja") && alarm.contains("2026-12-02T00:00:00Z"),
            "{alarm}"
        );
        let table = audit.table();
        assert!(table.starts_with("ALARM: 3 stored reports"), "{table}");
        assert!(table.contains("UNKNOWN"), "{table}");
    }

    #[test]
    fn the_table_names_every_group_the_totals_and_the_reasons() {
        let audit = Audit::of(vec![
            row("en", 3, &[("unknown_notice_version", 2)]),
            row("ja", 1, &[("disclosure_differs_from_approved", 1)]),
        ]);
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
