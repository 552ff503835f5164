//! The one module that talks to the browser directly (DOM look-ups, the document's language and
//! title, the URL and history, fetch, the clock and geolocation). Everything else goes through
//! these functions, so the rest of the app stays free of web-sys details.

use leptos::prelude::{document, request_animation_frame, window, window_event_listener};
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use suunta_core::lang::Lang;
use web_sys::{HtmlElement, Position, PositionError, Response};

/// The element the static shell reserved for the app, emptied of its placeholder.
///
/// Panics if the shell has no such element: that is a build error, not a user error.
pub fn take_mount_point(id: &str) -> HtmlElement {
    let element = document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("index.html must contain #{id}"))
        .unchecked_into::<HtmlElement>();
    element.set_text_content(None);
    element
}

/// The browser's preferred language if we offer it, else Finnish. A `lang=` in the URL query
/// wins over this; the app reads that from the answers.
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

/// Keeps the static shell (document language, heading and intro) in the interface language, so
/// assistive technology reads the page in the right language.
pub fn set_document_texts(lang: Lang, heading: &str, intro: &str) {
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.id());
    }
    if let Some(element) = document.get_element_by_id("page-heading") {
        element.set_text_content(Some(heading));
    }
    if let Ok(Some(element)) = document.query_selector(".intro") {
        element.set_text_content(Some(intro));
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The URL query without its leading `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}

/// Adds a history entry for `query` (without `?`); an empty query leaves only the path.
pub fn push_query(query: &str) {
    let location = window().location();
    let url = if query.is_empty() {
        location.pathname().unwrap_or_else(|_| "./".into())
    } else {
        format!("?{query}")
    };
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Calls `on_change` with the new query whenever the browser's back or forward button moves
/// through the history. The listener lives as long as the page.
pub fn on_history_change(on_change: impl Fn(String) + 'static) {
    let handle = window_event_listener(leptos::ev::popstate, move |_| on_change(current_query()));
    // The app never unmounts, so neither does the listener.
    std::mem::forget(handle);
}

/// A text file from the app's own origin, by a relative path so a sub-path deploy works.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let promise = window().fetch_with_str(path);
    let response = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(describe)?;
    let response: Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".to_owned())
}

fn describe(error: JsValue) -> String {
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}

/// Moves keyboard and screen-reader focus to the element with `id` once it has been drawn.
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(id) {
            let _ = element.unchecked_into::<HtmlElement>().focus();
        }
    });
}

/// Milliseconds since the Unix epoch, from the device's clock.
pub fn now_utc_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Why the device's position is not available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocateError {
    Denied,
    Unavailable,
}

/// Asks the device for its position once. The position stays in this page: it is handed to
/// `on_done` and sent nowhere.
pub fn locate_device(on_done: impl FnOnce(Result<(f64, f64), LocateError>) + 'static) {
    let Ok(geolocation) = window().navigator().geolocation() else {
        on_done(Err(LocateError::Unavailable));
        return;
    };
    // Either callback may fire, once; both share the one `on_done`.
    let on_done = std::rc::Rc::new(std::cell::RefCell::new(Some(on_done)));
    let on_error_done = on_done.clone();
    let on_start_failed = on_done.clone();
    let success = Closure::once_into_js(move |position: Position| {
        let coords = position.coords();
        if let Some(done) = on_done.borrow_mut().take() {
            done(Ok((coords.latitude(), coords.longitude())));
        }
    });
    let failure = Closure::once_into_js(move |error: PositionError| {
        let reason = if error.code() == PositionError::PERMISSION_DENIED {
            LocateError::Denied
        } else {
            LocateError::Unavailable
        };
        if let Some(done) = on_error_done.borrow_mut().take() {
            done(Err(reason));
        }
    });
    let started = geolocation.get_current_position_with_error_callback(
        success.unchecked_ref(),
        Some(failure.unchecked_ref()),
    );
    if started.is_err() {
        // Neither callback will run, so the caller hears it from here.
        if let Some(done) = on_start_failed.borrow_mut().take() {
            done(Err(LocateError::Unavailable));
        }
    }
}
