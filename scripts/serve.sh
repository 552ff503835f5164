#!/usr/bin/env bash
# Sets up what is missing, builds the app with the bundled catalogue and serves it on
# http://127.0.0.1:8080 (rebuilding when files change).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
exec trunk serve --release --offline --locked --address 127.0.0.1 --port "${PORT:-8080}"
