//! The municipality type-ahead (the ARIA 1.2 combobox with a listbox): the worker suggests
//! names as the reader types, arrow keys move through them, Enter or a tap chooses, Escape
//! closes, and a status region says how many there are. "Use my location" asks the device for
//! its position and the worker (in this same browser) for the nearest municipality: the
//! position is sent nowhere.

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::message::Suggestion;

use crate::browser::{self, LocateError};
use crate::pager::{use_pager, FieldNews};
use crate::question_page::{Described, FIELD_ID};
use crate::texts::{text, Msg};

const LISTBOX_ID: &str = "municipality-suggestions";

fn option_id(index: usize) -> String {
    [LISTBOX_ID, "-", &index.to_string()].concat()
}

pub fn municipality_input(value: String, described: &Described, lang: Lang) -> impl IntoView {
    let pager = use_pager();
    let typed = RwSignal::new(value);
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let locating = RwSignal::new(None::<Msg>);
    let suggestions = move || match pager.field.get() {
        FieldNews::Suggestions(list) => list,
        _ => Vec::new(),
    };
    let count = move || {
        pager.field.with(|news| match news {
            FieldNews::Suggestions(list) => list.len(),
            _ => 0,
        })
    };
    let expanded = move || open.get() && count() > 0;
    let choose = move |suggestion: &Suggestion| {
        typed.set(suggestion.value.clone());
        pager.field.set(FieldNews::Nothing);
        open.set(false);
        active.set(None);
    };
    let on_input = move |event: leptos::ev::Event| {
        let text = browser::input_text(&event);
        typed.set(text.clone());
        open.set(true);
        active.set(None);
        if text.trim().is_empty() {
            pager.field.set(FieldNews::Nothing);
        } else {
            pager.suggest(text);
        }
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = count();
        let step = |from: Option<usize>, forward: bool| match (from, forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(at), true) => (at + 1) % count,
            (Some(at), false) => (at + count - 1) % count,
        };
        match event.key().as_str() {
            key @ ("ArrowDown" | "ArrowUp") if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|at| *at = Some(step(*at, key == "ArrowDown")));
            }
            "Enter" if expanded() => {
                if let Some(chosen) = active.get().and_then(|at| suggestions().get(at).cloned()) {
                    // Choosing a suggestion is not yet answering the question.
                    event.prevent_default();
                    choose(&chosen);
                }
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let locate = move |_| {
        locating.set(Some(Msg::Locating));
        browser::locate_device(move |located| match located {
            Ok((latitude, longitude)) => pager.locate(latitude, longitude),
            Err(problem) => {
                // The page may have changed while the device looked for its position.
                let message = match problem {
                    LocateError::Denied => Msg::LocationDenied,
                    LocateError::Unavailable => Msg::LocationUnavailable,
                };
                let _ = locating.try_set(Some(message));
            }
        });
    };
    // The located name wins until the reader types or chooses again.
    let shown_value = move || match pager.field.get() {
        FieldNews::Located(name) => name,
        _ => typed.get(),
    };
    let options = move || {
        suggestions()
            .into_iter()
            .enumerate()
            .map(|(index, suggestion)| {
                let is_active = move || active.get() == Some(index);
                let label = suggestion.label.clone();
                view! {
                    <li
                        role="option"
                        id=option_id(index)
                        class="suggestion"
                        class:active=is_active
                        aria-selected=move || if is_active() { "true" } else { "false" }
                        on:mousedown=|event| event.prevent_default()
                        on:click=move |_| choose(&suggestion)
                    >
                        {label}
                    </li>
                }
            })
            .collect_view()
    };
    // Said politely after each keystroke's suggestions arrive, or when the device was located.
    let status = move || match pager.field.get() {
        FieldNews::Located(name) => name,
        FieldNews::Suggestions(list) if open.get() && list.is_empty() => {
            text(lang, Msg::NoSuggestions).to_owned()
        }
        FieldNews::Suggestions(list) if open.get() => {
            [&list.len().to_string(), text(lang, Msg::SuggestionsFound)].concat()
        }
        _ => String::new(),
    };
    let location_message = move || {
        let message = match (pager.field.get(), locating.get()) {
            (FieldNews::NotLocated, _) => Some(Msg::LocationUnavailable),
            (FieldNews::Located(_), Some(Msg::Locating)) => None,
            (_, message) => message,
        };
        message.map(|message| {
            view! { <p class="location-message" data-testid="location-message">{text(lang, message)}</p> }
        })
    };
    view! {
        <div class="combobox">
            <input
                id=FIELD_ID
                name="answer"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LISTBOX_ID
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                aria-describedby=described.by
                aria-invalid=described.invalid.then_some("true")
                prop:value=shown_value
                on:input=on_input
                on:keydown=on_keydown
                on:blur=move |_| open.set(false)
            />
            <ul
                id=LISTBOX_ID
                role="listbox"
                class="suggestions"
                aria-label=text(lang, Msg::Suggestions)
                hidden=move || !expanded()
                data-testid="suggestions"
            >
                {options}
            </ul>
            <p class="visually-hidden" role="status" data-testid="suggestions-status">{status}</p>
        </div>
        <div class="locate">
            <button type="button" class="secondary" data-testid="use-location" on:click=locate>
                {text(lang, Msg::UseMyLocation)}
            </button>
            <p class="hint">{text(lang, Msg::LocationStaysHere)}</p>
            <div role="status">{location_message}</div>
        </div>
    }
}
