//! One question per page (the GOV.UK question-page pattern): the question as the heading, a
//! hint, the options, "not sure", Continue, Back and the progress. One component for every
//! question; what differs is listed in `question_options`.

use std::rc::Rc;
use std::sync::Arc;

use leptos::ev::{MouseEvent, SubmitEvent};
use leptos::prelude::*;
use suunta_core::answers::Answers;
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{previous, progress, respond, InputProblem, Question};
use suunta_core::wording::{self, Label};

use crate::browser;
use crate::catalogue_state::Catalogue;
use crate::municipality_input::MunicipalityInput;
use crate::navigation::{use_navigator, AnswersLink};
use crate::question_options::{self, Choice, Input, FIELD_ID, NOT_SURE};
use crate::texts::{text, Msg};

const HINT_ID: &str = "answer-hint";
const ERROR_ID: &str = "answer-error";
const ERROR_SUMMARY_ID: &str = "error-summary";

fn hint(question: Question) -> Msg {
    match question {
        Question::Age => Msg::HintAge,
        Question::Municipality => Msg::HintMunicipality,
        Question::Situation => Msg::HintSituation,
        Question::Needs => Msg::HintNeeds,
        Question::Reach => Msg::HintReach,
        Question::ServiceLang => Msg::HintServiceLang,
    }
}

#[component]
pub fn QuestionPage(
    question: Question,
    answers: Answers,
    catalogue: Arc<Catalogue>,
    lang: Lang,
) -> impl IntoView {
    let navigator = use_navigator();
    let context = catalogue.context();
    let progress = progress(&answers, &context).map(|progress| wording::progress(progress, lang));
    let back = previous(&answers, &context);
    let input = question_options::input(question, &catalogue.services, lang);
    let value = RwSignal::new(question_options::current_value(
        question,
        &answers,
        &catalogue.geography,
        lang,
    ));
    let problem = RwSignal::new(None::<InputProblem>);

    let submit: Rc<dyn Fn(String)> = {
        let catalogue = Arc::clone(&catalogue);
        Rc::new(move |input: String| {
            match respond(&answers, question, &input, &catalogue.context()) {
                Ok(next) => navigator.go(&next),
                Err(found) => {
                    problem.set(Some(found));
                    browser::focus_after_render(ERROR_SUMMARY_ID);
                }
            }
        })
    };
    let on_submit = {
        let submit = Rc::clone(&submit);
        move |event: SubmitEvent| {
            event.prevent_default();
            submit(value.get_untracked());
        }
    };
    let not_sure_button = matches!(input, Input::Age | Input::Municipality).then(|| {
        let submit = Rc::clone(&submit);
        view! {
            <p class="or">{text(lang, Msg::Or)}</p>
            <button
                type="button"
                class="secondary"
                data-testid="not-sure"
                on:click=move |_| submit(NOT_SURE.to_owned())
            >
                {wording::not_sure_label(question, lang)}
            </button>
        }
    });
    let described_by = move || match problem.get() {
        Some(_) => format!("{HINT_ID} {ERROR_ID}"),
        None => HINT_ID.to_owned(),
    };
    let title = wording::question_title(question, lang);
    let hint_text = text(lang, hint(question));
    let field = match input {
        Input::Age => view! {
            <h2 id="step-heading" tabindex="-1">
                <label for=FIELD_ID>{title}</label>
            </h2>
            <p class="hint" id=HINT_ID>{hint_text}</p>
            <FieldError problem=problem lang=lang />
            <input
                id=FIELD_ID
                name="age"
                class="age"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby=described_by
                aria-invalid=move || problem.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        }
        .into_any(),
        Input::Municipality => view! {
            <h2 id="step-heading" tabindex="-1">
                <label for=FIELD_ID>{title}</label>
            </h2>
            <p class="hint" id=HINT_ID>{hint_text}</p>
            <FieldError problem=problem lang=lang />
            <MunicipalityInput
                geography=Arc::clone(&catalogue.geography)
                value=value
                lang=lang
                described_by=Signal::derive(described_by)
                invalid=Signal::derive(move || problem.get().is_some())
            />
        }
        .into_any(),
        Input::OneOf(choices) => view! {
            <fieldset aria-describedby=described_by>
                <legend>
                    <h2 id="step-heading" tabindex="-1">{title}</h2>
                </legend>
                <p class="hint" id=HINT_ID>{hint_text}</p>
                <FieldError problem=problem lang=lang />
                <div class="choices">
                    {choices.into_iter().enumerate().map(|(index, choice)| {
                        radio(index, choice, value, lang)
                    }).collect_view()}
                </div>
            </fieldset>
        }
        .into_any(),
        Input::AnyOf(choices) => view! {
            <fieldset aria-describedby=described_by>
                <legend>
                    <h2 id="step-heading" tabindex="-1">{title}</h2>
                </legend>
                <p class="hint" id=HINT_ID>{hint_text}</p>
                <FieldError problem=problem lang=lang />
                <div class="choices">
                    {choices.into_iter().enumerate().map(|(index, choice)| {
                        checkbox(index, choice, value)
                    }).collect_view()}
                </div>
            </fieldset>
        }
        .into_any(),
    };

    view! {
        <section class="question" data-testid="question-page" data-question=question.id()>
            {back.map(|back| view! {
                <p class="back">
                    <AnswersLink to=back class="back-link" testid="back">
                        {wording::label(Label::Back, lang)}
                    </AnswersLink>
                </p>
            })}
            {progress.map(|progress| view! { <p class="progress" data-testid="progress">{progress}</p> })}
            <ErrorSummary problem=problem lang=lang />
            <form novalidate on:submit=on_submit>
                <div class="field" class:has-error=move || problem.get().is_some()>
                    {field}
                </div>
                <button type="submit" data-testid="continue">
                    {wording::label(Label::Next, lang)}
                </button>
                {not_sure_button}
            </form>
        </section>
    }
}

