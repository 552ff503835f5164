//! Calendar dates and wall-clock times, with the exact parsers the catalogue format needs.
//!
//! Dates are proleptic Gregorian. Day arithmetic goes through a day count since 1970-01-01
//! (Howard Hinnant's `days_from_civil` / `civil_from_days`, see
//! <https://howardhinnant.github.io/date_algorithms.html>), which is exact for every year we
//! can parse and needs no tables.

use std::fmt;

use crate::catalogue::raw::Weekday;

/// A calendar date. Only [`Date::new`], [`Date::parse`] and day arithmetic build one, so it is
/// always a real date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, or None when there is no such day (2026-02-29, month 13, day 0).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`: four-digit year, two-digit month and day, a real date.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&i| bytes[i].is_ascii_digit());
        if !shaped {
            return Err(format!("\"{text}\" is not a date written as YYYY-MM-DD"));
        }
        let year = digits(&bytes[0..4]) as i32;
        let month = digits(&bytes[5..7]) as u8;
        let day = digits(&bytes[8..10]) as u8;
        Date::new(year, month, day).ok_or_else(|| format!("\"{text}\" is not a date that exists"))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_from_civil(self) -> i64 {
        let month = i64::from(self.month);
        let day = i64::from(self.day);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days after 1970-01-01. None outside the years an `i32` holds.
    pub fn civil_from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Some(Date { year: i32::try_from(year).ok()?, month: month as u8, day: day as u8 })
    }

    /// The date `days` later (earlier when negative). Saturates at the ends of the `i32` years
    /// instead of panicking, far beyond any date a catalogue holds.
    pub fn add_days(self, days: i64) -> Date {
        let target = self.days_from_civil().saturating_add(days);
        Date::civil_from_days(target).unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
    }

    pub const MIN: Date = Date { year: i32::MIN, month: 1, day: 1 };
    pub const MAX: Date = Date { year: i32::MAX, month: 12, day: 31 };

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_from_civil() - self.days_from_civil()
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        const FROM_THURSDAY: [Weekday; 7] = [
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
        ];
        FROM_THURSDAY[self.days_from_civil().rem_euclid(7) as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(ascii_digits: &[u8]) -> u32 {
    ascii_digits.iter().fold(0, |value, digit| value * 10 + u32::from(digit - b'0'))
}

/// A wall-clock time as minutes since midnight, 00:00 to 24:00 inclusive. 24:00 is the end of
/// the day, so "open 08:00–24:00" needs no special case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time(u16);

impl Time {
    pub const MIDNIGHT: Time = Time(0);
    pub const END_OF_DAY: Time = Time(24 * 60);

    /// The time, or None past 24:00 or with minutes past 59.
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        let minutes = u16::from(hour) * 60 + u16::from(minute);
        (minute < 60 && minutes <= 24 * 60).then_some(Time(minutes))
    }

    pub fn from_minutes(minutes: u16) -> Option<Time> {
        (minutes <= 24 * 60).then_some(Time(minutes))
    }

    /// Parses exactly `HH:MM`, 00:00 to 24:00.
    pub fn parse(text: &str) -> Result<Time, String> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 5
            && bytes[2] == b':'
            && [0, 1, 3, 4].iter().all(|&i| bytes[i].is_ascii_digit());
        if !shaped {
            return Err(format!("\"{text}\" is not a time written as HH:MM"));
        }
        Time::new(digits(&bytes[0..2]) as u8, digits(&bytes[3..5]) as u8)
            .ok_or_else(|| format!("\"{text}\" is not a time between 00:00 and 24:00"))
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    pub fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// A date and a wall-clock time on it, with no time zone attached. `time` is below 24:00 for
/// a moment; 24:00 only appears as the end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalDateTime {
    pub date: Date,
    pub time: Time,
}

impl LocalDateTime {
    pub fn new(date: Date, time: Time) -> LocalDateTime {
        LocalDateTime { date, time }
    }

    /// Parses `YYYY-MM-DDTHH:MM` (or with a space instead of `T`); handy in tests and the CLI.
    pub fn parse(text: &str) -> Result<LocalDateTime, String> {
        let (date, time) = text
            .split_once(['T', ' '])
            .ok_or_else(|| format!("\"{text}\" is not written as YYYY-MM-DDTHH:MM"))?;
        let date = Date::parse(date)?;
        let time = Time::parse(time)?;
        if time == Time::END_OF_DAY {
            return Err(format!("\"{text}\" is not a moment: write 00:00 of the next day"));
        }
        Ok(LocalDateTime { date, time })
    }
}

impl fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

