//! Narrowing the results without answering again (`only=` in the URL): only services open now,
//! only those reachable by phone or online, only those serving in a language. Each filter is a
//! link that turns it on or off; a filter is offered only when it would change the list (or is
//! on), so a tap never silently does nothing.

use std::collections::BTreeSet;

use suunta_core::answers::{Answers, LanguageCode, Only};
use suunta_core::catalogue::raw::{ChannelKind, Service};
use suunta_core::hours::{status_at, LocalDateTime, OpenStatus};
use suunta_core::lang::Lang;
use suunta_core::wording;

use super::links::href;
use crate::screen::Filter;
use crate::words::{say, Say};

/// Whether a service passes every filter that is on.
pub fn passes_all(service: &Service, only: &BTreeSet<Only>, now: LocalDateTime) -> bool {
    only.iter().all(|filter| passes(service, filter, now))
}

fn passes(service: &Service, filter: &Only, now: LocalDateTime) -> bool {
    let channels = &service.channels;
    match filter {
        Only::OpenNow => {
            channels.iter().filter_map(|channel| channel.hours.as_ref()).any(|hours| {
                matches!(status_at(hours, now), OpenStatus::Open { .. } | OpenStatus::AlwaysOpen)
            })
        }
        Only::Remote => channels.iter().any(|channel| channel.kind != ChannelKind::Visit),
        Only::Language(code) => channels
            .iter()
            .any(|channel| channel.languages.iter().any(|language| language == code.as_str())),
    }
}

/// The filters to offer for these (unfiltered) services, each with the address that toggles it.
pub fn offered(
    services: &[&Service],
    answers: &Answers,
    now: LocalDateTime,
    lang: Lang,
) -> Vec<Filter> {
    let mut candidates = vec![Only::OpenNow, Only::Remote];
    let mut codes: Vec<String> = Lang::ALL.iter().map(|lang| lang.id().to_owned()).collect();
    let declared: BTreeSet<&str> = services
        .iter()
        .flat_map(|service| &service.channels)
        .flat_map(|channel| &channel.languages)
        .map(String::as_str)
        .collect();
    codes.extend(
        declared.into_iter().filter(|code| Lang::from_id(code).is_none()).map(str::to_owned),
    );
    candidates
        .extend(codes.iter().filter_map(|code| LanguageCode::parse(code)).map(Only::Language));
    candidates
        .into_iter()
        .filter_map(|filter| {
            let on = answers.only.contains(&filter);
            let passing = services.iter().filter(|service| passes(service, &filter, now)).count();
            let narrows = passing > 0 && passing < services.len();
            (on || narrows).then(|| Filter {
                label: label(&filter, lang),
                href: href(&toggled(answers, &filter)),
                on,
            })
        })
        .collect()
}

fn toggled(answers: &Answers, filter: &Only) -> Answers {
    let mut toggled = answers.clone();
    if !toggled.only.remove(filter) {
        toggled.only.insert(filter.clone());
    }
    toggled
}

fn label(filter: &Only, lang: Lang) -> String {
    match filter {
        Only::OpenNow => say(Say::OnlyOpenNow, lang).to_owned(),
        Only::Remote => say(Say::OnlyRemote, lang).to_owned(),
        Only::Language(code) => {
            wording::serves_in(&[code.as_str().to_owned()], lang).unwrap_or_default()
        }
    }
}
