//! The catalogue the app ships (`catalogue/` at the repository root): it validates, it holds
//! every record of the reference data it was bootstrapped from, and nobody anywhere in Finland
//! is left without a service for any need (national services count).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use suunta_core::catalogue::raw::{
    Area, CatalogueFile, GeographyFile, Need, Service, ServiceKind, CATALOGUE_FORMAT,
    GEOGRAPHY_FORMAT,
};
use suunta_core::catalogue::{check, SourceFile};
use suunta_core::geography::{Geography, ALAND_REGION_CODE};
use suunta_core::hours::civil::Date;

/// The day the shipped records were last checked against their sources.
const VERIFIED_ON: &str = "2026-11-23";

/// One record per row of the reference data's `national_services.csv`.
const NATIONAL_SERVICE_IDS: [&str; 14] = [
    "ohjaamot-fi",
    "tyomarkkinatori",
    "opintopolku",
    "osaamispolku",
    "suomi-fi-guidance-directory",
    "sekasin-chat",
    "mll-lasten-ja-nuorten-puhelin",
    "mll-nuortennetti-chat",
    "mieli-kriisipuhelin",
    "nollalinja",
    "apuu-chat",
    "netari",
    "ensi-ja-turvakotien-chat",
    "hatanumero-112",
];

fn catalogue_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue")
}

/// The shipped files as (name, text): geography first, then national, then the region files by
/// name.
fn shipped_files() -> Vec<(String, String)> {
    let dir = catalogue_dir();
    let mut region_files: Vec<PathBuf> = fs::read_dir(dir.join("regions"))
        .expect("catalogue/regions is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    region_files.sort();
    let mut paths = vec![dir.join("geography.json"), dir.join("national.json")];
    paths.extend(region_files);
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&dir)
                .map(|relative| format!("catalogue/{}", relative.display()))
                .unwrap_or_else(|_| path.display().to_string());
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            (name, text)
        })
        .collect()
}

struct Shipped {
    geography: GeographyFile,
    /// By file name (`national.json`, `regions/01.json`, ...).
    files: BTreeMap<String, CatalogueFile>,
}

impl Shipped {
    fn load() -> Shipped {
        let mut files = shipped_files().into_iter();
        let (geography_name, geography_text) = files.next().expect("the geography file");
        let geography: GeographyFile = serde_json::from_str(&geography_text)
            .unwrap_or_else(|error| panic!("{geography_name}: {error}"));
        let files = files
            .map(|(name, text)| {
                let file: CatalogueFile =
                    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
                (name.trim_start_matches("catalogue/").to_owned(), file)
            })
            .collect();
        Shipped { geography, files }
    }

    fn services(&self) -> Vec<&Service> {
        self.files.values().flat_map(|file| &file.services).collect()
    }
}

/// Every (municipality code, need) that no service in `services` covers, by municipality code
/// then need.
fn coverage_gaps(geography: &Geography, services: &[&Service]) -> Vec<(String, Need)> {
    let mut gaps = Vec::new();
    for municipality in geography.municipalities() {
        for need in Need::ALL {
            let covered = services.iter().any(|service| {
                service.needs.contains(&need)
                    && geography.area_includes(&service.eligibility.area, &municipality.code)
            });
            if !covered {
                gaps.push((municipality.code.clone(), need));
            }
        }
    }
    gaps
}

/// Ids used more than once, sorted.
fn duplicate_ids<'a>(services: impl IntoIterator<Item = &'a Service>) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for service in services {
        *counts.entry(service.id.as_str()).or_default() += 1;
    }
    counts.into_iter().filter(|(_, count)| *count > 1).map(|(id, _)| id.to_owned()).collect()
}

fn ids_of(services: &[&Service], kind: ServiceKind) -> Vec<String> {
    services.iter().filter(|s| s.kind == kind).map(|s| s.id.clone()).collect()
}

#[test]
fn the_shipped_catalogue_validates_without_errors() {
    let today = Date::parse(VERIFIED_ON).expect("a valid date");
    let sources: Vec<SourceFile> =
        shipped_files().into_iter().map(|(name, text)| SourceFile { name, text }).collect();
    let checked = check(&sources, today);
    let errors: Vec<String> =
        checked.problems.iter().filter(|p| p.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "validation errors:\n{}", errors.join("\n"));
    assert!(checked.catalogue.is_some());
}

#[test]
fn every_file_decodes_and_declares_its_format() {
    let shipped = Shipped::load();
    assert_eq!(shipped.geography.format, GEOGRAPHY_FORMAT);
    assert!(shipped.files.contains_key("national.json"));
    for (name, file) in &shipped.files {
        assert_eq!(file.format, CATALOGUE_FORMAT, "{name}");
    }
}

#[test]
fn the_geography_has_every_municipality_region_and_employment_area() {
    let geography = Shipped::load().geography;
    assert_eq!(geography.municipalities.len(), 308);
    assert_eq!(geography.regions.len(), 19);
    assert_eq!(geography.employment_areas.len(), 45);
    // Statistics Finland's code 46 "Ahvenanmaa" is not one of the 45 areas.
    assert!(geography.employment_areas.iter().all(|area| area.code != "46"));
    for municipality in &geography.municipalities {
        let on_aland = municipality.region == ALAND_REGION_CODE;
        assert_eq!(municipality.employment_area.is_none(), on_aland, "{}", municipality.code);
    }
}

