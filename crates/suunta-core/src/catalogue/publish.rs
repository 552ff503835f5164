//! Which service goes into which of the files the app ships, and those files' contents.
//!
//! The app downloads the geography, the national services and only the region files it needs,
//! so a phone on a slow connection does not fetch the whole country. A service is *national*
//! when it serves the whole country (with or without Åland); every other service goes into the
//! file of each region where it serves at least one municipality, so a service on a region's
//! border appears in both regions' files.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::raw::{Area, CatalogueFile, GeographyFile, Service, CATALOGUE_FORMAT};
use super::validate::Catalogue;
use crate::hours::civil::Date;

pub const GEOGRAPHY_FILE: &str = "geography.json";
pub const NATIONAL_FILE: &str = "national.json";
pub const INDEX_FILE: &str = "index.json";

pub fn region_file(code: &str) -> String {
    format!("region-{code}.json")
}

/// One file to write, already serialised (minified).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedFile {
    pub name: String,
    pub json: String,
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
                    for code in codes {
                        if let Some(contents) = regions.get_mut(code.as_str()) {
                            contents.add(service, email);
                        }
                    }
                }
            }
        }
    }

    let mut files = vec![PublishedFile { name: GEOGRAPHY_FILE.into(), json: minified(geography) }];
    let mut entries = vec![IndexEntry {
        file: NATIONAL_FILE.into(),
        region: None,
        services: national.services.len(),
    }];
    files.push(PublishedFile { name: NATIONAL_FILE.into(), json: minified(&national.into_file()) });
    for (code, contents) in regions {
        let name = region_file(code);
        entries.push(IndexEntry {
            file: name.clone(),
            region: Some(code.to_owned()),
            services: contents.services.len(),
        });
        files.push(PublishedFile { name, json: minified(&contents.into_file()) });
    }
    let index = Index {
        format: CATALOGUE_FORMAT.into(),
        verified_on: newest_verification(catalogue).map(|date| date.to_string()),
        files: entries,
    };
    files.push(PublishedFile { name: INDEX_FILE.into(), json: minified(&index) });
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
        self.services.push(service.clone());
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
