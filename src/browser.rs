//! The page's calls to the browser (DOM look-ups, the document's language and title, the URL and
//! history, the clock and geolocation). Everything else goes through these functions, so the
//! rest of the page stays free of web-sys details. The worker has its own module,
//! `engine_client`.

use leptos::prelude::{document, set_timeout, window, window_event_listener};
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use suunta_core::lang::Lang;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, Position, PositionError};

/// The element the static shell reserved for the app (its placeholder stays until the first
/// screen replaces it).
///
/// Panics if the shell has no such element: that is a build error, not a user error.
pub fn mount_point(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .expect("index.html must contain the app's mount point")
        .unchecked_into::<HtmlElement>()
}

/// Takes the element with `id` out of the document, if it is there.
pub fn remove(id: &str) {
    if let Some(element) = element(id) {
        element.remove();
    }
}

pub fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// The browser's preferred language if we offer it, else Finnish. A `lang=` in the URL query
/// wins over this.
pub fn preferred_lang() -> Lang {
    window()
        .navigator()
        .language()
        .and_then(|tag| {
            let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
            Lang::from_id(&primary)
        })
        .unwrap_or(Lang::Fi)
}

/// The static shell's texts, by the id or selector of the element that shows them.
pub struct ShellTexts<'a> {
    pub title: &'a str,
    pub heading: &'a str,
    pub intro: &'a str,
    pub skip_link: &'a str,
    pub embed_link: &'a str,
    /// The accessibility statement link's text and its page in this language.
    pub statement_link: (&'a str, &'a str),
}

