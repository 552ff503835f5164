// The app reads packs (crates/suunta-core/src/catalogue/pack.rs), not the published JSON. A
// test that changes a record reads the JSON of the build, changes it, and serves the pack of
// the result, made by the same code as the build's (`suunta-cli pack`).
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";

/** The published JSON of a built file, e.g. `national`, as an object to change. */
export async function builtJson(name) {
  return JSON.parse(await readFile(`dist/catalogue/${name}.json`, "utf8"));
}

/** The pack of a published file's JSON (an object). */
export function pack(json) {
  return execFileSync("cargo", ["run", "--quiet", "--offline", "--locked", "-p", "suunta-cli", "--", "pack"], {
    input: JSON.stringify(json),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Serves `json`'s pack in place of the built file `name` to every page of `target` (a page or a context). */
export async function servePack(target, name, json) {
  const body = pack(json);
  await target.route(`**/catalogue/${name}.pack.txt`, (route) =>
    route.fulfill({ contentType: "text/plain; charset=utf-8", body }),
  );
}
