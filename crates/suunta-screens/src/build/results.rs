//! The results: the services recommended for the answers, each with its reasons, the note when
//! they are not an exact local fit, and the filters that narrow them; or the urgent services
//! after "Help right now".

use suunta_core::answers::Answers;
use suunta_core::hours::civil::Date;
use suunta_core::lang::Lang;
use suunta_core::matching::recommend;
use suunta_core::questionnaire;
use suunta_core::wording;

use super::card::{card, CardContext};
use super::catalogue::Catalogue;
use super::filters;
use super::links::href;
use super::map::results_map;
use crate::screen::{Body, Card, ResultsScreen};
use crate::words::{say, Say};

pub fn screen(answers: &Answers, catalogue: &Catalogue, lang: Lang, now_ms: i64) -> (String, Body) {
    let context = CardContext::new(answers, catalogue, lang, now_ms);
    let found = recommend(&catalogue.services, catalogue.geography, answers, Some(context.now));
    // "Help right now" lists everything at once: nothing to narrow.
    let only = if answers.urgent { Default::default() } else { answers.only.clone() };
    let listed: Vec<_> = found
        .services
        .iter()
        .filter(|recommendation| filters::passes_all(recommendation.service, &only, context.now))
        .collect();
    let (services, cards): (Vec<_>, Vec<_>) = listed
        .iter()
        .map(|recommendation| {
            let reasons =
                recommendation.reasons.iter().map(|reason| wording::reason(reason, lang)).collect();
            (recommendation.service, card(recommendation.service, reasons, context))
        })
        // A service the catalogue gives no way to reach yet (a chat without its address) would
        // be a dead end, worst of all for someone who needs help now.
        .filter(|(_, card)| can_be_reached(card))
        .unzip();
    let home = answers
        .municipality_code()
        .and_then(|code| catalogue.geography.municipality(code.as_str()));
    let map = results_map(&services, home, catalogue.geography, lang);
    let filters = if answers.urgent {
        Vec::new()
    } else {
        let all: Vec<_> =
            found.services.iter().map(|recommendation| recommendation.service).collect();
        filters::offered(&all, answers, context.now, lang)
    };
    let message = if answers.urgent {
        Some(say(Say::UrgentIntro, lang).to_owned())
    } else if cards.is_empty() && !found.services.is_empty() {
        // The filters left nothing; each filter's link turns it off again.
        Some(say(Say::NothingWithFilters, lang).to_owned())
    } else if cards.is_empty() {
        Some(say(Say::NoServices, lang).to_owned())
    } else {
        wording::fit_note(found.fit, lang).map(str::to_owned)
    };
    let back =
        questionnaire::previous(answers, &catalogue.context()).unwrap_or_else(|| answers.cleared());
    let heading = if answers.urgent { Say::UrgentHeading } else { Say::ResultsHeading };
    let body = Body::Results(ResultsScreen {
        urgent: answers.urgent,
        message,
        cards,
        filters,
        map,
        change_href: href(&back),
        start_again_href: href(&answers.cleared()),
        catalogue_updated: catalogue_updated(catalogue, lang),
        links: Vec::new(),
    });
    (say(heading, lang).to_owned(), body)
}

/// The newest day a maintainer checked any of the services this page drew from: how fresh the
/// catalogue is at best, as `suunta-cli build` publishes it in `index.json`.
pub(super) fn catalogue_updated(catalogue: &Catalogue, lang: Lang) -> Option<String> {
    let newest = catalogue
        .services
        .iter()
        .filter_map(|service| Date::parse(&service.provenance.verified_on).ok())
        .max()?;
    Some(say(Say::CatalogueUpdated, lang).replace("{date}", &wording::calendar::date(newest, lang)))
}

/// Some channel has a link to follow or an address to go to.
pub(super) fn can_be_reached(card: &Card) -> bool {
    card.channels.iter().any(|channel| !channel.links.is_empty() || channel.address.is_some())
}
