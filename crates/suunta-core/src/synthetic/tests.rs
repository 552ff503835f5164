use super::workload::{NOW, QUERIES};
use super::*;
use crate::answers::parse;
use crate::catalogue::raw::{GeographyFile, GEOGRAPHY_FORMAT};
use crate::hours::LocalDateTime;
use crate::matching::fixture::geography;

fn empty_geography() -> Geography {
    Geography::new(GeographyFile {
        format: GEOGRAPHY_FORMAT.to_owned(),
        provenance: Provenance {
            sources: Vec::new(),
            source_date: String::new(),
            verified_on: String::new(),
            status: Status::Active,
            alert: Text::default(),
            maintainer_note: None,
        },
        regions: Vec::new(),
        employment_areas: Vec::new(),
        municipalities: Vec::new(),
    })
}

#[test]
fn the_same_size_gives_the_same_catalogue_and_another_size_another() {
    let geography = geography();
    let first = catalogue(300, &geography);
    assert_eq!(first.len(), 300);
    assert_eq!(catalogue(300, &geography), first);
    let other = catalogue(301, &geography);
    assert_eq!(other.len(), 301);
    assert_ne!(other[..300], first[..], "each size seeds its own sequence");
}

#[test]
fn every_service_is_marked_synthetic_and_unique() {
    let services = catalogue(1_000, &geography());
    assert!(services.iter().all(|service| service.id.starts_with("synthetic-")));
    let mut ids: Vec<&str> = services.iter().map(|service| service.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), services.len());
}

#[test]
fn services_are_placed_only_in_municipalities_the_geography_knows() {
    let geography = geography();
    for service in catalogue(1_000, &geography) {
        if let Area::Municipalities { codes } = &service.eligibility.area {
            for code in codes {
                assert!(geography.municipality(code).is_some(), "{} in unknown {code}", service.id);
            }
        }
    }
}

#[test]
fn a_geography_without_municipalities_gives_an_empty_catalogue_not_a_panic() {
    assert_eq!(catalogue(300, &empty_geography()), Vec::new());
    assert_eq!(catalogue(0, &geography()), Vec::new());
}

#[test]
fn the_workload_queries_and_moment_are_all_readable() {
    for query in QUERIES {
        let (_, notes) = parse(query);
        assert_eq!(notes, Vec::new(), "{query}");
    }
    assert!(LocalDateTime::parse(NOW).is_ok());
}
