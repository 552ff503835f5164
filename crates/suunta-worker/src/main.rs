//! The catalogue worker. It runs off the page's main thread, so decoding the catalogue and
//! matching never block a tap or a keystroke, and it keeps serde and the catalogue types out of
//! the page's wasm. All decisions are in `suunta_screens::engine::Engine`; this file only
//! carries messages and fetches files.

use std::cell::RefCell;
use std::rc::Rc;

use suunta_core::catalogue::pack::pack_name;
use suunta_screens::engine::Engine;
use suunta_screens::message::{Ask, Request};
use suunta_screens::wire;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Where the published catalogue is, relative to this worker's script (the site root). The
/// engine names the published files; the worker fetches their packs, which decode without serde.
const CATALOGUE_DIR: &str = "catalogue/";

/// The engine and the requests still waiting for a file.
#[derive(Default)]
struct Worker {
    engine: Engine,
    waiting: Vec<Request>,
}

type Shared = Rc<RefCell<Worker>>;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn main() {
    let worker: Shared = Rc::default();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        receive(&worker, event.data().as_string().unwrap_or_default());
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages posted before this point found no listener and were lost; the page posts its
    // latest request again until it hears from the worker, and an empty message is the
    // earliest it can: without it the page kept re-posting until the first answer, which on a
    // slow network took seconds, and each repeat was built, sent and decoded again.
    let _ = scope().post_message(&JsValue::from_str(""));
}

fn receive(worker: &Shared, text: String) {
    let mut request = match wire::decode::<Request>(&text) {
        Ok(request) => request,
        // Only a page from another build can send this; it times out and offers a reload.
        Err(error) => return web_sys::console::error_1(&format!("suunta-worker: {error}").into()),
    };
    // The page's repeats of a request posted before the worker was listening.
    if worker.borrow().waiting.iter().any(|waiting| waiting.id == request.id) {
        return;
    }
    // Asked once, so a retry forgets the failures once: asking again on every pass would
    // refetch a file that keeps failing for as long as it fails.
    let files = worker.borrow_mut().engine.files_to_fetch(&request);
    if request.ask == Ask::Retry {
        request.ask = Ask::Show;
    }
    worker.borrow_mut().waiting.push(request);
    fetch_all(worker, files);
    step(worker);
}

/// Fetches what the waiting requests need, then answers those that can be answered. Runs again
/// whenever a file arrives: what a request needs can depend on a file that just arrived (the
/// geography says which region a municipality is in).
fn step(worker: &Shared) {
    let files: Vec<String> = {
        let mut state = worker.borrow_mut();
        let Worker { engine, waiting } = &mut *state;
        waiting.iter().flat_map(|request| engine.files_to_fetch(request)).collect()
    };
    fetch_all(worker, files);
    answer_what_can_be_answered(worker);
}

fn fetch_all(worker: &Shared, files: Vec<String>) {
    for file in files {
        let worker = Rc::clone(worker);
        wasm_bindgen_futures::spawn_local(async move {
            let text = fetch_text(&format!("{CATALOGUE_DIR}{}", pack_name(&file))).await;
            {
                let mut state = worker.borrow_mut();
                match text {
                    Some(text) => state.engine.file_arrived(&file, &text),
                    None => state.engine.file_failed(&file),
                }
            }
            step(&worker);
        });
    }
}

/// Answers every waiting request whose files are all here (or failed), oldest first.
fn answer_what_can_be_answered(worker: &Shared) {
    let mut state = worker.borrow_mut();
    let Worker { engine, waiting } = &mut *state;
    waiting.retain(|request| match engine.respond(request) {
        Some(response) => {
            if let Err(error) = scope().post_message(&wire::encode(&response).into()) {
                web_sys::console::error_2(&"suunta-worker: could not answer".into(), &error);
            }
            false
        }
        None => true,
    });
}

/// The file's text, or None when it could not be fetched or the server refused it.
async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(scope().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}
