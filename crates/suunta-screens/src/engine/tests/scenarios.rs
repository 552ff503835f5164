//! Issue 4's named scenarios, walked like a person would: from the start page through every
//! question the engine asks, following the queries it answers with, to the results.

use std::collections::BTreeMap;

use super::harness::{card_ids, query_of, Worker};
use crate::screen::{Body, Screen};

/// Walks from the start page, answering each question asked with `inputs` (by question id),
/// through the summary to the results. Returns the questions asked, in order, and the results.
fn walk(lang: &str, inputs: &[(&str, &str)]) -> (Vec<String>, Screen) {
    let inputs: BTreeMap<&str, &str> = inputs.iter().copied().collect();
    let mut worker = Worker::new();
    let start = worker.screen(&format!("lang={lang}"));
    let Body::Start(body) = &start.body else { panic!("{start:#?}") };
    let mut query = query_of(&body.start_href).to_owned();
    let mut asked = Vec::new();
    for _ in 0..20 {
        let screen = worker.screen(&query);
        match &screen.body {
            Body::Question(question) => {
                let input = inputs.get(question.question.as_str()).unwrap_or_else(|| {
                    panic!("{} was asked but the scenario has no answer", question.question)
                });
                asked.push(question.question.clone());
                query = worker.answer(&query, &question.question, input);
            }
            Body::Summary(summary) => query = query_of(&summary.results_href).to_owned(),
            Body::Results(_) => return (asked, screen),
            other => panic!("unexpected page on {query}: {other:#?}"),
        }
    }
    panic!("the walk did not reach the results")
}

fn reasons_of<'a>(screen: &'a Screen, id: &str) -> Vec<&'a str> {
    let Body::Results(results) = &screen.body else { panic!("{screen:#?}") };
    let card = results.cards.iter().find(|card| card.id == id).unwrap_or_else(|| {
        panic!("{id} is not listed: {:?}", card_ids(screen));
    });
    card.reasons.iter().map(String::as_str).collect()
}

fn message(screen: &Screen) -> Option<&str> {
    let Body::Results(results) = &screen.body else { panic!("{screen:#?}") };
    results.message.as_deref()
}

const EVERY_QUESTION: [&str; 6] =
    ["age", "municipality", "situation", "needs", "reach", "service_lang"];

#[test]
fn a_19_year_old_in_a_city_with_an_ohjaamo_who_wants_work() {
    let (asked, results) = walk(
        "en",
        &[
            ("age", "19"),
            ("municipality", "Helsinki"),
            ("situation", "looking-for-work"),
            ("needs", "work"),
            ("reach", "visit"),
            ("service_lang", "fi"),
        ],
    );
    assert_eq!(asked, EVERY_QUESTION);
    assert_eq!(results.heading, "Services for you");
    assert_eq!(card_ids(&results), ["employment-area-08", "ohjaamo-helsinki", "tyomarkkinatori"]);
    assert!(reasons_of(&results, "employment-area-08")
        .contains(&"Your own employment area's services for jobseekers"));
    assert!(reasons_of(&results, "ohjaamo-helsinki")
        .contains(&"A place to visit in your own municipality"));
    assert_eq!(message(&results), None, "an exact local fit needs no note");
}

#[test]
fn a_45_year_old_looking_for_work() {
    let (_, results) = walk(
        "en",
        &[
            ("age", "45"),
            ("municipality", "Tampere"),
            ("situation", "looking-for-work"),
            ("needs", "work"),
            ("reach", "skip"),
            ("service_lang", "skip"),
        ],
    );
    let ids = card_ids(&results);
    assert_eq!(ids[0], "employment-area-39", "the own employment area first: {ids:?}");
    assert!(!ids.iter().any(|id| id.starts_with("ohjaamo")), "no Ohjaamo at 45: {ids:?}");
}

