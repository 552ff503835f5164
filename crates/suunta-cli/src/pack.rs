//! `suunta-cli pack`: reads one published JSON file (a service file or the geography) on
//! standard input and prints its pack, the form the app reads (`catalogue::pack`). `build`
//! writes packs itself; this is for tests and for looking at a changed file as the app would
//! get it.

use std::io::Read;
use std::process::ExitCode;

use suunta_core::catalogue::pack::{pack_catalogue, pack_geography};
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile, GEOGRAPHY_FORMAT};

pub fn run(args: &[String]) -> ExitCode {
    if !args.is_empty() {
        eprintln!("usage: suunta-cli pack < file.json > file.pack.txt");
        return ExitCode::from(2);
    }
    let mut json = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut json) {
        eprintln!("suunta-cli pack: cannot read standard input: {error}");
        return ExitCode::FAILURE;
    }
    match pack(&json) {
        Ok(pack) => {
            print!("{pack}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("suunta-cli pack: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The pack of a published file, told apart by its `format`.
fn pack(json: &str) -> Result<String, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|error| error.to_string())?;
    if value.get("format").and_then(|format| format.as_str()) == Some(GEOGRAPHY_FORMAT) {
        let geography: GeographyFile =
            serde_json::from_value(value).map_err(|error| error.to_string())?;
        Ok(pack_geography(&geography))
    } else {
        let file: CatalogueFile =
            serde_json::from_value(value).map_err(|error| error.to_string())?;
        Ok(pack_catalogue(&file))
    }
}
