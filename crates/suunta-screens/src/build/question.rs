//! One question per page: the question as the heading, a hint, the options with the current
//! answer selected, the progress and Back. The values submitted are the URL query's own.

use std::collections::BTreeSet;

use suunta_core::answers::{Answer, Answers, Reach, Situation};
use suunta_core::catalogue::raw::{Need, Service};
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{self, InputProblem, Question, NOT_SURE_INPUT};
use suunta_core::wording;

use super::catalogue::Catalogue;
use super::links::href;
use super::municipality;
use crate::screen::{Body, Choice, Input, QuestionScreen};

/// An answer that was not accepted: why, and what was typed or chosen, to show again.
#[derive(Debug, Clone, Copy)]
pub struct Refused<'a> {
    pub problem: InputProblem,
    pub input: &'a str,
}

pub fn screen(
    answers: &Answers,
    catalogue: &Catalogue,
    question: Question,
    lang: Lang,
    refused: Option<Refused>,
) -> (String, Body) {
    let context = catalogue.context();
    // A refused answer was given on this very page, so progress and Back are the page's own.
    let progress = questionnaire::progress(answers, &context)
        .map(|progress| wording::progress(progress, lang, answers.plain));
    let back = questionnaire::previous(answers, &context).unwrap_or_else(|| answers.cleared());
    let chosen = match refused {
        Some(refused) => refused.input.trim().to_owned(),
        None => current_value(question, answers, catalogue, lang),
    };
    let body = Body::Question(QuestionScreen {
        question: question.id().to_owned(),
        hint: wording::question_hint(question, lang, answers.plain).to_owned(),
        progress,
        back_href: href(&back),
        input: input(question, &catalogue.services, &chosen, lang, answers.plain),
        problem: refused
            .map(|refused| wording::input_problem(refused.problem, lang, answers.plain).to_owned()),
    });
    (wording::question_title(question, lang, answers.plain).to_owned(), body)
}

fn choice(value: &str, label: &str, chosen: &str) -> Choice {
    let selected = chosen.split(',').any(|part| part.trim() == value);
    Choice { value: value.to_owned(), label: label.to_owned(), selected }
}

/// The form, with `chosen` (the value as the form would submit it) selected or filled in.
fn input(question: Question, services: &[Service], chosen: &str, lang: Lang, plain: bool) -> Input {
    let not_sure =
        || choice(NOT_SURE_INPUT, wording::not_sure_label(question, lang, plain), chosen);
    // The "not sure" answer is a button of its own, not the field's text.
    let typed = if chosen == NOT_SURE_INPUT { String::new() } else { chosen.to_owned() };
    match question {
        Question::Age => Input::Age { value: typed, not_sure: not_sure() },
        Question::Municipality => Input::Municipality { value: typed, not_sure: not_sure() },
        Question::Situation => Input::OneOf(
            Situation::ALL
                .into_iter()
                .map(|situation| {
                    choice(situation.id(), wording::situation_label(situation, lang, plain), chosen)
                })
                .chain([not_sure()])
                .collect(),
        ),
        // "I don't know what help I need" is the last need, not a separate answer.
        Question::Needs => Input::AnyOf(
            Need::ALL
                .into_iter()
                .map(|need| choice(need.id(), wording::need_label(need, lang, plain), chosen))
                .collect(),
        ),
        Question::Reach => Input::OneOf(
            Reach::ALL
                .into_iter()
                .map(|reach| choice(reach.id(), wording::reach_label(reach, lang, plain), chosen))
                .chain([not_sure()])
                .collect(),
        ),
        Question::ServiceLang => Input::OneOf(
            service_languages(services)
                .into_iter()
                .map(|code| choice(&code, &language_name(&code, lang), chosen))
                .chain([not_sure()])
                .collect(),
        ),
    }
}

/// Finnish, Swedish and English always, then every other language a service is offered in.
fn service_languages(services: &[Service]) -> Vec<String> {
    let offered: BTreeSet<&str> = services
        .iter()
        .flat_map(|service| &service.channels)
        .flat_map(|channel| &channel.languages)
        .map(String::as_str)
        .collect();
    let mut codes: Vec<String> = Lang::ALL.iter().map(|lang| lang.id().to_owned()).collect();
    codes.extend(
        offered.into_iter().filter(|code| Lang::from_id(code).is_none()).map(str::to_owned),
    );
    codes
}

/// A language's name, or its code when the wording has no name for it.
pub fn language_name(code: &str, lang: Lang) -> String {
    wording::language_label(code, lang).unwrap_or(code).to_owned()
}

/// The current answer as the form submits it, so "Change" and "Back" show it again.
fn current_value(
    question: Question,
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
) -> String {
    fn written<T>(answer: &Option<Answer<T>>, write: impl Fn(&T) -> String) -> String {
        match answer {
            Some(Answer::Given(value)) => write(value),
            Some(Answer::NotSure) => NOT_SURE_INPUT.to_owned(),
            None => String::new(),
        }
    }
    match question {
        Question::Age => written(&answers.age, u8::to_string),
        Question::Municipality => written(&answers.municipality, |code| {
            catalogue
                .geography
                .municipality(code.as_str())
                .map(|found| municipality::name(found, lang))
                .unwrap_or_default()
        }),
        Question::Situation => written(&answers.situation, |situation| situation.id().to_owned()),
        Question::Needs => answers.needs_given().map(Need::id).collect::<Vec<_>>().join(","),
        Question::Reach => written(&answers.reach, |reach| reach.id().to_owned()),
        Question::ServiceLang => written(&answers.service_lang, |code| code.as_str().to_owned()),
    }
}
