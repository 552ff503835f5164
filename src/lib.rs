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

/// Mounts the app into the reserved `#app` element of the static shell in `index.html`, then
/// asks the catalogue worker for the address's screen, then draws the first screen in place of
/// the shell's "loading" placeholder, each in a task of its own, after the task that started
/// the wasm: each task stays short on a slow phone (issue 9: no main-thread task over 50 ms at
/// 4x CPU; most of their time is the browser compiling each wasm function on its first call),
/// the worker (which every screen but the start page waits for) starts first, and the
/// placeholder stays until the screen replaces it, so no frame shows an empty page.
pub fn mount() {
    let soon = std::time::Duration::ZERO;
    leptos::prelude::set_timeout(
        move || {
            let root = browser::mount_point("app");
            let pager = pager::Pager::new();
            leptos::mount::mount_to(root, move || leptos::prelude::view! { <App pager=pager /> })
                .forget();
            leptos::prelude::set_timeout(move || pager.start(), soon);
            leptos::prelude::set_timeout(move || pager.draw_first(), soon);
        },
        soon,
    );
}
