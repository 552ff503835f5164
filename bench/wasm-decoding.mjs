// Times catalogue decoding in Chromium: the wasm module of crates/suunta-bench-wasm decodes a
// published service file of 300, 3,000 and 10,000 synthetic services (`serde_json::from_str::
// <CatalogueFile>`, as the catalogue worker does) and the geography (`from_str::<GeographyFile>`
// then `Geography::new`), the same work as `cargo bench -p suunta-core --features synthetic
// --bench decoding`, first at full speed and then with Chromium's 4x CPU throttling. Also reports
// each service file's size raw and brotli (quality 11, as scripts/size-report.mjs measures).
// Prints a table, writes reports/bench-wasm-decoding.json, and exits non-zero when the slower
// case's median over 300 services at 4x exceeds `decoding_300_ms_at_4x` in budgets.json.
//
//   node bench/wasm-decoding.mjs [path/to/suunta_bench_wasm.wasm]
//
// scripts/bench.sh builds the module and runs this; bench/wasm-harness.mjs is the shared part.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

import { ROOT, SIZES, budget, machine, measure, reportAgainstBudget, wasmPathFromArgs } from "./wasm-harness.mjs";

const DECODING = {
  name: "decoding",
  prepare: "prepare_decoding",
  run: "run_decoding",
  cases: "decoding_case_count",
};
const CASE_NAMES = ["service JSON", "geography JSON", "service pack", "geography pack"];
// A decode takes milliseconds to a second, so fewer samples than matching, and no more than
// about three seconds of them per case once five are in.
const SAMPLING = { minBatchMs: 5, samples: 30, warmUpMs: 200, maxMs: 3_000, minSamples: 5 };
// As in bench/wasm-matching.mjs: an over-budget case is measured again and judged on its
// lowest median, since other processes only ever add time.
const BUDGET_SIZE = 300;

const wasmPath = wasmPathFromArgs();
const budgetMs = await budget("decoding_300_ms_at_4x");
const machineBefore = machine();
const sizes = await fileSizes(wasmPath);
const measured = await measure(wasmPath, DECODING, {
  sampling: SAMPLING,
  budgetSize: BUDGET_SIZE,
  budgetMs,
});

console.log(`${"services".padStart(8)}  ${"JSON bytes".padStart(10)}  ${"brotli".padStart(9)}`);
for (const row of sizes) {
  console.log(`${String(row.services).padStart(8)}  ${String(row.raw).padStart(10)}  ${String(row.brotli).padStart(9)}`);
}
console.log(
  `\n${"throttle".padStart(8)}  ${"services".padStart(8)}  ${"case".padEnd(12)}  ${"median ms".padStart(9)}  ${"p95 ms".padStart(8)}  samples`,
);
for (const row of measured.results) {
  console.log(
    `${`${row.throttle}x`.padStart(8)}  ${String(row.services).padStart(8)}  ${CASE_NAMES[row.case].padEnd(12)}  ${row.median_ms.toFixed(2).padStart(9)}  ${row.p95_ms.toFixed(2).padStart(8)}  ${row.samples} x ${row.calls_per_sample}`,
  );
}

await reportAgainstBudget({
  report: "bench-wasm-decoding.json",
  about:
    "Per-call time of decoding a published service file (serde_json::from_str::<CatalogueFile>, case 0; its pack with unpack_catalogue, case 2, which is what the worker does) and the geography (from_str::<GeographyFile> + Geography::new, case 1; its pack with unpack_geography + Geography::new, case 3) in wasm in headless Chromium, over the worded synthetic catalogues of suunta_core::synthetic::published; throttle 4 is Chromium's simulated 4x slower CPU. Written by bench/wasm-decoding.mjs.",
  extra: { cases: CASE_NAMES, file_sizes: sizes },
  wasmPath,
  machineBefore,
  measured,
  budgetKey: "decoding_300_ms_at_4x",
  budgetMs,
  verdict: (median) => `300 services at 4x: slower case's median ${median.toFixed(2)} ms`,
});

/**
 * Each size's service file, raw and brotli (the geography's are in scripts/size-report.mjs's
 * table, as dist/catalogue/geography.json). The module runs here in Node
 * too, only to hand over the JSON it decodes in the page: the bytes are the same, and copying
 * megabytes out of the page would take longer.
 */
async function fileSizes(path) {
  const { instance } = await WebAssembly.instantiate(await readFile(path), {});
  const bench = instance.exports;
  const geography = await readFile(join(ROOT, "catalogue/geography.json"));
  const rows = [];
  for (const size of SIZES) {
    const address = bench.alloc(geography.length);
    new Uint8Array(bench.memory.buffer, address, geography.length).set(geography);
    if (bench.prepare_decoding(address, geography.length, size) !== size) {
      throw new Error(`prepare_decoding(${size}) failed in Node`);
    }
    // `>>> 0`: wasm returns i32s, and the address and length are unsigned.
    const json = new Uint8Array(bench.memory.buffer, bench.decoding_json_ptr() >>> 0, bench.decoding_json_len() >>> 0);
    rows.push({ services: size, raw: json.length, brotli: brotli(json) });
  }
  return rows;
}

function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}
