//! Check 1: the file must be valid Fluent.

use fluent_syntax::ast::Resource;
use fluent_syntax::parser;

use crate::locales::FtlFile;
use crate::problem::Problem;

const SYNTAX_FIX: &str =
    "correct the Fluent syntax at this position; see https://projectfluent.org/fluent/guide/";

/// Returns the resource even when it has errors: the parser recovers, and the
/// entries it could read are still worth checking.
pub fn parse(file: &FtlFile) -> (Resource<&str>, Vec<Problem>) {
    match parser::parse(file.text.as_str()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => {
            let problems = errors
                .iter()
                .map(|error| {
                    Problem::new(
                        file.location_at_byte(error.pos.start),
                        error.kind.to_string(),
                        SYNTAX_FIX,
                    )
                })
                .collect();
            (resource, problems)
        }
    }
}
