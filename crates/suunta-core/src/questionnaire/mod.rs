//! The questionnaire as a state machine: from the answers so far, which page comes next.
//!
//! It decides only the next step; matching decides the results and `crate::wording` the
//! words. Every function here is a pure function of the answers (the URL query) and the
//! catalogue, so reload, back/forward and a shared link land on the same page.

mod question;
mod respond;
mod skip;

pub use question::Question;
pub use respond::{respond, InputProblem, NOT_SURE_INPUT};

use crate::answers::Answers;
use crate::catalogue::raw::Service;
use crate::geography::Geography;

/// What the questionnaire knows about the world: the catalogue and the geography, so it can
/// skip questions whose answer could not change the result.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub services: &'a [Service],
    pub geography: &'a Geography,
}

/// The page to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Ask(Question),
    /// Every question that matters is answered: show the answers with a "Change" link each.
    Summary,
    Results,
    /// "Help right now" was chosen: straight to the emergency and crisis services.
    UrgentHelp,
}

/// "Question n of m", where m counts only the questions that will be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub current: usize,
    pub total: usize,
}

pub fn next_question(answers: &Answers, context: &Context) -> Step {
    if answers.urgent {
        return Step::UrgentHelp;
    }
    if let Some(question) = answers.edit {
        return Step::Ask(question);
    }
    if let Some(question) = first_open_question(answers, context) {
        return Step::Ask(question);
    }
    if answers.done {
        Step::Results
    } else {
        Step::Summary
    }
}

/// The first question, in order, that is not answered and whose answer could change the result.
fn first_open_question(answers: &Answers, context: &Context) -> Option<Question> {
    Question::ALL.into_iter().find(|&question| {
        !is_answered(question, answers) && skip::could_change_result(question, answers, context)
    })
}

pub fn is_answered(question: Question, answers: &Answers) -> bool {
    match question {
        Question::Age => answers.age.is_some(),
        Question::Municipality => answers.municipality.is_some(),
        Question::Situation => answers.situation.is_some(),
        Question::Needs => answers.needs.as_ref().is_some_and(|needs| !needs.is_empty()),
        Question::Reach => answers.reach.is_some(),
        Question::ServiceLang => answers.service_lang.is_some(),
    }
}

/// The questions that are asked (not skipped) with the answers so far, in order.
pub fn asked_questions(answers: &Answers, context: &Context) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|&question| skip::could_change_result(question, answers, context))
        .collect()
}

/// Where a question page stands; None on the other pages.
pub fn progress(answers: &Answers, context: &Context) -> Option<Progress> {
    let Step::Ask(current) = next_question(answers, context) else { return None };
    let asked = asked_questions(answers, context);
    let before = asked.iter().filter(|&&question| question < current).count();
    // A question reopened by "Change" counts even if it would be skipped now.
    let extra = usize::from(!asked.contains(&current));
    Some(Progress { current: before + 1, total: asked.len() + extra })
}

/// The answers for the "Back" link: the previous question (answers kept), or the summary from
/// the results, or the page the person was on before "Help right now". None on the first page.
pub fn previous(answers: &Answers, context: &Context) -> Option<Answers> {
    let mut back = answers.clone();
    match next_question(answers, context) {
        Step::UrgentHelp => back.urgent = false,
        Step::Results => back.done = false,
        Step::Summary => back.edit = Some(*asked_questions(answers, context).last()?),
        Step::Ask(current) => {
            let earlier =
                asked_questions(answers, context).into_iter().rfind(|&question| question < current);
            match (earlier, answers.edit) {
                (Some(question), _) => back.edit = Some(question),
                // Back from the first question reopened by "Change": close it again.
                (None, Some(_)) => back.edit = None,
                (None, None) => return None,
            }
        }
    }
    Some(back)
}

/// The rows of the summary: each asked question that has an answer, and the answers its
/// "Change" link leads to.
pub fn summary(answers: &Answers, context: &Context) -> Vec<(Question, Answers)> {
    asked_questions(answers, context)
        .into_iter()
        .filter(|&question| is_answered(question, answers))
        .map(|question| (question, change_link(answers, question)))
        .collect()
}

/// Reopens one question, keeping every answer.
pub fn change_link(answers: &Answers, question: Question) -> Answers {
    Answers { edit: Some(question), done: false, urgent: false, ..answers.clone() }
}

#[cfg(test)]
mod tests;
