//! What every page has around its content: the way to urgent help, the language switch, and the
//! polite notes about parts of the link that were left out.

use leptos::prelude::*;
use suunta_core::answers::{Answers, QueryNote};
use suunta_core::lang::Lang;
use suunta_core::wording::{self, Label};

use crate::navigation::AnswersLink;
use crate::texts::{text, Msg};

/// The language's own name, so a reader finds it whatever the page's language.
fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Suomi",
        Lang::Sv => "Svenska",
        Lang::En => "English",
    }
}

#[component]
pub fn PageChrome(answers: Answers, notes: Vec<QueryNote>, lang: Lang) -> impl IntoView {
    let urgent = Answers { urgent: true, edit: None, ..answers.clone() };
    let languages = Lang::ALL
        .into_iter()
        .map(|link_lang| {
            let to = Answers { lang: Some(link_lang), ..answers.clone() };
            view! {
                <li>
                    <span lang=link_lang.id()>
                        <AnswersLink
                            to=to
                            testid=format!("lang-{}", link_lang.id())
                            current=link_lang == lang
                        >
                            {endonym(link_lang)}
                        </AnswersLink>
                    </span>
                </li>
            }
        })
        .collect_view();
    let notes = notes.iter().map(|note| wording::query_note(note, lang)).collect::<Vec<_>>();
    view! {
        <div class="chrome">
            <nav class="language-switch" aria-label=text(lang, Msg::LanguageSwitch)>
                <ul>{languages}</ul>
            </nav>
            <p class="help-now">
                <AnswersLink to=urgent class="help-now-link" testid="help-right-now">
                    {wording::label(Label::HelpRightNow, lang)}
                </AnswersLink>
            </p>
        </div>
        <div role="status" class="query-notes" data-testid="query-notes">
            {(!notes.is_empty())
                .then(|| {
                    view! {
                        <ul class="panel notes">
                            {notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </div>
    }
}
