//! Stage 2 of loading: turns a `serde_json::Value` into a raw record and reports *every* unknown
//! field and wrong type, not only the first.
//!
//! serde stops at the first error. So on each error we record it, repair the value so that the
//! same error cannot happen again, and decode once more, a bounded number of times:
//! - an unknown field is removed;
//! - a value of the wrong type is removed when the field is optional, and otherwise replaced by
//!   a placeholder of an accepted shape (the first allowed variant, `""`, `0`, `[]`, `{}`, ...);
//! - a missing required field gets such a placeholder too.
//!
//! A record with a wrong type or a missing field is reported but not returned: its typed form
//! would hold made-up data, and checking it further would report consequences instead of
//! causes. Removing an unknown field is harmless, so such a record is still returned and checked.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::path::{JsonPath, Segment};

/// One problem serde found, relative to the value that was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructureProblem {
    pub path: JsonPath,
    /// The problem is about the key at the end of `path` (an unknown field), not its value.
    pub at_key: bool,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<T> {
    /// None when the record could not be decoded without made-up values.
    pub record: Option<T>,
    pub problems: Vec<StructureProblem>,
}

/// More repairs than any hand-edited record plausibly needs; past it, decoding gives up on the
/// record rather than loop on adversarial input.
const MAX_REPAIRS: usize = 64;

pub fn decode<T: DeserializeOwned>(mut value: Value) -> Decoded<T> {
    let mut problems = Vec::new();
    let mut made_up = false;
    // Wrongly typed fields removed so far, with serde's message about them: if a removed field
    // turns out to be required, its placeholder is chosen from what that message expected.
    let mut removed: Vec<(JsonPath, String)> = Vec::new();
    for _ in 0..MAX_REPAIRS {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(record) => return Decoded { record: (!made_up).then_some(record), problems },
            Err(error) => error,
        };
        let path = convert_path(error.path());
        let message = error.inner().to_string();
        let repaired = match classify(&message) {
            Kind::UnknownField(field) => {
                let path = field_path(path, &field);
                let repaired = remove(&mut value, &path);
                problems.push(StructureProblem { path, at_key: true, message: explain(&message) });
                repaired
            }
            Kind::MissingField(field) => {
                made_up = true;
                let field_path = path.key(&field);
                let earlier = removed.iter().find(|(removed_path, _)| *removed_path == field_path);
                let hint = match earlier {
                    // Already reported as a wrong type: missing only because we removed it.
                    Some((_, earlier_message)) => earlier_message.clone(),
                    None => {
                        problems.push(StructureProblem {
                            path,
                            at_key: false,
                            message: explain(&message),
                        });
                        String::new()
                    }
                };
                put_placeholder::<T>(&mut value, &field_path, &hint)
            }
            Kind::WrongValue => {
                made_up = true;
                problems.push(StructureProblem {
                    path: path.clone(),
                    at_key: false,
                    message: explain(&message),
                });
                // An object field is removed (the next round says if it was required); an array
                // element is replaced, since removing it would shift the indices after it.
                if path.split_last_key().is_some() && remove(&mut value, &path) {
                    removed.push((path, message));
                    true
                } else {
                    put_placeholder::<T>(&mut value, &path, &message)
                }
            }
        };
        if !repaired {
            break;
        }
    }
    Decoded { record: None, problems }
}

enum Kind {
    UnknownField(String),
    MissingField(String),
    WrongValue,
}

fn classify(message: &str) -> Kind {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return Kind::UnknownField(first_quoted(rest).unwrap_or_default());
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Kind::MissingField(first_quoted(rest).unwrap_or_default());
    }
    Kind::WrongValue
}

/// The first name between backticks, as serde quotes field and variant names.
fn first_quoted(text: &str) -> Option<String> {
    let start = text.find('`')? + 1;
    let length = text[start..].find('`')?;
    Some(text[start..start + length].to_owned())
}

