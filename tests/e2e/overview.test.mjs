// A region's overview (`region=`, issue 10) in Chromium against the production build: the
// figures, needs and gaps are those `suunta-cli coverage --region CODE --json` reports for the
// same catalogue, in fi, sv and en; the services are grouped by kind in tables; it reflows at
// 320 px and prints without the page's controls. axe checks it with every other view
// (accessibility.test.mjs, support/views.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();

/** What the maintainers' tool reports for `code`, from the catalogue the build ships. */
function coverage(code) {
  const json = execFileSync(
    "cargo",
    ["run", "-q", "--offline", "--locked", "-p", "suunta-cli", "--", "coverage", "catalogue", "--region", code, "--json"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(json).regions.find((region) => region.code === code);
}

/** The rows of the overview's table `id`, each as [header cell, data cell]. */
const rows = (page, id) =>
  page
    .getByTestId(`overview-${id}`)
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th").textContent, tr.querySelector("td").textContent]));

for (const [code, lang] of [["13", "fi"], ["06", "sv"], ["01", "en"]]) {
  test(`region ${code} in ${lang}: the same figures, needs and gaps as suunta-cli coverage`, async () => {
    const expected = coverage(code);
    const { context, page, record } = await openPage(app.browser, app.server.origin);
    await page.goto(`${app.server.origin}/?lang=${lang}&region=${code}`);
    await page.getByTestId("overview-page").waitFor();
    assert.ok((await page.locator("h2").first().textContent()).includes(expected.name[lang]));

    const facts = (await rows(page, "facts")).map(([, number]) => Number(number));
    const summary = expected.summary;
    assert.equal(facts[0], summary.municipalities);
    assert.equal(facts[2], summary.municipalities_without_ohjaamo_within_reach);
    assert.equal(facts[3], summary.municipalities_with_gaps);
    assert.equal(facts[4], summary.gaps);

    // Each need: its counts, in the order the report has them.
    const needs = await rows(page, "needs");
    assert.equal(needs.length, summary.needs.length);
    summary.needs.forEach((need, index) => {
      const counts = needs[index][1].split("\n")[1].match(/\d+/g).map(Number);
      assert.deepEqual(counts, [need.local, need.national_only, need.none], need.need);
    });

    // The municipalities with no Ohjaamo within reach, by name.
    const far = expected.municipalities
      .filter((municipality) => municipality.gaps.some((gap) => gap.gap === "no_ohjaamo_within_reach"))
      .map((municipality) => municipality.name[lang] ?? municipality.name.fi);
    const listed = (await rows(page, "gaps")).filter(([, nearest]) => nearest !== "").map(([name]) => name);
    assert.deepEqual(listed, far);

    // The services, grouped by kind in tables with headed rows and columns: as many as the
    // figure says, each with its check date.
    const kinds = page.locator("[data-testid^=overview-kind-]");
    assert.ok((await kinds.count()) > 0);
    const services = await page.locator("[data-testid^=overview-kind-] tbody tr").count();
    assert.equal(services, facts[1]);
    assert.equal(await page.locator("[data-testid^=overview-kind-] thead th[scope=col]").count(), 2 * (await kinds.count()));
    assert.equal(await page.locator("[data-testid^=overview-] caption h3").count(), await page.locator("[data-testid^=overview-]").count() - 1);
    assert.deepEqual(record.foreignRequests, []);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}

test("at 320 px nothing scrolls sideways, and printing leaves out the controls", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, { viewport: { width: 320, height: 640 } });
  await page.goto(`${app.server.origin}/?lang=en&region=13`);
  await page.getByTestId("overview-page").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow} px`);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".back-link").isVisible(), false);
  assert.equal(await page.getByTestId("overview-facts").isVisible(), true);
  await context.close();
});

test("a region's list links to its overview", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?lang=en&browse=region-13`);
  await page.getByRole("link", { name: "Overview of the region for guidance groups" }).click();
  await page.getByTestId("overview-page").waitFor();
  assert.equal(new URL(page.url()).search, "?lang=en&region=13");
  await context.close();
});
