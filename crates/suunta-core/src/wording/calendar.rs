//! Times, dates and weekdays as each language writes them: `16.00` in Finnish and Swedish,
//! `16:00` in English; `24.11.2026` or `24 November 2026`.

use super::l10n;
use super::pick;
use crate::catalogue::raw::Weekday;
use crate::hours::civil::{Date, Time};
use crate::lang::Lang;
use crate::words::Words;

/// A wall-clock time: `9.00` (fi, sv), `09:00` (en); the end of the day is `24.00` / midnight.
pub fn time(time: Time, lang: Lang) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{:02}", time.hour(), time.minute()),
        Lang::En if time == Time::END_OF_DAY => "midnight".to_owned(),
        Lang::En => time.to_string(),
    }
}

/// An interval: `9.00–16.00`.
pub fn span(from: Time, to: Time, lang: Lang) -> String {
    format!("{}–{}", self::time(from, lang), self::time(to, lang))
}

/// A full date: `24.11.2026` (fi, sv), `24 November 2026` (en).
pub fn date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", date.day(), date.month(), date.year()),
        Lang::En => format!("{} {} {}", date.day(), month_name(date.month()), date.year()),
    }
}

/// A date within the year: `24.11.` (fi), `24.11` (sv), `24 November` (en).
pub fn day_of_year(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!("{}.{}.", date.day(), date.month()),
        Lang::Sv => format!("{}.{}", date.day(), date.month()),
        Lang::En => format!("{} {}", date.day(), month_name(date.month())),
    }
}

fn month_name(month: u8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS.get(usize::from(month.saturating_sub(1))).copied().unwrap_or("")
}

/// The weekday's name as a table row or list item: "maanantai", "måndag", "Monday".
pub fn weekday(day: Weekday, lang: Lang) -> &'static str {
    pick(weekday_words(day).name, lang)
}

/// "on Monday" inside a sentence: "maanantaina", "på måndag", "on Monday".
pub fn on_weekday(day: Weekday, lang: Lang) -> &'static str {
    pick(weekday_words(day).on, lang)
}

/// "until Monday" inside a sentence: "maanantaihin", "till måndag", "until Monday".
pub fn until_weekday(day: Weekday, lang: Lang) -> &'static str {
    pick(weekday_words(day).until, lang)
}

struct WeekdayWords {
    name: Words,
    on: Words,
    until: Words,
}

fn weekday_words(day: Weekday) -> WeekdayWords {
    let (name, on, until) = match day {
        Weekday::Mon => (l10n::WEEKDAY_MON, l10n::ON_WEEKDAY_MON, l10n::UNTIL_WEEKDAY_MON),
        Weekday::Tue => (l10n::WEEKDAY_TUE, l10n::ON_WEEKDAY_TUE, l10n::UNTIL_WEEKDAY_TUE),
        Weekday::Wed => (l10n::WEEKDAY_WED, l10n::ON_WEEKDAY_WED, l10n::UNTIL_WEEKDAY_WED),
        Weekday::Thu => (l10n::WEEKDAY_THU, l10n::ON_WEEKDAY_THU, l10n::UNTIL_WEEKDAY_THU),
        Weekday::Fri => (l10n::WEEKDAY_FRI, l10n::ON_WEEKDAY_FRI, l10n::UNTIL_WEEKDAY_FRI),
        Weekday::Sat => (l10n::WEEKDAY_SAT, l10n::ON_WEEKDAY_SAT, l10n::UNTIL_WEEKDAY_SAT),
        Weekday::Sun => (l10n::WEEKDAY_SUN, l10n::ON_WEEKDAY_SUN, l10n::UNTIL_WEEKDAY_SUN),
    };
    WeekdayWords { name, on, until }
}
