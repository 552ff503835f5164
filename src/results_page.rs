//! The results: the services recommended for the answers, each with its reasons, the note when
//! they are not an exact local fit, and the urgent help. Also the "Help right now" page, which
//! lists only the urgent help.

use std::sync::Arc;

use leptos::prelude::*;
use suunta_core::answers::Answers;
use suunta_core::hours::helsinki;
use suunta_core::lang::Lang;
use suunta_core::matching::{recommend, Recommendations};
use suunta_core::questionnaire::previous;
use suunta_core::wording::{self, Label};

use crate::browser;
use crate::catalogue_state::Catalogue;
use crate::navigation::AnswersLink;
use crate::service_card::ServiceCard;
use crate::texts::{text, Msg};

fn cards(recommendations: &Recommendations, lang: Lang) -> impl IntoView {
    if recommendations.services.is_empty() {
        return view! { <p data-testid="no-services">{text(lang, Msg::NoServices)}</p> }.into_any();
    }
    let cards = recommendations
        .services
        .iter()
        .map(|recommendation| {
            let reasons = recommendation
                .reasons
                .iter()
                .map(|reason| wording::reason(reason, lang))
                .collect::<Vec<_>>();
            view! { <ServiceCard service=recommendation.service.clone() reasons=reasons lang=lang /> }
        })
        .collect_view();
    view! { <ol class="service-list">{cards}</ol> }.into_any()
}

fn back_link(answers: &Answers, catalogue: &Catalogue, lang: Lang) -> impl IntoView {
    previous(answers, &catalogue.context()).map(|back| {
        view! {
            <p class="back">
                <AnswersLink to=back class="back-link" testid="back">
                    {wording::label(Label::Back, lang)}
                </AnswersLink>
            </p>
        }
    })
}

#[component]
pub fn ResultsPage(answers: Answers, catalogue: Arc<Catalogue>, lang: Lang) -> impl IntoView {
    // The clock is read once per page: "open now" is as of when the results were shown.
    let now = helsinki::to_local(browser::now_utc_ms());
    let found = recommend(&catalogue.services, &catalogue.geography, &answers, Some(now));
    let urgent_answers = Answers { urgent: true, ..answers.clone() };
    let urgent = recommend(&catalogue.services, &catalogue.geography, &urgent_answers, Some(now));
    let note = wording::fit_note(found.fit, lang)
        .map(|note| view! { <p class="panel fit-note" data-testid="fit-note">{note}</p> });
    view! {
        <section class="results" data-testid="results-page">
            {back_link(&answers, &catalogue, lang)}
            <h2 id="step-heading" tabindex="-1">{text(lang, Msg::ResultsHeading)}</h2>
            {note}
            <div data-testid="results">{cards(&found, lang)}</div>
            <p>
                <AnswersLink to=answers.cleared() testid="start-again" class="start-again">
                    {wording::label(Label::StartAgain, lang)}
                </AnswersLink>
            </p>
        </section>
        <aside class="panel urgent" data-testid="urgent-services" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{text(lang, Msg::UrgentHeading)}</h2>
            {cards(&urgent, lang)}
        </aside>
    }
}

#[component]
pub fn UrgentPage(answers: Answers, catalogue: Arc<Catalogue>, lang: Lang) -> impl IntoView {
    let now = helsinki::to_local(browser::now_utc_ms());
    let urgent = recommend(&catalogue.services, &catalogue.geography, &answers, Some(now));
    view! {
        <section class="urgent-page" data-testid="urgent-page">
            {back_link(&answers, &catalogue, lang)}
            <h2 id="step-heading" tabindex="-1">{text(lang, Msg::UrgentHeading)}</h2>
            <p>{text(lang, Msg::UrgentIntro)}</p>
            <div data-testid="results">{cards(&urgent, lang)}</div>
        </section>
    }
}
