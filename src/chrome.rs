//! What every page has around its content: the language switch, the way to urgent help, and the
//! polite notes about parts of the link that were left out.

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::Chrome;

use crate::texts::{endonym, text, Msg};

pub fn chrome(chrome: &Chrome, lang: Lang) -> impl IntoView {
    let languages = chrome
        .languages
        .iter()
        .map(|link| {
            view! {
                <li>
                    <a
                        href=link.href.clone()
                        lang=link.lang.id()
                        hreflang=link.lang.id()
                        data-testid=if link.plain { "lang-fi-x-selko".to_owned() } else { ["lang-", link.lang.id()].concat() }
                        aria-current=link.current.then_some("page")
                    >
                        {endonym(link.lang, link.plain)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="chrome">
            <nav class="language-switch" aria-label=text(lang, Msg::LanguageSwitch)>
                <ul>{languages}</ul>
            </nav>
            <p class="help-now">
                <a href=chrome.help_now.href.clone() class="help-now-link" data-testid="help-right-now">
                    {chrome.help_now.text.clone()}
                </a>
            </p>
        </div>
    }
}

/// The notes, or nothing, for the status region the app keeps in place.
pub fn notes(notes: &[String]) -> Option<impl IntoView> {
    (!notes.is_empty()).then(|| {
        let items = notes.iter().map(|note| view! { <li>{note.clone()}</li> }).collect_view();
        view! { <ul class="panel notes">{items}</ul> }
    })
}
