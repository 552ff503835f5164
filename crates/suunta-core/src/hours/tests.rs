//! Opening-hours status through named edge cases. Each case states the moment, the status as a
//! short phrase (see `describe`) and the next moment the status changes.

use super::civil::{Date, LocalDateTime};
use super::helsinki;
use super::holidays::Holiday;
use super::plan::{Basis, HolidayOpening};
use super::schedule::{sessions, upcoming_exceptions, week_table, Deviation};
use super::status::{
    next_change, next_change_utc, status_at, Closure, Moment, OpenStatus, Opening, RelativeDay,
};
use crate::catalogue::raw::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use crate::catalogue::raw::{Exception, Hours, Interval, Session, Text, Weekday, WeeklyRule};

const WEEKDAYS: &[Weekday] = &[Mon, Tue, Wed, Thu, Fri];
const EVERY_DAY: &[Weekday] = &[Mon, Tue, Wed, Thu, Fri, Sat, Sun];

fn rule(days: &[Weekday], from: &str, to: &str) -> WeeklyRule {
    WeeklyRule { days: days.to_vec(), from: from.into(), to: to.into() }
}

fn weekly(rules: &[(&[Weekday], &str, &str)]) -> Hours {
    Hours {
        weekly: rules.iter().map(|(days, from, to)| rule(days, from, to)).collect(),
        ..Hours::default()
    }
}

fn closed_on(from: &str, to: Option<&str>) -> Exception {
    Exception {
        from: from.into(),
        to: to.map(Into::into),
        closed: true,
        intervals: Vec::new(),
        note: Text::default(),
    }
}

fn special_hours(date: &str, from: &str, to: &str) -> Exception {
    Exception {
        from: date.into(),
        to: None,
        closed: false,
        intervals: vec![Interval { from: from.into(), to: to.into() }],
        note: Text::default(),
    }
}

/// A weekday office: Mon–Fri 09:00–16:00, closed on public holidays.
fn office() -> Hours {
    Hours { open_on_public_holidays: Some(false), ..weekly(&[(WEEKDAYS, "09:00", "16:00")]) }
}

fn local(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).unwrap()
}

fn describe_moment(moment: &Moment) -> String {
    let day = match moment.day {
        RelativeDay::Today => "today".to_string(),
        RelativeDay::Tomorrow => "tomorrow".to_string(),
        RelativeDay::ThisWeek(weekday) => format!("{weekday:?}"),
        RelativeDay::Later => moment.at.date.to_string(),
    };
    format!("{day} {}", moment.at.time)
}

fn describe_basis(basis: Basis) -> String {
    match basis {
        Basis::Regular => String::new(),
        Basis::Exception(index) => format!(" [exception {index}]"),
        Basis::Holiday { holiday, opening } => format!(" [{} {opening:?}]", holiday.id()),
    }
}

/// The status as a short phrase, close to what the UI will say.
fn describe(status: OpenStatus) -> String {
    match status {
        OpenStatus::Unknown => "unknown".into(),
        OpenStatus::ByAppointment => "by appointment".into(),
        OpenStatus::AlwaysOpen => "always open".into(),
        OpenStatus::Open { closes, today } => {
            let until = closes.map_or("beyond the horizon".into(), |m| describe_moment(&m));
            format!("open until {until}{}", describe_basis(today))
        }
        OpenStatus::Closed { opens, closed_today } => {
            let why = match closed_today {
                None => String::new(),
                Some(Closure::Holiday(holiday)) => format!(" today ({})", holiday.id()),
                Some(Closure::Exception(index)) => format!(" today (exception {index})"),
            };
            let next = match opens {
                Some(Opening { at, basis }) => {
                    format!("opens {}{}", describe_moment(&at), describe_basis(basis))
                }
                None => "no opening within 14 days".into(),
            };
            format!("closed{why}, {next}")
        }
    }
}

