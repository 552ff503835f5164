//! "Check your answers": each answer with a "Change" link, "Show services" and "Start again".

use std::sync::Arc;

use leptos::prelude::*;
use suunta_core::answers::Answers;
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{previous, summary};
use suunta_core::wording::{self, Label};

use crate::catalogue_state::Catalogue;
use crate::navigation::{use_navigator, AnswersLink};
use crate::question_options::answer_in_words;

#[component]
pub fn SummaryPage(answers: Answers, catalogue: Arc<Catalogue>, lang: Lang) -> impl IntoView {
    let navigator = use_navigator();
    let context = catalogue.context();
    let back = previous(&answers, &context);
    let rows = summary(&answers, &context)
        .into_iter()
        .map(|(question, change)| {
            let title = wording::question_title(question, lang);
            let answer = answer_in_words(question, &answers, &catalogue.geography, lang);
            view! {
                <div class="summary-row" data-testid=format!("summary-{}", question.id())>
                    <dt>{title}</dt>
                    <dd class="answer">{answer}</dd>
                    <dd class="change">
                        <AnswersLink to=change testid=format!("change-{}", question.id())>
                            {wording::label(Label::Change, lang)}
                            <span class="visually-hidden">{format!(": {title}")}</span>
                        </AnswersLink>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let results = Answers { done: true, edit: None, ..answers.clone() };
    let start_again = answers.cleared();
    view! {
        <section class="summary" data-testid="summary-page">
            {back.map(|back| view! {
                <p class="back">
                    <AnswersLink to=back class="back-link" testid="back">
                        {wording::label(Label::Back, lang)}
                    </AnswersLink>
                </p>
            })}
            <h2 id="step-heading" tabindex="-1">{wording::label(Label::CheckYourAnswers, lang)}</h2>
            <dl class="summary-list">{rows}</dl>
            <p class="actions">
                <button type="button" data-testid="show-results" on:click=move |_| navigator.go(&results)>
                    {wording::label(Label::ShowResults, lang)}
                </button>
            </p>
            <p>
                <AnswersLink to=start_again testid="start-again" class="start-again">
                    {wording::label(Label::StartAgain, lang)}
                </AnswersLink>
            </p>
        </section>
    }
}
