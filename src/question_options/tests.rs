use suunta_core::answers::parse;
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};

use super::*;

fn geography() -> Geography {
    let file: GeographyFile =
        serde_json::from_str(include_str!("../../catalogue/geography.json")).unwrap();
    Geography::new(file)
}

fn national() -> Vec<Service> {
    serde_json::from_str::<CatalogueFile>(include_str!("../../catalogue/national.json"))
        .unwrap()
        .services
}

fn check_value(query: &str, question: Question, lang: Lang, expected: &str) {
    let answers = parse(query).0;
    assert_eq!(
        current_value(question, &answers, &geography(), lang),
        expected,
        "{query} {question:?}"
    );
}

fn check_words(query: &str, question: Question, lang: Lang, expected: &str) {
    let answers = parse(query).0;
    assert_eq!(
        answer_in_words(question, &answers, &geography(), lang),
        expected,
        "{query} {question:?}"
    );
}

#[test]
fn a_form_starts_with_the_current_answer() {
    check_value("age=19", Question::Age, Lang::Fi, "19");
    check_value("municipality=091", Question::Municipality, Lang::Fi, "Helsinki");
    check_value("municipality=091", Question::Municipality, Lang::Sv, "Helsingfors");
    check_value("situation=looking-for-work", Question::Situation, Lang::En, "looking-for-work");
    check_value("situation=skip", Question::Situation, Lang::En, "skip");
    check_value("needs=study,work", Question::Needs, Lang::Fi, "work,study");
    check_value("reach=skip", Question::Reach, Lang::Fi, "skip");
}

#[test]
fn an_unanswered_or_unsaid_question_starts_empty() {
    check_value("", Question::Age, Lang::Fi, "");
    check_value("age=skip", Question::Age, Lang::Fi, "");
    check_value("municipality=skip", Question::Municipality, Lang::Fi, "");
    check_value("", Question::Needs, Lang::Fi, "");
}

#[test]
fn the_summary_says_each_answer_in_words() {
    check_words("age=19", Question::Age, Lang::En, "19");
    check_words("age=skip", Question::Age, Lang::En, "I'd rather not say");
    check_words("municipality=091", Question::Municipality, Lang::Sv, "Helsingfors");
    check_words("situation=looking-for-work", Question::Situation, Lang::En, "Looking for work");
    check_words("reach=skip", Question::Reach, Lang::En, "No preference");
    check_words("service_lang=sv", Question::ServiceLang, Lang::Fi, &language_name("sv", Lang::Fi));
    check_words("", Question::Situation, Lang::En, "");
}

#[test]
fn every_single_choice_question_ends_with_not_sure() {
    for question in [Question::Situation, Question::Reach, Question::ServiceLang] {
        let Input::OneOf(choices) = input(question, &national(), Lang::Fi) else {
            panic!("{question:?} is a single choice");
        };
        assert_eq!(choices.last().map(|choice| choice.value.as_str()), Some(NOT_SURE));
        assert_eq!(choices.last().unwrap().label, wording::not_sure_label(question, Lang::Fi));
    }
}

#[test]
fn the_needs_question_offers_every_need_including_unsure() {
    let Input::AnyOf(choices) = input(Question::Needs, &[], Lang::En) else {
        panic!("needs is a multiple choice");
    };
    assert_eq!(choices.len(), Need::ALL.len());
    assert!(choices.iter().any(|choice| choice.value == "unsure"));
    assert!(!choices.iter().any(|choice| choice.value == NOT_SURE));
}

#[test]
fn service_languages_are_the_interface_languages_then_those_the_services_offer() {
    let Input::OneOf(choices) = input(Question::ServiceLang, &national(), Lang::En) else {
        panic!("service language is a single choice");
    };
    let values: Vec<&str> = choices.iter().map(|choice| choice.value.as_str()).collect();
    assert_eq!(&values[..3], ["fi", "sv", "en"]);
    let Input::OneOf(bare) = input(Question::ServiceLang, &[], Lang::En) else { unreachable!() };
    assert_eq!(bare.len(), 4, "without services: fi, sv, en and not sure");
}

#[test]
fn text_questions_have_their_own_inputs() {
    assert_eq!(input(Question::Age, &[], Lang::Fi), Input::Age);
    assert_eq!(input(Question::Municipality, &[], Lang::Fi), Input::Municipality);
}
