// The longest main-thread task of each step of a journey at 4x CPU slowdown (issue 9: "no
// main-thread task over 50 ms under 4x CPU slowdown during load or any interaction"): the
// production build served with brotli, Debian's headless Chromium slowed down through DevTools
// (Emulation.setCPUThrottlingRate), and the browser's own `longtask` entries (every task over
// 50 ms), collected step by step while a reader loads the app, answers, opens the results,
// filters, opens a service, goes back, searches and switches language.
//
// The journey runs RUNS times in fresh browser contexts (no cache, as on a first visit). Per step
// it reports the longest task of each run and their median, and fails (exit 1) when a median is
// over `main_thread_task_ms_at_4x` in budgets.json; exit 2 when it cannot measure. Writes
// reports/bench-long-tasks.json. Its figures depend on how busy the machine is (a task measured
// at 4x is this machine's time times four): compare runs with the load average it prints.
//
//   node bench/long-tasks.mjs [--runs N]     (after `trunk build --release`; docs/benchmarks.md)
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";

import { launchBrowser } from "../tests/e2e/support/browser.mjs";
import { serveDirectory } from "../tests/e2e/support/server.mjs";
import { QuestionPage, ResultsPage, SummaryPage } from "../tests/e2e/pages/journey.mjs";
import { ROOT, budget } from "./wasm-harness.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const SLOWDOWN = 4;
/** Long enough after a step's visible end for the tasks it set going (the worker's answer, a
 * timer, the service worker's registration) to have run. */
const SETTLE_MS = 1500;
const ANSWERS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi";

/** The journey: each step's name, and what the reader does and sees. */
const STEPS = [
  ["load the start page", async (page, origin) => {
    await page.goto(`${origin}/`);
    await page.getByTestId("start").waitFor();
  }],
  ["start the questions", async (page) => {
    await page.getByTestId("start").click();
    await new QuestionPage(page).waitFor("age");
  }],
  ["answer the age", async (page) => {
    const question = new QuestionPage(page);
    await question.field.fill("19");
    await question.continueButton.click();
    await question.waitFor("municipality");
  }],
  ["type a municipality (suggestions)", async (page) => {
    const question = new QuestionPage(page);
    await question.field.pressSequentially("helsin");
    await question.suggestions.first().waitFor();
  }],
  ["choose it and go on", async (page) => {
    const question = new QuestionPage(page);
    await question.suggestions.first().click();
    await question.continueButton.click();
    await question.waitFor("situation");
  }],
  ["load the summary by its address", async (page, origin) => {
    await page.goto(`${origin}/?${ANSWERS}`);
    await new SummaryPage(page).waitFor();
  }],
  ["show the results", async (page) => {
    await new SummaryPage(page).showResults.click();
    await new ResultsPage(page).root.waitFor();
  }],
  ["filter the results", async (page) => {
    const results = new ResultsPage(page);
    await results.filters.first().click();
    await page.locator('[data-testid="filter"][aria-current="true"]').first().waitFor();
  }],
  ["open a service", async (page) => {
    await page.getByTestId("service-link").first().click();
    await page.getByTestId("service-page").waitFor();
  }],
  ["go back to the results", async (page) => {
    await page.goBack();
    await new ResultsPage(page).root.waitFor();
  }],
  ["search as one types", async (page) => {
    await page.locator("#search-input").pressSequentially("ohjaamo");
    await page.locator("#search-status:not(:empty)").waitFor();
  }],
  ["switch to Swedish", async (page) => {
    await page.getByTestId("lang-sv").click();
    await page.locator("html[lang=sv]").waitFor();
    await page.locator("#search-status:not(:empty)").waitFor();
  }],
  ["load a results page by its address", async (page, origin) => {
    await page.goto(`${origin}/?${ANSWERS}&done=1`);
    await new ResultsPage(page).root.waitFor();
  }],
];

async function runJourney(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: "fi-FI" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOWDOWN });
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: true });
  });
  const longest = {};
  for (const [name, step] of STEPS) {
    // A new document starts its own list; the same document's list is emptied for the step.
    await page.evaluate(() => (window.longTasks = [])).catch(() => {});
    await step(page, origin);
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await page.evaluate(() => window.longTasks);
    longest[name] = Math.max(0, ...tasks);
  }
  await context.close();
  return longest;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const limit = await budget("main_thread_task_ms_at_4x");
const server = await serveDirectory(join(ROOT, "dist"), { production: true });
const browser = await launchBrowser();
const load = { before: loadavg() };
const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    process.stderr.write(`long-tasks: journey ${run}/${RUNS}\n`);
    runs.push(await runJourney(browser, server.origin));
  }
} catch (error) {
  console.error(`long-tasks: could not measure: ${error.message}`);
  process.exit(2);
} finally {
  await browser.close();
  await server.close();
}
load.after = loadavg();

const steps = STEPS.map(([name]) => {
  const each = runs.map((run) => run[name]);
  return { step: name, longest_ms: each, median_ms: median(each), over: median(each) > limit };
});
console.log(`\nLongest main-thread task per step at ${SLOWDOWN}x CPU (0 = none over 50 ms); median of ${RUNS} runs; budget ${limit} ms`);
for (const { step, longest_ms, median_ms, over } of steps) {
  console.log(`${over ? "*" : " "} ${step.padEnd(36)} ${String(median_ms).padStart(5)} ms   (${longest_ms.join(", ")})`);
}
console.log(`load average ${load.before.map((x) => x.toFixed(2)).join(" ")} before, ${load.after.map((x) => x.toFixed(2)).join(" ")} after; ${cpus().length} × ${cpus()[0]?.model}`);
await mkdir(join(ROOT, "reports"), { recursive: true });
await writeFile(
  join(ROOT, "reports/bench-long-tasks.json"),
  JSON.stringify({ date: new Date().toISOString(), slowdown: SLOWDOWN, runs: RUNS, budget_ms: limit, load, cpus: cpus().length, steps }, null, 2),
);
const over = steps.filter((step) => step.over);
if (over.length > 0) {
  console.log(`long-tasks: ${over.length} step(s) over ${limit} ms: ${over.map((step) => step.step).join("; ")}`);
  process.exit(1);
}
console.log(`long-tasks: every step's longest task is within ${limit} ms`);
