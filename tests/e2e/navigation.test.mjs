// Back, Change, Start again, reload and the browser's back and forward buttons all rebuild the
// same screen from the URL; a shared link with parts we do not understand still works; "Help
// right now" is one tap away on every page; a broken catalogue load says so and can be retried.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { StartPage } from "./pages/start-page.mjs";
import { QuestionPage, ResultsPage, SummaryPage, storedNothing } from "./pages/journey.mjs";

const app = servedApp();

const ALL = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi";

async function assertClean(page, context, record) {
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.foreignRequests, [], "no request leaves the origin");
  assert.deepEqual(await storedNothing(page, context), { local: 0, session: 0, cookie: "", cookies: 0 });
}

test("Back restores the previous question with its answer, and Continue comes back", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19&municipality=091`);
  await question.waitFor("situation");
  assert.equal(await question.progress.textContent(), "Kysymys 3/6");

  await question.back.click();
  await question.waitFor("municipality");
  assert.equal(question.query(), "age=19&municipality=091&edit=municipality");
  assert.equal(await question.field.inputValue(), "Helsinki", "the answer is shown again");
  assert.equal(await question.progress.textContent(), "Kysymys 2/6");

  await question.back.click();
  await question.waitFor("age");
  assert.equal(await question.field.inputValue(), "19");
  await question.continueButton.click();
  await question.waitFor("situation");
  assert.equal(question.query(), "age=19&municipality=091");

  await page.goBack();
  await question.waitFor("age");
  assert.equal(await question.field.inputValue(), "19", "the browser's Back rebuilds the page");
  await page.goForward();
  await question.waitFor("situation");
  await assertClean(page, context, record);
  await context.close();
});

test("Change reopens a question pre-filled and returns to the summary; reload keeps the page", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const summary = new SummaryPage(page);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?${ALL}`);
  await summary.waitFor();
  assert.equal(await summary.row("needs").locator(".answer").textContent(), "Työn löytäminen");

  await summary.change("needs").click();
  await question.waitFor("needs");
  assert.ok(await question.option("Työn löytäminen").isChecked(), "the answer is pre-filled");
  assert.equal(await page.evaluate(() => document.activeElement.id), "step-heading");
  await question.option("Opiskelupaikan valinta ja haku").check();

  await page.reload();
  await question.waitFor("needs");
  assert.ok(await question.option("Työn löytäminen").isChecked(), "reload rebuilds the same page");
  await question.option("Opiskelupaikan valinta ja haku").check();
  await question.continueButton.click();

  await summary.waitFor();
  assert.equal(
    await summary.row("needs").locator(".answer").textContent(),
    "Työn löytäminen, Opiskelupaikan valinta ja haku",
  );
  await page.goBack();
  await question.waitFor("needs");
  await page.goForward();
  await summary.waitFor();
  await page.reload();
  await summary.waitFor();
  await assertClean(page, context, record);
  await context.close();
});

test("Start again clears every answer but the language", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const results = new ResultsPage(page);
  await page.goto(`${app.server.origin}/?lang=sv&${ALL}&done=1`);
  await results.root.waitFor();
  assert.equal(await results.stepHeading.textContent(), "Tjänster som passar dig");
  await results.startAgain.click();
  const start = new StartPage(page, app.server.origin);
  await start.startSection.waitFor();
  assert.equal(new URL(page.url()).search, "?lang=sv");
  assert.equal(await page.title(), "Hitta rätt ställe att fråga om råd – Suunta");

  await page.goto(`${app.server.origin}/?${ALL}`);
  const summary = new SummaryPage(page);
  await summary.startAgain.click();
  await start.startSection.waitFor();
  assert.equal(new URL(page.url()).search, "", "no answer is left in the URL");
  await assertClean(page, context, record);
  await context.close();
});

test("a shared link with parts we do not understand shows polite notes and still works", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=abc&foo=1&municipality=091`);
  await question.waitFor("age");
  const notes = await question.notes.textContent();
  assert.match(notes, /”abc”/);
  assert.match(notes, /”foo”/);
  assert.equal(await question.notes.getAttribute("role"), "status");

  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("situation");
  assert.equal(question.query(), "age=19&municipality=091", "the link is clean again");
  assert.equal(await question.notes.textContent(), "");
  await assertClean(page, context, record);
  await context.close();
});

test("the language switch keeps the answers and changes the page's language", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19&municipality=091`);
  await question.waitFor("situation");
  await question.languageLink("sv").click();
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  assert.equal(question.query(), "lang=sv&age=19&municipality=091");
  assert.equal(await question.stepHeading.textContent(), "Vad är din situation just nu?");
  assert.equal(await question.languageLink("sv").getAttribute("aria-current"), "page");
  assert.equal(await page.title(), "Vad är din situation just nu? – Suunta");
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === "fi");
  assert.equal(await question.stepHeading.textContent(), "Mikä on tilanteesi nyt?");
  await assertClean(page, context, record);
  await context.close();
});

