//! What a question page offers: a text field, the type-ahead, radios or checkboxes, and the
//! value each option submits (the same values as the URL query). The words come from the core's
//! wording; this module only lists them.

use std::collections::BTreeSet;

use suunta_core::answers::{Answer, Answers, Reach, Situation};
use suunta_core::catalogue::raw::{Municipality, Need, Service};
use suunta_core::geography::Geography;
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{InputProblem, Question};
use suunta_core::wording;

/// The value a "not sure / prefer not to say" answer submits.
pub const NOT_SURE: &str = "skip";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Whole years; "prefer not to say" is a separate button.
    Age,
    /// The type-ahead over municipality names; "prefer not to say" is a separate button.
    Municipality,
    /// One of these, the last being "not sure".
    OneOf(Vec<Choice>),
    /// Any of these; "I don't know what help I need" is one of them.
    AnyOf(Vec<Choice>),
}

pub fn input(question: Question, services: &[Service], lang: Lang) -> Input {
    let choice =
        |value: &str, label: &str| Choice { value: value.to_owned(), label: label.to_owned() };
    let not_sure = || choice(NOT_SURE, wording::not_sure_label(question, lang));
    match question {
        Question::Age => Input::Age,
        Question::Municipality => Input::Municipality,
        Question::Situation => Input::OneOf(
            Situation::ALL
                .into_iter()
                .map(|situation| choice(situation.id(), wording::situation_label(situation, lang)))
                .chain([not_sure()])
                .collect(),
        ),
        Question::Needs => Input::AnyOf(
            Need::ALL
                .into_iter()
                .map(|need| choice(need.id(), wording::need_label(need, lang)))
                .collect(),
        ),
        Question::Reach => Input::OneOf(
            Reach::ALL
                .into_iter()
                .map(|reach| choice(reach.id(), wording::reach_label(reach, lang)))
                .chain([not_sure()])
                .collect(),
        ),
        Question::ServiceLang => Input::OneOf(
            service_languages(services)
                .into_iter()
                .map(|code| choice(&code, &language_name(&code, lang)))
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

/// A municipality's name as the reader knows it: Swedish for a Swedish reader when it has one.
pub fn municipality_name(municipality: &Municipality, lang: Lang) -> String {
    municipality.name.localized(lang).map(|name| name.text.to_owned()).unwrap_or_default()
}

/// What the form starts with: the current answer, so "Change" and "Back" show it again.
pub fn current_value(
    question: Question,
    answers: &Answers,
    geography: &Geography,
    lang: Lang,
) -> String {
    fn written<T>(answer: &Option<Answer<T>>, write: impl Fn(&T) -> String) -> String {
        match answer {
            Some(Answer::Given(value)) => write(value),
            Some(Answer::NotSure) => NOT_SURE.to_owned(),
            None => String::new(),
        }
    }
    match question {
        Question::Age => answers.age_years().map(|years| years.to_string()).unwrap_or_default(),
        Question::Municipality => answers
            .municipality_code()
            .and_then(|code| geography.municipality(code.as_str()))
            .map(|municipality| municipality_name(municipality, lang))
            .unwrap_or_default(),
        Question::Situation => written(&answers.situation, |situation| situation.id().to_owned()),
        Question::Needs => answers.needs_given().map(Need::id).collect::<Vec<_>>().join(","),
        Question::Reach => written(&answers.reach, |reach| reach.id().to_owned()),
        Question::ServiceLang => written(&answers.service_lang, |code| code.as_str().to_owned()),
    }
}

/// The answer in words, for the summary.
pub fn answer_in_words(
    question: Question,
    answers: &Answers,
    geography: &Geography,
    lang: Lang,
) -> String {
    fn worded<T>(
        answer: &Option<Answer<T>>,
        question: Question,
        lang: Lang,
        word: impl Fn(&T) -> String,
    ) -> String {
        match answer {
            Some(Answer::Given(value)) => word(value),
            Some(Answer::NotSure) => wording::not_sure_label(question, lang).to_owned(),
            None => String::new(),
        }
    }
    match question {
        Question::Age => worded(&answers.age, question, lang, u8::to_string),
        Question::Municipality => worded(&answers.municipality, question, lang, |code| {
            geography
                .municipality(code.as_str())
                .map(|municipality| municipality_name(municipality, lang))
                .unwrap_or_else(|| code.as_str().to_owned())
        }),
        Question::Situation => worded(&answers.situation, question, lang, |situation| {
            wording::situation_label(*situation, lang).to_owned()
        }),
        Question::Needs => answers
            .needs_given()
            .map(|need| wording::need_label(need, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Question::Reach => worded(&answers.reach, question, lang, |reach| {
            wording::reach_label(*reach, lang).to_owned()
        }),
        Question::ServiceLang => {
            worded(&answers.service_lang, question, lang, |code| language_name(code.as_str(), lang))
        }
    }
}

/// The id of the field an error summary links to: the text field, or the first option.
pub const FIELD_ID: &str = "answer-input";

/// An input problem's message in the reader's language.
pub fn problem_message(problem: InputProblem, lang: Lang) -> &'static str {
    wording::input_problem(problem, lang)
}

#[cfg(test)]
mod tests;
