//! Europe/Helsinki wall-clock time from a UTC instant and back, by the EU summer-time rule.
//!
//! Finland keeps Eastern European Time (UTC+2) and, from the last Sunday of March at 01:00 UTC
//! to the last Sunday of October at 01:00 UTC, summer time (UTC+3) (Directive 2000/84/EC). The
//! rule is fixed by law and has held since 1981, so it is coded here and tested instead of
//! shipping a time-zone database to the browser. Instants before 1981 get the same rule, which
//! is wrong for them but never asked for.
//!
//! Instants are Unix milliseconds (`Date.now()` in the browser). Local times have minute
//! resolution: seconds are dropped, as every opening hour is on a whole minute.
//!
//! Twice a year the wall clock is not one-to-one with instants:
//! - spring: 03:00–03:59 local does not exist (the clock jumps from 02:59 to 04:00);
//! - autumn: 03:00–03:59 local happens twice (first in summer time, then in standard time).
//!
//! [`resolve`] says which case a local time is in. [`to_utc`] picks, in both cases, the first
//! instant at which a Helsinki clock shows that time or later: for a skipped time that is the
//! jump itself (at 04:00 summer time the clock has passed 03:30, so a desk "opening at 03:30"
//! is open), and for a repeated time its first occurrence. The rule is monotonic, so a later
//! local time never maps to an earlier instant.

use super::civil::{Date, LocalDateTime, Time};

const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;

/// UTC+2, Eastern European Time.
pub const STANDARD_OFFSET_MINUTES: i32 = 120;
/// UTC+3, Eastern European Summer Time.
pub const SUMMER_OFFSET_MINUTES: i32 = 180;

/// How a local wall-clock time maps onto instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// An ordinary time: exactly one instant shows it.
    Unique(i64),
    /// In the hour skipped in spring: no instant shows it; the clock jumps past it at this instant.
    Skipped { clocks_jump_at: i64 },
    /// In the hour repeated in autumn: shown first in summer time, then an hour later again.
    Repeated { first: i64, second: i64 },
}

/// The instants (Unix ms) at which summer time starts and ends in `year`.
pub fn summer_time(year: i32) -> (i64, i64) {
    (switch_instant(year, 3), switch_instant(year, 10))
}

/// 01:00 UTC on the last Sunday of `month`.
fn switch_instant(year: i32, month: u8) -> i64 {
    let last_day = Date::new(year, month, 31).unwrap_or(Date::MAX);
    let days_after_sunday = last_day.weekday().index_from_monday() as i64 + 1;
    let last_sunday = last_day.add_days(-(days_after_sunday % 7));
    last_sunday.days_from_civil().saturating_mul(DAY_MS).saturating_add(HOUR_MS)
}

/// Minutes east of UTC in Helsinki at the instant `utc_ms`.
pub fn offset_minutes(utc_ms: i64) -> i32 {
    let utc_date = date_of_day_count(utc_ms.div_euclid(DAY_MS));
    let (starts, ends) = summer_time(utc_date.year());
    if (starts..ends).contains(&utc_ms) {
        SUMMER_OFFSET_MINUTES
    } else {
        STANDARD_OFFSET_MINUTES
    }
}

/// The Helsinki wall-clock time at the instant `utc_ms`, seconds dropped.
pub fn to_local(utc_ms: i64) -> LocalDateTime {
    let local_ms = utc_ms.saturating_add(i64::from(offset_minutes(utc_ms)) * MINUTE_MS);
    let date = date_of_day_count(local_ms.div_euclid(DAY_MS));
    let minutes = local_ms.rem_euclid(DAY_MS) / MINUTE_MS;
    let time = Time::from_minutes(minutes as u16).unwrap_or(Time::MIDNIGHT);
    LocalDateTime { date, time }
}

