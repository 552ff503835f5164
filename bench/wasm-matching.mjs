// Times matching in Chromium: the wasm module of crates/suunta-bench-wasm (the same synthetic
// catalogues, queries and "now" as `cargo bench -p suunta-core --features synthetic`), over 300,
// 3,000 and 10,000 services, first at full speed and then with Chromium's 4x CPU throttling.
// Prints a table, writes reports/bench-wasm-matching.json, and exits non-zero when the slowest
// query's median over 3,000 services at 4x exceeds `matching_3000_ms_at_4x` in budgets.json.
//
//   node bench/wasm-matching.mjs [path/to/suunta_bench_wasm.wasm]
//
// scripts/bench.sh builds the module and runs this. To time another export (catalogue
// decoding, search), add it to the module and an entry to BENCHMARKS below.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { launchBrowser } from "../tests/e2e/support/browser.mjs";
import { serveDirectory } from "../tests/e2e/support/server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [300, 3_000, 10_000];
const THROTTLES = [1, 4];
// Each benchmark: the export that builds its state for a size, and the timed export, called
// with every case index from 0 to `cases` (another export) minus one.
const BENCHMARKS = [{ name: "matching", prepare: "prepare", run: "run", cases: "query_count" }];
// Chromium coarsens performance.now() to 100 µs on a page that is not cross-origin isolated,
// so each sample times a batch of calls lasting at least this long and divides.
const MIN_BATCH_MS = 5;
const SAMPLES = 60;
const WARM_UP_MS = 200;
// Other processes on the machine only ever add time, and on a shared 2-core machine a build
// can double a median. So when the budgeted case is over, it is measured again, up to this
// many times, and judged on each query's lowest median: a real regression stays over.
const BUDGET_RETRIES = 2;
const BUDGET_SIZE = 3_000;
const BUDGET_THROTTLE = 4;

const wasmPath = resolve(
  process.argv[2] ??
    join(
      process.env.CARGO_TARGET_DIR ?? join(ROOT, "target"),
      "wasm32-unknown-unknown/release/suunta_bench_wasm.wasm",
    ),
);
const budgets = JSON.parse(await readFile(join(ROOT, "budgets.json"), "utf8"));
const budgetMs = budgets.matching_3000_ms_at_4x;
if (typeof budgetMs !== "number") {
  console.error("budgets.json has no number matching_3000_ms_at_4x");
  process.exit(2);
}

const site = await mkdtemp(join(tmpdir(), "suunta-bench-"));
await copyFile(wasmPath, join(site, "bench.wasm"));
await copyFile(join(ROOT, "catalogue/geography.json"), join(site, "geography.json"));
await writeFile(join(site, "index.html"), "<!doctype html><title>Suunta benchmark</title>\n");

const server = await serveDirectory(site);
const browser = await launchBrowser();
const results = [];
const preparations = [];
const retries = [];
let chromium;
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  await page.evaluate(loadModule);
  const cdp = await page.context().newCDPSession(page);
  for (const rate of THROTTLES) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    for (const benchmark of BENCHMARKS) {
      for (const size of SIZES) {
        const prepared = await page.evaluate(prepareInPage, { benchmark, size });
        if (prepared.built !== size) {
          throw new Error(`${benchmark.prepare}(${size}) built ${prepared.built}`);
        }
        preparations.push({ benchmark: benchmark.name, throttle: rate, services: size, prepare_ms: prepared.prepare_ms });
        for (let index = 0; index < prepared.cases; index += 1) {
          const timing = await timeCase(page, benchmark, index);
          results.push({ benchmark: benchmark.name, throttle: rate, services: size, case: index, ...timing });
        }
      }
    }
  }
  const matching = BENCHMARKS[0];
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: BUDGET_THROTTLE });
  for (let attempt = 1; attempt <= BUDGET_RETRIES && slowestBestMedian() > budgetMs; attempt += 1) {
    console.error(`3,000 services at 4x over budget; measuring again (${attempt}/${BUDGET_RETRIES})`);
    const prepared = await page.evaluate(prepareInPage, { benchmark: matching, size: BUDGET_SIZE });
    for (let index = 0; index < prepared.cases; index += 1) {
      const timing = await timeCase(page, matching, index);
      retries.push({ attempt, case: index, ...timing });
    }
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  chromium = browser.version();
} finally {
  await browser.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
}

// The same work must give the same answer whatever the throttling.
const checksums = new Map();
for (const row of results) {
  const key = `${row.benchmark} ${row.services} ${row.case}`;
  if (checksums.has(key) && checksums.get(key) !== row.checksum) {
    console.error(`checksum of ${key} differs between throttling rates`);
    process.exit(1);
  }
  checksums.set(key, row.checksum);
}

