//! The root component: decides the interface language and shows the current page.

use leptos::prelude::*;

use crate::browser;
use crate::start_page::StartPage;
use crate::texts::{text, Msg};

#[component]
pub fn App() -> impl IntoView {
    let lang = browser::initial_lang();
    // Syncing outward only: the static shell's texts follow the interface language.
    Effect::new(move |_| {
        browser::set_document_texts(
            lang,
            text(lang, Msg::DocumentTitle),
            text(lang, Msg::Heading),
            text(lang, Msg::Intro),
        );
    });
    view! { <StartPage lang=lang /> }
}
