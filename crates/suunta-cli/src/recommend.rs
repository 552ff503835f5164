//! `suunta-cli recommend '<query>' [--catalogue DIR] [--now YYYY-MM-DDTHH:MM]`: the ranked
//! services for a URL query, as JSON, computed by the same core code as the app.
//!
//! Unlike the app, which drops what it does not understand with a polite note, the command
//! refuses a query with anything left out: a maintainer checking a link wants to know.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Value};
use suunta_core::answers::{self, Answers};
use suunta_core::catalogue::raw::{
    CatalogueFile, GeographyFile, Service, CATALOGUE_FORMAT, GEOGRAPHY_FORMAT,
};
use suunta_core::geography::Geography;
use suunta_core::hours::{helsinki, LocalDateTime};
use suunta_core::lang::Lang;
use suunta_core::matching;
use suunta_core::wording;

const USAGE: &str =
    "usage: suunta-cli recommend '<query>' [--catalogue DIR] [--now YYYY-MM-DDTHH:MM]";
const DEFAULT_CATALOGUE_DIR: &str = "catalogue";

struct Options {
    query: String,
    catalogue: PathBuf,
    /// Europe/Helsinki wall-clock time; None means the system clock.
    now: Option<LocalDateTime>,
}

pub fn run(args: &[String]) -> ExitCode {
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("suunta-cli recommend: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (geography, services) = match load(&options.catalogue) {
        Ok(loaded) => loaded,
        Err(problems) => {
            problems.iter().for_each(|problem| eprintln!("{problem}"));
            eprintln!("suunta-cli recommend: the catalogue could not be read");
            return ExitCode::from(1);
        }
    };
    let now = options.now.unwrap_or_else(helsinki_now);
    match recommend(&options.query, &services, &geography, now) {
        Ok(output) => {
            if let Some(note) = output.note {
                eprintln!("{note}");
            }
            println!("{}", output.json);
            ExitCode::SUCCESS
        }
        Err(problems) => {
            problems.iter().for_each(|problem| eprintln!("suunta-cli recommend: {problem}"));
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut query = None;
    let mut catalogue = PathBuf::from(DEFAULT_CATALOGUE_DIR);
    let mut now = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--catalogue" => {
                catalogue = rest.next().ok_or("--catalogue needs a directory")?.into();
            }
            "--now" => {
                let text = rest.next().ok_or("--now needs a time such as 2026-11-23T12:00")?;
                now = Some(LocalDateTime::parse(text)?);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            _ if query.is_some() => return Err(format!("unexpected argument '{arg}'")),
            _ => query = Some(arg.clone()),
        }
    }
    let query = query.ok_or("the query is missing (quote it: 'age=19&needs=work')")?;
    Ok(Options { query, catalogue, now })
}

/// What the command prints: the JSON array, and for stderr the note when the fit is not exact.
#[derive(Debug)]
struct Output {
    json: String,
    note: Option<String>,
}

/// The ranked result as a JSON array of `{id, name, kind, score, reasons}`, names and reasons in
/// the query's `lang`. Errors: every part of the query that was not understood, in English.
fn recommend(
    query: &str,
    services: &[Service],
    geography: &Geography,
    now: LocalDateTime,
) -> Result<Output, Vec<String>> {
    let answers = checked_answers(query, geography)?;
    let lang = answers.ui_lang();
    let result = matching::recommend(services, geography, &answers, Some(now));
    let listed: Vec<Value> = result
        .services
        .iter()
        .map(|recommendation| {
            let service = recommendation.service;
            let name = service.name.localized(lang).map(|name| name.text).unwrap_or(&service.id);
            let reasons: Vec<String> =
                recommendation.reasons.iter().map(|reason| wording::reason(reason, lang)).collect();
            json!({
                "id": service.id,
                "name": name,
                "kind": service.kind.id(),
                "score": recommendation.score,
                "reasons": reasons,
            })
        })
        .collect();
    let json = serde_json::to_string_pretty(&listed).expect("JSON values always serialize");
    let note = wording::fit_note(result.fit, lang).map(str::to_owned);
    Ok(Output { json, note })
}

fn checked_answers(query: &str, geography: &Geography) -> Result<Answers, Vec<String>> {
    let (mut answers, mut notes) = answers::parse(query);
    notes.extend(answers.drop_unknown_municipality(|code| geography.municipality(code).is_some()));
    if notes.is_empty() {
        Ok(answers)
    } else {
        Err(notes.iter().map(|note| wording::query_note(note, Lang::En)).collect())
    }
}

