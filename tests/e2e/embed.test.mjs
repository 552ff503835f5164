// Embedding (issue 7): a host page on one 127.0.0.1 port includes embed.js from the app on
// another. The frame follows the content's height, the host's presets and theme apply, only
// the app's own frame may resize it, hostile attributes are refused with a warning, and the
// builder's snippet works when pasted into a fresh host page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { serveHostPages, hostPage } from "./support/host-server.mjs";
import { QuestionPage } from "./pages/journey.mjs";

const app = servedApp();
let host;
before(async () => {
  host = await serveHostPages();
});
after(async () => {
  await host?.close();
});

/** A page on the host's site, recording as every browser test does; warnings too. */
async function openHost(path, body, hostOptions) {
  const address = host.page(path, hostPage(app.server.origin, body, hostOptions));
  const opened = await openPage(app.browser, host.origin);
  opened.warnings = [];
  // Suunta's own warnings (Chromium adds its own, about features it does not know).
  opened.page.on("console", (message) => {
    if (message.type() === "warning" && message.text().startsWith("Suunta")) opened.warnings.push(message.text());
  });
  await opened.page.goto(address);
  return opened;
}

function snippet(attributes = "") {
  return `<script src="${app.server.origin}/embed.js" ${attributes}></script>`;
}

/** The embedded app's frame, once its page has drawn something. */
async function appFrame(page, index = 0) {
  const element = page.locator("iframe[data-suunta-embed]").nth(index);
  await element.waitFor();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.locator("#step-heading").waitFor();
  return { element, frame };
}

/** Waits until the frame is exactly as tall as the app's content; returns that height. */
async function heightSettles(element, frame) {
  let last;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const outer = await element.evaluate((node) => node.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 1) return outer;
    await new Promise((done) => setTimeout(done, 50));
  }
  assert.fail(`the frame never took the content's height: ${JSON.stringify(last)}`);
}

function assertClean(record, { thirdOriginsAllowed = [] } = {}) {
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.cspViolations, []);
  const third = record.foreignRequests.filter(
    (url) => !url.startsWith(`${app.server.origin}/`) && !thirdOriginsAllowed.some((origin) => url.startsWith(origin)),
  );
  assert.deepEqual(third, [], "no request to a third origin");
}

test("the frame grows and shrinks with the content through a whole journey", async () => {
  const { context, page, record } = await openHost("/journey.html", snippet('data-lang="fi"'));
  const { element, frame } = await appFrame(page);
  assert.equal(await element.getAttribute("title"), "Suunta – löydä oikea ohjauspalvelu");
  assert.equal(await element.getAttribute("loading"), "lazy");
  assert.match(await element.getAttribute("src"), new RegExp(`[?&]embed=${encodeURIComponent(host.origin)}`));
  const heights = [await heightSettles(element, frame)];
  const question = new QuestionPage(frame);

  await frame.getByTestId("start").click();
  await question.waitFor("age");
  heights.push(await heightSettles(element, frame));
  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("municipality");
  await question.field.fill("helsin");
  await question.suggestions.first().click();
  await question.continueButton.click();
  await question.waitFor("situation");
  heights.push(await heightSettles(element, frame));
  await question.option("Etsin työtä").check();
  await question.continueButton.click();
  await question.waitFor("needs");
  heights.push(await heightSettles(element, frame));
  await question.option("Työn löytäminen").check();
  await question.continueButton.click();
  // The rest as a shared link would: straight to the results, inside the frame.
  await frame.locator("body").waitFor();
  const results = `${app.server.origin}/?age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1&embed=${encodeURIComponent(host.origin)}`;
  await frame.goto(results);
  await frame.locator("[data-testid=service-card]").first().waitFor();
  heights.push(await heightSettles(element, frame));
  // Back to the summary: much shorter than the results.
  await frame.getByTestId("change-answers").click();
  await frame.getByTestId("summary-page").waitFor();
  heights.push(await heightSettles(element, frame));

  const grew = heights.some((height, i) => i > 0 && height > heights[i - 1] + 50);
  const shrank = heights.some((height, i) => i > 0 && height < heights[i - 1] - 50);
  assert.ok(grew && shrank, `grows and shrinks: ${heights}`);
  // The embed setting survived every click inside the frame.
  assert.match(frame.url(), new RegExp(`embed=${host.origin.replace(/[.:/]/g, "\\$&")}|embed=${encodeURIComponent(host.origin)}`));
  assertClean(record);
  await context.close();
});

