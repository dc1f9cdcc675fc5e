//! Check 4: the disclosure headline of each report kind is where the person
//! learns how much leaves the device, so every locale must state the real
//! counts of each kind.

use crate::catalog::{Catalog, EntryKey};
use crate::problem::{Location, Position, Problem};
use crate::walk::used_variables;

use report_core::ReportKind;

/// Each kind's headline (its Fluent id) and the counts core formats it with.
fn headlines() -> impl Iterator<Item = (String, &'static [&'static str])> {
    ReportKind::ALL
        .into_iter()
        .map(|k| (k.wording_id("disclosure-headline"), k.headline_counts()))
}

/// What a count tells the person, for the planner who left it out.
fn meaning(count: &str) -> &'static str {
    match count {
        "total" => "how many messages are sent in all",
        "before" => "how many messages before the reported one are sent",
        "after" => "how many messages after the reported one are sent",
        "received" => "how many messages received from the reported account are sent",
        "media" => "how many photos and videos of the reported post are sent",
        _ => "how much of the report is sent",
    }
}

/// True for the count variables of the headlines, which this module reports.
pub fn owns_variable(key: &EntryKey, name: &str) -> bool {
    !key.is_term && headlines().any(|(id, counts)| key.name == id && counts.contains(&name))
}

/// A translation missing a headline is already reported as a missing
/// message; only the reference must be told to define it here.
pub fn check(catalog: &Catalog, is_reference: bool) -> Vec<Problem> {
    headlines()
        .flat_map(|(id, counts)| check_one(catalog, is_reference, &id, counts))
        .collect()
}

fn check_one(catalog: &Catalog, is_reference: bool, id: &str, counts: &[&str]) -> Vec<Problem> {
    let Some(headline) = catalog.get_message(id) else {
        if !is_reference {
            return Vec::new();
        }
        let location = match catalog.locale.files.first() {
            Some(file) => Location::at(&file.path, Position::START),
            None => Location::whole(&catalog.locale.path),
        };
        let names: Vec<String> = counts.iter().map(|n| format!("${n}")).collect();
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
        .filter(|name| !used.contains(*name))
        .map(|name| {
            let meaning = meaning(name);
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

#[cfg(test)]
mod tests {
    use super::*;

    // A count core adds must come with its own explanation for planners.
    #[test]
    fn every_count_core_formats_is_explained() {
        for (id, counts) in headlines() {
            for count in counts {
                assert_ne!(meaning(count), meaning(""), "{id}: ${count}");
            }
        }
    }
}
