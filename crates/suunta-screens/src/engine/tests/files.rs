//! Which files each stage fetches, and what a failed or corrupt file does.

use super::harness::{published, request, screen_of, Fate, Worker};
use crate::message::Ask;
use crate::screen::Body;

#[test]
fn the_start_page_needs_no_file_but_starts_fetching_what_the_first_question_needs() {
    let mut worker = Worker::new();
    let show = request("", Ask::Show);
    // With nothing answered the municipality is not known: every region could matter, and all
    // of them come in one file, so nothing waits for the geography first.
    let first = worker.engine.files_to_fetch(&show);
    assert_eq!(first, ["geography.json", "national.json", "all-regions.json"]);
    let start = screen_of(worker.engine.respond(&show).expect("the start page at once"));
    assert!(matches!(start.body, Body::Start(_)), "{start:#?}");
    worker.deliver("geography.json");
    assert_eq!(worker.engine.files_to_fetch(&show), Vec::<String>::new());
}

#[test]
fn after_the_first_questions_no_region_file_is_fetched() {
    let mut worker = Worker::new();
    let first = worker.screen("edit=age");
    assert!(matches!(first.body, Body::Question(_)), "{first:#?}");
    assert_eq!(worker.fetched, ["geography.json", "national.json", "all-regions.json"]);
    // The region's share of every regional service is its file's content: nothing more to fetch.
    worker.screen("age=19&municipality=091");
    worker.screen("age=19&municipality=905&needs=work&done=1");
    assert_eq!(worker.fetched.len(), 3, "{:?}", worker.fetched);
}

#[test]
fn a_journey_and_a_shared_link_to_the_same_page_show_the_same_thing() {
    // Municipalities in regions with several services, on a border, in Åland, and small ones.
    let pages = [
        "age=19&municipality=091",
        "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi",
        "age=24&municipality=837&needs=study,unsure&done=1",
        "age=45&municipality=179&situation=looking-for-work&needs=work&done=1",
        "lang=sv&age=22&municipality=905&needs=work,study&service_lang=sv&done=1",
        "lang=sv&age=30&municipality=478&needs=wellbeing&done=1",
        "age=17&municipality=047&needs=everyday&done=1",
        "age=19&municipality=091&needs=work&done=1&only=open",
    ];
    for page in pages {
        let mut journey = Worker::new();
        journey.screen("edit=age");
        let walked = journey.screen(page);
        let mut shared = Worker::new();
        let opened = shared.screen(page);
        assert!(shared.fetched.iter().any(|file| file.starts_with("region-")), "{page}");
        assert!(!journey.fetched.iter().any(|file| file.starts_with("region-")), "{page}");
        assert_eq!(walked, opened, "{page}");
    }
}

#[test]
fn a_shared_link_with_a_municipality_fetches_only_its_region() {
    let mut worker = Worker::new();
    worker.screen("age=19&municipality=091&needs=work&done=1");
    assert_eq!(worker.fetched, ["geography.json", "national.json", "region-01.json"]);
}

#[test]
fn help_right_now_does_not_wait_for_the_whole_country() {
    let mut worker = Worker::new();
    worker.screen("urgent=1");
    assert_eq!(worker.fetched, ["geography.json", "national.json"]);
}

#[test]
fn suggestions_and_location_need_only_the_geography() {
    let mut worker = Worker::new();
    worker.serve(&request("edit=municipality", Ask::Suggest { text: "hel".into() }));
    worker.serve(&request("edit=municipality", Ask::Locate { latitude: 60.17, longitude: 24.94 }));
    assert_eq!(worker.fetched, ["geography.json"]);
}

