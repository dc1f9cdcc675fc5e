//! Checks 5 and 6: the variants of every select expression.
//!
//! A select on `$platform` chooses wording per platform, so each platform
//! needs its own explicit variant (a typo or a catch-all would silently give
//! one platform the wrong verb). Any other variable, or NUMBER(), selects by
//! plural category, whose valid and required keys depend on the locale.

use fluent_syntax::ast::{InlineExpression, Variant, VariantKey};

use crate::catalog::{Catalog, Entry};
use crate::locales::FtlFile;
use crate::plural_categories::PluralCategories;
use crate::problem::{Location, Problem};
use crate::walk::{walk, Found};

const PLATFORM_VARIABLE: &str = "platform";
const PLATFORMS: [&str; 3] = report_core::Platform::ALL_IDS;

pub fn check(catalog: &Catalog, plurals: Option<&PluralCategories>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in &catalog.entries {
        for pattern in entry.patterns() {
            walk(pattern, &mut |found| {
                let Found::Select { selector, variants } = found else {
                    return;
                };
                match Selector::of(selector, entry.file) {
                    Some(Selector::Platform(at)) => {
                        problems.extend(check_platform(entry, at, variants));
                    }
                    Some(Selector::Number { label, at }) => {
                        if let Some(plurals) = plurals {
                            let locale = &catalog.locale.code;
                            let plural = PluralSelect {
                                label,
                                at,
                                locale,
                                plurals,
                            };
                            problems.extend(check_plural(entry, &plural, variants));
                        }
                    }
                    None => {}
                }
            });
        }
    }
    problems
}

/// `at` points at the `$` of a variable selector, or at the function name.
enum Selector {
    Platform(Location),
    Number { label: String, at: Location },
}

impl Selector {
    fn of(selector: &InlineExpression<&str>, file: &FtlFile) -> Option<Selector> {
        let variable_at = |name: &str| file.location_before(name, 1);
        match selector {
            InlineExpression::VariableReference { id } if id.name == PLATFORM_VARIABLE => {
                Some(Selector::Platform(variable_at(id.name)))
            }
            InlineExpression::VariableReference { id } => Some(Selector::Number {
                label: format!("${}", id.name),
                at: variable_at(id.name),
            }),
            InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                let argument = match arguments.positional.first() {
                    Some(InlineExpression::VariableReference { id }) => format!("${}", id.name),
                    _ => "…".to_owned(),
                };
                Some(Selector::Number {
                    label: format!("NUMBER({argument})"),
                    at: file.location_of(id.name),
                })
            }
            _ => None,
        }
    }
}

fn key_text<'a>(key: &VariantKey<&'a str>) -> &'a str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

fn has_identifier_key(variants: &[Variant<&str>], wanted: &str) -> bool {
    variants
        .iter()
        .any(|variant| matches!(variant.key, VariantKey::Identifier { name } if name == wanted))
}

fn check_platform(entry: &Entry, at: Location, variants: &[Variant<&str>]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for variant in variants {
        let key = key_text(&variant.key);
        let is_platform =
            matches!(variant.key, VariantKey::Identifier { name } if PLATFORMS.contains(&name));
        if !is_platform {
            problems.push(Problem::new(
                entry.file.location_of(key),
                format!("$platform selector in {} has the variant [{key}], which is not a platform", entry.key),
                format!("use exactly the variants [ios], [android] and [desktop]: rename [{key}] to the platform it was meant for, or remove it"),
            ));
        }
    }
    for platform in PLATFORMS
        .into_iter()
        .filter(|platform| !has_identifier_key(variants, platform))
    {
        problems.push(Problem::new(
            at.clone(),
            format!("$platform selector in {} has no [{platform}] variant", entry.key),
            format!("add the variant [{platform}] with the wording for {platform} users; every platform needs its own explicit variant"),
        ));
    }
    problems
}

struct PluralSelect<'a> {
    label: String,
    at: Location,
    locale: &'a str,
    plurals: &'a PluralCategories,
}

fn check_plural(entry: &Entry, plural: &PluralSelect, variants: &[Variant<&str>]) -> Vec<Problem> {
    let PluralSelect {
        label,
        at,
        locale,
        plurals,
    } = plural;
    let mut problems = Vec::new();
    for variant in variants {
        let VariantKey::Identifier { name } = variant.key else {
            continue;
        };
        if !plurals.contains(name) {
            problems.push(Problem::new(
                entry.file.location_of(name),
                format!("plural selector on {label} in {} has the variant [{name}], which is not a plural category in {locale}", entry.key),
                format!("use only the {locale} plural categories {} (exact numbers such as [0] are also allowed); rename or remove [{name}]", plurals.keys()),
            ));
        }
    }
    for (category, example) in plurals
        .iter()
        .filter(|(category, _)| !has_identifier_key(variants, category))
    {
        problems.push(Problem::new(
            at.clone(),
            format!("plural selector on {label} in {} has no [{category}] variant, which {locale} needs", entry.key),
            format!("add the variant [{category}]: {locale} uses it for numbers such as {example}"),
        ));
    }
    problems
}
