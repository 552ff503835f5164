//! "Check your answers": each answer with a "Change" link, "Show services" and "Start again".

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::SummaryScreen;

use crate::pager::HEADING_ID;
use crate::query;
use crate::texts::{text, Msg};

pub fn summary_page(summary: SummaryScreen, heading: String, lang: Lang) -> impl IntoView {
    let rows = summary
        .rows
        .into_iter()
        .map(|row| {
            // The question a row is about is the one its Change link reopens.
            let id = query::value_in_href(&row.change_href, "edit").unwrap_or_default().to_owned();
            view! {
                <div class="summary-row" data-testid=["summary-", &id].concat()>
                    <dt>{row.question.clone()}</dt>
                    <dd class="answer">{row.answer}</dd>
                    <dd class="change">
                        <a href=row.change_href data-testid=["change-", &id].concat()>
                            {text(lang, Msg::Change)}
                            <span class="visually-hidden">": " {row.question}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="summary" data-testid="summary-page">
            <h2 id=HEADING_ID tabindex="-1">{heading}</h2>
            <dl class="summary-list">{rows}</dl>
            <p class="actions">
                <a class="button" href=summary.results_href data-testid="show-results">
                    {text(lang, Msg::ShowResults)}
                </a>
            </p>
            <p>
                <a href=summary.start_again_href class="start-again" data-testid="start-again">
                    {text(lang, Msg::StartAgain)}
                </a>
            </p>
        </section>
    }
}