fn helsinki_now() -> LocalDateTime {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    helsinki::to_local(since_epoch)
}

/// Reads every `*.json` below the directory (but `*.schema.json`) and sorts the files by their
/// `format`: the geography file, and service files. Anything else (such as a build's
/// `index.json`) is not for matching and is passed over. A service listed in two files (a
/// build writes a service into every region it serves) counts once.
fn load(dir: &Path) -> Result<(Geography, Vec<Service>), Vec<String>> {
    let mut paths = Vec::new();
    if let Err(error) = collect_json_files(dir, &mut paths) {
        return Err(vec![format!("{}: cannot list: {error}", dir.display())]);
    }
    paths.sort();
    let mut problems = Vec::new();
    let mut geography = None;
    let mut services = Vec::new();
    let mut seen = BTreeSet::new();
    for path in paths {
        let value = match read_json(&path) {
            Ok(value) => value,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        match value.get("format").and_then(Value::as_str) {
            Some(GEOGRAPHY_FORMAT) => match serde_json::from_value::<GeographyFile>(value)
                .map_err(decode_problem(&path))
            {
                Ok(file) => geography = Some(Geography::new(file)),
                Err(problem) => problems.push(problem),
            },
            Some(CATALOGUE_FORMAT) => match serde_json::from_value::<CatalogueFile>(value)
                .map_err(decode_problem(&path))
            {
                Ok(file) => services.extend(
                    file.services.into_iter().filter(|service| seen.insert(service.id.clone())),
                ),
                Err(problem) => problems.push(problem),
            },
            _ => {}
        }
    }
    match geography {
        Some(geography) if problems.is_empty() => Ok((geography, services)),
        Some(_) => Err(problems),
        None => {
            problems
                .push(format!("{}: no geography file (format {GEOGRAPHY_FORMAT})", dir.display()));
            Err(problems)
        }
    }
}

fn collect_json_files(dir: &Path, paths: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if path.is_dir() {
            collect_json_files(&path, paths)?;
        } else if name.ends_with(".json") && !name.ends_with(".schema.json") {
            paths.push(path);
        }
    }
    Ok(())
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
    serde_json::from_str(&text)
        .map_err(|error| format!("{}:{}:{}: {error}", path.display(), error.line(), error.column()))
}

