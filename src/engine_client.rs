//! The page's end of the catalogue worker: starting it, posting requests to it and hearing its
//! answers, all as `suunta_screens::wire` text. What the answers mean is `app`'s business.

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;
use suunta_screens::message::{Request, Response};
use suunta_screens::wire;
use web_sys::{MessageEvent, Worker};

/// Trunk names a worker's start-up script `<bin>_loader.js`; it sits next to `index.html`.
const WORKER_SCRIPT: &str = "./suunta-worker_loader.js";

/// What the worker said: an answer, or that it cannot answer at all (it did not start, it
/// failed, or it sent something this build cannot read).
pub enum Heard {
    Response(Response),
    Broken,
}

pub struct EngineClient {
    worker: Worker,
    // Kept so the handlers live as long as the worker they are attached to.
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn()>,
}

impl EngineClient {
    /// Starts the worker, with `on_heard` called for every answer and failure.
    pub fn start(on_heard: impl Fn(Heard) + Clone + 'static) -> Option<EngineClient> {
        let worker = Worker::new(WORKER_SCRIPT).ok()?;
        let heard = on_heard.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let decoded = event.data().as_string().and_then(|text| wire::decode(&text).ok());
            heard(decoded.map_or(Heard::Broken, Heard::Response));
        });
        let on_error = Closure::<dyn Fn()>::new(move || on_heard(Heard::Broken));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // A script that cannot be loaded, or a panic while it runs.
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
        Some(EngineClient { worker, _on_message: on_message, _on_error: on_error })
    }

    /// Posts `request`; false when the worker cannot take it.
    pub fn send(&self, request: &Request) -> bool {
        self.worker.post_message(&wire::encode(request).into()).is_ok()
    }
}

impl Drop for EngineClient {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
