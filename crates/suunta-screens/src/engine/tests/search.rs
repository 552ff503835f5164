//! Search, browse lists and a region's overview (issue 10), on the shipped catalogue.

use suunta_core::catalogue::publish::{ALL_REGIONS_FILE, GEOGRAPHY_FILE, NATIONAL_FILE};
use suunta_core::catalogue::raw::{CatalogueFile, Need, Service};
use suunta_core::coverage::{coverage, NeedStatus};
use suunta_core::lang::Lang;
use suunta_core::wording;

use super::harness::{published, query_of, Worker};
use crate::screen::{Body, Card, OverviewScreen, ResultsScreen, Screen, Table};

fn listing(screen: &Screen) -> &ResultsScreen {
    match &screen.body {
        Body::Results(listing) => listing,
        other => panic!("not a listing: {other:#?}"),
    }
}

fn ids(screen: &Screen) -> Vec<&str> {
    listing(screen).cards.iter().map(|card| card.id.as_str()).collect()
}

fn status(screen: &Screen) -> &str {
    &screen.search.as_ref().expect("a search box").status
}

/// Every service the app ships, as `suunta-cli coverage` reads them.
fn all_services() -> Vec<Service> {
    [NATIONAL_FILE, ALL_REGIONS_FILE]
        .into_iter()
        .flat_map(|file| {
            serde_json::from_str::<CatalogueFile>(&published()[file]).expect("JSON").services
        })
        .collect()
}

#[test]
fn a_search_with_a_typo_finds_the_ohjaamo_first_and_says_how_many() {
    let mut worker = Worker::new();
    let screen = worker.screen("q=ohjamo%20tampere");
    assert_eq!(ids(&screen)[0], "ohjaamo-tampere");
    assert_eq!(screen.heading, "Hakutulokset");
    let count = ids(&screen).len();
    let expected = if count == 1 {
        "1 palvelu löytyi haulla ”ohjamo tampere”.".to_owned()
    } else {
        format!("{count} palvelua löytyi haulla ”ohjamo tampere”.")
    };
    assert_eq!(status(&screen), expected);
    let search = screen.search.as_ref().unwrap();
    assert_eq!(search.value, "ohjamo tampere");
    assert_eq!(search.keep, "");
    // The same cards as the results: channels, and no reasons (nothing was answered).
    assert_eq!(listing(&screen).links[0].href, "?browse=all", "on to the lists to browse");
    let card: &Card = &listing(&screen).cards[0];
    assert!(card.reasons.is_empty());
    assert!(!card.channels.is_empty());
    assert_eq!(card.href, "?service=ohjaamo-tampere&q=ohjamo%20tampere");
    // A search looks at the whole country at once.
    assert_eq!(worker.fetched, [GEOGRAPHY_FILE, NATIONAL_FILE, ALL_REGIONS_FILE]);
}

#[test]
fn diacritics_and_swedish_names_are_found_in_every_language() {
    let mut worker = Worker::new();
    let screen = worker.screen("q=jyvaskyla");
    assert!(ids(&screen).contains(&"ohjaamo-jyvaskyla"), "{:?}", ids(&screen));
    let screen = worker.screen("lang=sv&q=navigatorn%20vasa");
    assert_eq!(ids(&screen)[0], "ohjaamo-vaasa");
    assert_eq!(screen.heading, "Sökresultat");
    assert!(status(&screen).contains("hittades"), "{}", status(&screen));
    let search = screen.search.as_ref().unwrap();
    assert_eq!(search.keep, "lang=sv");
    let screen = worker.screen("lang=en&q=Jyv%C3%A4skyl%C3%A4%20ohjaamo");
    assert_eq!(ids(&screen)[0], "ohjaamo-jyvaskyla");
}

#[test]
fn a_search_that_finds_nothing_suggests_the_questions_and_the_national_services() {
    let mut worker = Worker::new();
    let screen = worker.screen("lang=en&q=xqzvw");
    assert!(ids(&screen).is_empty());
    assert_eq!(status(&screen), "No services were found for “xqzvw”.");
    let links: Vec<(&str, &str)> = listing(&screen)
        .links
        .iter()
        .map(|link| (link.href.as_str(), link.label.as_str()))
        .collect();
    assert_eq!(
        links,
        [
            ("?lang=en&edit=age", "Answer a few questions"),
            ("?lang=en&browse=national", "National services"),
            ("?lang=en&browse=all", "All lists of services"),
        ]
    );
    let national = worker.screen(query_of(links[1].0));
    assert!(!ids(&national).is_empty());
    assert!(ids(&national).contains(&"mieli-kriisipuhelin"), "{:?}", ids(&national));
}

