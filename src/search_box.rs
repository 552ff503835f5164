//! The search box (issue 10), above the start page, the results and the lists: a labelled
//! `type=search` field whose text goes into the address (`q=`) as the reader types, so the
//! worker's results follow each key, and a polite status that says how many were found.
//!
//! It has a place of its own (`SEARCH_PLACE`) and is drawn with a few direct DOM calls
//! (`browser::search_box`) rather than a Leptos view: it stays while the reader types (only its
//! status changes), so the field is never replaced under the reader's fingers, and it costs the
//! page's wasm a fraction of a view (the critical path's budget, `docs/size.md`).

use suunta_core::lang::Lang;
use suunta_screens::screen::SearchBox;

use crate::browser;
use crate::pager::Pager;
use crate::query;
use crate::texts::{text, Msg};

/// The search box's place, between the notes and the body (`App`).
pub const SEARCH_PLACE: &str = crate::stage::PLACES[2];
pub const INPUT_ID: &str = "search-input";
pub const STATUS_ID: &str = "search-status";

/// The address of the pairs `keep`, then `last` when given.
fn joined(keep: &str, last: Option<&str>) -> String {
    match last {
        Some(last) if !keep.is_empty() => query::href(&[keep, "&", last].concat()),
        Some(last) => query::href(last),
        None => query::href(keep),
    }
}

/// Draws the search box for `search` (or takes it down), unless the one drawn is for the same
/// address and the reader is typing in it (`moved` false): then only its status changes.
pub fn place(pager: Pager, search: Option<SearchBox>, lang: Lang, moved: bool) {
    let Some(search) = search else {
        // Only a drawn search box is taken down: otherwise the place may hold "Loading".
        if pager.search_keep_is_some() {
            pager.set_search_keep(None);
            browser::set_text(SEARCH_PLACE, "");
        }
        return;
    };
    if !moved && pager.search_keep_is(&search.keep) {
        browser::set_text(STATUS_ID, &search.status);
        return;
    }
    let keep = search.keep.clone();
    browser::search_box(
        text(lang, Msg::SearchLabel),
        &search.value,
        &search.status,
        move |typed: String, submitted: bool| {
            let searched = typed.bytes().any(|byte| byte != b' ');
            let q = ["q=", &browser::encode(&typed)].concat();
            pager.search(&joined(&keep, searched.then_some(q.as_str())), submitted);
        },
    );
    pager.set_search_keep(Some(search.keep));
}
