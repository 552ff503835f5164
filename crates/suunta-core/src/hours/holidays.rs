//! Finnish public holidays for any year: which dates they fall on.
//!
//! Names are not here: a holiday is an id, and `holiday_names` words it per language, so the
//! calendar rules and the wording change independently.
//!
//! The list is the Church Act and Annual Holidays Act's, plus the two eves on which offices
//! close in practice (Midsummer Eve and Christmas Eve, see [`Holiday::is_de_facto`]).

use super::civil::Date;
use crate::catalogue::raw::Weekday;
use crate::sorting;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    NewYearsDay,
    Epiphany,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    MayDay,
    AscensionDay,
    Whitsunday,
    MidsummerEve,
    MidsummerDay,
    AllSaintsDay,
    IndependenceDay,
    ChristmasEve,
    ChristmasDay,
    StStephensDay,
}

impl Holiday {
    /// In calendar order.
    pub const ALL: [Holiday; 15] = [
        Holiday::NewYearsDay,
        Holiday::Epiphany,
        Holiday::GoodFriday,
        Holiday::EasterSunday,
        Holiday::EasterMonday,
        Holiday::MayDay,
        Holiday::AscensionDay,
        Holiday::Whitsunday,
        Holiday::MidsummerEve,
        Holiday::MidsummerDay,
        Holiday::AllSaintsDay,
        Holiday::IndependenceDay,
        Holiday::ChristmasEve,
        Holiday::ChristmasDay,
        Holiday::StStephensDay,
    ];

    /// A stable id for wording tables and tests.
    pub fn id(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "new-years-day",
            Holiday::Epiphany => "epiphany",
            Holiday::GoodFriday => "good-friday",
            Holiday::EasterSunday => "easter-sunday",
            Holiday::EasterMonday => "easter-monday",
            Holiday::MayDay => "may-day",
            Holiday::AscensionDay => "ascension-day",
            Holiday::Whitsunday => "whitsunday",
            Holiday::MidsummerEve => "midsummer-eve",
            Holiday::MidsummerDay => "midsummer-day",
            Holiday::AllSaintsDay => "all-saints-day",
            Holiday::IndependenceDay => "independence-day",
            Holiday::ChristmasEve => "christmas-eve",
            Holiday::ChristmasDay => "christmas-day",
            Holiday::StStephensDay => "st-stephens-day",
        }
    }

    pub fn from_id(id: &str) -> Option<Holiday> {
        Holiday::ALL.into_iter().find(|holiday| holiday.id() == id)
    }

    /// Not a public holiday by law, but a day on which offices and most services close.
    pub fn is_de_facto(self) -> bool {
        matches!(self, Holiday::MidsummerEve | Holiday::ChristmasEve)
    }

    /// The date of the holiday in `year`. None only for years whose dates cannot be written.
    pub fn date_in(self, year: i32) -> Option<Date> {
        let fixed = |month, day| Date::new(year, month, day);
        let from_easter = |days| easter_sunday(year).map(|easter| easter.add_days(days));
        match self {
            Holiday::NewYearsDay => fixed(1, 1),
            Holiday::Epiphany => fixed(1, 6),
            Holiday::GoodFriday => from_easter(-2),
            Holiday::EasterSunday => from_easter(0),
            Holiday::EasterMonday => from_easter(1),
            Holiday::MayDay => fixed(5, 1),
            Holiday::AscensionDay => from_easter(39),
            Holiday::Whitsunday => from_easter(49),
            Holiday::MidsummerEve => first_on_or_after(fixed(6, 19)?, Weekday::Fri),
            Holiday::MidsummerDay => first_on_or_after(fixed(6, 20)?, Weekday::Sat),
            Holiday::AllSaintsDay => first_on_or_after(fixed(10, 31)?, Weekday::Sat),
            Holiday::IndependenceDay => fixed(12, 6),
            Holiday::ChristmasEve => fixed(12, 24),
            Holiday::ChristmasDay => fixed(12, 25),
            Holiday::StStephensDay => fixed(12, 26),
        }
    }
}

/// Every holiday of `year` with its date, in date order.
pub fn holidays_in(year: i32) -> Vec<(Date, Holiday)> {
    let mut dated: Vec<(Date, Holiday)> = Holiday::ALL
        .into_iter()
        .filter_map(|holiday| holiday.date_in(year).map(|date| (date, holiday)))
        .collect();
    sorting::sort(&mut dated);
    dated
}

/// The holiday on `date`, if it is one. Only May Day and Ascension Day can share a date (when
/// Easter is on 23 March, as in 2008 and 2160); May Day, first in [`Holiday::ALL`], is named.
pub fn holiday_on(date: Date) -> Option<Holiday> {
    Holiday::ALL.into_iter().find(|holiday| holiday.date_in(date.year()) == Some(date))
}

/// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). None for years
/// before the Gregorian calendar's first Easter (1583) or whose date cannot be written.
pub fn easter_sunday(year: i32) -> Option<Date> {
    if year < 1583 {
        return None;
    }
    let y = i64::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u8, day as u8)
}