/// The status at `now`, and the next moment it changes.
fn check(hours: &Hours, now: &str, expected_status: &str, expected_change: Option<&str>) {
    let now = local(now);
    assert_eq!(describe(status_at(hours, now)), expected_status, "status at {now}");
    let change = next_change(hours, now).map(|moment| moment.to_string());
    assert_eq!(change.as_deref(), expected_change, "next change after {now}");
}

// 2026-11-23 is a Monday.

#[test]
fn open_and_closing_later_today() {
    check(&office(), "2026-11-23T10:00", "open until today 16:00", Some("2026-11-23T16:00"));
    check(&office(), "2026-11-23T09:00", "open until today 16:00", Some("2026-11-23T16:00"));
    check(&office(), "2026-11-23T15:59", "open until today 16:00", Some("2026-11-23T16:00"));
}

#[test]
fn the_status_is_a_typed_value_for_the_ui_to_word() {
    let now = local("2026-11-27T17:00");
    let monday_nine = local("2026-11-30T09:00");
    assert_eq!(
        status_at(&office(), now),
        OpenStatus::Closed {
            opens: Some(Opening {
                at: Moment { at: monday_nine, day: RelativeDay::ThisWeek(Mon) },
                basis: Basis::Regular,
            }),
            closed_today: None,
        }
    );
    let christmas_eve = local("2026-12-24T10:00");
    assert!(matches!(
        status_at(&office(), christmas_eve),
        OpenStatus::Closed { closed_today: Some(Closure::Holiday(Holiday::ChristmasEve)), .. }
    ));
}

#[test]
fn before_opening_and_after_closing() {
    check(&office(), "2026-11-23T08:59", "closed, opens today 09:00", Some("2026-11-23T09:00"));
    check(&office(), "2026-11-23T16:00", "closed, opens tomorrow 09:00", Some("2026-11-24T00:00"));
    check(&office(), "2026-11-24T00:00", "closed, opens today 09:00", Some("2026-11-24T09:00"));
}

#[test]
fn midnight_open_until_24_00() {
    let evenings = weekly(&[(&[Fri], "18:00", "24:00")]);
    check(&evenings, "2026-11-27T23:59", "open until today 24:00", Some("2026-11-28T00:00"));
    // "Opens Fri" holds until Thursday's midnight makes it "tomorrow".
    check(&evenings, "2026-11-28T00:00", "closed, opens Fri 18:00", Some("2026-12-03T00:00"));
}

#[test]
fn midnight_overnight_hours_written_as_two_intervals() {
    let night_line = weekly(&[(&[Fri], "20:00", "24:00"), (&[Sat], "00:00", "02:00")]);
    check(&night_line, "2026-11-27T23:00", "open until tomorrow 02:00", Some("2026-11-28T00:00"));
    check(&night_line, "2026-11-28T00:00", "open until today 02:00", Some("2026-11-28T02:00"));
    check(&night_line, "2026-11-28T01:59", "open until today 02:00", Some("2026-11-28T02:00"));
    check(&night_line, "2026-11-28T02:00", "closed, opens Fri 20:00", Some("2026-12-03T00:00"));
    check(&night_line, "2026-11-27T19:59", "closed, opens today 20:00", Some("2026-11-27T20:00"));
}

#[test]
fn midnight_interval_starting_at_00_00() {
    let early = weekly(&[(&[Tue], "00:00", "06:00")]);
    check(&early, "2026-11-24T00:00", "open until today 06:00", Some("2026-11-24T06:00"));
    check(&early, "2026-11-23T23:59", "closed, opens tomorrow 00:00", Some("2026-11-24T00:00"));
}

#[test]
fn closed_day() {
    let closed_wednesdays = weekly(&[(&[Mon, Tue, Thu, Fri], "09:00", "16:00")]);
    check(
        &closed_wednesdays,
        "2026-11-25T12:00",
        "closed, opens tomorrow 09:00",
        Some("2026-11-26T00:00"),
    );
    check(
        &closed_wednesdays,
        "2026-11-24T17:00",
        "closed, opens Thu 09:00",
        Some("2026-11-25T00:00"),
    );
}

