#!/usr/bin/env bash
# Times matching, search and catalogue decoding natively (cargo bench) and in headless Chromium
# (wasm, unthrottled and at 4x CPU slowdown) over the same synthetic catalogues, then the longest
# main-thread task of each step of a journey through the production build at 4x
# (bench/long-tasks.mjs). Separate from scripts/test.sh: it takes about six minutes and its
# figures depend on the machine. Writes reports/bench-*.json, and fails when a figure exceeds its
# budget in budgets.json; every benchmark runs even when an earlier one fails, so one run gives
# every figure. Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
target="${CARGO_TARGET_DIR:-target}"

printf '\n== bench: load average before (%s cores)\n' "$(nproc)"
cat /proc/loadavg

printf '\n== bench: native matching (cargo bench)\n'
cargo bench -p suunta-core --features synthetic --bench matching --locked --offline

printf '\n== bench: native decoding (cargo bench)\n'
cargo bench -p suunta-core --features synthetic --bench decoding --locked --offline

printf '\n== bench: wasm in Chromium\n'
cargo build --release -p suunta-bench-wasm --target wasm32-unknown-unknown --locked --offline
# The same wasm-opt pass as the app's release build (Trunk's data-wasm-opt="z"), so the module
# is timed as it would ship.
module="$target/suunta_bench_wasm.opt.wasm"
wasm-opt -Oz "$target/wasm32-unknown-unknown/release/suunta_bench_wasm.wasm" -o "$module"

# The runners exit 1 over budget and 2 when they could not measure; the worst one wins.
status=0
for runner in bench/wasm-matching.mjs bench/wasm-decoding.mjs bench/wasm-search.mjs; do
  printf '\n== bench: %s\n' "$runner"
  code=0
  node "$runner" "$module" || code=$?
  if [ "$code" -gt "$status" ]; then status=$code; fi
done

# The longest main-thread task of each step of a journey in the app itself, at 4x CPU.
if [ ! -f dist/index.html ]; then
  trunk build --release --offline --locked
fi
printf '\n== bench: bench/long-tasks.mjs\n'
code=0
node bench/long-tasks.mjs --runs 3 || code=$?
if [ "$code" -gt "$status" ]; then status=$code; fi

printf '\n== bench: load average after\n'
cat /proc/loadavg
exit "$status"
