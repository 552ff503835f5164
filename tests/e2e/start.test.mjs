// The app mounts from the production build and shows its first screen, in a real Chromium: at
// once from the page itself, then as the catalogue worker words it, with nothing changing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { StartPage } from "./pages/start-page.mjs";

const app = servedApp();

test("the app mounts and shows its first screen with no error and no foreign request", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open();

  assert.equal(await start.bootMessage.count(), 0, "the loading placeholder is replaced by the app");
  assert.equal(await start.heading.textContent(), "Löydä oikea paikka kysyä neuvoa");
  assert.equal(await page.getAttribute("html", "lang"), "fi");
  assert.equal(await start.urgentHelp.locator('a[href="tel:112"]').first().isVisible(), true);
  assert.match(await start.startSection.textContent(), /Vastauksiasi ei lähetetä minnekään/);
  assert.equal(await start.startButton.getAttribute("href"), "?edit=age");
  assert.equal(await start.urgentLink.getAttribute("href"), "?urgent=1");
  assert.equal(await page.title(), "Löydä oikea paikka kysyä neuvoa – Suunta");
  await page.waitForTimeout(500);
  assert.equal(await page.title(), "Löydä oikea paikka kysyä neuvoa – Suunta", "the worker's start page is the same");
  assert.equal(await start.startButton.getAttribute("href"), "?edit=age");
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.foreignRequests, []);
  await context.close();
});

test("?lang=sv shows the first screen in Swedish and marks the page as Swedish", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open("?lang=sv");

  assert.equal(await start.heading.textContent(), "Hitta rätt ställe att fråga om råd");
  assert.equal(await page.getAttribute("html", "lang"), "sv");
  assert.equal(await page.title(), "Hitta rätt ställe att fråga om råd – Suunta");
  assert.equal(await start.startButton.getAttribute("href"), "?lang=sv&edit=age");
  assert.equal(await start.urgentHeading.textContent(), "Behöver du hjälp genast?");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("the browser's language is used when the link does not say", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, { locale: "en-GB" });
  const start = new StartPage(page, app.server.origin);
  await start.open();
  assert.equal(await start.heading.textContent(), "Find the right place to ask for advice");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  // The worker is asked in English too, so the pages after this one stay in English.
  assert.equal(await start.startButton.getAttribute("href"), "?lang=en&edit=age");
  await start.startButton.click();
  await page.getByTestId("question-page").waitFor();
  assert.equal(await page.locator("#step-heading").textContent(), "How old are you?");
  await context.close();
});

test("the heading and intro paint before, and without, the wasm", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(app.server.origin);
  const start = new StartPage(page, app.server.origin);
  assert.ok(await start.heading.isVisible(), "the static shell shows the heading");
  assert.ok(await page.locator(".intro").isVisible(), "the static shell shows the intro");
  const reserved = await start.appRoot.boundingBox();
  assert.ok(reserved.height >= 300, `the app's space is reserved (${reserved.height}px)`);
  await context.close();
});

test("mounting the app does not shift the layout", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const start = new StartPage(page, app.server.origin);
  await start.open();
  await page.waitForTimeout(200);
  const shift = await page.evaluate(() => window.__layoutShift);
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift} is within 0.02`);
  await context.close();
});

test("without JavaScript the page says what to do, in both official languages", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, { javaScriptEnabled: false });
  await page.goto(app.server.origin);
  const message = page.getByTestId("noscript");
  assert.ok(await message.isVisible());
  assert.match(await message.textContent(), /Suunta tarvitsee JavaScriptin/);
  assert.match(await message.textContent(), /Suunta behöver JavaScript/);
  await context.close();
});
