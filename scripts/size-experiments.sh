#!/usr/bin/env bash
# Measures what each release setting is worth for the app's wasm and JS glue: builds the app once
# per variant (profile settings overridden through CARGO_PROFILE_RELEASE_* variables), runs
# wasm-bindgen and wasm-opt as Trunk does, and prints raw and brotli bytes. Slow (a full release
# build per variant, about 2 minutes each on 2 cores); not part of the test run. The results are
# recorded in docs/size.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
out=${1:-target/size-experiments}
mkdir -p "$out"

measure() { # name, wasm file, js file
  node -e '
    const { readFileSync } = require("node:fs");
    const { brotliCompressSync, constants } = require("node:zlib");
    const br = (f) => brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const raw = (f) => readFileSync(f).length;
    const [name, wasm, js] = process.argv.slice(1);
    console.log([name, raw(wasm), br(wasm), raw(js), br(js), br(wasm) + br(js)].join("\t"));
  ' "$@"
}

variant() { # name, wasm-opt level or "none", then env assignments for cargo
  local name=$1 opt=$2; shift 2
  local dir="$out/$name"
  rm -rf "$dir" && mkdir -p "$dir"
  env "$@" cargo build --quiet --release --locked --offline -p suunta --bin suunta --target wasm32-unknown-unknown \
    --target-dir "target/size-experiments-target"
  wasm-bindgen --target web --no-typescript --out-dir "$dir" \
    target/size-experiments-target/wasm32-unknown-unknown/release/suunta.wasm
  if [ "$opt" != none ]; then
    wasm-opt "-O$opt" --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-mutable-globals --enable-multivalue \
      "$dir/suunta_bg.wasm" -o "$dir/suunta_bg.wasm"
  fi
  measure "$name" "$dir/suunta_bg.wasm" "$dir/suunta.js" | tee -a "$out/results.tsv"
}

printf 'variant\twasm raw\twasm brotli\tjs raw\tjs brotli\ttotal brotli\n' | tee "$out/results.tsv"
variant chosen z
variant no-wasm-opt none
variant wasm-opt-s s
variant opt-level-s z CARGO_PROFILE_RELEASE_OPT_LEVEL=s
variant opt-level-3 z CARGO_PROFILE_RELEASE_OPT_LEVEL=3
variant no-lto z CARGO_PROFILE_RELEASE_LTO=false
variant codegen-units-16 z CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
variant panic-unwind z CARGO_PROFILE_RELEASE_PANIC=unwind
# Minified glue, as scripts/minify-glue.mjs does it in release builds.
node --input-type=module -e '
  import { readFileSync, writeFileSync } from "node:fs";
  import { minify } from "terser";
  const [from, to] = process.argv.slice(1);
  const { code } = await minify(readFileSync(from, "utf8"), { module: true, ecma: 2020, compress: true, mangle: true });
  writeFileSync(to, code);
' "$out/chosen/suunta.js" "$out/chosen/suunta.min.js"
measure chosen+minified-glue "$out/chosen/suunta_bg.wasm" "$out/chosen/suunta.min.js" | tee -a "$out/results.tsv"
