//! Search ranking on the shipped catalogue, by named cases (issue 10): an exact name, a prefix,
//! diacritics, a typo, a Swedish name, no match.

use std::fs;
use std::path::Path;

use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile, Service};
use suunta_core::geography::Geography;
use suunta_core::search::SearchIndex;

struct Catalogue {
    services: Vec<Service>,
    geography: Geography,
}

fn catalogue() -> Catalogue {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue");
    let read = |path: &Path| {
        fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let geography: GeographyFile =
        serde_json::from_str(&read(&dir.join("geography.json"))).unwrap();
    let mut paths: Vec<_> = fs::read_dir(dir.join("regions"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths.insert(0, dir.join("national.json"));
    let services = paths
        .iter()
        .flat_map(|path| serde_json::from_str::<CatalogueFile>(&read(path)).unwrap().services)
        .collect();
    Catalogue { services, geography: Geography::new(geography) }
}

/// The ids found for `query`, best first.
fn found(catalogue: &Catalogue, index: &SearchIndex, query: &str) -> Vec<String> {
    index.search(query).into_iter().map(|hit| catalogue.services[hit.service].id.clone()).collect()
}

fn setup() -> (Catalogue, SearchIndex) {
    let catalogue = catalogue();
    let index = SearchIndex::new(&catalogue.services, &catalogue.geography);
    (catalogue, index)
}

#[test]
fn an_exact_name_comes_first() {
    let (catalogue, index) = setup();
    assert_eq!(found(&catalogue, &index, "Ohjaamo Porvoo")[0], "ohjaamo-porvoo");
    assert_eq!(found(&catalogue, &index, "Tampereen Ohjaamo")[0], "ohjaamo-tampere");
}

#[test]
fn the_start_of_a_word_finds_it() {
    let (catalogue, index) = setup();
    let hits = found(&catalogue, &index, "ohjaamo tamp");
    assert_eq!(hits[0], "ohjaamo-tampere");
    let hits = found(&catalogue, &index, "työmark");
    assert_eq!(hits[0], "tyomarkkinatori");
}

#[test]
fn diacritics_and_case_do_not_matter() {
    let (catalogue, index) = setup();
    for query in ["jyvaskyla ohjaamo", "JYVÄSKYLÄ Ohjaamo", "Jyväskylä ohjaamo"] {
        assert_eq!(found(&catalogue, &index, query)[0], "ohjaamo-jyvaskyla", "{query}");
    }
    // The employment area of Jyväskylä is found too, below the Ohjaamo of that name.
    let hits = found(&catalogue, &index, "jyvaskyla");
    assert!(hits.contains(&"employment-area-09".to_owned()), "{hits:?}");
}

#[test]
fn a_small_typo_still_finds_it() {
    let (catalogue, index) = setup();
    assert_eq!(found(&catalogue, &index, "ohjamo tampere")[0], "ohjaamo-tampere");
    assert_eq!(
        found(&catalogue, &index, "ohjaamo tmapere")[0],
        "ohjaamo-tampere",
        "two letters swapped"
    );
}

#[test]
fn a_swedish_name_finds_the_service() {
    let (catalogue, index) = setup();
    assert_eq!(found(&catalogue, &index, "navigatorn vasa")[0], "ohjaamo-vaasa");
    assert_eq!(found(&catalogue, &index, "navigatorn borgå")[0], "ohjaamo-porvoo");
    // The Swedish place name alone finds the services there.
    assert!(found(&catalogue, &index, "tammerfors").contains(&"ohjaamo-tampere".to_owned()));
}

#[test]
fn nothing_matches_nonsense_and_every_word_must_match() {
    let (catalogue, index) = setup();
    assert!(found(&catalogue, &index, "xqzv").is_empty());
    assert!(found(&catalogue, &index, "").is_empty());
    assert!(found(&catalogue, &index, "   ").is_empty());
    // Both words must match: an Ohjaamo in a place with none is no hit.
    assert!(found(&catalogue, &index, "ohjaamo xqzv").is_empty());
}

#[test]
fn a_need_finds_services_for_it_and_places_rank_a_local_one_first() {
    let (catalogue, index) = setup();
    let hits = found(&catalogue, &index, "kriisi");
    assert!(hits.contains(&"mieli-kriisipuhelin".to_owned()), "{hits:?}");
    let hits = found(&catalogue, &index, "ohjaamo helsinki");
    assert_eq!(hits[0], "ohjaamo-helsinki");
}
