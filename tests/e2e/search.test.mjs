// Search and browse (issue 10), in Chromium against the production build: typing on a 360 px
// phone with the results and the address following each key and their count said politely;
// the lists to browse; the embed's region preset and kiosk mode; and search with no network
// after one visit. axe checks the new views in fi, sv and en with every other view
// (accessibility.test.mjs, support/views.mjs).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchProfile, openPage } from "./support/browser.mjs";
import { serveDirectory } from "./support/server.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();
const PHONE = { viewport: { width: 360, height: 740 } };

/** The search box's parts, found by their label and roles. */
function searchBox(page) {
  return {
    field: page.getByRole("searchbox"),
    status: page.locator("#search-status"),
  };
}

const cardIds = (page) =>
  page.locator("[data-testid=results] [data-testid=service-card]").evaluateAll((cards) => cards.map((card) => card.dataset.serviceId));
const query = (page) => decodeURIComponent(new URL(page.url()).search.replace(/^\?/, ""));

/** Types `text` key by key into the search box, then waits for the first card to be `first` (or for no card). */
async function typeSearch(page, text, first) {
  const { field, status } = searchBox(page);
  await field.click();
  await field.pressSequentially(text, { delay: 40 });
  if (first) {
    await page.locator("[data-testid=results] [data-testid=service-card]").first().and(page.locator(`[data-service-id="${first}"]`)).waitFor();
  }
  await page.waitForFunction((typed) => new URLSearchParams(location.search).get("q") === typed, text);
  await status.filter({ hasText: text.trim() }).waitFor();
}

test("typing on a 360 px phone: the results, the address and the polite count follow each key", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, PHONE);
  await page.goto(`${app.server.origin}/`);
  await page.getByTestId("start-page").waitFor();
  const { field, status } = searchBox(page);
  assert.equal(await field.getAttribute("type"), "search");
  assert.equal(await page.getByLabel("Hae palvelua nimellä tai paikalla").count(), 1, "the field has its label");
  assert.equal(await page.getByRole("search").count(), 1, "a search landmark");
  assert.equal(await status.getAttribute("role"), "status");
  assert.equal(await status.getAttribute("aria-live"), "polite");

  await typeSearch(page, "ohjamo tampere", "ohjaamo-tampere");
  assert.equal(query(page), "q=ohjamo tampere");
  assert.match(new URL(page.url()).search, /^\?q=ohjamo%20tampere$/, "the canonical address");
  const found = (await cardIds(page)).length;
  assert.equal(
    await status.textContent(),
    found === 1 ? "1 palvelu löytyi haulla ”ohjamo tampere”." : `${found} palvelua löytyi haulla ”ohjamo tampere”.`,
  );
  // The field was never replaced under the fingers: it still has the focus and every key.
  assert.equal(await field.inputValue(), "ohjamo tampere");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input");
  // The same cards as the results: channels and their links, "open now" where known.
  const card = page.locator('[data-service-id="ohjaamo-tampere"]');
  assert.ok((await card.locator(".channel").count()) > 0);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), "nothing scrolls sideways");

  // Enter takes the reader to the results' heading.
  await field.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "step-heading");
  assert.equal(await page.locator("#step-heading").textContent(), "Hakutulokset");

  // A place name without its diacritics.
  await field.fill("");
  await typeSearch(page, "jyvaskyla");
  assert.ok((await cardIds(page)).includes("ohjaamo-jyvaskyla"), (await cardIds(page)).join());

  // Searching replaced one history entry: Back returns to the start page.
  await page.goBack();
  await page.getByTestId("start-page").waitFor();
  assert.equal(new URL(page.url()).search, "");
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.foreignRequests, []);
  await context.close();
});

