//! Whether a channel is open at a moment, and when that answer next changes.
//!
//! The answer is a typed [`OpenStatus`] that the UI words per language ("Open until 16:00",
//! "Opens tomorrow at 10:00", "Closed today (holiday)", "By appointment"). Everything here is in
//! Helsinki wall-clock time; [`next_change_utc`] is the one bridge to the app's UTC clock.

use super::civil::{Date, LocalDateTime, Time, WEEK};
use super::helsinki::{self, Resolved};
use super::holidays::Holiday;
use super::plan::{day_plan, exception_on, regular_spans, Basis, DayPlan, HolidayOpening};
use crate::catalogue::raw::{Hours, Weekday};
use crate::sorting;

/// How many days ahead the next opening (or closing) is looked for. Further than that the UI
/// says "closed for now" (or simply "open").
pub const HORIZON_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStatus {
    /// No structured hours: the UI shows the hours note, if any.
    Unknown,
    /// Only by appointment; there are no opening hours to speak of.
    ByAppointment,
    /// Open around the clock, with no exception in sight.
    AlwaysOpen,
    /// Open now. `closes` is None when it stays open past the horizon; `today` says whether
    /// today's hours are regular, an exception's or a holiday's (possibly closed: the UI warns).
    Open { closes: Option<Moment>, today: Basis },
    /// Closed now. `opens` is None when it does not open within the horizon; `closed_today` is
    /// set when a holiday or an exception closes the whole of today.
    Closed { opens: Option<Opening>, closed_today: Option<Closure> },
}

/// A moment ahead, with how the UI should name its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// A closing moment may be 24:00 of its date: midnight at the end of that day.
    pub at: LocalDateTime,
    pub day: RelativeDay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativeDay {
    Today,
    Tomorrow,
    /// Two to six days ahead: the weekday names it unambiguously.
    ThisWeek(Weekday),
    /// A week or more ahead: the UI names the date.
    Later,
}

impl RelativeDay {
    pub fn between(today: Date, day: Date) -> RelativeDay {
        match today.days_until(day) {
            ..=0 => RelativeDay::Today,
            1 => RelativeDay::Tomorrow,
            2..=6 => RelativeDay::ThisWeek(day.weekday()),
            _ => RelativeDay::Later,
        }
    }
}

/// The next opening, and why that day has the hours it has (a holiday with unknown opening
/// makes the UI add "may be closed").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    pub at: Moment,
    pub basis: Basis,
}

/// What closes a whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closure {
    Holiday(Holiday),
    /// The exception at this index of `Hours::exceptions`; the UI shows its note.
    Exception(usize),
}

/// The status of a channel with `hours` at the Helsinki wall-clock time `now`.
pub fn status_at(hours: &Hours, now: LocalDateTime) -> OpenStatus {
    if hours.by_appointment {
        return OpenStatus::ByAppointment;
    }
    if !hours.always_open && WEEK.iter().all(|&day| regular_spans(hours, day).is_empty()) {
        return OpenStatus::Unknown;
    }
    let no_exception_ahead =
        (0..=HORIZON_DAYS).all(|offset| exception_on(hours, now.date.add_days(offset)).is_none());
    if hours.always_open && no_exception_ahead {
        return OpenStatus::AlwaysOpen;
    }
    let today = day_plan(hours, now.date);
    if let Some(&(_, end)) =
        today.spans.iter().find(|&&(from, to)| from <= now.time && now.time < to)
    {
        return OpenStatus::Open { closes: closing(hours, now.date, end), today: today.basis };
    }
    OpenStatus::Closed { opens: next_opening(hours, now, &today), closed_today: closure(&today) }
}

