#!/usr/bin/env node
// Lighthouse mobile, run from the repo (issue 9): serves the production build in dist/ as a
// production host would (brotli, immutable hashed assets; tests/e2e/support/server.mjs), runs
// the npm `lighthouse` package against Debian's Chromium with its default mobile settings (a
// Moto G Power-sized screen, Slow 4G and 4x CPU slowdown, simulated: see docs/performance.md),
// takes the median of several runs per page and fails when a median misses the bar in
// budgets.json. Writes reports/lighthouse.json and, per page, the HTML report of its median run.
//
// Usage: node scripts/lighthouse.mjs [--runs N] [--dist DIR] [--url PATH]...
//   --runs N   runs per page (default 3; the median of an even count is the mean of the middle two)
//   --dist DIR the build to serve (default dist)
//   --url PATH a page to measure instead of the default list (repeatable), e.g. --url '/?lang=sv'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serveDirectory } from "../tests/e2e/support/server.mjs";
import { CHROMIUM, QUIET_FLAGS } from "../tests/e2e/support/browser.mjs";

// The "new" headless mode, which is the full browser a user runs, with the browser tests' quiet
// flags: this machine's network is closed, and a background request would only add noise.
// The server's certificate is made for the run (tests/e2e/support/server.mjs, `http2`).
const CHROME_FLAGS = ["--headless=new", "--ignore-certificate-errors", ...QUIET_FLAGS];
const CATEGORIES = [
  ["performance", "Performance", "lighthouse_performance_min"],
  ["accessibility", "Accessibility", "lighthouse_accessibility_min"],
  ["best-practices", "Best Practices", "lighthouse_best_practices_min"],
];
// Lab metrics: Lighthouse audit id, label, unit, budgets.json key for its ceiling (if any).
const METRICS = [
  ["first-contentful-paint", "FCP", "ms", "lighthouse_fcp_ms"],
  ["largest-contentful-paint", "LCP", "ms", "lighthouse_lcp_ms"],
  ["total-blocking-time", "TBT", "ms", "lighthouse_tbt_ms"],
  ["cumulative-layout-shift", "CLS", "", "lighthouse_cls"],
  ["speed-index", "SI", "ms", undefined],
];
// Where a build may put the embed demo page; the first that exists is measured.
const EMBED_PAGES = ["embed.html", "embed/index.html", "embed-demo.html", "demo/embed.html"];
const RESULTS_QUERY =
  "/?lang=fi&age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    dist: { type: "string", default: "dist" },
    url: { type: "string", multiple: true },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  fail(`--runs must be a whole number of at least 1, not ${options.runs}`);
}
const dist = options.dist;
if (!existsSync(join(dist, "index.html"))) {
  fail(`${dist}/index.html not found: build first (trunk build --release)`);
}
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} not found: install Debian's chromium (scripts/setup.sh)`);

const budgets = JSON.parse(readFileSync(new URL("../budgets.json", import.meta.url)));
const bar = Object.fromEntries(
  [...CATEGORIES.map(([, , key]) => key), ...METRICS.map(([, , , key]) => key)]
    .filter(Boolean)
    .map((key) => {
      if (typeof budgets[key] !== "number") fail(`budgets.json has no number for "${key}"`);
      return [key, budgets[key]];
    }),
);

const pages = options.url?.map((path) => ({ name: nameOf(path), path })) ?? defaultPages(dist);

