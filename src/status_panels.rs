//! The panels shown instead of a page while the catalogue loads, or when it could not be loaded.

use leptos::prelude::*;
use suunta_core::lang::Lang;

use crate::catalogue_loader::LoadError;
use crate::texts::{text, Msg};

#[component]
pub fn LoadingPanel(lang: Lang) -> impl IntoView {
    view! {
        <p class="panel loading" data-testid="loading">
            {text(lang, Msg::Loading)}
        </p>
    }
}

/// Never a blank page: what went wrong, that the answers are safe, and a way to try again.
#[component]
pub fn LoadFailedPanel(
    lang: Lang,
    error: LoadError,
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <section class="panel error" data-testid="load-failed" aria-labelledby="step-heading">
            <h2 id="step-heading" tabindex="-1">
                {text(lang, Msg::LoadFailedHeading)}
            </h2>
            <p>{text(lang, Msg::LoadFailedBody)}</p>
            <p class="detail">
                <code>{format!("{}: {}", error.file, error.detail)}</code>
            </p>
            <button type="button" data-testid="retry" on:click=move |_| on_retry()>
                {text(lang, Msg::Retry)}
            </button>
        </section>
    }
}
