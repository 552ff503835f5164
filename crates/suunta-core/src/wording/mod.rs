//! Wording: the typed reasons, notes and problems of the core, in the reader's language. The
//! texts themselves live in `tables`; this module only picks a column and fills in values.

pub mod calendar;
mod catalogue_words;
pub mod hours;
mod questions;
mod tables;

pub use questions::Label;

use crate::answers::{QueryNote, Reach, Situation};
use crate::catalogue::raw::{Access, ChannelKind, Need, ServiceKind};
use crate::geography::Precision;
use crate::lang::Lang;
use crate::matching::{Fit, Reason};
use crate::questionnaire::{InputProblem, Progress, Question};
use crate::words::Words;

/// The texts of `locales/*.ftl`, one constant per message.
mod l10n {
    include!(concat!(env!("OUT_DIR"), "/l10n.rs"));
}

fn pick(words: Words, lang: Lang) -> &'static str {
    words.get(lang)
}

/// As `pick`, but plain Finnish (selkosuomi, `locales/fi-x-selko.ftl`) for a reader who chose
/// it (`plain=1`), when the text has a plain version. Only the questionnaire has them.
fn pick_plain(words: Words, lang: Lang, plain: bool) -> &'static str {
    match (lang, plain) {
        (Lang::Fi, true) => l10n::plain_fi(words.fi).unwrap_or(words.fi),
        _ => words.get(lang),
    }
}

pub fn reason(reason: &Reason, lang: Lang) -> String {
    match reason {
        Reason::ServesNeeds(needs) => {
            let needs: Vec<&str> =
                needs.iter().map(|&need| pick(tables::need_phrase(need), lang)).collect();
            pick(l10n::SERVES_NEEDS, lang).replace("{needs}", &needs.join(", "))
        }
        Reason::OhjaamoForYoungPeople => pick(l10n::OHJAAMO_FOR_YOUNG, lang).to_owned(),
        Reason::OwnEmploymentArea => pick(l10n::OWN_EMPLOYMENT_AREA, lang).to_owned(),
        Reason::StudyCounselling => pick(l10n::STUDY_COUNSELLING, lang).to_owned(),
        Reason::ServesInLanguage(code) => {
            let name = tables::language_name(code.as_str()).map(|words| pick(words, lang));
            pick(l10n::SERVES_IN_LANGUAGE, lang)
                .replace("{language}", name.unwrap_or(code.as_str()))
        }
        Reason::VisitNearby { km: 0, precision: Precision::MunicipalityCentre } => {
            pick(l10n::VISIT_IN_OWN_MUNICIPALITY, lang).to_owned()
        }
        Reason::VisitNearby { km, precision } => {
            let words = match precision {
                Precision::Exact => l10n::VISIT_EXACT,
                Precision::MunicipalityCentre => l10n::VISIT_MUNICIPALITY_CENTRE,
            };
            pick(words, lang).replace("{km}", &km.to_string())
        }
        Reason::OffersPreferredChannel(reach) => {
            pick(tables::reach_phrase(*reach), lang).to_owned()
        }
        Reason::OpenNow => pick(l10n::OPEN_NOW, lang).to_owned(),
        Reason::OpensSoon => pick(l10n::OPENS_SOON, lang).to_owned(),
        Reason::UrgentHelp => pick(l10n::URGENT_HELP, lang).to_owned(),
        Reason::SomeoneToTalkTo => pick(l10n::SOMEONE_TO_TALK_TO, lang).to_owned(),
    }
}

/// The polite note for a part of the link that was left out.
pub fn query_note(note: &QueryNote, lang: Lang) -> String {
    match note {
        QueryNote::UnknownKey { key } => pick(l10n::UNKNOWN_KEY, lang).replace("{key}", key),
        QueryNote::BadValue { key, value } => pick(l10n::BAD_VALUE, lang)
            .replace("{label}", pick(tables::query_key_label(*key), lang))
            .replace("{value}", value),
        QueryNote::RepeatedKey { key } => pick(l10n::REPEATED_KEY, lang)
            .replace("{label}", pick(tables::query_key_label(*key), lang)),
        QueryNote::Unreadable { .. } => pick(l10n::UNREADABLE, lang).to_owned(),
    }
}

pub fn input_problem(problem: InputProblem, lang: Lang, plain: bool) -> &'static str {
    pick_plain(tables::input_problem(problem), lang, plain)
}

/// The note shown above the results when they are not an exact local fit; None when they are.
pub fn fit_note(fit: Fit, lang: Lang) -> Option<&'static str> {
    match fit {
        Fit::Exact => None,
        Fit::NationalOnly => Some(pick(l10n::NATIONAL_ONLY, lang)),
        Fit::NothingMatchedExactly => Some(pick(l10n::NOTHING_MATCHED_EXACTLY, lang)),
    }
}

pub fn question_title(question: Question, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::title(question), lang, plain)
}

/// How to answer a question, shown under it.
pub fn question_hint(question: Question, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::hint(question), lang, plain)
}

/// The kind of a service in words ("Ohjaamo", "Helpline or chat").
pub fn service_kind_label(kind: ServiceKind, lang: Lang) -> &'static str {
    pick(catalogue_words::service_kind(kind), lang)
}

/// The kind of a channel in words, for a channel without a name of its own.
pub fn channel_kind_label(kind: ChannelKind, lang: Lang) -> &'static str {
    pick(catalogue_words::channel_kind(kind), lang)
}

/// Walk-in or appointment, in words.
pub fn access_label(access: Access, lang: Lang) -> &'static str {
    pick(catalogue_words::access(access), lang)
}

/// "Serves in: Finnish, Swedish" for a channel's language codes; None when none are known.
pub fn serves_in(codes: &[String], lang: Lang) -> Option<String> {
    if codes.is_empty() {
        return None;
    }
    let names: Vec<&str> = codes
        .iter()
        .map(|code| tables::language_name(code).map_or(code.as_str(), |words| pick(words, lang)))
        .collect();
    Some(pick(l10n::SERVES_IN_LANGUAGE, lang).replace("{language}", &names.join(", ")))
}

/// The "not sure / prefer not to say" button of a question.
pub fn not_sure_label(question: Question, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::not_sure(question), lang, plain)
}

pub fn situation_label(situation: Situation, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::situation(situation), lang, plain)
}

pub fn need_label(need: Need, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::need(need), lang, plain)
}

pub fn reach_label(reach: Reach, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::reach(reach), lang, plain)
}

/// The name of a service language (`fi`, `sv`, `en`); None for others, which show their code.
pub fn language_label(code: &str, lang: Lang) -> Option<&'static str> {
    tables::language_name(code).map(|words| pick(words, lang))
}

pub fn progress(progress: Progress, lang: Lang, plain: bool) -> String {
    pick_plain(l10n::PROGRESS, lang, plain)
        .replace("{current}", &progress.current.to_string())
        .replace("{total}", &progress.total.to_string())
}

pub fn label(label: Label, lang: Lang, plain: bool) -> &'static str {
    pick_plain(questions::label(label), lang, plain)
}

#[cfg(test)]
mod tests;
