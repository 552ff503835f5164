//! Search and browse (issue 10): the services found by a free-text search (`q=`), or listed by
//! need, kind, region or municipality (`browse=`), as the results' cards with their filters.
//! Nothing was answered, so the cards give no reasons; a home municipality (an embed's preset,
//! or the municipality browsed) still gives distances.

use suunta_core::answers::{to_query, Answer, Answers, Browse};
use suunta_core::catalogue::raw::{Area, Need, Service, ServiceKind, Status, Text};
use suunta_core::geography::{area_covers, Geography};
use suunta_core::lang::Lang;
use suunta_core::questionnaire::Question;
use suunta_core::search::SearchIndex;
use suunta_core::sorting;

use super::card::{card, CardContext};
use super::catalogue::Catalogue;
use super::filters;
use super::links::href;
use super::results::{can_be_reached, catalogue_updated};
use crate::screen::{Body, Card, Filter, Link, ResultsScreen, SearchBox};
use crate::words::{say, Say};

/// What every search, list and overview starts from: how the reader reads and what the host
/// or the kiosk chose, and no answer.
pub fn base(answers: &Answers) -> Answers {
    Answers {
        lang: answers.lang,
        plain: answers.plain,
        embed: answers.embed.clone(),
        kiosk: answers.kiosk.clone(),
        ..Answers::default()
    }
}

/// The address of the list `browse`.
pub fn browse_href(answers: &Answers, browse: Browse) -> String {
    href(&Answers { browse: Some(browse), ..base(answers) })
}

/// The search box: its value, the pairs its address keeps, and what the search found.
pub fn search_box(answers: &Answers, status: String) -> SearchBox {
    let keep = to_query(&base(answers));
    let value = answers.search.as_ref().map(|text| text.as_str().to_owned()).unwrap_or_default();
    SearchBox { value, keep, status }
}

/// A catalogue name in the reader's language (or its fallback), empty when it has none.
pub fn name(text: &Text, lang: Lang) -> String {
    text.localized(lang).map(|localized| localized.text.to_owned()).unwrap_or_default()
}

pub fn is_national(service: &Service) -> bool {
    matches!(service.eligibility.area, Area::WholeCountry | Area::WholeCountryExceptAland)
}

/// Whether `service` serves at least one municipality of the region: what puts it in the
/// region's file (`suunta_core::catalogue::publish::placement`).
pub fn serves_region(geography: &Geography, service: &Service, region: &str) -> bool {
    geography
        .municipalities()
        .iter()
        .filter(|municipality| municipality.region == region)
        .any(|municipality| area_covers(&service.eligibility.area, municipality))
}

/// The region an embed keeps to: its preset region, or its preset municipality's region.
pub fn scope(answers: &Answers, geography: &Geography) -> Option<String> {
    let preset_region = answers.embed.region.as_ref().map(|region| region.as_str().to_owned());
    preset_region.filter(|region| geography.region(region).is_some()).or_else(|| {
        let code = answers.embed.municipality.as_ref()?;
        geography.municipality(code.as_str()).map(|municipality| municipality.region.clone())
    })
}

/// The active services a search or list may show: in an embed for a region, those serving it
/// and the national ones.
pub fn listable<'c>(answers: &Answers, catalogue: &'c Catalogue) -> Vec<&'c Service> {
    let scope = scope(answers, catalogue.geography);
    catalogue
        .services
        .iter()
        .filter(|service| service.provenance.status == Status::Active)
        .filter(|service| match &scope {
            Some(region) => {
                is_national(service) || serves_region(catalogue.geography, service, region)
            }
            None => true,
        })
        .collect()
}

/// Sorted by their names in the reader's language, then by id.
pub fn by_name(services: &mut Vec<&Service>, lang: Lang) {
    sorting::sort_by(services, |a: &&Service, b: &&Service| {
        name(&a.name, lang).cmp(&name(&b.name, lang)).then_with(|| a.id.cmp(&b.id))
    });
}

/// The cards of the services that pass the filters, and the filters offered for all of them.
fn cards(found: &[&Service], context: CardContext, lang: Lang) -> (Vec<Card>, Vec<Filter>) {
    let only = &context.answers.only;
    let cards = found
        .iter()
        .filter(|service| filters::passes_all(service, only, context.now))
        .map(|service| card(service, Vec::new(), context))
        .filter(can_be_reached)
        .collect();
    (cards, filters::offered(found, context.answers, context.now, lang))
}

