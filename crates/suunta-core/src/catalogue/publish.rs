//! Which service goes into which of the files the app ships, and those files' contents.
//!
//! The app downloads the geography, the national services and only the region files it needs,
//! so a phone on a slow connection does not fetch the whole country. A service is *national*
//! when it serves the whole country (with or without Åland); every other service goes into the
//! file of each region where it serves at least one municipality, so a service on a region's
//! border appears in both regions' files.
//!
//! All regional services are also published together, each once, in [`ALL_REGIONS_FILE`]: until
//! the municipality is answered the app needs the whole country's services (to know which
//! questions could change the result), and one file compresses to a third of the region files
//! together (13.6 KB instead of 43 KB brotli on 2026-11-23), because they share keys and words.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::pack::{pack_catalogue, pack_geography, pack_name};
use super::raw::{Area, CatalogueFile, GeographyFile, Service, CATALOGUE_FORMAT};
use super::validate::Catalogue;
use crate::hours::civil::Date;

pub const GEOGRAPHY_FILE: &str = "geography.json";
pub const NATIONAL_FILE: &str = "national.json";
pub const INDEX_FILE: &str = "index.json";
/// Every regional service, each once.
pub const ALL_REGIONS_FILE: &str = "all-regions.json";

pub fn region_file(code: &str) -> String {
    format!("region-{code}.json")
}

/// One file to write, already serialised: minified JSON, or a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedFile {
    pub name: String,
    pub contents: String,
}

/// `index.json`: what the build produced, so the app knows which files exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Index {
    pub format: String,
    /// The newest `verified_on` of any record: how fresh the catalogue is at best.
    pub verified_on: Option<String>,
    pub files: Vec<IndexEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexEntry {
    pub file: String,
    /// The region's code; None for the national file.
    pub region: Option<String>,
    pub services: usize,
}

/// Where each service goes: national, or the regions (by code) it serves.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    National,
    Regions(BTreeSet<String>),
}

/// Where `service` goes, given the geography. Codes the geography does not know are ignored
/// (validation has already reported them).
pub fn placement(service: &Service, geography: &GeographyFile) -> Placement {
    let regions_of = |municipality_matches: &dyn Fn(&super::raw::Municipality) -> bool| {
        geography
            .municipalities
            .iter()
            .filter(|municipality| municipality_matches(municipality))
            .map(|municipality| municipality.region.clone())
            .collect::<BTreeSet<_>>()
    };
    match &service.eligibility.area {
        Area::WholeCountry | Area::WholeCountryExceptAland => Placement::National,
        Area::Region { code } => {
            let known = geography.regions.iter().any(|region| &region.code == code);
            Placement::Regions(if known { BTreeSet::from([code.clone()]) } else { BTreeSet::new() })
        }
        Area::EmploymentArea { code } => Placement::Regions(regions_of(&|municipality| {
            municipality.employment_area.as_ref() == Some(code)
        })),
        Area::Municipalities { codes } => {
            Placement::Regions(regions_of(&|municipality| codes.contains(&municipality.code)))
        }
    }
}

/// Every file the app ships: geography, national services, one file per region (also when
/// empty, so the app never has to guess whether a file exists), and the index.
pub fn publish(catalogue: &Catalogue) -> Vec<PublishedFile> {
    let geography = &catalogue.geography;
    let mut national = Contents::default();
    let mut all_regions = Contents::default();
    let mut regions: BTreeMap<&str, Contents> = geography
        .regions
        .iter()
        .map(|region| (region.code.as_str(), Contents::default()))
        .collect();
    for named in &catalogue.files {
        let email = named.file.maintainer_email.as_deref();
        for service in &named.file.services {
            match placement(service, geography) {
                Placement::National => national.add(service, email),
                Placement::Regions(codes) => {
                    all_regions.add(service, email);
                    for code in codes {
                        if let Some(contents) = regions.get_mut(code.as_str()) {
                            contents.add(service, email);
                        }
                    }
                }
            }
        }
    }

    let mut files = Vec::new();
    push_geography(&mut files, geography);
    let mut entries = vec![IndexEntry {
        file: NATIONAL_FILE.into(),
        region: None,
        services: national.services.len(),
    }];
    push_catalogue(&mut files, NATIONAL_FILE, &national.into_file());
    for (code, contents) in regions {
        let name = region_file(code);
        entries.push(IndexEntry {
            file: name.clone(),
            region: Some(code.to_owned()),
            services: contents.services.len(),
        });
        push_catalogue(&mut files, &name, &contents.into_file());
    }
    push_catalogue(&mut files, ALL_REGIONS_FILE, &all_regions.into_file());
    let index = Index {
        format: CATALOGUE_FORMAT.into(),
        verified_on: newest_verification(catalogue).map(|date| date.to_string()),
        files: entries,
    };
    files.push(PublishedFile { name: INDEX_FILE.into(), contents: minified(&index) });
    files
}

#[derive(Default)]
struct Contents {
    services: Vec<Service>,
    /// The maintainer addresses of the source files the services came from.
    maintainer_emails: BTreeSet<String>,
}

