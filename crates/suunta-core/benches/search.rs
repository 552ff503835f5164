//! Search speed over synthetic catalogues of 300, 3,000 and 10,000 services (issue 10: a query
//! over the full catalogue under 5 ms at 4x CPU slowdown, so results follow every keystroke).
//!
//! `cargo bench -p suunta-core --features synthetic --bench search` prints a table: building
//! the index once, then each query. The native figure to watch is about 5 ms / 4 / 2 = 0.6 ms
//! (wasm is up to twice as slow as native). The synthetic services are worded like real ones
//! (`synthetic::published::worded`). Without `--bench` it checks that the queries find something.

mod timing;

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
use suunta_core::geography::Geography;
use suunta_core::lang::Lang;
use suunta_core::search::SearchIndex;
use suunta_core::synthetic;
use suunta_core::synthetic::workload::SIZES;

const RUN_FOR: Duration = Duration::from_millis(500);

/// What people type: a place, a misspelt kind and place, a prefix, a Swedish place, nonsense.
const QUERIES: [&str; 5] = ["tampere", "ohjamo jyvaskyla", "tyo", "navigatorn vasa", "xqzv"];

fn main() -> ExitCode {
    let timed = std::env::args().any(|arg| arg == "--bench");
    let geography_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/geography.json");
    let Ok(geography) = std::fs::read_to_string(&geography_path)
        .map_err(|error| error.to_string())
        .and_then(|text| serde_json::from_str::<GeographyFile>(&text).map_err(|e| e.to_string()))
        .map(Geography::new)
    else {
        eprintln!("cannot read {}", geography_path.display());
        return ExitCode::FAILURE;
    };
    if timed {
        println!(
            "{:>8}  {:<18}  {:>10}  {:>10}  {:>6}",
            "services", "what", "median µs", "min µs", "hits"
        );
    }
    let sizes: &[usize] = if timed { &SIZES } else { &SIZES[..1] };
    for &size in sizes {
        // Worded like real services, as the decoding benchmark's files are.
        let json = synthetic::published::service_file(size, &geography);
        let Ok(file) = serde_json::from_str::<CatalogueFile>(&json) else {
            eprintln!("the synthetic file of {size} does not decode");
            return ExitCode::FAILURE;
        };
        let services = file.services;
        let index = SearchIndex::new(&services, &geography);
        // Every service is indexed by its kind in words: the first one's must find it.
        let kind = suunta_core::wording::service_kind_label(services[0].kind, Lang::Fi);
        if !index.search(kind).iter().any(|hit| hit.service == 0) {
            eprintln!("searching for {kind:?} does not find the first service of {size}");
            return ExitCode::FAILURE;
        }
        if !timed {
            continue;
        }
        let (_, median, min) =
            timing::time(RUN_FOR, || SearchIndex::new(&services, &geography).search("x").len());
        println!(
            "{size:>8}  {:<18}  {:>10.1}  {:>10.1}  {:>6}",
            "build the index",
            micros(median),
            micros(min),
            "-"
        );
        for query in QUERIES {
            let hits = index.search(query).len();
            let (_, median, min) = timing::time(RUN_FOR, || index.search(query).len());
            println!(
                "{size:>8}  {query:<18}  {:>10.1}  {:>10.1}  {hits:>6}",
                micros(median),
                micros(min)
            );
        }
    }
    if !timed {
        println!("search finds services in the synthetic catalogue (run with --bench to time)");
    }
    ExitCode::SUCCESS
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
