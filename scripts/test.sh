#!/usr/bin/env bash
# Runs every check and test, in order, and stops at the first that fails:
# formatting, lints on the host and on wasm32, native tests, the production build, the size
# report against its budget, the browser tests in headless Chromium, the longest main-thread task
# of each step of a journey at 4x CPU, and Lighthouse mobile on the start page, a results page
# and the embed demo against the bar in budgets.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh

step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (host, whole workspace)"
cargo clippy --workspace --all-targets --locked --offline -- -D warnings

step "clippy (wasm32: the page, the catalogue worker, and the crates they share)"
cargo clippy -p suunta -p suunta-worker -p suunta-screens -p suunta-core --target wasm32-unknown-unknown --locked --offline -- -D warnings

step "clippy (wasm32: the browser benchmark module, so it cannot rot; about 10 s)"
cargo clippy -p suunta-bench-wasm --target wasm32-unknown-unknown --locked --offline -- -D warnings

step "native tests (whole workspace)"
cargo test --workspace --locked --offline

step "production build (trunk build --release)"
rm -rf dist
trunk build --release --offline --locked

step "size report"
node scripts/size-report.mjs dist

step "browser tests (Playwright + Debian chromium)"
node --test --test-concurrency=1 tests/e2e/

step "main-thread tasks at 4x CPU (a journey, median of 5 runs; about 2.5 minutes)"
node bench/long-tasks.mjs --runs 5

step "Lighthouse mobile (start, results, embed demo; median of 5 runs; about 2 minutes)"
node scripts/lighthouse.mjs --runs 5
