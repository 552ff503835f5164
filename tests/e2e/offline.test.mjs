// Offline support, in one Chromium profile kept on disk, as on a phone: one visit, then the
// whole journey with no network after a browser restart; a new deployment offered without
// interrupting anyone; broken deployments that never replace the working one; the kiosk's hook.
// The tests run in order and share the profile and the origin (one port): each starts where
// the previous one left the device.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDirectory } from "./support/server.mjs";
import { launchProfile } from "./support/browser.mjs";
import { writeServiceWorker } from "../../scripts/service-worker.mjs";
import { StartPage } from "./pages/start-page.mjs";
import { QuestionPage, ResultsPage, ServicePage, SummaryPage, storedNothing, tabTo } from "./pages/journey.mjs";

const work = mkdtempSync(join(tmpdir(), "suunta-offline-"));
const profile = join(work, "profile");
let server;
let port = 0;
let origin;
after(async () => {
  await server?.close();
  // Chromium may still be writing the profile for a moment after it closed.
  rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

// A link someone shared: results in Jyväskylä, whose region file the first visit never fetched
// (only the service worker's precache did).
const SHARED = "age=22&municipality=179&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1";

/** Serves `directory` at the one origin every test uses (the same port each time). */
async function deploy(directory) {
  await server?.close();
  server = await serveDirectory(directory, { port });
  port = Number(new URL(server.origin).port);
  origin = server.origin;
}

async function goOffline(context) {
  await server.close();
  server = undefined;
  await context.setOffline(true);
}

/** A copy of dist/ changed by `change` before its service worker is generated, and by `breakIt` after. */
function deployment(name, { change, breakIt } = {}) {
  const directory = join(work, name);
  cpSync("dist", directory, { recursive: true });
  change?.(directory);
  writeServiceWorker(directory);
  breakIt?.(directory);
  return directory;
}

function cacheName(directory) {
  const script = readFileSync(join(directory, "service-worker.js"), "utf8");
  return `suunta-precache-${script.match(/__SUUNTA_VERSION__ = "([0-9a-f]+)"/)[1]}`;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

/** Resolves once a service worker is active and controls the page. */
function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
  });
}

/** Asks for the deployment on the host now (as the hourly check does); the state its worker ends in. */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return "no update";
    const settled = () => worker.state === "installed" || worker.state === "redundant";
    if (!settled()) {
      await new Promise((done) =>
        worker.addEventListener("statechange", () => {
          if (settled()) done();
        }),
      );
    }
    return worker.state;
  });
}

async function assertClean(page, context, record) {
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.foreignRequests, [], "no request leaves the origin");
  assert.deepEqual(await storedNothing(page, context), { local: 0, session: 0, cookie: "", cookies: 0 });
}

test("after one visit, the whole journey and a shared link work with no network after a restart", async () => {
  await deploy("dist");
  let { context, page, record } = await launchProfile(profile, origin);
  await new StartPage(page, origin).open();
  await controlled(page);
  assert.deepEqual(await cacheNames(page), [cacheName("dist")], "one cache, this deployment's");
  // Installable, by Chromium's own rules (manifest fields, icon sizes and types, service worker).
  const devtools = await context.newCDPSession(page);
  assert.deepEqual((await devtools.send("Page.getAppManifest")).errors, []);
  assert.deepEqual((await devtools.send("Page.getInstallabilityErrors")).installabilityErrors, []);
  await assertClean(page, context, record);
  await context.close();

  // A cold start: a new browser process, and neither the host nor any network.
  ({ context, page, record } = await launchProfile(profile, origin));
  await goOffline(context);
  const start = new StartPage(page, origin);
  await start.open();
  await start.startButton.click();
  const question = new QuestionPage(page);
  await question.waitFor("age");
  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("municipality");
  await question.field.fill("helsinki");
  await question.suggestions.first().click();
  await question.continueButton.click();
  for (const [id, label] of [
    ["situation", "Etsin työtä"],
    ["needs", "Työn löytäminen"],
    ["reach", "Käyn paikan päällä"],
    ["service_lang", "suomi"],
  ]) {
    await question.waitFor(id);
    await question.optionLabel(label).click();
    await question.continueButton.click();
  }
  const summary = new SummaryPage(page);
  await summary.waitFor();
  await summary.showResults.click();
  const results = new ResultsPage(page);
  await results.root.waitFor();
  assert.ok((await results.serviceIds()).includes("ohjaamo-helsinki"));
  // How old the catalogue is, offline above all: the date suunta-cli build published.
  const [year, month, day] = JSON.parse(readFileSync(join("dist", "catalogue", "index.json"), "utf8")).verified_on.split("-");
  assert.equal(
    await page.getByTestId("catalogue-updated").textContent(),
    `Palvelutiedot päivitetty ${Number(day)}.${Number(month)}.${year}`,
  );
  await results.card("ohjaamo-helsinki").getByTestId("service-link").click();
  await new ServicePage(page).root.waitFor();
  assert.match(page.url(), /service=ohjaamo-helsinki/);

  await page.goto(`${origin}/?${SHARED}`);
  await results.root.waitFor();
  assert.ok((await results.serviceIds()).includes("ohjaamo-jyvaskyla"), "the region's file came from the cache");
  await assertClean(page, context, record);
  await context.close();
});

