#!/usr/bin/env node
// Trunk's post_build hook. Trunk runs the hooks of one stage concurrently, so every step that
// writes into the build runs here, in order: the catalogue and the check that the shell's texts
// are the translation files' (every build), then, for release
// builds, minify the glue (which changes its integrity hash), hash the final inline script and
// style into the Content-Security-Policy, and last the service worker, whose precache list
// hashes every file as it will be deployed (so it must see the catalogue and the final index.html).
import { spawnSync } from "node:child_process";
import { minifyGlue } from "./minify-glue.mjs";
import { writePolicy } from "./csp.mjs";
import { writeServiceWorker } from "./service-worker.mjs";
import { checkShellTexts } from "./shell-texts.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
const catalogue = spawnSync("sh", ["scripts/build-catalogue.sh"], { stdio: "inherit" });
if (catalogue.status !== 0) process.exit(catalogue.status ?? 1);
try {
  // The source, not the staged copy: a release build has minified the staged HTML.
  checkShellTexts("index.html");
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
try {
  await minifyGlue(staging);
  writePolicy(staging);
  writeServiceWorker(staging);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