/// Keeps the document (its language, title, heading, intro and the shell's links) in the page's
/// language, so assistive technology reads the page in the right language.
pub fn set_document_texts(lang: Lang, texts: &ShellTexts<'_>) {
    let document = document();
    if let Some(html) = document.document_element() {
        // Usually already right: index.html's pre-paint script chose it the same way.
        if html.get_attribute("lang").as_deref() != Some(lang.id()) {
            let _ = html.set_attribute("lang", lang.id());
        }
    }
    document.set_title(texts.title);
    for (selector, text) in [
        ("#page-heading", texts.heading),
        (".intro", texts.intro),
        (".skip-link", texts.skip_link),
        (".embed-link", texts.embed_link),
        (".statement-link", texts.statement_link.0),
    ] {
        // Only when it differs: a text node written again counts as a new paint of the page's
        // largest text, which would put its Largest Contentful Paint after the wasm has run.
        if let Ok(Some(element)) = document.query_selector(selector) {
            if element.text_content().as_deref() != Some(text) {
                element.set_text_content(Some(text));
            }
        }
    }
    if let Ok(Some(link)) = document.query_selector(".statement-link") {
        let href = texts.statement_link.1;
        if link.get_attribute("href").as_deref() != Some(href) {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// Shows the shell's intro (on the start page) or leaves it out (on every later page, where a
/// phone needs the room). index.html's pre-paint script decides the same for the first paint,
/// by whether the address has answers, so a shared link's page does not move when it arrives.
pub fn show_intro(show: bool) {
    if let Some(html) = document().document_element() {
        let hidden = html.has_attribute("data-inner-page");
        if show && hidden {
            let _ = html.remove_attribute("data-inner-page");
        } else if !show && !hidden {
            let _ = html.set_attribute("data-inner-page", "");
        }
    }
}

/// The URL query without its leading `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}

/// The whole address of the app's page for `href` (`?age=19`, or `./`).
pub fn address_of(href: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query = if href == "./" { "" } else { href };
    [origin.as_str(), path.as_str(), query].concat()
}

/// Adds a history entry for `href` (`?age=19`, or `./` for the bare page). On a kiosk
/// (`<html data-kiosk>`, set before first paint) the current entry is replaced instead: the
/// kiosk's reset replaces the last entry with the start page, and with only that one entry
/// the browser's Back can never reach a previous visitor's answers.
pub fn push_address(href: &str) {
    set_address(href, false);
}

/// Replaces the current history entry with `href` (the search box, as the reader types).
pub fn replace_address(href: &str) {
    set_address(href, true);
}

fn set_address(href: &str, replace: bool) {
    let url = if href == "./" {
        window().location().pathname().unwrap_or_else(|_| href.to_owned())
    } else {
        href.to_owned()
    };
    let kiosk = document().document_element().is_some_and(|html| html.has_attribute("data-kiosk"));
    if let Ok(history) = window().history() {
        let _ = if kiosk || replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `on_change` whenever the browser's back or forward button moves through the history.
pub fn on_history_change(on_change: impl Fn() + 'static) {
    let handle = window_event_listener(leptos::ev::popstate, move |_| on_change());
    // The page never unmounts, so neither does the listener.
    std::mem::forget(handle);
}

/// Moves keyboard and screen-reader focus to the element with `id` once it has been drawn, unless
/// the reader has put the focus somewhere since.
///
/// In a task of its own: focusing makes the browser lay the page out, and doing it in the
/// frame's own callback laid a new page out twice in that one task (a results page took 53–60 ms
/// at 4x CPU, over issue 9's 50 ms for any task).
pub fn focus_after_render(id: &'static str) {
    let focus_unless_moved = move || {
        let body = document().body().map(Element::from);
        if document().active_element() == body {
            focus(id);
        }
    };
    set_timeout(focus_unless_moved, std::time::Duration::ZERO);
}

pub fn focus(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.unchecked_into::<HtmlElement>().focus();
    }
}

/// Takes the focus from whatever has it.
pub fn blur_focused() {
    if let Some(element) = document().active_element() {
        let _ = element.unchecked_into::<HtmlElement>().blur();
    }
}

/// A selector for the element that has the focus (by its id or test id), to give it back the
/// focus once the page is redrawn; None when nothing in particular has it.
pub fn focused_selector() -> Option<String> {
    let element = document().active_element()?;
    let id = element.id();
    if !id.is_empty() {
        return Some(["#", &id].concat());
    }
    let testid = element.get_attribute("data-testid")?;
    Some(["[data-testid=\"", &testid, "\"]"].concat())
}

pub fn focus_selector(selector: &str) {
    if let Ok(Some(element)) = document().query_selector(selector) {
        let _ = element.unchecked_into::<HtmlElement>().focus();
    }
}

/// Marks the page's body as loading (`aria-busy`, and the text the critical CSS shows above
/// it), or as ready again.
pub fn set_busy(text: Option<&str>) {
    let Some(body) = element("app-body") else { return };
    match text {
        Some(text) => {
            let _ = body.set_attribute("aria-busy", "true");
            let _ = body.set_attribute("data-busy", text);
        }
        None => {
            let _ = body.remove_attribute("aria-busy");
            let _ = body.remove_attribute("data-busy");
        }
    }
}

/// Milliseconds since the Unix epoch, from the device's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The `href` of the link an event happened in, when it was a plain left click: a click with a
/// modifier key (new tab, new window) or another button is left to the browser.
pub fn plain_click_href(event: &web_sys::MouseEvent) -> Option<String> {
    let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
    if event.button() != 0 || modified {
        return None;
    }
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.closest("a[href]").ok()??.get_attribute("href")
}

/// What the form an event belongs to answers: the text typed, the radio chosen, or the boxes
/// ticked joined with commas, from its fields named `answer`. A submit button with a
/// `data-answer` (the "not sure" button) answers that instead.
pub fn form_answer(event: &web_sys::SubmitEvent) -> String {
    if let Some(answer) = event.submitter().and_then(|button| button.get_attribute("data-answer")) {
        return answer;
    }
    let Some(form) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else {
        return String::new();
    };
    let Ok(fields) = form.query_selector_all("[name=answer]") else { return String::new() };
    let mut chosen = Vec::new();
    for index in 0..fields.length() {
        let Some(field) =
            fields.get(index).and_then(|node| node.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let ticked = matches!(field.type_().as_str(), "radio" | "checkbox");
        if !ticked || field.checked() {
            chosen.push(field.value());
        }
    }
    chosen.join(",")
}

/// A free text as a query value, as the worker writes it (`encodeURIComponent`).
pub fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).as_string().unwrap_or_default()
}

/// Draws the search box into its place (`search_box::SEARCH_PLACE`), replacing what is there:
/// a `type=search` field with `value` and its `label` (Enter submits it: the form has one
/// field), and the polite status with `status`. `on_search` gets the field's text on every
/// change (false) and on submit (true).
pub fn search_box(
    label: &str,
    value: &str,
    status: &str,
    on_search: impl Fn(String, bool) + 'static,
) {
    use crate::search_box::{INPUT_ID, SEARCH_PLACE, STATUS_ID};
    let Some(place) = element(SEARCH_PLACE) else { return };
    let make = |tag: &str, attributes: &[(&str, &str)], text: &str| {
        let element = document().create_element(tag).ok()?;
        for (name, value) in attributes {
            let _ = element.set_attribute(name, value);
        }
        element.set_text_content((!text.is_empty()).then_some(text));
        Some(element)
    };
    let parts = (
        make("form", &[("role", "search"), ("class", "search")], ""),
        make("label", &[("for", INPUT_ID)], label),
        make("input", &[("id", INPUT_ID), ("type", "search")], ""),
        make("p", &[("id", STATUS_ID), ("role", "status"), ("aria-live", "polite")], status),
    );
    let (Some(form), Some(label), Some(input), Some(status)) = parts else {
        return;
    };
    input.unchecked_ref::<HtmlInputElement>().set_value(value);
    for part in [&label, &input, &status] {
        let _ = form.append_child(part);
    }
    place.set_text_content(None);
    let _ = place.append_child(&form);
    let on_search = std::rc::Rc::new(on_search);
    for (target, event, submitted) in [(&input, "input", false), (&form, "submit", true)] {
        let on_search = on_search.clone();
        let field = input.clone().unchecked_into::<HtmlInputElement>();
        let listener = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            if submitted {
                event.prevent_default();
            }
            on_search(field.value(), submitted);
        });
        let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        // The form lives until the next page draws another: so does its listener.
        listener.forget();
    }
}

/// Sets the text of the element with `id` (a status region that stays in place).
pub fn set_text(id: &str, text: &str) {
    if let Some(element) = element(id) {
        element.set_text_content(Some(text));
    }
}

/// The text of the input an event happened in.
pub fn input_text(event: &Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Why the device's position is not available.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LocateError {
    Denied,
    Unavailable,
}

/// Asks the device for its position once. The position stays in the browser: it is handed to
/// `on_done`, which gives it to the worker running in this same page.
pub fn locate_device(on_done: impl FnOnce(Result<(f64, f64), LocateError>) + 'static) {
    let Ok(geolocation) = window().navigator().geolocation() else {
        on_done(Err(LocateError::Unavailable));
        return;
    };
    // Either callback may fire, once; both share the one `on_done`.
    let on_done = std::rc::Rc::new(std::cell::Cell::new(Some(on_done)));
    let on_error_done = on_done.clone();
    let on_start_failed = on_done.clone();
    let success = Closure::once_into_js(move |position: Position| {
        let coords = position.coords();
        if let Some(done) = on_done.take() {
            done(Ok((coords.latitude(), coords.longitude())));
        }
    });
    let failure = Closure::once_into_js(move |error: PositionError| {
        let reason = if error.code() == PositionError::PERMISSION_DENIED {
            LocateError::Denied
        } else {
            LocateError::Unavailable
        };
        if let Some(done) = on_error_done.take() {
            done(Err(reason));
        }
    });
    let started = geolocation.get_current_position_with_error_callback(
        success.unchecked_ref(),
        Some(failure.unchecked_ref()),
    );
    if started.is_err() {
        // Neither callback will run, so the caller hears it from here.
        if let Some(done) = on_start_failed.take() {
            done(Err(LocateError::Unavailable));
        }
    }
}

/// How this browser can pass an address on: the device's own share sheet (Web Share API, on
/// phones), the clipboard, or neither (the address is on the page to copy by hand).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sharing {
    Share,
    Copy,
    Neither,
}