test("a new deployment is offered, never forced, and taking it keeps the address", async () => {
  const second = deployment("second", {
    change: (directory) => appendFileSync(join(directory, "offline.js"), "\n// The second deployment.\n"),
  });
  await deploy(second);
  const { context, page, record } = await launchProfile(profile, origin);
  const question = new QuestionPage(page);
  await page.goto(`${origin}/?age=19`);
  await question.waitFor("municipality");
  await page.evaluate(() => {
    window.sameDocument = true;
  });

  // The browser fetches the new version in the background; the page offers it, politely.
  const offer = page.getByTestId("update-offer");
  await offer.getByTestId("update-now").waitFor();
  assert.equal(await offer.getAttribute("role"), "status");
  assert.match(await offer.textContent(), /Suunnasta on uusi versio/);
  assert.deepEqual((await cacheNames(page)).sort(), [cacheName("dist"), cacheName(second)].sort());

  // The visitor carries on, in another language: nothing reloads by itself.
  await question.field.fill("helsinki");
  await question.suggestions.first().click();
  await question.continueButton.click();
  await question.waitFor("situation");
  await page.getByTestId("lang-sv").click();
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  assert.match(await offer.textContent(), /ny version av Suunta/);
  assert.equal(await page.evaluate(() => window.sameDocument), true, "the page was never reloaded");
  assert.deepEqual(await cacheNames(page).then((names) => names.includes(cacheName("dist"))), true, "the old version still serves");

  // Taken by keyboard: the new version loads the same address, so the answers are all there.
  const address = page.url();
  await tabTo(page, offer.getByTestId("update-now"));
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
  assert.equal(page.url(), address);
  await question.waitFor("situation");
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, "a new document");
  assert.deepEqual(await cacheNames(page), [cacheName(second)], "the old version's cache is gone");
  assert.equal(await offer.textContent(), "");
  await assertClean(page, context, record);
  await context.close();
});

for (const [broken, breakIt] of [
  ["a file missing", (directory) => unlinkSync(join(directory, "catalogue", "region-13.pack.txt"))],
  ["a file that differs from its hash", (directory) => appendFileSync(join(directory, "catalogue", "national.pack.txt"), " ")],
]) {
  test(`a broken deployment (${broken}) never replaces the working one`, async () => {
    const working = join(work, "second");
    const deployed = deployment(`broken: ${broken}`, {
      change: (directory) => appendFileSync(join(directory, "icon.svg"), `\n<!-- ${broken} -->\n`),
      breakIt,
    });
    await deploy(deployed);
    const { context, page, record } = await launchProfile(profile, origin);
    await new StartPage(page, origin).open();
    await controlled(page);
    assert.equal(await checkForUpdate(page), "redundant", "the new version failed to install");
    assert.deepEqual(await cacheNames(page), [cacheName(working)], "nothing of it was kept");
    assert.equal(await page.getByTestId("update-offer").textContent(), "", "nothing is offered");

    await goOffline(context);
    await page.goto(`${origin}/?${SHARED}`);
    const results = new ResultsPage(page);
    await results.root.waitFor();
    assert.ok((await results.serviceIds()).includes("ohjaamo-jyvaskyla"));
    await assertClean(page, context, record);
    await context.close();
  });
}

