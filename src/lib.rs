//! Suunta's user interface: a thin Leptos layer over `suunta_core`.
//!
//! Only `browser` touches web APIs directly; components wire signals to core types and render.

mod app;
mod browser;
mod catalogue_loader;
mod start_page;
mod texts;
mod urgent_help;

pub use app::App;

/// Mounts the app into the reserved `#app` element of the static shell in `index.html`,
/// replacing its "loading" placeholder.
pub fn mount() {
    let root = browser::take_mount_point("app");
    leptos::mount::mount_to(root, App).forget();
}