fn option_id(index: usize) -> String {
    match index {
        0 => FIELD_ID.to_owned(),
        _ => format!("{FIELD_ID}-{index}"),
    }
}

fn radio(index: usize, choice: Choice, value: RwSignal<String>, lang: Lang) -> impl IntoView {
    let id = option_id(index);
    let Choice { value: option, label } = choice;
    let divider = (option == NOT_SURE).then(|| view! { <p class="or">{text(lang, Msg::Or)}</p> });
    let checked = {
        let option = option.clone();
        move || value.get() == option
    };
    let chosen = option.clone();
    view! {
        {divider}
        <div class="choice">
            <input
                type="radio"
                name="answer"
                id=id.clone()
                value=option
                prop:checked=checked
                on:change=move |_| value.set(chosen.clone())
            />
            <label for=id>{label}</label>
        </div>
    }
}

fn checkbox(index: usize, choice: Choice, value: RwSignal<String>) -> impl IntoView {
    let id = option_id(index);
    let Choice { value: option, label } = choice;
    let checked = {
        let option = option.clone();
        move || value.get().split(',').any(|chosen| chosen == option)
    };
    let toggled = option.clone();
    let toggle = move |_| {
        value.update(|current| {
            let mut chosen: Vec<&str> = current.split(',').filter(|id| !id.is_empty()).collect();
            match chosen.iter().position(|id| *id == toggled) {
                Some(at) => {
                    chosen.remove(at);
                }
                None => chosen.push(&toggled),
            }
            *current = chosen.join(",");
        })
    };
    view! {
        <div class="choice">
            <input
                type="checkbox"
                name="answer"
                id=id.clone()
                value=option
                prop:checked=checked
                on:change=toggle
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// The field's own message, which its `aria-describedby` points at.
#[component]
fn FieldError(problem: RwSignal<Option<InputProblem>>, lang: Lang) -> impl IntoView {
    move || {
        problem.get().map(|problem| {
            view! {
                <p class="error-message" id=ERROR_ID data-testid="field-error">
                    {question_options::problem_message(problem, lang)}
                </p>
            }
        })
    }
}

/// GOV.UK's error summary: announced at once, and a link that takes focus to the field.
#[component]
fn ErrorSummary(problem: RwSignal<Option<InputProblem>>, lang: Lang) -> impl IntoView {
    let to_field = |event: MouseEvent| {
        event.prevent_default();
        browser::focus_after_render(FIELD_ID);
    };
    move || {
        problem.get().map(|problem| {
            view! {
                <div
                    class="error-summary"
                    id=ERROR_SUMMARY_ID
                    role="alert"
                    tabindex="-1"
                    data-testid="error-summary"
                >
                    <h2>{text(lang, Msg::ProblemSummary)}</h2>
                    <ul>
                        <li>
                            <a href=format!("#{FIELD_ID}") on:click=to_field>
                                {question_options::problem_message(problem, lang)}
                            </a>
                        </li>
                    </ul>
                </div>
            }
        })
    }
}
