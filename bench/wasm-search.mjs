// Times free-text search in Chromium (issue 10): the wasm module of crates/suunta-bench-wasm
// queries the index over the worded synthetic catalogues (the same catalogues and queries as
// `cargo bench -p suunta-core --features synthetic --bench search`), over 300, 3,000 and 10,000
// services, first at full speed and then with Chromium's 4x CPU throttling. Prints a table,
// writes reports/bench-wasm-search.json, and exits non-zero when the slowest query's median over
// 3,000 services at 4x exceeds `search_3000_ms_at_4x` in budgets.json.
//
//   node bench/wasm-search.mjs [path/to/suunta_bench_wasm.wasm]
//
// scripts/bench.sh builds the module and runs this; bench/wasm-harness.mjs is the shared part.
import { benchQueries } from "./wasm-harness.mjs";

await benchQueries({
  benchmark: { name: "search", prepare: "prepare_search", run: "run_search", cases: "search_query_count" },
  budgetKey: "search_3000_ms_at_4x",
  report: "bench-wasm-search.json",
  about:
    "Per-call time of one SearchIndex::search query in wasm in headless Chromium, over the worded synthetic catalogues of suunta_core::synthetic::published (the index built once beforehand); throttle 4 is Chromium's simulated 4x slower CPU. Written by bench/wasm-search.mjs.",
});
