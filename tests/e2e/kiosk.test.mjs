// Kiosk mode (`?kiosk=1`, public/kiosk.js, README "Kiosk") on a lobby touch screen: the idle
// reset with a controlled clock (countdown shown and announced, "I'm still here" keeps
// everything, the reset leaves nothing: answers, address, history, memory, storage), no way out
// of the app, "Start again" on every page, "you are here", touch-sized targets and print.
// The update applied at the reset is in offline.test.mjs (it needs a second deployment).
import { test } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { readFileSync } from "node:fs";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { StartPage } from "./pages/start-page.mjs";
import { QuestionPage, ResultsPage, storedNothing } from "./pages/journey.mjs";

const app = servedApp();

const KIOSK = "kiosk=1&kiosk_here=ohjaamo-helsinki";
const ANSWERS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=skip&service_lang=skip&done=1";
// A lobby screen, landscape, touch only; the service worker is offline.test.mjs's subject.
const SCREEN = { viewport: { width: 1080, height: 1920 }, hasTouch: true, serviceWorkers: "block" };

function assertClean(record) {
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.foreignRequests, []);
}

/** A kiosk page on the controlled clock: time flows, and the test jumps it forward. */
async function kioskPage(query = KIOSK, options = {}) {
  const opened = await openPage(app.browser, app.server.origin, { ...SCREEN, ...options });
  await opened.page.clock.install();
  await opened.page.clock.resume();
  await opened.page.goto(`${app.server.origin}/?${query}`);
  return opened;
}

/** Answers the age question through the app itself, from the kiosk's start page. */
async function answerAge(page) {
  await new StartPage(page, app.server.origin).startSection.waitFor();
  await page.getByTestId("start").click();
  const question = new QuestionPage(page);
  await question.waitFor("age");
  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("municipality");
}

const countdown = (page) => page.getByTestId("kiosk-countdown");
const announcement = (page) => page.getByTestId("kiosk-announcement");

test("after the idle time a 30-second countdown is shown and announced; I'm still here keeps everything", async () => {
  const { context, page, record } = await kioskPage();
  await answerAge(page);
  const address = page.url();
  assert.match(address, /age=19/);
  await page.evaluate(() => {
    window.sameDocument = true;
    sessionStorage.setItem("visitor", "1");
  });

  // 89 seconds without input: nothing yet.
  await page.clock.fastForward(89_000);
  await page.clock.runFor(500);
  assert.equal(await countdown(page).isVisible(), false);
  await page.clock.fastForward(2_000);
  await countdown(page).waitFor();
  assert.equal(await countdown(page).getAttribute("role"), "alertdialog");
  assert.equal(await countdown(page).evaluate((dialog) => dialog.open && dialog.matches(":modal")), true);
  const heading = await page.locator("#kiosk-heading").textContent();
  assert.equal(heading, "Oletko vielä siellä?");
  assert.equal(await countdown(page).evaluate((dialog) => dialog.getAttribute("aria-labelledby")), "kiosk-heading");
  // Focus is in the dialog, on its big button, so a screen reader reads the dialog at once.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "kiosk-stay");
  assert.equal(await page.getByTestId("kiosk-stay").textContent(), "Olen vielä täällä");
  assert.equal(await announcement(page).getAttribute("role"), "status");
  assert.equal(await announcement(page).textContent(), "30 sekuntia jäljellä.");
  const stay = await page.getByTestId("kiosk-stay").boundingBox();
  assert.ok(stay.height >= 64, `I'm still here is ${stay.height} px tall`);

  // The seconds count down on screen; the status is announced only every ten seconds or so.
  await page.clock.fastForward(4_000);
  await page.waitForFunction(() => document.querySelector("[data-testid=kiosk-seconds]").textContent === "26");
  assert.equal(await announcement(page).textContent(), "30 sekuntia jäljellä.", "not every second");
  await page.clock.fastForward(6_000);
  await page.waitForFunction(() => document.querySelector("[data-testid=kiosk-announcement]").textContent === "20 sekuntia jäljellä.");

  await page.getByTestId("kiosk-stay").click();
  assert.equal(await countdown(page).isVisible(), false);
  assert.equal(page.url(), address);
  await new QuestionPage(page).waitFor("municipality");
  assert.deepEqual(
    await page.evaluate(() => [window.sameDocument, sessionStorage.getItem("visitor")]),
    [true, "1"],
    "the same document, everything kept",
  );
  // The idle time starts again from the button press.
  await page.clock.fastForward(60_000);
  await page.clock.runFor(1_000);
  assert.equal(await countdown(page).isVisible(), false);
  assertClean(record);
  await context.close();
});