#[test]
fn a_file_is_fetched_once_and_nothing_is_answered_while_it_is_on_its_way() {
    let mut worker = Worker::new();
    let show = request("age=19&municipality=091", Ask::Show);
    assert_eq!(worker.engine.files_to_fetch(&show), ["geography.json", "national.json"]);
    assert_eq!(worker.engine.files_to_fetch(&show), Vec::<String>::new(), "already on their way");
    assert_eq!(worker.engine.respond(&show), None);
    worker.deliver("geography.json");
    assert_eq!(worker.engine.respond(&show), None, "national and the region are still missing");
    assert_eq!(worker.engine.files_to_fetch(&show), ["region-01.json"]);
    worker.deliver("national.json");
    worker.deliver("region-01.json");
    let screen = screen_of(worker.engine.respond(&show).expect("all files are here"));
    assert!(matches!(screen.body, Body::Question(_)), "{screen:#?}");
    // Another page of the same region needs nothing more.
    let later = request("age=19&municipality=091&situation=working", Ask::Show);
    assert_eq!(worker.engine.files_to_fetch(&later), Vec::<String>::new());
}

#[test]
fn a_failed_file_shows_failed_until_try_again_fetches_it_again() {
    let mut worker = Worker::new();
    worker.set_fate("region-01.json", Fate::Fails);
    let query = "lang=en&age=19&municipality=091";
    let failed = worker.screen(query);
    let Body::Failed(body) = &failed.body else { panic!("{failed:#?}") };
    assert_eq!(body.message, "Check your connection and try again. Your answers are kept.");
    assert_eq!(failed.heading, "The services could not be loaded");
    assert_eq!(failed.title, "The services could not be loaded – Suunta");

    // Without "Try again" the failure stands and nothing is fetched again.
    let before = worker.fetched.len();
    assert!(matches!(worker.screen(query).body, Body::Failed(_)));
    assert_eq!(worker.fetched.len(), before);

    worker.set_fate("region-01.json", Fate::Arrives);
    let retried = screen_of(worker.serve(&request(query, Ask::Retry)));
    assert_eq!(worker.fetched[before..], ["region-01.json".to_owned()]);
    assert!(matches!(retried.body, Body::Question(_)), "{retried:#?}");
}

#[test]
fn a_corrupt_file_shows_failed_in_the_readers_language() {
    let mut worker = Worker::new();
    worker.set_fate("national.json", Fate::ArrivesCorrupt);
    let failed = worker.screen("lang=sv&urgent=1");
    let Body::Failed(body) = &failed.body else { panic!("{failed:#?}") };
    assert!(body.message.starts_with("Tjänsteuppgifterna kom fram men kunde inte läsas"));
    assert_eq!(failed.lang, suunta_core::lang::Lang::Sv);
    // The chrome still works: help right now and the language links.
    assert_eq!(failed.chrome.help_now.href, "?lang=sv&urgent=1");

    worker.set_fate("national.json", Fate::Arrives);
    let retried = screen_of(worker.serve(&request("lang=sv&urgent=1", Ask::Retry)));
    assert!(matches!(retried.body, Body::Results(_)), "{retried:#?}");
}

#[test]
fn a_failed_geography_fails_suggestions_too_rather_than_leaving_them_waiting() {
    let mut worker = Worker::new();
    worker.set_fate("geography.json", Fate::Fails);
    let response = worker.serve(&request("edit=municipality", Ask::Suggest { text: "es".into() }));
    assert!(matches!(screen_of(response).body, Body::Failed(_)));
}

#[test]
fn a_regions_share_of_the_file_of_all_regions_is_exactly_its_own_file() {
    use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
    use suunta_core::geography::Geography;

    let files = published();
    let geography =
        Geography::new(serde_json::from_str::<GeographyFile>(&files["geography.json"]).unwrap());
    let all: CatalogueFile = serde_json::from_str(&files["all-regions.json"]).unwrap();
    let ids = |services: &[&suunta_core::catalogue::raw::Service]| -> Vec<String> {
        services.iter().map(|service| service.id.clone()).collect()
    };
    for region in geography.regions() {
        let own: CatalogueFile =
            serde_json::from_str(&files[&format!("region-{}.json", region.code)]).unwrap();
        let share: Vec<_> = all
            .services
            .iter()
            .filter(|service| crate::build::serves_region(&geography, service, &region.code))
            .collect();
        assert_eq!(ids(&share), ids(&own.services.iter().collect::<Vec<_>>()), "{}", region.code);
    }
}