#[test]
fn in_an_embed_for_a_region_search_keeps_to_the_region_and_the_national_services() {
    let mut worker = Worker::new();
    let everywhere = worker.screen("q=ohjaamo");
    assert!(ids(&everywhere).contains(&"ohjaamo-tampere"));
    assert!(ids(&everywhere).contains(&"ohjaamo-jyvaskyla"));
    let embedded = worker.screen("embed=https://www.jyvaskyla.fi&preset_region=13&q=ohjaamo");
    assert!(ids(&embedded).contains(&"ohjaamo-jyvaskyla"), "{:?}", ids(&embedded));
    assert!(!ids(&embedded).contains(&"ohjaamo-tampere"), "{:?}", ids(&embedded));
    assert!(ids(&embedded).len() < ids(&everywhere).len());
    let search = embedded.search.as_ref().unwrap();
    assert_eq!(search.keep, "embed=https://www.jyvaskyla.fi&preset_region=13");
    // A preset municipality keeps to its region too, and gives distances from it.
    let mut worker = Worker::new();
    let embedded = worker.screen("preset_municipality=179&q=ohjaamo");
    assert!(!ids(&embedded).contains(&"ohjaamo-tampere"), "{:?}", ids(&embedded));
    let jyvaskyla = &listing(&embedded).cards[0];
    assert_eq!(jyvaskyla.id, "ohjaamo-jyvaskyla");
    assert!(jyvaskyla.channels.iter().any(|channel| channel.distance.is_some()));
}

#[test]
fn the_filters_narrow_a_search_and_help_right_now_leaves_it() {
    let mut worker = Worker::new();
    let screen = worker.screen("lang=sv&q=ohjaamo");
    let all = ids(&screen).len();
    let swedish = listing(&screen)
        .filters
        .iter()
        .find(|filter| filter.href.contains("only=sv"))
        .expect("a filter for Swedish");
    let narrowed = worker.screen(query_of(&swedish.href));
    assert!(ids(&narrowed).len() < all, "{} of {all}", ids(&narrowed).len());
    assert!(ids(&narrowed).contains(&"ohjaamo-vaasa"));
    assert_eq!(screen.chrome.help_now.href, "?lang=sv&urgent=1");
    let urgent = worker.screen("urgent=1&q=ohjaamo");
    assert!(matches!(urgent.body, Body::Results(ref results) if results.urgent));
    assert!(urgent.search.is_none(), "no search beside help right now");
}

#[test]
fn the_start_page_and_the_results_offer_the_search_box() {
    let mut worker = Worker::new();
    let start = worker.screen("lang=sv&kiosk=1");
    let search = start.search.as_ref().expect("a search box on the start page");
    assert_eq!(search.keep, "lang=sv&kiosk=1");
    let results = worker.screen(
        "age=19&municipality=091&situation=studying&needs=work&reach=skip&service_lang=skip&done=1",
    );
    assert!(matches!(results.body, Body::Results(_)));
    let search = results.search.as_ref().expect("a search box above the results");
    assert!(search.keep.is_empty() && search.value.is_empty());
    let question = worker.screen("age=19");
    assert!(question.search.is_none());
}

#[test]
fn a_service_opened_from_a_search_goes_back_to_it() {
    let mut worker = Worker::new();
    let screen = worker.screen("q=ohjaamo%20tampere&service=ohjaamo-tampere");
    let Body::Service(service) = &screen.body else { panic!("{:#?}", screen.body) };
    assert_eq!(service.back_href, "?q=ohjaamo%20tampere");
}

