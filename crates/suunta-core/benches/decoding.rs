//! Catalogue decoding speed: a published service file of 300, 3,000 and 10,000 services, and the
//! geography.
//!
//! `cargo bench -p suunta-core --features synthetic --bench decoding` prints a table. Each case
//! is what the catalogue worker (`crates/suunta-screens/src/engine/store.rs`, `arrived`) does
//! when a file arrives: `unpack_catalogue` of the file's pack, or for the geography
//! `unpack_geography` then `Geography::new` ("pack" rows). The "JSON" rows decode the same
//! files' published JSON with serde, as the worker did before packs, for comparison. The service files are the
//! worded synthetic catalogues of `suunta_core::synthetic::published` (as long as real services),
//! serialised as `catalogue::publish` does. The budget is 50 ms for 300 services in the browser
//! at 4x CPU slowdown (`decoding_300_ms_at_4x`; why 300: `docs/benchmarks.md`); the native figure
//! to watch is about 50 ms / 4 / 2 = 6 ms. Without `--bench` (as when `cargo test --benches` runs it) it does one
//! quick pass over 300 services and checks determinism only. Timed with `std::time::Instant`
//! rather than criterion, to keep builds lean, like `benches/matching.rs`.

mod timing;

use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use suunta_core::catalogue::pack::{
    pack_catalogue, pack_geography, unpack_catalogue, unpack_geography,
};
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
use suunta_core::geography::Geography;
use suunta_core::synthetic;
use suunta_core::synthetic::workload::SIZES;

/// How long each case is run for, at least.
const RUN_FOR: Duration = Duration::from_secs(1);

const BUDGET_NATIVE_300: Duration = Duration::from_millis(6);

fn main() -> ExitCode {
    let timed = std::env::args().any(|arg| arg == "--bench");
    let geography_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/geography.json");
    // The app ships geography.json minified, as `catalogue::publish` writes it.
    let geography_text = match std::fs::read_to_string(&geography_path)
        .map_err(|error| error.to_string())
        .and_then(|text| {
            serde_json::from_str::<GeographyFile>(&text).map_err(|error| error.to_string())
        })
        .and_then(|file| serde_json::to_string(&file).map_err(|error| error.to_string()))
    {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {}: {error}", geography_path.display());
            return ExitCode::FAILURE;
        }
    };
    let geography = match decode_geography(&geography_text) {
        Ok(geography) => geography,
        Err(error) => {
            eprintln!("the published geography does not decode: {error}");
            return ExitCode::FAILURE;
        }
    };
    if timed {
        println!(
            "{:>8}  {:<14}  {:>10}  {:>9}  {:>9}  {:>9}",
            "services", "what", "bytes", "mean ms", "median ms", "min ms"
        );
        let (mean, median, min) = timing::time(RUN_FOR, || {
            decode_geography(black_box(&geography_text))
                .map_or(0, |geography| geography.municipalities().len())
        });
        print_row("-", "geography JSON", geography_text.len(), mean, median, min);
        let Ok(file) = serde_json::from_str::<GeographyFile>(&geography_text) else {
            return ExitCode::FAILURE;
        };
        let pack = pack_geography(&file);
        let (mean, median, min) = timing::time(RUN_FOR, || {
            unpack_geography(black_box(&pack))
                .map(Geography::new)
                .map_or(0, |geography| geography.municipalities().len())
        });
        print_row("-", "geography pack", pack.len(), mean, median, min);
    }
    let sizes: &[usize] = if timed { &SIZES } else { &SIZES[..1] };
    let mut over_budget = false;
    for &size in sizes {
        let json = synthetic::published::service_file(size, &geography);
        if synthetic::published::service_file(size, &geography) != json {
            eprintln!("the published synthetic file of {size} is not deterministic");
            return ExitCode::FAILURE;
        }
        let pack = match serde_json::from_str::<CatalogueFile>(&json) {
            Ok(file) if file.services.len() == size => pack_catalogue(&file),
            Ok(file) => {
                eprintln!("the file of {size} decoded to {} services", file.services.len());
                return ExitCode::FAILURE;
            }
            Err(error) => {
                eprintln!("the file of {size} does not decode: {error}");
                return ExitCode::FAILURE;
            }
        };
        if unpack_catalogue(&pack).map(|file| file.services.len()) != Ok(size) {
            eprintln!("the pack of {size} services does not read back");
            return ExitCode::FAILURE;
        }
        if !timed {
            continue;
        }
        let (mean, median, min) = timing::time(RUN_FOR, || {
            serde_json::from_str::<CatalogueFile>(black_box(&json))
                .map_or(0, |file| file.services.len())
        });
        print_row(&size.to_string(), "services JSON", json.len(), mean, median, min);
        let (mean, median, min) = timing::time(RUN_FOR, || {
            unpack_catalogue(black_box(&pack)).map_or(0, |file| file.services.len())
        });
        print_row(&size.to_string(), "services pack", pack.len(), mean, median, min);
        over_budget |= size == 300 && median > BUDGET_NATIVE_300;
    }
    if !timed {
        println!(
            "the published synthetic files decode and are deterministic (run with --bench to time)"
        );
    }
    if over_budget {
        println!(
            "\nover budget: decoding 300 services took more than {} ms natively",
            BUDGET_NATIVE_300.as_millis()
        );
    }
    ExitCode::SUCCESS
}

/// What the worker does with geography.json: decode, then index.
fn decode_geography(text: &str) -> Result<Geography, serde_json::Error> {
    serde_json::from_str::<GeographyFile>(text).map(Geography::new)
}

fn print_row(
    services: &str,
    what: &str,
    bytes: usize,
    mean: Duration,
    median: Duration,
    min: Duration,
) {
    println!(
        "{services:>8}  {what:<14}  {bytes:>10}  {:>9.2}  {:>9.2}  {:>9.2}",
        millis(mean),
        millis(median),
        millis(min)
    );
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}
