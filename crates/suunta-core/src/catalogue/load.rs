//! Stages 1 and 2 of reading a catalogue file: JSON syntax, then structure.
//!
//! 1. Syntax: `serde_json` parses the text. A syntax error ends the file: only the first one can
//!    be reported, because after it the parser cannot know what the text was meant to be.
//! 2. Structure: every record (each service; each region, employment area and municipality of
//!    the geography file) is decoded on its own, so one bad record does not hide the others,
//!    and `decode` reports every unknown field and wrong type within it.
//!
//! The semantic rules (stage 3) run afterwards over all files together, in `validate`.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::decode::decode;
use super::locate::{Position, Positions};
use super::path::JsonPath;
use super::problem::Problem;
use super::raw::{
    CatalogueFile, EmploymentArea, GeographyFile, Municipality, Region, Service, GEOGRAPHY_FORMAT,
};
use super::report::Reporter;

/// A file as read from disk: `name` is how the maintainer refers to it (its path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// A record that decoded cleanly, with its index in the file's list, so problems found later
/// point at the right place even when records before it failed to decode.
#[derive(Debug, Clone, PartialEq)]
pub struct Indexed<T> {
    pub index: usize,
    pub record: T,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoadedCatalogue {
    /// The file's own fields (`services` left empty); None when they did not decode.
    pub header: Option<CatalogueFile>,
    pub services: Vec<Indexed<Service>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoadedGeography {
    /// The file's own fields (the three lists left empty); None when they did not decode.
    pub header: Option<GeographyFile>,
    pub regions: Vec<Indexed<Region>>,
    pub employment_areas: Vec<Indexed<EmploymentArea>>,
    pub municipalities: Vec<Indexed<Municipality>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Catalogue(LoadedCatalogue),
    Geography(Box<LoadedGeography>),
}

#[derive(Debug, Clone)]
pub struct LoadedFile {
    pub name: String,
    pub positions: Positions,
    /// None when the text is not JSON at all.
    pub document: Option<Document>,
    /// Where `decode` put placeholders or removed values: the rules skip these places.
    pub repaired: Vec<JsonPath>,
}

/// Whether a file is the geography file: by its `format`, or failing that by its name, so a
/// geography file with a mistyped format is still read as one.
fn is_geography(name: &str, value: &Value) -> bool {
    let declared = value.get("format").and_then(Value::as_str);
    declared == Some(GEOGRAPHY_FORMAT) || name.rsplit(['/', '\\']).next() == Some("geography.json")
}

pub fn load(source: &SourceFile, problems: &mut Vec<Problem>) -> LoadedFile {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the JSON.
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let positions = Positions::scan("");
            let mut reporter = Reporter::new(&source.name, &positions, problems);
            let at = syntax_error_position(text, error.line(), error.column());
            reporter.error_at(at, &JsonPath::root(), syntax_message(&error));
            return LoadedFile {
                name: source.name.clone(),
                positions,
                document: None,
                repaired: Vec::new(),
            };
        }
    };
    // Only scanned once serde_json has accepted the text, so positions are those of valid JSON.
    let positions = Positions::scan(text);
    let mut reporter = Reporter::new(&source.name, &positions, problems);
    if !value.is_object() {
        let message = "a catalogue file is a JSON object: { \"format\": \"suunta-catalogue/1\", \
                       \"services\": [...] }, or for the geography file { \"format\": \
                       \"suunta-geography/1\", ... }";
        reporter.error(&JsonPath::root(), message);
        let repaired = Vec::new();
        return LoadedFile { name: source.name.clone(), positions, document: None, repaired };
    }
    for (path, at) in positions.repeated_keys() {
        let message = "this field is written twice in the same object; only the last one would \
                       count, so keep one";
        reporter.error_at(at, &path, message);
    }
    let mut decoder = Decoder { reporter, repaired: Vec::new() };
    let document = if is_geography(&source.name, &value) {
        Document::Geography(Box::new(load_geography(value, &mut decoder)))
    } else {
        Document::Catalogue(load_catalogue(value, &mut decoder))
    };
    let repaired = decoder.repaired;
    LoadedFile { name: source.name.clone(), positions, document: Some(document), repaired }
}

fn load_catalogue(mut value: Value, decoder: &mut Decoder) -> LoadedCatalogue {
    let services = take_records(&mut value, "services", decoder);
    LoadedCatalogue { header: decoder.decode_at(value, &JsonPath::root()), services }
}

fn load_geography(mut value: Value, decoder: &mut Decoder) -> LoadedGeography {
    let regions = take_records(&mut value, "regions", decoder);
    let employment_areas = take_records(&mut value, "employment_areas", decoder);
    let municipalities = take_records(&mut value, "municipalities", decoder);
    LoadedGeography {
        header: decoder.decode_at(value, &JsonPath::root()),
        regions,
        employment_areas,
        municipalities,
    }
}

/// Decodes each element of the list `field` on its own and leaves an empty list in its place,
/// so the rest of the file can be decoded without it. A `field` that is not a list is left for
/// the file's own decoding to report.
fn take_records<T: DeserializeOwned>(
    file: &mut Value,
    field: &str,
    decoder: &mut Decoder,
) -> Vec<Indexed<T>> {
    let Some(slot) = file.get_mut(field).filter(|slot| slot.is_array()) else {
        return Vec::new();
    };
    let Value::Array(items) = std::mem::replace(slot, Value::Array(Vec::new())) else {
        return Vec::new();
    };
    let list_path = JsonPath::root().key(field);
    items
        .into_iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let record = decoder.decode_at(item, &list_path.index(index))?;
            Some(Indexed { index, record })
        })
        .collect()
}

/// Decodes records, reporting their structure problems and remembering what was repaired.
struct Decoder<'r> {
    reporter: Reporter<'r>,
    repaired: Vec<JsonPath>,
}

impl Decoder<'_> {
    fn decode_at<T: DeserializeOwned>(&mut self, value: Value, base: &JsonPath) -> Option<T> {
        let decoded = decode::<T>(value);
        for problem in decoded.problems {
            let path = base.join(&problem.path);
            if problem.at_key {
                self.reporter.error_at_key(&path, problem.message);
            } else {
                self.reporter.error(&path, problem.message);
            }
        }
        self.repaired.extend(decoded.repaired.iter().map(|path| base.join(path)));
        decoded.record
    }
}

/// serde_json counts columns in bytes; editors count characters.
fn syntax_error_position(text: &str, line: usize, byte_column: usize) -> Position {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return Position { line: line.max(1), column: byte_column.max(1) };
    };
    let prefix = line_text.as_bytes().get(..byte_column).unwrap_or(line_text.as_bytes());
    let column = String::from_utf8_lossy(prefix).chars().count();
    Position { line: line.max(1), column: column.max(1) }
}

fn syntax_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    // serde_json appends " at line L column C"; the position is printed separately.
    let detail = full.split(" at line ").next().unwrap_or(&full);
    format!(
        "this is not valid JSON ({detail}); check for a missing comma, quote or bracket near \
         here. Only the first syntax error can be reported: fix it and run again"
    )
}
