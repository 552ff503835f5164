//! `suunta-cli build <catalogue-dir> --out <dir> [--today YYYY-MM-DD]`: validates the whole
//! catalogue and writes the files the app ships. On any error it prints the problems, writes
//! nothing and exits 1, so the app build (which runs this) can never deploy an invalid catalogue.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use suunta_core::catalogue::check;
use suunta_core::catalogue::publish::publish;

use crate::validate::{expand, parse_today, read_all, report, today_from_clock};

const USAGE: &str = "usage: suunta-cli build <catalogue-dir> --out <dir> [--today YYYY-MM-DD]";

pub fn run(args: &[String]) -> ExitCode {
    let mut catalogue_dir = None;
    let mut out = None;
    let mut today = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--out" => match rest.next() {
                Some(dir) => out = Some(PathBuf::from(dir)),
                None => return usage_error("--out needs a directory"),
            },
            "--today" => match parse_today(rest.next()) {
                Ok(date) => today = Some(date),
                Err(message) => return usage_error(&message),
            },
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {flag}"))
            }
            dir if catalogue_dir.is_none() => catalogue_dir = Some(PathBuf::from(dir)),
            extra => return usage_error(&format!("unexpected argument {extra}")),
        }
    }
    let (Some(catalogue_dir), Some(out)) = (catalogue_dir, out) else {
        return usage_error("name the catalogue directory and --out");
    };
    if !catalogue_dir.is_dir() {
        return usage_error(&format!("{} is not a directory", catalogue_dir.display()));
    }
    let today = match today.map_or_else(today_from_clock, Ok) {
        Ok(today) => today,
        Err(message) => return fail(&message),
    };
    let sources = match expand(&[catalogue_dir]).and_then(|files| read_all(&files)) {
        Ok(sources) => sources,
        Err(message) => return fail(&message),
    };
    let checked = check(&sources, today);
    report(&checked, sources.len());
    let Some(catalogue) = checked.catalogue else {
        eprintln!("suunta-cli build: the catalogue has errors; nothing was written");
        return ExitCode::FAILURE;
    };
    let files = publish(&catalogue);
    match write_all(&out, &files) {
        Ok(()) => {
            eprintln!("wrote {} files to {}", files.len(), out.display());
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn write_all(
    out: &Path,
    files: &[suunta_core::catalogue::publish::PublishedFile],
) -> Result<(), String> {
    std::fs::create_dir_all(out)
        .map_err(|error| format!("{}: cannot create: {error}", out.display()))?;
    for file in files {
        let path = out.join(&file.name);
        std::fs::write(&path, &file.contents)
            .map_err(|error| format!("{}: cannot write: {error}", path.display()))?;
    }
    Ok(())
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("suunta-cli build: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}
