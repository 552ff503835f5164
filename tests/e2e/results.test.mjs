// The results from the real worker and the bundled catalogue: the expected cards with their
// reasons, contacts as real links of the right scheme, a layout that fits a 360 px phone, and a
// print view without the navigation.
import { test } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { readFileSync } from "node:fs";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { ResultsPage, ServicePage } from "./pages/journey.mjs";

const app = servedApp();

const region = JSON.parse(readFileSync("catalogue/regions/01.json", "utf8"));
const ohjaamo = region.services.find((service) => service.id === "ohjaamo-helsinki");
const RESULTS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1";

test("a 19-year-old in Helsinki who wants work gets the Ohjaamo, with reasons and real links, on a 360 px phone", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, {
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();
  assert.equal(await page.title(), "Sinulle sopivat palvelut – Suunta");

  const card = results.card("ohjaamo-helsinki");
  assert.equal(await card.locator("h3").textContent(), ohjaamo.name.fi);
  assert.match(await card.getByTestId("reasons").textContent(), /työnhaku/);
  const web = ohjaamo.channels.find((channel) => channel.url)?.url;
  assert.equal(await card.locator(`a[href="${web}"]`).count(), 1, `the web address ${web} is a link`);
  assert.equal(await card.getByTestId("service-link").getAttribute("href"), `?${RESULTS}&service=ohjaamo-helsinki`);

  for (const link of await page.locator(".channel-link").all()) {
    assert.match(await link.getAttribute("href"), /^(tel:\+?\d+|sms:\+?\d+|mailto:\S+@\S+|https:\/\/\S+)$/);
    const box = await link.boundingBox();
    assert.ok(box.height >= 44, `${await link.textContent()} is ${box.height}px tall`);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 360, `nothing scrolls sideways (${scrollWidth}px)`);
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test("a card opens the service's own page, and Back returns to the same results", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();
  await results.card("ohjaamo-helsinki").getByTestId("service-link").click();
  const service = new ServicePage(page);
  await service.root.waitFor();
  assert.equal(service.query(), `${RESULTS}&service=ohjaamo-helsinki`);
  assert.equal(await service.stepHeading.textContent(), ohjaamo.name.fi);
  assert.equal(await page.title(), `${ohjaamo.name.fi} – Suunta`);
  assert.equal(await page.evaluate(() => document.activeElement.id), "step-heading");
  await page.reload();
  await service.root.waitFor();
  await service.back.click();
  await results.root.waitFor();
  assert.equal(results.query(), RESULTS);
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test("a filter narrows the results in place, lives in the address, and turns off again", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();
  const swedish = results.filters.filter({ hasText: "ruotsi" });
  assert.equal(await swedish.getAttribute("aria-current"), null);
  await swedish.click();
  await page.waitForURL(/only=sv/);
  await page.locator('[data-testid="filter"][aria-current="true"]').waitFor();
  assert.equal(results.query(), `${RESULTS}&only=sv`);
  assert.equal(await results.filters.filter({ hasText: "ruotsi" }).getAttribute("aria-current"), "true");
  await results.filters.filter({ hasText: "ruotsi" }).click();
  await page.waitForURL((url) => !url.search.includes("only="));
  assert.equal(results.query(), RESULTS);
  await context.close();
});

test("the results can be taken along as a QR code of their address, drawn on the device", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();
  const code = page.getByTestId("qr-code");
  await code.waitFor();
  assert.equal(await code.getAttribute("role"), "img");
  assert.equal(await code.getAttribute("aria-label"), "QR-koodi näiden tulosten osoitteesta");
  const [x, y, width, height] = (await code.getAttribute("viewBox")).split(" ").map(Number);
  assert.deepEqual([x, y], [-4, -4], "a quiet zone of four modules");
  assert.equal(width, height);
  assert.ok(width >= 21 + 8, `a code of at least version 1 (${width - 8} modules)`);
  assert.match(await code.locator("path").getAttribute("d"), /^M/);
  const box = await code.boundingBox();
  assert.ok(box.width >= 150, `large enough to scan (${box.width}px)`);

  // Scanned as a phone would: the drawn code, rasterised, decoded by jsQR.
  const raster = await page.evaluate(async () => {
    const svg = document.querySelector("[data-testid=qr-code]");
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const size = 400;
    const canvas = Object.assign(document.createElement("canvas"), { width: size, height: size });
    const drawing = canvas.getContext("2d");
    drawing.drawImage(image, 0, 0, size, size);
    return { size, pixels: Array.from(drawing.getImageData(0, 0, size, size).data) };
  });
  const scanned = jsQR(Uint8ClampedArray.from(raster.pixels), raster.size, raster.size);
  assert.equal(scanned?.data, page.url(), "the code holds this page's own address");

  await page.emulateMedia({ media: "print" });
  assert.ok(await code.isVisible(), "the code is printed with the results");
  assert.deepEqual(record.foreignRequests, [], "the code is made on the device");
  assert.deepEqual(record.cspViolations, []);
  await context.close();
});

test("the print view keeps the services and leaves out the navigation", async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".chrome").isVisible(), false);
  assert.equal(await results.startAgain.isVisible(), false);
  assert.equal(await results.card("ohjaamo-helsinki").isVisible(), true);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, `a PDF was rendered (${pdf.length} bytes)`);
  await context.close();
});

