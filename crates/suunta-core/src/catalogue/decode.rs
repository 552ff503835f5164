//! Stage 2 of loading: turns a `serde_json::Value` into a raw record and reports *every* unknown
//! field and wrong type, not only the first.
//!
//! serde stops at the first error. So on each error we record it, repair the value so that the
//! same error cannot happen again, and decode once more, a bounded number of times:
//! - an unknown field is removed;
//! - a value of the wrong type, or a missing required field, gets a placeholder of a shape serde
//!   accepts (the first allowed variant, `""`, `0`, `false`, `[]`, `{}`); an optional field for
//!   which no placeholder fits is removed. A `{}` placeholder is filled in the same way in later
//!   rounds, without reporting what it lacks: that is about the placeholder, not the file.
//!
//! The record is returned even when it holds placeholders, so the semantic rules still check
//! everything else in it. The repaired paths are returned too: the rules must not report
//! anything at or under them (that would be about the placeholder, not the file) nor apply
//! checks that depend on them (see `validate`).

use std::collections::VecDeque;

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
    /// None when no repair made the record decode.
    pub record: Option<T>,
    pub problems: Vec<StructureProblem>,
    /// Where placeholders were put or values removed, relative to the record.
    pub repaired: Vec<JsonPath>,
}

/// More repairs than any hand-edited record plausibly needs; past it, decoding gives up on the
/// record rather than loop on adversarial input.
const MAX_REPAIRS: usize = 64;

pub fn decode<T: DeserializeOwned>(mut value: Value) -> Decoded<T> {
    let mut problems = Vec::new();
    let mut repaired_paths = Vec::new();
    // Wrongly typed fields removed so far, with serde's message about them: if a removed field
    // turns out to be required, its placeholder is chosen from what that message expected.
    let mut removed: Vec<(JsonPath, String)> = Vec::new();
    for _ in 0..MAX_REPAIRS {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(record) => {
                return Decoded { record: Some(record), problems, repaired: repaired_paths }
            }
            Err(error) => error,
        };
        let path = convert_path(error.path());
        let message = error.inner().to_string();
        // Inside a placeholder we put (an object still lacking its own required fields), the
        // problem is ours, not the file's: repair it without reporting it.
        let ours = repaired_paths.iter().any(|placeholder| path.0.starts_with(&placeholder.0));
        let report = |problems: &mut Vec<StructureProblem>, path: JsonPath, at_key: bool| {
            if !ours {
                problems.push(StructureProblem { path, at_key, message: explain(&message) });
            }
        };
        let repaired = match classify(&message) {
            Kind::UnknownField(field) => {
                let path = field_path(path, &field);
                let repaired = remove(&mut value, &path);
                report(&mut problems, path, true);
                repaired
            }
            Kind::MissingField(field) => {
                let field_path = path.key(&field);
                repaired_paths.push(field_path.clone());
                let earlier = removed.iter().find(|(removed_path, _)| *removed_path == field_path);
                let hint = match earlier {
                    // Already reported as a wrong type: missing only because we removed it.
                    Some((_, earlier_message)) => earlier_message.clone(),
                    None => {
                        report(&mut problems, path, false);
                        String::new()
                    }
                };
                put_placeholder::<T>(&mut value, &field_path, &hint)
            }
            Kind::WrongValue => {
                repaired_paths.push(path.clone());
                report(&mut problems, path.clone(), false);
                // Replaced rather than removed where possible: removing an array element would
                // shift the indices after it. If nothing fits, the field is removed; the next
                // round says whether it was required.
                put_placeholder::<T>(&mut value, &path, &message) || {
                    let removed_now = remove(&mut value, &path);
                    if removed_now {
                        removed.push((path, message.clone()));
                    }
                    removed_now
                }
            }
        };
        if !repaired {
            break;
        }
    }
    Decoded { record: None, problems, repaired: repaired_paths }
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
/// missing). When serde answers a placeholder with the names it would accept (an enum's
/// variants), those are tried next. Returns false when none fits, which ends the repairs of
/// this record.
fn put_placeholder<T: DeserializeOwned>(value: &mut Value, path: &JsonPath, hint: &str) -> bool {
    let mut candidates: VecDeque<Value> = placeholders(hint).into();
    let mut learned_names = false;
    while let Some(candidate) = candidates.pop_front() {
        let mut trial = value.clone();
        if !set(&mut trial, path, candidate) {
            return false;
        }
        match rejection::<T>(&trial, path) {
            None => {
                *value = trial;
                return true;
            }
            Some(message) if !learned_names => {
                let names = expected_names(&message);
                learned_names = !names.is_empty();
                for name in names.into_iter().rev() {
                    candidates.push_front(Value::String(name));
                }
            }
            Some(_) => {}
        }
    }
    false
}

