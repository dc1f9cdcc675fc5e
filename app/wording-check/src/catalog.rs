//! The messages and terms of one locale, gathered from all its files.

use std::collections::HashMap;
use std::fmt;

use fluent_syntax::ast::{self, Attribute, Pattern, Resource};

use crate::locales::{FtlFile, LocaleDir};
use crate::problem::Problem;

/// A message or a term; both are compared the same way across locales.
pub struct Entry<'a> {
    pub key: EntryKey,
    /// Borrowed from the file text, so it locates the definition.
    pub id: &'a str,
    pub file: &'a FtlFile,
    pub value: Option<&'a Pattern<&'a str>>,
    pub attributes: &'a [Attribute<&'a str>],
}

impl<'a> Entry<'a> {
    pub fn patterns(&self) -> impl Iterator<Item = &'a Pattern<&'a str>> + 'a {
        self.value
            .into_iter()
            .chain(self.attributes.iter().map(|attribute| &attribute.value))
    }

    /// `path:line`, the way a planner would look the definition up.
    pub fn defined_at(&self) -> String {
        self.file.location_of(self.id).file_line()
    }
}

/// Terms live in their own namespace (`-brand` is not `brand`), so the
/// leading dash is part of the key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntryKey {
    pub name: String,
    pub is_term: bool,
}

impl fmt::Display for EntryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_term {
            write!(f, "term `-{}`", self.name)
        } else {
            write!(f, "message `{}`", self.name)
        }
    }
}

pub struct Catalog<'a> {
    pub locale: &'a LocaleDir,
    /// First definitions only, in file order; duplicates are reported instead.
    pub entries: Vec<Entry<'a>>,
    index: HashMap<EntryKey, usize>,
}

impl<'a> Catalog<'a> {
    pub fn build(
        locale: &'a LocaleDir,
        resources: &'a [(&'a FtlFile, Resource<&'a str>)],
    ) -> (Catalog<'a>, Vec<Problem>) {
        let mut catalog = Catalog {
            locale,
            entries: Vec::new(),
            index: HashMap::new(),
        };
        let mut problems = Vec::new();
        for (file, resource) in resources {
            for entry in resource
                .body
                .iter()
                .filter_map(|entry| to_entry(file, entry))
            {
                problems.extend(duplicate_attributes(&entry));
                if let Some(first) = catalog.get(&entry.key) {
                    problems.push(Problem::new(
                        file.location_of(entry.id),
                        format!(
                            "{} is defined twice; first at {}",
                            entry.key,
                            first.defined_at()
                        ),
                        format!("keep one definition of {} and delete the other", entry.key),
                    ));
                    continue;
                }
                catalog
                    .index
                    .insert(entry.key.clone(), catalog.entries.len());
                catalog.entries.push(entry);
            }
        }
        (catalog, problems)
    }

    pub fn get(&self, key: &EntryKey) -> Option<&Entry<'a>> {
        self.index.get(key).map(|&index| &self.entries[index])
    }

    pub fn get_message(&self, name: &str) -> Option<&Entry<'a>> {
        self.get(&EntryKey {
            name: name.to_owned(),
            is_term: false,
        })
    }
}

fn to_entry<'a>(file: &'a FtlFile, entry: &'a ast::Entry<&'a str>) -> Option<Entry<'a>> {
    let (id, is_term, value, attributes) = match entry {
        ast::Entry::Message(message) => (
            message.id.name,
            false,
            message.value.as_ref(),
            &message.attributes,
        ),
        ast::Entry::Term(term) => (term.id.name, true, Some(&term.value), &term.attributes),
        _ => return None,
    };
    Some(Entry {
        key: EntryKey {
            name: id.to_owned(),
            is_term,
        },
        id,
        file,
        value,
        attributes,
    })
}

fn duplicate_attributes(entry: &Entry) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, attribute) in entry.attributes.iter().enumerate() {
        let name = attribute.id.name;
        if entry.attributes[..index]
            .iter()
            .any(|earlier| earlier.id.name == name)
        {
            problems.push(Problem::new(
                entry.file.location_of(name),
                format!("attribute `.{name}` of {} is defined twice", entry.key),
                format!("keep one `.{name}` and delete the other"),
            ));
        }
    }
    problems
}
