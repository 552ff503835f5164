//! Opening hours: the calendar, Europe/Helsinki time, Finnish public holidays, and whether a
//! channel is open at a given moment.

pub mod civil;
pub mod helsinki;
pub mod holiday_names;
pub mod holidays;
