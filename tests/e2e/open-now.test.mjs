// "Open now" from the real worker, against a fixed clock: the label follows Europe/Helsinki time
// and changes by itself while the page is open. The shipped catalogue gives only notes for the
// hours it is unsure of, so this test serves the national file with weekly hours on one chat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { builtJson, servePack } from "./support/pack.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();

/** The national file as built, with the Sekasin chat open Monday to Friday 9-16 (a test fixture). */
async function withWeekdayHours(context) {
  const national = await builtJson("national");
  const chat = national.services.find((service) => service.id === "sekasin-chat");
  chat.channels[0].hours = { weekly: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "16:00" }] };
  await servePack(context, "national", national);
}

async function chatStatus(page) {
  const status = page.locator("[data-service-id=sekasin-chat] [data-kind=chat] .status");
  await status.waitFor();
  return status.textContent();
}

for (const [when, utc, expected] of [
  // 24.11.2026 is a Tuesday; Finland is on UTC+2 in November.
  ["a Tuesday at 10:00", "2026-11-24T08:00:00Z", /^Auki klo 16[.:]00 asti/],
  ["a Tuesday at 17:00", "2026-11-24T15:00:00Z", /^Aukeaa huomenna klo 9[.:]00/],
  ["a Saturday at 12:00", "2026-11-28T10:00:00Z", /^Aukeaa maanantaina klo 9[.:]00/],
]) {
  test(`the open-now label on ${when} in Helsinki`, async () => {
    const { context, page, record } = await openPage(app.browser, app.server.origin);
    await withWeekdayHours(context);
    await page.clock.setFixedTime(new Date(utc));
    await page.goto(`${app.server.origin}/?urgent=1`);
    assert.match(await chatStatus(page), expected);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
}

test("the label changes by itself when the chat closes while the page is open", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await withWeekdayHours(context);
  await page.clock.install({ time: new Date("2026-11-24T13:58:30Z") }); // Tuesday 15:58:30
  await page.goto(`${app.server.origin}/?urgent=1`);
  assert.match(await chatStatus(page), /^Auki klo 16[.:]00 asti/);
  await page.clock.fastForward(3 * 60_000);
  await page.waitForFunction(
    () => /^Aukeaa huomenna/.test(document.querySelector("[data-service-id=sekasin-chat] [data-kind=chat] .status")?.textContent ?? ""),
    null,
    { timeout: 5_000 },
  );
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});
