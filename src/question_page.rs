//! One question per page (the GOV.UK question-page pattern): the question as the heading and
//! label, a hint, the field or options, "not sure", Continue, Back and the progress. When the
//! worker did not accept the answer, an error summary (which takes focus) and the field's own
//! message, tied to the field with `aria-describedby` and `aria-invalid`.

use leptos::either::EitherOf3;
use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::screen::{Choice, Input, QuestionScreen};

use crate::browser;
use crate::municipality_input::municipality_input;
use crate::pager::{use_pager, ERROR_SUMMARY_ID, HEADING_ID};
use crate::texts::{text, Msg};

/// The field, or the first option; the error summary links to it.
pub const FIELD_ID: &str = "answer-input";
const HINT_ID: &str = "answer-hint";
const ERROR_ID: &str = "answer-error";

/// The ids a field is described by: its hint, and its error when there is one.
pub struct Described {
    pub by: &'static str,
    pub invalid: bool,
}

pub fn question_page(question: QuestionScreen, heading: String, lang: Lang) -> impl IntoView {
    let pager = use_pager();
    let QuestionScreen { question: id, hint, progress, back_href, input, problem } = question;
    let described = Described {
        by: if problem.is_some() { "answer-hint answer-error" } else { HINT_ID },
        invalid: problem.is_some(),
    };
    let hint = view! { <p class="hint" id=HINT_ID>{hint}</p> };
    let field_error = problem.clone().map(|problem| {
        view! { <p class="error-message" id=ERROR_ID data-testid="field-error">{problem}</p> }
    });
    let labelled_heading = move |heading: String| {
        view! {
            <h2 id=HEADING_ID tabindex="-1">
                <label for=FIELD_ID>{heading}</label>
            </h2>
        }
    };
    // Checkboxes for any of the choices, radios for one.
    let many = matches!(input, Input::AnyOf(_));
    let (field, not_sure) = match input {
        Input::Age { value, not_sure } => (
            EitherOf3::A(view! {
                {labelled_heading(heading)}
                {hint}
                {field_error}
                <input
                    id=FIELD_ID
                    name="answer"
                    class="age"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    value=value
                    aria-describedby=described.by
                    aria-invalid=described.invalid.then_some("true")
                />
            }),
            Some(not_sure),
        ),
        Input::Municipality { value, not_sure } => (
            EitherOf3::B(view! {
                {labelled_heading(heading)}
                {hint}
                {field_error}
                {municipality_input(value, &described, lang)}
            }),
            Some(not_sure),
        ),
        Input::OneOf(choices) | Input::AnyOf(choices) => (
            EitherOf3::C(choices_field(
                choices,
                many,
                heading,
                hint,
                field_error,
                &described,
                lang,
            )),
            None,
        ),
    };
    let not_sure = not_sure.map(|choice| {
        view! {
            <p class="or">{text(lang, Msg::Or)}</p>
            <button type="submit" class="secondary" data-testid="not-sure" data-answer=choice.value>
                {choice.label}
            </button>
        }
    });
    let error_summary = problem.map(|problem| {
        view! {
            <div class="error-summary" id=ERROR_SUMMARY_ID role="alert" tabindex="-1" data-testid="error-summary">
                <h2>{text(lang, Msg::ProblemSummary)}</h2>
                <ul>
                    <li>
                        <a href=["#", FIELD_ID].concat()>{problem}</a>
                    </li>
                </ul>
            </div>
        }
    });
    let question_id = id.clone();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pager.answer(question_id.clone(), browser::form_answer(&event));
    };
    view! {
        <section class="question" data-testid="question-page" data-question=id>
            <p class="back">
                <a href=back_href class="back-link" data-testid="back">{text(lang, Msg::Back)}</a>
            </p>
            {progress.map(|progress| view! { <p class="progress" data-testid="progress">{progress}</p> })}
            {error_summary}
            <form novalidate on:submit=on_submit>
                <div class="field" class:has-error=described.invalid>{field}</div>
                <button type="submit" data-testid="continue">{text(lang, Msg::Continue)}</button>
                {not_sure}
            </form>
        </section>
    }
}

/// Radios (one of) or checkboxes (any of), in a fieldset whose legend is the question. The last
/// radio is the "not sure" answer, set apart by "or".
fn choices_field(
    choices: Vec<Choice>,
    many: bool,
    heading: String,
    hint: impl IntoView + 'static,
    field_error: Option<impl IntoView + 'static>,
    described: &Described,
    lang: Lang,
) -> impl IntoView {
    let last = choices.len().saturating_sub(1);
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = if index == 0 {
                FIELD_ID.to_owned()
            } else {
                [FIELD_ID, "-", &index.to_string()].concat()
            };
            let divider = (!many && index == last && index > 0)
                .then(|| view! { <p class="or">{text(lang, Msg::Or)}</p> });
            view! {
                {divider}
                <div class="choice">
                    <input
                        type=if many { "checkbox" } else { "radio" }
                        name="answer"
                        id=id.clone()
                        value=choice.value
                        checked=choice.selected
                    />
                    <label for=id>{choice.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset aria-describedby=described.by>
            <legend>
                <h2 id=HEADING_ID tabindex="-1">{heading}</h2>
            </legend>
            {hint}
            {field_error}
            <div class="choices">{options}</div>
        </fieldset>
    }
}
