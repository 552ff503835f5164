//! The part of wasm-streams 0.5's interface that Leptos's server-function client uses, with
//! nothing behind it.
//!
//! Leptos 0.8 always links `server_fn`'s browser client, which streams request and response
//! bodies through wasm-streams. Suunta has no server functions, so that code never runs; but
//! wasm-streams exports three classes to JavaScript (`IntoUnderlyingSource`, `...Sink`,
//! `...ByteSource`), and an export is never dropped as dead code: they cost the page's
//! critical path 6.1 KB brotli, wasm and glue (measured: docs/size.md). This crate
//! replaces it through `[patch.crates-io]`: it has the same types and calls, exports nothing, and
//! a stream that ends at once with an error. Remove it if the app ever calls a server function.

use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use wasm_bindgen::{JsCast, JsValue};

/// Stands in for `wasm_streams::ReadableStream`: holds the browser's stream and reads nothing.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> ReadableStream {
        ReadableStream { raw }
    }

    /// A browser stream would be made from `stream`; this one is an empty object, and the
    /// request that sends it fails in the browser.
    pub fn from_stream<St>(_stream: St) -> ReadableStream
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        ReadableStream { raw: JsValue::NULL.unchecked_into() }
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    pub fn into_stream(self) -> Unread {
        Unread { said: false }
    }
}

/// A stream that says once that it cannot be read, then ends.
pub struct Unread {
    said: bool,
}

impl Stream for Unread {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if std::mem::replace(&mut self.said, true) {
            Poll::Ready(None)
        } else {
            Poll::Ready(Some(Err(JsValue::from_str("streams are not built into this app"))))
        }
    }
}
