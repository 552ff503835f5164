//! A service's own page: the description, the card's facts, the catalogue's headed sections
//! ("What to expect", "How to apply", ...) and each channel's weekly hours and upcoming
//! exceptions as tables.

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::{HoursTable, ServiceScreen};

use crate::pager::HEADING_ID;
use crate::service_card::{card_content, shown_text};
use crate::texts::{text, Msg};

/// Two-column rows with the first cell as the row's header.
pub fn rows(rows: Vec<(String, String)>) -> impl IntoView {
    rows.into_iter()
        .map(|(day, hours)| {
            view! {
                <tr>
                    <th scope="row">{day}</th>
                    <td>{hours}</td>
                </tr>
            }
        })
        .collect_view()
}

fn table(
    caption: String,
    first: Msg,
    second: Msg,
    body: Vec<(String, String)>,
    lang: Lang,
) -> impl IntoView {
    view! {
        <table class="hours">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{text(lang, first)}</th>
                    <th scope="col">{text(lang, second)}</th>
                </tr>
            </thead>
            <tbody>{rows(body)}</tbody>
        </table>
    }
}

fn hours(hours: HoursTable, lang: Lang) -> impl IntoView {
    let exceptions = (!hours.exceptions.is_empty()).then(|| {
        let caption = [hours.caption.as_str(), ": ", text(lang, Msg::Exceptions)].concat();
        table(caption, Msg::Date, Msg::Hours, hours.exceptions, lang)
    });
    view! {
        {table(hours.caption, Msg::Day, Msg::Hours, hours.week, lang)}
        {exceptions}
    }
}

pub fn service_page(service: ServiceScreen, heading: String, lang: Lang) -> impl IntoView {
    let ServiceScreen { card, description, sections, hours: tables, back_href } = service;
    let id = card.id.clone();
    let name_lang = card.name.lang.map(Lang::id);
    let sections = sections
        .into_iter()
        .map(|section| {
            let paragraphs = section
                .paragraphs
                .into_iter()
                .map(|paragraph| shown_text(paragraph, "", lang))
                .collect_view();
            view! {
                <section class="service-section">
                    <h3>{section.heading}</h3>
                    {paragraphs}
                </section>
            }
        })
        .collect_view();
    let hours = (!tables.is_empty()).then(|| {
        let tables = tables.into_iter().map(|table| hours(table, lang)).collect_view();
        view! {
            <section class="service-section">
                <h3>{text(lang, Msg::OpeningHours)}</h3>
                {tables}
            </section>
        }
    });
    view! {
        <article class="service-page" data-testid="service-page" data-service-id=id>
            <p class="back">
                <a href=back_href class="back-link" data-testid="back">{text(lang, Msg::BackToResults)}</a>
            </p>
            <h2 id=HEADING_ID tabindex="-1" lang=name_lang>{heading}</h2>
            {description.map(|description| shown_text(description, "description", lang))}
            <div class="service-card">{card_content(card, true, lang)}</div>
            {sections}
            {hours}
        </article>
    }
}
