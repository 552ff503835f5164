//! Which hours apply on one date: an exception for the date, else the weekly rules, unless a
//! public holiday closes the channel.
//!
//! The catalogue's strings are parsed here as they are used. A time or date that does not parse,
//! or an interval that ends before it starts, is skipped: validation reports it to maintainers,
//! and a broken entry must not stop the rest of the hours from showing.

use super::civil::{Date, Time};
use super::holidays::{holiday_on, Holiday};
use crate::catalogue::raw::{Exception, Hours, Weekday};
use crate::sorting;

/// An opening interval on one day: `from` inclusive, `to` exclusive, `to` may be 24:00.
pub type Span = (Time, Time);

/// Why a day has the hours it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The weekly rules (or, for an always-open channel, the whole day).
    Regular,
    /// The exception at this index of `Hours::exceptions`; the UI shows its note.
    Exception(usize),
    /// A public holiday on a day the weekly rules would open.
    Holiday { holiday: Holiday, opening: HolidayOpening },
}

/// What the catalogue says about a channel on public holidays (`open_on_public_holidays`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidayOpening {
    /// Closed: no hours that day.
    Closed,
    /// Open by the weekly rules.
    Open,
    /// Not known: the weekly rules are shown, and the UI says it may be closed.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPlan {
    /// Sorted; overlapping and touching intervals merged, so each is one stretch of openness.
    pub spans: Vec<Span>,
    pub basis: Basis,
}

impl DayPlan {
    /// A whole-day closure by a holiday or an exception (not merely a day without weekly hours).
    pub fn is_closure(&self) -> bool {
        self.spans.is_empty() && self.basis != Basis::Regular
    }
}

/// The hours that apply on `date`.
pub fn day_plan(hours: &Hours, date: Date) -> DayPlan {
    if let Some((index, exception)) = exception_on(hours, date) {
        let spans = if exception.closed {
            Vec::new()
        } else {
            // An exception without intervals opens at no time: it closes the day.
            merged(exception.intervals.iter().filter_map(|i| parse_span(&i.from, &i.to)))
        };
        return DayPlan { spans, basis: Basis::Exception(index) };
    }
    let regular = regular_spans(hours, date.weekday());
    if hours.always_open || regular.is_empty() {
        return DayPlan { spans: regular, basis: Basis::Regular };
    }
    let Some(holiday) = holiday_on(date) else {
        return DayPlan { spans: regular, basis: Basis::Regular };
    };
    let opening = match hours.open_on_public_holidays {
        Some(false) => HolidayOpening::Closed,
        Some(true) => HolidayOpening::Open,
        None => HolidayOpening::Unknown,
    };
    let spans = if opening == HolidayOpening::Closed { Vec::new() } else { regular };
    DayPlan { spans, basis: Basis::Holiday { holiday, opening } }
}

/// The weekly hours on `weekday`, merged; the whole day for an always-open channel.
pub fn regular_spans(hours: &Hours, weekday: Weekday) -> Vec<Span> {
    if hours.always_open {
        return vec![(Time::MIDNIGHT, Time::END_OF_DAY)];
    }
    merged(
        hours
            .weekly
            .iter()
            .filter(|rule| rule.days.contains(&weekday))
            .filter_map(|rule| parse_span(&rule.from, &rule.to)),
    )
}

/// The first exception (in file order) whose dates include `date`.
pub fn exception_on(hours: &Hours, date: Date) -> Option<(usize, &Exception)> {
    hours.exceptions.iter().enumerate().find(|(_, exception)| {
        exception_dates(exception).is_some_and(|(from, to)| (from..=to).contains(&date))
    })
}

/// The first and last date of an exception, or None when they do not parse.
pub fn exception_dates(exception: &Exception) -> Option<(Date, Date)> {
    let from = Date::parse(&exception.from).ok()?;
    let to = match &exception.to {
        Some(to) => Date::parse(to).ok()?,
        None => from,
    };
    Some((from, to))
}

/// An interval from the catalogue, or None when it does not parse or is empty.
pub fn parse_span(from: &str, to: &str) -> Option<Span> {
    let from = Time::parse(from).ok()?;
    let to = Time::parse(to).ok()?;
    (from < to).then_some((from, to))
}

