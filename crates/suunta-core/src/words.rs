//! A text of the interface in each language it is offered in, as the translation files
//! (`locales/*.ftl`, compiled by `suunta-l10n` at build time) give it.

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub fi: &'static str,
    pub sv: &'static str,
    pub en: &'static str,
    /// Plain Finnish (selkosuomi), for the texts that have a plain version.
    pub fi_plain: Option<&'static str>,
}

impl Words {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }

    /// The text for a reader who asked for plain language: plain Finnish when the page is in
    /// Finnish and the text has a plain version, else the usual text.
    pub const fn get_plain(self, lang: Lang, plain: bool) -> &'static str {
        match (lang, plain, self.fi_plain) {
            (Lang::Fi, true, Some(text)) => text,
            _ => self.get(lang),
        }
    }
}