/// Which instants show the local time `local` on a Helsinki clock.
pub fn resolve(local: LocalDateTime) -> Resolved {
    let as_if_utc = local
        .date
        .days_from_civil()
        .saturating_mul(DAY_MS)
        .saturating_add(i64::from(local.time.minutes()) * MINUTE_MS);
    let in_offset = |offset: i32| {
        let instant = as_if_utc.saturating_sub(i64::from(offset) * MINUTE_MS);
        (offset_minutes(instant) == offset).then_some(instant)
    };
    match (in_offset(SUMMER_OFFSET_MINUTES), in_offset(STANDARD_OFFSET_MINUTES)) {
        (Some(first), Some(second)) => Resolved::Repeated { first, second },
        (Some(only), None) | (None, Some(only)) => Resolved::Unique(only),
        (None, None) => Resolved::Skipped { clocks_jump_at: summer_time(local.date.year()).0 },
    }
}

/// The first instant at which a Helsinki clock shows `local` or a later time (see the module
/// documentation for the two switch days).
pub fn to_utc(local: LocalDateTime) -> i64 {
    match resolve(local) {
        Resolved::Unique(instant) => instant,
        Resolved::Skipped { clocks_jump_at } => clocks_jump_at,
        Resolved::Repeated { first, .. } => first,
    }
}

/// The first summer-time switch strictly after `utc_ms`: the moments the wall clock jumps.
pub fn next_switch_after(utc_ms: i64) -> i64 {
    let year = date_of_day_count(utc_ms.div_euclid(DAY_MS)).year();
    let (starts, ends) = summer_time(year);
    [starts, ends]
        .into_iter()
        .find(|&switch| switch > utc_ms)
        .unwrap_or_else(|| summer_time(year.saturating_add(1)).0)
}

