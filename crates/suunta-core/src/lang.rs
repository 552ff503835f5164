//! The languages of the user interface and of catalogue texts, and the order in which a text
//! falls back to another language when it is missing in the one asked for.

use crate::catalogue::raw::Text;

/// A language the interface is offered in. Finnish and Swedish are Finland's official
/// languages; English is offered as a third.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Fi,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The BCP 47 tag, also used in the URL query (`lang=sv`).
    pub fn id(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.id() == id)
    }

    /// The order in which catalogue texts are looked for: the user's language first, then the
    /// official languages (Finnish before Swedish, except for a Swedish reader), English last.
    pub fn fallback_order(self) -> [Lang; 3] {
        match self {
            Lang::Fi => [Lang::Fi, Lang::Sv, Lang::En],
            Lang::Sv => [Lang::Sv, Lang::Fi, Lang::En],
            Lang::En => [Lang::En, Lang::Fi, Lang::Sv],
        }
    }
}

/// A catalogue text chosen for a reader, and the language it is actually in, so the UI can set
/// `lang` on it and say when it is a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

impl Localized<'_> {
    pub fn is_fallback_for(&self, wanted: Lang) -> bool {
        self.lang != wanted
    }
}

impl Text {
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fi => self.fi.as_deref(),
            Lang::Sv => self.sv.as_deref(),
            Lang::En => self.en.as_deref(),
        }
        .filter(|text| !text.trim().is_empty())
    }

    /// The text in `lang`, or the first language in its fallback order that has it.
    pub fn localized(&self, lang: Lang) -> Option<Localized<'_>> {
        lang.fallback_order().into_iter().find_map(|candidate| {
            self.in_lang(candidate).map(|text| Localized { text, lang: candidate })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(fi: Option<&str>, sv: Option<&str>, en: Option<&str>) -> Text {
        Text { fi: fi.map(Into::into), sv: sv.map(Into::into), en: en.map(Into::into) }
    }

    #[test]
    fn the_readers_language_comes_first() {
        let name = text(Some("Ohjaamo"), Some("Navigatorn"), Some("Ohjaamo (en)"));
        assert_eq!(
            name.localized(Lang::Sv),
            Some(Localized { text: "Navigatorn", lang: Lang::Sv })
        );
        assert_eq!(name.localized(Lang::En).unwrap().text, "Ohjaamo (en)");
    }

    #[test]
    fn a_missing_text_falls_back_to_the_official_languages_then_english() {
        let only_sv = text(None, Some("Navigatorn"), None);
        let shown = only_sv.localized(Lang::En).unwrap();
        assert_eq!(shown.lang, Lang::Sv);
        assert!(shown.is_fallback_for(Lang::En));

        let only_en = text(None, None, Some("Helpline"));
        assert_eq!(only_en.localized(Lang::Fi).unwrap().lang, Lang::En);
        assert_eq!(text(Some("Kela"), Some("FPA"), None).localized(Lang::En).unwrap().text, "Kela");
    }

    #[test]
    fn blank_texts_count_as_missing() {
        assert_eq!(text(Some("  "), None, None).localized(Lang::Fi), None);
        assert_eq!(text(Some(" "), Some("FPA"), None).localized(Lang::Fi).unwrap().text, "FPA");
    }

    #[test]
    fn ids_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
        }
        assert_eq!(Lang::from_id("de"), None);
    }
}