const started = Date.now();
const server = await serveDirectory(dist, { production: true, http2: true });
let exitCode = 0;
try {
  warmCompressionCache(server, dist);
  const results = [];
  for (const page of pages) {
    const url = server.origin + page.path;
    const lhrs = [];
    for (let run = 1; run <= runs; run += 1) {
      process.stdout.write(`lighthouse: ${page.name} run ${run}/${runs} ... `);
      const runStarted = Date.now();
      const { lhr, html } = await runLighthouse(url);
      lhrs.push({ lhr, html });
      const note = lhr.runtimeError ? ` (runtime error: ${lhr.runtimeError.code})` : "";
      console.log(`${((Date.now() - runStarted) / 1000).toFixed(1)} s${note}`);
    }
    results.push(summarise(page, lhrs));
  }
  printTable(results);
  const failures = results.flatMap((result) => result.failures.map((failure) => ({ result, failure })));
  printFailures(results);
  writeReport(results);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failures.length > 0) {
    console.error(`\nlighthouse: ${failures.length} median(s) below the bar in budgets.json (${seconds} s)`);
    exitCode = 1;
  } else {
    console.log(`\nlighthouse: every median meets the bar in budgets.json (${seconds} s)`);
  }
} catch (error) {
  // Could not measure (Chromium did not start, Lighthouse crashed): not the same as a page
  // below the bar, so a different exit code.
  console.error(`lighthouse: could not run: ${error?.stack ?? error}`);
  exitCode = 2;
} finally {
  await server.close();
}
process.exit(exitCode);

/** A file-name-safe name for a page given by --url: "/?lang=sv" becomes "lang-sv". */
function nameOf(path) {
  return path.replace(/[^a-z0-9]+/gi, "-").replace(/^-+|-+$/g, "").slice(0, 48) || "start";
}

/** The start page, a results page, and the embed demo page if this build has one. */
function defaultPages(directory) {
  const list = [
    { name: "start", path: "/" },
    { name: "results", path: RESULTS_QUERY },
  ];
  const embed = EMBED_PAGES.find((file) => existsSync(join(directory, file)));
  if (embed) {
    list.push({ name: "embed", path: `/${embed.replace(/index\.html$/, "")}` });
  } else {
    console.log(`lighthouse: no embed demo page in ${directory} (${EMBED_PAGES.join(", ")}): skipped`);
  }
  return list;
}

/**
 * Compresses every file once before measuring: brotli at quality 11 takes a while on the wasm,
 * and Lighthouse's simulation would otherwise count that first compression as server time.
 */
function warmCompressionCache(server, directory) {
  const files = (function walk(dir) {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  })(directory);
  for (const file of files) server.compressedBody(relative(directory, file));
}

/** One Lighthouse run in a fresh Chromium, so no run inherits another's caches. */
async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ["json", "html"],
      logLevel: "error",
      onlyCategories: CATEGORIES.map(([id]) => id),
      // Lighthouse's defaults, stated so that nobody has to wonder: mobile, and simulated Slow 4G
      // (150 ms RTT, 1.6 Mbps) with 4x CPU slowdown applied to a fast, unthrottled load.
      formFactor: "mobile",
      throttlingMethod: "simulate",
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { lhr: result.lhr, html: result.report[1] };
  } finally {
    await chrome.kill();
  }
}