fn method_of(object: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

fn clipboard() -> Option<JsValue> {
    let navigator: JsValue = window().navigator().into();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok().filter(|c| c.is_object())
}

pub fn sharing() -> Sharing {
    let navigator: JsValue = window().navigator().into();
    if method_of(&navigator, "share").is_some() {
        Sharing::Share
    } else if clipboard().and_then(|clipboard| method_of(&clipboard, "writeText")).is_some() {
        Sharing::Copy
    } else {
        Sharing::Neither
    }
}

/// Shares or copies `address` as `sharing()` says; `done(true)` once it worked, `done(false)`
/// when it failed or the person closed the share sheet. Read through `Reflect`: web-sys has
/// both APIs only behind its unstable flag.
pub fn pass_on(address: &str, done: impl FnOnce(bool) + 'static) {
    let navigator: JsValue = window().navigator().into();
    let promise = match sharing() {
        Sharing::Share => method_of(&navigator, "share").and_then(|share| {
            let data = js_sys::Object::new();
            js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(address))
                .ok()?;
            share.call1(&navigator, &data).ok()
        }),
        Sharing::Copy => clipboard().and_then(|clipboard| {
            let write = method_of(&clipboard, "writeText")?;
            write.call1(&clipboard, &JsValue::from_str(address)).ok()
        }),
        Sharing::Neither => None,
    };
    let Some((promise, then)) = promise.and_then(|promise| {
        Some((method_of(&promise, "then")?, promise)).map(|(then, promise)| (promise, then))
    }) else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = move |worked: bool| {
        let done = std::rc::Rc::clone(&done);
        Closure::once_into_js(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(worked);
            }
        })
    };
    // Each callback frees itself once called (`once_into_js`).
    let _ = then.call2(&promise, &settle(true), &settle(false));
}
