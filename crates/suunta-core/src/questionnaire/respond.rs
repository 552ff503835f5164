//! Taking one answer from a question page: the form's value is checked, and on success the
//! answers for the next URL come back. The values are the same as in the URL query.

use std::collections::BTreeSet;

use super::{Context, Question};
use crate::answers::{Answer, Answers, LanguageCode, MunicipalityCode, Reach, Situation, MAX_AGE};
use crate::catalogue::raw::Need;
use crate::geography::fold_for_search;

/// Why an answer was not accepted; worded per language in `crate::wording`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputProblem {
    /// Nothing was chosen or typed.
    Missing,
    AgeNotANumber,
    AgeOutOfRange,
    /// Not a municipality code or name the geography knows.
    UnknownMunicipality,
    /// Not one of the question's options.
    NotAnOption,
}

/// The value that a question's "not sure / prefer not to say" button submits.
pub const NOT_SURE_INPUT: &str = "skip";

/// Records the answer to `question`. On success the reopened question (if any) is closed and
/// the person goes back through the summary before the results.
pub fn respond(
    answers: &Answers,
    question: Question,
    input: &str,
    context: &Context,
) -> Result<Answers, InputProblem> {
    let input = input.trim();
    if input.is_empty() {
        return Err(InputProblem::Missing);
    }
    let not_sure = input == NOT_SURE_INPUT;
    let mut next = answers.clone();
    match question {
        Question::Age => {
            next.age = Some(if not_sure { Answer::NotSure } else { Answer::Given(age(input)?) })
        }
        Question::Municipality => {
            let answer = if not_sure {
                Answer::NotSure
            } else {
                Answer::Given(municipality(input, context)?)
            };
            next.municipality = Some(answer);
        }
        Question::Situation => {
            let answer = if not_sure {
                Answer::NotSure
            } else {
                Answer::Given(option(Situation::from_id(input))?)
            };
            next.situation = Some(answer);
        }
        Question::Needs => next.needs = Some(needs(input)?),
        Question::Reach => {
            let answer = if not_sure {
                Answer::NotSure
            } else {
                Answer::Given(option(Reach::from_id(input))?)
            };
            next.reach = Some(answer);
        }
        Question::ServiceLang => {
            let answer = if not_sure {
                Answer::NotSure
            } else {
                Answer::Given(option(LanguageCode::parse(input))?)
            };
            next.service_lang = Some(answer);
        }
    }
    next.edit = None;
    next.done = false;
    Ok(next)
}

fn age(input: &str) -> Result<u8, InputProblem> {
    if !input.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(InputProblem::AgeNotANumber);
    }
    // Any run of digits parses as "too large" rather than overflowing.
    let years: u64 = input.parse().unwrap_or(u64::MAX);
    u8::try_from(years).ok().filter(|&years| years <= MAX_AGE).ok_or(InputProblem::AgeOutOfRange)
}

/// A code from the type-ahead, or a name typed in full (Finnish or Swedish, any case or accents).
fn municipality(input: &str, context: &Context) -> Result<MunicipalityCode, InputProblem> {
    let geography = context.geography;
    let known = match MunicipalityCode::parse(input) {
        Some(code) => geography.municipality(code.as_str()),
        None => {
            let folded = fold_for_search(input);
            geography.search_municipalities(input, 1).into_iter().find(|municipality| {
                let name = &municipality.name;
                [&name.fi, &name.sv]
                    .into_iter()
                    .flatten()
                    .any(|name| fold_for_search(name) == folded)
            })
        }
    };
    known
        .and_then(|municipality| MunicipalityCode::parse(&municipality.code))
        .ok_or(InputProblem::UnknownMunicipality)
}

fn needs(input: &str) -> Result<BTreeSet<Need>, InputProblem> {
    let ids: Vec<&str> = input.split(',').map(str::trim).filter(|id| !id.is_empty()).collect();
    if ids.is_empty() {
        return Err(InputProblem::Missing);
    }
    ids.into_iter().map(|id| option(Need::from_id(id))).collect()
}

fn option<T>(value: Option<T>) -> Result<T, InputProblem> {
    value.ok_or(InputProblem::NotAnOption)
}
