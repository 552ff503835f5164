// Writes the Content-Security-Policy into the built index.html as a <meta> tag, with a hash for
// each inline <script> and <style> Trunk produced (the bootstrap module and the critical CSS),
// so the policy needs no 'unsafe-inline'. docs/security.md documents the same policy as an HTTP
// header, which a host should send as well: a <meta> policy cannot cover the worker, framing or
// violation reports.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sri } from "./hashes.mjs";

/** The policy for a page whose inline scripts and styles have these hash sources. */
export function policy({ scripts, styles }) {
  return [
    "default-src 'none'",
    // The page's glue and wasm, the hashed bootstrap, and compiling wasm (which CSP counts as eval).
    `script-src 'self' ${scripts.map((hash) => `'${hash}'`).join(" ")} 'wasm-unsafe-eval'`,
    `style-src ${styles.map((hash) => `'${hash}'`).join(" ")}`,
    // The catalogue worker, the catalogue files, the wasm fetch.
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
  ].join("; ");
}

export function inlineHashes(html) {
  const inline = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))]
      .filter((match) => !/\ssrc=/.test(match[0].slice(0, match[0].indexOf(">"))))
      .map((match) => sri("sha256", match[1]));
  return { scripts: inline("script"), styles: inline("style") };
}

export function writePolicy(staging) {
  const indexPath = join(staging, "index.html");
  const html = readFileSync(indexPath, "utf8");
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
    throw new Error("csp: index.html already has a Content-Security-Policy");
  }
  const hashes = inlineHashes(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  // Right after the charset (which must come first), before anything the policy governs. The
  // minified HTML has no <head> tag to anchor on.
  const withPolicy = html.replace(/<meta charset=["']?utf-8["']?\s*\/?>/i, (charset) => `${charset}${meta}`);
  if (withPolicy === html) throw new Error("csp: index.html has no <meta charset> to put the policy after");
  writeFileSync(indexPath, withPolicy);
  console.log(`csp: ${hashes.scripts.length} inline script(s), ${hashes.styles.length} inline style(s) hashed`);
}
