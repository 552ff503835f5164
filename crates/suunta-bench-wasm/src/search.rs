//! The search benchmark (issue 10): the index the catalogue worker builds over the worded
//! synthetic catalogue of `suunta_core::synthetic::published` (the same as the native
//! `cargo bench --bench search`, so the figures compare), and one query per case, as the
//! worker runs it on every keystroke.

use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
use suunta_core::geography::Geography;
use suunta_core::search::SearchIndex;
use suunta_core::synthetic::published;

/// What people type: a place, a misspelt kind and place, a prefix that matches nearly
/// everything, a Swedish name, nonsense (the native benchmark's queries).
const QUERIES: [&str; 5] = ["tampere", "ohjamo jyvaskyla", "tyo", "navigatorn vasa", "xqzv"];

pub fn query_count() -> usize {
    QUERIES.len()
}

pub struct SearchBench {
    index: SearchIndex,
    services: usize,
}

impl SearchBench {
    /// The index over `size` synthetic services placed over the geography in `geography_json`.
    pub fn new(geography_json: &[u8], size: usize) -> Result<SearchBench, String> {
        let file: GeographyFile =
            serde_json::from_slice(geography_json).map_err(|error| error.to_string())?;
        let geography = Geography::new(file);
        let json = published::service_file(size, &geography);
        let file: CatalogueFile = serde_json::from_str(&json).map_err(|error| error.to_string())?;
        let index = SearchIndex::new(&file.services, &geography);
        Ok(SearchBench { index, services: file.services.len() })
    }

    pub fn service_count(&self) -> usize {
        self.services
    }

    /// One query; a checksum of the hits, or `None` for a query index out of range.
    pub fn run(&self, query_index: usize) -> Option<u32> {
        let hits = self.index.search(QUERIES.get(query_index)?);
        // Never 0 (the runner checks that every call did something), also with no hit.
        let checksum = hits.iter().fold(1 + hits.len() as u32, |sum, hit| {
            sum.wrapping_mul(31).wrapping_add(hit.score).wrapping_add(hit.service as u32)
        });
        Some(checksum)
    }
}