#[test]
fn several_intervals_a_day() {
    let split = weekly(&[(WEEKDAYS, "09:00", "11:00"), (WEEKDAYS, "12:00", "16:00")]);
    check(&split, "2026-11-23T10:30", "open until today 11:00", Some("2026-11-23T11:00"));
    check(&split, "2026-11-23T11:30", "closed, opens today 12:00", Some("2026-11-23T12:00"));
    check(&split, "2026-11-23T12:00", "open until today 16:00", Some("2026-11-23T16:00"));
    // Touching intervals are one stretch of openness.
    let touching = weekly(&[(WEEKDAYS, "09:00", "12:00"), (WEEKDAYS, "12:00", "16:00")]);
    check(&touching, "2026-11-23T10:00", "open until today 16:00", Some("2026-11-23T16:00"));
}

#[test]
fn opens_tomorrow_and_on_monday_across_a_weekend() {
    // Saturday's midnight changes nothing: it still opens on Monday.
    check(&office(), "2026-11-27T17:00", "closed, opens Mon 09:00", Some("2026-11-29T00:00"));
    check(&office(), "2026-11-28T12:00", "closed, opens Mon 09:00", Some("2026-11-29T00:00"));
    check(&office(), "2026-11-29T12:00", "closed, opens tomorrow 09:00", Some("2026-11-30T00:00"));
}

#[test]
fn exception_day_closed() {
    let hours = Hours { exceptions: vec![closed_on("2026-11-25", None)], ..office() };
    check(
        &hours,
        "2026-11-25T10:00",
        "closed today (exception 0), opens tomorrow 09:00",
        Some("2026-11-26T00:00"),
    );
    check(&hours, "2026-11-24T17:00", "closed, opens Thu 09:00", Some("2026-11-25T00:00"));
    check(&hours, "2026-11-24T10:00", "open until today 16:00", Some("2026-11-24T16:00"));
}

#[test]
fn exception_closed_for_longer_than_the_horizon() {
    let hours = Hours { exceptions: vec![closed_on("2026-11-23", Some("2027-01-31"))], ..office() };
    check(
        &hours,
        "2026-11-23T10:00",
        "closed today (exception 0), no opening within 14 days",
        None,
    );
    check(
        &hours,
        "2027-01-29T10:00",
        "closed today (exception 0), opens Mon 09:00",
        Some("2027-01-31T00:00"),
    );
}

#[test]
fn exception_day_with_special_hours() {
    let hours =
        Hours { exceptions: vec![special_hours("2026-11-25", "10:00", "12:00")], ..office() };
    check(
        &hours,
        "2026-11-25T08:00",
        "closed, opens today 10:00 [exception 0]",
        Some("2026-11-25T10:00"),
    );
    check(
        &hours,
        "2026-11-25T10:30",
        "open until today 12:00 [exception 0]",
        Some("2026-11-25T12:00"),
    );
    check(&hours, "2026-11-25T13:00", "closed, opens tomorrow 09:00", Some("2026-11-26T00:00"));
    // A special opening on a day the weekly rules keep closed.
    let saturday =
        Hours { exceptions: vec![special_hours("2026-11-28", "10:00", "14:00")], ..office() };
    check(
        &saturday,
        "2026-11-27T17:00",
        "closed, opens tomorrow 10:00 [exception 0]",
        Some("2026-11-28T00:00"),
    );
}

#[test]
fn holiday_christmas() {
    // 24–26 December 2026 are Thursday to Saturday.
    check(&office(), "2026-12-23T17:00", "closed, opens Mon 09:00", Some("2026-12-24T00:00"));
    check(
        &office(),
        "2026-12-24T10:00",
        "closed today (christmas-eve), opens Mon 09:00",
        Some("2026-12-25T00:00"),
    );
    check(
        &office(),
        "2026-12-25T10:00",
        "closed today (christmas-day), opens Mon 09:00",
        Some("2026-12-26T00:00"),
    );
}

