// "Help right now" on the start page: 112 at once, then the crisis lines and chats of the
// catalogue, loaded after first paint from the app's own origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { StartPage } from "./pages/start-page.mjs";

const national = JSON.parse(readFileSync("catalogue/national.json", "utf8"));
const phoneOf = (id) =>
  national.services.find((service) => service.id === id).channels.find((c) => c.kind === "phone").phone;

const app = servedApp();

test("the catalogue's emergency number, crisis lines and chats are listed, 112 first", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open();
  await start.urgentList.waitFor();

  const ids = await start.urgentServices.evaluateAll((items) => items.map((item) => item.dataset.serviceId));
  assert.equal(ids[0], "hatanumero-112");
  assert.ok(ids.includes("mieli-kriisipuhelin"), `crisis line listed: ${ids}`);
  const first = start.urgentServices.first();
  assert.equal(await first.locator("a").first().getAttribute("href"), "tel:112");
  const mieli = page.locator('[data-service-id="mieli-kriisipuhelin"] a').first();
  assert.equal(await mieli.getAttribute("href"), `tel:${phoneOf("mieli-kriisipuhelin").replaceAll(" ", "")}`);
  assert.equal(await mieli.textContent(), phoneOf("mieli-kriisipuhelin"));

  for (const item of await start.urgentServices.all()) {
    assert.ok((await item.locator("a").count()) > 0, "every listed service can be reached");
  }
  for (const link of await page.locator('.urgent-list a[target="_blank"]').all()) {
    assert.equal(await link.getAttribute("rel"), "noopener");
    assert.match(await link.getAttribute("href"), /^https:\/\//);
  }
  for (const link of await page.locator(".urgent-list a").all()) {
    const box = await link.boundingBox();
    assert.ok(box.height >= 44, `touch target ${await link.textContent()} is ${box.height}px tall`);
  }
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test("the catalogue is fetched after the first paint, and only the files help needs", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open();
  await start.urgentList.waitFor();
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
    const catalogue = performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.includes("/catalogue/"))
      .map((entry) => ({ file: new URL(entry.name).pathname, start: entry.startTime }));
    return { paint, catalogue };
  });
  assert.ok(timing.paint > 0, "the page painted");
  assert.deepEqual(timing.catalogue.map((entry) => entry.file).sort(), [
    "/catalogue/geography.json",
    "/catalogue/national.json",
  ]);
  for (const entry of timing.catalogue) {
    assert.ok(entry.start >= timing.paint, `${entry.file} at ${entry.start} ms, paint at ${timing.paint} ms`);
  }
  await context.close();
});

test("when the catalogue cannot be loaded, 112 stays and Try again recovers", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.route("**/catalogue/national.json", (route) => route.fulfill({ status: 503, body: "unavailable" }));
  const start = new StartPage(page, app.server.origin);
  await start.open();
  await start.urgentLoadFailed.waitFor();
  assert.equal(await start.call112.getAttribute("href"), "tel:112");
  assert.equal(await start.urgentLoadFailed.getAttribute("role"), "alert");

  await page.unroute("**/catalogue/national.json");
  await start.urgentLoadFailed.getByRole("button", { name: "Yritä uudelleen" }).click();
  await start.urgentList.waitFor();
  assert.equal(await start.urgentLoadFailed.count(), 0);
  assert.equal(await start.urgentServices.first().getAttribute("data-service-id"), "hatanumero-112");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("a corrupt catalogue file is a clear failure, not a blank page", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.route("**/catalogue/national.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"format":"suunta-catalogue/1","services":[{"id":' }),
  );
  const start = new StartPage(page, app.server.origin);
  await start.open();
  await start.urgentLoadFailed.waitFor();
  assert.ok(await start.startSection.isVisible());
  assert.equal(await start.call112.getAttribute("href"), "tel:112");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
