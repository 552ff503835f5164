#!/usr/bin/env node
// Trunk post_build hook, release builds only: minifies wasm-bindgen's JS glue and updates its
// Subresource Integrity hash in index.html. Trunk's own minifier cannot parse the glue (it warns
// and ships it unminified); terser saves about 30 % of the glue's brotli size (docs/size.md).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { minify } from "terser";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("minify-glue: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const indexPath = join(staging, "index.html");
let index = readFileSync(indexPath, "utf8");

const glueFiles = readdirSync(staging).filter((name) => /^suunta-[0-9a-f]+\.js$/.test(name));
if (glueFiles.length !== 1) {
  console.error(`minify-glue: expected one glue file in ${staging}, found ${glueFiles.length}`);
  process.exit(1);
}
for (const name of glueFiles) {
  const path = join(staging, name);
  const original = readFileSync(path, "utf8");
  const originalIntegrity = sri(original);
  if (!index.includes(originalIntegrity)) {
    console.error(`minify-glue: index.html has no integrity ${originalIntegrity} for ${name}`);
    process.exit(1);
  }
  const { code } = await minify(original, { module: true, ecma: 2020, compress: true, mangle: true });
  writeFileSync(path, code);
  index = index.replace(originalIntegrity, sri(code));
  console.log(`minify-glue: ${name} ${original.length} -> ${code.length} bytes`);
}
writeFileSync(indexPath, index);