/// Where the stretch of openness ending at `end` on `date` really ends: an interval to 24:00
/// continues into one from 00:00 the next day, since the catalogue writes overnight hours as two.
fn closing(hours: &Hours, today: Date, end: Time) -> Option<Moment> {
    let (mut date, mut end) = (today, end);
    for _ in 0..=HORIZON_DAYS {
        if end != Time::END_OF_DAY {
            break;
        }
        let next_day = date.add_days(1);
        match day_plan(hours, next_day).spans.first() {
            Some(&(Time::MIDNIGHT, next_end)) => (date, end) = (next_day, next_end),
            _ => break,
        }
    }
    if today.days_until(date) > HORIZON_DAYS {
        return None;
    }
    Some(Moment { at: LocalDateTime { date, time: end }, day: RelativeDay::between(today, date) })
}

fn next_opening(hours: &Hours, now: LocalDateTime, today: &DayPlan) -> Option<Opening> {
    let later_today = today
        .spans
        .iter()
        .find(|&&(from, _)| from > now.time)
        .map(|&(from, _)| (now.date, from, today.basis));
    let on_a_later_day = || {
        (1..=HORIZON_DAYS).find_map(|offset| {
            let date = now.date.add_days(offset);
            let plan = day_plan(hours, date);
            plan.spans.first().map(|&(from, _)| (date, from, plan.basis))
        })
    };
    let (date, time, basis) = later_today.or_else(on_a_later_day)?;
    let at = Moment { at: LocalDateTime { date, time }, day: RelativeDay::between(now.date, date) };
    Some(Opening { at, basis })
}

fn closure(today: &DayPlan) -> Option<Closure> {
    if !today.is_closure() {
        return None;
    }
    match today.basis {
        Basis::Exception(index) => Some(Closure::Exception(index)),
        Basis::Holiday { holiday, opening: HolidayOpening::Closed } => {
            Some(Closure::Holiday(holiday))
        }
        Basis::Holiday { .. } | Basis::Regular => None,
    }
}

/// The first wall-clock moment after `now` at which [`status_at`] gives a different answer,
/// looked for over the horizon and one day more; None when it stays the same that long.
///
/// The status can only change where an interval starts or ends, or at midnight (when "tomorrow"
/// becomes "today"), so those are the only moments tried.
pub fn next_change(hours: &Hours, now: LocalDateTime) -> Option<LocalDateTime> {
    let current = status_at(hours, now);
    (0..=HORIZON_DAYS + 1)
        .flat_map(|offset| boundaries_on(hours, now.date.add_days(offset)))
        .filter(|&moment| moment > now)
        .find(|&moment| status_at(hours, moment) != current)
}

/// Midnight and every interval's start and end on `date`, in order.
fn boundaries_on(hours: &Hours, date: Date) -> Vec<LocalDateTime> {
    let mut times = vec![Time::MIDNIGHT];
    for (from, to) in day_plan(hours, date).spans {
        times.push(from);
        // 24:00 is the next day's midnight, already a boundary of that day.
        if to != Time::END_OF_DAY {
            times.push(to);
        }
    }
    sorting::sort(&mut times);
    times.dedup();
    times.into_iter().map(|time| LocalDateTime { date, time }).collect()
}

/// When the app should next re-render the status, as a UTC instant (Unix ms) strictly after
/// `now_utc_ms`; None when nothing changes within the horizon. Always less than 17 days ahead,
/// so it fits a browser `setTimeout` (whose limit is about 24.8 days).
///
/// On the autumn switch day the hour 03:00–04:00 repeats, so the status may change twice at the
/// same wall-clock time; a re-render is therefore also asked for at a summer-time switch that
/// comes before the next change (where the status may turn out the same).
pub fn next_change_utc(hours: &Hours, now_utc_ms: i64) -> Option<i64> {
    let now = helsinki::to_local(now_utc_ms);
    let change = match helsinki::resolve(next_change(hours, now)?) {
        Resolved::Unique(instant) => instant,
        Resolved::Skipped { clocks_jump_at } => clocks_jump_at,
        Resolved::Repeated { first, second } => {
            if first > now_utc_ms {
                first
            } else {
                second
            }
        }
    };
    let earliest = change.min(helsinki::next_switch_after(now_utc_ms));
    // Never ask for a re-render in the past: that would spin the app's timer.
    Some(earliest.max(now_utc_ms.saturating_add(1)))
}
