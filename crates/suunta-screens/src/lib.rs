//! The contract between Suunta's two halves, and the worker's half of it.
//!
//! The page (the Leptos app on the main thread) draws screens; the catalogue worker decodes the
//! catalogue, runs the questionnaire and the matching, and words everything. Keeping the
//! catalogue, serde and the matching out of the page's wasm is what keeps the page small enough
//! to load fast on a cheap phone, and decoding off the main thread keeps it responsive.
//!
//! - [`screen`]: what one page shows, already worded in the reader's language.
//! - [`message`]: what the page asks the worker and what the worker answers.
//! - [`wire`]: the compact text both are sent as between the threads.
//! - [`engine`]: the worker's state machine, from requests and catalogue files to responses;
//!   `build` makes its screens and `words` words them. The page uses none of these three.

mod build;
pub mod engine;
pub mod message;
pub mod screen;
pub mod wire;
mod words;
