use suunta_core::answers::parse;
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};

use super::*;

fn geography() -> Geography {
    let file: GeographyFile =
        serde_json::from_str(include_str!("../../catalogue/geography.json")).unwrap();
    Geography::new(file)
}

fn services(json: &str) -> Vec<Service> {
    serde_json::from_str::<CatalogueFile>(json).unwrap().services
}

fn national() -> Vec<Service> {
    services(include_str!("../../catalogue/national.json"))
}

fn uusimaa() -> Vec<Service> {
    services(include_str!("../../catalogue/regions/01.json"))
}

fn answers(query: &str) -> Answers {
    parse(query).0
}

fn store_with_geography() -> Store {
    let mut store = Store::default();
    store.add_geography(geography());
    store
}

fn check_needed(query: &str, expected: &[&str]) {
    assert_eq!(store_with_geography().files_needed(&answers(query)), expected, "{query}");
}

#[test]
fn a_known_municipality_needs_only_its_region() {
    check_needed("age=19&municipality=091", &["national.json", "region-01.json"]);
    check_needed("municipality=478", &["national.json", "region-21.json"]);
}

#[test]
fn not_saying_the_municipality_or_asking_for_urgent_help_needs_only_national_services() {
    check_needed("municipality=skip", &["national.json"]);
    check_needed("urgent=1", &["national.json"]);
    check_needed("urgent=1&age=19", &["national.json"]);
}

#[test]
fn before_the_municipality_is_answered_every_region_is_needed() {
    let store = store_with_geography();
    let needed = store.files_needed(&answers("age=19"));
    assert_eq!(needed.len(), 1 + geography().regions().len());
    assert!(needed.contains(&"region-19.json".to_owned()));
}

#[test]
fn without_the_geography_only_the_national_file_is_known_to_be_needed() {
    let store = Store::default();
    assert_eq!(store.files_needed(&answers("municipality=091")), ["national.json"]);
    assert_eq!(
        store.requests(&answers("")),
        Requests { geography: true, files: vec!["national.json".into()] }
    );
}

#[test]
fn a_file_is_requested_once_until_a_failure_is_retried() {
    let mut store = store_with_geography();
    let person = answers("municipality=091");
    let first = store.requests(&person);
    assert_eq!(first.files, ["national.json", "region-01.json"]);
    assert!(!first.geography);
    store.mark_requested(&first);
    assert_eq!(store.requests(&person), Requests::default());

    store.add_file("national.json".into(), national());
    store.fail(LoadError { file: "region-01.json".into(), detail: "HTTP 500".into() });
    assert_eq!(store.error().map(|error| error.file.as_str()), Some("region-01.json"));
    assert_eq!(store.requests(&person), Requests::default(), "nothing is fetched until Retry");

    store.retry();
    assert_eq!(store.error(), None);
    assert_eq!(store.requests(&person).files, ["region-01.json"]);
}

#[test]
fn the_catalogue_waits_for_every_needed_file() {
    let mut store = store_with_geography();
    let person = answers("age=19&municipality=091");
    store.add_file("national.json".into(), national());
    assert!(store.catalogue(&person).is_none());

    store.add_file("region-01.json".into(), uusimaa());
    let catalogue = store.catalogue(&person).expect("both files are here");
    assert_eq!(catalogue.services.len(), national().len() + uusimaa().len());
    assert!(catalogue.services.iter().any(|service| service.id == "ohjaamo-helsinki"));
}

#[test]
fn a_service_in_two_files_is_listed_once() {
    let mut store = store_with_geography();
    let person = answers("municipality=skip");
    let mut doubled = national();
    doubled.extend(national());
    store.add_file("national.json".into(), doubled);
    let catalogue = store.catalogue(&person).unwrap();
    assert_eq!(catalogue.services.len(), national().len());
}
