//! Each kind of request: Show, Answer (accepted and refused), Suggest, Locate, and the notes
//! about a link's parts that were left out.

use suunta_core::lang::Lang;

use super::harness::{query_of, request, screen_of, Worker};
use crate::message::{Answer, Ask, Suggestion};
use crate::screen::{Body, Choice, Input};
use crate::wire;

fn suggestions(worker: &mut Worker, query: &str, text: &str) -> Vec<Suggestion> {
    match worker.serve(&request(query, Ask::Suggest { text: text.to_owned() })).answer {
        Answer::Suggestions(found) => found,
        other => panic!("{other:#?}"),
    }
}

fn selected(choices: &[Choice]) -> Vec<&str> {
    choices.iter().filter(|choice| choice.selected).map(|choice| choice.value.as_str()).collect()
}

#[test]
fn the_start_page_opens_the_first_question_and_keeps_the_language() {
    let mut worker = Worker::new();
    let start = worker.screen("lang=sv");
    assert_eq!(start.lang, Lang::Sv);
    assert_eq!(start.heading, "Så här fungerar Suunta");
    assert_eq!(start.title, "Hitta rätt ställe att fråga om råd – Suunta");
    let Body::Start(body) = &start.body else { panic!("{start:#?}") };
    assert_eq!(body.start_href, "?lang=sv&edit=age");
    assert_eq!(start.chrome.help_now.href, "?lang=sv&urgent=1");
    let current: Vec<_> =
        start.chrome.languages.iter().filter(|link| link.current).map(|link| link.lang).collect();
    assert_eq!(current, [Lang::Sv]);
}

#[test]
fn the_first_question_has_its_hint_progress_and_back_to_the_start() {
    let mut worker = Worker::new();
    let page = worker.screen("edit=age");
    assert_eq!(page.lang, Lang::Fi, "Finnish when the link names no language");
    assert_eq!(page.heading, "Kuinka vanha olet?");
    assert_eq!(page.title, "Kuinka vanha olet? – Suunta");
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    assert_eq!(question.question, "age");
    assert_eq!(question.hint, "Kirjoita ikäsi vuosina, esimerkiksi 19.");
    assert_eq!(question.back_href, "./");
    assert_eq!(question.problem, None);
    let Input::Age { value, not_sure } = &question.input else { panic!("{question:#?}") };
    assert_eq!(value, "");
    assert_eq!((not_sure.value.as_str(), not_sure.label.as_str()), ("skip", "En halua kertoa"));
    assert!(question
        .progress
        .as_deref()
        .is_some_and(|progress| progress.starts_with("Kysymys 1/")));
}

#[test]
fn changing_an_answer_shows_it_filled_in() {
    let mut worker = Worker::new();
    let page = worker.screen("lang=en&age=19&municipality=905&needs=work,study&edit=municipality");
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    let Input::Municipality { value, not_sure } = &question.input else { panic!("{question:#?}") };
    assert_eq!(value, "Vaasa");
    assert!(!not_sure.selected);

    let page = worker.screen("lang=sv&age=19&municipality=905&needs=work,study&edit=needs");
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    let Input::AnyOf(choices) = &question.input else { panic!("{question:#?}") };
    assert_eq!(selected(choices), ["work", "study"]);
    assert_eq!(choices.last().map(|choice| choice.value.as_str()), Some("unsure"));

    let page = worker.screen("age=skip&edit=age");
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    let Input::Age { value, not_sure } = &question.input else { panic!("{question:#?}") };
    assert_eq!((value.as_str(), not_sure.selected), ("", true));
}

#[test]
fn an_accepted_answer_goes_to_the_next_query() {
    let mut worker = Worker::new();
    assert_eq!(worker.answer("lang=en&edit=age", "age", " 19 "), "lang=en&age=19");
    assert_eq!(worker.answer("lang=en&edit=age", "age", "skip"), "lang=en&age=skip");
    assert_eq!(
        worker.answer("lang=en&age=19", "municipality", "helsingfors"),
        "lang=en&age=19&municipality=091"
    );
}

#[test]
fn a_refused_answer_keeps_what_was_typed_and_says_what_is_wrong() {
    let mut worker = Worker::new();
    let ask = Ask::Answer { question: "age".into(), input: "nineteen".into() };
    let page = screen_of(worker.serve(&request("lang=en&edit=age", ask)));
    assert_eq!(page.heading, "How old are you?");
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    assert_eq!(question.problem.as_deref(), Some("Write your age in numbers, for example 19."));
    let Input::Age { value, .. } = &question.input else { panic!("{question:#?}") };
    assert_eq!(value, "nineteen");

    let ask = Ask::Answer { question: "municipality".into(), input: "Atlantis".into() };
    let page = screen_of(worker.serve(&request("lang=sv&age=19", ask)));
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    assert_eq!(
        question.problem.as_deref(),
        Some("Vi hittade inte den här kommunen. Välj en kommun i listan.")
    );
    let Input::Municipality { value, .. } = &question.input else { panic!("{question:#?}") };
    assert_eq!(value, "Atlantis");

    let ask = Ask::Answer { question: "needs".into(), input: String::new() };
    let page = screen_of(worker.serve(&request("age=19&municipality=091&situation=working", ask)));
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    assert_eq!(question.problem.as_deref(), Some("Valitse vaihtoehto tai ”En osaa sanoa”."));
    let Input::AnyOf(choices) = &question.input else { panic!("{question:#?}") };
    assert_eq!(selected(choices), Vec::<&str>::new());
}

