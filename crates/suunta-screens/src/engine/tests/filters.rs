//! Narrowing the results with `only=`: which filters are offered, what each keeps, and never an
//! empty page without a message and a way back.

use super::harness::{card_ids, query_of, Worker};
use super::service_page::with_a_service_that_has_hours;
use crate::screen::{Body, Filter, ResultsScreen, Screen};

const VAASA_IN_SWEDISH: &str = "lang=sv&age=22&municipality=905&situation=studying\
     &needs=study,career&reach=visit&service_lang=sv&done=1";

fn results(screen: &Screen) -> &ResultsScreen {
    match &screen.body {
        Body::Results(results) => results,
        other => panic!("not results: {other:#?}"),
    }
}

fn filter<'a>(screen: &'a Screen, label: &str) -> &'a Filter {
    let filters = &results(screen).filters;
    filters.iter().find(|filter| filter.label == label).unwrap_or_else(|| panic!("{filters:#?}"))
}

fn labels(screen: &Screen) -> Vec<&str> {
    results(screen).filters.iter().map(|filter| filter.label.as_str()).collect()
}

#[test]
fn only_filters_that_would_change_the_list_are_offered() {
    let mut worker = Worker::new();
    let screen = worker.screen(VAASA_IN_SWEDISH);
    assert_eq!(
        labels(&screen),
        ["Endast per telefon eller på nätet", "Betjänar på: finska", "Betjänar på: svenska"],
        "nothing has opening hours to be open now, and nothing declares English"
    );
    assert!(results(&screen).filters.iter().all(|filter| !filter.on));
}

#[test]
fn a_filter_narrows_the_list_and_its_link_turns_it_off_again() {
    let mut worker = Worker::new();
    let all = worker.screen(VAASA_IN_SWEDISH);
    let swedish = filter(&all, "Betjänar på: svenska");
    assert_eq!(swedish.href, format!("?{VAASA_IN_SWEDISH}&only=sv"));
    let narrowed = worker.screen(query_of(&swedish.href));
    assert_eq!(card_ids(&narrowed), ["ohjaamo-vaasa"]);
    let on = filter(&narrowed, "Betjänar på: svenska");
    assert!(on.on);
    assert_eq!(on.href, format!("?{VAASA_IN_SWEDISH}"));

    let remote = worker.screen(&format!("{VAASA_IN_SWEDISH}&only=remote"));
    let ids = card_ids(&remote);
    assert!(!ids.is_empty() && !ids.contains(&"ohjaamo-vaasa"), "{ids:?}");
}

#[test]
fn filters_that_leave_nothing_say_so_and_can_be_turned_off() {
    let mut worker = Worker::new();
    let screen = worker.screen(&format!("{VAASA_IN_SWEDISH}&only=remote,sv"));
    let body = results(&screen);
    assert!(body.cards.is_empty());
    assert_eq!(
        body.message.as_deref(),
        Some(
            "Inga tjänster motsvarar avgränsningarna du valde. Ta bort en avgränsning för att se fler."
        )
    );
    let on: Vec<&str> =
        body.filters.iter().filter(|filter| filter.on).map(|filter| filter.href.as_str()).collect();
    assert_eq!(
        on,
        [format!("?{VAASA_IN_SWEDISH}&only=sv"), format!("?{VAASA_IN_SWEDISH}&only=remote")]
    );
    // A filter from a shared link that nothing passes is still shown, so it can be turned off.
    let screen = worker.screen(&format!("{VAASA_IN_SWEDISH}&only=open"));
    assert!(filter(&screen, "Endast de som är öppna nu").on);
    assert!(results(&screen).message.is_some());
}

#[test]
fn open_now_keeps_what_is_open_at_the_time_of_the_request() {
    let mut worker = Worker::new();
    worker.set_text("national.json", with_a_service_that_has_hours());
    let query = "lang=en&age=30&municipality=091&situation=working&needs=career&reach=skip\
                 &service_lang=skip&done=1";
    let all = worker.screen(query);
    assert!(card_ids(&all).len() > 1, "{:?}", card_ids(&all));
    let open_now = filter(&all, "Only open now");
    assert!(!open_now.on);
    // Tuesday at noon the test service (Mon–Thu 10–16) is open; nothing else has hours.
    assert_eq!(card_ids(&worker.screen(query_of(&open_now.href))), ["test-hours"]);
}

#[test]
fn help_right_now_is_never_narrowed() {
    let mut worker = Worker::new();
    let screen = worker.screen("lang=en&urgent=1&only=sv");
    let body = results(&screen);
    assert!(body.filters.is_empty());
    assert_eq!(body.cards[0].id, "hatanumero-112");
}
