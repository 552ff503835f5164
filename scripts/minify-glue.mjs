// Release builds: minifies wasm-bindgen's JS glue and updates its Subresource Integrity hash in
// index.html, and minifies the catalogue worker's glue (a classic script the worker imports, so
// it has no integrity attribute to update). Trunk's own minifier cannot parse the glue (it warns
// and ships it unminified); terser saves about 30 % of the glue's brotli size (docs/size.md).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { sri } from "./hashes.mjs";

export async function minifyGlue(staging) {
  const indexPath = join(staging, "index.html");
  let index = readFileSync(indexPath, "utf8");

  const glueFiles = readdirSync(staging).filter((name) => /^suunta-[0-9a-f]+\.js$/.test(name));
  if (glueFiles.length !== 1) {
    throw new Error(`minify-glue: expected one glue file in ${staging}, found ${glueFiles.length}`);
  }
  for (const name of glueFiles) {
    const path = join(staging, name);
    const original = readFileSync(path, "utf8");
    const originalIntegrity = sri("sha384", original);
    if (!index.includes(originalIntegrity)) {
      throw new Error(`minify-glue: index.html has no integrity ${originalIntegrity} for ${name}`);
    }
    const { code } = await minify(original, { module: true, ecma: 2020, compress: true, mangle: true });
    writeFileSync(path, code);
    index = index.replace(originalIntegrity, sri("sha384", code));
    console.log(`minify-glue: ${name} ${original.length} -> ${code.length} bytes`);
  }
  writeFileSync(indexPath, index);

  const workerGlue = join(staging, "suunta-worker.js");
  const workerOriginal = readFileSync(workerGlue, "utf8");
  const { code: workerCode } = await minify(workerOriginal, { module: false, ecma: 2020, compress: true, mangle: true });
  writeFileSync(workerGlue, workerCode);
  console.log(`minify-glue: suunta-worker.js ${workerOriginal.length} -> ${workerCode.length} bytes`);
}