test("on a kiosk nothing is offered and nobody is interrupted; the kiosk's reset starts the new version", async () => {
  const third = deployment("third", {
    change: (directory) => appendFileSync(join(directory, "offline.js"), "\n// The third deployment.\n"),
  });
  await deploy(third);
  const { context, page, record } = await launchProfile(profile, origin);
  const question = new QuestionPage(page);
  await page.goto(`${origin}/?kiosk=1&kiosk_here=ohjaamo-helsinki`);
  await new StartPage(page, origin).startSection.waitFor();
  await controlled(page);
  // offline.js comes once the app has drawn its first screen and the browser is idle.
  await page.waitForFunction(() => window.suuntaOffline);
  // A visitor starts answering while the new version downloads.
  await new StartPage(page, origin).startButton.click();
  await question.waitFor("age");
  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("municipality");
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  assert.ok(["installed", "no update"].includes(await checkForUpdate(page)));
  assert.equal(await page.evaluate(() => window.suuntaOffline.updateWaiting()), true);
  assert.equal(await page.getByTestId("update-offer").textContent(), "", "a kiosk shows no offer");
  // The visitor carries on with the old version: nothing reloads under them.
  await page.getByTestId("lang-sv").click();
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  assert.equal(await page.evaluate(() => window.sameDocument), true, "never reloaded mid-journey");
  assert.deepEqual(
    (await cacheNames(page)).sort(),
    [cacheName(join(work, "second")), cacheName(third)].sort(),
    "the old version still serves; the new one waits",
  );

  // The kiosk's reset (here its "Start again"; the idle countdown ends in the same reset, see
  // kiosk.test.mjs) lets the new version take over, on the kiosk's start page.
  await page.getByTestId("kiosk-start-again").click();
  await page.waitForURL(`${origin}/?kiosk=1&kiosk_here=ohjaamo-helsinki`);
  await new StartPage(page, origin).startSection.waitFor();
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, "a new document");
  assert.deepEqual(await cacheNames(page), [cacheName(third)]);
  await page.waitForFunction(() => window.suuntaOffline);
  assert.equal(await page.evaluate(() => window.suuntaOffline.updateWaiting()), false);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-kiosk")), true, "still a kiosk");
  await assertClean(page, context, record);
  await context.close();
});

test("a kiosk nobody is using takes a new version by itself once idle, with no countdown", async () => {
  const fourth = deployment("fourth", {
    change: (directory) => appendFileSync(join(directory, "offline.js"), "\n// The fourth deployment.\n"),
  });
  await deploy(fourth);
  const { context, page, record } = await launchProfile(profile, origin);
  await page.clock.install();
  await page.goto(`${origin}/?kiosk=1&kiosk_here=ohjaamo-helsinki`);
  const start = new StartPage(page, origin);
  await start.startSection.waitFor();
  await controlled(page);
  await page.waitForFunction(() => window.suuntaOffline);
  assert.ok(["installed", "no update"].includes(await checkForUpdate(page)));
  assert.equal(await page.evaluate(() => window.suuntaOffline.updateWaiting()), true);
  await page.evaluate(() => {
    window.sameDocument = true;
  });

  // Not yet: the screen was in use a moment ago, as far as the kiosk knows.
  await page.clock.fastForward(60_000);
  assert.equal(await page.evaluate(() => window.sameDocument), true, "no reload before the idle time");
  // After the idle time (90 s) an untouched start page is reset at once, into the new version.
  await Promise.all([page.waitForEvent("load"), page.clock.fastForward(31_000)]);
  await start.startSection.waitFor();
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, "a new document");
  assert.equal(page.url(), `${origin}/?kiosk=1&kiosk_here=ohjaamo-helsinki`);
  assert.deepEqual(await cacheNames(page), [cacheName(fourth)]);
  assert.equal(await page.getByTestId("kiosk-countdown").isVisible(), false, "nobody was asked anything");
  await assertClean(page, context, record);
  await context.close();
});