#[test]
fn holiday_midsummer_eve() {
    check(
        &office(),
        "2026-06-19T10:00",
        "closed today (midsummer-eve), opens Mon 09:00",
        Some("2026-06-20T00:00"),
    );
    check(&office(), "2026-06-18T10:00", "open until today 16:00", Some("2026-06-18T16:00"));
}

#[test]
fn holiday_easter_from_good_friday_to_easter_monday() {
    check(&office(), "2026-04-02T17:00", "closed, opens Tue 09:00", Some("2026-04-03T00:00"));
    check(
        &office(),
        "2026-04-06T10:00",
        "closed today (easter-monday), opens tomorrow 09:00",
        Some("2026-04-07T00:00"),
    );
}

#[test]
fn holiday_all_saints_day_on_a_saturday() {
    let saturdays_too = Hours {
        open_on_public_holidays: Some(false),
        ..weekly(&[(WEEKDAYS, "09:00", "16:00"), (&[Sat], "10:00", "14:00")])
    };
    check(
        &saturdays_too,
        "2026-10-31T11:00",
        "closed today (all-saints-day), opens Mon 09:00",
        Some("2026-11-01T00:00"),
    );
    check(&saturdays_too, "2026-11-07T11:00", "open until today 14:00", Some("2026-11-07T14:00"));
}

#[test]
fn holiday_with_unknown_opening_keeps_weekly_hours_with_a_warning() {
    let unsure = weekly(&[(WEEKDAYS, "09:00", "16:00")]);
    check(
        &unsure,
        "2026-04-06T10:00",
        "open until today 16:00 [easter-monday Unknown]",
        Some("2026-04-06T16:00"),
    );
    check(
        &unsure,
        "2026-04-05T12:00",
        "closed, opens tomorrow 09:00 [easter-monday Unknown]",
        Some("2026-04-06T00:00"),
    );
    let known_open = Hours { open_on_public_holidays: Some(true), ..unsure };
    check(
        &known_open,
        "2026-04-06T10:00",
        "open until today 16:00 [easter-monday Open]",
        Some("2026-04-06T16:00"),
    );
}

#[test]
fn an_exception_overrides_a_holiday() {
    let hours =
        Hours { exceptions: vec![special_hours("2026-12-24", "09:00", "12:00")], ..office() };
    check(
        &hours,
        "2026-12-24T10:00",
        "open until today 12:00 [exception 0]",
        Some("2026-12-24T12:00"),
    );
    check(&hours, "2026-12-24T12:00", "closed, opens Mon 09:00", Some("2026-12-25T00:00"));
}

#[test]
fn by_appointment_always_open_and_unknown() {
    let appointment = Hours { by_appointment: true, ..Hours::default() };
    check(&appointment, "2026-11-23T10:00", "by appointment", None);
    let always = Hours { always_open: true, ..Hours::default() };
    check(&always, "2026-12-24T03:00", "always open", None);
    check(&Hours::default(), "2026-11-23T10:00", "unknown", None);
    let unreadable = weekly(&[(WEEKDAYS, "9", "16")]);
    check(&unreadable, "2026-11-23T10:00", "unknown", None);
}

#[test]
fn always_open_with_a_maintenance_break() {
    let hours = Hours {
        always_open: true,
        exceptions: vec![special_hours("2026-11-25", "06:00", "24:00")],
        ..Hours::default()
    };
    // It closes at the end of Tuesday, "24:00" of that day.
    check(&hours, "2026-11-23T10:00", "open until tomorrow 24:00", Some("2026-11-24T00:00"));
    check(&hours, "2026-11-24T10:00", "open until today 24:00", Some("2026-11-25T00:00"));
    check(
        &hours,
        "2026-11-25T00:00",
        "closed, opens today 06:00 [exception 0]",
        Some("2026-11-25T06:00"),
    );
    check(
        &hours,
        "2026-11-25T07:00",
        "open until beyond the horizon [exception 0]",
        Some("2026-11-26T00:00"),
    );
}

