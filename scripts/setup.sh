#!/usr/bin/env bash
# Installs what Suunta's build and tests need, and only what is missing. Safe to run again: on a
# machine that has everything it takes a few seconds. Everything comes from the package
# registries (crates.io, npm, Debian); nothing is downloaded from anywhere else, and Trunk is
# configured never to fetch tools itself (Trunk.toml). See ../shared/TOOLCHAIN.md for why each
# version is what it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# trunk 0.22 needs rustc >= 1.96.1; 0.21.14 is the newest that builds with this machine's 1.95.
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock, the one source of truth.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

step() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

step "rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "chromium and chromedriver (Debian packages)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
fi
chromium --version

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the CLI's own lockfile pins a webpki-roots version the registry does not have.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

step "node packages (wasm-opt from npm binaryen, playwright-core)"
if ! npm ls --silent >/dev/null 2>&1; then
  npm ci --no-audit --no-fund
fi
node_modules/.bin/wasm-opt --version

step "crates"
cargo fetch --locked
echo
echo "setup: everything is in place."
