// How the page draws what the worker sends, checked with a stand-in worker (support/stub-worker)
// so that every part of a screen is exercised whatever the bundled catalogue holds: a service
// page with its sections and hours, filters, provenance and the report link, texts in another
// language, and a worker that sends what this build cannot read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { screenAnswer, useStubWorker } from "./support/stub-worker.mjs";
import { ResultsPage, ServicePage } from "./pages/journey.mjs";

const app = servedApp();

const card = {
  id: "ohjaamo-testi",
  name: { text: "Ohjaamo Testi" },
  kind: "Ohjaamo",
  summary: { text: "Short summary in English.", lang: "en" },
  reasons: ["Auttaa: työnhaku", "Käyntipaikka omassa kunnassasi"],
  note: "Palvelee vain ruotsiksi",
  channels: [
    {
      kind: "visit",
      label: "Käyntiosoite",
      address: "Testikatu 1, 00100 Helsinki",
      distance: "3 km Helsingin keskustasta",
      status: "Auki klo 16.00 asti",
      details: ["Ilman ajanvarausta"],
    },
    {
      kind: "phone",
      label: "Puhelin",
      links: [
        { kind: "phone", href: "tel:+358931012345", text: "+358 9 310 12345" },
        { kind: "sms", href: "sms:+358401234567", text: "+358 40 123 4567" },
      ],
    },
    { kind: "web", label: "Verkkosivu", links: [{ kind: "web", href: "https://ohjaamot.fi/", text: "ohjaamot.fi" }] },
  ],
  href: "?age=19&done=1&service=ohjaamo-testi",
  provenance: "Tarkistettu 20.11.2026 · Lähde: ohjaamot.fi",
  report: { href: "mailto:tiedot@example.fi?subject=ohjaamo-testi", text: "Ilmoita virheellisestä tiedosta" },
};

const results = screenAnswer({
  lang: "fi",
  title: "Sinulle sopivat palvelut – Suunta",
  heading: "Sinulle sopivat palvelut",
  body: {
    kind: "results",
    urgent: false,
    message: "Tarkkaa osumaa ei löytynyt, mutta nämä voivat auttaa.",
    cards: [card],
    filters: [
      { label: "Auki nyt", href: "?age=19&done=1&only=open", on: false },
      { label: "Ruotsiksi", href: "?age=19&done=1", on: true },
    ],
    change_href: "?age=19",
    start_again_href: "./",
  },
});

const servicePage = screenAnswer({
  lang: "fi",
  title: "Ohjaamo Testi – Suunta",
  heading: "Ohjaamo Testi",
  body: {
    kind: "service",
    card,
    description: { text: "Koko kuvaus palvelusta." },
    sections: [{ heading: "Mitä odottaa", paragraphs: [{ text: "Ohjaaja kuuntelee." }, { text: "Listen.", lang: "en" }] }],
    hours: [
      {
        caption: "Käyntiosoite",
        week: [["maanantai", "9.00–16.00"], ["lauantai", "suljettu"]],
        exceptions: [["24.12.2026", "suljettu (jouluaatto)"]],
      },
    ],
    back_href: "?age=19&done=1",
  },
});

