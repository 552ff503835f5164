//! The page's own wording in Finnish, Swedish and English: the static shell, the start page and
//! the controls around the worker's screens (Continue, Back, Loading, Try again...). Everything
//! about services, questions and answers comes worded from the worker. The texts are in the
//! translation files `locales/*.ftl`; the build compiles them into `Msg` (one variant per
//! message, documented there) and fails when a language lacks one.

use suunta_core::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

pub fn text(lang: Lang, msg: Msg) -> &'static str {
    msg.words().get(lang)
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

/// A language's own name, so a reader finds theirs whatever the page's language is.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Suomi",
        Lang::Sv => "Svenska",
        Lang::En => "English",
    }
}
