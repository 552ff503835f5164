//! Matching speed over synthetic catalogues of 300, 3,000 and 10,000 services.
//!
//! `cargo bench -p suunta-core --features synthetic --bench matching` prints a table. The budget is 5 ms for 3,000
//! services in the browser at 4x CPU slowdown; wasm runs roughly 1.5-2x slower than native, so
//! the native figure to watch is about 5 ms / 4 / 2 = 0.6 ms. Without `--bench` (as when
//! `cargo test --benches` runs it) it does one quick pass and checks determinism only.
//! Timed with `std::time::Instant` rather than criterion, to keep builds lean. The catalogue
//! generator and the workload live in `suunta_core::synthetic` (feature `synthetic`), shared
//! with the browser benchmark in `crates/suunta-bench-wasm`.

mod timing;

use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use suunta_core::answers::parse;
use suunta_core::catalogue::raw::GeographyFile;
use suunta_core::geography::Geography;
use suunta_core::hours::LocalDateTime;
use suunta_core::matching::recommend;
use suunta_core::questionnaire::{next_question, Context};
use suunta_core::synthetic;
use suunta_core::synthetic::workload::{NOW, QUERIES, SIZES};

/// How long each case is run for, at least.
const RUN_FOR: Duration = Duration::from_millis(500);

const BUDGET_NATIVE_3000: Duration = Duration::from_micros(600);

fn main() -> ExitCode {
    let timed = std::env::args().any(|arg| arg == "--bench");
    let geography_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/geography.json");
    let geography =
        match std::fs::read_to_string(&geography_path).map_err(|error| error.to_string()).and_then(
            |text| serde_json::from_str::<GeographyFile>(&text).map_err(|error| error.to_string()),
        ) {
            Ok(file) => Geography::new(file),
            Err(error) => {
                eprintln!("cannot read {}: {error}", geography_path.display());
                return ExitCode::FAILURE;
            }
        };
    let now = LocalDateTime::parse(NOW).ok();
    let sizes: &[usize] = if timed { &SIZES } else { &SIZES[..1] };
    if timed {
        println!(
            "{:>8}  {:<11}  {:>10}  {:>10}  {:>10}  query",
            "services", "what", "mean µs", "median µs", "min µs"
        );
    }
    let mut over_budget = false;
    for &size in sizes {
        let services = synthetic::catalogue(size, &geography);
        if synthetic::catalogue(size, &geography) != services {
            eprintln!("the synthetic catalogue of {size} is not deterministic");
            return ExitCode::FAILURE;
        }
        let context = Context { services: &services, geography: &geography };
        for query in QUERIES {
            let (answers, _) = parse(query);
            let first = recommend(&services, &geography, &answers, now);
            if recommend(&services, &geography, &answers, now) != first {
                eprintln!("recommend is not deterministic for {query}");
                return ExitCode::FAILURE;
            }
            if !timed {
                continue;
            }
            let matching = timing::time(RUN_FOR, || {
                black_box(recommend(&services, &geography, &answers, now)).services.len()
            });
            let routing = timing::time(RUN_FOR, || {
                black_box(next_question(black_box(&answers), &context));
                0
            });
            for (what, (mean, median, min)) in [("recommend", matching), ("next page", routing)] {
                println!(
                    "{size:>8}  {what:<11}  {:>10.1}  {:>10.1}  {:>10.1}  {query}",
                    micros(mean),
                    micros(median),
                    micros(min)
                );
                over_budget |= size == 3_000 && what == "recommend" && median > BUDGET_NATIVE_3000;
            }
        }
    }
    if !timed {
        println!("synthetic catalogue and ranking are deterministic (run with --bench to time)");
    }
    if over_budget {
        println!(
            "\nover budget: recommend over 3,000 services took more than {} µs natively",
            BUDGET_NATIVE_3000.as_micros()
        );
    }
    ExitCode::SUCCESS
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
