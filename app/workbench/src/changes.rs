//! What an edit changes: every snapshot case of the locale whose text differs
//! between the approved file and the edited one, rendered by the function
//! that writes `snapshots/`, and the edit as a patch for a pull request.

use report_core::wording::locale_path;
use report_core::{Platform, Wording};
use report_fixtures::cases::{render_case, SNAPSHOT_STEPS};
use report_fixtures::{Scenario, SCENARIOS};
use similar::{ChangeTag, TextDiff};

/// One case (platform and scenario) whose snapshot text the edit changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseChange {
    pub platform: Platform,
    pub scenario: &'static str,
    /// The steps (`reason`, `disclosure`, `receipt`) with a changed line.
    pub steps: Vec<&'static str>,
    pub lines: Vec<LineChange>,
}

impl CaseChange {
    /// The snapshot file the case is kept in.
    pub fn file(&self, locale: &str) -> String {
        format!(
            "snapshots/{locale}/{}-{}.snap",
            self.platform.id(),
            self.scenario
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineChange {
    Removed(String),
    Added(String),
}

/// The snapshot text of every case, in `SCENARIOS` order per platform.
pub fn render_all(wording: &Wording) -> Result<Vec<String>, String> {
    cases()
        .map(|(platform, scenario)| {
            render_case(wording, platform, scenario).map_err(|e| e.to_string())
        })
        .collect()
}

pub fn cases() -> impl Iterator<Item = (Platform, &'static Scenario)> {
    Platform::ALL
        .into_iter()
        .flat_map(|p| SCENARIOS.iter().map(move |s| (p, s)))
}

/// The cases whose text differs, given both renderings from `render_all`.
pub fn compare(before: &[String], after: &[String]) -> Vec<CaseChange> {
    cases()
        .zip(before.iter().zip(after))
        .filter(|(_, (b, a))| b != a)
        .map(|((platform, scenario), (b, a))| {
            let mut step = "";
            let mut steps = Vec::new();
            let mut lines = Vec::new();
            for change in TextDiff::from_lines(b.as_str(), a.as_str()).iter_all_changes() {
                let line = change.value().trim_end_matches('\n');
                if let Some(header) = line.strip_prefix("== ").and_then(|l| l.strip_suffix(" ==")) {
                    step = SNAPSHOT_STEPS
                        .into_iter()
                        .find(|s| *s == header)
                        .unwrap_or("");
                }
                let entry = match change.tag() {
                    ChangeTag::Equal => continue,
                    ChangeTag::Delete => LineChange::Removed(line.to_string()),
                    ChangeTag::Insert => LineChange::Added(line.to_string()),
                };
                if !steps.contains(&step) {
                    steps.push(step);
                }
                lines.push(entry);
            }
            CaseChange {
                platform,
                scenario: scenario.id,
                steps,
                lines,
            }
        })
        .collect()
}

/// A unified diff of the locale's file, as `git apply` takes it.
pub fn patch(locale: &str, approved: &str, edited: &str) -> String {
    let path = locale_path(locale);
    TextDiff::from_lines(approved, edited)
        .unified_diff()
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ja() -> &'static str {
        report_core::wording::embedded_source("ja").unwrap()
    }

    fn rendered(text: &str) -> Vec<String> {
        render_all(&Wording::from_locale_text("ja", "locales/ja/report.ftl", text.into()).unwrap())
            .unwrap()
    }

    #[test]
    fn the_approved_file_renders_the_committed_snapshots() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for ((platform, scenario), text) in cases().zip(rendered(ja())) {
            let file = root.join(format!(
                "snapshots/ja/{}-{}.snap",
                platform.id(),
                scenario.id
            ));
            let committed = std::fs::read_to_string(&file).unwrap();
            assert!(committed.ends_with(&text), "{}", file.display());
        }
    }

    #[test]
    fn an_edit_of_the_message_headline_changes_every_message_case_and_nothing_else() {
        let edited = ja().replacen(
            "    この通報を送信すると",
            "    【確認】この通報を送信すると",
            1,
        );
        assert_ne!(edited, ja());
        let changes = compare(&rendered(ja()), &rendered(&edited));
        let message_scenarios = SCENARIOS
            .iter()
            .filter(|s| s.kind() == report_core::ReportKind::Message)
            .count();
        assert_eq!(changes.len(), 3 * message_scenarios, "{changes:#?}");
        for change in &changes {
            assert_eq!(change.steps, ["disclosure"]);
            let [LineChange::Removed(before), LineChange::Added(after)] = &change.lines[..] else {
                panic!("one line replaced: {change:#?}");
            };
            assert!(before.starts_with("headline: "), "{before}");
            assert_eq!(after.replacen("【確認】", "", 1), *before);
        }
    }

    #[test]
    fn no_edit_changes_no_case_and_makes_an_empty_patch() {
        assert!(compare(&rendered(ja()), &rendered(ja())).is_empty());
        assert_eq!(patch("ja", ja(), ja()), "");
    }

    #[test]
    fn the_patch_names_the_locale_file_and_holds_only_the_edit() {
        let edited = ja().replacen(
            "    この通報を送信すると",
            "    【確認】この通報を送信すると",
            1,
        );
        let patch = patch("ja", ja(), &edited);
        assert!(
            patch.starts_with("--- a/locales/ja/report.ftl\n+++ b/locales/ja/report.ftl\n@@"),
            "{patch}"
        );
        let changed: Vec<&str> = patch
            .lines()
            .filter(|l| {
                (l.starts_with('-') || l.starts_with('+'))
                    && !l.starts_with("---")
                    && !l.starts_with("+++")
            })
            .collect();
        assert_eq!(changed.len(), 2, "{patch}");
        assert_eq!(
            changed[1], "+    【確認】この通報を送信すると、{ $total ->",
            "{patch}"
        );
    }
}
