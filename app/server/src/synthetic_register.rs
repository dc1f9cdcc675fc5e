//! A register with years of history, for the load tool: the committed
//! register and wordings, then as many earlier releases as it takes to list
//! `notices` notice versions, each worded otherwise, so that every
//! superseded notice must be re-rendered from its own wording.

use crate::receive::RegisterDir;
use report_core::notice::{POLICY_DIR, WORDING_DIR};
use report_core::wording::{all_locales, shipped_source, REFERENCE_LOCALE};
use report_core::Policy;
use std::path::Path;

/// The reference wording of the `n`-th earlier release: one heading worded
/// otherwise.
pub fn earlier_wording(n: usize) -> Result<String, String> {
    let now = shipped_source(REFERENCE_LOCALE).ok_or("the reference wording is not compiled in")?;
    let then = now.replacen(
        "\nwhy-heading = ",
        &format!("\nwhy-heading = (release {n}) "),
        1,
    );
    if then == now {
        return Err("the reference wording has no why-heading to vary".into());
    }
    Ok(then)
}

/// Writes into `dir` a register of at least `notices` notice versions whose
/// current rows are today's wording (the oldest release is release 0).
/// Returns how many notice versions it lists.
pub fn write(dir: &Path, notices: usize) -> Result<usize, String> {
    let folder = RegisterDir(dir.to_path_buf());
    for sub in [WORDING_DIR, POLICY_DIR] {
        std::fs::create_dir_all(dir.join(sub)).map_err(|e| e.to_string())?;
    }
    // As the refresh: every locale, a pseudo-locale with the reference file.
    let today: Vec<(String, String)> = all_locales()
        .map(|l| {
            shipped_source(l)
                .map(|t| (l.to_string(), t.to_string()))
                .ok_or_else(|| format!("{l} is not compiled in"))
        })
        .collect::<Result<_, _>>()?;
    let policy = Policy::default();
    let mut listed = 0;
    let mut release = 0;
    let reference = shipped_source(REFERENCE_LOCALE).unwrap_or_default();
    // Each earlier release changes the reference file only (and so the
    // pseudo-locales made from it).
    let per_release = 3 * today.iter().filter(|(_, t)| t == reference).count();
    while release == 0 || listed + per_release < notices {
        let mut sources = today.clone();
        for (_, text) in &mut sources {
            if text == reference {
                *text = earlier_wording(release)?;
            }
        }
        let day = format!("2020-01-{:02}", 1 + release % 28);
        listed = folder
            .add_release(&sources, &policy, &day, &format!("r{release}"))?
            .notices
            .len();
        release += 1;
    }
    let register = folder.add_release(&today, &policy, "2026-01-01", "today")?;
    Ok(register.notices.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::notice::Register;

    #[test]
    fn lists_at_least_the_notices_asked_with_todays_as_current() {
        let dir = tempfile::tempdir().unwrap();
        let listed = write(dir.path(), 60).unwrap();
        assert!(listed >= 60, "{listed}");
        let committed = Register::parse(crate::receive::REGISTER);
        let folder = RegisterDir(dir.path().to_path_buf());
        let written = Register::parse(&std::fs::read_to_string(folder.register_file()).unwrap());
        let current = |r: &Register| {
            let mut v: Vec<String> = r
                .notices
                .iter()
                .filter(|n| n.is_current())
                .map(|n| n.notice_version.clone())
                .collect();
            v.sort();
            v
        };
        assert_eq!(current(&written), current(&committed));
        // Every notice, however old, loads with its own wording.
        assert_eq!(folder.load().unwrap().register().notices.len(), listed);
    }
}