impl Contents {
    fn add(&mut self, service: &Service, maintainer_email: Option<&str>) {
        let mut published = service.clone();
        // Notes between maintainers (how a record was compiled) are never shown, and were a
        // third of the files' compressed size: they stay in the catalogue's sources.
        published.provenance.maintainer_note = None;
        self.services.push(published);
        self.maintainer_emails.extend(maintainer_email.map(str::to_owned));
    }

    /// The file keeps a maintainer address only when its services agree on one: a published
    /// file has one address, and a wrong one would send reports to the wrong people.
    fn into_file(self) -> CatalogueFile {
        let maintainer_email = if self.maintainer_emails.len() == 1 {
            self.maintainer_emails.into_iter().next()
        } else {
            None
        };
        CatalogueFile { format: CATALOGUE_FORMAT.into(), maintainer_email, services: self.services }
    }
}

/// The geography as JSON and as the pack the app reads.
fn push_geography(files: &mut Vec<PublishedFile>, geography: &GeographyFile) {
    files.push(PublishedFile { name: GEOGRAPHY_FILE.into(), contents: minified(geography) });
    files.push(PublishedFile {
        name: pack_name(GEOGRAPHY_FILE),
        contents: pack_geography(geography),
    });
}

/// A service file as JSON and as the pack the app reads.
fn push_catalogue(files: &mut Vec<PublishedFile>, name: &str, file: &CatalogueFile) {
    files.push(PublishedFile { name: name.into(), contents: minified(file) });
    files.push(PublishedFile { name: pack_name(name), contents: pack_catalogue(file) });
}

fn newest_verification(catalogue: &Catalogue) -> Option<Date> {
    let services = catalogue.files.iter().flat_map(|named| &named.file.services);
    std::iter::once(&catalogue.geography.provenance.verified_on)
        .chain(services.map(|service| &service.provenance.verified_on))
        .filter_map(|text| Date::parse(text).ok())
        .max()
}

