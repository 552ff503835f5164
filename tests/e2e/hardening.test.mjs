// What a security reviewer checks: a journey leaves nothing on the device (no cookie, nothing
// in localStorage, sessionStorage or IndexedDB), and markup in the catalogue or in the address
// shows as text, never as HTML or script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtJson, servePack } from "./support/pack.mjs";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();
const RESULTS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1";

test("a journey sets no cookie and stores nothing", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/`);
  await page.getByTestId("start").click();
  await page.locator("#answer-input").fill("19");
  await page.keyboard.press("Enter");
  await page.waitForURL(/age=19/);
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  await page.locator("[data-testid=service-card]").first().waitFor();
  await page.locator("[data-testid=service-card] a[href*='service=']").first().click();
  await page.waitForURL(/service=/);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((database) => database.name),
  }));
  assert.deepEqual(stored, { cookie: "", local: 0, session: 0, databases: [] });
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(record.foreignRequests, []);
  await context.close();
});

const MARKUP = `<img src=x onerror="window.__pwned=1"><b>lihava</b><script>window.__pwned=2</script>`;

test("markup in a catalogue text shows as text", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const national = await builtJson("national");
  const crisis = national.services.find((service) => service.id === "mieli-kriisipuhelin");
  crisis.name.fi = `Kriisipuhelin ${MARKUP}`;
  crisis.summary.fi = MARKUP;
  await servePack(context, "national", national);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  await page.goto(`${app.server.origin}/?urgent=1`);
  const card = page.locator("[data-service-id=mieli-kriisipuhelin]");
  await card.waitFor();
  assert.ok((await card.textContent()).includes(MARKUP), "the markup is shown as written");
  assert.equal(await card.locator("img, b, script").count(), 0, "no element was made from it");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(record.cspViolations, []);
  await context.close();
});

test("markup in the address shows as text in the notes, and runs nothing", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const hostile = encodeURIComponent(MARKUP);
  await page.goto(`${app.server.origin}/?age=${hostile}&${hostile}=1`);
  const notes = page.getByTestId("query-notes");
  await notes.locator("li").first().waitFor();
  assert.equal(await page.locator("#app img, #app b, #app script").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});