console.log(`${"throttle".padStart(8)}  ${"services".padStart(8)}  query  ${"median ms".padStart(9)}  ${"p95 ms".padStart(8)}  calls/sample`);
for (const row of results) {
  console.log(
    `${`${row.throttle}x`.padStart(8)}  ${String(row.services).padStart(8)}  ${String(row.case + 1).padStart(5)}  ${row.median_ms.toFixed(3).padStart(9)}  ${row.p95_ms.toFixed(3).padStart(8)}  ${row.calls_per_sample}`,
  );
}

const worstMedian = slowestBestMedian();
const report = {
  about:
    "Per-call time of recommend + next_question in wasm in headless Chromium, over the synthetic catalogues of suunta_core::synthetic; throttle 4 is Chromium's simulated 4x slower CPU. Written by bench/wasm-matching.mjs.",
  date: new Date().toISOString(),
  chromium,
  cpus: cpus().length,
  cpu_model: cpus()[0]?.model ?? "unknown",
  wasm_bytes: (await readFile(wasmPath)).length,
  budget: {
    matching_3000_ms_at_4x: budgetMs,
    slowest_median_ms: worstMedian,
    within: worstMedian <= budgetMs,
    retries,
  },
  results,
  preparations,
};
await mkdir(join(ROOT, "reports"), { recursive: true });
await writeFile(join(ROOT, "reports/bench-wasm-matching.json"), `${JSON.stringify(report, null, 2)}\n`);

console.log(
  `\n3,000 services at 4x: slowest query's median ${worstMedian.toFixed(3)} ms` +
    `${retries.length > 0 ? " (lowest of repeated attempts)" : ""}, budget ${budgetMs} ms (budgets.json)`,
);
if (!(worstMedian <= budgetMs)) {
  console.error("over budget");
  process.exit(1);
}

function timeCase(page, benchmark, index) {
  return page.evaluate(timeInPage, {
    exportName: benchmark.run,
    index,
    minBatchMs: MIN_BATCH_MS,
    samples: SAMPLES,
    warmUpMs: WARM_UP_MS,
  });
}

/** The budgeted case's slowest query, each query at its lowest median over all attempts. */
function slowestBestMedian() {
  const best = new Map();
  const first = results.filter(
    (row) => row.benchmark === "matching" && row.throttle === BUDGET_THROTTLE && row.services === BUDGET_SIZE,
  );
  for (const row of [...first, ...retries]) {
    best.set(row.case, Math.min(best.get(row.case) ?? Infinity, row.median_ms));
  }
  return best.size === 0 ? Infinity : Math.max(...best.values());
}

// ---- These run inside the page. ----

async function loadModule() {
  const bytes = await (await fetch("/bench.wasm")).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {});
  window.bench = instance.exports;
  window.geography = new Uint8Array(await (await fetch("/geography.json")).arrayBuffer());
}

function prepareInPage({ benchmark, size }) {
  const bench = window.bench;
  const input = window.geography;
  const address = bench.alloc(input.length);
  // Read `memory.buffer` only after alloc: growing the memory replaces the buffer.
  new Uint8Array(bench.memory.buffer, address, input.length).set(input);
  const started = performance.now();
  const built = bench[benchmark.prepare](address, input.length, size);
  return { built, cases: bench[benchmark.cases](), prepare_ms: performance.now() - started };
}

function timeInPage({ exportName, index, minBatchMs, samples, warmUpMs }) {
  const run = window.bench[exportName];
  // wasm returns an i32; `>>> 0` reads it as the u32 the Rust side computed.
  const checksum = run(index) >>> 0;
  if (checksum === 0) throw new Error(`${exportName}(${index}) gave nothing`);
  const call = () => {
    if (run(index) >>> 0 !== checksum) throw new Error(`${exportName}(${index}) is not deterministic`);
  };
  const warmUpEnd = performance.now() + warmUpMs;
  while (performance.now() < warmUpEnd) call();
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) call();
    if (performance.now() - start >= minBatchMs) break;
    batch *= 2;
  }
  const perCall = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) call();
    perCall.push((performance.now() - start) / batch);
  }
  perCall.sort((a, b) => a - b);
  return {
    median_ms: perCall[Math.floor(perCall.length / 2)],
    p95_ms: perCall[Math.min(perCall.length - 1, Math.ceil(perCall.length * 0.95) - 1)],
    calls_per_sample: batch,
    samples,
    checksum,
  };
}
