#!/usr/bin/env node
// Size report for a production build: raw, gzip (-9) and brotli (quality 11) bytes of every file
// in dist/, and two totals that must stay within the budgets in budgets.json:
// - the critical path: index.html and the JS, wasm and CSS it references, all of which load
//   before the first screen can run;
// - the first visit: the critical path, the catalogue worker the app starts after first paint,
//   and the catalogue files a first result needs: the geography, the national services and
//   all regional services in one file (needed until the municipality is answered, and then
//   enough). A shared link needs one region's file instead, which is smaller (checked below);
// - embedding: embed.js, and a municipal embed's catalogue download (its region's file).
// It also prints, outside any budget, what the service worker precaches for offline use.
// Usage: node scripts/size-report.mjs [dist]
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { isPrecached } from "./service-worker.mjs";

const dist = process.argv[2] ?? "dist";
const budgets = JSON.parse(readFileSync(new URL("../budgets.json", import.meta.url)));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function measure(path) {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

// Fetched after the load event (index.html names these scripts but loads them late, or only
// inside a host's frame) and not needed by the first result: offline support (counted with the
// offline precache below), the embedded app's side of embedding, and kiosk mode (only with ?kiosk=1).
const NOT_CRITICAL = ["offline.js", "embedded.js", "kiosk.js"];

/** The scripts, wasm and styles index.html loads before the app can run. */
function criticalFiles(indexHtml) {
  const referenced = new Set(["index.html"]);
  for (const match of indexHtml.matchAll(/["'](?:\.?\/)?([^"'\s]+\.(?:js|wasm|css))["']/g)) {
    if (!NOT_CRITICAL.includes(match[1])) referenced.add(match[1]);
  }
  return referenced;
}

const rows = filesUnder(dist).sort().map(measure);
const critical = criticalFiles(readFileSync(join(dist, "index.html"), "utf8"));
const missing = [...critical].filter((file) => !rows.some((row) => row.file === file));
if (missing.length > 0) {
  console.error(`size-report: index.html references files not in ${dist}: ${missing.join(", ")}`);
  process.exit(1);
}
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
const criticalRows = rows.filter((row) => critical.has(row.file));
const total = { raw: sum(criticalRows, "raw"), gzip: sum(criticalRows, "gzip"), brotli: sum(criticalRows, "brotli") };

const WORKER_FILES = ["suunta-worker_loader.js", "suunta-worker.js", "suunta-worker_bg.wasm"];
const absentWorker = WORKER_FILES.filter((file) => !rows.some((row) => row.file === file));
if (absentWorker.length > 0) {
  console.error(`size-report: the catalogue worker is missing from ${dist}: ${absentWorker.join(", ")}`);
  process.exit(1);
}
// The packs the worker reads (crates/suunta-core/src/catalogue/pack.rs), not the published JSON.
const CATALOGUE_FILES = ["catalogue/geography.pack.txt", "catalogue/national.pack.txt", "catalogue/all-regions.pack.txt"];
const absentCatalogue = CATALOGUE_FILES.filter((file) => !rows.some((row) => row.file === file));
if (absentCatalogue.length > 0) {
  console.error(`size-report: catalogue files missing from ${dist}: ${absentCatalogue.join(", ")}`);
  process.exit(1);
}
const largestRegion = rows
  .filter((row) => /^catalogue\/region-\d+\.pack\.txt$/.test(row.file))
  .reduce((largest, row) => (largest && largest.brotli >= row.brotli ? largest : row), undefined);
const allRegions = rows.find((row) => row.file === "catalogue/all-regions.pack.txt");
if (largestRegion && largestRegion.brotli > allRegions.brotli) {
  console.error(`size-report: ${largestRegion.file} is larger than all-regions.pack.txt; count it in the first visit`);
  process.exit(1);
}
const firstVisitRows = rows.filter(
  (row) =>
    critical.has(row.file) ||
    WORKER_FILES.includes(row.file) ||
    CATALOGUE_FILES.includes(row.file),
);
const firstVisit = { raw: sum(firstVisitRows, "raw"), gzip: sum(firstVisitRows, "gzip"), brotli: sum(firstVisitRows, "brotli") };

const pad = (value, width) => String(value).padStart(width);
const width = Math.max(...rows.map((row) => row.file.length), 20);
console.log(`${"file".padEnd(width)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}  critical`);
for (const row of rows) {
  const mark = critical.has(row.file) ? "  *" : "";
  console.log(`${row.file.padEnd(width)} ${pad(row.raw, 9)} ${pad(row.gzip, 9)} ${pad(row.brotli, 9)}${mark}`);
}
console.log(`${"critical path total".padEnd(width)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
console.log(`${"first visit total".padEnd(width)} ${pad(firstVisit.raw, 9)} ${pad(firstVisit.gzip, 9)} ${pad(firstVisit.brotli, 9)}`);
// After the load event the service worker (with its page script) downloads the whole build in
// the background, so that a later visit (a shared link to any region, a cold start) works
// offline: a figure of its own, outside the first-visit budget, which counts only what the first
// result needs. Files the first visit fetched already cost only a revalidation.
const precached = rows.filter((row) => isPrecached(row.file));
const precache = { raw: sum(precached, "raw"), gzip: sum(precached, "gzip"), brotli: sum(precached, "brotli") };
if (rows.some((row) => row.file === "service-worker.js")) {
  console.log(`${"offline precache total".padEnd(width)} ${pad(precache.raw, 9)} ${pad(precache.gzip, 9)} ${pad(precache.brotli, 9)}`);
}

const budget = budgets.critical_path_brotli_bytes;
const kb = (bytes) => (bytes / 1000).toFixed(1);
mkdirSync("reports", { recursive: true });
const firstVisitBudget = budgets.first_visit_brotli_bytes;
writeFileSync(
  "reports/size.json",
  JSON.stringify({ dist, files: rows, critical: [...critical], total, budget, firstVisit, firstVisitBudget, precache }, null, 2),
);
// Embedding (issue 7): the host's snippet, and what a municipal embed downloads of the
// catalogue: a preset municipality needs the geography, the national services and its own
// region's file (crates/suunta-screens/src/engine/tests/embed.rs), the largest region counted.
const embedScript = rows.find((row) => row.file === "embed.js");
if (!embedScript || !largestRegion) {
  console.error(`size-report: embed.js or the region files are missing from ${dist}`);
  process.exit(1);
}
const embedCatalogue = ["catalogue/geography.pack.txt", "catalogue/national.pack.txt", largestRegion.file]
  .map((file) => rows.find((row) => row.file === file).brotli)
  .reduce((a, b) => a + b, 0);
console.log(`embed.js ${embedScript.brotli} B brotli; a municipal embed's catalogue (geography, national, ${largestRegion.file}) ${embedCatalogue} B brotli`);
const checks = [
  ["critical path", total.brotli, budget],
  ["first visit", firstVisit.brotli, firstVisitBudget],
  ["embed.js", embedScript.brotli, budgets.embed_script_brotli_bytes],
  ["municipal embed catalogue", embedCatalogue, budgets.embed_catalogue_brotli_bytes],
];
let failed = false;
for (const [name, bytes, limit] of checks) {
  const verdict = bytes > limit ? "FAIL" : "ok";
  failed ||= bytes > limit;
  console.log(`size-report: ${verdict}, ${name} ${kb(bytes)} KB brotli, budget ${kb(limit)} KB (budgets.json).`);
}
if (failed) process.exit(1);
