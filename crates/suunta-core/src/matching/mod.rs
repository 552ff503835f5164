//! Matching and ranking: which services fit a person's answers, in what order, and why.
//!
//! Pure and deterministic: the same catalogue, answers and time give the same list, ties
//! broken by service id. Hard filters (`filters`) decide who may be shown; named rules
//! (`rules`) score and explain; this module only combines them.

pub mod filters;
pub mod person;
pub mod reason;
pub mod rules;
mod urgent;

#[cfg(test)]
pub(crate) mod fixture;

pub use person::Person;
pub use reason::Reason;

use crate::answers::Answers;
use crate::catalogue::raw::Service;
use crate::geography::Geography;
use crate::hours::civil::LocalDateTime;
use crate::sorting;

/// One recommended service, its score and the reasons in the person's terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation<'a> {
    pub service: &'a Service,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// How well the list fits the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Every service listed serves at least one of the person's needs (or no needs were given).
    Exact,
    /// The needs are served, but only by services for the whole country: nothing local fits
    /// in the person's municipality.
    NationalOnly,
    /// Nothing served the needs; these services for the whole country can still help.
    NothingMatchedExactly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendations<'a> {
    pub fit: Fit,
    pub services: Vec<Recommendation<'a>>,
}

/// The ranked services for these answers. `now` is Europe/Helsinki wall-clock time for the
/// "open now" rule; without it that rule adds nothing. "Help right now" overrides every
/// other answer and lists the emergency and crisis services.
pub fn recommend<'a>(
    services: &'a [Service],
    geography: &Geography,
    answers: &Answers,
    now: Option<LocalDateTime>,
) -> Recommendations<'a> {
    let person = Person::new(answers, geography, now);
    if answers.urgent {
        return urgent::urgent_help(services, &person, geography);
    }
    let (mut matched, unmatched): (Vec<_>, Vec<_>) = services
        .iter()
        .filter(|service| filters::passes_hard_filters(service, &person))
        .map(|service| score(service, &person, geography))
        .partition(|recommendation| serves_a_need(recommendation, &person));
    if !matched.is_empty() {
        rank(&mut matched);
        let all_national = matched
            .iter()
            .all(|recommendation| filters::is_national(&recommendation.service.eligibility.area));
        // Without a municipality only national services can be listed: nothing to point out.
        let fit = if all_national && person.municipality.is_some() {
            Fit::NationalOnly
        } else {
            Fit::Exact
        };
        return Recommendations { fit, services: matched };
    }
    let (mut national, mut local): (Vec<_>, Vec<_>) = unmatched
        .into_iter()
        .partition(|recommendation| filters::is_national(&recommendation.service.eligibility.area));
    // Always a useful answer: the national services, or failing those whatever is eligible.
    let fallback = if national.is_empty() { &mut local } else { &mut national };
    rank(fallback);
    Recommendations { fit: Fit::NothingMatchedExactly, services: std::mem::take(fallback) }
}

/// Applies every rule to one service that passed the hard filters.
pub fn score<'a>(
    service: &'a Service,
    person: &Person,
    geography: &Geography,
) -> Recommendation<'a> {
    let mut score = 0;
    let mut reasons = Vec::new();
    for rule in rules::RULES {
        if let Some(scored) = rule(service, person, geography) {
            score += scored.points;
            reasons.push(scored.reason);
        }
    }
    Recommendation { service, score, reasons }
}

fn serves_a_need(recommendation: &Recommendation, person: &Person) -> bool {
    person.needs.is_empty()
        || recommendation.reasons.iter().any(|reason| matches!(reason, Reason::ServesNeeds(_)))
}

/// Highest score first; equal scores by id, so the order never depends on file order.
fn rank(recommendations: &mut Vec<Recommendation>) {
    sorting::sort_by(recommendations, |a, b| {
        b.score.cmp(&a.score).then_with(|| a.service.id.cmp(&b.service.id))
    });
}

#[cfg(test)]
mod tests;
