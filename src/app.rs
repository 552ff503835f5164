//! The root component: reads the URL query, loads the catalogue the answers need, and shows the
//! page the questionnaire decides. Everything is derived from the query; nothing is stored.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use suunta_core::answers::{parse, Answers};
use suunta_core::geography::Geography;
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{next_question, Step};
use suunta_core::wording::{self, Label};

use crate::browser;
use crate::catalogue_loader::{load_geography, load_services, LoadError};
use crate::catalogue_state::{Catalogue, Store};
use crate::navigation::Navigator;
use crate::page_chrome::PageChrome;
use crate::question_page::QuestionPage;
use crate::results_page::{ResultsPage, UrgentPage};
use crate::start_page::StartPage;
use crate::status_panels::{LoadFailedPanel, LoadingPanel};
use crate::summary_page::SummaryPage;
use crate::texts::{text, Msg};

/// What the screen shows.
#[derive(Debug, Clone, PartialEq)]
enum Page {
    /// Nothing answered yet: what Suunta does, and "Start".
    Start,
    Loading,
    Failed(LoadError),
    Step(Step),
}

#[component]
pub fn App() -> impl IntoView {
    let query = RwSignal::new(browser::current_query());
    browser::on_history_change(move |new_query| query.set(new_query));
    provide_context(Navigator::new(query));
    let preferred_lang = browser::preferred_lang();

    let store = RwSignal::new(Store::default());
    let checked = Memo::new(move |_| {
        let (mut answers, mut notes) = parse(&query.read());
        // The codec checks a municipality code's shape; only the geography knows if it exists.
        if let Some(geography) = store.read().geography() {
            notes.extend(
                answers.drop_unknown_municipality(|code| geography.municipality(code).is_some()),
            );
        }
        (answers, notes)
    });
    let answers = Memo::new(move |_| checked.read().0.clone());
    let notes = Memo::new(move |_| checked.read().1.clone());
    let lang = Memo::new(move |_| answers.read().lang.unwrap_or(preferred_lang));

    Effect::new(move |_| load_what_is_missing(store, &answers.read()));
    let catalogue: Memo<Option<Arc<Catalogue>>> =
        Memo::new(move |_| store.read().catalogue(&answers.read()).map(Arc::new));
    let page = Memo::new(move |_| {
        let answers = answers.read();
        if *answers == answers.cleared() {
            return Page::Start;
        }
        if let Some(error) = store.read().error() {
            return Page::Failed(error.clone());
        }
        match catalogue.read().as_deref() {
            Some(catalogue) => Page::Step(next_question(&answers, &catalogue.context())),
            None => Page::Loading,
        }
    });

    // Syncing outward only: the shell's texts, the title and the focus follow the page.
    Effect::new(move |_| {
        let lang = lang.get();
        browser::set_document_texts(lang, text(lang, Msg::Heading), text(lang, Msg::Intro));
    });
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        let lang = lang.get();
        browser::set_title(&page_title(&current, lang));
        let moved = previous.as_ref().is_some_and(|previous| *previous != current);
        if moved && matches!(current, Page::Step(_) | Page::Start) {
            browser::focus_after_render("step-heading");
        }
        current
    });

    let retry = move || store.update(Store::retry);
    let content = move || {
        let lang = lang.get();
        let answers = answers.get();
        match page.get() {
            Page::Start => view! { <StartPage lang=lang answers=answers /> }.into_any(),
            Page::Loading => view! { <LoadingPanel lang=lang /> }.into_any(),
            Page::Failed(error) => {
                view! { <LoadFailedPanel lang=lang error=error on_retry=retry /> }.into_any()
            }
            Page::Step(step) => match catalogue.get() {
                Some(catalogue) => step_page(step, answers, catalogue, lang),
                None => view! { <LoadingPanel lang=lang /> }.into_any(),
            },
        }
    };
    view! {
        {move || view! { <PageChrome answers=answers.get() notes=notes.get() lang=lang.get() /> }}
        {content}
    }
}

fn step_page(step: Step, answers: Answers, catalogue: Arc<Catalogue>, lang: Lang) -> AnyView {
    match step {
        Step::Ask(question) => {
            view! { <QuestionPage question=question answers=answers catalogue=catalogue lang=lang /> }
                .into_any()
        }
        Step::Summary => {
            view! { <SummaryPage answers=answers catalogue=catalogue lang=lang /> }.into_any()
        }
        Step::Results => {
            view! { <ResultsPage answers=answers catalogue=catalogue lang=lang /> }.into_any()
        }
        Step::UrgentHelp => {
            view! { <UrgentPage answers=answers catalogue=catalogue lang=lang /> }.into_any()
        }
    }
}

fn page_title(page: &Page, lang: Lang) -> String {
    let heading = match page {
        Page::Start => return text(lang, Msg::DocumentTitle).to_owned(),
        Page::Loading => text(lang, Msg::Loading),
        Page::Failed(_) => text(lang, Msg::LoadFailedHeading),
        Page::Step(Step::Ask(question)) => wording::question_title(*question, lang),
        Page::Step(Step::Summary) => wording::label(Label::CheckYourAnswers, lang),
        Page::Step(Step::Results) => text(lang, Msg::ResultsHeading),
        Page::Step(Step::UrgentHelp) => text(lang, Msg::UrgentHeading),
    };
    format!("{heading} – Suunta")
}

/// Starts a fetch for every file the answers need that is neither here nor on its way.
fn load_what_is_missing(store: RwSignal<Store>, answers: &Answers) {
    let requests = store.read().requests(answers);
    if !requests.geography && requests.files.is_empty() {
        return;
    }
    store.update(|store| store.mark_requested(&requests));
    if requests.geography {
        spawn_local(async move {
            match load_geography().await {
                Ok(file) => store.update(|store| store.add_geography(Geography::new(file))),
                Err(error) => store.update(|store| store.fail(error)),
            }
        });
    }
    for file in requests.files {
        spawn_local(async move {
            match load_services(&file).await {
                Ok(services) => store.update(|store| store.add_file(file, services)),
                Err(error) => store.update(|store| store.fail(error)),
            }
        });
    }
}
