// The catalogue worker's start: Trunk's loader shim (the same two calls), and one thing more.
// A wasm that cannot be fetched or instantiated (a failed download, or the browser out of room
// for another wasm memory after many kiosk resets) rejects a promise nobody awaits, which a
// worker does not report to its page: thrown again outside the promise, it reaches the page's
// `onerror`, which starts the worker afresh or says it failed (src/engine_client.rs) at once
// instead of after 20 s of silence.
importScripts("./suunta-worker.js");
wasm_bindgen({ module_or_path: "./suunta-worker_bg.wasm" }).catch(function (error) {
  setTimeout(function () {
    throw error;
  });
});