fn count(lang: Lang, count: usize, one: Say, many: Say) -> String {
    let text = if count == 1 { say(one, lang) } else { say(many, lang) };
    text.replace("{count}", &count.to_string())
}

/// The services found for the search text, best first; the heading, the body and the search
/// box with how many were found.
pub fn search(
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
    now_ms: i64,
) -> (String, Body, SearchBox) {
    let text = answers.search.as_ref().map(|text| text.as_str()).unwrap_or_default();
    let context = CardContext::new(answers, catalogue, lang, now_ms);
    let allowed: Vec<&str> =
        listable(answers, catalogue).iter().map(|service| service.id.as_str()).collect();
    let index = SearchIndex::new(&catalogue.services, catalogue.geography);
    let found: Vec<&Service> = index
        .search(text)
        .into_iter()
        .map(|hit| &catalogue.services[hit.service])
        .filter(|service| allowed.contains(&service.id.as_str()))
        .collect();
    let (cards, filters) = cards(&found, context, lang);
    // Every search leads on to the lists to browse; one that found nothing first to the
    // questionnaire and the national services.
    let all_lists = Link {
        href: browse_href(answers, Browse::All),
        text: say(Say::BackToBrowse, lang).to_owned(),
    };
    let (status, message, links) = if found.is_empty() {
        let first = Answers { edit: Some(Question::ALL[0]), ..base(answers) };
        let links = vec![
            Link { href: href(&first), text: say(Say::SearchTryQuestions, lang).to_owned() },
            Link {
                href: browse_href(answers, Browse::National),
                text: say(Say::NationalServices, lang).to_owned(),
            },
            all_lists,
        ];
        (say(Say::SearchFoundNone, lang).to_owned(), None, links)
    } else {
        let message = cards.is_empty().then(|| say(Say::NothingWithFilters, lang).to_owned());
        let status = count(lang, cards.len(), Say::SearchFoundOne, Say::SearchFoundMany);
        (status, message, vec![all_lists])
    };
    let body = results(answers, catalogue, lang, message, cards, filters, links);
    let status = status.replace("{query}", text.trim());
    (say(Say::SearchHeading, lang).to_owned(), body, search_box(answers, status))
}

/// A list to browse: its heading and body, or None when its region or municipality is not in
/// the geography (`Browse::All` is the list of lists, `overview::browse_index`).
pub fn browse(
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
    now_ms: i64,
    browse: &Browse,
) -> Option<(String, Body)> {
    let geography = catalogue.geography;
    let listable = listable(answers, catalogue);
    let mut links = Vec::new();
    let mut home = None;
    let (what, found): (String, Vec<&Service>) = match browse {
        Browse::All => return None,
        Browse::National => {
            let found = listable.into_iter().filter(|service| is_national(service)).collect();
            return Some(listing(
                answers,
                catalogue,
                lang,
                now_ms,
                Listing {
                    heading: say(Say::NationalServices, lang).to_owned(),
                    found,
                    links,
                    home,
                },
            ));
        }
        Browse::Need(need) => (
            suunta_core::wording::need_label(*need, lang, false).to_owned(),
            listable.into_iter().filter(|service| service.needs.contains(need)).collect(),
        ),
        Browse::Kind(kind) => (
            suunta_core::wording::service_kind_label(*kind, lang).to_owned(),
            listable.into_iter().filter(|service| service.kind == *kind).collect(),
        ),
        Browse::Region(code) => {
            let region = geography.region(code.as_str())?;
            let region_name = name(&region.name, lang);
            for municipality in geography.municipalities() {
                if municipality.region == code.as_str() {
                    let Some(code) =
                        suunta_core::answers::MunicipalityCode::parse(&municipality.code)
                    else {
                        continue;
                    };
                    links.push(Link {
                        href: browse_href(answers, Browse::Municipality(code)),
                        text: name(&municipality.name, lang),
                    });
                }
            }
            links.push(Link {
                href: href(&Answers { overview: Some(code.clone()), ..base(answers) }),
                text: say(Say::OverviewLink, lang).to_owned(),
            });
            let found = listable
                .into_iter()
                .filter(|service| {
                    !is_national(service) && serves_region(geography, service, code.as_str())
                })
                .collect();
            (region_name, found)
        }
        Browse::Municipality(code) => {
            let municipality = geography.municipality(code.as_str())?;
            home = Some(code.clone());
            links.push(Link {
                href: browse_href(answers, Browse::National),
                text: say(Say::NationalServices, lang).to_owned(),
            });
            let found = listable
                .into_iter()
                .filter(|service| {
                    !is_national(service) && area_covers(&service.eligibility.area, municipality)
                })
                .collect();
            (name(&municipality.name, lang), found)
        }
    };
    let heading = say(Say::ServicesOf, lang).replace("{what}", &what);
    Some(listing(answers, catalogue, lang, now_ms, Listing { heading, found, links, home }))
}

