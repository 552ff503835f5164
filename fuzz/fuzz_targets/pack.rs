//! Feeds arbitrary text to the catalogue pack decoders the worker runs on every file it fetches
//! (`suunta_core::catalogue::pack`). A corrupt or truncated download must come back as an error,
//! never a panic; whatever decodes must encode back to the same pack.

#![no_main]

use libfuzzer_sys::fuzz_target;
use suunta_core::catalogue::pack::{
    pack_catalogue, pack_geography, unpack_catalogue, unpack_geography,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Coordinates compare NaN unequal, so compare the packs, not the values.
    if let Ok(file) = unpack_catalogue(text) {
        let pack = pack_catalogue(&file);
        assert_eq!(unpack_catalogue(&pack).map(|again| pack_catalogue(&again)), Ok(pack));
    }
    if let Ok(geography) = unpack_geography(text) {
        let pack = pack_geography(&geography);
        assert_eq!(unpack_geography(&pack).map(|again| pack_geography(&again)), Ok(pack));
    }
});
