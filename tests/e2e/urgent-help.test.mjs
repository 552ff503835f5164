// "Help right now": 112 on the start page at once, and one link away the catalogue's crisis
// lines and chats, which the worker loads after first paint from the app's own origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { StartPage } from "./pages/start-page.mjs";
import { ResultsPage } from "./pages/journey.mjs";

const national = JSON.parse(readFileSync("catalogue/national.json", "utf8"));
const phoneOf = (id) =>
  national.services.find((service) => service.id === id).channels.find((c) => c.kind === "phone").phone;

const app = servedApp();

test("from the start page, help right now lists 112 first, then the crisis lines and chats", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open();
  await start.urgentLink.click();
  const urgent = new ResultsPage(page);
  await urgent.urgentPage.waitFor();
  assert.equal(urgent.query(), "urgent=1");
  assert.equal(await page.evaluate(() => document.activeElement.id), "step-heading", "focus moves to the page");

  const ids = await urgent.serviceIds();
  assert.equal(ids[0], "hatanumero-112");
  assert.ok(ids.includes("mieli-kriisipuhelin"), `crisis line listed: ${ids}`);
  assert.equal(await urgent.cards.first().getByTestId("phone-link").first().getAttribute("href"), "tel:112");
  const mieli = urgent.card("mieli-kriisipuhelin").getByTestId("phone-link").first();
  assert.equal(await mieli.getAttribute("href"), `tel:${phoneOf("mieli-kriisipuhelin").replaceAll(" ", "")}`);
  assert.equal(await mieli.textContent(), phoneOf("mieli-kriisipuhelin"));

  for (const card of await urgent.cards.all()) {
    const id = await card.getAttribute("data-service-id");
    assert.ok((await card.locator(".channel-link").count()) > 0, `${id} can be reached`);
  }

  for (const link of await page.locator('.channel-link[href^="http"]').all()) {
    assert.match(await link.getAttribute("href"), /^https:\/\//);
    assert.match(await link.getAttribute("rel"), /noopener/);
  }
  for (const link of await page.locator(".channel-link").all()) {
    const box = await link.boundingBox();
    assert.ok(box.height >= 44, `touch target ${await link.textContent()} is ${box.height}px tall`);
  }
  await urgent.back.click();
  await start.startSection.waitFor();
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test("a link to help right now loads only the files it needs, after the first paint", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const catalogue = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/catalogue/")) catalogue.push({ file: url.pathname, at: Date.now() });
  });
  await page.goto(`${app.server.origin}/?urgent=1`);
  await new ResultsPage(page).urgentPage.waitFor();
  const paintedAt = await page.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName("first-contentful-paint")[0].startTime,
  );
  assert.deepEqual(catalogue.map((entry) => entry.file).sort(), ["/catalogue/geography.pack.txt", "/catalogue/national.pack.txt"]);
  for (const entry of catalogue) {
    assert.ok(entry.at >= paintedAt, `${entry.file} requested ${entry.at - paintedAt} ms after the first paint`);
  }
  await context.close();
});

test("when the catalogue cannot be loaded, 112 stays and Try again recovers", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  let failing = true;
  await page.route("**/catalogue/national.pack.txt", (route) =>
    failing ? route.fulfill({ status: 503, body: "unavailable" }) : route.continue(),
  );
  await page.goto(`${app.server.origin}/?urgent=1`);
  const failed = page.getByTestId("load-failed");
  await failed.waitFor();
  assert.equal(await failed.getAttribute("role"), "alert");
  assert.match(await failed.textContent(), /Palvelutietoja ei saatu ladattua/);
  assert.equal(await failed.getByTestId("call-112").getAttribute("href"), "tel:112");

  failing = false;
  await failed.getByRole("button", { name: "Yritä uudelleen" }).click();
  const urgent = new ResultsPage(page);
  await urgent.urgentPage.waitFor();
  assert.equal(await failed.count(), 0);
  assert.equal((await urgent.serviceIds())[0], "hatanumero-112");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("a corrupt catalogue file is a clear failure, not a blank page", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.route("**/catalogue/national.pack.txt", (route) =>
    route.fulfill({ status: 200, contentType: "text/plain", body: "1;19:suunta-catalogue/1;0;3;2:" }),
  );
  await page.goto(`${app.server.origin}/?urgent=1`);
  const failed = page.getByTestId("load-failed");
  await failed.waitFor();
  assert.match(await failed.textContent(), /ei voitu lukea/);
  assert.ok(await page.getByTestId("retry").isVisible());
  assert.equal(await page.getByTestId("help-right-now").count(), 1, "the chrome stays");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
