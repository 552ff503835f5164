//! Parsing the files with the Fluent parser and checking them against each other: Finnish is
//! the source, and every language must have exactly its messages with the same placeholders.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::source::{Sources, PLAIN_FI};

/// One message in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The Fluent identifier, `start-heading`.
    pub key: String,
    /// The Finnish file's comment on the message, for translators and for the generated docs.
    pub comment: Vec<String>,
    /// The text in fi, sv, en, with placeholders written `{name}`.
    pub texts: [String; 3],
    pub plain_fi: Option<String>,
}

/// Every message, in the Finnish file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub messages: Vec<Message>,
}

/// A message as one file has it.
struct Parsed {
    key: String,
    comment: Vec<String>,
    text: String,
    placeholders: BTreeSet<String>,
}

/// Checks the files; on failure, every problem as `file:line:column: what`.
pub fn check(sources: &Sources) -> Result<Catalog, Vec<String>> {
    let mut problems = Vec::new();
    let files: Vec<(String, Vec<Parsed>)> = sources
        .langs
        .iter()
        .map(|(tag, text)| {
            (format!("{tag}.ftl"), parse_file(&format!("{tag}.ftl"), text, &mut problems))
        })
        .collect();
    let plain = sources.plain_fi.as_ref().map(|text| {
        let name = format!("{PLAIN_FI}.ftl");
        let parsed = parse_file(&name, text, &mut problems);
        (name, parsed)
    });

    let (source_name, source) = &files[0];
    let source_text = &sources.langs[0].1;
    let by_key: Vec<BTreeMap<&str, &Parsed>> = files
        .iter()
        .map(|(_, parsed)| parsed.iter().map(|message| (message.key.as_str(), message)).collect())
        .collect();

    let others = files.iter().enumerate().skip(1).map(|(index, (name, parsed))| {
        (name, parsed, &sources.langs[index].1, Some(&by_key[index]))
    });
    let plain_file = plain.as_ref().map(|(name, parsed)| {
        (name, parsed, sources.plain_fi.as_ref().expect("parsed from it"), None)
    });
    for (name, parsed, text, all) in others.chain(plain_file) {
        for message in parsed {
            match by_key[0].get(message.key.as_str()) {
                None => problems.push(format!(
                    "{name}:{}: message `{}` is not in {source_name}; add it there first (Finnish is the source) or remove it",
                    line_of(text, &message.key),
                    message.key
                )),
                Some(original) if original.placeholders != message.placeholders => {
                    problems.push(format!(
                        "{name}:{}: message `{}` has placeholders {} but {source_name} has {}",
                        line_of(text, &message.key),
                        message.key,
                        list(&message.placeholders),
                        list(&original.placeholders)
                    ))
                }
                Some(_) => {}
            }
        }
        if let Some(all) = all {
            for original in source {
                if !all.contains_key(original.key.as_str()) {
                    problems.push(format!(
                        "{name}: message `{}` is missing (it is in {source_name}:{})",
                        original.key,
                        line_of(source_text, &original.key)
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let plain_by_key: BTreeMap<&str, &Parsed> = plain
        .iter()
        .flat_map(|(_, parsed)| parsed.iter().map(|message| (message.key.as_str(), message)))
        .collect();
    let messages = source
        .iter()
        .map(|original| {
            let text_in = |index: usize| by_key[index][original.key.as_str()].text.clone();
            Message {
                key: original.key.clone(),
                comment: original.comment.clone(),
                texts: [text_in(0), text_in(1), text_in(2)],
                plain_fi: plain_by_key.get(original.key.as_str()).map(|plain| plain.text.clone()),
            }
        })
        .collect::<Vec<Message>>();
    // Plain versions are looked up by their Finnish text (`plain_fi()`), so one Finnish text
    // cannot have two.
    let mut plain_of: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for message in &messages {
        let Some(plain) = &message.plain_fi else { continue };
        match plain_of.insert(&message.texts[0], (&message.key, plain)) {
            Some((other, other_plain)) if other_plain != plain => problems.push(format!(
                "{PLAIN_FI}.ftl: `{}` and `{other}` have the same Finnish text but different plain versions; give them the same one",
                message.key
            )),
            _ => {}
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Catalog { messages })
}

fn parse_file(name: &str, text: &str, problems: &mut Vec<String>) -> Vec<Parsed> {
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = position(text, error.pos.start);
                problems.push(format!("{name}:{line}:{column}: {}", error.kind));
            }
            resource
        }
    };
    let mut seen = BTreeSet::new();
    let mut messages = Vec::new();
    for entry in resource.body {
        let at = |key: &str| format!("{name}:{}", line_of(text, key));
        match entry {
            Entry::Message(message) => {
                let key = message.id.name.to_owned();
                if !is_kebab_case(&key) {
                    problems.push(format!(
                        "{}: `{key}`: write identifiers in lowercase kebab-case (`start-heading`)",
                        at(&key)
                    ));
                }
                if !seen.insert(key.clone()) {
                    problems.push(format!("{}: message `{key}` is defined twice", at(&key)));
                }
                if !message.attributes.is_empty() {
                    problems.push(format!("{}: `{key}`: attributes are not supported", at(&key)));
                }
                let Some(pattern) = message.value else {
                    problems.push(format!("{}: `{key}` has no text", at(&key)));
                    continue;
                };
                match flatten(&pattern) {
                    Ok((text, placeholders)) => messages.push(Parsed {
                        comment: message
                            .comment
                            .map(|comment| {
                                comment.content.iter().map(|line| (*line).to_owned()).collect()
                            })
                            .unwrap_or_default(),
                        key,
                        text,
                        placeholders,
                    }),
                    Err(unsupported) => {
                        problems.push(format!("{}: `{key}`: {unsupported}", at(&key)))
                    }
                }
            }
            Entry::Term(term) => problems.push(format!(
                "{name}: term `-{}`: terms are not supported; write the text out in each message",
                term.id.name
            )),
            Entry::Junk { content } => {
                // The parser reported it above, with its position.
                let _ = content;
            }
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    messages
}

/// The pattern as the app's text: `{ $km } km` becomes `{km} km`.
fn flatten(pattern: &Pattern<&str>) -> Result<(String, BTreeSet<String>), String> {
    let mut text = String::new();
    let mut placeholders = BTreeSet::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                InlineExpression::VariableReference { id } => {
                    text.push('{');
                    text.push_str(id.name);
                    text.push('}');
                    placeholders.insert(id.name.to_owned());
                }
                InlineExpression::StringLiteral { value } if !value.contains('\\') => {
                    text.push_str(value)
                }
                InlineExpression::StringLiteral { .. } => {
                    return Err("escape sequences in string literals are not supported".into())
                }
                _ => {
                    return Err(
                        "only { $variable } and { \"text\" } placeables are supported (no functions, numbers or references)"
                            .into(),
                    )
                }
            },
            PatternElement::Placeable { expression: Expression::Select { .. } } => {
                return Err("selectors are not supported yet".into())
            }
        }
    }
    Ok((text, placeholders))
}

fn is_kebab_case(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && !key.ends_with('-')
        && !key.contains("--")
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn list(placeholders: &BTreeSet<String>) -> String {
    if placeholders.is_empty() {
        return "none".into();
    }
    placeholders.iter().map(|name| format!("{{ ${name} }}")).collect::<Vec<_>>().join(", ")
}

/// The line where `key` is defined (1-based), or 0 when it cannot be found.
fn line_of(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |index| index + 1)
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests;