test("a card shows every part of what the worker says about a service, as real links", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await useStubWorker(page, { "age=19&done=1": results });
  await page.goto(`${app.server.origin}/?age=19&done=1`);
  const view = new ResultsPage(page);
  await view.root.waitFor();
  const shown = view.card("ohjaamo-testi");

  assert.equal(await view.fitNote.textContent(), "Tarkkaa osumaa ei löytynyt, mutta nämä voivat auttaa.");
  assert.equal(await shown.locator("h3").textContent(), "Ohjaamo Testi");
  assert.equal(await shown.locator(".summary-text").getAttribute("lang"), "en", "a fallback text says its language");
  assert.equal(await shown.locator("h3").getAttribute("lang"), null);
  assert.deepEqual(await shown.getByTestId("reasons").locator("li").allTextContents(), card.reasons);
  assert.equal(await shown.getByTestId("note").textContent(), "Palvelee vain ruotsiksi");
  assert.match(await shown.locator('[data-kind="visit"]').textContent(), /Testikatu 1.*3 km Helsingin keskustasta/);
  assert.equal(await shown.locator(".status").textContent(), "Auki klo 16.00 asti");
  assert.equal(await shown.getByTestId("phone-link").getAttribute("href"), "tel:+358931012345");
  assert.equal(await shown.getByTestId("sms-link").getAttribute("href"), "sms:+358401234567");
  const web = shown.getByTestId("web-link");
  assert.equal(await web.getAttribute("href"), "https://ohjaamot.fi/");
  assert.match(await web.getAttribute("rel"), /noopener/);
  assert.equal(await shown.locator(".provenance").textContent(), card.provenance);
  assert.equal(await shown.getByTestId("report-link").getAttribute("href"), card.report.href);

  const filters = view.filters;
  assert.deepEqual(await filters.allTextContents(), ["Auki nyt", "Ruotsiksi"]);
  assert.equal(await filters.nth(0).getAttribute("aria-current"), null);
  assert.equal(await filters.nth(1).getAttribute("aria-current"), "true", "a filter that is on says so");
  assert.equal(await page.getByTestId("filters").getAttribute("aria-label"), "Rajaa palveluja");
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("a service page has its own address, its sections and hours, and Back to the results", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await useStubWorker(page, { "age=19&done=1": results, "age=19&done=1&service=ohjaamo-testi": servicePage });
  await page.goto(`${app.server.origin}/?age=19&done=1`);
  const view = new ResultsPage(page);
  await view.root.waitFor();
  await view.card("ohjaamo-testi").getByTestId("service-link").click();

  const service = new ServicePage(page);
  await service.root.waitFor();
  assert.equal(service.query(), "age=19&done=1&service=ohjaamo-testi");
  assert.equal(await page.title(), "Ohjaamo Testi – Suunta");
  assert.equal(await service.stepHeading.textContent(), "Ohjaamo Testi");
  assert.equal(await page.evaluate(() => document.activeElement.id), "step-heading");
  assert.equal(await service.root.locator(".description").textContent(), "Koko kuvaus palvelusta.");
  assert.equal(await service.root.locator("h3", { hasText: "Mitä odottaa" }).count(), 1);
  assert.equal(await service.root.locator('.service-section p[lang="en"]').textContent(), "Listen.");
  assert.equal(await service.root.getByTestId("service-link").count(), 0, "no link to the page itself");

  const [week, exceptions] = await service.hours.all();
  assert.equal(await week.locator("caption").textContent(), "Käyntiosoite");
  assert.deepEqual(await week.locator('tbody th[scope="row"]').allTextContents(), ["maanantai", "lauantai"]);
  assert.deepEqual(await week.locator("tbody td").allTextContents(), ["9.00–16.00", "suljettu"]);
  assert.equal(await exceptions.locator("caption").textContent(), "Käyntiosoite: Poikkeukset");
  assert.deepEqual(await exceptions.locator("tbody td").allTextContents(), ["suljettu (jouluaatto)"]);

  await service.back.click();
  await view.root.waitFor();
  assert.equal(view.query(), "age=19&done=1");
  // The Back link is a link (a new history entry): the browser's Back returns to the service.
  await page.goBack();
  await service.root.waitFor();
  assert.equal(service.query(), "age=19&done=1&service=ohjaamo-testi");
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("the filters are links: one tap narrows the results, says it is loading, and the address says so", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const narrowed = screenAnswer({
    lang: "fi",
    title: "Sinulle sopivat palvelut – Suunta",
    heading: "Sinulle sopivat palvelut",
    body: {
      kind: "results",
      urgent: false,
      cards: [],
      filters: [{ label: "Auki nyt", href: "?age=19&done=1", on: true }],
      change_href: "?age=19",
      start_again_href: "./",
    },
  });
  await useStubWorker(page, {
    "age=19&done=1": results,
    "age=19&done=1&only=open": { wire: narrowed, delayMs: 1500 },
  });
  await page.goto(`${app.server.origin}/?age=19&done=1`);
  const view = new ResultsPage(page);
  await view.root.waitFor();
  await view.filters.first().click();
  // A page that takes a moment says it is loading, over the page still shown.
  const body = page.locator("#app-body");
  await page.locator('#app-body[aria-busy="true"]').waitFor();
  assert.equal(await body.getAttribute("data-busy"), "Ladataan palvelutietoja…");
  await page.getByTestId("no-services").waitFor();
  assert.equal(await body.getAttribute("aria-busy"), null);
  assert.equal(view.query(), "age=19&done=1&only=open");
  assert.equal(await view.filters.first().getAttribute("aria-current"), "true");
  await context.close();
});

test("a message the page cannot read shows the failure with Try again, never a blank page", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await useStubWorker(page, { "age=19&done=1": { raw: "99;1;0;" } });
  await page.goto(`${app.server.origin}/?age=19&done=1`);
  const failed = page.getByTestId("load-failed");
  await failed.waitFor();
  assert.equal(await failed.getAttribute("role"), "alert");
  assert.match(await failed.textContent(), /Palvelutietoja ei saatu ladattua/);
  assert.equal(await page.title(), "Palvelutietoja ei saatu ladattua – Suunta");

  // Try again starts the worker afresh; this one answers properly.
  await page.unroute("**/suunta-worker_loader.js");
  await useStubWorker(page, { "age=19&done=1": results });
  await failed.getByTestId("retry").click();
  await new ResultsPage(page).root.waitFor();
  await context.close();
});

// The worker's script is asked for by the worker alone (not by the service worker filling its
// cache), and context.route sees the requests of a worker started again, which page.route misses.
const NO_OFFLINE_COPY = { serviceWorkers: "block" };