test("at zero the kiosk starts afresh: no answers, address, history, memory or storage are left", async () => {
  const { context, page, record } = await kioskPage(`${KIOSK}&kiosk_idle=60`);
  // The entries before the kiosk's address (a test's blank page).
  const entries = await page.evaluate(() => history.length);
  await answerAge(page);
  // In-app page changes replace the history entry on a kiosk.
  await page.getByTestId("lang-sv").click();
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  assert.equal(await page.evaluate(() => history.length), entries);
  await page.evaluate(() => {
    window.visitorState = "answers in memory";
    localStorage.setItem("visitor", "1");
    sessionStorage.setItem("visitor", "1");
    document.cookie = "visitor=1; path=/";
  });

  // kiosk_idle=60: the countdown after a minute, in the page's language.
  await page.clock.fastForward(61_000);
  await countdown(page).waitFor();
  assert.equal(await page.locator("#kiosk-heading").textContent(), "Är du kvar?");
  assert.equal(await announcement(page).textContent(), "30 sekunder kvar.");
  await page.clock.fastForward(25_000);
  await page.waitForFunction(() => document.querySelector("[data-testid=kiosk-announcement]").textContent === "5 sekunder kvar.");
  await page.clock.fastForward(6_000);
  await page.waitForURL(`${app.server.origin}/?${KIOSK}&kiosk_idle=60`);

  const start = new StartPage(page, app.server.origin);
  await start.startSection.waitFor();
  assert.equal(page.url(), `${app.server.origin}/?${KIOSK}&kiosk_idle=60`, "the kiosk's settings only");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fi", "the visitor's language is gone too");
  assert.equal(await page.evaluate(() => window.visitorState), undefined, "a new document");
  assert.deepEqual(await storedNothing(page, context), { local: 0, session: 0, cookie: "", cookies: 0 });
  assert.equal(await page.evaluate(() => history.length), entries);
  // Back reaches no entry that holds the previous visitor's answers (only what was before the
  // kiosk's address: on a kiosk, nothing).
  await page.goBack().catch(() => null);
  assert.doesNotMatch(page.url(), /age=|lang=/);
  assertClean(record);
  await context.close();
});

test("Start again on every page clears at once; an untouched start page is never interrupted", async () => {
  const { context, page, record } = await kioskPage();
  await new StartPage(page, app.server.origin).startSection.waitFor();
  // How old the catalogue is, from the start page on (the date suunta-cli build published).
  const [year, month, day] = JSON.parse(readFileSync("dist/catalogue/index.json", "utf8")).verified_on.split("-").map(Number);
  const updated = page.getByTestId("kiosk-catalogue-updated");
  await page.waitForFunction(() => document.querySelector("[data-testid=kiosk-catalogue-updated]")?.textContent !== "");
  assert.equal(await updated.textContent(), `Palvelutiedot päivitetty ${day}.${month}.${year}`);
  // Nothing to clear: no countdown however long the screen waits.
  await page.clock.fastForward(600_000);
  await page.clock.runFor(2_000);
  assert.equal(await countdown(page).isVisible(), false);

  await answerAge(page);
  for (const query of [ANSWERS, `${ANSWERS}&service=ohjaamo-helsinki`, "urgent=1"]) {
    await page.goto(`${app.server.origin}/?${query}&${KIOSK}`);
    await page.locator("#step-heading").waitFor();
    assert.equal(await page.getByTestId("kiosk-start-again").isVisible(), true, query);
  }
  await page.getByTestId("lang-en").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.getByTestId("kiosk-start-again").textContent(), "Start again");
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  assert.equal(await updated.textContent(), `Service information updated on ${day} ${months[month - 1]} ${year}`);
  await page.evaluate(() => localStorage.setItem("visitor", "1"));
  await Promise.all([page.waitForEvent("load"), page.getByTestId("kiosk-start-again").click()]);
  await new StartPage(page, app.server.origin).startSection.waitFor();
  assert.equal(page.url(), `${app.server.origin}/?${KIOSK}`);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assertClean(record);
  await context.close();
});