#[test]
fn suggestions_match_either_official_name_without_accents() {
    let mut worker = Worker::new();
    let found = suggestions(&mut worker, "edit=municipality", "jyvaskyla");
    assert_eq!(found[0].code, "179");
    assert_eq!(found[0].label, "Jyväskylä");

    let found = suggestions(&mut worker, "edit=municipality", "VASA");
    assert_eq!(
        found[0],
        Suggestion { code: "905".into(), label: "Vaasa – Vasa".into(), value: "Vaasa".into() }
    );
    let found = suggestions(&mut worker, "lang=sv&edit=municipality", "vaasa");
    assert_eq!(found[0].label, "Vasa – Vaasa");
    assert_eq!(found[0].value, "Vasa");
    let found = suggestions(&mut worker, "edit=municipality", "mariehamn");
    assert_eq!(found[0].label, "Maarianhamina - Mariehamn", "the other name is already in it");

    assert_eq!(suggestions(&mut worker, "edit=municipality", "a").len(), 8, "at most eight");
    assert_eq!(suggestions(&mut worker, "edit=municipality", "  "), []);
    assert_eq!(suggestions(&mut worker, "edit=municipality", "zzzz"), []);
}

#[test]
fn a_suggestions_value_is_an_answer_the_question_accepts() {
    let mut worker = Worker::new();
    for (lang, typed) in [("fi", "vasa"), ("sv", "vaasa"), ("en", "borga")] {
        let query = format!("lang={lang}&age=19");
        let chosen = suggestions(&mut worker, &query, typed).remove(0);
        let next = worker.answer(&query, "municipality", &chosen.value);
        assert!(next.ends_with(&format!("municipality={}", chosen.code)), "{next}");
    }
}

#[test]
fn location_gives_the_nearest_municipality_centre_in_the_readers_language() {
    let mut worker = Worker::new();
    // Near Helsinki's centre (Senate Square).
    let ask = Ask::Locate { latitude: 60.1695, longitude: 24.9527 };
    let located = |worker: &mut Worker, query: &str| match worker
        .serve(&request(query, ask.clone()))
        .answer
    {
        Answer::Located { name } => name,
        other => panic!("{other:#?}"),
    };
    assert_eq!(located(&mut worker, "age=19"), "Helsinki");
    assert_eq!(located(&mut worker, "lang=sv&age=19"), "Helsingfors");
    // Far north, in Utsjoki.
    let ask = Ask::Locate { latitude: 69.9, longitude: 27.0 };
    match worker.serve(&request("age=19", ask)).answer {
        Answer::Located { name } => assert_eq!(name, "Utsjoki"),
        other => panic!("{other:#?}"),
    }
}

#[test]
fn an_unknown_municipality_is_dropped_with_a_polite_note() {
    let mut worker = Worker::new();
    let page = worker.screen("lang=en&age=19&municipality=999");
    assert_eq!(
        page.notes,
        ["We didn't understand \"999\" for municipality, so we left it out. You can answer again."]
    );
    let Body::Question(question) = &page.body else { panic!("{page:#?}") };
    assert_eq!(question.question, "municipality");
    // Links from this page no longer carry the unknown code.
    assert_eq!(page.chrome.help_now.href, "?lang=en&urgent=1&age=19");

    // With nothing else answered it is the start page, with the note.
    let page = worker.screen("municipality=999&colour=blue");
    assert!(matches!(page.body, Body::Start(_)), "{page:#?}");
    assert_eq!(page.notes.len(), 2, "{:?}", page.notes);
}

#[test]
fn the_summary_lists_each_answer_in_words_with_a_change_link() {
    let mut worker = Worker::new();
    let page = worker.screen(
        "lang=en&age=19&municipality=091&situation=looking-for-work&needs=work,unsure&reach=skip&service_lang=sv",
    );
    assert_eq!(page.heading, "Check your answers");
    let Body::Summary(summary) = &page.body else { panic!("{page:#?}") };
    let rows: Vec<(&str, &str)> =
        summary.rows.iter().map(|row| (row.question.as_str(), row.answer.as_str())).collect();
    assert!(rows.contains(&("How old are you?", "19")), "{rows:?}");
    assert!(rows.contains(&("Which municipality do you live in?", "Helsinki")), "{rows:?}");
    assert!(
        rows.contains(&(
            "What do you need help with? You can choose several.",
            "Finding work, I don't know what help I need"
        )),
        "{rows:?}"
    );
    let age = &summary.rows[0];
    assert_eq!(query_of(&age.change_href).split('&').next_back(), Some("edit=age"));
    assert!(summary.results_href.ends_with("&done=1"), "{}", summary.results_href);
    assert_eq!(summary.start_again_href, "?lang=en");
}

#[test]
fn a_real_results_screen_survives_the_wire() {
    let mut worker = Worker::new();
    let response = worker.serve(&request(
        "lang=sv&age=19&municipality=091&situation=looking-for-work&needs=work,wellbeing&reach=visit&service_lang=sv&done=1",
        Ask::Show,
    ));
    let Answer::Screen(screen) = &response.answer else { panic!("{response:#?}") };
    assert!(matches!(screen.body, Body::Results(_)));
    let text = wire::encode(&response);
    assert_eq!(wire::decode(&text), Ok(response));
}

#[test]
fn a_qr_code_is_answered_at_once_without_any_file() {
    let mut worker = Worker::new();
    let address = "https://suunta.example/?lang=fi&age=19&municipality=091&needs=work&done=1";
    let response = worker.serve(&request("age=19", Ask::Qr { text: address.to_owned() }));
    let Answer::Qr(Some(code)) = &response.answer else { panic!("{response:#?}") };
    assert!(code.size >= 21 && code.path.starts_with("M0 0h7"), "{code:?}");
    assert!(worker.fetched.is_empty(), "{:?}", worker.fetched);
    let too_long = worker.serve(&request("", Ask::Qr { text: "x".repeat(5_000) }));
    assert_eq!(too_long.answer, Answer::Qr(None));
}
