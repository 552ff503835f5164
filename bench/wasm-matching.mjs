// Times matching in Chromium: the wasm module of crates/suunta-bench-wasm (the same synthetic
// catalogues, queries and "now" as `cargo bench -p suunta-core --features synthetic`), over 300,
// 3,000 and 10,000 services, first at full speed and then with Chromium's 4x CPU throttling.
// Prints a table, writes reports/bench-wasm-matching.json, and exits non-zero when the slowest
// query's median over 3,000 services at 4x exceeds `matching_3000_ms_at_4x` in budgets.json.
//
//   node bench/wasm-matching.mjs [path/to/suunta_bench_wasm.wasm]
//
// scripts/bench.sh builds the module and runs this; bench/wasm-harness.mjs is the shared part.
import { benchQueries } from "./wasm-harness.mjs";

await benchQueries({
  benchmark: { name: "matching", prepare: "prepare", run: "run", cases: "query_count" },
  budgetKey: "matching_3000_ms_at_4x",
  report: "bench-wasm-matching.json",
  about:
    "Per-call time of recommend + next_question in wasm in headless Chromium, over the synthetic catalogues of suunta_core::synthetic; throttle 4 is Chromium's simulated 4x slower CPU. Written by bench/wasm-matching.mjs.",
});
