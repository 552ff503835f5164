//! The page's end of the catalogue worker: starting it, posting requests to it and hearing its
//! answers, all as `suunta_screens::wire` text. What the answers mean is `pager`'s business.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};
use std::time::Duration;

use leptos::prelude::set_timeout;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
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

/// How many times a worker that failed before it said anything is started afresh before the
/// page is told, and how long after the failure. A failure to start can be passing: a kiosk
/// that has reset itself hundreds of times in a row can find the browser without room for one
/// more wasm memory (`RangeError: Out of memory: Cannot allocate Wasm memory`) until the old
/// pages' memories are collected, which a second later they are.
const RESTARTS: u32 = 2;
const RESTART_AFTER: Duration = Duration::from_millis(1000);

/// What the worker said: an answer (with the text it came as), or that it cannot answer at all
/// (it did not start, it failed, or it sent something this build cannot read).
pub enum Heard {
    Response(Response, String),
    Broken,
}

/// The page's line to its worker, shared with the worker's handlers (which hold it weakly, so
/// dropping the client ends it).
struct Line {
    worker: RefCell<Worker>,
    /// The latest message posted before the worker was first heard from. A message posted
    /// while the worker's wasm is still starting finds no listener and is lost: it is posted
    /// again when the worker says it is listening (an empty message), and, in case that was
    /// missed, every `NUDGE_EVERY` until the worker is heard from; and to a worker started
    /// afresh. Requests are idempotent, the worker ignores a repeat of one it is still working
    /// on, and stale answers are dropped by id. `None` once the worker has been heard.
    unheard: RefCell<Option<Option<String>>>,
    restarts_left: Cell<u32>,
    handlers: OnceCell<Handlers>,
}

struct Handlers {
    on_message: Closure<dyn Fn(MessageEvent)>,
    on_error: Closure<dyn Fn()>,
}

impl Line {
    fn attach(&self) {
        let (Some(handlers), worker) = (self.handlers.get(), self.worker.borrow()) else { return };
        let on_error = Some(handlers.on_error.as_ref().unchecked_ref());
        worker.set_onmessage(Some(handlers.on_message.as_ref().unchecked_ref()));
        // A script that cannot be loaded, or a panic while it runs.
        worker.set_onerror(on_error);
        worker.set_onmessageerror(on_error);
    }

    fn post(&self, message: &str) -> bool {
        self.worker.borrow().post_message(&message.into()).is_ok()
    }

    /// The worker failed: when it has not said anything yet and may be started afresh, ends it
    /// and starts another in a moment, and answers true.
    fn restart_later(self: &Rc<Line>) -> bool {
        let never_heard = self.unheard.borrow().is_some();
        let left = self.restarts_left.get();
        if !never_heard || left == 0 {
            return false;
        }
        self.restarts_left.set(left - 1);
        self.worker.borrow().terminate();
        let line = Rc::downgrade(self);
        set_timeout(
            move || line.upgrade().into_iter().for_each(|line| line.restart()),
            RESTART_AFTER,
        );
        true
    }

    fn restart(&self) {
        make_room_for_wasm();
        let Ok(worker) = Worker::new(WORKER_SCRIPT) else {
            self.fail();
            return;
        };
        *self.worker.borrow_mut() = worker;
        self.attach();
        let latest = self.unheard.borrow().clone().flatten();
        if let Some(message) = latest {
            self.post(&message);
        }
    }

    fn fail(&self) {
        if let Some(handlers) = self.handlers.get() {
            let on_error: &js_sys::Function = handlers.on_error.as_ref().unchecked_ref();
            let _ = on_error.call0(&JsValue::NULL);
        }
    }
}

/// The wasm memories of the pages a kiosk has reset are garbage of this page's JavaScript engine
/// (the same process runs them all), collected when it sees fit, which a new worker, a separate
/// engine, cannot hasten: until then it may find no room for its memory. A memory asked for
/// here, when there is no room, makes this engine collect its garbage first (V8 does so before
/// it gives up); when there is room it is garbage at once, a page of 64 KiB.
fn make_room_for_wasm() {
    let descriptor = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&descriptor, &"initial".into(), &1.into());
    let _ = js_sys::WebAssembly::Memory::new(&descriptor);
}

pub struct EngineClient {
    line: Rc<Line>,
}

impl EngineClient {
    /// Starts the worker, with `on_heard` called for every answer and failure.
    pub fn start(on_heard: impl Fn(Heard) + Clone + 'static) -> Option<EngineClient> {
        let line = Rc::new(Line {
            worker: RefCell::new(Worker::new(WORKER_SCRIPT).ok()?),
            unheard: RefCell::new(Some(None)),
            restarts_left: Cell::new(RESTARTS),
            handlers: OnceCell::new(),
        });
        let heard = on_heard.clone();
        let listening = Rc::downgrade(&line);
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let text = event.data().as_string();
            // An empty message says the worker is listening now: what was posted before then
            // found no listener, so the latest of it goes again, once.
            if let Some(line) = listening.upgrade() {
                let lost = line.unheard.replace(None).flatten();
                if let (Some(""), Some(message)) = (text.as_deref(), lost) {
                    line.post(&message);
                }
            }
            if text.as_deref() == Some("") {
                return;
            }
            let decoded =
                text.and_then(|text| Some(Heard::Response(wire::decode(&text).ok()?, text)));
            heard(decoded.unwrap_or(Heard::Broken));
        });
        let failing = Rc::downgrade(&line);
        let on_error = Closure::<dyn Fn()>::new(move || {
            let restarting = failing.upgrade().is_some_and(|line| line.restart_later());
            if !restarting {
                on_heard(Heard::Broken);
            }
        });
        let _ = line.handlers.set(Handlers { on_message, on_error });
        line.attach();
        nudge(Rc::downgrade(&line), NUDGES_BEFORE_GIVING_UP);
        Some(EngineClient { line })
    }

    /// Posts `request`; false when the worker cannot take it.
    pub fn send(&self, request: &Request) -> bool {
        let message = wire::encode(request);
        let sent = self.line.post(&message);
        if let Some(latest) = self.line.unheard.borrow_mut().as_mut() {
            *latest = Some(message);
        }
        sent
    }
}

/// Posts the latest message again, and again, until the worker has been heard from; after
/// `left` more tries (restarts included), gives up: the page is told the worker failed.
fn nudge(line: Weak<Line>, left: u32) {
    set_timeout(
        move || {
            let Some(strong) = line.upgrade() else { return };
            let Some(latest) = strong.unheard.borrow().clone() else { return };
            if left == 0 {
                // Heard from, as far as restarting goes: this failure is final.
                strong.unheard.replace(None);
                strong.fail();
                return;
            }
            if let Some(message) = latest {
                strong.post(&message);
            }
            drop(strong);
            nudge(line, left - 1);
        },
        NUDGE_EVERY,
    );
}

impl Drop for EngineClient {
    fn drop(&mut self) {
        // Stops the nudging and any restart too.
        self.line.unheard.replace(None);
        self.line.worker.borrow().terminate();
    }
}
