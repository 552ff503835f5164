//! Stage 3 of loading: the rules a catalogue must satisfy beyond its JSON structure, checked
//! over all files at once (ids are unique across files; codes refer to the geography file).
//!
//! `check` is the single entry point: it loads every file (`load`), applies every rule, and
//! returns every problem found together with the catalogue, which it hands out only when there
//! is no error. "Today" is a parameter: the core never reads the clock.

mod channel;
mod formats;
mod geography;
mod hours;
mod provenance;
mod service;
mod texts;

#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};

use super::load::{load, Document, LoadedFile, SourceFile};
use super::path::JsonPath;
use super::problem::{Problem, Severity};
use super::raw::{CatalogueFile, GeographyFile};
use super::report::Reporter;
use crate::hours::civil::Date;

pub use geography::KnownCodes;
pub use provenance::{is_stale, STALE_AFTER_YEARS};

/// A catalogue that passed validation: the geography and the service files, in the order given.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub geography: GeographyFile,
    pub files: Vec<NamedCatalogueFile>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NamedCatalogueFile {
    pub name: String,
    pub file: CatalogueFile,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// In the order the files were given, then by line and column.
    pub problems: Vec<Problem>,
    /// Present only when there is no error (warnings allowed) and a geography file was given.
    pub catalogue: Option<Catalogue>,
}

impl Checked {
    pub fn error_count(&self) -> usize {
        self.problems.iter().filter(|problem| problem.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.problems.len() - self.error_count()
    }
}

/// What every rule may need besides the record itself.
pub(crate) struct Context<'a> {
    /// None when no geography file was given: codes are then only checked for shape.
    pub known: Option<&'a KnownCodes>,
    pub today: Date,
    /// Where the file's values were replaced by placeholders (see `decode`).
    pub repaired: &'a [JsonPath],
}

impl Context<'_> {
    /// Whether the value at `path`, something inside it or around it, is a placeholder. Rules whose
    /// outcome depends on such a value (which contact field a channel kind needs, whether an
    /// area is national) are skipped: they would be judging the placeholder.
    pub fn is_repaired(&self, path: &JsonPath) -> bool {
        self.repaired
            .iter()
            .any(|repaired| repaired.0.starts_with(&path.0) || path.0.starts_with(&repaired.0))
    }
}

/// Whether a problem at `problem_path` is about a placeholder: at or under a repaired path.
fn is_about_placeholder(problem_path: &str, repaired: &[String]) -> bool {
    repaired.iter().any(|repaired| match problem_path.strip_prefix(repaired.as_str()) {
        Some(rest) => rest.is_empty() || rest.starts_with(['.', '[']),
        None => false,
    })
}

