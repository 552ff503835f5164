#!/usr/bin/env node
// Trunk post_build hook for release builds. Trunk runs the hooks of one stage concurrently, so
// the steps that rewrite index.html run here, in order: minify the glue (which changes its
// integrity hash), then hash the final inline script and style into the Content-Security-Policy.
import { minifyGlue } from "./minify-glue.mjs";
import { writePolicy } from "./csp.mjs";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
try {
  await minifyGlue(staging);
  writePolicy(staging);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
