//! One service as the worker describes it: name (marked with its language when it is a
//! fallback), kind, summary, why it is listed, a caveat, its channels as real links with their
//! address, distance and "open now", where the information comes from, and "report wrong
//! information". The same card opens the service's own page, without the name there (the page's
//! heading already says it).

use leptos::either::Either;
use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::{Card, ChannelView, Shown};

use crate::qr_code::qr_svg;
use crate::texts::{only_in, text, Msg};

/// A catalogue text, with `lang` set only when it is in another language than the page, and
/// then a note that says so: a reader who cannot read it should know it is not their language
/// by mistake, and that there is no translation to look for.
pub fn shown_text(shown: Shown, class: &'static str, page: Lang) -> impl IntoView {
    let note = shown.lang.map(|written| {
        view! { <p class="fallback-note" data-testid="fallback-note">{only_in(page, written)}</p> }
    });
    view! {
        <p class=class lang=shown.lang.map(Lang::id)>{shown.text}</p>
        {note}
    }
}

/// `https:` links leave the app; they open without telling the site where they came from.
fn channel_link_rel(href: &str) -> Option<&'static str> {
    href.starts_with("https:").then_some("noopener noreferrer")
}

fn channel(channel: ChannelView, lang: Lang) -> impl IntoView {
    let links = channel
        .links
        .into_iter()
        .map(|link| match link.qr {
            // On a kiosk: never a link out of the app, but the text and a code for a phone.
            Some(code) => Either::Left(view! {
                <span class="channel-link kiosk-qr" data-testid=[link.kind.as_str(), "-qr"].concat()>
                    <span class="qr-text">{link.text.clone()}</span>
                    {qr_svg(code, [text(lang, Msg::QrOf), link.text.as_str()].concat())}
                </span>
            }),
            None => Either::Right(view! {
                <a
                    href=link.href.clone()
                    rel=channel_link_rel(&link.href)
                    class="channel-link"
                    data-testid=[link.kind.as_str(), "-link"].concat()
                >
                    {link.text}
                </a>
            }),
        })
        .collect_view();
    let line = |class: &'static str, value: Option<String>| {
        value.map(|value| view! { <span class=class>{value}</span> })
    };
    let details = (!channel.details.is_empty()).then(|| {
        let items =
            channel.details.into_iter().map(|detail| view! { <li>{detail}</li> }).collect_view();
        view! { <ul class="details">{items}</ul> }
    });
    view! {
        <li class="channel" data-kind=channel.kind>
            <span class="channel-label">{channel.label}</span>
            {line("status", channel.status)}
            {line("address", channel.address)}
            {line("distance", channel.distance)}
            {links}
            {details}
        </li>
    }
}

/// The card's content. `own_page`: shown on the service's page, so no name and no link to it.
pub fn card_content(card: Card, own_page: bool, lang: Lang) -> impl IntoView {
    let name = (!own_page).then(|| {
        view! {
            <h3 class="service-name" lang=card.name.lang.map(Lang::id)>
                <a href=card.href.clone() data-testid="service-link">{card.name.text}</a>
            </h3>
        }
    });
    let reasons = (!card.reasons.is_empty()).then(|| {
        let items =
            card.reasons.into_iter().map(|reason| view! { <li>{reason}</li> }).collect_view();
        view! {
            <h4 class="reasons-heading">{text(lang, Msg::WhyListed)}</h4>
            <ul class="reasons" data-testid="reasons">{items}</ul>
        }
    });
    let channels = card.channels.into_iter().map(|view| channel(view, lang)).collect_view();
    view! {
        {card.here.map(|here| view! { <p class="here" data-testid="you-are-here">{here}</p> })}
        {name}
        <p class="kind">{card.kind}</p>
        {card.summary.map(|summary| shown_text(summary, "summary-text", lang))}
        {card.note.map(|note| view! { <p class="note" data-testid="note">{note}</p> })}
        {reasons}
        <ul class="channels">{channels}</ul>
        {card.provenance.map(|provenance| view! { <p class="provenance">{provenance}</p> })}
        {card.report.map(|report| view! {
            <p class="report">
                <a href=report.href data-testid="report-link">{report.text}</a>
            </p>
        })}
    }
}

pub fn service_card(card: Card, lang: Lang) -> impl IntoView {
    let id = card.id.clone();
    let class = if card.here.is_some() { "service-card here-card" } else { "service-card" };
    view! {
        <li class=class data-testid="service-card" data-service-id=id>
            {card_content(card, false, lang)}
        </li>
    }
}
