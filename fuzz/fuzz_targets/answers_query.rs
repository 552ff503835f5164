//! Feeds arbitrary text through the URL query decoder. Any panic is a bug: a hand-edited or
//! truncated link must give the best page it can, with polite notes. Also checks that decoding
//! is stable: the query the app writes back for what it understood decodes to the same answers
//! without new notes, so a shared link never drifts.

#![no_main]

use libfuzzer_sys::fuzz_target;
use suunta_core::answers::{parse, to_query};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (answers, notes) = parse(text);
    for note in &notes {
        let _ = format!("{note:?}");
    }
    let written = to_query(&answers);
    let (again, again_notes) = parse(&written);
    assert_eq!(again, answers, "{text:?} -> {written:?}");
    assert!(again_notes.is_empty(), "{written:?} gave notes {again_notes:?}");
});
