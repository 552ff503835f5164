//! The service page's view of a channel's hours: the full week, the days ahead that differ
//! from it, and "who is present when".

use super::civil::{Date, Time, WEEK};
use super::plan::{day_plan, parse_span, regular_spans, Basis, HolidayOpening, Span};
use crate::catalogue::raw::{Hours, Text, Weekday};
use crate::sorting;

/// Monday to Sunday with each day's weekly hours, as written (sorted, duplicates dropped, not
/// merged: "09:00–12:00, 12:00–16:00" may be two desks). An always-open channel is open
/// 00:00–24:00 every day.
pub fn week_table(hours: &Hours) -> [(Weekday, Vec<Span>); 7] {
    WEEK.map(|weekday| {
        if hours.always_open {
            return (weekday, regular_spans(hours, weekday));
        }
        let mut spans: Vec<Span> = hours
            .weekly
            .iter()
            .filter(|rule| rule.days.contains(&weekday))
            .filter_map(|rule| parse_span(&rule.from, &rule.to))
            .collect();
        sorting::sort(&mut spans);
        spans.dedup();
        (weekday, spans)
    })
}

/// A run of consecutive days whose hours differ from the weekly table for the same reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deviation {
    pub from: Date,
    /// Inclusive; equal to `from` for a single day.
    pub to: Date,
    /// Empty when closed.
    pub spans: Vec<Span>,
    /// An exception, or a holiday that closes the channel or may close it.
    pub basis: Basis,
}

/// The days from `today` on, `days` of them, whose hours are not the weekly ones: exceptions,
/// and holidays that close the channel (or may, when that is not known). Consecutive days with
/// the same reason and hours are one entry.
pub fn upcoming_exceptions(hours: &Hours, today: Date, days: u16) -> Vec<Deviation> {
    let mut deviations: Vec<Deviation> = Vec::new();
    for offset in 0..i64::from(days) {
        let date = today.add_days(offset);
        let plan = day_plan(hours, date);
        let deviates = match plan.basis {
            Basis::Regular | Basis::Holiday { opening: HolidayOpening::Open, .. } => false,
            Basis::Exception(_) | Basis::Holiday { .. } => true,
        };
        if !deviates {
            continue;
        }
        match deviations.last_mut() {
            Some(last)
                if last.to.add_days(1) == date
                    && last.basis == plan.basis
                    && last.spans == plan.spans =>
            {
                last.to = date;
            }
            _ => deviations.push(Deviation {
                from: date,
                to: date,
                spans: plan.spans,
                basis: plan.basis,
            }),
        }
    }
    deviations
}

/// A specialist's regular presence on one weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionSlot<'a> {
    pub day: Weekday,
    pub from: Time,
    pub to: Time,
    pub who: &'a Text,
}

/// "Who is present when", Monday first and by time within a day. Sessions whose times do not
/// parse are left out (validation reports them).
pub fn sessions(hours: &Hours) -> Vec<SessionSlot<'_>> {
    let mut slots: Vec<SessionSlot<'_>> = hours
        .sessions
        .iter()
        .filter_map(|session| {
            let (from, to) = parse_span(&session.from, &session.to)?;
            Some(session.days.iter().map(move |&day| SessionSlot {
                day,
                from,
                to,
                who: &session.who,
            }))
        })
        .flatten()
        .collect();
    sorting::sort_by_key(&mut slots, |slot| (slot.day, slot.from, slot.to));
    slots
}