#[test]
fn there_is_one_region_file_per_region_named_by_its_code() {
    let shipped = Shipped::load();
    let region_codes: Vec<&str> =
        shipped.geography.regions.iter().map(|r| r.code.as_str()).collect();
    let region_files: Vec<&str> = shipped
        .files
        .keys()
        .filter_map(|name| name.strip_prefix("regions/")?.strip_suffix(".json"))
        .collect();
    assert_eq!(region_files, region_codes);
}

#[test]
fn the_catalogue_holds_every_reference_record() {
    let shipped = Shipped::load();
    let services = shipped.services();
    assert_eq!(ids_of(&services, ServiceKind::Ohjaamo).len(), 31);

    let mut employment_areas: Vec<String> = services
        .iter()
        .filter_map(|service| match &service.eligibility.area {
            Area::EmploymentArea { code } if service.kind == ServiceKind::Employment => {
                Some(code.clone())
            }
            _ => None,
        })
        .collect();
    employment_areas.sort();
    let expected: Vec<String> =
        shipped.geography.employment_areas.iter().map(|a| a.code.clone()).collect();
    assert_eq!(employment_areas, expected, "one employment record per area");

    let national = &shipped.files["national.json"].services;
    for id in NATIONAL_SERVICE_IDS {
        assert!(national.iter().any(|service| service.id == id), "national.json lacks {id}");
    }
}

#[test]
fn ids_are_unique_across_all_files() {
    let shipped = Shipped::load();
    assert_eq!(duplicate_ids(shipped.services()), Vec::<String>::new());

    let national = &shipped.files["national.json"].services;
    let doubled = national.iter().chain(national.iter().take(1));
    assert_eq!(duplicate_ids(doubled), vec![national[0].id.clone()]);
}

#[test]
fn every_municipality_has_a_service_for_every_need() {
    let shipped = Shipped::load();
    let geography = Geography::new(shipped.geography.clone());
    assert_eq!(coverage_gaps(&geography, &shipped.services()), vec![]);
}

#[test]
fn without_its_own_authority_aland_has_no_employment_service() {
    let shipped = Shipped::load();
    let geography = Geography::new(shipped.geography.clone());
    let without_ams: Vec<&Service> =
        shipped.services().into_iter().filter(|service| service.id != "ams-aland").collect();
    let work_gaps: Vec<String> = coverage_gaps(&geography, &without_ams)
        .into_iter()
        .filter(|(_, need)| *need == Need::Work)
        .map(|(code, _)| code)
        .collect();
    let aland: Vec<String> = geography
        .municipalities()
        .iter()
        .filter(|m| m.region == ALAND_REGION_CODE)
        .map(|m| m.code.clone())
        .collect();
    assert_eq!(aland.len(), 16);
    assert_eq!(work_gaps, aland);
}

#[test]
fn aland_routes_work_to_its_own_authority_not_to_a_mainland_area() {
    let shipped = Shipped::load();
    let geography = Geography::new(shipped.geography.clone());
    let services = shipped.services();
    let work_services_for = |code: &str| -> Vec<String> {
        services
            .iter()
            .filter(|s| s.needs.contains(&Need::Work))
            .filter(|s| geography.area_includes(&s.eligibility.area, code))
            .map(|s| s.id.clone())
            .collect()
    };
    assert_eq!(work_services_for("478"), vec!["ams-aland"]);
    let helsinki = work_services_for("091");
    assert!(helsinki.contains(&"employment-area-08".to_owned()), "{helsinki:?}");
    assert!(helsinki.contains(&"tyomarkkinatori".to_owned()), "{helsinki:?}");
    assert!(!helsinki.contains(&"ams-aland".to_owned()), "{helsinki:?}");
}

#[test]
fn every_record_carries_its_sources_and_the_verification_date() {
    for service in Shipped::load().services() {
        assert!(!service.provenance.sources.is_empty(), "{}", service.id);
        assert!(!service.provenance.source_date.trim().is_empty(), "{}", service.id);
        assert_eq!(service.provenance.verified_on, VERIFIED_ON, "{}", service.id);
    }
}

/// The app reads packs, the rest of the world the JSON: every published pack must hold exactly
/// the records of its JSON file (the coordinates' compact form included).
#[test]
fn every_published_pack_reads_back_as_its_json_file() {
    use suunta_core::catalogue::pack::{pack_name, unpack_catalogue, unpack_geography};
    use suunta_core::catalogue::publish::{publish, GEOGRAPHY_FILE, INDEX_FILE};

    let sources: Vec<SourceFile> =
        shipped_files().into_iter().map(|(name, text)| SourceFile { name, text }).collect();
    let catalogue = check(&sources, Date::parse(VERIFIED_ON).unwrap()).catalogue.unwrap();
    let published: BTreeMap<String, String> =
        publish(&catalogue).into_iter().map(|file| (file.name, file.contents)).collect();
    let json_files: Vec<&String> =
        published.keys().filter(|name| name.ends_with(".json") && *name != INDEX_FILE).collect();
    assert!(json_files.len() > 20, "{json_files:?}");
    for name in json_files {
        let pack = &published[&pack_name(name)];
        if name == GEOGRAPHY_FILE {
            let json: GeographyFile = serde_json::from_str(&published[name]).unwrap();
            assert_eq!(unpack_geography(pack).as_ref(), Ok(&json));
        } else {
            let json: CatalogueFile = serde_json::from_str(&published[name]).unwrap();
            assert_eq!(unpack_catalogue(pack).as_ref(), Ok(&json), "{name}");
        }
    }
}