/// Names between backticks after "expected", the fields or variants serde would accept.
fn expected_names(message: &str) -> Vec<String> {
    let Some((_, expected)) = message.split_once("expected ") else { return Vec::new() };
    expected.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

fn convert_path(path: &serde_path_to_error::Path) -> JsonPath {
    use serde_path_to_error::Segment as Serde;
    JsonPath(
        path.iter()
            .filter_map(|segment| match segment {
                Serde::Seq { index } => Some(Segment::Index(*index)),
                Serde::Map { key } => Some(Segment::Key(key.clone())),
                Serde::Enum { .. } | Serde::Unknown => None,
            })
            .collect(),
    )
}

/// serde_path_to_error may or may not have reached into the unknown key; make the path end
/// with it either way.
fn field_path(path: JsonPath, field: &str) -> JsonPath {
    match path.last() {
        Some(Segment::Key(last)) if last == field => path,
        _ => path.key(field),
    }
}

impl JsonPath {
    fn split_last_key(&self) -> Option<(JsonPath, &str)> {
        match self.0.split_last() {
            Some((Segment::Key(key), parent)) => Some((JsonPath(parent.to_vec()), key)),
            _ => None,
        }
    }
}

fn get_mut<'v>(value: &'v mut Value, path: &[Segment]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |node, segment| match (node, segment) {
        (Value::Object(map), Segment::Key(key)) => map.get_mut(key),
        (Value::Array(items), Segment::Index(index)) => items.get_mut(*index),
        _ => None,
    })
}

fn remove(value: &mut Value, path: &JsonPath) -> bool {
    let Some((parent, key)) = path.split_last_key() else { return false };
    match get_mut(value, &parent.0) {
        Some(Value::Object(map)) => map.remove(key).is_some(),
        _ => false,
    }
}

/// Shapes to try in place of a value serde rejected, most specific first.
fn placeholders(message: &str) -> Vec<Value> {
    let mut candidates: Vec<Value> =
        expected_names(message).into_iter().map(Value::String).collect();
    candidates.extend([
        Value::String(String::new()),
        Value::from(0),
        Value::Bool(false),
        Value::Array(Vec::new()),
        Value::Object(Map::new()),
    ]);
    candidates
}

/// Puts the first placeholder that serde accepts at `path` (creating the field if it is
/// missing). Returns false when none fits, which ends the repairs of this record.
fn put_placeholder<T: DeserializeOwned>(value: &mut Value, path: &JsonPath, hint: &str) -> bool {
    for candidate in placeholders(hint) {
        let mut trial = value.clone();
        if set(&mut trial, path, candidate) && settled::<T>(&trial, path) {
            *value = trial;
            return true;
        }
    }
    false
}

fn set(value: &mut Value, path: &JsonPath, new: Value) -> bool {
    match path.split_last_key() {
        Some((parent, key)) => match get_mut(value, &parent.0) {
            Some(Value::Object(map)) => {
                map.insert(key.to_owned(), new);
                true
            }
            _ => false,
        },
        None => match get_mut(value, &path.0) {
            Some(target) => {
                *target = new;
                true
            }
            None => false,
        },
    }
}

/// Whether the value decodes with no error at or under `path`, nor a complaint that `path`
/// is missing.
fn settled<T: DeserializeOwned>(value: &Value, path: &JsonPath) -> bool {
    let Err(error) = serde_path_to_error::deserialize::<_, T>(value) else { return true };
    let error_path = convert_path(error.path());
    let inside = error_path.0.starts_with(&path.0);
    let missing_here = match (classify(&error.inner().to_string()), path.split_last_key()) {
        (Kind::MissingField(field), Some((parent, key))) => field == key && error_path == parent,
        _ => false,
    };
    !inside && !missing_here
}

/// serde's message rewritten for someone who edits JSON by hand.
fn explain(message: &str) -> String {
    let allowed = expected_names(message).join(", ");
    if let Kind::UnknownField(field) = classify(message) {
        return if allowed.is_empty() {
            format!("unknown field \"{field}\"; no fields are allowed here")
        } else {
            format!("unknown field \"{field}\"; the fields allowed here are: {allowed}")
        };
    }
    if let Kind::MissingField(field) = classify(message) {
        return format!("required field \"{field}\" is missing");
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let found = first_quoted(rest).unwrap_or_default();
        return format!("\"{found}\" is not allowed here; expected one of: {allowed}");
    }
    if let Some(rest) =
        message.strip_prefix("invalid type: ").or(message.strip_prefix("invalid value: "))
    {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("found {found}, expected {}", plain_expectation(expected));
        }
    }
    message.to_owned()
}

fn plain_expectation(expected: &str) -> &str {
    match expected {
        "u8" => "a whole number from 0 to 255",
        "f64" => "a number",
        "a boolean" => "true or false",
        "a sequence" => "a list [...]",
        "a string" => "a text in quotes",
        other if other.starts_with("struct ") || other.starts_with("internally tagged") => {
            "an object {...}"
        }
        other => other,
    }
}
