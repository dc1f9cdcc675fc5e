//! Check 4: the disclosure headline is where the person learns how many of
//! their messages leave the chat, so every locale must state the real counts.

use crate::catalog::{Catalog, EntryKey};
use crate::problem::{Location, Position, Problem};
use crate::walk::used_variables;

const HEADLINE_ID: &str = "disclosure-headline";

const COUNT_VARIABLES: [(&str, &str); 3] = [
    ("total", "how many messages are sent in all"),
    (
        "before",
        "how many messages before the reported one are sent",
    ),
    ("after", "how many messages after the reported one are sent"),
];

/// True for the count variables of the headline, which this module reports.
pub fn owns_variable(key: &EntryKey, name: &str) -> bool {
    !key.is_term
        && key.name == HEADLINE_ID
        && COUNT_VARIABLES.iter().any(|(count, _)| *count == name)
}

/// A translation missing the headline is already reported as a missing
/// message; only the reference must be told to define it here.
pub fn check(catalog: &Catalog, is_reference: bool) -> Vec<Problem> {
    let Some(headline) = catalog.get_message(HEADLINE_ID) else {
        if !is_reference {
            return Vec::new();
        }
        let location = match catalog.locale.files.first() {
            Some(file) => Location::at(&file.path, Position::START),
            None => Location::whole(&catalog.locale.path),
        };
        return vec![Problem::new(
            location,
            format!("the reference locale has no message `{HEADLINE_ID}`"),
            format!(
                "add `{HEADLINE_ID}`, telling the person the real counts with $total, $before and $after before they send a report"
            ),
        )];
    };
    let used = used_variables(headline);
    COUNT_VARIABLES
        .iter()
        .filter(|(name, _)| !used.contains(name))
        .map(|(name, meaning)| {
            Problem::new(
                headline.file.location_of(headline.id),
                format!("`{HEADLINE_ID}` does not use ${name}"),
                format!(
                    "put {{ ${name} }} ({meaning}) in the headline: the person must be told the real counts before agreeing to send"
                ),
            )
        })
        .collect()
}
