//! An embed's choices (`embed.js`, `answers::embed`): carried by every link, kept by "Start
//! again", and what a preset municipality or region changes in the files and suggestions.

use super::harness::{request, Worker};
use crate::build;
use crate::message::{Answer, Ask};
use crate::screen::Body;

const HOST: &str = "embed=https://www.kunta.fi&audience=young&accent=0b4f8a&compact=1";

#[test]
fn every_link_of_a_journey_carries_the_hosts_choices() {
    let mut worker = Worker::new();
    let start = worker.screen(HOST);
    let Body::Start(start_page) = &start.body else { panic!("{start:#?}") };
    assert!(start_page.start_href.ends_with(HOST), "{}", start_page.start_href);
    let mut query = start_page.start_href.trim_start_matches('?').to_owned();
    for (question, input) in
        [("age", "19"), ("municipality", "091"), ("situation", "studying"), ("needs", "study")]
    {
        query = worker.answer(&query, question, input);
        assert!(query.ends_with(HOST), "after {question}: {query}");
        let page = worker.screen(&query);
        assert!(page.notes.is_empty(), "{:?}", page.notes);
        assert!(page.chrome.help_now.href.ends_with(HOST), "{}", page.chrome.help_now.href);
        for link in &page.chrome.languages {
            assert!(link.href.ends_with(HOST), "{}", link.href);
        }
    }
}

#[test]
fn a_preset_municipality_downloads_only_its_regions_file_and_starts_at_the_start_page() {
    let mut worker = Worker::new();
    let start = worker.screen("preset_municipality=091&embed=https://www.hel.fi");
    assert!(matches!(start.body, Body::Start(_)), "{start:#?}");
    let Body::Start(start_page) = &start.body else { unreachable!() };
    let query = start_page.start_href.trim_start_matches('?').to_owned();
    assert_eq!(query, "municipality=091&edit=age&embed=https://www.hel.fi&preset_municipality=091");
    let next = worker.answer(&query, "age", "19");
    assert!(!next.contains("edit=municipality"), "{next}");
    let page = worker.screen(&next);
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    assert!(!matches!(question.input, crate::screen::Input::Municipality { .. }), "{question:#?}");
    assert_eq!(worker.fetched, ["geography.json", "national.json", "region-01.json"]);
}

#[test]
fn on_a_regions_site_its_municipalities_are_suggested_first() {
    let mut worker = Worker::new();
    worker.screen("edit=municipality");
    let geography = worker.engine.store.geography().expect("the geography").clone();
    let region_of = |code: &str| geography.municipality(code).expect("known").region.clone();
    let plain = build::suggestions(&geography, "ka", suunta_core::lang::Lang::Fi, None);
    let preset = suunta_core::answers::embed::RegionCode::parse("13").unwrap();
    let first = build::suggestions(&geography, "ka", suunta_core::lang::Lang::Fi, Some(&preset));
    assert_eq!(first.len(), 8);
    assert_ne!(plain, first, "the preset changes the order for this prefix");
    let in_region: Vec<bool> = first.iter().map(|s| region_of(&s.code) == "13").collect();
    assert!(in_region[0], "{first:?}");
    assert!(in_region.windows(2).all(|pair| pair[0] >= pair[1]), "region first: {in_region:?}");
    // The rest of the country is still found.
    let far =
        build::suggestions(&geography, "helsinki", suunta_core::lang::Lang::Fi, Some(&preset));
    assert_eq!(far[0].code, "091");
    // And through the worker, from the query.
    let response = worker
        .serve(&request("edit=municipality&preset_region=13", Ask::Suggest { text: "ka".into() }));
    let Answer::Suggestions(through) = response.answer else { panic!("{response:#?}") };
    assert_eq!(through, first);
}