#[test]
fn browse_lists_by_need_kind_region_and_municipality() {
    let mut worker = Worker::new();
    let services = all_services();
    let by_id = |id: &str| services.iter().find(|service| service.id == id).unwrap();

    let work = worker.screen("browse=need-work");
    assert_eq!(work.heading, "Palvelut: Työn löytäminen");
    assert!(!ids(&work).is_empty());
    assert!(ids(&work).iter().all(|id| by_id(id).needs.contains(&Need::Work)));

    let ohjaamot = worker.screen("lang=en&browse=kind-ohjaamo");
    assert!(ids(&ohjaamot).contains(&"ohjaamo-tampere"));
    assert!(ids(&ohjaamot).iter().all(|id| id.starts_with("ohjaamo-")), "{:?}", ids(&ohjaamot));
    let message = listing(&ohjaamot).message.clone().unwrap();
    assert_eq!(message, format!("{} services", ids(&ohjaamot).len()));

    let pirkanmaa = worker.screen("browse=region-06");
    assert!(ids(&pirkanmaa).contains(&"ohjaamo-tampere"));
    assert!(!ids(&pirkanmaa).contains(&"ohjaamo-jyvaskyla"));
    let links: Vec<&str> =
        listing(&pirkanmaa).links.iter().map(|link| link.href.as_str()).collect();
    assert!(links.contains(&"?browse=municipality-837"), "{links:?}");

    let tampere = worker.screen("browse=municipality-837");
    assert!(ids(&tampere).contains(&"ohjaamo-tampere"));
    let card = &listing(&tampere).cards.iter().find(|c| c.id == "ohjaamo-tampere").unwrap();
    assert!(card.channels.iter().any(|channel| channel.distance.is_some()), "from the centre");
    assert_eq!(listing(&tampere).links.last().unwrap().href, "?browse=all");
}

#[test]
fn the_list_of_lists_links_every_list_with_its_count() {
    let mut worker = Worker::new();
    let screen = worker.screen("lang=sv&browse=all");
    assert_eq!(screen.heading, "Bläddra bland tjänsterna");
    let links = &listing(&screen).links;
    let work = links.iter().find(|link| link.href == "?lang=sv&browse=need-work").expect("by need");
    let listed = worker.screen("lang=sv&browse=need-work");
    assert_eq!(work.label, format!("Att hitta arbete ({})", ids(&listed).len()));
    assert!(links.iter().any(|link| link.href == "?lang=sv&browse=kind-ohjaamo"));
    assert!(links.iter().any(|link| link.href == "?lang=sv&browse=national"));
    let regions = links.iter().filter(|link| link.href.contains("browse=region-")).count();
    assert_eq!(regions, 19, "every region");
    assert!(ids(&screen).is_empty());
    // An embed for a region lists only its region.
    let screen = worker.screen("preset_region=13&browse=all");
    let regions: Vec<&str> = listing(&screen)
        .links
        .iter()
        .filter(|link| link.href.contains("browse=region-"))
        .map(|link| link.href.as_str())
        .collect();
    assert_eq!(regions, ["?preset_region=13&browse=region-13"]);
}

#[test]
fn bad_or_unknown_codes_show_the_list_of_lists_with_a_note() {
    let mut worker = Worker::new();
    let screen = worker.screen("browse=region-99");
    assert_eq!(screen.heading, "Selaa palveluja");
    assert_eq!(screen.notes.len(), 1, "{:?}", screen.notes);
    let screen = worker.screen("browse=dragons&q=ohjaamo");
    assert!(!ids(&screen).is_empty(), "the search still counts");
    assert_eq!(screen.notes.len(), 1);
}

fn overview(screen: &Screen) -> &OverviewScreen {
    match &screen.body {
        Body::Overview(overview) => overview,
        other => panic!("not an overview: {other:#?}"),
    }
}

fn table<'s>(overview: &'s OverviewScreen, id: &str) -> &'s Table {
    overview.tables.iter().find(|table| table.id == id).unwrap_or_else(|| panic!("no table {id}"))
}

/// The facts' numbers in order: municipalities, services, without an Ohjaamo within reach,
/// with gaps, gaps.
fn facts(overview: &OverviewScreen) -> Vec<usize> {
    table(overview, "facts").rows.iter().map(|(_, number)| number.parse().unwrap()).collect()
}

