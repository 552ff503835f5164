//! The page's end of the catalogue worker: starting it, posting requests to it and hearing its
//! answers, all as `suunta_screens::wire` text. What the answers mean is `pager`'s business.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::set_timeout;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;
use suunta_screens::message::{Request, Response};
use suunta_screens::wire;
use web_sys::{MessageEvent, Worker};

/// Trunk names a worker's start-up script `<bin>_loader.js`; it sits next to `index.html`.
const WORKER_SCRIPT: &str = "./suunta-worker_loader.js";

/// How often the latest request is posted again until the worker has said anything.
const NUDGE_EVERY: Duration = Duration::from_millis(100);

/// How many nudges (20 s) a worker may take to say anything before it counts as not started:
/// its script or wasm did not load, which the worker cannot report itself. Loading the
/// catalogue on a slow connection takes a few seconds; this is many times that.
const NUDGES_BEFORE_GIVING_UP: u32 = 200;

/// What the worker said: an answer (with the text it came as), or that it cannot answer at all
/// (it did not start, it failed, or it sent something this build cannot read).
pub enum Heard {
    Response(Response, String),
    Broken,
}

/// The latest message posted before the worker was first heard from. A message posted while
/// the worker's wasm is still starting finds no listener and is lost: it is posted again when
/// the worker says it is listening (an empty message), and, in case that was missed, every
/// `NUDGE_EVERY` until the worker is heard from. Requests are idempotent, the worker ignores a
/// repeat of one it is still working on, and stale answers are dropped by id.
type Unheard = Rc<RefCell<Option<Option<String>>>>;

pub struct EngineClient {
    worker: Worker,
    unheard: Unheard,
    // Kept so the handlers live as long as the worker they are attached to.
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn()>,
}

impl EngineClient {
    /// Starts the worker, with `on_heard` called for every answer and failure.
    pub fn start(on_heard: impl Fn(Heard) + Clone + 'static) -> Option<EngineClient> {
        let worker = Worker::new(WORKER_SCRIPT).ok()?;
        let unheard: Unheard = Rc::new(RefCell::new(Some(None)));
        let heard = on_heard.clone();
        let started = Rc::clone(&unheard);
        let listening = worker.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let lost = started.replace(None).flatten();
            let text = event.data().as_string();
            // An empty message says the worker is listening now: what was posted before then
            // found no listener, so the latest of it goes again, once.
            if text.as_deref() == Some("") {
                if let Some(message) = lost {
                    let _ = listening.post_message(&message.into());
                }
                return;
            }
            let decoded =
                text.and_then(|text| Some(Heard::Response(wire::decode(&text).ok()?, text)));
            heard(decoded.unwrap_or(Heard::Broken));
        });
        let on_error = Closure::<dyn Fn()>::new(move || on_heard(Heard::Broken));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // A script that cannot be loaded, or a panic while it runs.
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
        let give_up = on_error.as_ref().clone().unchecked_into::<js_sys::Function>();
        nudge(worker.clone(), Rc::clone(&unheard), give_up, NUDGES_BEFORE_GIVING_UP);
        Some(EngineClient { worker, unheard, _on_message: on_message, _on_error: on_error })
    }

    /// Posts `request`; false when the worker cannot take it.
    pub fn send(&self, request: &Request) -> bool {
        let message = wire::encode(request);
        let sent = self.worker.post_message(&message.as_str().into()).is_ok();
        if let Some(latest) = self.unheard.borrow_mut().as_mut() {
            *latest = Some(message);
        }
        sent
    }
}

/// Posts the latest message again, and again, until the worker has been heard from; after
/// `left` more tries, calls `give_up`.
fn nudge(worker: Worker, unheard: Unheard, give_up: js_sys::Function, left: u32) {
    set_timeout(
        move || {
            let Some(latest) = unheard.borrow().clone() else { return };
            if left == 0 {
                unheard.replace(None);
                let _ = give_up.call0(&leptos::wasm_bindgen::JsValue::NULL);
                return;
            }
            if let Some(message) = latest {
                let _ = worker.post_message(&message.into());
            }
            nudge(worker, unheard, give_up, left - 1);
        },
        NUDGE_EVERY,
    );
}

impl Drop for EngineClient {
    fn drop(&mut self) {
        // Stops the nudging too.
        self.unheard.replace(None);
        self.worker.terminate();
    }
}