#[test]
fn a_30_year_old_at_an_ohjaamo_whose_limit_is_29() {
    let answers = |municipality| {
        [
            ("age", "30"),
            ("municipality", municipality),
            ("situation", "neither"),
            ("needs", "work,study"),
            ("reach", "skip"),
            ("service_lang", "skip"),
        ]
    };
    let (_, helsinki) = walk("en", &answers("091"));
    assert!(!card_ids(&helsinki).contains(&"ohjaamo-helsinki"), "{:?}", card_ids(&helsinki));
    // Loviisa's Ohjaamo serves up to 30 (inclusive), so there it is listed.
    let (_, loviisa) = walk("en", &answers("434"));
    assert!(card_ids(&loviisa).contains(&"ohjaamo-loviisa"), "{:?}", card_ids(&loviisa));
}

#[test]
fn a_swedish_speaker_in_a_bilingual_town() {
    let (_, results) = walk(
        "sv",
        &[
            ("age", "22"),
            ("municipality", "Vasa"),
            ("situation", "studying"),
            ("needs", "study,career"),
            ("reach", "visit"),
            ("service_lang", "sv"),
        ],
    );
    assert_eq!(results.lang, suunta_core::lang::Lang::Sv);
    assert_eq!(results.heading, "Tjänster som passar dig");
    assert_eq!(card_ids(&results)[0], "ohjaamo-vaasa");
    let reasons = reasons_of(&results, "ohjaamo-vaasa");
    assert!(reasons.contains(&"Betjänar på: svenska"), "{reasons:?}");
    assert!(reasons.contains(&"Besöksställe i din egen kommun"), "{reasons:?}");
}

#[test]
fn a_person_in_a_small_municipality_far_from_any_ohjaamo() {
    let (asked, results) = walk(
        "en",
        &[
            ("age", "24"),
            ("municipality", "Utsjoki"),
            ("situation", "neither"),
            ("needs", "unsure"),
            ("reach", "skip"),
            ("service_lang", "skip"),
        ],
    );
    assert!(asked.starts_with(&["age".to_owned(), "municipality".to_owned()]), "{asked:?}");
    let ids = card_ids(&results);
    assert!(!ids.is_empty() && !ids.iter().any(|id| id.starts_with("ohjaamo-")), "{ids:?}");
    assert_eq!(
        message(&results),
        Some(
            "We found no local service for this in your municipality. These national services \
             help everywhere in Finland."
        )
    );
}

#[test]
fn someone_who_answers_not_sure_to_everything_still_gets_results() {
    let not_sure = EVERY_QUESTION
        .map(|question| (question, if question == "needs" { "unsure" } else { "skip" }));
    let (asked, results) = walk("fi", &not_sure);
    assert_eq!(asked[..2], ["age", "municipality"]);
    let ids = card_ids(&results);
    assert!(ids.contains(&"ohjaamot-fi") && ids.contains(&"sekasin-chat"), "{ids:?}");
}

#[test]
fn someone_who_needs_help_now_gets_the_urgent_services_from_any_page() {
    let mut worker = Worker::new();
    let question = worker.screen("lang=en&age=19&edit=municipality");
    let urgent = worker.screen(query_of(&question.chrome.help_now.href));
    assert_eq!(urgent.heading, "Do you need help right now?");
    let Body::Results(results) = &urgent.body else { panic!("{urgent:#?}") };
    assert!(results.urgent);
    assert_eq!(
        results.message.as_deref(),
        Some("You can contact these right away. In an emergency, call 112.")
    );
    assert_eq!(results.cards[0].id, "hatanumero-112");
    let call = &results.cards[0].channels[0].links[0];
    assert_eq!((call.kind.as_str(), call.href.as_str()), ("phone", "tel:112"));
    assert_eq!(results.cards[1].id, "mieli-kriisipuhelin");
    // Back leaves "help right now" for the page the person was on.
    assert_eq!(results.change_href, "?lang=en&age=19");
}
