//! One traversal of a pattern's AST, shared by the variable and selector
//! checks so that both see the same nesting (selects inside variants,
//! placeables inside placeables, call and term arguments).

use std::collections::BTreeSet;

use crate::catalog::Entry;

use fluent_syntax::ast::{
    CallArguments, Expression, InlineExpression, Pattern, PatternElement, Variant,
};

pub enum Found<'a> {
    /// The variable's name, borrowed from the source (without the `$`).
    Variable(&'a str),
    Select {
        selector: &'a InlineExpression<&'a str>,
        variants: &'a [Variant<&'a str>],
    },
}

pub fn walk<'a>(pattern: &'a Pattern<&'a str>, visit: &mut impl FnMut(Found<'a>)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression<'a>(expression: &'a Expression<&'a str>, visit: &mut impl FnMut(Found<'a>)) {
    match expression {
        Expression::Select { selector, variants } => {
            visit(Found::Select { selector, variants });
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, visit),
    }
}

fn walk_inline<'a>(inline: &'a InlineExpression<&'a str>, visit: &mut impl FnMut(Found<'a>)) {
    match inline {
        InlineExpression::VariableReference { id } => visit(Found::Variable(id.name)),
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, visit),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, visit),
        InlineExpression::Placeable { expression } => walk_expression(expression, visit),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

fn walk_arguments<'a>(arguments: &'a CallArguments<&'a str>, visit: &mut impl FnMut(Found<'a>)) {
    let named = arguments.named.iter().map(|argument| &argument.value);
    for argument in arguments.positional.iter().chain(named) {
        walk_inline(argument, visit);
    }
}

/// The names are slices of the source; a set keeps the first one inserted,
/// so each name also locates the variable's first use.
pub fn used_variables<'a>(entry: &Entry<'a>) -> BTreeSet<&'a str> {
    let mut variables = BTreeSet::new();
    for pattern in entry.patterns() {
        walk(pattern, &mut |found| {
            if let Found::Variable(name) = found {
                variables.insert(name);
            }
        });
    }
    variables
}
