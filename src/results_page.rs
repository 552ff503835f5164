//! The results: the services recommended for the answers, each with its reasons, the message
//! when nothing fits exactly, the filters that narrow them (links, so they live in the address
//! too), "Change your answers" and "Start again". After "Help right now" the same page lists
//! the urgent services, with Back to where the reader was.

use leptos::either::Either;
use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::{Filter, ResultsScreen};

use crate::pager::HEADING_ID;
use crate::qr_code;
use crate::results_map::results_map;
use crate::service_card::service_card;
use crate::texts::{text, Msg};

/// Links as a row of pills in a labelled navigation: the filters, or a list's ways on.
fn filters(filters: Vec<Filter>, label: &'static str, testid: &'static str) -> impl IntoView {
    (!filters.is_empty()).then(|| {
        let links = filters
            .into_iter()
            .map(|filter| {
                view! {
                    <li>
                        <a
                            href=filter.href
                            class="filter"
                            data-testid="filter"
                            aria-current=filter.on.then_some("true")
                        >
                            {filter.label}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="filters" aria-label=label data-testid=testid>
                <ul>{links}</ul>
            </nav>
        }
    })
}

/// The results, and drawn the same way the services a search found or a list to browse (with
/// their links on, in place of "Change your answers").
pub fn results_page(results: ResultsScreen, heading: String, lang: Lang) -> impl IntoView {
    // With a map, the cards show the numbers its marks carry.
    let list_class = if results.map.is_some() { "service-list numbered" } else { "service-list" };
    let cards = if results.cards.is_empty() && results.links.is_empty() {
        Either::Left(view! { <p data-testid="no-services">{text(lang, Msg::NoServices)}</p> })
    } else {
        let cards = results.cards.into_iter().map(|card| service_card(card, lang)).collect_view();
        Either::Right(view! { <ol class=list_class>{cards}</ol> })
    };
    let map = results.map.map(results_map);
    let urgent = results.urgent;
    // A search or a list has no answers to change: its ways on instead.
    let listing = !urgent && results.change_href.is_empty();
    let back = urgent.then(|| {
        view! {
            <p class="back">
                <a href=results.change_href.clone() class="back-link" data-testid="back">
                    {text(lang, Msg::Back)}
                </a>
            </p>
        }
    });
    let links = filters(results.links, text(lang, Msg::Suggestions), "listing-links");
    let change = (!urgent && !listing).then(|| {
        view! {
            <a href=results.change_href class="change-answers" data-testid="change-answers">
                {text(lang, Msg::ChangeAnswers)}
            </a>
        }
    });
    view! {
        <section class="results" data-testid=if urgent { "urgent-page" } else { "results-page" }>
            {back}
            <h2 id=HEADING_ID tabindex="-1">{heading}</h2>
            {results.message.map(|message| view! { <p class="panel fit-note" data-testid="fit-note">{message}</p> })}
            {filters(results.filters, text(lang, Msg::Filters), "filters")}
            <div data-testid="results">{cards}</div>
            {links}
            {map}
            <p class="actions">
                {change}
                <a href=results.start_again_href class="start-again" data-testid="start-again">
                    {text(lang, Msg::StartAgain)}
                </a>
            </p>
            <div id=qr_code::PLACE></div>
            {results.catalogue_updated.map(|updated| view! { <p class="catalogue-updated" data-testid="catalogue-updated">{updated}</p> })}
        </section>
    }
}
