// The page and the catalogue worker exchange one answer per request: the worker says when it is
// listening, so the page stops re-posting a request it posted before then, and a slow catalogue
// does not make the worker build, and the page decode, the same screen again and again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";

const app = servedApp();
const RESULTS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1";

/** Counts the messages the page posts to workers and the ones it hears back. */
function countWorkerMessages() {
  window.__posted = 0;
  window.__heard = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (...args) {
    window.__posted += 1;
    return post.apply(this, args);
  };
  const setter = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage").set;
  Object.defineProperty(Worker.prototype, "onmessage", {
    set(handler) {
      setter.call(this, (event) => {
        window.__heard.push(typeof event.data === "string" ? event.data.length : -1);
        if (event.data === "") window.__postedBeforeListening = window.__posted;
        return handler(event);
      });
    },
  });
}

test("a results page asked over a slow network is answered once", async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin);
  await page.addInitScript(countWorkerMessages);
  // A slow connection: every catalogue file takes 1.5 s.
  await context.route("**/catalogue/*.pack.txt", async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await page.goto(`${app.server.origin}/?${RESULTS}`);
  await page.locator("[data-testid=service-card]").first().waitFor({ timeout: 15_000 });
  await page.getByTestId("qr-code").waitFor();
  const { posted, before, heard } = await page.evaluate(() => ({
    posted: window.__posted,
    before: window.__postedBeforeListening,
    heard: window.__heard,
  }));
  const answers = heard.filter((length) => length > 0);
  // The results screen and the QR code; the empty message says the worker is listening.
  assert.equal(answers.length, 2, `answers heard: ${heard}`);
  // How many go out before the worker listens depends on how fast it starts; after that, only
  // the one re-post and the QR code request.
  assert.equal(posted - before, 2, `requests posted: ${posted}, ${before} before the worker listened`);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});
