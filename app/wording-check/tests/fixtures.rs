//! Each broken fixture is `fixtures/minimal` with one change; the expected
//! output is exactly what a planner sees.

use std::path::{Path, PathBuf};
use std::process::Command;

use wording_check::check;

/// Relative, as a planner would type it, so printed paths are predictable.
/// Integration tests run in the package directory.
fn fixture(name: &str) -> PathBuf {
    Path::new("tests/fixtures").join(name)
}

fn output_for(name: &str) -> String {
    check(&fixture(name)).to_string()
}

#[track_caller]
fn assert_problems(name: &str, expected: &[&str]) {
    let mut lines: Vec<String> = expected
        .iter()
        .map(|line| line.replace("{dir}", &format!("tests/fixtures/{name}")))
        .collect();
    let summary = match expected.len() / 2 {
        1 => "wording check: 1 problem".to_owned(),
        count => format!("wording check: {count} problems"),
    };
    lines.push(summary);
    assert_eq!(output_for(name), lines.join("\n"));
}

#[test]
fn real_locales_pass() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let outcome = check(&locales);
    assert!(outcome.is_ok(), "{outcome}");
    let dirs = std::fs::read_dir(&locales).unwrap().count();
    assert_eq!(outcome.locales, dirs);
}

/// For each real locale, a copy of locales/ without one of its messages must
/// fail, naming that locale's file and the missing message.
#[test]
fn any_real_locale_missing_one_message_fails() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for entry in std::fs::read_dir(&real).unwrap().flatten() {
        let locale = entry.file_name().to_string_lossy().to_string();
        if locale == wording_check::REFERENCE_LOCALE {
            continue;
        }
        let copy =
            std::env::temp_dir().join(format!("wording-check-{}-{locale}", std::process::id()));
        let _ = std::fs::remove_dir_all(&copy);
        for other in std::fs::read_dir(&real).unwrap().flatten() {
            let dir = copy.join(other.file_name());
            std::fs::create_dir_all(&dir).unwrap();
            for file in std::fs::read_dir(other.path()).unwrap().flatten() {
                std::fs::copy(file.path(), dir.join(file.file_name())).unwrap();
            }
        }
        let ftl = copy.join(&locale).join("report.ftl");
        let text = std::fs::read_to_string(&ftl).unwrap();
        let without: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("retention-heading ="))
            .collect();
        assert_eq!(
            without.len() + 1,
            text.lines().count(),
            "{locale}: fixture line not found"
        );
        std::fs::write(&ftl, without.join("\n")).unwrap();

        let outcome = check(&copy).to_string();
        std::fs::remove_dir_all(&copy).unwrap();
        assert!(
            outcome.contains(&format!(
                "{locale}/report.ftl:1:1: error: message `retention-heading` is missing"
            )),
            "{locale}:\n{outcome}"
        );
        assert!(
            outcome.ends_with("wording check: 1 problem"),
            "{locale}:\n{outcome}"
        );
    }
}

#[test]
fn copy_of_real_locales_passes() {
    assert_eq!(
        output_for("valid"),
        "wording check: 2 locales, 120 messages each: OK"
    );
}

#[test]
fn minimal_fixture_passes() {
    assert_eq!(
        output_for("minimal"),
        "wording check: 2 locales, 6 messages each: OK"
    );
}

#[test]
fn syntax_error_is_located_in_characters() {
    assert_problems(
        "syntax_error",
        &[
            r#"{dir}/ja/report.ftl:9:32: error: Expected a token starting with "}""#,
            "  fix: correct the Fluent syntax at this position; see https://projectfluent.org/fluent/guide/",
        ],
    );
}

#[test]
fn message_missing_in_translation() {
    assert_problems(
        "missing_message",
        &[
            "{dir}/ja/report.ftl:1:1: error: message `retention` is missing; the reference defines it at {dir}/en/report.ftl:14",
            "  fix: add message `retention` to {dir}/ja/report.ftl, translating the reference wording at {dir}/en/report.ftl:14",
        ],
    );
}

#[test]
fn message_extra_in_translation() {
    assert_problems(
        "extra_message",
        &[
            "{dir}/ja/report.ftl:12:1: error: message `button-later` is not in the reference locale en",
            "  fix: remove it, or add it to the reference locale ({dir}/en) first if the product needs it",
        ],
    );
}

#[test]
fn duplicate_message_id() {
    assert_problems(
        "duplicate_id",
        &[
            "{dir}/ja/report.ftl:12:1: error: message `retention` is defined twice; first at {dir}/ja/report.ftl:9",
            "  fix: keep one definition of message `retention` and delete the other",
        ],
    );
}

