//! A service's own page: opened from a card, everything the catalogue knows, hours tables, and
//! Back to where it was opened from.

use serde_json::{json, Value};

use super::harness::{card, published, query_of, Worker};
use crate::screen::{Body, Screen, ServiceScreen};

const HELSINKI_RESULTS: &str = "lang=en&age=19&municipality=091&situation=looking-for-work\
     &needs=work&reach=visit&service_lang=fi&done=1";

fn service_page(screen: &Screen) -> &ServiceScreen {
    match &screen.body {
        Body::Service(page) => page,
        other => panic!("not a service page: {other:#?}"),
    }
}

fn section<'a>(page: &'a ServiceScreen, heading: &str) -> Vec<&'a str> {
    page.sections
        .iter()
        .find(|section| section.heading == heading)
        .unwrap_or_else(|| panic!("no {heading}: {:#?}", page.sections))
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.text.as_str())
        .collect()
}

#[test]
fn a_card_opens_the_services_page_and_back_returns_to_the_results() {
    let mut worker = Worker::new();
    let results = worker.screen(HELSINKI_RESULTS);
    let ohjaamo = card(&results, "ohjaamo-helsinki").clone();
    let screen = worker.screen(query_of(&ohjaamo.href));
    assert_eq!(screen.heading, "Ohjaamo Helsinki");
    assert_eq!(screen.title, "Ohjaamo Helsinki – Suunta");
    let page = service_page(&screen);
    assert_eq!(page.back_href, format!("?{HELSINKI_RESULTS}"));
    assert_eq!(page.card.reasons, ohjaamo.reasons, "the same reasons as on the results");
    assert_eq!(
        section(page, "Who it is for"),
        ["For ages 15 to 29", "For Helsinki residents aged 15–29."]
    );
    // The language links keep the page; help right now leaves it.
    assert!(screen.chrome.languages[0].href.ends_with("&service=ohjaamo-helsinki"));
    assert!(!screen.chrome.help_now.href.contains("service="));
    // A visit channel with a street has directions on a map, opened only when tapped.
    let visit = page.card.channels.iter().find(|channel| channel.kind == "visit").unwrap();
    let map = visit.links.iter().find(|link| link.kind == "map").expect("a map link");
    assert_eq!(map.text, "Show on a map");
    assert_eq!(
        map.href,
        "https://www.openstreetmap.org/search?query=Kamppi%2C%20Fredrikinkatu%2048%2C%20Helsinki"
    );
}

#[test]
fn a_service_page_in_swedish_has_what_the_catalogue_says() {
    let mut worker = Worker::new();
    let screen = worker.screen("lang=sv&urgent=1&service=tyomarkkinatori");
    let page = service_page(&screen);
    assert_eq!(screen.heading, "Jobbmarknaden");
    assert_eq!(
        section(page, "Vad som händer när du tar kontakt"),
        ["Anmäl dig som arbetssökande på Jobbmarknaden. Sysselsättningsområdet kontaktar dig och \
          gör upp en jobbsökningsplan med dig. Kontaktuppgifterna finns på Jobbmarknaden."]
    );
    assert_eq!(section(page, "För vem"), ["På Åland anmäler man sig som arbetssökande hos AMS."]);
    assert_eq!(page.back_href, "?lang=sv&urgent=1");
    assert!(page.hours.is_empty(), "no structured hours in the catalogue");
}

#[test]
fn an_unknown_service_is_dropped_with_a_note_and_the_page_behind_it_shown() {
    let mut worker = Worker::new();
    let screen = worker.screen(&format!("{HELSINKI_RESULTS}&service=closed-long-ago"));
    assert_eq!(
        screen.notes,
        ["We didn't understand \"closed-long-ago\" for service, so we left it out. You can answer again."]
    );
    assert!(matches!(screen.body, Body::Results(_)), "{screen:#?}");
    // A service of another region than the person's is not loaded, so not known either.
    let screen = worker.screen(&format!("{HELSINKI_RESULTS}&service=ohjaamo-oulu"));
    assert_eq!(screen.notes.len(), 1);
}

