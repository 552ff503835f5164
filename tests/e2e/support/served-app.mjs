// The setup every browser-test file shares: the production build served on 127.0.0.1 and one
// Chromium, started before the file's tests and closed after them.
import { before, after } from "node:test";
import { serveDirectory } from "./server.mjs";
import { launchBrowser } from "./browser.mjs";

/** Returns an object whose `server` and `browser` are set once the file's tests start. */
export function servedApp(directory = "dist") {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await serveDirectory(directory);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