fn placeholder_at<'v>(value: &'v Value, path: &JsonPath) -> Option<&'v Value> {
    path.0.iter().try_fold(value, |node, segment| match segment {
        Segment::Key(key) => node.get(key),
        Segment::Index(index) => node.get(index),
    })
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

/// Why serde rejects the placeholder now at `path`, or None when it fits: when the record
/// decodes, or its first error is elsewhere, or is only a required field missing *inside* the
/// placeholder (a later round fills that in).
fn rejection<T: DeserializeOwned>(value: &Value, path: &JsonPath) -> Option<String> {
    let error = serde_path_to_error::deserialize::<_, T>(value).err()?;
    let error_path = convert_path(error.path());
    let message = error.inner().to_string();
    let kind = classify(&message);
    // serde reads an internally tagged enum from a list too, and then misses the tag "field"
    // of a value that is no object and can never get one.
    let fillable = placeholder_at(value, path).is_some_and(Value::is_object);
    let at_placeholder =
        error_path == *path && !(matches!(kind, Kind::MissingField(_)) && fillable);
    let placeholder_missing = match (kind, path.split_last_key()) {
        (Kind::MissingField(field), Some((parent, key))) => field == key && error_path == parent,
        _ => false,
    };
    (at_placeholder || placeholder_missing).then_some(message)
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
            return format!(
                "found {}, expected {}",
                plain_found(found),
                plain_expectation(expected)
            );
        }
    }
    message.to_owned()
}

fn plain_found(found: &str) -> &str {
    match found {
        "sequence" => "a list",
        "map" => "an object",
        other => other,
    }
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::catalogue::raw::{Coordinates, Interval};

    fn messages<T: DeserializeOwned>(value: Value) -> (bool, Vec<String>, Vec<String>) {
        let decoded = decode::<T>(value);
        let problems =
            decoded.problems.iter().map(|p| format!("{}: {}", p.path, p.message)).collect();
        let repaired = decoded.repaired.iter().map(ToString::to_string).collect();
        (decoded.record.is_some(), problems, repaired)
    }

    #[test]
    fn a_clean_value_decodes_with_no_problem() {
        assert_eq!(
            messages::<Interval>(json!({ "from": "10:00", "to": "12:00" })),
            (true, vec![], vec![])
        );
    }

    #[test]
    fn every_problem_is_reported_and_repaired() {
        let (decoded, problems, repaired) =
            messages::<Interval>(json!({ "from": 10, "till": "12:00", "to": "12:00", "x": 1 }));
        assert!(decoded);
        assert_eq!(
            problems,
            [
                "from: found integer `10`, expected a text in quotes",
                "till: unknown field \"till\"; the fields allowed here are: from, to",
                "x: unknown field \"x\"; the fields allowed here are: from, to",
            ]
        );
        // Only the placeholder counts as repaired; dropping an unknown field loses nothing.
        assert_eq!(repaired, ["from"]);
    }

    #[test]
    fn a_missing_field_gets_a_placeholder() {
        let (decoded, problems, repaired) = messages::<Coordinates>(json!({ "lat": 60.1 }));
        assert!(decoded);
        assert_eq!(problems, [": required field \"lon\" is missing"]);
        assert_eq!(repaired, ["lon"]);
    }

    #[test]
    fn a_record_of_the_wrong_type_is_reported_once_and_marked_repaired_whole() {
        let (decoded, problems, repaired) = messages::<Interval>(json!("10:00-12:00"));
        // The placeholder `{}` lacks `from` and `to`: those are ours, not reported.
        assert!(decoded);
        assert_eq!(problems, [": found string \"10:00-12:00\", expected an object {...}"]);
        assert_eq!(repaired, ["", "from", "to"]);
    }

    #[test]
    fn repairs_are_bounded() {
        let many: serde_json::Map<String, Value> =
            (0..200).map(|i| (format!("unknown{i:03}"), json!(i))).collect();
        let (decoded, problems, _) = messages::<Interval>(Value::Object(many));
        assert!(!decoded);
        assert_eq!(problems.len(), MAX_REPAIRS);
    }
}
