//! The browser entry point: a panic hook and a mount, nothing else.

fn main() {
    console_error_panic_hook::set_once();
    suunta::mount();
}
