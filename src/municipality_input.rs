//! The municipality type-ahead: a labelled text field with a list of suggestions (ARIA
//! combobox with a listbox), arrows and Enter to choose, and "Use my location", which finds the
//! nearest municipality centre on the device itself.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use suunta_core::catalogue::raw::Coordinates;
use suunta_core::geography::Geography;
use suunta_core::lang::Lang;

use crate::browser::{self, LocateError};
use crate::question_options::{municipality_name, FIELD_ID};
use crate::texts::{text, Msg};

const LISTBOX_ID: &str = "municipality-suggestions";
/// Enough to find a name by its first letters on a phone screen without scrolling.
const SUGGESTIONS: usize = 6;

#[component]
pub fn MunicipalityInput(
    geography: Arc<Geography>,
    /// The text in the field: a name, which `respond` resolves in Finnish or Swedish.
    value: RwSignal<String>,
    lang: Lang,
    described_by: Signal<String>,
    invalid: Signal<bool>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let location_problem = RwSignal::new(None::<LocateError>);
    let suggestions = {
        let geography = Arc::clone(&geography);
        Memo::new(move |_| {
            geography
                .search_municipalities(&value.read(), SUGGESTIONS)
                .into_iter()
                .map(|municipality| municipality_name(municipality, lang))
                .collect::<Vec<String>>()
        })
    };
    let expanded = move || open.get() && !suggestions.read().is_empty();
    let choose = move |name: String| {
        value.set(name);
        open.set(false);
        active.set(None);
    };
    let on_keydown = move |event: KeyboardEvent| {
        let count = suggestions.read_untracked().len();
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|active| *active = Some(active.map_or(0, |at| (at + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|active| {
                    *active = Some(active.map_or(count - 1, |at| (at + count - 1) % count))
                });
            }
            "Enter" if open.get_untracked() => {
                let picked = active
                    .get_untracked()
                    .and_then(|at| suggestions.read_untracked().get(at).cloned());
                if let Some(name) = picked {
                    // Choosing a suggestion is not yet submitting the page.
                    event.prevent_default();
                    choose(name);
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
        location_problem.set(None);
        let geography = Arc::clone(&geography);
        browser::locate_device(move |located| match located {
            Ok((lat, lon)) => {
                let nearest = geography.nearest_municipality(Coordinates { lat, lon });
                if let Some(municipality) = nearest {
                    // The page may have changed while the device looked for its position.
                    let _ = value.try_set(municipality_name(municipality, lang));
                    let _ = open.try_set(false);
                }
            }
            Err(problem) => {
                let _ = location_problem.try_set(Some(problem));
            }
        });
    };
    let option_id = |index: usize| format!("{LISTBOX_ID}-{index}");
    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, name)| {
                let is_active = move || active.get() == Some(index);
                let chosen = name.clone();
                view! {
                    <li
                        role="option"
                        id=option_id(index)
                        class="suggestion"
                        class:active=is_active
                        aria-selected=move || if is_active() { "true" } else { "false" }
                        on:mousedown=|event| event.prevent_default()
                        on:click=move |_| choose(chosen.clone())
                    >
                        {name}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="combobox">
            <input
                id=FIELD_ID
                name="municipality"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LISTBOX_ID
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                aria-describedby=move || described_by.get()
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    open.set(true);
                    active.set(None);
                }
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
        </div>
        <div class="locate">
            <button type="button" class="secondary" data-testid="use-location" on:click=locate>
                {text(lang, Msg::UseMyLocation)}
            </button>
            <p class="hint">{text(lang, Msg::LocationStaysHere)}</p>
            {move || {
                location_problem
                    .get()
                    .map(|problem| {
                        let message = match problem {
                            LocateError::Denied => Msg::LocationDenied,
                            LocateError::Unavailable => Msg::LocationUnavailable,
                        };
                        view! { <p class="error-message" role="status">{text(lang, message)}</p> }
                    })
            }}
        </div>
    }
}