/// An evening-and-night line: every day 21:00–24:00 and 00:00–07:00.
fn night_line() -> Hours {
    weekly(&[(EVERY_DAY, "21:00", "24:00"), (EVERY_DAY, "00:00", "07:00")])
}

/// Unix ms of a UTC time written `YYYY-MM-DDTHH:MM`.
fn utc(text: &str) -> i64 {
    let moment = local(text);
    moment.date.days_from_civil() * 86_400_000 + i64::from(moment.time.minutes()) * 60_000
}

#[test]
fn dst_spring_switch_day_2026_03_29() {
    // 00:30 UTC is 02:30 EET; the line closes at 07:00 EEST, 04:00 UTC: a night an hour short.
    let now = utc("2026-03-29T00:30");
    assert_eq!(helsinki::to_local(now), local("2026-03-29T02:30"));
    check(&night_line(), "2026-03-29T02:30", "open until today 07:00", Some("2026-03-29T07:00"));
    assert_eq!(next_change_utc(&night_line(), now), Some(utc("2026-03-29T01:00")));
    let after_the_jump = utc("2026-03-29T01:00");
    assert_eq!(helsinki::to_local(after_the_jump), local("2026-03-29T04:00"));
    assert_eq!(next_change_utc(&night_line(), after_the_jump), Some(utc("2026-03-29T04:00")));
    // A desk opening in the skipped hour is open from the moment the clock jumps past it.
    let odd_desk = weekly(&[(&[Sun], "03:30", "05:00")]);
    check(&odd_desk, "2026-03-29T02:30", "closed, opens today 03:30", Some("2026-03-29T03:30"));
    assert_eq!(next_change_utc(&odd_desk, now), Some(utc("2026-03-29T01:00")));
    check(&odd_desk, "2026-03-29T04:00", "open until today 05:00", Some("2026-03-29T05:00"));
}

#[test]
fn dst_autumn_switch_day_2026_10_25() {
    // 23:30 UTC the day before is 02:30 EEST; 07:00 EET is 05:00 UTC: a night an hour longer.
    let now = utc("2026-10-24T23:30");
    assert_eq!(helsinki::to_local(now), local("2026-10-25T02:30"));
    check(&night_line(), "2026-10-25T02:30", "open until today 07:00", Some("2026-10-25T07:00"));
    assert_eq!(next_change_utc(&night_line(), now), Some(utc("2026-10-25T01:00")));
    let after_the_switch = utc("2026-10-25T01:00");
    assert_eq!(helsinki::to_local(after_the_switch), local("2026-10-25T03:00"));
    assert_eq!(next_change_utc(&night_line(), after_the_switch), Some(utc("2026-10-25T05:00")));
    // A desk closing in the repeated hour closes at each pass of it; the re-render comes at the
    // first pass, then at the switch (open again), then at the second pass.
    let odd_desk = weekly(&[(&[Sun], "03:00", "03:40")]);
    assert_eq!(next_change_utc(&odd_desk, utc("2026-10-25T00:10")), Some(utc("2026-10-25T00:40")));
    assert_eq!(next_change_utc(&odd_desk, utc("2026-10-25T00:45")), Some(utc("2026-10-25T01:00")));
    assert_eq!(next_change_utc(&odd_desk, utc("2026-10-25T01:10")), Some(utc("2026-10-25T01:40")));
}

#[test]
fn next_change_utc_on_an_ordinary_day() {
    // 10:00 local in November is 08:00 UTC; the office closes at 16:00 local, 14:00 UTC.
    assert_eq!(next_change_utc(&office(), utc("2026-11-23T08:00")), Some(utc("2026-11-23T14:00")));
    assert_eq!(
        next_change_utc(&office(), utc("2026-11-23T08:00") + 59_999),
        Some(utc("2026-11-23T14:00"))
    );
    assert_eq!(next_change_utc(&Hours::default(), utc("2026-11-23T08:00")), None);
    // In summer, UTC+3.
    assert_eq!(next_change_utc(&office(), utc("2026-06-22T07:00")), Some(utc("2026-06-22T13:00")));
}

