//! Fetching the published catalogue files (`dist/catalogue/`) and decoding them into the core's
//! raw types. I/O only.

use suunta_core::catalogue::publish::GEOGRAPHY_FILE;
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile, Service};

use crate::browser;

/// Relative to the page, so a deploy under a sub-path finds its own files.
const DIRECTORY: &str = "catalogue/";

/// Why a file could not be used; shown to maintainers in the error panel's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub detail: String,
}

pub async fn load_geography() -> Result<GeographyFile, LoadError> {
    let text = fetch(GEOGRAPHY_FILE).await?;
    serde_json::from_str(&text).map_err(|error| corrupt(GEOGRAPHY_FILE, error))
}

/// The services of `national.json` or of one `region-XX.json`.
pub async fn load_services(file: &str) -> Result<Vec<Service>, LoadError> {
    let text = fetch(file).await?;
    let catalogue: CatalogueFile =
        serde_json::from_str(&text).map_err(|error| corrupt(file, error))?;
    Ok(catalogue.services)
}

async fn fetch(file: &str) -> Result<String, LoadError> {
    browser::fetch_text(&format!("{DIRECTORY}{file}"))
        .await
        .map_err(|detail| LoadError { file: file.to_owned(), detail })
}

fn corrupt(file: &str, error: serde_json::Error) -> LoadError {
    LoadError { file: file.to_owned(), detail: error.to_string() }
}
