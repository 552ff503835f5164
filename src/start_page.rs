//! The first screen: what Suunta does, that answers stay on the device, and the way to urgent help.

use leptos::prelude::*;
use suunta_core::lang::Lang;

use crate::texts::{text, Msg};
use crate::urgent_help::UrgentHelp;

#[component]
pub fn StartPage(lang: Lang) -> impl IntoView {
    let t = move |msg| text(lang, msg);
    view! {
        <section class="panel" data-testid="start-page" aria-labelledby="start-heading">
            <h2 id="start-heading">{t(Msg::StartHeading)}</h2>
            <p>{t(Msg::StartBody)}</p>
            <p data-testid="privacy-note">{t(Msg::PrivacyNote)}</p>
        </section>
        <UrgentHelp lang=lang />
    }
}
