// Issue 9's soak: a kiosk runs all day, so 200 visits, each ended by the kiosk's reset, must not
// grow its memory. Measured through the DevTools protocol after a forced garbage collection, on
// the page and on the catalogue worker: each one's JavaScript heap (used size) and the sizes of
// every WebAssembly memory still alive in it (found by prototype, so a memory kept alive by a
// leak would count too). Growth from the 5th visit (once caches and compiled code are warm) to
// the last must stay under 1 MB. SOAK_RESETS=<n> runs more or fewer visits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { servedApp } from "./support/served-app.mjs";
import { QuestionPage } from "./pages/journey.mjs";

const app = servedApp();

const RESETS = Number(process.env.SOAK_RESETS ?? 200);
const WARM_UP = 5;
const MAX_GROWTH = 1_000_000;
const KIOSK = "kiosk=1&kiosk_here=ohjaamo-helsinki";

/** A DevTools session on the page that also reaches its dedicated workers (the catalogue worker). */
async function devtools(context, page) {
  const session = await context.newCDPSession(page);
  const workers = new Map();
  const waiting = new Map();
  let nextId = 1;
  session.on("Target.attachedToTarget", (event) => {
    if (event.targetInfo.type === "worker") workers.set(event.sessionId, event.targetInfo);
  });
  session.on("Target.detachedFromTarget", (event) => workers.delete(event.sessionId));
  session.on("Target.receivedMessageFromTarget", (event) => {
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  await session.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  /** Sends `method` to the page (sessionId null) or to a worker's session. */
  async function send(sessionId, method, params = {}) {
    if (sessionId === null) return session.send(method, params);
    const id = nextId++;
    const answered = new Promise((done) => waiting.set(id, done));
    await session.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await answered;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result;
  }
  /** JS heap used + every live WebAssembly memory, in bytes, after a full garbage collection. */
  async function measure(sessionId) {
    await send(sessionId, "HeapProfiler.enable");
    await send(sessionId, "HeapProfiler.collectGarbage");
    const { usedSize } = await send(sessionId, "Runtime.getHeapUsage");
    const prototype = await send(sessionId, "Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
    const { objects } = await send(sessionId, "Runtime.queryObjects", { prototypeObjectId: prototype.result.objectId });
    const counted = await send(sessionId, "Runtime.callFunctionOn", {
      objectId: objects.objectId,
      functionDeclaration: "function () { return [this.length, this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0)]; }",
      returnByValue: true,
    });
    const [memories, wasm] = counted.result.value;
    // Let go of what was looked at, so that measuring keeps nothing alive itself.
    await send(sessionId, "Runtime.releaseObject", { objectId: objects.objectId });
    await send(sessionId, "Runtime.releaseObject", { objectId: prototype.result.objectId });
    await send(sessionId, "HeapProfiler.disable");
    return { heap: usedSize, wasm, memories };
  }
  return {
    page: () => measure(null),
    worker: async () => {
      const ids = [...workers.keys()];
      assert.equal(ids.length, 1, "one catalogue worker");
      return measure(ids[0]);
    },
  };
}

/** One visitor: from the kiosk's start page to the second question, then the kiosk's reset. */
async function visit(page, record) {
  try {
    await visitSteps(page);
  } catch (error) {
    // What the visitor saw, to tell a stalled worker from a slow machine.
    const shown = await page.evaluate(() => ({
      url: location.href,
      testids: [...document.querySelectorAll("[data-testid]")].map((e) => e.dataset.testid).join(" "),
    }));
    console.log(`soak: a visit stalled: ${JSON.stringify(shown)}; page errors ${JSON.stringify(record.pageErrors)}`);
    throw error;
  }
}

async function visitSteps(page) {
  await page.getByTestId("start-page").waitFor();
  await page.getByTestId("start").click();
  const question = new QuestionPage(page);
  await question.waitFor("age");
  await question.field.fill("19");
  await question.continueButton.click();
  await question.waitFor("municipality");
  await Promise.all([page.waitForEvent("load"), page.getByTestId("kiosk-start-again").click()]);
}

test(`${RESETS} kiosk resets grow the page's and the worker's memory by less than 1 MB`, { timeout: 600_000 }, async () => {
  const { context, page, record } = await openPage(app.browser, app.server.origin, { serviceWorkers: "block" });
  const measured = await devtools(context, page);
  await page.goto(`${app.server.origin}/?${KIOSK}`);
  const snapshot = async () => {
    // After the reset the worker starts with the first page change; measure on a question page.
    await page.getByTestId("start-page").waitFor();
    await page.getByTestId("start").click();
    await new QuestionPage(page).waitFor("age");
    const [pageMemory, workerMemory] = [await measured.page(), await measured.worker()];
    await Promise.all([page.waitForEvent("load"), page.getByTestId("kiosk-start-again").click()]);
    return { page: pageMemory, worker: workerMemory };
  };
  for (let i = 0; i < WARM_UP; i++) await visit(page, record);
  const before = await snapshot();
  const started = Date.now();
  for (let i = 0; i < RESETS; i++) await visit(page, record);
  const seconds = (Date.now() - started) / 1000;
  const afterwards = await snapshot();

  const total = (m) => m.page.heap + m.page.wasm + m.worker.heap + m.worker.wasm;
  const growth = total(afterwards) - total(before);
  console.log(
    `soak: ${RESETS} resets in ${seconds.toFixed(0)} s; ` +
      `page heap ${before.page.heap} -> ${afterwards.page.heap} B, page wasm ${before.page.wasm} -> ${afterwards.page.wasm} B ` +
      `(${before.page.memories} -> ${afterwards.page.memories} memories), ` +
      `worker heap ${before.worker.heap} -> ${afterwards.worker.heap} B, worker wasm ${before.worker.wasm} -> ${afterwards.worker.wasm} B; ` +
      `growth ${growth} B`,
  );
  assert.equal(afterwards.page.memories, before.page.memories, "no old page's wasm memory is kept alive");
  assert.ok(growth < MAX_GROWTH, `memory grew by ${growth} B over ${RESETS} resets`);
  // After hundreds of resets in quick succession, a new worker can find no room for its wasm
  // memory until the old pages' memories are collected: the page starts it again a second later
  // (src/engine_client.rs), and every visit above still reached its question. Any other error fails.
  const passing = /Out of memory: Cannot allocate Wasm memory for new instance/;
  console.log(`soak: workers started again after a passing shortage of wasm memory: ${record.pageErrors.filter((e) => passing.test(e)).length}`);
  assert.deepEqual(record.pageErrors.filter((error) => !passing.test(error)), []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});