fn decode_problem(path: &Path) -> impl Fn(serde_json::Error) -> String + '_ {
    move |error| format!("{}: {error}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny catalogue written as the files are: one real municipality and two MADE-UP
    /// services (fixtures for this test only).
    fn fixture() -> (Geography, Vec<Service>) {
        let geography: GeographyFile = serde_json::from_value(json!({
            "format": GEOGRAPHY_FORMAT,
            "provenance": {"sources": ["https://stat.fi/fi/luokitukset/kunta/kunta_1_20250101"],
                           "source_date": "2025-01-01", "verified_on": "2026-11-23"},
            "regions": [{"code": "01", "name": {"fi": "Uusimaa", "sv": "Nyland"}}],
            "employment_areas": [{"code": "08", "name": {"fi": "Helsinki"}}],
            "municipalities": [{"code": "091", "name": {"fi": "Helsinki", "sv": "Helsingfors"},
                                "region": "01", "employment_area": "08",
                                "language_status": "bilingual_finnish_majority",
                                "centre": {"lat": 60.16825, "lon": 24.952913}}]
        }))
        .unwrap();
        let file: CatalogueFile = serde_json::from_value(json!({
            "format": CATALOGUE_FORMAT,
            "services": [
                {"id": "test-jobs", "kind": "employment", "name": {"fi": "Työt", "sv": "Jobb"},
                 "needs": ["work"], "eligibility": {"area": {"type": "employment_area", "code": "08"}},
                 "provenance": {"sources": ["https://example.invalid/fixture"],
                                "source_date": "not stated", "verified_on": "2026-11-23"}},
                {"id": "test-study", "kind": "education", "name": {"fi": "Opinnot"},
                 "needs": ["study"], "eligibility": {"area": {"type": "whole_country"}},
                 "provenance": {"sources": ["https://example.invalid/fixture"],
                                "source_date": "not stated", "verified_on": "2026-11-23"}}
            ]
        }))
        .unwrap();
        (Geography::new(geography), file.services)
    }

    fn check(query: &str) -> Result<Value, Vec<String>> {
        let (geography, services) = fixture();
        let now = LocalDateTime::parse("2026-11-23T12:00").unwrap();
        recommend(query, &services, &geography, now)
            .map(|output| serde_json::from_str(&output.json).unwrap())
    }

    #[test]
    fn prints_the_ranked_services_with_worded_reasons() {
        let printed = check("lang=sv&age=19&municipality=091&needs=work").unwrap();
        assert_eq!(
            printed,
            json!([{"id": "test-jobs", "name": "Jobb", "kind": "employment", "score": 70,
                    "reasons": ["Hjälper med: att hitta arbete",
                                "Ditt eget sysselsättningsområdes tjänster för arbetssökande"]}])
        );
    }

    #[test]
    fn a_name_missing_in_the_language_falls_back() {
        let printed = check("lang=sv&needs=study").unwrap();
        assert_eq!(printed[0]["name"], "Opinnot");
    }

    #[test]
    fn an_invalid_query_is_an_error_listing_every_problem() {
        let problems = check("age=abc&theme=dark&municipality=999").unwrap_err();
        assert_eq!(
            problems,
            [
                "We didn't understand \"abc\" for age, so we left it out. You can answer again.",
                "The link had a part we don't recognise (\"theme\"), so we left it out.",
                "We didn't understand \"999\" for municipality, so we left it out. You can answer again.",
            ]
        );
        assert!(check("age=19").is_ok());
    }

    #[test]
    fn arguments_are_read_by_hand() {
        let args =
            |list: &[&str]| parse_args(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let options =
            args(&["needs=work", "--catalogue", "dist", "--now", "2026-11-23T08:00"]).unwrap();
        assert_eq!(options.query, "needs=work");
        assert_eq!(options.catalogue, PathBuf::from("dist"));
        assert_eq!(options.now, Some(LocalDateTime::parse("2026-11-23T08:00").unwrap()));
        assert_eq!(args(&["needs=work"]).unwrap().catalogue, PathBuf::from("catalogue"));
        assert!(args(&[]).is_err());
        assert!(args(&["a", "b"]).is_err());
        assert!(args(&["a", "--catalogue"]).is_err());
        assert!(args(&["a", "--now", "noon"]).is_err());
        assert!(args(&["a", "--colour"]).is_err());
    }

    /// Writes the fixture as a catalogue directory (plus a build's `index.json`, and the jobs
    /// service again in a second file) under a fresh temporary directory.
    fn fixture_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("suunta-recommend-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("regions")).unwrap();
        let (geography, services) = fixture();
        let geography_file = GeographyFile {
            format: GEOGRAPHY_FORMAT.into(),
            provenance: serde_json::from_value(json!({"sources": ["https://stat.fi/"],
                "source_date": "2025-01-01", "verified_on": "2026-11-23"}))
            .unwrap(),
            regions: geography.regions().to_vec(),
            employment_areas: geography.employment_areas().to_vec(),
            municipalities: geography.municipalities().to_vec(),
        };
        let catalogue = |services: &[Service]| CatalogueFile {
            format: CATALOGUE_FORMAT.into(),
            maintainer_email: None,
            services: services.to_vec(),
        };
        let write = |path: &str, value: String| std::fs::write(dir.join(path), value).unwrap();
        write("geography.json", serde_json::to_string(&geography_file).unwrap());
        write("national.json", serde_json::to_string(&catalogue(&services)).unwrap());
        write("regions/01.json", serde_json::to_string(&catalogue(&services[..1])).unwrap());
        write("index.json", json!({"format": "suunta-index/1", "files": []}).to_string());
        dir
    }

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn load_reads_every_file_by_its_format_and_counts_a_service_once() {
        let dir = fixture_dir("load");
        let (geography, services) = load(&dir).unwrap();
        assert_eq!(geography.municipalities().len(), 1);
        let ids: Vec<&str> = services.iter().map(|service| service.id.as_str()).collect();
        assert_eq!(ids, ["test-jobs", "test-study"]);
        std::fs::write(dir.join("regions/broken.json"), "{").unwrap();
        let problems = load(&dir).unwrap_err();
        assert!(problems[0].contains("broken.json:1:1"), "{problems:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn exit_codes() {
        let dir = fixture_dir("run");
        let catalogue = dir.to_str().unwrap();
        let now = ["--now", "2026-11-23T12:00"];
        let run_with =
            |query: &str| run(&args(&[&[query, "--catalogue", catalogue][..], &now].concat()));
        assert_eq!(run_with("age=19&municipality=091&needs=work"), ExitCode::SUCCESS);
        assert_eq!(run_with("age=nineteen"), ExitCode::from(2));
        assert_eq!(
            run(&args(&["needs=work", "--catalogue", "/nonexistent/suunta"])),
            ExitCode::from(1)
        );
        assert_eq!(run(&args(&[])), ExitCode::from(2));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
