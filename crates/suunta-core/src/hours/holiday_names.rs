//! What each Finnish public holiday is called, in each interface language. Kept apart from
//! `holidays`, which only knows when they fall.

use super::holidays::Holiday;
use crate::lang::Lang;

impl Holiday {
    pub fn name(self, lang: Lang) -> &'static str {
        let [fi, sv, en] = names(self);
        match lang {
            Lang::Fi => fi,
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

/// Finnish, Swedish, English, as written mid-sentence (Finnish and Swedish in lower case, as the
/// almanac writes them); the UI capitalises at the start of a sentence.
fn names(holiday: Holiday) -> [&'static str; 3] {
    match holiday {
        Holiday::NewYearsDay => ["uudenvuodenpäivä", "nyårsdagen", "New Year's Day"],
        Holiday::Epiphany => ["loppiainen", "trettondedag jul", "Epiphany"],
        Holiday::GoodFriday => ["pitkäperjantai", "långfredagen", "Good Friday"],
        Holiday::EasterSunday => ["pääsiäispäivä", "påskdagen", "Easter Sunday"],
        Holiday::EasterMonday => ["2. pääsiäispäivä", "annandag påsk", "Easter Monday"],
        Holiday::MayDay => ["vappu", "första maj", "May Day"],
        Holiday::AscensionDay => ["helatorstai", "Kristi himmelsfärdsdag", "Ascension Day"],
        Holiday::Whitsunday => ["helluntaipäivä", "pingstdagen", "Whitsunday"],
        Holiday::MidsummerEve => ["juhannusaatto", "midsommarafton", "Midsummer Eve"],
        Holiday::MidsummerDay => ["juhannuspäivä", "midsommardagen", "Midsummer Day"],
        Holiday::AllSaintsDay => ["pyhäinpäivä", "alla helgons dag", "All Saints' Day"],
        Holiday::IndependenceDay => {
            ["itsenäisyyspäivä", "självständighetsdagen", "Independence Day"]
        }
        Holiday::ChristmasEve => ["jouluaatto", "julafton", "Christmas Eve"],
        Holiday::ChristmasDay => ["joulupäivä", "juldagen", "Christmas Day"],
        Holiday::StStephensDay => ["tapaninpäivä", "annandag jul", "St Stephen's Day"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_holiday_has_a_distinct_name_in_every_language() {
        for lang in Lang::ALL {
            let mut seen: Vec<&str> = Holiday::ALL.iter().map(|h| h.name(lang)).collect();
            assert!(seen.iter().all(|name| !name.trim().is_empty()), "{lang:?}");
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), Holiday::ALL.len(), "{lang:?}");
        }
        assert_eq!(Holiday::MidsummerEve.name(Lang::Fi), "juhannusaatto");
        assert_eq!(Holiday::MidsummerEve.name(Lang::Sv), "midsommarafton");
        assert_eq!(Holiday::AllSaintsDay.name(Lang::En), "All Saints' Day");
    }
}
