//! Opening hours: the calendar, Europe/Helsinki time, Finnish public holidays, and whether a
//! channel is open at a given moment.
//!
//! All of it works on Helsinki wall-clock time ([`LocalDateTime`]); the app converts its UTC
//! clock once with `helsinki::to_local` and asks [`next_change_utc`] when to look again.
//! Which hours apply on a date is decided in one place (`plan`): an exception for the date
//! wins, then a public holiday that closes the channel, then the weekly rules.

pub mod civil;
pub mod helsinki;
pub mod holiday_names;
pub mod holidays;
pub mod plan;
pub mod schedule;
pub mod status;

pub use civil::{Date, LocalDateTime, Time};
pub use holidays::Holiday;
pub use plan::{Basis, HolidayOpening, Span};
pub use schedule::{sessions, upcoming_exceptions, week_table, Deviation, SessionSlot};
pub use status::{
    next_change, next_change_utc, status_at, Closure, Moment, OpenStatus, Opening, RelativeDay,
};

#[cfg(test)]
mod tests;