fn minified(value: &impl Serialize) -> String {
    // The raw types hold only strings, numbers, lists and string-keyed maps, which always
    // serialise.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::catalogue::fixture::{catalogue_text, today, valid_service, GEOGRAPHY};
    use crate::catalogue::pack::{unpack_catalogue, unpack_geography};
    use crate::catalogue::{check, SourceFile};

    fn service(id: &str, area: Value, verified_on: &str) -> Value {
        let mut service = valid_service();
        service["id"] = json!(id);
        service["eligibility"]["area"] = area;
        service["provenance"]["verified_on"] = json!(verified_on);
        service
    }

    /// Validates the files (which must pass) and publishes them.
    fn published(files: &[(&str, String)]) -> BTreeMap<String, Value> {
        let mut sources =
            vec![SourceFile { name: "geography.json".into(), text: GEOGRAPHY.into() }];
        sources.extend(
            files
                .iter()
                .map(|(name, text)| SourceFile { name: (*name).into(), text: text.clone() }),
        );
        let checked = check(&sources, today());
        let catalogue = checked.catalogue.unwrap_or_else(|| panic!("{:#?}", checked.problems));
        publish(&catalogue)
            .into_iter()
            .filter(|file| file.name.ends_with(".json"))
            .map(|file| (file.name, serde_json::from_str(&file.contents).unwrap()))
            .collect()
    }

    fn ids(file: &Value) -> Vec<&str> {
        file["services"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect()
    }

    fn check_placement(area: Value, expected: &[&str]) {
        let files =
            published(&[("regions.json", catalogue_text(&[service("s", area, "2026-01-01")]))]);
        let found: Vec<&str> = files
            .iter()
            .filter(|(name, _)| {
                name.ends_with(".json") && *name != INDEX_FILE && *name != GEOGRAPHY_FILE
            })
            .filter(|(_, file)| ids(file).contains(&"s"))
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn national_services_go_to_the_national_file_only() {
        check_placement(json!({ "type": "whole_country" }), &["national.json"]);
        check_placement(json!({ "type": "whole_country_except_aland" }), &["national.json"]);
    }

    #[test]
    fn local_services_go_to_every_region_they_serve() {
        check_placement(
            json!({ "type": "region", "code": "21" }),
            &["all-regions.json", "region-21.json"],
        );
        check_placement(
            json!({ "type": "employment_area", "code": "39" }),
            &["all-regions.json", "region-06.json"],
        );
        // On the border: in both regions' files, and once in the file of all regions.
        check_placement(
            json!({ "type": "municipalities", "codes": ["091", "837"] }),
            &["all-regions.json", "region-01.json", "region-06.json"],
        );
    }

    #[test]
    fn every_region_has_a_file_and_the_index_lists_them() {
        let files = published(&[(
            "regions.json",
            catalogue_text(&[
                service("a", json!({ "type": "region", "code": "01" }), "2026-03-01"),
                service("b", json!({ "type": "whole_country" }), "2026-09-30"),
            ]),
        )]);
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "all-regions.json",
                "geography.json",
                "index.json",
                "national.json",
                "region-01.json",
                "region-06.json",
                "region-21.json"
            ]
        );
        assert_eq!(
            files["index.json"],
            json!({
                "format": "suunta-catalogue/1",
                "verified_on": "2026-11-23",
                "files": [
                    { "file": "national.json", "region": null, "services": 1 },
                    { "file": "region-01.json", "region": "01", "services": 1 },
                    { "file": "region-06.json", "region": "06", "services": 0 },
                    { "file": "region-21.json", "region": "21", "services": 0 },
                ]
            })
        );
        assert_eq!(files["geography.json"]["municipalities"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn published_files_read_back_as_the_raw_types() {
        let mut sources =
            vec![SourceFile { name: "geography.json".into(), text: GEOGRAPHY.into() }];
        let text = catalogue_text(&[valid_service()]);
        sources.push(SourceFile { name: "regions.json".into(), text });
        let catalogue = check(&sources, today()).catalogue.unwrap();
        for file in publish(&catalogue).into_iter().filter(|file| file.name.ends_with(".json")) {
            if file.name == GEOGRAPHY_FILE {
                let geography: GeographyFile = serde_json::from_str(&file.contents).unwrap();
                assert_eq!(geography, catalogue.geography);
            } else if file.name != INDEX_FILE {
                let services: CatalogueFile = serde_json::from_str(&file.contents).unwrap();
                let expected =
                    usize::from(matches!(file.name.as_str(), "region-01.json" | ALL_REGIONS_FILE));
                assert_eq!(services.services.len(), expected, "{}", file.name);
            }
        }
    }

    #[test]
    fn every_file_the_app_reads_has_a_pack_with_the_same_records() {
        let text = catalogue_text(&[
            service("a", json!({ "type": "region", "code": "01" }), "2026-03-01"),
            service("b", json!({ "type": "whole_country" }), "2026-09-30"),
        ]);
        let mut sources =
            vec![SourceFile { name: "geography.json".into(), text: GEOGRAPHY.into() }];
        sources.push(SourceFile { name: "regions.json".into(), text });
        let catalogue = check(&sources, today()).catalogue.unwrap();
        let files: BTreeMap<String, String> =
            publish(&catalogue).into_iter().map(|file| (file.name, file.contents)).collect();
        let packs: Vec<&String> = files.keys().filter(|name| name.ends_with(".pack.txt")).collect();
        assert_eq!(
            packs,
            [
                "all-regions.pack.txt",
                "geography.pack.txt",
                "national.pack.txt",
                "region-01.pack.txt",
                "region-06.pack.txt",
                "region-21.pack.txt"
            ]
        );
        for pack in packs {
            let json = &files[&pack.replace(".pack.txt", ".json")];
            if pack == "geography.pack.txt" {
                let from_json: GeographyFile = serde_json::from_str(json).unwrap();
                assert_eq!(unpack_geography(&files[pack]), Ok(from_json));
            } else {
                let from_json: CatalogueFile = serde_json::from_str(json).unwrap();
                assert_eq!(unpack_catalogue(&files[pack]), Ok(from_json), "{pack}");
            }
        }
    }

    #[test]
    fn maintainer_notes_stay_in_the_sources_and_are_not_shipped() {
        let mut noted = service("a", json!({ "type": "region", "code": "01" }), "2026-03-01");
        noted["provenance"]["maintainer_note"] = json!("Compiled from the registry of 2026-09");
        let files = published(&[("regions.json", catalogue_text(&[noted]))]);
        for name in ["region-01.json", "all-regions.json"] {
            let provenance = &files[name]["services"][0]["provenance"];
            assert_eq!(provenance["verified_on"], json!("2026-03-01"), "{name}");
            assert!(provenance.get("maintainer_note").is_none(), "{name}: {provenance}");
        }
    }

    #[test]
    fn the_newest_verification_counts_services_too() {
        let mut geography: Value = serde_json::from_str(GEOGRAPHY).unwrap();
        geography["provenance"]["verified_on"] = json!("2025-01-01");
        let mut sources =
            vec![SourceFile { name: "geography.json".into(), text: geography.to_string() }];
        let services =
            catalogue_text(&[service("a", json!({ "type": "whole_country" }), "2026-02-03")]);
        sources.push(SourceFile { name: "national.json".into(), text: services });
        let catalogue = check(&sources, today()).catalogue.unwrap();
        assert_eq!(newest_verification(&catalogue), Date::parse("2026-02-03").ok());
    }

    #[test]
    fn a_file_keeps_the_maintainer_address_only_when_its_sources_agree() {
        let local = |id: &str| service(id, json!({ "type": "region", "code": "01" }), "2026-01-01");
        let other_maintainer =
            catalogue_text(&[local("b")]).replace("neuvonta@opintopolku.fi", "other@example.fi");
        let files = published(&[
            ("one.json", catalogue_text(&[local("a")])),
            ("two.json", other_maintainer),
        ]);
        assert_eq!(ids(&files["region-01.json"]), ["a", "b"]);
        assert_eq!(files["region-01.json"].get("maintainer_email"), None);

        let files = published(&[("one.json", catalogue_text(&[local("a")]))]);
        assert_eq!(files["region-01.json"]["maintainer_email"], "neuvonta@opintopolku.fi");
    }
}
