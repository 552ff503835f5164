//! Rules for opening hours: real times and dates, intervals that end after they start, and no
//! contradictory flags.

use crate::catalogue::path::JsonPath;
use crate::catalogue::raw::{Exception, Hours, Weekday};
use crate::catalogue::report::Reporter;
use crate::hours::civil::{Date, Time};
use crate::lang::Lang;

pub fn check(hours: &Hours, path: &JsonPath, reporter: &mut Reporter) {
    if hours.always_open && hours.by_appointment {
        reporter.error(
            &path.key("by_appointment"),
            "always_open and by_appointment contradict each other; keep one",
        );
    }
    if hours.always_open && !hours.weekly.is_empty() {
        reporter.error(
            &path.key("weekly"),
            "a channel that is always_open has no weekly hours; remove one of the two",
        );
    }
    let weekly = path.key("weekly");
    for (index, rule) in hours.weekly.iter().enumerate() {
        let at = weekly.index(index);
        check_days(&rule.days, &at, reporter);
        check_interval(&rule.from, &rule.to, &at, reporter);
    }
    let sessions = path.key("sessions");
    for (index, session) in hours.sessions.iter().enumerate() {
        let at = sessions.index(index);
        check_days(&session.days, &at, reporter);
        check_interval(&session.from, &session.to, &at, reporter);
        if session.who.localized(Lang::Fi).is_none() {
            reporter.error(&at.key("who"), "say who is present, e.g. {\"fi\": \"Kela\"}");
        }
    }
    let exceptions = path.key("exceptions");
    for (index, exception) in hours.exceptions.iter().enumerate() {
        check_exception(exception, &exceptions.index(index), reporter);
    }
}

fn check_days(days: &[Weekday], path: &JsonPath, reporter: &mut Reporter) {
    if days.is_empty() {
        reporter.error(&path.key("days"), "list at least one day, e.g. [\"mon\", \"tue\"]");
    }
}

/// `from` and `to` are `HH:MM` times and `from` comes first.
fn check_interval(from: &str, to: &str, path: &JsonPath, reporter: &mut Reporter) {
    let opens = Time::parse(from);
    let closes = Time::parse(to);
    if let Err(message) = &opens {
        reporter.error(&path.key("from"), format!("{message}, e.g. \"09:00\""));
    }
    if let Err(message) = &closes {
        reporter.error(&path.key("to"), format!("{message}, e.g. \"16:00\""));
    }
    if let (Ok(opens), Ok(closes)) = (opens, closes) {
        if opens >= closes {
            reporter.error(
                &path.key("to"),
                format!(
                    "closes at {to} but opens at {from}; the closing time must be later (write \
                     hours that cross midnight as two intervals, the first ending at 24:00)"
                ),
            );
        }
    }
}

fn check_exception(exception: &Exception, path: &JsonPath, reporter: &mut Reporter) {
    let first = Date::parse(&exception.from);
    if let Err(message) = &first {
        reporter.error(&path.key("from"), message.clone());
    }
    if let Some(to) = &exception.to {
        match Date::parse(to) {
            Err(message) => reporter.error(&path.key("to"), message),
            Ok(last) => {
                if first.as_ref().is_ok_and(|first| *first > last) {
                    reporter.error(
                        &path.key("to"),
                        format!("ends on {to}, before it starts on {}", exception.from),
                    );
                }
            }
        }
    }
    if exception.closed && !exception.intervals.is_empty() {
        reporter.error(
            &path.key("intervals"),
            "a closed day has no opening intervals; remove \"closed\" or the intervals",
        );
    }
    if !exception.closed && exception.intervals.is_empty() {
        reporter.error(path, "say \"closed\": true, or give the \"intervals\" it is open");
    }
    let intervals = path.key("intervals");
    for (index, interval) in exception.intervals.iter().enumerate() {
        check_interval(&interval.from, &interval.to, &intervals.index(index), reporter);
    }
}
