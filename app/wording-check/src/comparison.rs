//! Check 2 (and, per shared message, check 3): a translation must define the
//! same messages, terms and attributes as the reference locale.

use crate::catalog::{Catalog, Entry};
use crate::problem::{Location, Position, Problem};
use crate::variables;

pub fn compare(reference: &Catalog, translation: &Catalog) -> Vec<Problem> {
    let reference_code = &reference.locale.code;
    let mut problems = Vec::new();
    for expected in &reference.entries {
        match translation.get(&expected.key) {
            Some(actual) => {
                problems.extend(compare_attributes(expected, actual, reference_code));
                problems.extend(variables::compare(expected, actual));
            }
            None => problems.push(missing(expected, translation)),
        }
    }
    for extra in translation
        .entries
        .iter()
        .filter(|entry| reference.get(&entry.key).is_none())
    {
        problems.push(Problem::new(
            extra.file.location_of(extra.id),
            format!(
                "{} is not in the reference locale {reference_code}",
                extra.key
            ),
            format!(
                "remove it, or add it to the reference locale ({}) first if the product needs it",
                reference.locale.path.display()
            ),
        ));
    }
    problems
}

/// Reported at the top of the translation's file with the same name as the
/// reference file, since that is where the message belongs.
fn missing(expected: &Entry, translation: &Catalog) -> Problem {
    let path = translation.locale.path.join(expected.file.file_name());
    Problem::new(
        Location::at(&path, Position::START),
        format!(
            "{} is missing; the reference defines it at {}",
            expected.key,
            expected.defined_at()
        ),
        format!(
            "add {} to {}, translating the reference wording at {}",
            expected.key,
            path.display(),
            expected.defined_at()
        ),
    )
}

fn compare_attributes(expected: &Entry, actual: &Entry, reference_code: &str) -> Vec<Problem> {
    let has = |entry: &Entry, name: &str| entry.attributes.iter().any(|a| a.id.name == name);
    let mut problems = Vec::new();
    for attribute in expected
        .attributes
        .iter()
        .filter(|a| !has(actual, a.id.name))
    {
        let name = attribute.id.name;
        let defined_at = expected.file.location_of(name);
        problems.push(Problem::new(
            actual.file.location_of(actual.id),
            format!(
                "{} has no attribute `.{name}`; the reference defines it at {}",
                actual.key,
                defined_at.file_line()
            ),
            format!(
                "add `.{name} = …` under {}, translating the reference wording",
                actual.key
            ),
        ));
    }
    for attribute in actual
        .attributes
        .iter()
        .filter(|a| !has(expected, a.id.name))
    {
        let name = attribute.id.name;
        problems.push(Problem::new(
            actual.file.location_of(name),
            format!(
                "attribute `.{name}` of {} is not in the reference locale {reference_code}",
                actual.key
            ),
            format!(
                "remove `.{name}`, or add it to the reference locale first if the product needs it"
            ),
        ));
    }
    problems
}