/// The catalogue's weekdays, Monday first as in Finland.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl Weekday {
    /// 0 for Monday to 6 for Sunday.
    pub fn index_from_monday(self) -> usize {
        self as usize
    }

    /// Inverse of [`Weekday::index_from_monday`], None past 6.
    pub fn from_index_from_monday(index: usize) -> Option<Weekday> {
        WEEK.get(index).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_date(text: &str, expected: Result<(i32, u8, u8, Weekday), &str>) {
        let parsed = Date::parse(text).map(|d| (d.year(), d.month(), d.day(), d.weekday()));
        match (parsed, expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{text}"),
            (Err(got), Err(want)) => assert!(got.contains(want), "{text}: {got}"),
            (got, want) => panic!("{text}: got {got:?}, expected {want:?}"),
        }
    }

    #[test]
    fn dates_parse_exactly() {
        check_date("2026-11-23", Ok((2026, 11, 23, Weekday::Mon)));
        check_date("1970-01-01", Ok((1970, 1, 1, Weekday::Thu)));
        check_date("2024-02-29", Ok((2024, 2, 29, Weekday::Thu)));
        check_date("2000-02-29", Ok((2000, 2, 29, Weekday::Tue)));
        check_date("1969-12-31", Ok((1969, 12, 31, Weekday::Wed)));
        check_date("2026-02-29", Err("not a date that exists"));
        check_date("1900-02-29", Err("not a date that exists"));
        check_date("2026-13-01", Err("not a date that exists"));
        check_date("2026-04-31", Err("not a date that exists"));
        check_date("2026-01-00", Err("not a date that exists"));
        check_date("2026-1-01", Err("YYYY-MM-DD"));
        check_date("26-01-01", Err("YYYY-MM-DD"));
        check_date("2026/01/01", Err("YYYY-MM-DD"));
        check_date("2026-01-01 ", Err("YYYY-MM-DD"));
        check_date("+026-01-01", Err("YYYY-MM-DD"));
        check_date("", Err("YYYY-MM-DD"));
        check_date("2026-01-0é", Err("YYYY-MM-DD"));
        check_date("ääää-01-01", Err("YYYY-MM-DD"));
    }

    #[test]
    fn day_counts_round_trip() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(date("1970-01-01").days_from_civil(), 0);
        assert_eq!(date("2000-03-01").days_from_civil(), 11_017);
        assert_eq!(date("1969-12-31").days_from_civil(), -1);
        for days in -800_000..800_000 {
            let d = Date::civil_from_days(days).unwrap();
            assert_eq!(d.days_from_civil(), days);
            assert_eq!(Date::new(d.year(), d.month(), d.day()), Some(d));
        }
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(date("2026-12-31").add_days(1), date("2027-01-01"));
        assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
        assert_eq!(date("2026-02-28").add_days(1), date("2026-03-01"));
        assert_eq!(date("2026-03-01").add_days(-1), date("2026-02-28"));
        assert_eq!(date("2026-11-23").add_days(14), date("2026-12-07"));
        assert_eq!(date("2026-11-23").days_until(date("2026-12-07")), 14);
        assert_eq!(date("2026-11-23").add_days(i64::MAX), Date::MAX);
        assert_eq!(date("2026-11-23").add_days(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.add_days(1), Date::MAX);
    }

    fn check_time(text: &str, expected: Result<u16, &str>) {
        match (Time::parse(text), expected) {
            (Ok(got), Ok(want)) => assert_eq!(got.minutes(), want, "{text}"),
            (Err(got), Err(want)) => assert!(got.contains(want), "{text}: {got}"),
            (got, want) => panic!("{text}: got {got:?}, expected {want:?}"),
        }
    }

    #[test]
    fn times_parse_from_midnight_to_end_of_day() {
        check_time("00:00", Ok(0));
        check_time("08:30", Ok(510));
        check_time("23:59", Ok(1439));
        check_time("24:00", Ok(1440));
        check_time("24:01", Err("between 00:00 and 24:00"));
        check_time("25:00", Err("between 00:00 and 24:00"));
        check_time("12:60", Err("between 00:00 and 24:00"));
        check_time("8:30", Err("HH:MM"));
        check_time("08.30", Err("HH:MM"));
        check_time("08:30:00", Err("HH:MM"));
        check_time("", Err("HH:MM"));
        check_time("0é:00", Err("HH:MM"));
        assert_eq!(Time::parse("09:05").unwrap().to_string(), "09:05");
        assert_eq!(Time::END_OF_DAY.to_string(), "24:00");
    }

    #[test]
    fn local_date_times_parse_and_print() {
        let moment = LocalDateTime::parse("2026-03-29T03:30").unwrap();
        assert_eq!(moment.date, Date::parse("2026-03-29").unwrap());
        assert_eq!(moment.time, Time::new(3, 30).unwrap());
        assert_eq!(moment.to_string(), "2026-03-29T03:30");
        assert_eq!(LocalDateTime::parse("2026-03-29 03:30"), Ok(moment));
        assert!(LocalDateTime::parse("2026-03-29T24:00").is_err());
        assert!(LocalDateTime::parse("2026-03-29").is_err());
    }

    #[test]
    fn weekdays_map_to_monday_first_indexes() {
        for (index, weekday) in WEEK.into_iter().enumerate() {
            assert_eq!(weekday.index_from_monday(), index);
            assert_eq!(Weekday::from_index_from_monday(index), Some(weekday));
        }
        assert_eq!(Weekday::from_index_from_monday(7), None);
        let monday = Date::parse("2026-11-23").unwrap();
        for offset in 0..7 {
            assert_eq!(monday.add_days(offset).weekday(), WEEK[offset as usize]);
        }
    }
}
