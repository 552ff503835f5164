#!/usr/bin/env node
// Rasterizes public/icon.svg into the PNG icons the web app manifest lists (192 and 512 px:
// what Chromium's install prompt and Android's home screen and splash screen use). Run it after
// changing the icon and commit the PNGs: the build only copies them. Uses Debian's Chromium, as
// the browser tests do, so the PNGs are drawn by a real SVG renderer with transparent corners.
// Usage: node scripts/make-icons.mjs
import { readFileSync } from "node:fs";
import { launchBrowser } from "../tests/e2e/support/browser.mjs";

const svg = readFileSync(new URL("../public/icon.svg", import.meta.url), "utf8");
const browser = await launchBrowser();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!DOCTYPE html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const out = new URL(`../public/icon-${size}.png`, import.meta.url);
    await page.screenshot({ path: out.pathname, omitBackground: true });
    await page.close();
    console.log(`make-icons: ${out.pathname}`);
  }
} finally {
  await browser.close();
}
