// Catalogue texts in another language than the page: marked with their language, and said so;
// plain Finnish (selkosuomi) as a language of its own in the switch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { builtJson, servePack } from "./support/pack.mjs";
import { servedApp } from "./support/served-app.mjs";
import { QuestionPage } from "./pages/journey.mjs";
import AxeBuilder from "@axe-core/playwright";

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

test("plain Finnish (selkosuomi) is chosen from the start page, words the questions plainly, and the switch keeps the answers", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, { locale: "fi-FI", serviceWorkers: "block" });
  const questions = new QuestionPage(page);
  await page.goto(`${app.server.origin}/`);
  await page.getByTestId("start-page").waitFor();
  const plainLink = questions.languageLink("fi-x-selko");
  assert.equal(await plainLink.textContent(), "Selkosuomi");
  assert.equal(await plainLink.getAttribute("lang"), "fi");
  await plainLink.click();
  await page.waitForURL(/plain=1/);
  assert.equal(await plainLink.getAttribute("aria-current"), "page");
  assert.equal(await page.textContent("#page-heading"), "Löydä paikka, josta saat apua");
  assert.equal(await page.getByTestId("privacy-note").textContent(), "Emme lähetä vastauksiasi minnekään. Emme tallenna niitä.");

  await page.getByTestId("start").click();
  await questions.waitFor("age");
  assert.equal(await page.textContent("#answer-hint"), "Kirjoita ikäsi numeroilla. Esimerkiksi 19.");
  await questions.field.fill("19");
  await questions.continueButton.click();
  await questions.waitFor("municipality");
  assert.equal(await page.textContent("#answer-hint"), "Kirjoita kunnan nimi. Valitse sitten kunta listasta.");
  assert.match(questions.query(), /^lang=fi&plain=1&age=19/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  assert.deepEqual(violations.map((violation) => violation.id), []);

  // Swedish keeps the answer and leaves plain Finnish; choosing it again brings it back.
  await questions.languageLink("sv").click();
  await page.waitForURL(/lang=sv/);
  await questions.waitFor("municipality");
  assert.equal(await questions.stepHeading.textContent(), "I vilken kommun bor du?");
  assert.match(questions.query(), /^lang=sv&age=19/);
  assert.doesNotMatch(questions.query(), /plain/);
  await questions.languageLink("fi-x-selko").click();
  await page.waitForURL(/plain=1/);
  await page.waitForFunction(() => document.querySelector("#answer-hint")?.textContent.startsWith("Kirjoita kunnan nimi."));
  assert.match(questions.query(), /^lang=fi&plain=1&age=19/);
  assert.equal(await page.getAttribute("html", "lang"), "fi");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
