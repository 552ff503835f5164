//! "Check your answers": each answer in words with a "Change" link, the way to the results and
//! "Start again".

use suunta_core::answers::{Answer, Answers};
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{self, Question};
use suunta_core::wording::{self, Label};

use super::catalogue::Catalogue;
use super::links::href;
use super::municipality;
use super::question::language_name;
use crate::screen::{Body, SummaryRow, SummaryScreen};

pub fn screen(answers: &Answers, catalogue: &Catalogue, lang: Lang) -> (String, Body) {
    let rows = questionnaire::summary(answers, &catalogue.context())
        .into_iter()
        .map(|(question, change)| SummaryRow {
            question: wording::question_title(question, lang, answers.plain).to_owned(),
            answer: answer_in_words(question, answers, catalogue, lang),
            change_href: href(&change),
        })
        .collect();
    let results = Answers { done: true, edit: None, ..answers.clone() };
    let body = Body::Summary(SummaryScreen {
        rows,
        results_href: href(&results),
        start_again_href: href(&answers.cleared()),
    });
    (wording::label(Label::CheckYourAnswers, lang, answers.plain).to_owned(), body)
}

/// The answer as the reader gave it, "not sure" included.
fn answer_in_words(
    question: Question,
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
) -> String {
    let plain = answers.plain;
    let worded = |answer: Option<Answer<String>>| match answer {
        Some(Answer::Given(value)) => value,
        Some(Answer::NotSure) => wording::not_sure_label(question, lang, plain).to_owned(),
        None => String::new(),
    };
    fn map<T>(answer: &Option<Answer<T>>, word: impl Fn(&T) -> String) -> Option<Answer<String>> {
        answer.as_ref().map(|answer| match answer {
            Answer::Given(value) => Answer::Given(word(value)),
            Answer::NotSure => Answer::NotSure,
        })
    }
    match question {
        Question::Age => worded(map(&answers.age, u8::to_string)),
        Question::Municipality => worded(map(&answers.municipality, |code| {
            catalogue
                .geography
                .municipality(code.as_str())
                .map(|found| municipality::name(found, lang))
                .unwrap_or_else(|| code.as_str().to_owned())
        })),
        Question::Situation => worded(map(&answers.situation, |situation| {
            wording::situation_label(*situation, lang, plain).to_owned()
        })),
        Question::Needs => answers
            .needs_given()
            .map(|need| wording::need_label(need, lang, plain))
            .collect::<Vec<_>>()
            .join(", "),
        Question::Reach => worded(map(&answers.reach, |reach| {
            wording::reach_label(*reach, lang, plain).to_owned()
        })),
        Question::ServiceLang => {
            worded(map(&answers.service_lang, |code| language_name(code.as_str(), lang)))
        }
    }
}
