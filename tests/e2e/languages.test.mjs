// Catalogue texts in another language than the page: marked with their language, and said so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { builtJson, servePack } from "./support/pack.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();

test("a summary with no Swedish text shows the Finnish one, marked lang=fi, with a note saying so", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const national = await builtJson("national");
  const crisis = national.services.find((service) => service.id === "mieli-kriisipuhelin");
  delete crisis.summary.sv;
  await servePack(context, "national", national);
  await page.goto(`${app.server.origin}/?lang=sv&urgent=1`);
  const card = page.locator("[data-service-id=mieli-kriisipuhelin]");
  await card.waitFor();
  const summary = card.locator(".summary-text");
  assert.equal(await summary.textContent(), crisis.summary.fi);
  assert.equal(await summary.getAttribute("lang"), "fi");
  assert.equal(await card.getByTestId("fallback-note").textContent(), "Texten finns bara på finska.");

  // A card whose texts are all in Swedish says nothing of the kind.
  const other = page.locator("[data-service-id=hatanumero-112]");
  assert.equal(await other.getByTestId("fallback-note").count(), 0);
  assert.equal(await other.locator(".summary-text").getAttribute("lang"), null);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});
