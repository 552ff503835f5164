//! The root component, and which view draws which page. The app's space holds four places
//! (`stage::PLACES`): the chrome, the polite notes (a status region that stays in place, so a
//! screen reader hears it change), the search box (or "Loading") and the page's body; `Stage`
//! fills them whenever a new screen arrives. One click handler for the whole app keeps in-app
//! links in the app.

use leptos::prelude::*;
use suunta_screens::screen::Body;

use crate::browser;
use crate::chrome::{chrome, notes};
use crate::overview_page::overview_page;
use crate::pager::{Page, Pager};
use crate::query;
use crate::question_page::question_page;
use crate::results_page::results_page;
use crate::service_page::service_page;
use crate::stage::{built, Parts, PLACES};
use crate::start_page::start_page;
use crate::status_panels::{failed_panel, loading_panel};
use crate::summary_page::summary_page;

#[component]
pub fn App(pager: Pager) -> impl IntoView {
    // In-app links (`?...`, `./`) stay in the app on a plain click; `#field` links move focus
    // without touching the address. Everything else (tel:, https:, modified clicks) is the
    // browser's.
    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some(href) = browser::plain_click_href(&event) else { return };
        if let Some(target) = query::of_href(&href) {
            event.prevent_default();
            pager.go(&query::href(target));
        } else if let Some(id) = href.strip_prefix('#') {
            event.prevent_default();
            browser::focus(id);
        }
    };
    let [chrome_place, notes_place, search_place, body_place] = PLACES;
    view! {
        <div class="page" on:click=on_click>
            <div id=chrome_place></div>
            <div id=notes_place role="status" class="query-notes" data-testid="query-notes"></div>
            <div id=search_place></div>
            <div id=body_place></div>
        </div>
    }
}

/// The views of `page`, one per place.
/// The search box is drawn into its place by `search_box::place`, after these.
pub fn render(page: Page) -> Parts {
    let screen = match page {
        Page::Loading(lang, around) => {
            let loading = Some(built(loading_panel(lang)));
            return [Some(built(chrome(&around, lang))), None, loading, None];
        }
        Page::Broken(lang, around) => {
            let failed = Some(built(failed_panel(lang, None, None)));
            return [Some(built(chrome(&around, lang))), None, None, failed];
        }
        Page::Screen(screen) => screen,
    };
    let lang = screen.lang;
    let chrome = built(chrome(&screen.chrome, lang));
    let notes = notes(&screen.notes).map(built);
    let body = match screen.body {
        Body::Start(start) => built(start_page(start, &screen.chrome.help_now, lang)),
        Body::Question(question) => built(question_page(question, screen.heading, lang)),
        Body::Summary(summary) => built(summary_page(summary, screen.heading, lang)),
        Body::Results(results) => built(results_page(results, screen.heading, lang)),
        Body::Service(service) => built(service_page(service, screen.heading, lang)),
        Body::Overview(overview) => built(overview_page(overview, screen.heading)),
        Body::Failed(failed) => {
            built(failed_panel(lang, Some(screen.heading), Some(failed.message)))
        }
    };
    [Some(chrome), notes, None, Some(body)]
}
