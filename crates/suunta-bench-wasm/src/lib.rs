//! Suunta's benchmarks as a bare wasm module, for timing in a real browser. No wasm-bindgen: the
//! runners (`bench/wasm-matching.mjs`, `bench/wasm-decoding.mjs`) call these few exported
//! functions with plain numbers and write their input bytes straight into the module's memory.
//!
//! The protocol: `alloc(len)` returns where to write `len` bytes; the runner copies the file in,
//! then hands the pointer back to an export that takes the buffer (here `prepare`). Timed
//! exports return a checksum of their result, so the work cannot be optimised away and the
//! runner can check that every call gave the same answer.
//!
//! `#[no_mangle]` is how a function becomes a wasm export, and the `unsafe_code` lint counts it
//! as unsafe (two exports with one name would clash at link time). Each export allows it on its
//! own; there are no `unsafe` blocks: input bytes are read back through the `Vec` that owns them.
//!
//! To add a benchmark (search, say), add a module with a prepared state and a `run`, and its
//! exports here (prepare, case count, run), as matching and decoding do; `bench/wasm-harness.mjs`
//! times any benchmark named by those three exports.

mod decoding;
mod input;
mod matching;
mod search;

use std::cell::RefCell;

use decoding::DecodingBench;
use matching::MatchingBench;
use search::SearchBench;

pub use input::alloc;

thread_local! {
    /// The catalogue `run` works on. A wasm module without threads has exactly one.
    static MATCHING: RefCell<Option<MatchingBench>> = const { RefCell::new(None) };
    /// The service file `run_decoding` decodes.
    static DECODING: RefCell<Option<DecodingBench>> = const { RefCell::new(None) };
    /// The search index `run_search` queries.
    static SEARCH: RefCell<Option<SearchBench>> = const { RefCell::new(None) };
}

/// Builds a synthetic catalogue of `services` services over the geography file the runner wrote
/// at `geography_ptr` (from `alloc`), and keeps it for `run`. Returns the number of services
/// built, or `u32::MAX` when the buffer is not one `alloc` gave or the geography is unreadable.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn prepare(geography_ptr: *mut u8, geography_len: usize, services: usize) -> u32 {
    let prepared = input::take(geography_ptr, geography_len)
        .ok_or_else(|| "not a buffer from alloc".to_owned())
        .and_then(|bytes| MatchingBench::new(&bytes, services));
    match prepared {
        Ok(bench) => {
            let built = u32::try_from(bench.service_count()).unwrap_or(u32::MAX - 1);
            MATCHING.with(|state| *state.borrow_mut() = Some(bench));
            built
        }
        Err(_) => u32::MAX,
    }
}

/// How many fixed queries `run` can be asked for.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn query_count() -> u32 {
    matching::query_count() as u32
}

/// Runs `recommend` and `next_question` for one fixed query over the prepared catalogue and
/// returns a checksum of both; 0 before `prepare` or for a query index out of range.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn run(query_index: u32) -> u32 {
    MATCHING.with(|state| {
        state.borrow().as_ref().and_then(|bench| bench.run(query_index as usize)).unwrap_or(0)
    })
}

/// Builds the published service file of `services` synthetic services over the geography file
/// the runner wrote at `geography_ptr` (from `alloc`), and keeps it and the geography for
/// `run_decoding`. Returns the number of services in the file, or `u32::MAX` when the buffer is
/// not one `alloc` gave or the geography is unreadable.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn prepare_decoding(
    geography_ptr: *mut u8,
    geography_len: usize,
    services: usize,
) -> u32 {
    let prepared = input::take(geography_ptr, geography_len)
        .ok_or_else(|| "not a buffer from alloc".to_owned())
        .and_then(|bytes| DecodingBench::new(&bytes, services));
    match prepared {
        Ok(bench) => {
            let built = u32::try_from(bench.service_count()).unwrap_or(u32::MAX - 1);
            DECODING.with(|state| *state.borrow_mut() = Some(bench));
            built
        }
        Err(_) => u32::MAX,
    }
}

/// How many cases `run_decoding` can be asked for: 0 the service file, 1 the geography.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn decoding_case_count() -> u32 {
    decoding::case_count() as u32
}

/// Decodes one case as the catalogue worker does and returns a checksum of the result; 0
/// before `prepare_decoding` or for a case index out of range.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn run_decoding(case_index: u32) -> u32 {
    DECODING.with(|state| {
        state.borrow().as_ref().and_then(|bench| bench.run(case_index as usize)).unwrap_or(0)
    })
}

/// Where the prepared service file's JSON starts in the module's memory (null before
/// `prepare_decoding`), so the runner can read it and report its size compressed. Valid until
/// the next `prepare_decoding`.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn decoding_json_ptr() -> *const u8 {
    DECODING.with(|state| {
        state.borrow().as_ref().map_or(std::ptr::null(), |bench| bench.service_json().as_ptr())
    })
}

/// The prepared service file's length in bytes; 0 before `prepare_decoding`.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn decoding_json_len() -> usize {
    DECODING.with(|state| state.borrow().as_ref().map_or(0, |bench| bench.service_json().len()))
}

#[cfg(test)]
mod tests;

/// Builds the search index over `services` worded synthetic services placed over the geography
/// file the runner wrote at `geography_ptr` (from `alloc`), and keeps it for `run_search`.
/// Returns the number of services indexed, or `u32::MAX` when the buffer is not one `alloc`
/// gave or the geography is unreadable.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn prepare_search(
    geography_ptr: *mut u8,
    geography_len: usize,
    services: usize,
) -> u32 {
    let prepared = input::take(geography_ptr, geography_len)
        .ok_or_else(|| "not a buffer from alloc".to_owned())
        .and_then(|bytes| SearchBench::new(&bytes, services));
    match prepared {
        Ok(bench) => {
            let built = u32::try_from(bench.service_count()).unwrap_or(u32::MAX - 1);
            SEARCH.with(|state| *state.borrow_mut() = Some(bench));
            built
        }
        Err(_) => u32::MAX,
    }
}

/// How many fixed queries `run_search` can be asked for.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn search_query_count() -> u32 {
    search::query_count() as u32
}

/// Runs one fixed query over the prepared index and returns a checksum of its hits; 0 before
/// `prepare_search` or for a query index out of range.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn run_search(query_index: u32) -> u32 {
    SEARCH.with(|state| {
        state.borrow().as_ref().and_then(|bench| bench.run(query_index as usize)).unwrap_or(0)
    })
}