function median(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Medians of every score and metric for one page, and which of them miss the bar. */
function summarise(page, lhrs) {
  const scores = {};
  for (const [id, , key] of CATEGORIES) {
    const perRun = lhrs.map(({ lhr }) => categoryScore(lhr, id));
    scores[id] = { median: median(perRun), runs: perRun, min: bar[key] };
  }
  const metrics = {};
  for (const [id, label, unit, key] of METRICS) {
    const perRun = lhrs.map(({ lhr }) => lhr.audits[id]?.numericValue ?? null);
    metrics[label] = { median: median(perRun), runs: perRun, unit, max: key ? bar[key] : undefined };
  }
  const failures = [];
  for (const [id, title] of CATEGORIES) {
    const { median: value, min } = scores[id];
    if (value === null || value < min) failures.push({ kind: "category", id, title, value, bar: min });
  }
  for (const [id, label] of METRICS) {
    const { median: value, max } = metrics[label];
    if (max !== undefined && (value === null || value > max)) {
      failures.push({ kind: "metric", id, title: label, value, bar: max });
    }
  }
  // A run Lighthouse could not measure (no paint, a crash) would let the median hide a broken
  // page, so any runtime error misses the bar.
  lhrs.forEach(({ lhr }, run) => {
    if (lhr.runtimeError) {
      const { code, message } = lhr.runtimeError;
      failures.push({ kind: "runtime", id: code, title: "Runtime error", value: message, run });
    }
  });
  // The HTML report kept for the page is that of the run whose performance score is closest
  // to the median, so it shows a real run that looks like the figures in the table.
  const performance = (lhr) => categoryScore(lhr, "performance");
  const representative = closestRun(lhrs, performance, scores.performance.median);
  const runtimeErrors = lhrs.map(({ lhr }) => lhr.runtimeError).filter(Boolean);
  const runWarnings = [...new Set(lhrs.flatMap(({ lhr }) => lhr.runWarnings ?? []))];
  return { page, scores, metrics, failures, lhrs, representative, runtimeErrors, runWarnings };
}

function categoryScore(lhr, id) {
  const score = lhr.categories[id]?.score;
  return score == null ? null : Math.round(score * 100);
}

/** The run whose `value` is closest to `target` (the first run if none can be compared). */
function closestRun(lhrs, value, target) {
  const distance = (run) => {
    const v = value(run.lhr);
    return v === null || target === null ? Infinity : Math.abs(v - target);
  };
  return lhrs.reduce((best, run) => (distance(run) < distance(best) ? run : best));
}

/** The settings a run really used, read back from its result rather than assumed. */
function describeSettings(lhr) {
  const { formFactor, throttlingMethod, throttling, screenEmulation } = lhr.configSettings;
  return (
    `${formFactor} (${screenEmulation.width}x${screenEmulation.height}), ${throttlingMethod}: ` +
    `${throttling.rttMs} ms RTT, ${throttling.throughputKbps} kbps, ` +
    `${throttling.cpuSlowdownMultiplier}x CPU slowdown`
  );
}

function formatMetric(value, unit) {
  if (value === null) return "n/a";
  return unit === "ms" ? `${Math.round(value)} ms` : value.toFixed(3);
}

function printTable(results) {
  const header = ["page", ...CATEGORIES.map(([, title]) => title), ...METRICS.map(([, label]) => label)];
  const rows = results.map((result) => {
    const missed = (id) => result.failures.some((failure) => failure.id === id);
    return [
      result.page.name,
      ...CATEGORIES.map(([id]) => mark(result.scores[id].median ?? "n/a", missed(id))),
      ...METRICS.map(([id, label]) => {
        const { median: value, unit } = result.metrics[label];
        return mark(formatMetric(value, unit), missed(id));
      }),
    ];
  });
  const barRow = [
    "bar",
    ...CATEGORIES.map(([, , key]) => `>= ${bar[key]}`),
    ...METRICS.map(([, , unit, key]) => (key ? `<= ${formatMetric(bar[key], unit)}` : "-")),
  ];
  const all = [header, ...rows, barRow];
  const widths = header.map((_, column) => Math.max(...all.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join("  ");
  const lhr = results[0]?.representative.lhr;
  console.log(`\nLighthouse ${lhr?.lighthouseVersion ?? ""}, ${lhr ? describeSettings(lhr) : ""}`);
  console.log(`Median of ${runs} run(s) per page; * = misses the bar in budgets.json.\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(line(barRow));
  for (const result of results) {
    for (const error of result.runtimeErrors) {
      console.log(`\n${result.page.name}: runtime error ${error.code}: ${error.message}`);
    }
    for (const warning of result.runWarnings) console.log(`\n${result.page.name}: warning: ${warning}`);
  }
}

function mark(cell, failed) {
  return failed ? `${cell} *` : String(cell);
}

/**
 * For each value that misses the bar, what cost it, taken from the run whose value is closest
 * to the median (so the audits explain a real run that looks like the table): for a category,
 * its weighted audits that did not pass; for performance and for a metric, also the
 * opportunities and diagnostics Lighthouse relates to it, with their display values.
 */
function printFailures(results) {
  for (const result of results) {
    if (result.failures.length === 0) continue;
    console.log(`\n== ${result.page.name} (${result.page.path}) misses the bar:`);
    for (const explained of explainFailures(result)) {
      console.log(`\n   ${explained.failure} (audits of run ${explained.run})`);
      for (const audit of explained.audits) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : "";
        const weight = audit.weight ? ` [weight ${audit.weight}]` : "";
        console.log(`   - ${audit.id}: ${audit.title}${value}, score ${audit.score ?? "n/a"}${weight}`);
        for (const item of audit.items) console.log(`       ${item}`);
      }
    }
    console.log(`\n   Full report of a median run: reports/lighthouse-${result.page.name}.html`);
  }
}

/** Every failure of a page, described, with the audits that explain it and from which run. */
function explainFailures(result) {
  return result.failures.map((failure) => {
    let run;
    if (failure.kind === "runtime") run = result.lhrs[failure.run];
    else if (failure.kind === "category") {
      run = closestRun(result.lhrs, (lhr) => categoryScore(lhr, failure.id), failure.value);
    } else {
      run = closestRun(result.lhrs, (lhr) => lhr.audits[failure.id]?.numericValue ?? null, failure.value);
    }
    return {
      failure: describeFailure(result, failure),
      run: result.lhrs.indexOf(run) + 1,
      audits: failure.kind === "runtime" ? [] : costlyAudits(run.lhr, failure),
    };
  });
}

function describeFailure(result, failure) {
  if (failure.kind === "runtime") return `run ${failure.run + 1} failed: ${failure.id}: ${failure.value}`;
  if (failure.kind === "category") {
    return `${failure.title}: median ${failure.value ?? "n/a"}, bar >= ${failure.bar}`;
  }
  const { unit } = result.metrics[failure.title];
  const value = formatMetric(failure.value, unit);
  return `${failure.title}: median ${value}, bar <= ${formatMetric(failure.bar, unit)}`;
}

function costlyAudits(lhr, failure) {
  const categoryId = failure.kind === "metric" ? "performance" : failure.id;
  const category = lhr.categories[categoryId];
  if (!category) return [];
  const list = [];
  const add = (ref, audit, note) =>
    list.push({
      id: ref.id,
      title: audit.title,
      displayValue: [audit.displayValue, note].filter(Boolean).join("; ") || undefined,
      score: audit.score,
      weight: ref.weight,
      items: detailItems(audit),
    });
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "manual") continue;
    const failing = audit.score !== null && audit.score < 1;
    if (failure.kind === "metric") {
      // A metric over its ceiling can still score 1 (Lighthouse's curves are far looser than
      // this bar), so list the metric itself and every audit Lighthouse relates to it: those
      // that fail, promise savings, or (diagnostics such as the LCP element) show details.
      const acronym = failure.title;
      if (ref.acronym === acronym) {
        add(ref, audit);
        continue;
      }
      if (!audit.metricSavings || !(acronym in audit.metricSavings)) continue;
      const saving = audit.metricSavings[acronym];
      const informative = audit.scoreDisplayMode === "informative" && (audit.details?.items?.length ?? 0) > 0;
      if (failing || saving > 0 || informative) {
        const amount = acronym === "CLS" ? saving.toFixed(3) : `${Math.round(saving)} ms`;
        add(ref, audit, saving > 0 ? `could save ${amount} of ${acronym}` : undefined);
      }
    } else if (failing && ref.weight > 0) {
      add(ref, audit);
    } else if (
      failing &&
      categoryId === "performance" &&
      audit.scoreDisplayMode !== "informative" &&
      audit.score < 0.9
    ) {
      // Performance's weighted audits are the metrics; its zero-weight audits are the
      // opportunities and diagnostics that say why a metric is slow, so they are listed too.
      add(ref, audit);
    }
  }
  return list;
}

/** Up to six of the audit's offending elements, resources or phases, so the fix can be found. */
function detailItems(audit) {
  const details = audit.details;
  // "debugdata" is Lighthouse's own bookkeeping, not something to fix.
  if (!details || details.type === "debugdata") return [];
  // "list" details (LCP element, insights) nest tables and nodes; flatten them one level.
  const items =
    details.type === "list"
      ? details.items.flatMap((part) => (part.type === "table" ? part.items : [part]))
      : (details.items ?? []);
  return items.slice(0, 6).map(describeItem);
}

function describeItem(item) {
  if (item.value?.type === "network-tree") return describeNetworkTree(item.value);
  const node = item.type === "node" ? item : (item.node ?? item.element);
  if (node?.type === "text") return `${node.value}${typeof item.score === "number" ? `: ${item.score.toFixed(3)}` : ""}`;
  if (node?.snippet) {
    return `${node.snippet}${node.explanation ? `: ${node.explanation.split("\n").join(" ")}` : ""}`;
  }
  const name =
    item.url ?? item.groupLabel ?? item.label ?? item.phase ?? item.statistic ?? item.description ?? item.source?.url;
  const ms = item.wastedMs ?? item.duration ?? item.total ?? item.timing;
  const time = typeof ms === "number" ? ` (${Math.round(ms)} ms)` : "";
  const plain = typeof item.value === "number" || typeof item.value === "string";
  const value = item.value?.value ?? (plain ? item.value : undefined);
  if (typeof name === "string") return plainText(`${name}${time}${value !== undefined ? `: ${value}` : ""}`);
  return JSON.stringify(item).slice(0, 200);
}

/** Lighthouse's markdown links read better as their text in a terminal; long texts are cut. */
function plainText(text) {
  const plain = text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}

/** The longest request chain, one request a line, with when each one ended. */
function describeNetworkTree(tree) {
  const lines = [`longest chain ${Math.round(tree.longestChain?.duration ?? 0)} ms:`];
  let chains = tree.chains ?? {};
  for (let depth = 0; Object.keys(chains).length > 0 && depth < 8; depth += 1) {
    const nodes = Object.values(chains);
    const next = nodes.find((node) => node.isLongest) ?? nodes[0];
    lines.push(`${"  ".repeat(depth)}${next.url} (ends at ${Math.round(next.navStartToEndTime)} ms)`);
    chains = next.children ?? {};
  }
  return lines.join("\n       ");
}

function writeReport(results) {
  mkdirSync("reports", { recursive: true });
  for (const result of results) {
    writeFileSync(`reports/lighthouse-${result.page.name}.html`, result.representative.html);
    writeFileSync(`reports/lighthouse-${result.page.name}.lhr.json`, JSON.stringify(result.representative.lhr));
  }
  const report = {
    date: new Date().toISOString(),
    lighthouse: results[0]?.representative.lhr.lighthouseVersion,
    chromium: chromiumVersion(),
    settings: results[0] ? describeSettings(results[0].representative.lhr) : undefined,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryBytes: totalmem(),
      loadAverage: loadavg(),
    },
    runs,
    bar,
    pass: results.every((result) => result.failures.length === 0),
    pages: results.map((result) => ({
      name: result.page.name,
      path: result.page.path,
      scores: result.scores,
      metrics: result.metrics,
      // Lighthouse's CPU benchmark per run: lower means a busier or slower machine.
      benchmarkIndex: result.lhrs.map(({ lhr }) => lhr.environment?.benchmarkIndex ?? null),
      failures: result.failures,
      explained: explainFailures(result),
      runtimeErrors: result.runtimeErrors,
      runWarnings: result.runWarnings,
    })),
  };
  writeFileSync("reports/lighthouse.json", `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nlighthouse: wrote reports/lighthouse.json, and per page a median run's full report:");
  console.log("  reports/lighthouse-<page>.html (open in a browser) and .lhr.json");
}

function chromiumVersion() {
  try {
    // Debian's wrapper script may complain on stderr about /dev/shm; only the version matters.
    const options = { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] };
    return execFileSync(CHROMIUM, ["--version"], options).trim();
  } catch {
    return "unknown";
  }
}

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}