struct Listing<'s> {
    heading: String,
    found: Vec<&'s Service>,
    links: Vec<Link>,
    /// The municipality browsed: the cards' distances are from its centre.
    home: Option<suunta_core::answers::MunicipalityCode>,
}

fn listing(
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
    now_ms: i64,
    listing: Listing,
) -> (String, Body) {
    let Listing { heading, mut found, links, home } = listing;
    by_name(&mut found, lang);
    let with_home;
    let answers = match home {
        Some(code) => {
            with_home = Answers { municipality: Some(Answer::Given(code)), ..answers.clone() };
            &with_home
        }
        None => answers,
    };
    let context = CardContext::new(answers, catalogue, lang, now_ms);
    let (cards, filters) = cards(&found, context, lang);
    let message = if cards.is_empty() && !found.is_empty() {
        say(Say::NothingWithFilters, lang).to_owned()
    } else if cards.is_empty() {
        say(Say::NoServices, lang).to_owned()
    } else {
        count(lang, cards.len(), Say::ListedOne, Say::ListedMany)
    };
    let mut links = links;
    links.push(Link {
        href: browse_href(answers, Browse::All),
        text: say(Say::BackToBrowse, lang).to_owned(),
    });
    let body = results(answers, catalogue, lang, Some(message), cards, filters, links);
    (heading, body)
}

/// The list of lists (`browse=all`): by need, by kind, the national services and each region,
/// each with how many services it lists. In an embed for a region, only that region.
pub fn browse_index(answers: &Answers, catalogue: &Catalogue, lang: Lang) -> (String, Body) {
    let geography = catalogue.geography;
    let services = listable(answers, catalogue);
    let mut links = Vec::new();
    let mut add = |browse: Browse, text: &str, listed: usize| {
        if listed > 0 {
            let text = [text, " (", &listed.to_string(), ")"].concat();
            links.push(Filter { label: text, href: browse_href(answers, browse), on: false });
        }
    };
    let count = |keep: &dyn Fn(&Service) -> bool| services.iter().filter(|s| keep(s)).count();
    for need in Need::ALL {
        let label = suunta_core::wording::need_label(need, lang, false);
        add(Browse::Need(need), label, count(&|service| service.needs.contains(&need)));
    }
    for kind in ServiceKind::ALL {
        let label = suunta_core::wording::service_kind_label(kind, lang);
        add(Browse::Kind(kind), label, count(&|service| service.kind == kind));
    }
    add(Browse::National, say(Say::NationalServices, lang), count(&is_national));
    let scope = scope(answers, geography);
    for region in geography.regions() {
        let Some(code) = suunta_core::answers::RegionCode::parse(&region.code) else { continue };
        if scope.as_ref().is_some_and(|scope| *scope != region.code) {
            continue;
        }
        let listed = count(&|service| {
            !is_national(service) && serves_region(geography, service, &region.code)
        });
        add(Browse::Region(code), &name(&region.name, lang), listed);
    }
    let intro = Some(say(Say::BrowseIntro, lang).to_owned());
    let links =
        links.into_iter().map(|filter| Link { href: filter.href, text: filter.label }).collect();
    let body = results(answers, catalogue, lang, intro, Vec::new(), Vec::new(), links);
    (say(Say::BrowseHeading, lang).to_owned(), body)
}

/// A search's or a list's page, drawn as the results are (no answers to change).
fn results(
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
    message: Option<String>,
    cards: Vec<Card>,
    filters: Vec<Filter>,
    links: Vec<Link>,
) -> Body {
    let links = links
        .into_iter()
        .map(|link| Filter { label: link.text, href: link.href, on: false })
        .collect();
    Body::Results(ResultsScreen {
        urgent: false,
        message,
        cards,
        filters,
        map: None,
        change_href: String::new(),
        start_again_href: href(&base(answers)),
        catalogue_updated: catalogue_updated(catalogue, lang),
        links,
    })
}
