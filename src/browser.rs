//! The one module that talks to the browser directly (DOM look-ups, the document's language and
//! title, the URL, fetch and the clock). Everything else goes through these functions, so the
//! rest of the app stays free of web-sys details.

use leptos::prelude::document;
use leptos::wasm_bindgen::{JsCast, JsValue};
use suunta_core::lang::Lang;
use web_sys::{HtmlElement, Response, UrlSearchParams};

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

/// The interface language: `?lang=` if valid, else the browser's preferred language if we offer
/// it, else Finnish.
pub fn initial_lang() -> Lang {
    let window = leptos::prelude::window();
    let from_query = window
        .location()
        .search()
        .ok()
        .and_then(|search| UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"))
        .and_then(|id| Lang::from_id(&id));
    let from_browser = || {
        window.navigator().language().and_then(|tag| {
            let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
            Lang::from_id(&primary)
        })
    };
    from_query.or_else(from_browser).unwrap_or(Lang::Fi)
}

/// Keeps the static shell (document language, title, heading and intro) in the interface
/// language, so assistive technology reads the page in the right language.
pub fn set_document_texts(lang: Lang, title: &str, heading: &str, intro: &str) {
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.id());
    }
    document.set_title(title);
    if let Some(element) = document.get_element_by_id("page-heading") {
        element.set_text_content(Some(heading));
    }
    if let Ok(Some(element)) = document.query_selector(".intro") {
        element.set_text_content(Some(intro));
    }
}

/// A text file from the app's own origin, by a relative path so a sub-path deploy works.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let promise = leptos::prelude::window().fetch_with_str(path);
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

/// Milliseconds since the Unix epoch, from the device's clock.
pub fn now_utc_ms() -> i64 {
    js_sys::Date::now() as i64
}
