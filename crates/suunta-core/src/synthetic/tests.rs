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

#[test]
fn the_published_service_file_decodes_as_the_worker_decodes_it() {
    let geography = geography();
    let json = published::service_file(300, &geography);
    assert_eq!(published::service_file(300, &geography), json, "deterministic");
    let file: crate::catalogue::raw::CatalogueFile =
        serde_json::from_str(&json).expect("the published synthetic file decodes");
    assert_eq!(file.format, crate::catalogue::raw::CATALOGUE_FORMAT);
    let expected = published::worded(catalogue(300, &geography));
    assert_eq!(file.services.len(), expected.len());
    for (decoded, built) in file.services.iter().zip(&expected) {
        assert_eq!(decoded.id, built.id);
        assert_eq!(decoded.name, built.name);
        assert_eq!(decoded.summary, built.summary);
        assert_eq!(decoded.channels.len(), built.channels.len());
        assert_eq!(decoded.provenance, built.provenance);
    }
}

#[test]
fn worded_services_are_about_as_long_as_real_published_ones() {
    // A real published service is about 2.3 KB of JSON (2026-11-23); the bare matching
    // catalogue is far smaller, so decoding it would flatter the figures.
    let geography = geography();
    let bare = serde_json::to_string(&catalogue(1_000, &geography)).unwrap().len() / 1_000;
    let worded = published::service_file(1_000, &geography).len() / 1_000;
    assert!(bare < 1_000, "bare {bare} bytes a service");
    assert!((1_900..=2_800).contains(&worded), "worded {worded} bytes a service");
}

#[test]
fn wording_keeps_what_matching_reads() {
    let geography = geography();
    let bare = catalogue(300, &geography);
    for (worded, bare) in published::worded(bare.clone()).iter().zip(&bare) {
        assert_eq!(worded.id, bare.id);
        assert_eq!(worded.kind, bare.kind);
        assert_eq!(worded.needs, bare.needs);
        assert_eq!(worded.eligibility, bare.eligibility);
        assert_eq!(worded.provenance.status, bare.provenance.status);
        assert!(worded.name.fi.as_deref().unwrap_or("").starts_with(&bare.id));
    }
}
