//! A kiosk's settings (`kiosk=1`, `answers::kiosk`): carried by every link, kept by "Start
//! again", no way out of the app in any card (every contact shown with a QR code), and the
//! service point's own service marked "you are here".

use super::harness::{card, published, Worker};
use crate::screen::{Body, Screen};

const KIOSK: &str = "kiosk=1&kiosk_here=ohjaamo-helsinki&kiosk_idle=120&kiosk_text=large";
const HELSINKI_RESULTS: &str = "lang=en&age=19&municipality=091&situation=looking-for-work&needs=work&reach=skip&service_lang=skip&done=1";

fn kiosk_results(worker: &mut Worker, lang: &str) -> Screen {
    let query = HELSINKI_RESULTS.replace("lang=en", lang);
    worker.screen(&format!("{query}&{KIOSK}"))
}

#[test]
fn every_link_of_a_journey_carries_the_kiosks_settings() {
    let mut worker = Worker::new();
    let start = worker.screen(KIOSK);
    assert!(start.notes.is_empty(), "{:?}", start.notes);
    let Body::Start(start_page) = &start.body else { panic!("{start:#?}") };
    assert!(start_page.start_href.ends_with(KIOSK), "{}", start_page.start_href);
    let mut query = start_page.start_href.trim_start_matches('?').to_owned();
    for (question, input) in [("age", "19"), ("municipality", "091"), ("situation", "studying")] {
        query = worker.answer(&query, question, input);
        assert!(query.ends_with(KIOSK), "after {question}: {query}");
        let page = worker.screen(&query);
        assert!(page.notes.is_empty(), "{:?}", page.notes);
        assert!(page.chrome.help_now.href.ends_with(KIOSK), "{}", page.chrome.help_now.href);
        assert!(page.chrome.languages.iter().all(|link| link.href.ends_with(KIOSK)));
    }
    let results = kiosk_results(&mut worker, "lang=en");
    let Body::Results(body) = &results.body else { panic!("{results:#?}") };
    assert_eq!(body.start_again_href, format!("?lang=en&{KIOSK}"));
    assert!(body.cards.iter().all(|card| card.href.ends_with(KIOSK)));
}

#[test]
fn on_a_kiosk_every_contact_is_text_and_a_qr_code_and_nothing_is_a_way_out() {
    let mut worker = Worker::new();
    let results = kiosk_results(&mut worker, "lang=en");
    let Body::Results(body) = &results.body else { panic!("{results:#?}") };
    let links: Vec<_> = body
        .cards
        .iter()
        .flat_map(|card| &card.channels)
        .flat_map(|channel| &channel.links)
        .collect();
    assert!(links.len() > 5, "{links:#?}");
    for link in &links {
        let code = link.qr.as_ref().unwrap_or_else(|| panic!("no code for {link:#?}"));
        assert_eq!(code.path, crate::build::qr_code(&link.href).unwrap().path);
    }
    assert!(links.iter().any(|link| link.href.starts_with("https:")));
    assert!(body.cards.iter().all(|card| card.report.is_none()));
    // The helplines after "Help right now": phone numbers, as text and code too.
    let urgent = worker.screen("lang=en&urgent=1&kiosk=1");
    let Body::Results(urgent) = &urgent.body else { panic!("{urgent:#?}") };
    let phones: Vec<_> = urgent
        .cards
        .iter()
        .flat_map(|card| &card.channels)
        .flat_map(|channel| &channel.links)
        .filter(|link| link.href.starts_with("tel:"))
        .collect();
    assert!(!phones.is_empty());
    assert!(phones.iter().all(|link| link.qr.is_some()), "{phones:#?}");

    // Off the kiosk the same page has plain links.
    let plain = worker.screen(HELSINKI_RESULTS);
    let Body::Results(body) = &plain.body else { panic!("{plain:#?}") };
    assert!(body
        .cards
        .iter()
        .flat_map(|card| &card.channels)
        .all(|c| c.links.iter().all(|link| link.qr.is_none())));
}

#[test]
fn the_service_points_own_service_says_you_are_here_in_each_language() {
    let mut worker = Worker::new();
    for (lang, said) in [
        ("lang=fi", "Olet täällä – kysy lisää tiskiltä"),
        ("lang=sv", "Du är här – fråga mer vid disken"),
        ("lang=en", "You are here – ask at the desk"),
    ] {
        let results = kiosk_results(&mut worker, lang);
        assert_eq!(card(&results, "ohjaamo-helsinki").here.as_deref(), Some(said), "{lang}");
        let Body::Results(body) = &results.body else { panic!("{results:#?}") };
        let marked: Vec<_> = body.cards.iter().filter(|card| card.here.is_some()).collect();
        assert_eq!(marked.len(), 1, "{lang}");
    }
    // The service's own page says it too.
    let page = worker.screen(&format!("{HELSINKI_RESULTS}&service=ohjaamo-helsinki&{KIOSK}"));
    let Body::Service(service) = &page.body else { panic!("{page:#?}") };
    assert_eq!(service.card.here.as_deref(), Some("You are here – ask at the desk"));
    // Without kiosk=1 the setting means nothing.
    let off = worker.screen(&format!("{HELSINKI_RESULTS}&kiosk_here=ohjaamo-helsinki"));
    assert_eq!(card(&off, "ohjaamo-helsinki").here, None);
    assert!(published().contains_key("region-01.json"));
}

#[test]
fn a_bad_kiosk_setting_is_noted_and_the_kiosk_still_runs() {
    let mut worker = Worker::new();
    let start = worker.screen("lang=en&kiosk=1&kiosk_idle=5");
    assert_eq!(start.notes.len(), 1, "{:?}", start.notes);
    assert!(start.notes[0].contains("kiosk idle time"), "{:?}", start.notes);
    let Body::Start(start_page) = &start.body else { panic!("{start:#?}") };
    assert_eq!(start_page.start_href, "?lang=en&edit=age&kiosk=1");
}
