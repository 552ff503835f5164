// axe-core (WCAG 2.0/2.1 A and AA rules) on every view the app has, in Finnish, Swedish and
// English, in headless Chromium: the start page, each question (also with its error summary and
// the municipality suggestions open), the summary, the results with their map and QR code, a
// service page, "Help right now" and the panel shown when the catalogue cannot be loaded. Any
// violation fails, with its rule, impact and the elements it found.
//
// axe cannot judge everything WCAG asks (whether texts are plain, whether focus goes to the
// right place, whether the reading order makes sense): the journey and navigation tests check
// focus and order; see docs/accessibility.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const ANSWERS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi";

/** Each view: a name, the query that opens it, what to wait for, and what to do first. */
const VIEWS = [
  { name: "start", query: "", ready: "[data-testid=start-page]" },
  { name: "question: age", query: "edit=age", ready: "[data-question=age]" },
  {
    name: "question: age, with its error summary",
    query: "edit=age",
    ready: "[data-question=age]",
    act: async (page) => {
      await page.getByTestId("continue").click();
      await page.getByTestId("error-summary").waitFor();
    },
  },
  { name: "question: municipality", query: "age=19", ready: "[data-question=municipality]" },
  {
    name: "question: municipality, suggestions open",
    query: "age=19",
    ready: "[data-question=municipality]",
    act: async (page) => {
      await page.locator("#answer-input").fill("jyv");
      await page.getByRole("option").first().waitFor();
    },
  },
  { name: "question: situation", query: "age=19&municipality=091", ready: "[data-question=situation]" },
  { name: "question: needs", query: "age=19&municipality=091&situation=looking-for-work", ready: "[data-question=needs]" },
  {
    name: "question: reach",
    query: "age=19&municipality=091&situation=looking-for-work&needs=work",
    ready: "[data-question=reach]",
  },
  {
    name: "question: service language",
    query: "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit",
    ready: "[data-question=service_lang]",
  },
  { name: "summary", query: ANSWERS, ready: "[data-testid=summary-page]" },
  { name: "results", query: `${ANSWERS}&done=1`, ready: "[data-testid=qr-code]" },
  { name: "results, filtered", query: `${ANSWERS}&done=1&only=sv`, ready: "[data-testid=results-page]" },
  { name: "service page", query: `${ANSWERS}&done=1&service=ohjaamo-helsinki`, ready: "[data-testid=service-page]" },
  { name: "help right now", query: "urgent=1", ready: "[data-testid=urgent-page]" },
  {
    name: "catalogue not loaded",
    query: "urgent=1",
    ready: "[data-testid=load-failed]",
    before: (page) => page.route("**/catalogue/national.pack.txt", (route) => route.fulfill({ status: 503, body: "" })),
  },
];

function describe(violations) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary.replace(/\n/g, " ")}`);
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join("\n")}`;
    })
    .join("\n");
}

for (const lang of ["fi", "sv", "en"]) {
  test(`axe finds no WCAG 2.1 A/AA violation on any view in ${lang}`, async () => {
    const { context, page, record } = await openPage(app.browser, app.server.origin);
    const failures = [];
    for (const view of VIEWS) {
      await page.unrouteAll();
      if (view.before) await view.before(page);
      const query = [`lang=${lang}`, view.query].filter(Boolean).join("&");
      await page.goto(`${app.server.origin}/?${query}`);
      await page.locator(view.ready).first().waitFor();
      if (view.act) await view.act(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${view.name}: the page's language`);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      if (violations.length > 0) failures.push(`${view.name} (${lang}):\n${describe(violations)}`);
    }
    assert.equal(failures.length, 0, `\n${failures.join("\n")}`);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}