#[test]
fn a_regions_overview_has_the_same_numbers_as_the_coverage_report() {
    let mut worker = Worker::new();
    let geography = super::harness::geography();
    let report = coverage(&geography, &all_services());
    for code in ["13", "06", "01", "21"] {
        let screen = worker.screen(&format!("lang=en&region={code}"));
        let page = overview(&screen);
        let covered = report.region(code).unwrap();
        let summary = &covered.summary;
        let facts = facts(page);
        assert_eq!(facts[0], summary.municipalities, "{code}");
        assert_eq!(facts[2], summary.municipalities_without_ohjaamo_within_reach, "{code}");
        assert_eq!(facts[3], summary.municipalities_with_gaps, "{code}");
        assert_eq!(facts[4], summary.gaps, "{code}");
        // Each need's second line has the three counts in order; the lines after it name the
        // municipalities with no local service for it.
        let needs = table(page, "needs");
        assert_eq!(needs.rows.len(), summary.needs.len());
        for (need, (label, detail)) in summary.needs.iter().zip(&needs.rows) {
            assert_eq!(label, wording::need_label(need.need, Lang::En, false), "{code}");
            let numbers: Vec<usize> = detail
                .lines()
                .nth(1)
                .unwrap()
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|part| part.parse().ok())
                .collect();
            assert_eq!(numbers, [need.local, need.national_only, need.none], "{code} {need:?}");
            let missing = covered
                .municipalities
                .iter()
                .filter(|m| {
                    m.needs.iter().any(|c| c.need == need.need && c.status != NeedStatus::Local)
                })
                .count();
            let named: usize = detail.lines().skip(2).map(|line| line.split(", ").count()).sum();
            assert_eq!(named, missing, "{code} {need:?}: {detail:?}");
        }
        // The municipalities with no Ohjaamo within reach, each named.
        let far: Vec<String> = covered
            .municipalities
            .iter()
            .filter(|municipality| !municipality.has_ohjaamo_within_reach())
            .map(|municipality| municipality.name.localized(Lang::En).unwrap().text.to_owned())
            .collect();
        let listed: Vec<String> = table(page, "gaps")
            .rows
            .iter()
            .filter(|(_, nearest)| !nearest.is_empty())
            .map(|(municipality, _)| municipality.clone())
            .collect();
        assert_eq!(listed, far, "{code}");
    }
}

#[test]
fn an_overview_groups_the_regions_services_by_kind_and_need_with_municipalities_and_checks() {
    let mut worker = Worker::new();
    let screen = worker.screen("region=13");
    assert_eq!(screen.heading, "Alueen yleiskuva: Keski-Suomi");
    let page = overview(&screen);
    let ohjaamot = table(page, "kind-ohjaamo");
    assert_eq!(ohjaamot.heading, "Ohjaamo");
    let (_, jyvaskyla) =
        ohjaamot.rows.iter().find(|(name, _)| name.contains("Jyväskylä")).expect("listed");
    let lines: Vec<&str> = jyvaskyla.lines().collect();
    assert!(
        lines.iter().any(|line| line.starts_with("Kunnat: ") || line.starts_with("Kaikki ")),
        "{lines:?}"
    );
    assert!(lines.iter().any(|line| line.starts_with("Tarkistettu ")), "{lines:?}");
    // Every regional service once, under its kind.
    let listed: usize = page
        .tables
        .iter()
        .filter(|table| table.id.starts_with("kind-"))
        .map(|table| table.rows.len())
        .sum();
    assert_eq!(listed, facts(page)[1]);
    let browsed = worker.screen("browse=region-13");
    assert_eq!(listed, ids(&browsed).len());
    // Each need lists the region's services for it.
    let work = &table(page, "needs").rows[0];
    assert!(work.1.starts_with("Paikalliset palvelut: "), "{work:?}");
    // Nothing in the shipped catalogue is over two years old at the time of the tests.
    assert!(page
        .tables
        .iter()
        .flat_map(|table| &table.rows)
        .all(|(_, row)| !row.contains("EI TARKISTETTU")));
    // The region's list links to its overview, and the overview back to the list.
    assert!(listing(&browsed).links.iter().any(|link| query_of(&link.href) == "region=13"));
    assert_eq!(page.back.href, "?browse=region-13");
}

#[test]
fn an_overview_marks_the_records_not_checked_for_over_two_years_in_words() {
    let mut worker = Worker::new();
    // The same catalogue, read three years on.
    let later = super::harness::noon_on_a_tuesday() + 3 * 366 * 24 * 3600 * 1000;
    let request = super::harness::request("lang=en&region=13", crate::message::Ask::Show);
    let request = crate::message::Request { now_ms: later, ..request };
    let screen = super::harness::screen_of(worker.serve(&request));
    let rows: Vec<&str> = overview(&screen)
        .tables
        .iter()
        .filter(|table| table.id.starts_with("kind-"))
        .flat_map(|table| &table.rows)
        .map(|(_, detail)| detail.lines().next().unwrap())
        .collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|line| *line == "NOT CHECKED for over 2 years: check the record"));
}

#[test]
fn an_unknown_region_shows_the_list_of_lists_with_a_note() {
    let mut worker = Worker::new();
    let screen = worker.screen("lang=en&region=99");
    assert_eq!(screen.heading, "Browse services");
    assert_eq!(screen.notes.len(), 1);
}