test("no way out: contacts are text and QR codes, and no link to another page or site navigates", async () => {
  const { context, page, record } = await kioskPage(`${ANSWERS}&${KIOSK}`);
  const results = new ResultsPage(page);
  await results.root.waitFor();

  // Only the app's own addresses are links; the kiosk's settings go with each of them.
  const hrefs = await page.locator("#app a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  assert.ok(hrefs.length > 10);
  for (const href of hrefs) assert.match(href, /^(\?.*kiosk=1&kiosk_here=ohjaamo-helsinki$|\.\/\?|#)/, href);
  assert.equal(await page.locator(".embed-link").isVisible(), false);

  // Each contact: its text, and a code that holds its address, scanned as a phone would.
  const codes = page.locator("[data-testid$=-qr]");
  assert.ok((await codes.count()) > 3);
  const web = page.getByTestId("web-qr").first();
  const shown = await web.locator(".qr-text").textContent();
  const raster = await web.locator("svg").evaluate(async (svg) => {
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
  assert.match(scanned?.data, /^https:\/\//);
  assert.equal(scanned.data.replace(/^https:\/\//, "").replace(/\/$/, ""), shown, "the code holds the address shown as text");
  assert.match(await web.locator("svg").getAttribute("aria-label"), new RegExp(`^QR-koodi: ${shown.replace(/[.?]/g, "\\$&")}$`));

  // "You are here" on the service point's own service, and on no other card.
  assert.equal(await results.card("ohjaamo-helsinki").getByTestId("you-are-here").textContent(), "Olet täällä – kysy lisää tiskiltä");
  assert.equal(await page.getByTestId("you-are-here").count(), 1);

  // Whatever link there is (the header's, one a future version adds, a phone number), a tap,
  // a middle click or a modified click leaves the page where it is, in the same tab.
  await page.evaluate(() => {
    for (const [id, href] of [["out-web", "https://www.example.fi/"], ["out-tel", "tel:112"], ["out-mail", "mailto:a@example.fi"], ["out-page", "embed.html"]]) {
      const link = Object.assign(document.createElement("a"), { id, href, textContent: id });
      document.getElementById("main").prepend(link);
    }
    window.sameDocument = true;
  });
  const address = page.url();
  for (const id of ["out-web", "out-tel", "out-mail", "out-page"]) {
    await page.locator(`#${id}`).click();
    await page.locator(`#${id}`).click({ button: "middle" });
    await page.locator(`#${id}`).click({ modifiers: ["Control"] });
  }
  await page.locator(".embed-link").dispatchEvent("click");
  await page.waitForTimeout(300);
  assert.equal(page.url(), address);
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  assert.equal(context.pages().length, 1, "no tab or window opened");
  // The skip link moves the focus without a history entry.
  const entries = await page.evaluate(() => history.length);
  await page.locator(".skip-link").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "app");
  assert.equal(await page.evaluate(() => history.length), entries);
  assert.equal(page.url(), address);

  // Print still works, without the kiosk's own controls.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByTestId("kiosk-start-again").isVisible(), false);
  assert.equal(await web.locator("svg").isVisible(), true);
  await page.emulateMedia({ media: "screen" });
  assertClean(record);
  await context.close();
});

test("touch-first: every control on kiosk pages is at least 44 x 44 px, and larger text is there on request", async () => {
  const { context, page, record } = await kioskPage(`${ANSWERS}&${KIOSK}`);
  const small = [];
  let checked = 0;
  const pages = [
    [`${KIOSK}`, "[data-testid=start-page]"],
    [`edit=age&${KIOSK}`, "[data-question=age]"],
    [`age=19&municipality=091&${KIOSK}`, "[data-question=situation]"],
    [`${ANSWERS}&${KIOSK}`, "[data-testid=qr-code]"],
    [`${ANSWERS}&service=ohjaamo-helsinki&${KIOSK}`, "[data-testid=service-page]"],
    [`urgent=1&${KIOSK}`, "[data-testid=urgent-page]"],
  ];
  for (const [query, ready] of pages) {
    await page.goto(`${app.server.origin}/?${query}`);
    await page.locator(ready).first().waitFor();
    const found = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, summary, [role=option], .choice label")]
        .filter((control) => control.getClientRects().length > 0 && getComputedStyle(control).visibility !== "hidden")
        .filter((control) => !control.matches(".skip-link") && !control.closest("dialog:not([open])"))
        .map((control, index, all) => {
          window.__controls = all.length;
          const box = control.getBoundingClientRect();
          // A radio or checkbox counts with its label, which takes the tap too.
          const target = control.matches("input[type=radio], input[type=checkbox]") ? control.closest(".choice") ?? control : control;
          const area = target.getBoundingClientRect();
          return { what: control.outerHTML.slice(0, 80), width: Math.max(box.width, area.width), height: Math.max(box.height, area.height) };
        })
        .filter((box) => box.width < 44 || box.height < 44),
    );
    checked += await page.evaluate(() => window.__controls ?? 0);
    small.push(...found.map((box) => `${query}: ${box.what} ${box.width}x${box.height}`));
  }
  assert.deepEqual(small, []);
  assert.ok(checked > 60, `${checked} controls measured`);

  // Larger text: the whole page scales, before first paint.
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await page.goto(`${app.server.origin}/?${KIOSK}`);
  await page.getByTestId("start-page").waitFor();
  const normal = await fontSize();
  await page.goto(`${app.server.origin}/?${KIOSK}&kiosk_text=large`);
  await page.getByTestId("start-page").waitFor();
  assert.equal(await fontSize(), normal * 1.25);
  assertClean(record);
  await context.close();
});

test("a bad kiosk setting is noted, its default used, and the rest still counts", async () => {
  const { context, page, record } = await kioskPage(`${KIOSK}&kiosk_idle=5&kiosk_text=huge`);
  await page.waitForFunction(() => /kioskin odotusaika/.test(document.querySelector("[data-testid=query-notes]")?.textContent));
  const notes = await page.getByTestId("query-notes").textContent();
  assert.match(notes, /kioskin odotusaika/);
  assert.match(notes, /kioskin tekstikoko/);
  await answerAge(page);
  // The default idle time, 90 seconds, not 5.
  await page.clock.fastForward(60_000);
  await page.clock.runFor(1_000);
  assert.equal(await countdown(page).isVisible(), false);
  await page.clock.fastForward(31_000);
  await countdown(page).waitFor();
  assertClean(record);
  await context.close();
});
