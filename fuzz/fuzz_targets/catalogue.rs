//! Feeds arbitrary bytes through catalogue loading, validation and publishing. Any panic is a
//! bug: bad input must come back as problems.

#![no_main]

use libfuzzer_sys::fuzz_target;
use suunta_core::catalogue::publish::publish;
use suunta_core::catalogue::{check, SourceFile};
use suunta_core::hours::civil::Date;

/// A small real geography, so service files are also checked against known codes.
const GEOGRAPHY: &str =
    include_str!("../../crates/suunta-cli/tests/fixtures/validate/clean/geography.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some(today) = Date::new(2026, 11, 23) else { return };
    let file = |name: &str, text: &str| SourceFile { name: name.into(), text: text.into() };

    // As a service file beside a valid geography, and as the geography file itself.
    for sources in [
        vec![file("geography.json", GEOGRAPHY), file("regions/01.json", text)],
        vec![file("geography.json", text)],
    ] {
        let checked = check(&sources, today);
        for problem in &checked.problems {
            let _ = problem.to_string();
        }
        if let Some(catalogue) = &checked.catalogue {
            let _ = publish(catalogue);
        }
    }
});
