//! `suunta-cli schema <catalogue|geography>`: prints the JSON Schema of a file format,
//! generated from the core's raw types. The committed copies in `catalogue/*.schema.json` are
//! this output; a test keeps them equal.

use std::process::ExitCode;

use suunta_core::catalogue::schema::{catalogue_schema, geography_schema};

const USAGE: &str = "usage: suunta-cli schema <catalogue|geography>";

pub fn run(args: &[String]) -> ExitCode {
    let schema = match args {
        [which] if which == "catalogue" => catalogue_schema(),
        [which] if which == "geography" => geography_schema(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    print!("{schema}");
    ExitCode::SUCCESS
}
