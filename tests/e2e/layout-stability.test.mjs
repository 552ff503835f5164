// Nothing moves while a page loads (issue 9: Lighthouse's Cumulative Layout Shift at most 0.02).
// An address with answers first shows "Loading" in the search box's place, then the worker's
// screen: the page's body must not be pushed down when the screen brings a search box, and
// "Loading" must be said once, not again above the body once the answer takes a while.
// The worker's wasm is held back, so "Loading" is on screen for longer than a slow phone shows it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();

/** Longer than the page waits before it says a slow answer is loading (BUSY_AFTER, 400 ms). */
const HELD_MS = 1200;

const ADDRESSES = {
  "a results page": "/?lang=fi&age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1",
  "a question page": "/?lang=sv&age=19",
  "a search": "/?lang=en&q=ohjaamo",
  "a list": "/?lang=fi&browse=need-work",
  "a region's overview": "/?lang=fi&region=13",
  "Help right now": "/?lang=fi&age=19&municipality=091&urgent=1",
};

for (const [name, address] of Object.entries(ADDRESSES)) {
  test(`loading ${name} moves nothing on the screen, and says "Loading" once`, async () => {
    // Lighthouse's phone screen.
    const { context, page, record } = await openPage(app.browser, app.server.origin, {
      viewport: { width: 412, height: 823 },
      serviceWorkers: "block",
    });
    let release;
    const released = new Promise((done) => (release = done));
    await context.route("**/suunta-worker_bg.wasm", async (route) => {
      await released;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const moved = entry.sources.map((source) => source.node?.id || source.node?.className || "?");
          window.shifts.push(`${entry.value.toFixed(4)} (${moved.join(", ")})`);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(app.server.origin + address);
    const loading = page.getByTestId("loading");
    await loading.waitFor();
    await page.waitForTimeout(HELD_MS);
    assert.equal(await loading.count(), 1);
    assert.equal(await page.locator("[data-busy]").count(), 0, "'Loading' is said once");
    release();
    await loading.waitFor({ state: "detached" });
    // The worker's screen, with its heading.
    assert.notEqual((await page.locator("#step-heading").textContent()).trim(), "");
    // Late shifts (the search box drawn after the body, a font) would come within a frame or two.
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], "layout shifts");
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}
