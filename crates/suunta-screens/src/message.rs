//! What the page asks the catalogue worker, and what the worker answers. Every request carries
//! the whole URL query: the worker keeps the catalogue, never the answers.

use crate::screen::Screen;

/// From the page to the worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Echoed in the response, so the page can ignore answers to requests it has moved past.
    pub id: u32,
    /// The URL query without `?`: the answers, and nothing else.
    pub query: String,
    /// The wall clock as Unix milliseconds (UTC), for "open now"; the worker never reads a clock.
    pub now_ms: i64,
    pub ask: Ask,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// The screen for the query.
    Show,
    /// Answer the question the query is on with `input` (the field's text, the chosen value,
    /// or the chosen values joined with commas).
    Answer { question: String, input: String },
    /// Municipalities whose Finnish or Swedish name matches what was typed so far.
    Suggest { text: String },
    /// The municipality whose centre is nearest to a device position. The position stays in the
    /// browser: the worker runs in it.
    Locate { latitude: f64, longitude: f64 },
    /// Load again whatever failed, then show the screen for the query.
    Retry,
    /// A QR code of `text` (the page's own address), so a phone can take the result along.
    Qr { text: String },
}

/// From the worker to the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The `id` of the request this answers.
    pub id: u32,
    pub answer: Answer,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Screen(Box<Screen>),
    /// The answer was accepted: go to this query (a new history entry).
    Go {
        query: String,
    },
    /// Type-ahead suggestions, best first.
    Suggestions(Vec<Suggestion>),
    /// The nearest municipality's name, to put in the field for the reader to confirm.
    Located {
        name: String,
    },
    /// The QR code asked for; None when the text is too long for one.
    Qr(Option<QrCode>),
}

/// A QR code as an SVG path: one `size` × `size` grid of modules, the dark ones drawn by `path`
/// in module units. The page adds the quiet zone of four modules around it.
#[derive(Debug, Clone, PartialEq)]
pub struct QrCode {
    pub size: u32,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The 3-digit municipality code.
    pub code: String,
    /// The name in the reader's language, with the other official name when it differs
    /// ("Vaasa – Vasa").
    pub label: String,
    /// What the field is filled with when this is chosen.
    pub value: String,
}
