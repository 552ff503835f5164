//! The first screen: what Suunta does, that answers stay on the device, and the way to urgent help.

use leptos::prelude::*;
use suunta_core::lang::Lang;

use crate::texts::{text, Msg};

#[component]
pub fn StartPage(lang: Lang) -> impl IntoView {
    let t = move |msg| text(lang, msg);
    view! {
        <section class="panel" data-testid="start-page" aria-labelledby="start-heading">
            <h2 id="start-heading">{t(Msg::StartHeading)}</h2>
            <p>{t(Msg::StartBody)}</p>
            <p data-testid="privacy-note">{t(Msg::PrivacyNote)}</p>
        </section>
        <aside class="panel urgent" data-testid="urgent-help" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{t(Msg::UrgentHeading)}</h2>
            <p>
                <a href="tel:112" data-testid="call-112">{t(Msg::UrgentCall112)}</a>
            </p>
        </aside>
    }
}