/// Loads and validates the geography file and the service files together.
pub fn check(sources: &[SourceFile], today: Date) -> Checked {
    let mut problems = Vec::new();
    let loaded: Vec<LoadedFile> =
        sources.iter().map(|source| load(source, &mut problems)).collect();

    let geography_files: Vec<&LoadedFile> = loaded
        .iter()
        .filter(|file| matches!(file.document, Some(Document::Geography(_))))
        .collect();
    for extra in geography_files.iter().skip(1) {
        let mut reporter = Reporter::new(&extra.name, &extra.positions, &mut problems);
        reporter.error(
            &JsonPath::root(),
            format!(
                "a second geography file; there must be exactly one (the first is {})",
                geography_files[0].name
            ),
        );
    }
    let geography = geography_files.first().and_then(|file| match &file.document {
        Some(Document::Geography(geography)) => Some((*file, geography)),
        _ => None,
    });
    let known = geography.map(|(_, geography)| KnownCodes::of(geography));
    if geography.is_none() && !sources.is_empty() {
        problems.push(Problem {
            file: sources[0].name.clone(),
            line: 0,
            column: 0,
            path: String::new(),
            severity: Severity::Error,
            message: "no geography file among the files checked, so municipality, region and \
                      employment-area codes cannot be checked; include catalogue/geography.json"
                .into(),
        });
    }
    let mut ids = IdRegistry::default();
    for file in &loaded {
        let context = Context { known: known.as_ref(), today, repaired: &file.repaired };
        let before = problems.len();
        let mut reporter = Reporter::new(&file.name, &file.positions, &mut problems);
        match &file.document {
            Some(Document::Geography(geography)) => {
                geography::check_file(geography, &context, &mut reporter);
            }
            Some(Document::Catalogue(catalogue)) => {
                if let Some(header) = &catalogue.header {
                    service::check_file_fields(header, &mut reporter);
                }
                for indexed in &catalogue.services {
                    let path = JsonPath::root().key("services").index(indexed.index);
                    service::check(&indexed.record, &path, &context, &mut reporter);
                    ids.check_unique(&indexed.record.id, &file.name, &path, &mut reporter);
                }
            }
            None => {}
        }
        let repaired: Vec<String> = file.repaired.iter().map(JsonPath::to_string).collect();
        let mut found = problems.split_off(before);
        found.retain(|problem| !is_about_placeholder(&problem.path, &repaired));
        problems.extend(found);
    }

    // Within a file, in document order: serde meets fields in its own order, not the text's.
    let file_order: HashMap<&str, usize> =
        sources.iter().enumerate().map(|(index, source)| (source.name.as_str(), index)).collect();
    problems.sort_by_key(|problem| {
        (file_order.get(problem.file.as_str()).copied(), problem.line, problem.column)
    });

    let catalogue = if problems.iter().any(Problem::is_error) { None } else { assemble(&loaded) };
    Checked { problems, catalogue }
}

/// Where each service id was first seen, so a repeat in any file can point back at it.
#[derive(Default)]
struct IdRegistry<'a> {
    first_use: HashMap<&'a str, (&'a str, JsonPath, usize)>,
}

impl<'a> IdRegistry<'a> {
    fn check_unique(
        &mut self,
        id: &'a str,
        file: &'a str,
        service: &JsonPath,
        reporter: &mut Reporter,
    ) {
        let id_path = service.key("id");
        match self.first_use.get(id) {
            Some((first_file, first_service, first_line)) => reporter.error(
                &id_path,
                format!(
                    "id \"{id}\" is already used by {first_service} in {first_file} (line \
                     {first_line}); ids must be unique across the whole catalogue"
                ),
            ),
            None => {
                let line = reporter.position_of(&id_path).line;
                self.first_use.insert(id, (file, service.clone(), line));
            }
        }
    }
}

/// Puts the decoded records back into whole files. Only called when there is no error, so every
/// record decoded.
fn assemble(loaded: &[LoadedFile]) -> Option<Catalogue> {
    let mut geography = None;
    let mut files = Vec::new();
    for file in loaded {
        match &file.document {
            Some(Document::Geography(loaded)) => {
                let mut whole = loaded.header.clone()?;
                whole.regions = loaded.regions.iter().map(|r| r.record.clone()).collect();
                whole.employment_areas =
                    loaded.employment_areas.iter().map(|a| a.record.clone()).collect();
                whole.municipalities =
                    loaded.municipalities.iter().map(|m| m.record.clone()).collect();
                geography.get_or_insert(whole);
            }
            Some(Document::Catalogue(loaded)) => {
                let mut whole = loaded.header.clone()?;
                whole.services = loaded.services.iter().map(|s| s.record.clone()).collect();
                files.push(NamedCatalogueFile { name: file.name.clone(), file: whole });
            }
            None => return None,
        }
    }
    Some(Catalogue { geography: geography?, files })
}

/// Reports each value that appears more than once in `values`, at its later occurrences.
pub(crate) fn report_repeats<'v>(
    values: impl IntoIterator<Item = (&'v str, JsonPath)>,
    what: &str,
    reporter: &mut Reporter,
) {
    let mut seen = BTreeSet::new();
    for (value, path) in values {
        if !seen.insert(value) {
            reporter.error(
                &path,
                format!("{what} \"{value}\" appears more than once; {what}s must be unique"),
            );
        }
    }
}
