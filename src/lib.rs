//! Suunta's page: a thin Leptos renderer of the screens the catalogue worker sends
//! (`suunta_screens::screen`). It draws them, follows links, and passes answers, typed text and
//! the device's position to the worker; it holds no catalogue and decides nothing about services.
//!
//! Only `browser` and `engine_client` touch web APIs directly.

mod app;
mod browser;
mod chrome;
mod engine_client;
mod first_paint;
mod municipality_input;
mod overview_page;
mod pager;
mod qr_code;
mod query;
mod question_page;
mod results_map;
mod results_page;
mod search_box;
mod service_card;
mod service_page;
mod stage;
mod start_page;
mod status_panels;
mod summary_page;
mod texts;
mod tickets;

pub use app::App;

/// Mounts the app into the reserved `#app` element of the static shell in `index.html`,
/// replacing its "loading" placeholder.
pub fn mount() {
    let root = browser::take_mount_point("app");
    let pager = pager::Pager::new();
    leptos::mount::mount_to(root, move || leptos::prelude::view! { <App pager=pager /> }).forget();
    pager.start();
}
