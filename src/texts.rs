//! The page's own wording in Finnish, Swedish and English: the static shell, the start page and
//! the controls around the worker's screens (Continue, Back, Loading, Try again...). Everything
//! about services, questions and answers comes worded from the worker. The texts are in the
//! translation files `locales/*.ftl`; the build compiles them into `Msg` (one variant per
//! message, documented there) and fails when a language lacks one.

use std::cell::Cell;

use suunta_core::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

thread_local! {
    /// The address asks for plain Finnish (`plain=1`). Like `<html lang>`, it belongs to the
    /// whole document, so the pager sets it with each address rather than every view passing it.
    static PLAIN: Cell<bool> = const { Cell::new(false) };
}

/// Plain Finnish (selkosuomi) for the page's own texts that have a plain version, from now on.
pub fn set_plain(plain: bool) {
    PLAIN.with(|cell| cell.set(plain));
}

pub fn text(lang: Lang, msg: Msg) -> &'static str {
    match msg.plain_fi() {
        Some(plain) if lang == Lang::Fi && PLAIN.with(Cell::get) => plain,
        _ => msg.words().get(lang),
    }
}

/// The note after a catalogue text written in `written` on a page in `page`: "only in
/// Swedish"; empty when they are the same.
pub fn only_in(page: Lang, written: Lang) -> &'static str {
    let note = match written {
        Lang::Fi => Msg::OnlyInFi,
        Lang::Sv => Msg::OnlyInSv,
        Lang::En => Msg::OnlyInEn,
    };
    text(page, note)
}

/// A language's own name, so a reader finds theirs whatever the page's language is; plain
/// Finnish is "Selkosuomi", as Finnish public services name it.
pub fn endonym(lang: Lang, plain: bool) -> &'static str {
    match (lang, plain) {
        (Lang::Fi, true) => "Selkosuomi",
        (Lang::Fi, false) => "Suomi",
        (Lang::Sv, _) => "Svenska",
        (Lang::En, _) => "English",
    }
}

/// The accessibility statement's page in each language (static pages, `public/`).
pub fn statement_page(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "saavutettavuus.html",
        Lang::Sv => "tillganglighet.html",
        Lang::En => "accessibility.html",
    }
}