#[test]
fn the_status_is_constant_between_reported_changes() {
    // Walk a fortnight minute by minute and check next_change against brute force.
    let hours = Hours {
        exceptions: vec![
            closed_on("2026-12-28", Some("2026-12-29")),
            special_hours("2026-12-31", "10:00", "13:00"),
        ],
        ..weekly(&[
            (WEEKDAYS, "09:00", "11:00"),
            (WEEKDAYS, "12:00", "16:00"),
            (&[Sat], "20:00", "24:00"),
            (&[Sun], "00:00", "02:00"),
        ])
    };
    let start = Date::parse("2026-12-20").unwrap();
    let mut moments = Vec::new();
    for day in 0..16 {
        for minutes in 0..24 * 60 {
            let time = super::civil::Time::from_minutes(minutes).unwrap();
            moments.push(LocalDateTime { date: start.add_days(day), time });
        }
    }
    let mut index = 0;
    while index < moments.len() - 1 {
        let now = moments[index];
        let status = status_at(&hours, now);
        let Some(change) = next_change(&hours, now) else { break };
        let mut next = index + 1;
        while next < moments.len() && moments[next] < change {
            assert_eq!(
                status_at(&hours, moments[next]),
                status,
                "{} before {change}",
                moments[next]
            );
            next += 1;
        }
        if next < moments.len() {
            assert_eq!(moments[next], change);
            assert_ne!(status_at(&hours, change), status, "{change}");
        }
        index = next;
    }
}

#[test]
fn week_table_lists_every_day_monday_first() {
    let hours = weekly(&[
        (WEEKDAYS, "12:00", "16:00"),
        (&[Mon, Wed], "09:00", "11:00"),
        (&[Mon], "09:00", "11:00"),
        (&[Sat], "25:00", "26:00"),
    ]);
    let table: Vec<String> = week_table(&hours)
        .iter()
        .map(|(day, spans)| {
            let spans: Vec<String> = spans.iter().map(|(f, t)| format!("{f}-{t}")).collect();
            format!("{day:?} {}", spans.join(" "))
        })
        .collect();
    assert_eq!(
        table,
        [
            "Mon 09:00-11:00 12:00-16:00",
            "Tue 12:00-16:00",
            "Wed 09:00-11:00 12:00-16:00",
            "Thu 12:00-16:00",
            "Fri 12:00-16:00",
            "Sat ",
            "Sun ",
        ]
    );
    let always = Hours { always_open: true, ..Hours::default() };
    assert!(week_table(&always)
        .iter()
        .all(|(_, spans)| spans.len() == 1 && spans[0].1.minutes() == 24 * 60));
}

