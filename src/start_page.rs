//! The first screen: what Suunta does, that answers stay on the device, the way to urgent help,
//! and "Start".

use leptos::prelude::*;
use suunta_core::answers::Answers;
use suunta_core::lang::Lang;
use suunta_core::questionnaire::Question;

use crate::navigation::use_navigator;
use crate::texts::{text, Msg};

#[component]
pub fn StartPage(lang: Lang, answers: Answers) -> impl IntoView {
    let t = move |msg| text(lang, msg);
    let navigator = use_navigator();
    // The first question, opened explicitly: with nothing answered the start page would show
    // again. Back from it closes it and returns here.
    let first = Answers { edit: Some(Question::ALL[0]), ..answers.cleared() };
    view! {
        <section class="panel" data-testid="start-page" aria-labelledby="step-heading">
            <h2 id="step-heading" tabindex="-1">
                {t(Msg::StartHeading)}
            </h2>
            <p>{t(Msg::StartBody)}</p>
            <p data-testid="privacy-note">{t(Msg::PrivacyNote)}</p>
            <button type="button" class="start" data-testid="start" on:click=move |_| navigator.go(&first)>
                {t(Msg::Start)}
            </button>
        </section>
        <aside class="panel urgent" data-testid="urgent-help" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{t(Msg::UrgentHeading)}</h2>
            <p>
                <a href="tel:112" data-testid="call-112">
                    {t(Msg::UrgentCall112)}
                </a>
            </p>
        </aside>
    }
}
