//! Check 3: a translation must use exactly the variables of the reference,
//! because the app passes the same arguments to every locale.

use std::collections::BTreeSet;

use crate::catalog::Entry;
use crate::headline;
use crate::problem::Problem;
use crate::walk::used_variables;

pub fn compare(reference: &Entry, translation: &Entry) -> Vec<Problem> {
    let expected = used_variables(reference);
    let actual = used_variables(translation);
    // The headline check explains these with more care; one message is enough.
    let reported_elsewhere = |name: &str| headline::owns_variable(&translation.key, name);
    let mut problems = Vec::new();
    for name in expected.difference(&actual) {
        if reported_elsewhere(name) {
            continue;
        }
        problems.push(Problem::new(
            translation.file.location_of(translation.id),
            format!(
                "{} does not use ${name}, which the reference uses ({})",
                translation.key,
                reference.defined_at()
            ),
            format!(
                "put {{ ${name} }} in the translation where the value belongs; the app fills it in"
            ),
        ));
    }
    for first_use in actual.difference(&expected) {
        let name = *first_use;
        if reported_elsewhere(name) {
            continue;
        }
        problems.push(Problem::new(
            translation.file.location_before(first_use, 1),
            format!(
                "{} uses ${name}, which the reference does not ({})",
                translation.key,
                reference.defined_at()
            ),
            format!(
                "remove ${name}: the app never provides it; use only {}",
                list_variables(&expected)
            ),
        ));
    }
    problems
}

fn list_variables(names: &BTreeSet<&str>) -> String {
    let listed: Vec<String> = names.iter().map(|name| format!("${name}")).collect();
    if listed.is_empty() {
        "plain text (the reference uses no variables)".to_owned()
    } else {
        listed.join(", ")
    }
}
