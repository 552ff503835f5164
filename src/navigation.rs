//! Moving between pages: every page is a URL query, so going somewhere means writing the new
//! answers into the URL (a history entry) and into the signal the whole app derives from.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use suunta_core::answers::{to_query, Answers};

use crate::browser;

/// The current URL query (without `?`): the single source of truth for the answers.
#[derive(Debug, Clone, Copy)]
pub struct Navigator {
    query: RwSignal<String>,
}

impl Navigator {
    pub fn new(query: RwSignal<String>) -> Navigator {
        Navigator { query }
    }

    /// Shows the page for `answers`, with a history entry so Back returns here.
    pub fn go(self, answers: &Answers) {
        let query = to_query(answers);
        browser::push_query(&query);
        self.query.set(query);
    }
}

pub fn use_navigator() -> Navigator {
    expect_context::<Navigator>()
}

/// The `href` of a link to `answers`: a real address, so it can be opened in a new tab,
/// bookmarked or shared.
pub fn href(answers: &Answers) -> String {
    let query = to_query(answers);
    if query.is_empty() {
        "./".to_owned()
    } else {
        format!("?{query}")
    }
}

/// A link to the page for `answers`. A plain click stays in the app; a click with a modifier
/// key (new tab, new window) is left to the browser.
#[component]
pub fn AnswersLink(
    to: Answers,
    children: Children,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] testid: Option<String>,
    /// Marks the link to the page being shown (`aria-current="page"`).
    #[prop(optional)]
    current: bool,
) -> impl IntoView {
    let navigator = use_navigator();
    let address = href(&to);
    let on_click = move |event: MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.button() == 0 && !modified {
            event.prevent_default();
            navigator.go(&to);
        }
    };
    view! {
        <a
            href=address
            class=class
            data-testid=testid
            aria-current=current.then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}

#[cfg(test)]
mod tests {
    use suunta_core::answers::parse;

    use super::*;

    #[test]
    fn a_link_is_the_answers_query_or_the_bare_page_when_there_are_none() {
        assert_eq!(href(&parse("municipality=091&age=19").0), "?age=19&municipality=091");
        assert_eq!(href(&Answers::default()), "./");
        assert_eq!(href(&parse("foo=1").0), "./");
    }
}
