//! `suunta-cli validate [--today YYYY-MM-DD] <file-or-dir>...`: reports every problem in the
//! given catalogue files at once, as `file:line:col: error: path: message`, and exits 1 if any
//! is an error.
//!
//! A directory stands for every `*.json` under it (schemas excepted). When no geography file is
//! named, the one next to the files (or one directory up) is used, so a maintainer can check
//! just the region file they edited: `suunta-cli validate catalogue/regions/01.json`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use suunta_core::catalogue::{check, Checked, SourceFile};
use suunta_core::hours::civil::Date;

const USAGE: &str = "usage: suunta-cli validate [--today YYYY-MM-DD] <file-or-dir>...";
const GEOGRAPHY_FILE_NAME: &str = "geography.json";

pub fn run(args: &[String]) -> ExitCode {
    let mut today = None;
    let mut inputs = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--today" => match parse_today(rest.next()) {
                Ok(date) => today = Some(date),
                Err(message) => return usage_error(&message),
            },
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {flag}"))
            }
            path => inputs.push(PathBuf::from(path)),
        }
    }
    if inputs.is_empty() {
        return usage_error("name at least one file or directory");
    }
    let mut files = match expand(&inputs) {
        Ok(files) => files,
        Err(message) => return fail(&message),
    };
    add_nearby_geography(&mut files);
    let sources = match read_all(&files) {
        Ok(sources) => sources,
        Err(message) => return fail(&message),
    };
    let today = match today.map_or_else(today_from_clock, Ok) {
        Ok(today) => today,
        Err(message) => return fail(&message),
    };
    let checked = check(&sources, today);
    report(&checked, sources.len());
    if checked.error_count() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints every problem, then a one-line summary on stderr.
pub(crate) fn report(checked: &Checked, file_count: usize) {
    for problem in &checked.problems {
        println!("{problem}");
    }
    let plural =
        |count: usize, word: &str| format!("{count} {word}{}", if count == 1 { "" } else { "s" });
    eprintln!(
        "{}, {} in {}",
        plural(checked.error_count(), "error"),
        plural(checked.warning_count(), "warning"),
        plural(file_count, "file")
    );
}

/// Files as given, directories replaced by the catalogue files under them, in a stable order.
pub(crate) fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found = Vec::new();
            collect_json(input, &mut found)?;
            found.sort_by_key(|path| (!is_geography(path), path.clone()));
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    // A file named twice (alone and inside a named directory) would clash with itself as a
    // duplicate of every id it holds.
    let mut seen = std::collections::HashSet::new();
    files.retain(|file| seen.insert(file.canonicalize().unwrap_or_else(|_| file.clone())));
    Ok(files)
}

fn collect_json(dir: &Path, into: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("{}: cannot read: {error}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|error| format!("{}: {error}", dir.display()))?.path();
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if path.is_dir() {
            collect_json(&path, into)?;
        } else if name.ends_with(".json") && !name.ends_with(".schema.json") {
            into.push(path);
        }
    }
    Ok(())
}

fn is_geography(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == GEOGRAPHY_FILE_NAME)
}

fn add_nearby_geography(files: &mut Vec<PathBuf>) {
    if files.iter().any(|path| is_geography(path)) {
        return;
    }
    let nearby = files
        .iter()
        .filter_map(|file| file.parent())
        .flat_map(|dir| [Some(dir), dir.parent()].into_iter().flatten())
        .map(|dir| dir.join(GEOGRAPHY_FILE_NAME))
        .find(|path| path.is_file());
    if let Some(geography) = nearby {
        files.insert(0, geography);
    }
}

pub(crate) fn read_all(files: &[PathBuf]) -> Result<Vec<SourceFile>, String> {
    files
        .iter()
        .map(|path| {
            let text = std::fs::read(path)
                .map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
            let text = String::from_utf8(text)
                .map_err(|_| format!("{}: error: the file is not UTF-8 text", path.display()))?;
            Ok(SourceFile { name: path.display().to_string(), text })
        })
        .collect()
}

/// Today's date in UTC. Only the CLI reads the clock; the core takes the date as a parameter.
pub(crate) fn today_from_clock() -> Result<Date, String> {
    let unreadable =
        || "cannot tell today's date from the clock; pass --today YYYY-MM-DD".to_owned();
    let elapsed = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|_| unreadable())?;
    let days = i64::try_from(elapsed.as_secs() / 86_400).map_err(|_| unreadable())?;
    Date::civil_from_days(days).ok_or_else(unreadable)
}

/// The value of a `--today` option.
pub(crate) fn parse_today(text: Option<&String>) -> Result<Date, String> {
    match text {
        Some(text) => Date::parse(text),
        None => Err("--today needs a date".into()),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("suunta-cli validate: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}
