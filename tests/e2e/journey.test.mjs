// The whole journey, from the start page to the results, for a 19-year-old in Helsinki who
// wants work: once by keyboard alone, once by touch on targets of at least 44 × 44 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { StartPage } from "./pages/start-page.mjs";
import { QuestionPage, ResultsPage, SummaryPage, storedNothing, tabTo } from "./pages/journey.mjs";

const app = servedApp();

const ANSWERS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi";

async function assertClean(page, context, record) {
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.foreignRequests, [], "no request leaves the origin");
  assert.deepEqual(await storedNothing(page, context), { local: 0, session: 0, cookie: "", cookies: 0 });
}

async function assertOhjaamoHelsinkiListed(results) {
  await results.root.waitFor();
  const ids = await results.serviceIds();
  const position = ids.indexOf("ohjaamo-helsinki");
  assert.ok(position >= 0 && position < 3, `ohjaamo-helsinki is among the first three: ${ids}`);
  const reasons = results.card("ohjaamo-helsinki").getByTestId("reasons");
  assert.match(await reasons.textContent(), /työnhaku/);
  assert.match(await reasons.textContent(), /omassa kunnassasi/);
}

test("the whole journey by keyboard alone", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open();
  const question = new QuestionPage(page);
  const keyboard = page.keyboard;

  await tabTo(page, page.getByTestId("start"));
  await keyboard.press("Enter");
  await question.waitFor("age");
  assert.equal(await question.progress.textContent(), "Kysymys 1/6");
  assert.equal(await page.evaluate(() => document.activeElement.id), "step-heading", "focus moves to the question");
  assert.equal(await page.title(), "Kuinka vanha olet? – Suunta");
  await keyboard.press("Tab");
  await keyboard.type("19");
  await keyboard.press("Enter");

  await question.waitFor("municipality");
  await tabTo(page, question.field);
  await keyboard.type("helsin");
  await question.suggestions.first().waitFor();
  await keyboard.press("ArrowDown");
  assert.equal(await question.field.getAttribute("aria-activedescendant"), await question.suggestions.first().getAttribute("id"));
  await keyboard.press("Enter");
  assert.equal(await question.field.inputValue(), "Helsinki", "Enter chooses the suggestion");
  await question.waitFor("municipality");
  await keyboard.press("Enter");

  await question.waitFor("situation");
  await tabTo(page, question.option("Opiskelen"));
  await keyboard.press("Space");
  await keyboard.press("ArrowDown");
  await keyboard.press("ArrowDown");
  assert.ok(await question.option("Etsin työtä").isChecked());
  await tabTo(page, question.continueButton);
  await keyboard.press("Enter");

  await question.waitFor("needs");
  await tabTo(page, question.option("Työn löytäminen"));
  await keyboard.press("Space");
  await tabTo(page, question.continueButton);
  await keyboard.press("Enter");

  await question.waitFor("reach");
  await tabTo(page, question.option("Käyn paikan päällä"));
  await keyboard.press("Space");
  await tabTo(page, question.continueButton);
  await keyboard.press("Enter");

  await question.waitFor("service_lang");
  await tabTo(page, question.option("suomi"));
  await keyboard.press("Space");
  await tabTo(page, question.continueButton);
  await keyboard.press("Enter");

  const summary = new SummaryPage(page);
  await summary.waitFor();
  assert.equal(summary.query(), ANSWERS);
  await tabTo(page, summary.showResults);
  await keyboard.press("Enter");

  const results = new ResultsPage(page);
  await assertOhjaamoHelsinkiListed(results);
  assert.equal(results.query(), `${ANSWERS}&done=1`);
  await assertClean(page, context, record);
  await context.close();
});

/** Taps a target after checking that a finger can hit it. */
async function tap(target) {
  const box = await target.boundingBox();
  assert.ok(box, `${target} is visible`);
  assert.ok(box.width >= 44 && box.height >= 44, `${target} is ${box.width}×${box.height}px`);
  await target.tap();
}

// Focus moves to a new page's heading in a task after the page is drawn (src/browser.rs,
// `focus_after_render`). A reader who has put the focus somewhere by then keeps it there.
test("focus stays where the reader put it while the next page was drawn", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const start = new StartPage(page, app.server.origin);
  await start.open();
  // The reader focuses the age field the moment it is drawn, before the focus would move.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const field = document.getElementById("answer-input");
      if (field) {
        observer.disconnect();
        field.focus();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId("start").click();
  await new QuestionPage(page).waitFor("age");
  // Two frames and a task later the move to the heading, had it been made, has been made.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  assert.equal(await page.evaluate(() => document.activeElement.id), "answer-input");
  await assertClean(page, context, record);
  await context.close();
});

test("the whole journey by touch, on targets of at least 44 × 44 px at 360 px wide", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, {
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const start = new StartPage(page, app.server.origin);
  await start.open();
  const question = new QuestionPage(page);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 360, `nothing scrolls sideways (${scrollWidth}px)`);

  await tap(page.getByTestId("start"));
  await question.waitFor("age");
  await tap(question.field);
  await page.keyboard.type("19");
  await tap(question.continueButton);

  await question.waitFor("municipality");
  await tap(question.field);
  await page.keyboard.type("helsinki");
  await tap(question.suggestions.first());
  assert.equal(await question.field.inputValue(), "Helsinki");
  await tap(question.continueButton);

  for (const [id, label] of [
    ["situation", "Etsin työtä"],
    ["needs", "Työn löytäminen"],
    ["reach", "Käyn paikan päällä"],
    ["service_lang", "suomi"],
  ]) {
    await question.waitFor(id);
    await tap(question.optionLabel(label));
    assert.ok(await question.option(label).isChecked(), `${label} is chosen`);
    await tap(question.continueButton);
  }

  const summary = new SummaryPage(page);
  await summary.waitFor();
  await tap(summary.change("age"));
  await question.waitFor("age");
  await tap(question.back);
  await summary.waitFor();
  await tap(summary.showResults);

  const results = new ResultsPage(page);
  await assertOhjaamoHelsinkiListed(results);
  await tap(results.helpRightNow);
  await results.urgentPage.waitFor();
  await assertClean(page, context, record);
  await context.close();
});
