#!/usr/bin/env bash
# Times matching natively (cargo bench) and in headless Chromium (wasm, unthrottled and at 4x CPU
# slowdown), over the same synthetic catalogues. Separate from scripts/test.sh: it takes a few
# minutes and its figures depend on the machine. Writes reports/bench-wasm-matching.json and
# fails when 3,000 services at 4x exceed the budget in budgets.json. Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
target="${CARGO_TARGET_DIR:-target}"

printf '\n== bench: native (cargo bench)\n'
cargo bench -p suunta-core --features synthetic --bench matching --locked --offline

printf '\n== bench: wasm in Chromium\n'
cargo build --release -p suunta-bench-wasm --target wasm32-unknown-unknown --locked --offline
# The same wasm-opt pass as the app's release build (Trunk's data-wasm-opt="z"), so the module
# is timed as it would ship.
wasm-opt -Oz "$target/wasm32-unknown-unknown/release/suunta_bench_wasm.wasm" \
  -o "$target/suunta_bench_wasm.opt.wasm"
node bench/wasm-matching.mjs "$target/suunta_bench_wasm.opt.wasm"
