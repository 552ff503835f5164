# Sourced by the scripts: tools on PATH in the order Trunk must find them (npm's wasm-opt before
# any other), and no tool update checks.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