fn merged(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut sorted: Vec<Span> = spans.collect();
    sorting::sort(&mut sorted);
    let mut merged: Vec<Span> = Vec::with_capacity(sorted.len());
    for (from, to) in sorted {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::raw::{Interval, WeeklyRule};

    fn weekly(days: &[Weekday], from: &str, to: &str) -> WeeklyRule {
        WeeklyRule { days: days.to_vec(), from: from.into(), to: to.into() }
    }

    fn exception(
        from: &str,
        to: Option<&str>,
        closed: bool,
        intervals: &[(&str, &str)],
    ) -> Exception {
        Exception {
            from: from.into(),
            to: to.map(Into::into),
            closed,
            intervals: intervals
                .iter()
                .map(|(from, to)| Interval { from: (*from).into(), to: (*to).into() })
                .collect(),
            note: Default::default(),
        }
    }

    /// The plan written as `basis: HH:MM-HH:MM, ...`.
    fn check(hours: &Hours, date: &str, expected: &str) {
        let plan = day_plan(hours, Date::parse(date).unwrap());
        let spans: Vec<String> =
            plan.spans.iter().map(|(from, to)| format!("{from}-{to}")).collect();
        let basis = match plan.basis {
            Basis::Regular => "regular".to_string(),
            Basis::Exception(index) => format!("exception {index}"),
            Basis::Holiday { holiday, opening } => format!("{} {opening:?}", holiday.id()),
        };
        assert_eq!(format!("{basis}: {}", spans.join(", ")), expected, "{date}");
    }

    #[test]
    fn weekly_rules_are_merged_and_sorted() {
        let hours = Hours {
            weekly: vec![
                weekly(&[Weekday::Mon, Weekday::Tue], "12:00", "16:00"),
                weekly(&[Weekday::Mon], "09:00", "11:00"),
                weekly(&[Weekday::Tue], "09:00", "12:00"),
                weekly(&[Weekday::Wed], "09:00", "13:00"),
                weekly(&[Weekday::Wed], "10:00", "11:00"),
                weekly(&[Weekday::Thu], "9:00", "12:00"),
                weekly(&[Weekday::Thu], "14:00", "13:00"),
                weekly(&[Weekday::Thu], "18:00", "24:00"),
            ],
            ..Hours::default()
        };
        check(&hours, "2026-11-23", "regular: 09:00-11:00, 12:00-16:00");
        check(&hours, "2026-11-24", "regular: 09:00-16:00");
        check(&hours, "2026-11-25", "regular: 09:00-13:00");
        check(&hours, "2026-11-26", "regular: 18:00-24:00");
        check(&hours, "2026-11-27", "regular: ");
    }

    #[test]
    fn exceptions_override_weekly_rules_and_holidays() {
        let hours = Hours {
            weekly: vec![weekly(&[Weekday::Mon, Weekday::Thu, Weekday::Fri], "09:00", "16:00")],
            exceptions: vec![
                exception("2026-12-24", None, false, &[("10:00", "12:00")]),
                exception("2026-12-28", Some("2026-12-31"), true, &[]),
                exception("2026-11-23", None, false, &[]),
                exception("2026-11-26", Some("not a date"), true, &[]),
                exception("2026-12-31", None, false, &[("10:00", "12:00")]),
            ],
            open_on_public_holidays: Some(false),
            ..Hours::default()
        };
        check(&hours, "2026-12-24", "exception 0: 10:00-12:00");
        check(&hours, "2026-12-25", "christmas-day Closed: ");
        check(&hours, "2026-12-28", "exception 1: ");
        check(&hours, "2026-12-31", "exception 1: ");
        check(&hours, "2026-11-23", "exception 2: ");
        check(&hours, "2026-11-26", "regular: 09:00-16:00");
        check(&hours, "2027-01-01", "new-years-day Closed: ");
    }

    #[test]
    fn holidays_follow_open_on_public_holidays() {
        let every_day = weekly(
            &[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat],
            "10:00",
            "14:00",
        );
        let with = |open| Hours {
            weekly: vec![every_day.clone()],
            open_on_public_holidays: open,
            ..Hours::default()
        };
        check(&with(Some(false)), "2026-04-06", "easter-monday Closed: ");
        check(&with(Some(true)), "2026-04-06", "easter-monday Open: 10:00-14:00");
        check(&with(None), "2026-04-06", "easter-monday Unknown: 10:00-14:00");
        // Easter Sunday: no weekly hours on Sundays, so the holiday changes nothing.
        check(&with(Some(false)), "2026-04-05", "regular: ");
        check(&with(Some(false)), "2026-04-07", "regular: 10:00-14:00");
        let always =
            Hours { always_open: true, open_on_public_holidays: Some(false), ..with(None) };
        check(&always, "2026-12-25", "regular: 00:00-24:00");
    }

    #[test]
    fn a_closure_is_a_closed_holiday_or_exception_not_a_day_off() {
        let hours = Hours {
            weekly: vec![weekly(&[Weekday::Fri], "09:00", "16:00")],
            exceptions: vec![exception("2026-11-24", None, true, &[])],
            open_on_public_holidays: Some(false),
            ..Hours::default()
        };
        let plan = |date| day_plan(&hours, Date::parse(date).unwrap());
        assert!(plan("2026-11-24").is_closure());
        assert!(plan("2026-06-19").is_closure());
        assert!(!plan("2026-11-23").is_closure());
        assert!(!plan("2026-11-27").is_closure());
    }
}