test("presets and theme apply; links that leave the app open in a new tab", async () => {
  const { context, page, record, warnings } = await openHost(
    "/presets.html",
    snippet('data-lang="sv" data-municipality="091" data-audience="young" data-accent="#006400" data-compact="true"'),
  );
  const { element, frame } = await appFrame(page);
  assert.equal(await element.getAttribute("title"), "Suunta – hitta rätt vägledningstjänst");
  assert.equal(await frame.evaluate(() => document.documentElement.lang), "sv");
  const styles = await frame.evaluate(() => ({
    header: getComputedStyle(document.querySelector(".site-header")).display,
    intro: getComputedStyle(document.querySelector(".intro")).display,
    start: getComputedStyle(document.querySelector("[data-testid=start]")).backgroundColor,
  }));
  assert.deepEqual(styles, { header: "none", intro: "none", start: "rgb(0, 100, 0)" });

  // The municipality question is skipped; the summary still offers to change it.
  const question = new QuestionPage(frame);
  await frame.getByTestId("start").click();
  await question.waitFor("age");
  await question.field.fill("19");
  await question.continueButton.click();
  await question.root.waitFor();
  assert.notEqual(await question.question(), "municipality");
  await heightSettles(element, frame);

  // The results: a service's web site opens in a new tab, a phone number as it is.
  const query = new URL(frame.url()).search.slice(1);
  await frame.goto(`${app.server.origin}/?${query}&needs=work&situation=looking-for-work&reach=skip&service_lang=skip&done=1`);
  await frame.locator("[data-testid=service-card]").first().waitFor();
  const links = await frame.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((link) => ({
      href: link.getAttribute("href"),
      target: link.getAttribute("target"),
      rel: link.getAttribute("rel"),
    })),
  );
  const away = links.filter((link) => /^https?:/.test(link.href));
  assert.ok(away.length > 0, "the results link to services' own sites");
  for (const link of away) {
    assert.equal(link.target, "_blank", link.href);
    assert.match(link.rel ?? "", /\bnoopener\b/, link.href);
  }
  for (const link of links.filter((link) => /^(tel|mailto):/.test(link.href) || link.href.startsWith("?"))) {
    assert.equal(link.target, null, link.href);
  }
  assert.match(frame.url(), /preset_municipality=091/);
  assert.match(frame.url(), /accent=006400/);
  assert.deepEqual(warnings, []);
  assertClean(record);
  await context.close();
});

test("a height message from another origin or another frame is ignored", async () => {
  const foreign = await serveHostPages();
  const foreignPage = foreign.page("/frame.html", "<!DOCTYPE html><title>x</title><p>foreign</p>");
  const appDirect = `${app.server.origin}/?embed=${encodeURIComponent(host.origin)}`;
  const { context, page, record } = await openHost(
    "/messages.html",
    `${snippet()}<iframe id="foreign" title="foreign" src="${foreignPage}"></iframe><iframe id="other" title="other app" src="${appDirect}"></iframe>`,
    { frameSources: [foreign.origin] },
  );
  const { element, frame } = await appFrame(page);
  await heightSettles(element, frame);
  // Every height the frame is given from now on.
  await element.evaluate((node) => {
    window.__heights = [];
    new MutationObserver(() => window.__heights.push(node.style.height)).observe(node, { attributes: true });
  });
  const foreignFrame = page.frames().find((candidate) => candidate.url().startsWith(foreign.origin));
  const otherFrame = await (await page.locator("#other").elementHandle()).contentFrame();
  assert.ok(otherFrame, "the second app frame loaded");
  const forged = { type: "suunta:height", height: 137 };
  await foreignFrame?.evaluate((message) => parent.postMessage(message, "*"), forged);
  await otherFrame.evaluate(
    ([message, target]) => parent.postMessage(message, target),
    [forged, host.origin],
  );
  // From the host page itself, the right shape but not from the frame.
  await page.evaluate((message) => window.postMessage(message, "*"), forged);
  await page.waitForTimeout(400);
  assert.ok(!(await page.evaluate(() => window.__heights)).includes("137px"));
  // The real frame still resizes afterwards.
  const before = await heightSettles(element, frame);
  await frame.getByTestId("start").click();
  await frame.locator("[data-testid=question-page]").waitFor();
  assert.notEqual(await heightSettles(element, frame), before);
  assert.ok(!(await page.evaluate(() => window.__heights)).includes("137px"));
  assertClean(record, { thirdOriginsAllowed: [foreign.origin] });
  await context.close();
  await foreign.close();
});