test("the results' address can be copied, or shared where the device has a share sheet", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.origin });
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  const button = page.getByTestId("pass-on");
  await button.waitFor();
  assert.equal(await page.getByTestId("results-address").textContent(), page.url());
  // Desktop Chromium on Linux has no share sheet: the button copies.
  assert.equal(await button.textContent(), "Kopioi linkki");
  await button.click();
  await page.getByTestId("pass-on-status").filter({ hasText: "Linkki kopioitu" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();

  // A phone's share sheet, stood in for by a navigator.share that records what it was given.
  const phone = await openPage(app.browser, app.server.origin, { locale: "sv-FI" });
  await phone.page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data.url);
      return Promise.resolve();
    };
  });
  await phone.page.goto(`${app.server.origin}/?lang=sv&${RESULTS}`);
  const share = phone.page.getByTestId("pass-on");
  await share.waitFor();
  assert.equal(await share.textContent(), "Dela länken");
  await share.click();
  await phone.page.getByTestId("pass-on-status").filter({ hasText: "Länken har delats" }).waitFor();
  assert.deepEqual(await phone.page.evaluate(() => window.__shared), [phone.page.url()]);
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(phone.record.consoleErrors, []);
  assert.deepEqual(phone.record.cspViolations, []);
  await phone.context.close();
});

test("the results map marks the places to visit with the list's numbers, drawn locally", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, {
    viewport: { width: 360, height: 740 },
  });
  await page.goto(`${app.server.origin}/?lang=sv&${RESULTS}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();
  const map = page.getByTestId("results-map");
  await map.waitFor();
  // Named by its caption, which says what the marks are.
  const svg = map.locator("svg.map-area");
  assert.equal(await svg.getAttribute("role"), "img");
  const caption = await map.locator("figcaption").textContent();
  assert.match(caption, /^Kartan visar listans serviceställen/);
  assert.equal(await page.getByRole("img", { name: caption }).count(), 1);

  // Every mark's numbers are positions of listed services that have a place to visit.
  const ids = await results.serviceIds();
  const labels = await map.getByTestId("map-place").evaluateAll((marks) => marks.map((mark) => mark.dataset.numbers));
  assert.ok(labels.length > 0);
  const numbers = labels.flatMap((label) => label.split(",").map(Number));
  for (const number of numbers) {
    const card = results.card(ids[number - 1]);
    assert.ok((await card.locator("[data-kind=visit]").count()) > 0, `mark ${number} is ${ids[number - 1]}, a place to visit`);
  }
  for (const label of labels) {
    assert.equal(await map.locator(`[data-numbers="${label}"] text`).first().textContent(), label);
  }
  // The cards carry the same numbers (a CSS counter: a card's position in the list), and the
  // marks are inside the drawn area.
  assert.equal(await page.locator(".service-list.numbered").count(), 1);
  const badge = await results
    .card(ids[numbers[0] - 1])
    .locator(".service-name")
    .evaluate((heading) => getComputedStyle(heading, "::before").content);
  assert.equal(badge, "counter(card)");
  assert.equal(await map.locator(".map-home").count(), 1, "the municipal centre");
  const [mapBox, markBoxes] = [
    await svg.boundingBox(),
    await map.getByTestId("map-place").evaluateAll((marks) => marks.map((mark) => mark.getBoundingClientRect().toJSON())),
  ];
  for (const mark of markBoxes) {
    assert.ok(mark.left >= mapBox.x && mark.right <= mapBox.x + mapBox.width + 1, `mark inside the map: ${JSON.stringify(mark)}`);
  }
  assert.ok(mapBox.width <= 360 && mapBox.width > 200, `map ${mapBox.width}px wide`);
  // The whole country in the corner, hidden from screen readers (the caption says it).
  assert.equal(await map.locator(".map-country").getAttribute("aria-hidden"), "true");
  await page.screenshot({ path: "reports/results-map-360.png", fullPage: true });
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.cspViolations, []);
  await context.close();
});

test("helplines and chats alone get no map", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?urgent=1`);
  await new ResultsPage(page).urgentPage.waitFor();
  assert.equal(await page.getByTestId("results-map").count(), 0);
  assert.equal(await page.locator(".service-list.numbered").count(), 0, "no numbers without a map");
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});
