//! The screens' own words in Finnish, Swedish and English: headings of whole pages and the
//! messages the engine adds around the core's. The core's wording (`suunta_core::wording`)
//! words what the core decides; the page's `texts` words its chrome (Continue, Loading...).
//! The texts are in the translation files `locales/*.ftl`; the build compiles them into `Say`
//! (one variant per message, documented there) and fails when a language lacks one.

use suunta_core::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/say.rs"));

pub fn say(say: Say, lang: Lang) -> &'static str {
    say.words().get(lang)
}

/// As `say`, in plain Finnish (`locales/fi-x-selko.ftl`) when the reader chose it, the page is
/// in Finnish and the text has a plain version.
pub fn say_plain(say: Say, lang: Lang, plain: bool) -> &'static str {
    match say.plain_fi() {
        Some(text) if plain && lang == Lang::Fi => text,
        _ => say.words().get(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_worded_in_every_language_and_they_differ() {
        for text in Say::ALL {
            let [fi, sv, en] = Lang::ALL.map(|lang| say(text, lang));
            for worded in [fi, sv, en] {
                assert!(!worded.trim().is_empty(), "{text:?}");
            }
            assert_ne!(fi, sv, "{text:?}");
            assert_ne!(fi, en, "{text:?}");
        }
    }
}
