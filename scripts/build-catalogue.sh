#!/bin/sh
# Trunk post_build hook: validates the catalogue and writes the per-region files the app loads
# into the build's staging directory. Any catalogue error fails the build.
set -eu
out="${TRUNK_STAGING_DIR:?run by trunk as a hook}/catalogue"
cargo run --quiet --offline --locked -p suunta-cli -- build catalogue --out "$out"
