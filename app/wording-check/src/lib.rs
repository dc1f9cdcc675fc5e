//! Checks the Fluent wording of a locales directory (`<dir>/<locale>/*.ftl`)
//! against the reference locale, so planners learn about broken or
//! inconsistent wording before the app shows it to anyone.

mod catalog;
mod comparison;
mod headline;
mod locales;
mod plural_categories;
mod problem;
mod selectors;
mod syntax;
mod variables;
mod walk;

use std::fmt;
use std::path::Path;

use fluent_syntax::ast::Resource;

use crate::catalog::Catalog;
use crate::locales::{FtlFile, LocaleDir};
use crate::plural_categories::PluralCategories;
pub use crate::problem::{Location, Position, Problem};

pub use report_core::wording::REFERENCE_LOCALE;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub locales: usize,
    /// Messages and terms of the reference locale.
    pub messages: usize,
    /// Sorted by file and position, so a planner can work through a file.
    pub problems: Vec<Problem>,
}

impl Outcome {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.problems {
            writeln!(f, "{problem}")?;
        }
        match self.problems.len() {
            0 => write!(
                f,
                "wording check: {} locales, {} messages each: OK",
                self.locales, self.messages
            ),
            1 => write!(f, "wording check: 1 problem"),
            count => write!(f, "wording check: {count} problems"),
        }
    }
}

pub fn check(dir: &Path) -> Outcome {
    match locales::load(dir) {
        Ok((locales, problems)) => check_locales(dir, &locales, problems),
        Err(problem) => Outcome {
            locales: 0,
            messages: 0,
            problems: vec![problem],
        },
    }
}

/// The same check on files held in memory, as `(locale code, [(file name,
/// text)])`, named as if they were under `dir`: the planners' workbench runs
/// it on every edit, so its errors are the command's, word for word.
pub fn check_texts(dir: &Path, texts: Vec<(String, Vec<(String, String)>)>) -> Outcome {
    let (locales, problems) = locales::from_texts(dir, texts);
    check_locales(dir, &locales, problems)
}

fn check_locales(dir: &Path, locales: &[LocaleDir], mut problems: Vec<Problem>) -> Outcome {
    let parsed: Vec<ParsedLocale> = locales
        .iter()
        .map(|locale| ParsedLocale::parse(locale, &mut problems))
        .collect();
    let catalogs: Vec<Catalog> = parsed
        .iter()
        .map(|parsed| {
            let (catalog, duplicates) = Catalog::build(parsed.locale, &parsed.resources);
            problems.extend(duplicates);
            catalog
        })
        .collect();

    let reference = parsed
        .iter()
        .zip(&catalogs)
        .find(|(parsed, _)| parsed.locale.code == REFERENCE_LOCALE);
    if reference.is_none() {
        let path = dir.join(REFERENCE_LOCALE);
        problems.push(Problem::new(
            Location::whole(&path),
            format!("the reference locale `{REFERENCE_LOCALE}` is missing"),
            format!(
                "create {} with the approved English wording; every other locale is compared with it",
                path.display()
            ),
        ));
    }

    for (parsed, catalog) in parsed.iter().zip(&catalogs) {
        let is_reference = parsed.locale.code == REFERENCE_LOCALE;
        problems.extend(headline::check(catalog, is_reference));
        let plurals = PluralCategories::for_locale(&parsed.locale.langid);
        if plurals.is_none() {
            problems.push(Problem::new(
                Location::whole(&parsed.locale.path),
                format!(
                    "CLDR has no plural rules for locale `{}`, so its plural variants cannot be checked",
                    parsed.locale.code
                ),
                "rename the folder to a locale code CLDR knows, such as `ja` or `pt-BR`",
            ));
        }
        problems.extend(selectors::check(catalog, plurals.as_ref()));

        // Entries the parser had to skip would show up as missing or extra
        // too; the syntax error already points at the real cause.
        if let Some((reference_parsed, reference_catalog)) = reference {
            if !is_reference && parsed.is_clean() && reference_parsed.is_clean() {
                problems.extend(comparison::compare(reference_catalog, catalog));
            }
        }
    }

    problems.sort_by(|a, b| a.location.cmp(&b.location));
    Outcome {
        locales: locales.len(),
        messages: reference.map_or(0, |(_, catalog)| catalog.entries.len()),
        problems,
    }
}

struct ParsedLocale<'a> {
    locale: &'a LocaleDir,
    resources: Vec<(&'a FtlFile, Resource<&'a str>)>,
    syntax_errors: usize,
}

impl<'a> ParsedLocale<'a> {
    fn parse(locale: &'a LocaleDir, problems: &mut Vec<Problem>) -> ParsedLocale<'a> {
        let mut syntax_errors = 0;
        let resources = locale
            .files
            .iter()
            .map(|file| {
                let (resource, errors) = syntax::parse(file);
                syntax_errors += errors.len();
                problems.extend(errors);
                (file, resource)
            })
            .collect();
        ParsedLocale {
            locale,
            resources,
            syntax_errors,
        }
    }

    fn is_clean(&self) -> bool {
        self.syntax_errors == 0
    }
}