#[test]
fn upcoming_exceptions_include_closing_holidays_and_group_days() {
    let date = |text| Date::parse(text).unwrap();
    let hours = Hours {
        exceptions: vec![
            closed_on("2026-12-28", Some("2027-01-03")),
            special_hours("2026-12-23", "09:00", "12:00"),
        ],
        ..office()
    };
    let got = upcoming_exceptions(&hours, date("2026-12-20"), 14);
    let spans_of = |from: &str, to: &str| {
        vec![(super::civil::Time::parse(from).unwrap(), super::civil::Time::parse(to).unwrap())]
    };
    assert_eq!(
        got,
        vec![
            Deviation {
                from: date("2026-12-23"),
                to: date("2026-12-23"),
                spans: spans_of("09:00", "12:00"),
                basis: Basis::Exception(1)
            },
            Deviation {
                from: date("2026-12-24"),
                to: date("2026-12-24"),
                spans: vec![],
                basis: Basis::Holiday {
                    holiday: Holiday::ChristmasEve,
                    opening: HolidayOpening::Closed
                }
            },
            Deviation {
                from: date("2026-12-25"),
                to: date("2026-12-25"),
                spans: vec![],
                basis: Basis::Holiday {
                    holiday: Holiday::ChristmasDay,
                    opening: HolidayOpening::Closed
                }
            },
            Deviation {
                from: date("2026-12-28"),
                to: date("2027-01-02"),
                spans: vec![],
                basis: Basis::Exception(0)
            },
        ]
    );
    // A holiday on which it is known to be open is no deviation; an unknown one is.
    let open_on_holidays =
        Hours { open_on_public_holidays: Some(true), ..weekly(&[(WEEKDAYS, "09:00", "16:00")]) };
    assert_eq!(upcoming_exceptions(&open_on_holidays, date("2026-12-20"), 14), vec![]);
    let unknown = weekly(&[(WEEKDAYS, "09:00", "16:00")]);
    let got = upcoming_exceptions(&unknown, date("2026-12-20"), 14);
    let holidays: Vec<_> = got.iter().map(|d| (d.from, d.basis)).collect();
    assert_eq!(holidays.len(), 3, "{got:?}");
    assert_eq!(
        holidays[2],
        (
            date("2027-01-01"),
            Basis::Holiday { holiday: Holiday::NewYearsDay, opening: HolidayOpening::Unknown }
        )
    );
    assert_eq!(upcoming_exceptions(&hours, date("2026-12-20"), 0), vec![]);
}

#[test]
fn sessions_are_listed_by_day_then_time() {
    let expert = Text { fi: Some("Työllisyysasiantuntija".into()), ..Text::default() };
    let counsellor = Text { fi: Some("Opinto-ohjaaja".into()), ..Text::default() };
    let hours = Hours {
        sessions: vec![
            Session {
                days: vec![Thu, Tue],
                from: "12:00".into(),
                to: "15:00".into(),
                who: expert.clone(),
            },
            Session {
                days: vec![Tue],
                from: "09:00".into(),
                to: "11:00".into(),
                who: counsellor.clone(),
            },
            Session {
                days: vec![Wed],
                from: "15:00".into(),
                to: "12:00".into(),
                who: counsellor.clone(),
            },
        ],
        ..Hours::default()
    };
    let got: Vec<(Weekday, String, &Text)> = sessions(&hours)
        .into_iter()
        .map(|s| (s.day, format!("{}-{}", s.from, s.to), s.who))
        .collect();
    assert_eq!(
        got,
        vec![
            (Tue, "09:00-11:00".to_string(), &counsellor),
            (Tue, "12:00-15:00".to_string(), &expert),
            (Thu, "12:00-15:00".to_string(), &expert),
        ]
    );
}

#[test]
fn bad_input_never_panics() {
    let hours = Hours {
        weekly: vec![
            rule(&[Mon], "", "24:00"),
            rule(&[Tue], "23:00", "24:01"),
            rule(&[Wed], "10:00", "10:00"),
        ],
        exceptions: vec![
            Exception {
                from: "2026-02-30".into(),
                to: None,
                closed: true,
                intervals: vec![],
                note: Text::default(),
            },
            Exception {
                from: "2026-11-30".into(),
                to: Some("2026-11-01".into()),
                closed: true,
                intervals: vec![],
                note: Text::default(),
            },
            Exception {
                from: "2026-11-26".into(),
                to: None,
                closed: false,
                intervals: vec![Interval { from: "x".into(), to: "y".into() }],
                note: Text::default(),
            },
        ],
        ..Hours::default()
    };
    let _ = status_at(&hours, local("2026-11-23T10:00"));
    let _ = next_change(&hours, local("2026-11-23T10:00"));
    let _ = upcoming_exceptions(&hours, Date::parse("2026-11-23").unwrap(), u16::MAX);
    for instant in [i64::MIN, 0, i64::MAX] {
        let _ = next_change_utc(&office(), instant);
    }
    let end_of_days = LocalDateTime { date: Date::MAX, time: super::civil::Time::MIDNIGHT };
    let _ = status_at(&office(), end_of_days);
    let _ = next_change(&office(), end_of_days);
}