test("hostile or malformed attributes are refused with a warning", async () => {
  const hostile = [
    'data-lang="&lt;img src=x onerror=alert(1)&gt;"',
    'data-municipality="javascript:alert(1)"',
    'data-region="01&amp;done=1"',
    `data-audience="${"young".repeat(30)}"`,
    'data-accent="red;background:url(https://evil.example/)"',
    'data-compact="maybe"',
    'data-height="99999"',
  ].join(" ");
  const { context, page, record, warnings } = await openHost(
    "/hostile.html",
    `${snippet(hostile)}${snippet('data-accent="#ffff00"')}`,
  );
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  const first = await appFrame(page, 0);
  const query = new URL(await first.element.getAttribute("src")).searchParams;
  assert.deepEqual([...query.keys()], ["embed"], "only the host's origin is passed on");
  for (const name of ["lang", "municipality", "region", "audience", "accent", "compact", "height"]) {
    assert.ok(warnings.some((text) => text.includes(`data-${name} ignored`)), `a warning for data-${name}: ${warnings}`);
  }
  // Yellow on white is unreadable: the default colour, with a warning that says why.
  const second = await appFrame(page, 1);
  assert.ok(warnings.some((text) => /data-accent ignored.*contrast/.test(text)), warnings.join("\n"));
  assert.equal(new URL(await second.element.getAttribute("src")).searchParams.get("accent"), null);
  const button = await second.frame.evaluate(
    () => getComputedStyle(document.querySelector("[data-testid=start]")).backgroundColor,
  );
  assert.equal(button, "rgb(11, 79, 138)");
  assert.equal(dialogs, 0);
  assert.equal(await page.locator("img").count(), 0);
  assertClean(record);
  await context.close();
});

test("an unreadable accent in a plain iframe's address is not applied", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.goto(`${app.server.origin}/?accent=ffff00&compact=1`);
  await page.locator("[data-testid=start]").waitFor();
  const colour = await page.evaluate(() => getComputedStyle(document.querySelector("[data-testid=start]")).backgroundColor);
  assert.equal(colour, "rgb(11, 79, 138)");
  assert.ok(warnings.some((text) => text.includes("accent ignored")), warnings.join("\n"));
  assertClean(record);
  await context.close();
});

test("the builder's snippet, pasted into a fresh host page, works", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await page.goto(`${app.server.origin}/embed.html?lang=en`);
  await page.getByRole("heading", { level: 1, name: "Embed Suunta on your web site" }).waitFor();
  await page.getByLabel("Suunta's language").selectOption("sv");
  await page.getByLabel("Region (its municipalities are suggested first)").check();
  await page.getByLabel("Region", { exact: true }).selectOption("13");
  await page.getByLabel("Young people (under 30)").check();
  await page.getByLabel("Use your own accent colour").check();
  await page.getByLabel("Compact view for a narrow column (no title bar and no intro)").check();
  const preview = await appFrame(page);
  await heightSettles(preview.element, preview.frame);
  const code = await page.getByTestId("snippet").textContent();
  assert.equal(
    code,
    `<script src="${app.server.origin}/embed.js" data-lang="sv" data-region="13" data-audience="young" data-accent="#0b4f8a" data-compact="true"></script>`,
  );
  await page.getByTestId("copy").click();
  await page.getByTestId("copy-status").filter({ hasText: "copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  assert.match(await page.getByTestId("fallback").textContent(), /^<iframe src="[^"]+\?lang=sv&preset_region=13&/);
  assertClean(record);
  await context.close();

  // Pasted into a host page of its own.
  const pasted = await openHost("/pasted.html", code);
  const { element, frame } = await appFrame(pasted.page);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), "sv");
  await heightSettles(element, frame);
  const question = new QuestionPage(frame);
  await frame.getByTestId("start").click();
  await question.waitFor("age");
  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("municipality");
  await heightSettles(element, frame);
  // The region's municipalities first: Keski-Suomi's for "ka".
  await question.field.fill("ka");
  await question.suggestions.first().waitFor();
  assert.match(frame.url(), /preset_region=13/);
  assertClean(pasted.record);
  await pasted.context.close();
});

test("the plain iframe snippet works without a script on the host, at its fixed height", async () => {
  const src = `${app.server.origin}/?lang=en&preset_municipality=091&compact=1`;
  const { context, page, record } = await openHost(
    "/plain.html",
    `<iframe id="plain" src="${src}" title="Suunta" width="100%" height="900" loading="lazy"></iframe>`,
  );
  const frame = await (await page.locator("#plain").elementHandle()).contentFrame();
  await frame.getByTestId("start").waitFor();
  assert.equal(await frame.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector(".site-header")).display), "none");
  await frame.getByTestId("start").click();
  await frame.locator("[data-testid=question-page]").waitFor();
  assert.equal(await page.locator("#plain").evaluate((node) => node.clientHeight), 900, "the host's height, untouched");
  // Other sites still open in a new tab.
  await frame.goto(`${app.server.origin}/?age=19&municipality=091&needs=work&situation=looking-for-work&reach=skip&service_lang=skip&done=1`);
  await frame.locator("[data-testid=service-card]").first().waitFor();
  const targets = await frame.evaluate(() =>
    [...document.querySelectorAll("a[href^='http']")].map((link) => link.getAttribute("target")),
  );
  assert.ok(targets.length > 0 && targets.every((target) => target === "_blank"), String(targets));
  assertClean(record);
  await context.close();
});
