//! Skipping: a question is skipped when no answer to it could change the result. Each rule
//! says which part of matching the question feeds, and asks whether the services still in play
//! differ in that part. The later questions look only at services that pass the hard filters
//! with the answers so far, so a small catalogue near the person asks fewer questions.

use super::{Context, Question};
use crate::answers::Answers;
use crate::catalogue::raw::{Area, Service, ServiceKind};
use crate::matching::filters::{
    age_fits, is_active, is_national, serves_where_person_is, suits_audience,
};
use crate::matching::person::Person;
use crate::matching::rules::{is_own_employment_area_service, reach_of};
use crate::sorting;

pub(super) fn could_change_result(
    question: Question,
    answers: &Answers,
    context: &Context,
) -> bool {
    match question {
        // Age feeds the age limits and the Ohjaamo rule.
        Question::Age => active(answers, context).any(|service| {
            let eligibility = &service.eligibility;
            eligibility.min_age.is_some()
                || eligibility.max_age.is_some()
                || service.kind == ServiceKind::Ohjaamo
        }),
        // The municipality feeds the area filter and distances; national services ignore it.
        Question::Municipality => {
            active(answers, context).any(|service| !is_national(&service.eligibility.area))
        }
        // The situation feeds only the rule that sends jobseekers to their own employment area.
        Question::Situation => {
            let person = Person::new(answers, context.geography, None);
            in_play(answers, context).any(|service| match answers.municipality {
                // Before the municipality is known, any employment area could be the person's own.
                None => {
                    service.kind == ServiceKind::Employment
                        && matches!(service.eligibility.area, Area::EmploymentArea { .. })
                }
                Some(_) => is_own_employment_area_service(service, &person),
            })
        }
        Question::Needs => {
            differ(in_play(answers, context).map(|service| sorted(service.needs.clone())))
        }
        Question::Reach => differ(in_play(answers, context).map(|service| {
            sorted(service.channels.iter().map(|channel| reach_of(channel.kind)).collect())
        })),
        Question::ServiceLang => differ(in_play(answers, context).map(|service| {
            sorted(
                service
                    .channels
                    .iter()
                    .flat_map(|channel| channel.languages.iter().cloned())
                    .collect(),
            )
        })),
    }
}

/// The active services for the host's audience (all of them on a page that is not embedded).
fn active<'a>(answers: &Answers, context: &Context<'a>) -> impl Iterator<Item = &'a Service> {
    let person = Person::new(answers, context.geography, None);
    context
        .services
        .iter()
        .filter(move |service| is_active(service) && suits_audience(service, &person))
}

/// The services that pass the hard filters with the answers so far. Before the municipality
/// is answered, any service could serve the person, so the area filter waits for it.
fn in_play<'a>(answers: &Answers, context: &Context<'a>) -> impl Iterator<Item = &'a Service> {
    let person = Person::new(answers, context.geography, None);
    let area_known = answers.municipality.is_some();
    context.services.iter().filter(move |service| {
        is_active(service)
            && age_fits(service, person.age)
            && suits_audience(service, &person)
            && (!area_known || serves_where_person_is(service, &person))
    })
}

/// Whether the services differ in what a question's answer is compared with.
fn differ<T: PartialEq>(mut values: impl Iterator<Item = T>) -> bool {
    let Some(first) = values.next() else { return false };
    values.any(|value| value != first)
}

fn sorted<T: Ord>(mut values: Vec<T>) -> Vec<T> {
    sorting::sort(&mut values);
    values.dedup();
    values
}