test("a Swedish name in Swedish, and a search that finds nothing suggests the questions and the national services", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, PHONE);
  await page.goto(`${app.server.origin}/?lang=sv`);
  await page.getByTestId("start-page").waitFor();
  await typeSearch(page, "navigatorn vasa", "ohjaamo-vaasa");
  assert.equal(query(page), "lang=sv&q=navigatorn vasa");
  assert.match(await searchBox(page).status.textContent(), /hittades med sökningen ”navigatorn vasa”/);

  await searchBox(page).field.fill("");
  await typeSearch(page, "xqzvw");
  assert.deepEqual(await cardIds(page), []);
  assert.equal(
    await searchBox(page).status.textContent(),
    "Sökningen ”xqzvw” gav inga tjänster.",
  );
  const links = page.getByTestId("listing-links").getByRole("link");
  assert.deepEqual(await links.allTextContents(), ["Svara på några frågor", "Riksomfattande tjänster", "Alla tjänstelistor"]);
  await links.nth(1).click();
  await page.waitForURL(/browse=national/);
  await page.locator('[data-service-id="mieli-kriisipuhelin"]').waitFor();
  assert.equal(query(page), "lang=sv&browse=national");
  await page.goBack();
  await page.waitForURL(/q=xqzvw/);
  await links.first().click();
  await page.locator("[data-question=age]").waitFor();
  assert.equal(query(page), "lang=sv&edit=age");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("browse: the lists, by need and by region, each at its own address with the results' cards and filters", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, PHONE);
  // Every search leads on to the lists.
  await page.goto(`${app.server.origin}/?lang=en&q=ohjaamo`);
  await page.getByTestId("listing-links").getByRole("link", { name: "All lists of services" }).click();
  await page.waitForURL(/browse=all/);
  await page.locator("#step-heading", { hasText: "Browse services" }).waitFor();
  assert.equal(query(page), "lang=en&browse=all");
  await page.getByTestId("listing-links").getByRole("link", { name: /^Finding work \(\d+\)$/ }).click();
  await page.waitForURL(/browse=need-work/);
  await page.locator("#step-heading", { hasText: "Services: Finding work" }).waitFor();
  await page.locator("[data-testid=results] [data-testid=service-card]").first().waitFor();
  const all = (await cardIds(page)).length;
  assert.match(await page.getByTestId("fit-note").textContent(), new RegExp(`^${all} services?$`));
  // The same filters as the results narrow the list.
  const filter = page.getByTestId("filter").first();
  const label = await filter.textContent();
  await filter.click();
  await page.waitForURL(/only=/);
  await page.waitForFunction((before) => document.querySelectorAll("[data-testid=results] [data-testid=service-card]").length !== before, all);
  assert.ok((await cardIds(page)).length < all, `${label} narrows the list`);

  await page.goto(`${app.server.origin}/?lang=en&browse=region-06`);
  await page.locator('[data-service-id="ohjaamo-tampere"]').waitFor();
  assert.ok(!(await cardIds(page)).includes("ohjaamo-jyvaskyla"));
  await page.getByTestId("listing-links").getByRole("link", { name: "Tampere", exact: true }).click();
  await page.waitForURL(/browse=municipality-837/);
  await page.locator('[data-service-id="ohjaamo-tampere"] .distance').first().waitFor();
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("in an embed for a region the search keeps to it, and on a kiosk the search works and keeps its settings", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, PHONE);
  await page.goto(`${app.server.origin}/?preset_region=13`);
  await page.getByTestId("start-page").waitFor();
  await typeSearch(page, "ohjaamo", "ohjaamo-jyvaskyla");
  assert.equal(query(page), "preset_region=13&q=ohjaamo");
  const embedded = await cardIds(page);
  assert.ok(!embedded.includes("ohjaamo-tampere"), embedded.join());

  await page.goto(`${app.server.origin}/?kiosk=1`);
  await page.getByTestId("start-page").waitFor();
  await typeSearch(page, "ohjaamo tampere", "ohjaamo-tampere");
  assert.equal(query(page), "kiosk=1&q=ohjaamo tampere");
  assert.equal(await page.getByTestId("kiosk-start-again").isVisible(), true);
  // Contacts as text and QR codes, never links out of the kiosk.
  assert.equal(await page.locator('[data-service-id="ohjaamo-tampere"] [data-testid$="-link"][href^="http"]').count(), 0);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

const work = mkdtempSync(join(tmpdir(), "suunta-search-offline-"));
after(() => rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));

test("after one visit, search works with no network after a restart", async () => {
  let server = await serveDirectory("dist");
  const origin = server.origin;
  const profile = join(work, "profile");
  let { context, page } = await launchProfile(profile, origin, PHONE);
  await page.goto(`${origin}/`);
  await page.getByTestId("start-page").waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
  });
  // The whole deployment is in the cache once the service worker is active.
  await context.close();
  ({ context, page } = await launchProfile(profile, origin, PHONE));
  await server.close();
  server = undefined;
  await context.setOffline(true);
  await page.goto(`${origin}/`);
  await page.getByTestId("start-page").waitFor();
  await typeSearch(page, "ohjamo tampere", "ohjaamo-tampere");
  assert.equal(query(page), "q=ohjamo tampere");
  // A list to browse, whose files the first visit never asked for itself (the service worker did).
  await page.goto(`${origin}/?browse=region-13`);
  await page.locator('[data-service-id="ohjaamo-jyvaskyla"]').waitFor();
  await context.close();
});