fn date_of_day_count(days: i64) -> Date {
    Date::civil_from_days(days).unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix ms of a UTC time written `YYYY-MM-DDTHH:MM`.
    fn utc(text: &str) -> i64 {
        let moment = LocalDateTime::parse(text).unwrap();
        moment.date.days_from_civil() * DAY_MS + i64::from(moment.time.minutes()) * MINUTE_MS
    }

    fn local(text: &str) -> LocalDateTime {
        LocalDateTime::parse(text).unwrap()
    }

    fn check_to_local(utc_text: &str, expected_local: &str) {
        assert_eq!(to_local(utc(utc_text)).to_string(), expected_local, "UTC {utc_text}");
    }

    #[test]
    fn winter_is_utc_plus_two_and_summer_utc_plus_three() {
        check_to_local("2026-01-15T10:00", "2026-01-15T12:00");
        check_to_local("2026-06-20T10:00", "2026-06-20T13:00");
        check_to_local("2026-12-31T22:00", "2027-01-01T00:00");
        check_to_local("2026-12-31T21:59", "2026-12-31T23:59");
        check_to_local("1969-12-31T23:00", "1970-01-01T01:00");
        assert_eq!(to_local(utc("2026-01-15T10:00") + 59_999).time, Time::new(12, 0).unwrap());
    }

    #[test]
    fn spring_switch_day_2026_03_29_skips_three_oclock() {
        check_to_local("2026-03-28T23:59", "2026-03-29T01:59");
        check_to_local("2026-03-29T00:59", "2026-03-29T02:59");
        check_to_local("2026-03-29T01:00", "2026-03-29T04:00");
        check_to_local("2026-03-29T12:00", "2026-03-29T15:00");
        assert_eq!(summer_time(2026).0, utc("2026-03-29T01:00"));
    }

    #[test]
    fn autumn_switch_day_2026_10_25_repeats_three_oclock() {
        check_to_local("2026-10-25T00:00", "2026-10-25T03:00");
        check_to_local("2026-10-25T00:59", "2026-10-25T03:59");
        check_to_local("2026-10-25T01:00", "2026-10-25T03:00");
        check_to_local("2026-10-25T01:59", "2026-10-25T03:59");
        check_to_local("2026-10-25T02:00", "2026-10-25T04:00");
        assert_eq!(summer_time(2026).1, utc("2026-10-25T01:00"));
    }

    #[test]
    fn switches_fall_on_the_last_sunday_of_march_and_october() {
        for (year, march, october) in [
            (2024, "2024-03-31T01:00", "2024-10-27T01:00"),
            (2025, "2025-03-30T01:00", "2025-10-26T01:00"),
            (2027, "2027-03-28T01:00", "2027-10-31T01:00"),
            (2029, "2029-03-25T01:00", "2029-10-28T01:00"),
        ] {
            assert_eq!(summer_time(year), (utc(march), utc(october)), "{year}");
        }
    }

    fn check_resolve(local_text: &str, expected: Resolved) {
        assert_eq!(resolve(local(local_text)), expected, "local {local_text}");
    }

    #[test]
    fn local_times_resolve_to_instants() {
        check_resolve("2026-01-15T12:00", Resolved::Unique(utc("2026-01-15T10:00")));
        check_resolve("2026-03-29T02:59", Resolved::Unique(utc("2026-03-29T00:59")));
        check_resolve(
            "2026-03-29T03:00",
            Resolved::Skipped { clocks_jump_at: utc("2026-03-29T01:00") },
        );
        check_resolve(
            "2026-03-29T03:59",
            Resolved::Skipped { clocks_jump_at: utc("2026-03-29T01:00") },
        );
        check_resolve("2026-03-29T04:00", Resolved::Unique(utc("2026-03-29T01:00")));
        check_resolve("2026-10-25T02:59", Resolved::Unique(utc("2026-10-24T23:59")));
        check_resolve(
            "2026-10-25T03:30",
            Resolved::Repeated { first: utc("2026-10-25T00:30"), second: utc("2026-10-25T01:30") },
        );
        check_resolve("2026-10-25T04:00", Resolved::Unique(utc("2026-10-25T02:00")));
    }

    #[test]
    fn to_utc_is_the_first_instant_the_clock_shows_the_time_or_later() {
        assert_eq!(to_utc(local("2026-03-29T03:30")), utc("2026-03-29T01:00"));
        assert_eq!(to_utc(local("2026-10-25T03:30")), utc("2026-10-25T00:30"));
        assert_eq!(to_utc(local("2026-07-01T09:00")), utc("2026-07-01T06:00"));
        // Round trip over both switch days, minute by minute.
        for start in [utc("2026-03-28T20:00"), utc("2026-10-24T20:00")] {
            for minute in 0..(30 * 60) {
                let instant = start + minute * MINUTE_MS;
                let shown = to_local(instant);
                let back = to_utc(shown);
                assert!(back <= instant, "{shown}");
                assert_eq!(to_local(back), shown);
            }
        }
        // Monotonic: walking the local clock forward never walks back in time.
        for day in ["2026-03-29", "2026-10-25"] {
            let date = Date::parse(day).unwrap();
            let mut previous = i64::MIN;
            for minutes in 0..(24 * 60) {
                let time = Time::from_minutes(minutes).unwrap();
                let instant = to_utc(LocalDateTime { date, time });
                assert!(instant >= previous, "{day}T{time}");
                previous = instant;
            }
        }
    }

    #[test]
    fn the_next_switch_is_found_across_years() {
        assert_eq!(next_switch_after(utc("2026-01-01T00:00")), utc("2026-03-29T01:00"));
        assert_eq!(next_switch_after(utc("2026-03-29T01:00")), utc("2026-10-25T01:00"));
        assert_eq!(next_switch_after(utc("2026-11-01T00:00")), utc("2027-03-28T01:00"));
    }

    #[test]
    fn extreme_instants_do_not_panic() {
        for instant in [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX - 1, i64::MAX] {
            let shown = to_local(instant);
            let _ = to_utc(shown);
            let _ = next_switch_after(instant);
        }
    }
}