fn first_on_or_after(date: Date, weekday: Weekday) -> Option<Date> {
    let ahead = (weekday.index_from_monday() + 7 - date.weekday().index_from_monday()) % 7;
    Some(date.add_days(ahead as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn easter_matches_known_dates() {
        for (year, easter) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
            (1583, "1583-04-10"),
        ] {
            assert_eq!(easter_sunday(year), Some(date(easter)), "{year}");
        }
        assert_eq!(easter_sunday(1582), None);
        assert_eq!(easter_sunday(i32::MIN), None);
        assert_eq!(easter_sunday(i32::MAX).map(|d| d.weekday()), Some(Weekday::Sun));
    }

    fn check_year(year: i32, expected: &[(&str, &str)]) {
        let got: Vec<(String, &str)> =
            holidays_in(year).into_iter().map(|(d, h)| (d.to_string(), h.id())).collect();
        let want: Vec<(String, &str)> =
            expected.iter().map(|(d, id)| (d.to_string(), *id)).collect();
        assert_eq!(got, want, "{year}");
    }

    #[test]
    fn holidays_of_2026() {
        check_year(
            2026,
            &[
                ("2026-01-01", "new-years-day"),
                ("2026-01-06", "epiphany"),
                ("2026-04-03", "good-friday"),
                ("2026-04-05", "easter-sunday"),
                ("2026-04-06", "easter-monday"),
                ("2026-05-01", "may-day"),
                ("2026-05-14", "ascension-day"),
                ("2026-05-24", "whitsunday"),
                ("2026-06-19", "midsummer-eve"),
                ("2026-06-20", "midsummer-day"),
                ("2026-10-31", "all-saints-day"),
                ("2026-12-06", "independence-day"),
                ("2026-12-24", "christmas-eve"),
                ("2026-12-25", "christmas-day"),
                ("2026-12-26", "st-stephens-day"),
            ],
        );
    }

    #[test]
    fn holidays_of_2025_and_2027_with_late_midsummer_and_all_saints() {
        check_year(
            2025,
            &[
                ("2025-01-01", "new-years-day"),
                ("2025-01-06", "epiphany"),
                ("2025-04-18", "good-friday"),
                ("2025-04-20", "easter-sunday"),
                ("2025-04-21", "easter-monday"),
                ("2025-05-01", "may-day"),
                ("2025-05-29", "ascension-day"),
                ("2025-06-08", "whitsunday"),
                ("2025-06-20", "midsummer-eve"),
                ("2025-06-21", "midsummer-day"),
                ("2025-11-01", "all-saints-day"),
                ("2025-12-06", "independence-day"),
                ("2025-12-24", "christmas-eve"),
                ("2025-12-25", "christmas-day"),
                ("2025-12-26", "st-stephens-day"),
            ],
        );
        let of_2027 = holidays_in(2027);
        let find = |wanted| of_2027.iter().find(|(_, h)| *h == wanted).map(|(d, _)| *d);
        assert_eq!(find(Holiday::MidsummerEve), Some(date("2027-06-25")));
        assert_eq!(find(Holiday::MidsummerDay), Some(date("2027-06-26")));
        assert_eq!(find(Holiday::AllSaintsDay), Some(date("2027-11-06")));
        assert_eq!(find(Holiday::AscensionDay), Some(date("2027-05-06")));
    }

    #[test]
    fn moving_holidays_keep_their_weekday_every_year() {
        for year in 1583..2600 {
            let on = |holiday: Holiday| holiday.date_in(year).unwrap();
            assert_eq!(on(Holiday::EasterSunday).weekday(), Weekday::Sun, "{year}");
            assert_eq!(on(Holiday::GoodFriday).weekday(), Weekday::Fri, "{year}");
            assert_eq!(on(Holiday::AscensionDay).weekday(), Weekday::Thu, "{year}");
            assert_eq!(on(Holiday::MidsummerEve).weekday(), Weekday::Fri, "{year}");
            assert_eq!(on(Holiday::MidsummerDay), on(Holiday::MidsummerEve).add_days(1));
            let all_saints = on(Holiday::AllSaintsDay);
            assert_eq!(all_saints.weekday(), Weekday::Sat, "{year}");
            assert!(all_saints >= date(&format!("{year}-10-31")));
            assert!(all_saints <= date(&format!("{year}-11-06")));
            let mut dates: Vec<Date> = holidays_in(year).into_iter().map(|(d, _)| d).collect();
            dates.dedup();
            let may_day_is_ascension = on(Holiday::MayDay) == on(Holiday::AscensionDay);
            let distinct = Holiday::ALL.len() - usize::from(may_day_is_ascension);
            assert_eq!(dates.len(), distinct, "two holidays share a date in {year}");
        }
    }

    #[test]
    fn a_date_is_looked_up_as_a_holiday_or_not() {
        assert_eq!(holiday_on(date("2026-12-24")), Some(Holiday::ChristmasEve));
        assert_eq!(holiday_on(date("2026-04-06")), Some(Holiday::EasterMonday));
        assert_eq!(holiday_on(date("2026-06-19")), Some(Holiday::MidsummerEve));
        assert_eq!(holiday_on(date("2026-06-18")), None);
        assert_eq!(holiday_on(date("2026-11-23")), None);
        assert_eq!(holiday_on(date("2008-05-01")), Some(Holiday::MayDay));
        assert_eq!(Holiday::AscensionDay.date_in(2008), Some(date("2008-05-01")));
        assert!(Holiday::ChristmasEve.is_de_facto());
        assert!(!Holiday::ChristmasDay.is_de_facto());
    }

    #[test]
    fn ids_round_trip() {
        for holiday in Holiday::ALL {
            assert_eq!(Holiday::from_id(holiday.id()), Some(holiday));
        }
        assert_eq!(Holiday::from_id("valentines-day"), None);
    }
}
