// Debian's headless Chromium driven by playwright-core (never a downloaded browser build).
// The flags keep Chromium from calling home, which this machine's closed network would refuse.
import { chromium } from "playwright-core";

/** Debian's Chromium, quiet: no sandbox (containers), no GPU, nothing that calls home. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const FLAGS = ["--headless", ...QUIET_FLAGS];

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: FLAGS,
  });
}

/**
 * A page that records what a test usually wants to assert afterwards: console errors, uncaught
 * exceptions, Content-Security-Policy violations, and every request that left the app's own origin.
 */
export async function openPage(browser, origin, contextOptions = {}) {
  // A Finnish phone by default; tests that need another language or size say so.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "fi-FI",
    ...contextOptions,
  });
  const page = await context.newPage();
  const record = await recordProblems(context, page, origin);
  return { context, page, record };
}

/**
 * Records on `context` (and its `page`) console errors, uncaught exceptions, Content-Security-
 * Policy violations and every request that left `origin`, in the object it returns.
 */
export async function recordProblems(context, page, origin) {
  const record = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };
  // Every Content-Security-Policy violation, as the browser reports it to the page. (Chromium
  // also logs each as a console error, which every test already checks.)
  await context.exposeBinding("__suuntaCspViolation", (_source, violation) => record.cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__suuntaCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => record.pageErrors.push(String(error)));
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      record.foreignRequests.push(url);
    }
  });
  return record;
}

/**
 * Chromium on a profile kept in `userDataDir`, so what the app stores for offline use (its
 * service worker and cache) survives closing the browser, as on a phone that is switched off.
 * Returns the context, its first page and the same records as `openPage`.
 */
export async function launchProfile(userDataDir, origin, contextOptions = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: 390, height: 844 },
    locale: "fi-FI",
    ...contextOptions,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const record = await recordProblems(context, page, origin);
  return { context, page, record };
}
