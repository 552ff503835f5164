//! The decoding benchmark: what the catalogue worker does when a file arrives
//! (`crates/suunta-screens/src/engine/store.rs`, `arrived`), on the published synthetic service
//! file of `suunta_core::synthetic::published` and on the real geography, the same as the native
//! `cargo bench --bench decoding`, so the figures compare.

use suunta_core::catalogue::pack::{
    pack_catalogue, pack_geography, unpack_catalogue, unpack_geography,
};
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
use suunta_core::geography::Geography;
use suunta_core::synthetic::published;

/// The cases `run` times, by index.
const CASES: [Case; 4] =
    [Case::ServiceFile, Case::Geography, Case::ServicePack, Case::GeographyPack];

#[derive(Debug, Clone, Copy)]
enum Case {
    /// `serde_json::from_str::<CatalogueFile>` of the service file: what the worker did before
    /// packs, kept for comparison.
    ServiceFile,
    /// `serde_json::from_str::<GeographyFile>` of geography.json, then `Geography::new`.
    Geography,
    /// `unpack_catalogue` of the service file's pack: what the worker does.
    ServicePack,
    /// `unpack_geography` of the geography's pack, then `Geography::new`: what the worker does.
    GeographyPack,
}

pub fn case_count() -> usize {
    CASES.len()
}

pub struct DecodingBench {
    /// geography.json minified, as the app ships it.
    geography_json: String,
    /// The published service file of the synthetic catalogue.
    service_json: String,
    geography_pack: String,
    service_pack: String,
    services: usize,
}

impl DecodingBench {
    /// The service file of `size` synthetic services placed over the geography file in
    /// `geography_json`, which is kept (minified) for the geography case.
    pub fn new(geography_json: &[u8], size: usize) -> Result<DecodingBench, String> {
        let file: GeographyFile =
            serde_json::from_slice(geography_json).map_err(|error| error.to_string())?;
        let geography_json = serde_json::to_string(&file).map_err(|error| error.to_string())?;
        let geography_pack = pack_geography(&file);
        let service_json = published::service_file(size, &Geography::new(file));
        let services: CatalogueFile =
            serde_json::from_str(&service_json).map_err(|error| error.to_string())?;
        let service_pack = pack_catalogue(&services);
        Ok(DecodingBench {
            geography_json,
            service_json,
            geography_pack,
            service_pack,
            services: size,
        })
    }

    pub fn service_count(&self) -> usize {
        self.services
    }

    /// The service file's JSON, for the runner to report its size raw and compressed.
    pub fn service_json(&self) -> &str {
        &self.service_json
    }

    /// Decodes one case and returns a checksum of the result, or `None` for a case index out
    /// of range or a file that does not decode.
    pub fn run(&self, case_index: usize) -> Option<u32> {
        match CASES.get(case_index)? {
            Case::ServiceFile => {
                let file = serde_json::from_str::<CatalogueFile>(&self.service_json).ok()?;
                let channels: usize = file.services.iter().map(|s| s.channels.len()).sum();
                Some(checksum(&[file.services.len(), channels, 1]))
            }
            Case::Geography => {
                let file = serde_json::from_str::<GeographyFile>(&self.geography_json).ok()?;
                Some(geography_checksum(Geography::new(file)))
            }
            Case::ServicePack => {
                let file = unpack_catalogue(&self.service_pack).ok()?;
                let channels: usize = file.services.iter().map(|s| s.channels.len()).sum();
                Some(checksum(&[file.services.len(), channels, 1]))
            }
            Case::GeographyPack => {
                let file = unpack_geography(&self.geography_pack).ok()?;
                Some(geography_checksum(Geography::new(file)))
            }
        }
    }
}

fn geography_checksum(geography: Geography) -> u32 {
    checksum(&[geography.municipalities().len(), geography.employment_areas().len(), 2])
}

fn checksum(counts: &[usize]) -> u32 {
    counts.iter().fold(17u32, |sum, &count| sum.wrapping_mul(31).wrapping_add(count as u32))
}
