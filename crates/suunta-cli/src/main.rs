//! `suunta-cli`: the catalogue maintainers' tool. Each subcommand lives in its own module with a
//! `run(args) -> ExitCode`; this file only dispatches.

mod build;
mod coverage;
mod import_csv;
mod pack;
mod recommend;
mod schema;
mod validate;

use std::process::ExitCode;

const USAGE: &str = "\
usage: suunta-cli <command> [arguments]

commands:
  help                       show this help
  validate [--today YYYY-MM-DD] <file-or-dir>...
                             report every problem in catalogue files, with file:line:col
  build <catalogue-dir> --out <dir> [--today YYYY-MM-DD]
                             validate, then write the per-region files the app ships
  schema <catalogue|geography>
                             print the JSON Schema of a catalogue file format, for editors
  coverage <catalogue-dir> [--region CODE] [--json]
                             needs without a local service, Ohjaamo distance, per municipality
  import-csv <file.csv> [--out file.json]
                             turn a counsellor's spreadsheet into a catalogue file
  pack < file.json           print the pack (the app's form) of one published JSON file
  recommend '<query>' [--catalogue DIR] [--now YYYY-MM-DDTHH:MM]
                             the ranked services for a URL query, as JSON
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let _ = rest;
    match command.as_str() {
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        "build" => build::run(rest),
        "coverage" => coverage::run(rest),
        "import-csv" => import_csv::run(rest),
        "pack" => pack::run(rest),
        "recommend" => recommend::run(rest),
        "schema" => schema::run(rest),
        "validate" => validate::run(rest),
        other => {
            eprintln!("suunta-cli: unknown command '{other}'\n");
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
