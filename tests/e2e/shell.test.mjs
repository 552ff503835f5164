// The static shell before and after the app starts: its language is chosen before first paint,
// as the app chooses it, so starting the app rewrites nothing (no layout shift, no second paint
// of the largest text); and the strict Content-Security-Policy holds with nothing blocked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();

const SHELL = {
  fi: ["Löydä oikea paikka kysyä neuvoa", "Vastaa muutamaan kysymykseen", "Siirry sisältöön"],
  sv: ["Hitta rätt ställe att fråga om råd", "Svara på några frågor", "Hoppa till innehållet"],
  en: ["Find the right place to ask for advice", "Answer a few questions", "Skip to content"],
  "fi-x-selko": ["Löydä paikka, josta saat apua", "Vastaa muutamaan kysymykseen. Sitten näet", "Siirry sisältöön"],
};

/**
 * Records every change to the shell's texts and language after the HTML is parsed: by then the
 * pre-paint script has run, and no module script (the app) has yet.
 */
function watchShell() {
  window.__shellChanges = [];
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target;
        if (node === document.documentElement || node?.closest?.("#page-heading, .intro, .skip-link")) {
          window.__shellChanges.push(node.id || node.className || node.tagName);
        }
      }
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["lang"] });
  });
}

for (const [locale, query, expected] of [
  ["fi-FI", "", "fi"],
  ["sv-SE", "", "sv"],
  ["en-US", "", "en"],
  ["en-GB", "?lang=sv", "sv"],
  ["de-DE", "", "fi"],
  // A language we do not offer in the address means Finnish, with a note, as the app decides.
  ["sv-FI", "?lang=xx", "fi"],
  // Plain Finnish (selkosuomi): a Finnish page with the plain heading and intro.
  ["fi-FI", "?lang=fi&plain=1", "fi-x-selko"],
]) {
  test(`a ${locale} browser at /${query} gets the shell in ${expected} before first paint, and the app changes none of it`, async () => {
    const { context, page, record } = await openPage(app.browser, app.server.origin, { locale });
    await page.addInitScript(watchShell);
    await page.goto(`${app.server.origin}/${query}`);
    // The shell as first painted: before the app's wasm has run.
    const [heading, intro, skip] = SHELL[expected];
    const lang = expected.slice(0, 2);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.textContent("#page-heading"), heading);
    assert.match(await page.textContent(".intro"), new RegExp(`^${intro}`));
    assert.equal(await page.textContent(".skip-link"), skip);
    // Once the app and the worker have both drawn the start page, the shell is unchanged.
    await page.locator("[data-testid=start-page]").waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__shellChanges), [], "the app rewrote the shell");
    assert.equal(await page.textContent("#page-heading"), heading);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.deepEqual(record.cspViolations, []);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
}

test("the built page carries a strict Content-Security-Policy, and a journey breaks none of it", async () => {
  const html = await readFile("dist/index.html", "utf8");
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, "a CSP meta tag in dist/index.html");
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'"]) {
    assert.ok(policy.includes(directive), `${directive} in ${policy}`);
  }
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.origin}/?age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1`);
  await page.locator("[data-testid=service-card]").first().waitFor();
  await page.locator("[data-testid=service-card] a[href*='service=']").first().click();
  await page.locator("h2").first().waitFor();
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test("the shell's first texts are the translation files' messages, and a stale copy fails the build", async () => {
  const { shellTextProblems } = await import("../../scripts/shell-texts.mjs");
  const html = await readFile(new URL("../../index.html", import.meta.url), "utf8");
  const locales = new URL("../../locales", import.meta.url).pathname;
  assert.deepEqual(shellTextProblems(html, locales), []);
  const stale = html.replace("Hoppa till innehållet", "Hoppa till sidans innehåll").replace(
    "<h1 id=\"page-heading\">Löydä oikea paikka kysyä neuvoa</h1>",
    "<h1 id=\"page-heading\">Löydä paikka</h1>",
  );
  assert.deepEqual(shellTextProblems(stale, locales), [
    'index.html says "Löydä paikka" for `heading`; locales/fi.ftl says "Löydä oikea paikka kysyä neuvoa"',
    'index.html\'s pre-paint sv[2] is "Hoppa till sidans innehåll"; locales/sv.ftl\'s `skip-link` is "Hoppa till innehållet"',
  ]);
});
