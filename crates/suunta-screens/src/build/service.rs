//! A service's own page: its card, the full description, who it is for, what to expect, how to
//! apply, accessibility, who is there when, and each channel's weekly hours and upcoming
//! exceptions. Back leads to the page it was opened from.

use suunta_core::answers::Answers;
use suunta_core::catalogue::raw::{Channel, Hours, Service};
use suunta_core::hours::{
    sessions, upcoming_exceptions, week_table, Basis, Deviation, HolidayOpening,
};
use suunta_core::matching::recommend;
use suunta_core::wording::{self, calendar};

use super::card::{card, shown, CardContext};
use super::channel::plain;
use super::links::href;
use crate::screen::{Body, HoursTable, Section, ServiceScreen, Shown};
use crate::words::{say, Say};

/// How far ahead the days with other hours are listed: far enough for Christmas and Easter to
/// show while people plan around them.
const EXCEPTIONS_AHEAD_DAYS: u16 = 60;

pub fn screen(service: &Service, context: CardContext) -> (String, Body) {
    let lang = context.lang;
    let answers = context.answers;
    // The reasons it was recommended for these answers, if it was.
    let catalogue = context.catalogue;
    let found = recommend(&catalogue.services, catalogue.geography, answers, Some(context.now));
    let reasons = found
        .services
        .iter()
        .find(|recommendation| recommendation.service.id == service.id)
        .map(|recommendation| {
            recommendation.reasons.iter().map(|reason| wording::reason(reason, lang)).collect()
        })
        .unwrap_or_default();
    let card = card(service, reasons, context);
    let heading = card.name.text.clone();
    let back = Answers { service: None, ..answers.clone() };
    let body = Body::Service(ServiceScreen {
        description: shown(&service.description, context.lang),
        sections: sections(service, context),
        hours: service
            .channels
            .iter()
            .filter_map(|channel| hours_table(channel, &card_label(channel, context), context))
            .collect(),
        back_href: href(&back),
        card,
    });
    (heading, body)
}

fn card_label(channel: &Channel, context: CardContext) -> String {
    plain(&channel.name, context.lang)
        .unwrap_or_else(|| wording::channel_kind_label(channel.kind, context.lang).to_owned())
}

fn sections(service: &Service, context: CardContext) -> Vec<Section> {
    let lang = context.lang;
    let section = |heading: Say, paragraphs: Vec<Shown>| {
        (!paragraphs.is_empty())
            .then(|| Section { heading: say(heading, lang).to_owned(), paragraphs })
    };
    let plain_text = |text: String| Shown { text, lang: None };
    let who = ages(service, context)
        .into_iter()
        .map(plain_text)
        .chain(shown(&service.eligibility.note, lang));
    let accessibility =
        service.channels.iter().filter_map(|channel| shown(&channel.accessibility, lang));
    let present = service
        .channels
        .iter()
        .filter_map(|channel| channel.hours.as_ref())
        .flat_map(sessions)
        .map(|slot| {
            let when = format!(
                "{} {}",
                calendar::weekday(slot.day, lang),
                calendar::span(slot.from, slot.to, lang)
            );
            match shown(slot.who, lang) {
                Some(who) => Shown { text: format!("{when}: {}", who.text), lang: who.lang },
                None => plain_text(when),
            }
        });
    [
        section(Say::WhoItIsFor, who.collect()),
        section(Say::WhatToExpect, shown(&service.what_to_expect, lang).into_iter().collect()),
        section(Say::HowToApply, shown(&service.how_to_apply, lang).into_iter().collect()),
        section(Say::Accessibility, accessibility.collect()),
        section(Say::Sessions, present.collect()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The age limits in words, when the service has any.
fn ages(service: &Service, context: CardContext) -> Option<String> {
    let lang = context.lang;
    let eligibility = &service.eligibility;
    let text = match (eligibility.min_age, eligibility.max_age) {
        (Some(min), Some(max)) => say(Say::AgesBetween, lang)
            .replace("{min}", &min.to_string())
            .replace("{max}", &max.to_string()),
        (Some(min), None) => say(Say::AgesFrom, lang).replace("{min}", &min.to_string()),
        (None, Some(max)) => say(Say::AgesUpTo, lang).replace("{max}", &max.to_string()),
        (None, None) => return None,
    };
    Some(text)
}

/// A channel's week and the days ahead that differ; None when it has no hours to tabulate
/// (none at all, only a note, or only by appointment, which its status already says).
fn hours_table(channel: &Channel, label: &str, context: CardContext) -> Option<HoursTable> {
    let hours = channel.hours.as_ref()?;
    let has_week = hours.always_open || !hours.weekly.is_empty();
    if hours.by_appointment || (!has_week && hours.exceptions.is_empty()) {
        return None;
    }
    let lang = context.lang;
    let week = week_table(hours)
        .into_iter()
        .map(|(day, spans)| {
            (calendar::weekday(day, lang).to_owned(), wording::hours::day_hours(&spans, lang))
        })
        .collect();
    let exceptions = upcoming_exceptions(hours, context.now.date, EXCEPTIONS_AHEAD_DAYS)
        .iter()
        .map(|deviation| (dates(deviation, context), deviation_text(deviation, hours, context)))
        .collect();
    let caption = match plain_address(channel, context) {
        Some(address) => format!("{label}: {address}"),
        None => label.to_owned(),
    };
    Some(HoursTable { caption, week, exceptions })
}

fn plain_address(channel: &Channel, context: CardContext) -> Option<String> {
    let address = channel.address.as_ref()?;
    plain(&address.street, context.lang).or_else(|| plain(&address.venue, context.lang))
}

/// "24.12.2026", or "24.12.2026 – 26.12.2026" for a run of days.
fn dates(deviation: &Deviation, context: CardContext) -> String {
    let lang = context.lang;
    if deviation.from == deviation.to {
        calendar::date(deviation.from, lang)
    } else {
        format!("{} – {}", calendar::date(deviation.from, lang), calendar::date(deviation.to, lang))
    }
}

/// What is different: the hours that day ("closed", "10.00–14.00") and why, when known.
fn deviation_text(deviation: &Deviation, hours: &Hours, context: CardContext) -> String {
    let lang = context.lang;
    let day_hours = wording::hours::day_hours(&deviation.spans, lang);
    let why = match deviation.basis {
        Basis::Exception(index) => hours
            .exceptions
            .get(index)
            .and_then(|exception| plain(&exception.note, lang))
            .map(|note| note.trim_end_matches('.').to_owned()),
        Basis::Holiday { holiday, opening: HolidayOpening::Unknown } => {
            Some(say(Say::MayBeClosed, lang).replace("{holiday}", holiday.name(lang)))
        }
        Basis::Holiday { holiday, .. } => Some(holiday.name(lang).to_owned()),
        Basis::Regular => None,
    };
    match why {
        Some(why) => format!("{day_hours} ({why})"),
        None => day_hours,
    }
}
