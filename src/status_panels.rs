//! The panels shown instead of a page: while the first screen is on its way, and when the
//! catalogue (or the worker itself) cannot be loaded. Never a blank page.

use leptos::prelude::*;
use suunta_core::lang::Lang;

use crate::pager::{use_pager, HEADING_ID};
use crate::texts::{text, Msg};

pub fn loading_panel(lang: Lang) -> impl IntoView {
    view! {
        <p class="panel loading" role="status" aria-live="polite" data-testid="loading">
            {text(lang, Msg::Loading)}
        </p>
    }
}

/// What went wrong (the worker's words, or the page's own when the worker cannot answer), that
/// the answers are safe, the emergency number, and a way to try again.
pub fn failed_panel(lang: Lang, heading: Option<String>, message: Option<String>) -> impl IntoView {
    let pager = use_pager();
    let heading = heading.unwrap_or_else(|| text(lang, Msg::LoadFailedHeading).to_owned());
    let message = message.unwrap_or_else(|| text(lang, Msg::LoadFailedBody).to_owned());
    view! {
        <section class="panel error" role="alert" data-testid="load-failed" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID tabindex="-1">{heading}</h2>
            <p>{message}</p>
            <p>
                <button type="button" data-testid="retry" on:click=move |_| pager.retry()>
                    {text(lang, Msg::TryAgain)}
                </button>
            </p>
            <p>
                <a href="tel:112" class="contact" data-testid="call-112">
                    {text(lang, Msg::UrgentCall112)}
                </a>
            </p>
        </section>
    }
}
