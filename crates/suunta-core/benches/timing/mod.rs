//! The timing loop both benchmarks share: std's `Instant` rather than criterion, to keep builds
//! lean. (A directory module, so Cargo does not take it for a benchmark of its own.)

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Mean, median and fastest of enough runs to fill `at_least` (and at least five). The median
/// is what a budget is checked against: on a shared machine the mean is pulled up by other work.
pub fn time(at_least: Duration, mut run: impl FnMut() -> usize) -> (Duration, Duration, Duration) {
    let mut samples = Vec::new();
    let started = Instant::now();
    while started.elapsed() < at_least || samples.len() < 5 {
        let start = Instant::now();
        black_box(run());
        samples.push(start.elapsed());
    }
    samples.sort();
    let total: Duration = samples.iter().sum();
    let mean = total / samples.len() as u32;
    (mean, samples[samples.len() / 2], samples[0])
}