#[test]
fn attribute_missing_in_translation() {
    assert_problems(
        "missing_attribute",
        &[
            "{dir}/ja/report.ftl:10:1: error: message `button-agree` has no attribute `.title`; the reference defines it at {dir}/en/report.ftl:19",
            "  fix: add `.title = …` under message `button-agree`, translating the reference wording",
        ],
    );
}

#[test]
fn variable_missing_and_variable_extra() {
    assert_problems(
        "variables",
        &[
            "{dir}/ja/report.ftl:4:1: error: message `consent-note` does not use $operator, which the reference uses ({dir}/en/report.ftl:9)",
            "  fix: put { $operator } in the translation where the value belongs; the app fills it in",
            "{dir}/ja/report.ftl:8:12: error: message `consent-note` uses $sender, which the reference does not ({dir}/en/report.ftl:9)",
            "  fix: remove $sender: the app never provides it; use only $operator, $platform",
        ],
    );
}

#[test]
fn headline_without_after_count() {
    assert_problems(
        "headline_without_after",
        &[
            "{dir}/ja/report.ftl:3:1: error: `disclosure-headline` does not use $after",
            "  fix: put { $after } (how many messages after the reported one are sent) in the headline: the person must be told the real counts before agreeing to send",
        ],
    );
}

#[test]
fn account_and_post_headlines_without_their_counts() {
    let fix = |name: &str, meaning: &str| {
        format!("  fix: put {{ ${name} }} ({meaning}) in the headline: the person must be told the real counts before agreeing to send")
    };
    let received = fix(
        "received",
        "how many messages received from the reported account are sent",
    );
    let media = fix(
        "media",
        "how many photos and videos of the reported post are sent",
    );
    assert_problems(
        "headline_kinds_without_counts",
        &[
            "{dir}/en/report.ftl:20:1: error: `disclosure-headline-account` does not use $received",
            &received,
            "{dir}/en/report.ftl:21:1: error: `disclosure-headline-post` does not use $media",
            &media,
            "{dir}/ja/report.ftl:12:1: error: `disclosure-headline-account` does not use $received",
            &received,
            "{dir}/ja/report.ftl:13:1: error: `disclosure-headline-post` does not use $media",
            &media,
        ],
    );
}

#[test]
fn platform_key_typo() {
    assert_problems(
        "platform_typo",
        &[
            "{dir}/ja/report.ftl:4:27: error: $platform selector in message `consent-note` has no [android] variant",
            "  fix: add the variant [android] with the wording for android users; every platform needs its own explicit variant",
            "{dir}/ja/report.ftl:6:10: error: $platform selector in message `consent-note` has the variant [andriod], which is not a platform",
            "  fix: use exactly the variants [ios], [android] and [desktop]: rename [andriod] to the platform it was meant for, or remove it",
        ],
    );
}

#[test]
fn platform_missing_desktop() {
    assert_problems(
        "platform_missing_desktop",
        &[
            "{dir}/ja/report.ftl:4:27: error: $platform selector in message `consent-note` has no [desktop] variant",
            "  fix: add the variant [desktop] with the wording for desktop users; every platform needs its own explicit variant",
        ],
    );
}

#[test]
fn plural_selector_in_reference_missing_one() {
    assert_problems(
        "plural_missing_one",
        &[
            "{dir}/en/report.ftl:14:15: error: plural selector on $days in message `retention` has no [one] variant, which en needs",
            "  fix: add the variant [one]: en uses it for numbers such as 1",
        ],
    );
}

#[test]
fn plural_category_invalid_for_locale() {
    assert_problems(
        "plural_invalid_category",
        &[
            "{dir}/ja/report.ftl:10:10: error: plural selector on $days in message `retention` has the variant [few], which is not a plural category in ja",
            "  fix: use only the ja plural categories [other] (exact numbers such as [0] are also allowed); rename or remove [few]",
        ],
    );
}

#[test]
fn binary_exits_non_zero_and_prints_every_problem() {
    let run = |name: &str| {
        Command::new(env!("CARGO_BIN_EXE_wording-check"))
            .arg(fixture(name))
            .output()
            .expect("the binary runs")
    };
    let broken = run("platform_typo");
    assert_eq!(broken.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&broken.stdout).trim_end(),
        output_for("platform_typo")
    );

    let valid = run("valid");
    assert_eq!(valid.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&valid.stdout),
        "wording check: 2 locales, 120 messages each: OK\n"
    );
}