test("an unknown municipality code is dropped with a note and asked again", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19&municipality=999`);
  await question.waitFor("municipality");
  assert.match(await question.notes.textContent(), /”999”/);
  await context.close();
});

test("Help right now from a question page shows 112 and the crisis lines first", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19&municipality=091`);
  await question.waitFor("situation");
  await question.helpRightNow.click();

  const results = new ResultsPage(page);
  await results.urgentPage.waitFor();
  assert.equal(results.query(), "urgent=1&age=19&municipality=091");
  const first = results.cards.first();
  assert.equal(await first.getByTestId("phone-link").first().getAttribute("href"), "tel:112");
  const kinds = await results.cards.locator(".kind").allTextContents();
  assert.deepEqual(kinds.slice(0, 2), ["Kriisiapu", "Kriisiapu"], "112 and a crisis line come first");

  await results.back.click();
  await question.waitFor("situation");
  await assertClean(page, context, record);
  await context.close();
});

test("a question answered with nothing says so, linked to the field", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?edit=age`);
  await question.waitFor("age");
  await question.continueButton.click();
  await question.errorSummary.waitFor();
  assert.equal(await question.errorSummary.getAttribute("role"), "alert");
  assert.match(await question.field.getAttribute("aria-describedby"), /answer-error/);
  await question.errorSummary.getByRole("link").click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "answer-input");

  await question.field.fill("200");
  await question.continueButton.click();
  assert.notEqual(await question.fieldError.textContent(), "");
  await question.notSure.click();
  await question.waitFor("municipality");
  assert.equal(question.query(), "age=skip");
  await assertClean(page, context, record);
  await context.close();
});

test("Use my location finds the nearest municipality on the device", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, {
    geolocation: { latitude: 62.2415, longitude: 25.7209 },
    permissions: ["geolocation"],
  });
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19`);
  await question.waitFor("municipality");
  await question.useLocation.click();
  await page.waitForFunction(() => document.querySelector("#answer-input").value !== "");
  assert.equal(await question.field.inputValue(), "Jyväskylä");
  await question.continueButton.click();
  await question.waitFor("situation");
  assert.equal(question.query(), "age=19&municipality=179");
  assert.deepEqual(record.foreignRequests, []);
  await context.close();
});

test("a catalogue that fails to load shows a panel with Try again, never a blank page", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  let failing = true;
  await page.route("**/catalogue/region-*.pack.txt", (route) =>
    failing ? route.fulfill({ status: 500, body: "" }) : route.continue(),
  );
  await page.goto(`${app.server.origin}/?age=19&municipality=091`);
  const panel = page.getByTestId("load-failed");
  await panel.waitFor();
  assert.match(await panel.textContent(), /Palvelutietoja ei saatu ladattua/);
  assert.equal(await panel.getAttribute("role"), "alert");
  assert.equal(await page.title(), "Palvelutietoja ei saatu ladattua – Suunta");
  failing = false;
  await page.getByTestId("retry").click();
  const question = new QuestionPage(page);
  await question.waitFor("situation");
  assert.equal(question.query(), "age=19&municipality=091", "the answers are kept");
  assert.equal(await page.evaluate(() => document.activeElement.id), "step-heading");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("the type-ahead finds a municipality typed without its letters ä and ö, and says how many it found", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19`);
  await question.waitFor("municipality");
  assert.equal(await question.field.getAttribute("role"), "combobox");
  assert.equal(await question.field.getAttribute("aria-expanded"), "false");
  await question.field.pressSequentially("jyvaskyla");
  // Each keystroke's suggestions arrive in turn; the last ones are for the whole word.
  await page.waitForFunction(() => document.querySelector("[role=option]")?.textContent === "Jyväskylä");
  assert.equal(await question.field.getAttribute("aria-expanded"), "true");
  const count = await question.suggestions.count();
  assert.match(await question.suggestionsStatus.textContent(), new RegExp(`^${count} ehdotusta`));

  await page.keyboard.press("ArrowDown");
  assert.equal(await question.suggestions.first().getAttribute("aria-selected"), "true");
  await page.keyboard.press("Escape");
  assert.equal(await question.field.getAttribute("aria-expanded"), "false");
  assert.equal(await question.field.inputValue(), "jyvaskyla", "Escape closes the list and keeps the text");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  assert.equal(await question.field.inputValue(), "Jyväskylä");
  await page.keyboard.press("Enter");
  await question.waitFor("situation");
  assert.equal(question.query(), "age=19&municipality=179");

  await page.goBack();
  await question.waitFor("municipality");
  await question.field.fill("");
  await question.field.pressSequentially("xyzzy");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=suggestions-status]").textContent === "Ei ehdotuksia.",
  );
  assert.equal(await question.suggestions.count(), 0);
  await question.continueButton.click();
  await question.errorSummary.waitFor();
  // Focus moves once the page with the problem is drawn, a frame after it appears.
  await page.waitForFunction(() => document.activeElement?.id === "error-summary", null, { timeout: 2000 });
  assert.equal(await question.field.getAttribute("aria-invalid"), "true");
  assert.equal(await question.field.inputValue(), "xyzzy", "what was typed is shown again");
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test("Use my location says so when the position is not shared", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const question = new QuestionPage(page);
  await page.goto(`${app.server.origin}/?age=19`);
  await question.waitFor("municipality");
  await question.useLocation.click();
  await question.locationMessage.filter({ hasText: /lupaa ei annettu/ }).waitFor();
  assert.equal(await question.field.inputValue(), "");
  await context.close();
});
