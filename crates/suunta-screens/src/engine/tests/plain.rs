//! Plain Finnish (selkosuomi, `plain=1`): the questionnaire's plain texts, kept by every link
//! and by "Start again", and nothing changed for a Swedish or English page.

use super::harness::Worker;
use crate::screen::{Body, Input};

fn option_labels(input: &Input) -> Vec<String> {
    match input {
        Input::OneOf(choices) | Input::AnyOf(choices) => {
            choices.iter().map(|choice| choice.label.clone()).collect()
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_question_in_plain_finnish_has_plain_title_hint_options_and_progress() {
    let mut worker = Worker::new();
    let standard = worker.screen("lang=fi&age=19&municipality=091&edit=needs");
    let plain = worker.screen("lang=fi&plain=1&age=19&municipality=091&edit=needs");
    assert_eq!(standard.heading, "Mihin tarvitset apua? Voit valita useita.");
    assert_eq!(plain.heading, "Missä asiassa tarvitset apua?");
    let (Body::Question(standard), Body::Question(plain)) = (&standard.body, &plain.body) else {
        panic!("question pages")
    };
    assert_eq!(plain.hint, "Voit valita monta asiaa.");
    assert_eq!(option_labels(&plain.input)[0], "Haluan löytää työn");
    assert_eq!(option_labels(&standard.input)[0], "Työn löytäminen");
    // A text without a plain version is the standard one.
    assert_eq!(option_labels(&plain.input).last().unwrap(), "En tiedä, mitä apua tarvitsen");
    assert_ne!(plain.progress, standard.progress);
    assert!(plain.back_href.contains("plain=1"), "{}", plain.back_href);
}

#[test]
fn plain_finnish_is_kept_by_every_link_and_by_start_again() {
    let mut worker = Worker::new();
    let start = worker.screen("lang=fi&plain=1");
    let Body::Start(start_page) = &start.body else { panic!("{start:#?}") };
    let mut query = start_page.start_href.trim_start_matches('?').to_owned();
    assert!(query.contains("plain=1"), "{query}");
    for (question, input) in [("age", "19"), ("municipality", "091"), ("situation", "studying")] {
        query = worker.answer(&query, question, input);
        assert!(query.contains("plain=1"), "after {question}: {query}");
        let page = worker.screen(&query);
        assert!(page.notes.is_empty(), "{:?}", page.notes);
        assert!(page.chrome.help_now.href.contains("plain=1"));
    }
    let summary = worker.screen(
        &format!("{query}&needs=work&reach=skip&service_lang=skip").replace("&edit=needs", ""),
    );
    assert_eq!(summary.heading, "Tarkista vastaukset");
    let Body::Summary(summary) = &summary.body else { panic!("{summary:#?}") };
    assert_eq!(summary.start_again_href, "?lang=fi&plain=1");
}

#[test]
fn swedish_and_english_pages_are_unchanged_by_plain() {
    let mut worker = Worker::new();
    for lang in ["sv", "en"] {
        let standard = worker.screen(&format!("lang={lang}&age=19&edit=situation"));
        let plain = worker.screen(&format!("lang={lang}&plain=1&age=19&edit=situation"));
        assert_eq!(plain.heading, standard.heading);
        assert_eq!(plain.body.clone(), {
            let mut body = standard.body.clone();
            if let Body::Question(question) = &mut body {
                question.back_href = question.back_href.replacen(
                    &format!("lang={lang}"),
                    &format!("lang={lang}&plain=1"),
                    1,
                );
            }
            body
        });
        let current: Vec<(bool, bool)> =
            plain.chrome.languages.iter().map(|link| (link.plain, link.current)).collect();
        assert_eq!(current.iter().filter(|(_, current)| *current).count(), 1);
        assert!(current.iter().all(|(plain, current)| !(*plain && *current)), "{current:?}");
    }
}
