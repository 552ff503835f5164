//! `suunta-cli import-csv <file.csv> [--out file.json]`: turns the spreadsheet a counsellor
//! keeps (one row per service point, columns in `catalogue/IMPORT.md`) into a
//! `suunta-catalogue/1` file. Every problem is reported as `file.csv:ROW:COLUMN: message` and
//! then nothing is written, so a half-imported file never reaches the catalogue.

mod assemble;
mod cell;
mod column;
mod hours;
mod problem;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use suunta_core::catalogue::raw::{CatalogueFile, CATALOGUE_FORMAT};

const USAGE: &str = "usage: suunta-cli import-csv <file.csv> [--out file.json]";

pub fn run(args: &[String]) -> ExitCode {
    let (input, output) = match parse_args(args) {
        Ok(paths) => paths,
        Err(message) => {
            eprintln!("suunta-cli import-csv: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let shown_name = input.display().to_string();
    let bytes = match std::fs::read(&input) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{shown_name}: cannot read: {error}");
            return ExitCode::FAILURE;
        }
    };

    let (rows, mut problems) = table::read_rows(&bytes);
    let (services, assembly_problems) = assemble::assemble(&rows);
    problems.extend(assembly_problems);
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{}", problem.display(&shown_name));
        }
        eprintln!("{shown_name}: {} problem(s); nothing written", problems.len());
        return ExitCode::FAILURE;
    }

    let file =
        CatalogueFile { format: CATALOGUE_FORMAT.to_string(), maintainer_email: None, services };
    let json = match serde_json::to_string_pretty(&file) {
        Ok(json) => json + "\n",
        Err(error) => {
            eprintln!("suunta-cli import-csv: cannot write JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    match output {
        None => print!("{json}"),
        Some(path) => {
            if let Err(error) = std::fs::write(&path, json) {
                eprintln!("{}: cannot write: {error}", path.display());
                return ExitCode::FAILURE;
            }
            eprintln!("{}: {} service(s) written", path.display(), file.services.len());
        }
    }
    ExitCode::SUCCESS
}

fn parse_args(args: &[String]) -> Result<(PathBuf, Option<PathBuf>), String> {
    let mut input = None;
    let mut output = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => {
                let path = args.next().ok_or("--out needs a file name")?;
                if output.replace(PathBuf::from(path)).is_some() {
                    return Err("--out given twice".to_string());
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            path => {
                if input.replace(PathBuf::from(path)).is_some() {
                    return Err("only one CSV file at a time".to_string());
                }
            }
        }
    }
    let input = input.ok_or("no CSV file given")?;
    Ok((input, output))
}
