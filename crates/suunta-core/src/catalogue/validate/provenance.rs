//! Rules for where a record's facts come from and how fresh they are.

use super::{formats, Context};
use crate::catalogue::path::JsonPath;
use crate::catalogue::raw::Provenance;
use crate::catalogue::report::Reporter;
use crate::hours::civil::Date;

/// A record not checked for this long may well be out of date.
pub const STALE_AFTER_YEARS: i32 = 2;

/// Whether a record last checked on `verified` is stale on `today`: the validator's warning,
/// and the mark on a region's overview (`suunta-screens`).
pub fn is_stale(verified: Date, today: Date) -> bool {
    verified < years_before(today, STALE_AFTER_YEARS)
}

pub fn check(provenance: &Provenance, path: &JsonPath, context: &Context, reporter: &mut Reporter) {
    let sources = path.key("sources");
    if provenance.sources.is_empty() {
        reporter.error(&sources, "list at least one source URL that backs this record");
    }
    for (index, source) in provenance.sources.iter().enumerate() {
        if let Err(message) = formats::url(source) {
            reporter.error(&sources.index(index), message);
        }
    }
    if provenance.source_date.trim().is_empty() {
        reporter.error(
            &path.key("source_date"),
            "give the date the source states (e.g. \"2026-09-26\", \"2021\") or \"not stated\"",
        );
    }
    let verified = path.key("verified_on");
    match Date::parse(&provenance.verified_on) {
        Err(message) => reporter.error(&verified, message),
        Ok(date) if date > context.today => reporter.error(
            &verified,
            format!(
                "{date} is in the future (today is {}); give the day it was checked",
                context.today
            ),
        ),
        Ok(date) if is_stale(date, context.today) => reporter.warning(
            &verified,
            format!(
                "last verified on {date}, over {STALE_AFTER_YEARS} years ago; check the record \
                 against its sources and update verified_on"
            ),
        ),
        Ok(_) => {}
    }
}

/// The same day `years` earlier; 29 February becomes 28 February in a common year.
fn years_before(date: Date, years: i32) -> Date {
    let year = date.year() - years;
    Date::new(year, date.month(), date.day())
        .or_else(|| Date::new(year, date.month(), date.day() - 1))
        .unwrap_or(date)
}