test("a worker that cannot be started shows the failure with Try again", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, NO_OFFLINE_COPY);
  await context.route("**/suunta-worker_loader.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(`${app.server.origin}/?age=19&done=1`);
  await page.getByTestId("load-failed").waitFor();
  assert.equal(await page.getByTestId("loading").count(), 0);
  await context.close();
});

test("a worker that fails before it has said anything is started again, and the reader sees no failure", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, NO_OFFLINE_COPY);
  // The first worker's wasm fails to load, as when the browser has no room for its memory.
  let loads = 0;
  await context.route("**/suunta-worker_bg.wasm", (route) =>
    ++loads === 1 ? route.fulfill({ status: 404, body: "" }) : route.continue(),
  );
  await page.addInitScript(() => {
    window.failureShown = false;
    new MutationObserver(() => {
      window.failureShown ||= document.querySelector('[data-testid="load-failed"]') !== null;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${app.server.origin}/?age=19`);
  await page.locator('[data-testid="question-page"][data-question="municipality"]').waitFor();
  assert.equal(loads, 2, "the worker's wasm was asked for once more");
  assert.equal(await page.evaluate(() => window.failureShown), false);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test("a worker with no room for its wasm memory (garbage of earlier pages) is started again once there is room", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, NO_OFFLINE_COPY);
  // The worker's wasm waits until the page has used up the room for wasm memories and let go
  // of them: garbage this page's engine has not collected, as after many kiosk resets.
  let filled;
  const full = new Promise((done) => (filled = done));
  let loads = 0;
  await context.route("**/suunta-worker_bg.wasm", async (route) => {
    if (++loads === 1) await full;
    await route.continue();
  });
  await page.goto(`${app.server.origin}/?age=19`);
  await page.getByTestId("loading").waitFor();
  const made = await page.evaluate(() => {
    let held = [];
    try {
      for (;;) held.push(new WebAssembly.Memory({ initial: 1 }));
    } catch (ignored) {
      // No room for more.
    }
    const count = held.length;
    held = null;
    return count;
  });
  assert.ok(made > 10, `the page made ${made} memories before there was no room`);
  filled();
  await page.locator('[data-testid="question-page"][data-question="municipality"]').waitFor();
  assert.equal(loads, 2, "the first worker found no room; the second did");
  assert.equal(await page.getByTestId("load-failed").count(), 0);
  await context.close();
});

test("a worker that keeps failing to start shows the failure after two more tries", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, NO_OFFLINE_COPY);
  let loads = 0;
  await context.route("**/suunta-worker_loader.js", (route) => {
    loads += 1;
    return route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${app.server.origin}/?age=19`);
  await page.getByTestId("load-failed").waitFor();
  assert.equal(loads, 3);
  await context.close();
});

test("a results page brings 'open now' up to date while it is open, keeping the focus", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.clock.install();
  const later = { ...card, channels: [{ ...card.channels[0], status: "Avataan huomenna klo 9.00" }, ...card.channels.slice(1)] };
  const closed = screenAnswer({
    lang: "fi",
    title: "Sinulle sopivat palvelut – Suunta",
    heading: "Sinulle sopivat palvelut",
    body: { kind: "results", urgent: false, cards: [later], change_href: "?age=19", start_again_href: "./" },
  });
  await useStubWorker(page, { "age=19&done=1": { sequence: [results, closed] } });
  await page.goto(`${app.server.origin}/?age=19&done=1`);
  const view = new ResultsPage(page);
  await view.root.waitFor();
  const status = view.card("ohjaamo-testi").locator(".status");
  assert.equal(await status.textContent(), "Auki klo 16.00 asti");
  await view.card("ohjaamo-testi").getByTestId("phone-link").focus();

  await page.clock.fastForward(61_000);
  await page.waitForFunction(() => document.querySelector(".status")?.textContent === "Avataan huomenna klo 9.00");
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.testid),
    "phone-link",
    "the focus stays on the same control",
  );
  assert.equal(view.query(), "age=19&done=1");
  await context.close();
});

test("a worker that starts but never says anything is given up on after 20 s, with Try again", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, NO_OFFLINE_COPY);
  await page.clock.install();
  await context.route("**/suunta-worker_loader.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "// A worker that stays silent.\n" }),
  );
  await page.goto(`${app.server.origin}/?age=19`);
  await page.getByTestId("loading").waitFor();
  await page.clock.fastForward(15_000);
  assert.equal(await page.getByTestId("loading").count(), 1, "still waiting: a slow connection is not a failure");
  await page.clock.fastForward(6_000);
  await page.getByTestId("load-failed").waitFor();

  await context.unroute("**/suunta-worker_loader.js");
  await page.getByTestId("retry").click();
  await page.locator('[data-testid="question-page"][data-question="municipality"]').waitFor();
  await context.close();
});
