//! The first screen: what Suunta does, that answers stay on the device, "Start", and urgent help
//! (the emergency number needs nothing loaded; the helplines are one link away).

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::{Link, StartScreen};

use crate::pager::HEADING_ID;
use crate::texts::{text, Msg};

pub fn start_page(start: StartScreen, help_now: &Link, lang: Lang) -> impl IntoView {
    let t = move |msg| text(lang, msg);
    view! {
        <section class="panel" data-testid="start-page" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID tabindex="-1">{t(Msg::StartHeading)}</h2>
            <ul class="start-points">
                <li>{t(Msg::StartAsksAboutYou)}</li>
                <li>{t(Msg::StartAsksHelp)}</li>
                <li>{t(Msg::StartNotSure)}</li>
            </ul>
            <p data-testid="privacy-note">{t(Msg::PrivacyNote)}</p>
            <p>
                <a class="button" href=start.start_href data-testid="start">{t(Msg::Start)}</a>
            </p>
        </section>
        <aside class="panel urgent" data-testid="urgent-help" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{t(Msg::UrgentHeading)}</h2>
            <p>
                <a class="contact" href="tel:112" data-testid="call-112">{t(Msg::UrgentCall112)}</a>
            </p>
            <p>
                <a class="contact" href=help_now.href.clone() data-testid="urgent-link">
                    {help_now.text.clone()}
                </a>
            </p>
        </aside>
    }
}
