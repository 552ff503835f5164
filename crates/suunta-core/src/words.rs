//! A text of the interface in each language it is offered in, as the translation files
//! (`locales/*.ftl`, compiled by `suunta-l10n` at build time) give it. Plain-Finnish versions
//! are looked up apart (`plain_fi()` of each crate's compiled messages), as few messages have one.

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub fi: &'static str,
    pub sv: &'static str,
    pub en: &'static str,
}

impl Words {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}
