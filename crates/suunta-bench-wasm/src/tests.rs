//! The exports as the runners use them, natively. Writing into a buffer would need an `unsafe`
//! pointer write here, so the tests that need real bytes go through `MatchingBench` and
//! `DecodingBench` directly.

use super::*;

const GEOGRAPHY: &str = include_str!("../../../catalogue/geography.json");

#[test]
fn a_buffer_from_alloc_is_taken_back_once_with_its_exact_length() {
    let address = alloc(3);
    assert_eq!(input::take(address, 4), None, "wrong length");
    assert_eq!(input::take(address, 3), Some(vec![0, 0, 0]));
    assert_eq!(input::take(address, 3), None, "already taken");
    assert_eq!(input::take(std::ptr::null(), 0), None, "never allocated");
}

#[test]
fn prepare_refuses_a_buffer_alloc_never_gave() {
    assert_eq!(prepare(std::ptr::null_mut(), 10, 300), u32::MAX);
}

#[test]
fn prepare_refuses_bytes_that_are_not_a_geography_file() {
    let address = alloc(2);
    assert_eq!(prepare(address, 2, 300), u32::MAX, "two zero bytes are not JSON");
    assert!(MatchingBench::new(b"{\"format\": 1}", 300).is_err());
}

#[test]
fn run_gives_nothing_before_prepare_or_past_the_last_query() {
    assert_eq!(run(0), 0, "nothing prepared on this test's thread");
    let bench = MatchingBench::new(GEOGRAPHY.as_bytes(), 300).expect("the real geography reads");
    assert_eq!(bench.run(query_count() as usize), None);
}

#[test]
fn every_query_gives_a_stable_checksum_and_the_queries_differ() {
    let bench = MatchingBench::new(GEOGRAPHY.as_bytes(), 300).expect("the real geography reads");
    assert_eq!(bench.service_count(), 300);
    let checksums: Vec<u32> =
        (0..query_count() as usize).map(|query| bench.run(query).unwrap_or(0)).collect();
    for (query, checksum) in checksums.iter().enumerate() {
        assert_ne!(*checksum, 0, "query {query}");
        assert_eq!(bench.run(query), Some(*checksum), "query {query} is not deterministic");
    }
    let mut distinct = checksums.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), checksums.len(), "{checksums:?}");
}

#[test]
fn the_catalogue_grows_with_the_size_asked_for() {
    for size in [0, 300, 3_000] {
        let bench = MatchingBench::new(GEOGRAPHY.as_bytes(), size).expect("geography reads");
        assert_eq!(bench.service_count(), size);
    }
}

#[test]
fn decoding_gives_nothing_before_prepare_or_past_the_last_case() {
    assert_eq!(run_decoding(0), 0, "nothing prepared on this test's thread");
    assert_eq!(decoding_json_len(), 0);
    assert!(decoding_json_ptr().is_null());
    let bench = DecodingBench::new(GEOGRAPHY.as_bytes(), 300).expect("the real geography reads");
    assert_eq!(bench.run(decoding_case_count() as usize), None);
}

#[test]
fn prepare_decoding_refuses_what_prepare_refuses() {
    assert_eq!(prepare_decoding(std::ptr::null_mut(), 10, 300), u32::MAX);
    let address = alloc(2);
    assert_eq!(prepare_decoding(address, 2, 300), u32::MAX, "two zero bytes are not JSON");
    assert!(DecodingBench::new(b"{\"format\": 1}", 300).is_err());
}

#[test]
fn every_decoding_case_gives_a_stable_checksum_and_the_cases_differ() {
    let bench = DecodingBench::new(GEOGRAPHY.as_bytes(), 300).expect("the real geography reads");
    assert_eq!(bench.service_count(), 300);
    let checksums: Vec<u32> =
        (0..decoding_case_count() as usize).map(|case| bench.run(case).unwrap_or(0)).collect();
    for (case, checksum) in checksums.iter().enumerate() {
        assert_ne!(*checksum, 0, "case {case}");
        assert_eq!(bench.run(case), Some(*checksum), "case {case} is not deterministic");
    }
    assert_ne!(checksums[0], checksums[1]);
}

#[test]
fn the_decoded_file_is_the_published_synthetic_catalogue() {
    use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
    let geography: GeographyFile = serde_json::from_str(GEOGRAPHY).expect("geography reads");
    let expected = suunta_core::synthetic::published::service_file(
        3_000,
        &suunta_core::geography::Geography::new(geography),
    );
    let bench = DecodingBench::new(GEOGRAPHY.as_bytes(), 3_000).expect("geography reads");
    assert_eq!(bench.service_json(), expected, "the same file as the native benchmark");
    let file: CatalogueFile = serde_json::from_str(bench.service_json()).expect("decodes");
    assert_eq!(file.services.len(), 3_000);
}
