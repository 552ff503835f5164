//! The browser entry point: a panic hook and a mount, nothing else.

fn main() {
    // Debug builds only: the hook keeps every panic's message and its formatting in the wasm,
    // 1.2 KB brotli of the critical path (docs/size.md). A release build's panic still shows
    // in the console, as a wasm trap with its stack.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    suunta::mount();
}
