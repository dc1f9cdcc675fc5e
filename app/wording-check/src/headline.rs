//! Check 4: the disclosure headline of each report kind is where the person
//! learns how much leaves the device, so every locale must state the real
//! counts of each kind.

use crate::catalog::{Catalog, EntryKey};
use crate::problem::{Location, Position, Problem};
use crate::walk::used_variables;

type Counts = &'static [(&'static str, &'static str)];

/// Each kind's headline and the counts it must state.
const HEADLINES: [(&str, Counts); 3] = [
    (
        "disclosure-headline",
        &[
            ("total", "how many messages are sent in all"),
            (
                "before",
                "how many messages before the reported one are sent",
            ),
            ("after", "how many messages after the reported one are sent"),
        ],
    ),
    (
        "disclosure-headline-account",
        &[(
            "received",
            "how many messages received from the reported account are sent",
        )],
    ),
    (
        "disclosure-headline-post",
        &[(
            "media",
            "how many photos and videos of the reported post are sent",
        )],
    ),
];

/// True for the count variables of the headlines, which this module reports.
pub fn owns_variable(key: &EntryKey, name: &str) -> bool {
    !key.is_term
        && HEADLINES
            .iter()
            .any(|(id, counts)| key.name == *id && counts.iter().any(|(c, _)| *c == name))
}

/// A translation missing a headline is already reported as a missing
/// message; only the reference must be told to define it here.
pub fn check(catalog: &Catalog, is_reference: bool) -> Vec<Problem> {
    HEADLINES
        .iter()
        .flat_map(|(id, counts)| check_one(catalog, is_reference, id, counts))
        .collect()
}

fn check_one(catalog: &Catalog, is_reference: bool, id: &str, counts: Counts) -> Vec<Problem> {
    let Some(headline) = catalog.get_message(id) else {
        if !is_reference {
            return Vec::new();
        }
        let location = match catalog.locale.files.first() {
            Some(file) => Location::at(&file.path, Position::START),
            None => Location::whole(&catalog.locale.path),
        };
        let names: Vec<String> = counts.iter().map(|(n, _)| format!("${n}")).collect();
        return vec![Problem::new(
            location,
            format!("the reference locale has no message `{id}`"),
            format!(
                "add `{id}`, telling the person the real counts with {} before they send a report",
                names.join(", ")
            ),
        )];
    };
    let used = used_variables(headline);
    counts
        .iter()
        .filter(|(name, _)| !used.contains(name))
        .map(|(name, meaning)| {
            Problem::new(
                headline.file.location_of(headline.id),
                format!("`{id}` does not use ${name}"),
                format!(
                    "put {{ ${name} }} ({meaning}) in the headline: the person must be told the real counts before agreeing to send"
                ),
            )
        })
        .collect()
}
