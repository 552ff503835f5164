#!/usr/bin/env bash
# Sets up what is missing, builds the app with the bundled catalogue and serves it on
# http://127.0.0.1:8080 (rebuilding when files change; reload the page by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
# No autoreload: its injected inline script would break the page's strict Content-Security-Policy.
exec trunk serve --release --no-autoreload --offline --locked --address 127.0.0.1 --port "${PORT:-8080}"