/// The national file with one more service that has every kind of hours.
pub fn with_a_service_that_has_hours() -> String {
    let mut national: Value = serde_json::from_str(&published()["national.json"]).unwrap();
    let service = json!({
        "id": "test-hours",
        "kind": "career",
        "name": { "fi": "Testipalvelu", "sv": "Testtjänst", "en": "Test service" },
        "needs": ["career"],
        "eligibility": { "min_age": 16, "area": { "type": "whole_country" } },
        "channels": [{
            "id": "visit",
            "kind": "visit",
            "address": {
                "street": { "fi": "Testikatu 1" },
                "municipality": "091",
                "coordinates": { "lat": 60.1689, "lon": 24.9318 }
            },
            "accessibility": { "en": "Step-free entrance from the yard." },
            "hours": {
                "weekly": [
                    { "days": ["mon", "tue", "wed", "thu"], "from": "10:00", "to": "16:00" },
                    { "days": ["fri"], "from": "10:00", "to": "12:00" },
                    { "days": ["fri"], "from": "13:00", "to": "15:00" }
                ],
                "open_on_public_holidays": false,
                "exceptions": [
                    { "from": "2026-12-23", "intervals": [{ "from": "10:00", "to": "13:00" }],
                      "note": { "en": "Short day before Christmas." } },
                    { "from": "2026-12-28", "to": "2026-12-30", "closed": true }
                ],
                "sessions": [
                    { "days": ["tue"], "from": "12:00", "to": "15:00",
                      "who": { "fi": "Työllisyysasiantuntija", "en": "Employment expert" } }
                ]
            }
        }],
        "provenance": {
            "sources": ["https://example.fi/test"],
            "source_date": "2026",
            "verified_on": "2026-11-01"
        }
    });
    national["services"].as_array_mut().unwrap().push(service);
    national.to_string()
}

#[test]
fn each_channel_has_its_week_and_the_days_ahead_that_differ() {
    let mut worker = Worker::new();
    worker.set_text("national.json", with_a_service_that_has_hours());
    // Tuesday 24 November 2026 at noon: the Christmas days are within sixty days.
    let screen = worker.screen("lang=en&urgent=1&service=test-hours");
    let page = service_page(&screen);
    assert_eq!(page.hours.len(), 1);
    let table = &page.hours[0];
    assert_eq!(table.caption, "Visiting address: Testikatu 1");
    let week: Vec<(&str, &str)> =
        table.week.iter().map(|(day, hours)| (day.as_str(), hours.as_str())).collect();
    assert_eq!(
        week,
        [
            ("Monday", "10:00–16:00"),
            ("Tuesday", "10:00–16:00"),
            ("Wednesday", "10:00–16:00"),
            ("Thursday", "10:00–16:00"),
            ("Friday", "10:00–12:00, 13:00–15:00"),
            ("Saturday", "closed"),
            ("Sunday", "closed"),
        ]
    );
    // Independence Day (6 December) is a Sunday in 2026: closed anyway, so not listed.
    let exceptions: Vec<(&str, &str)> =
        table.exceptions.iter().map(|(when, what)| (when.as_str(), what.as_str())).collect();
    assert_eq!(
        exceptions,
        [
            ("23 December 2026", "10:00–13:00 (Short day before Christmas)"),
            ("24 December 2026", "closed (Christmas Eve)"),
            ("25 December 2026", "closed (Christmas Day)"),
            ("28 December 2026 – 30 December 2026", "closed"),
            ("1 January 2027", "closed (New Year's Day)"),
            ("6 January 2027", "closed (Epiphany)"),
        ]
    );
    assert_eq!(section(page, "Who it is for"), ["For ages 16 and over"]);
    assert_eq!(section(page, "Accessibility"), ["Step-free entrance from the yard."]);
    assert_eq!(section(page, "Who is there when"), ["Tuesday 12:00–15:00: Employment expert"]);
    let visit = &page.card.channels[0];
    assert_eq!(visit.status.as_deref(), Some("Open until 16:00"));
    assert_eq!(
        visit.links[0].href, "https://www.openstreetmap.org/search?query=60.1689%2C24.9318",
        "a known entrance is found by its point"
    );
}
