//! Feeds arbitrary text to the page/worker message decoder. Any panic is a bug: a message from
//! another build or a corrupted one must come back as an error. Whatever decodes must encode
//! back to a message that decodes to the same value.

#![no_main]

use libfuzzer_sys::fuzz_target;
use suunta_screens::message::{Request, Response};
use suunta_screens::wire::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(response) = decode::<Response>(text) {
        assert_eq!(decode::<Response>(&encode(&response)), Ok(response));
    }
    if let Ok(request) = decode::<Request>(text) {
        // f64 fields compare NaN unequal, so compare the encodings.
        assert_eq!(encode(&decode::<Request>(&encode(&request)).unwrap()), encode(&request));
    }
});
