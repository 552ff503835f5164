//! The compact weekly-hours syntax of the `hours` column, e.g.
//! `mon-fri 09:00-16:00; thu 12:00-18:00` or `mon,wed 09:00-11:30, 12:00-15:00`.
//! `24/7` means always open, public holidays included, and `appointment` only by appointment. Documented in
//! `catalogue/IMPORT.md`.

use suunta_core::catalogue::raw::{Hours, Weekday, WeeklyRule};
use suunta_core::hours::civil::Time;

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

const EXAMPLE: &str = "write e.g. \"mon-fri 09:00-16:00; thu 12:00-18:00\"";

/// Parses a non-empty `hours` cell into weekly rules (one per day group and interval).
pub fn parse_hours(cell: &str) -> Result<Hours, String> {
    // Spreadsheets like to turn "-" into an en or em dash.
    let cell = cell.replace(['\u{2013}', '\u{2014}'], "-");
    let cell = cell.trim();
    if cell.eq_ignore_ascii_case("24/7") {
        return Ok(Hours {
            always_open: true,
            open_on_public_holidays: Some(true),
            ..Hours::default()
        });
    }
    if cell.eq_ignore_ascii_case("appointment") {
        return Ok(Hours { by_appointment: true, ..Hours::default() });
    }
    let mut weekly = Vec::new();
    for rule in cell.split(';').map(str::trim) {
        if rule.is_empty() {
            continue;
        }
        let Some((days, intervals)) = rule.split_once(char::is_whitespace) else {
            return Err(format!("\"{rule}\" needs days and a time; {EXAMPLE}"));
        };
        let days = parse_days(days)?;
        for interval in intervals.split(',').map(str::trim) {
            let (from, to) = parse_interval(interval)?;
            weekly.push(WeeklyRule { days: days.clone(), from, to });
        }
    }
    if weekly.is_empty() {
        return Err(format!("no opening hours given; {EXAMPLE}"));
    }
    check_no_overlap(&weekly)?;
    Ok(Hours { weekly, ..Hours::default() })
}

/// `mon`, `mon-fri`, `mon-wed,fri`: the days in week order, each once.
fn parse_days(text: &str) -> Result<Vec<Weekday>, String> {
    let mut days = Vec::new();
    for item in text.split(',').map(str::trim).filter(|item| !item.is_empty()) {
        match item.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (day_index(first)?, day_index(last)?);
                if first > last {
                    return Err(format!(
                        "day range \"{item}\" runs backwards; list the days in week order, e.g. \"sat-sun,mon\""
                    ));
                }
                days.extend(DAYS[first..=last].iter().map(|(_, day)| *day));
            }
            None => days.push(DAYS[day_index(item)?].1),
        }
    }
    if days.is_empty() {
        return Err(format!("no days given; {EXAMPLE}"));
    }
    days.sort();
    days.dedup();
    Ok(days)
}

fn day_index(name: &str) -> Result<usize, String> {
    let name = name.trim();
    DAYS.iter()
        .position(|(id, _)| id.eq_ignore_ascii_case(name))
        .ok_or_else(|| format!("\"{name}\" is not a day; use mon, tue, wed, thu, fri, sat, sun"))
}

/// `09:00-16:00`: from before to, both HH:MM, `to` up to 24:00.
fn parse_interval(text: &str) -> Result<(String, String), String> {
    let Some((from, to)) = text.split_once('-') else {
        return Err(format!("\"{text}\" is not a time interval; {EXAMPLE}"));
    };
    let (from, to) = (from.trim(), to.trim());
    let (start, end) = (Time::parse(from)?, Time::parse(to)?);
    if start >= end {
        return Err(format!(
            "\"{text}\" ends before it starts; an interval past midnight is written as two, \
             e.g. \"fri 22:00-24:00; sat 00:00-02:00\""
        ));
    }
    Ok((from.to_string(), to.to_string()))
}

/// Two intervals on the same day must not overlap: that is almost always a typo.
fn check_no_overlap(weekly: &[WeeklyRule]) -> Result<(), String> {
    for (name, day) in DAYS {
        // The times were parsed before, so they parse again.
        let mut intervals: Vec<(Time, Time)> = weekly
            .iter()
            .filter(|rule| rule.days.contains(&day))
            .filter_map(|rule| Some((Time::parse(&rule.from).ok()?, Time::parse(&rule.to).ok()?)))
            .collect();
        intervals.sort();
        for pair in intervals.windows(2) {
            if pair[1].0 < pair[0].1 {
                return Err(format!("two intervals overlap on {name}"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::*;

    fn rule(days: &[Weekday], from: &str, to: &str) -> WeeklyRule {
        WeeklyRule { days: days.to_vec(), from: from.to_string(), to: to.to_string() }
    }

    fn check(cell: &str, expected: Result<Vec<WeeklyRule>, &str>) {
        let got = parse_hours(cell).map(|hours| hours.weekly);
        match expected {
            Ok(weekly) => assert_eq!(got, Ok(weekly), "{cell:?}"),
            Err(fragment) => {
                let message = got.expect_err(cell);
                assert!(message.contains(fragment), "{cell:?}: {message:?} lacks {fragment:?}");
            }
        }
    }

    #[test]
    fn weekly_rules() {
        check("mon-fri 09:00-16:00", Ok(vec![rule(&[Mon, Tue, Wed, Thu, Fri], "09:00", "16:00")]));
        check(
            "mon-wed 09:00-16:00; thu 12:00-18:00",
            Ok(vec![rule(&[Mon, Tue, Wed], "09:00", "16:00"), rule(&[Thu], "12:00", "18:00")]),
        );
        check(
            "fri,mon 09:00-11:30, 12:00-15:00;",
            Ok(vec![rule(&[Mon, Fri], "09:00", "11:30"), rule(&[Mon, Fri], "12:00", "15:00")]),
        );
        check("Sat–Sun 10:00–24:00", Ok(vec![rule(&[Sat, Sun], "10:00", "24:00")]));
    }

    #[test]
    fn special_words() {
        let always = parse_hours("24/7").unwrap();
        assert!(always.always_open && always.open_on_public_holidays == Some(true));
        assert!(parse_hours(" Appointment ").unwrap().by_appointment);
    }

    #[test]
    fn mistakes_are_explained() {
        check("mon-fri", Err("needs days and a time"));
        check("ma-pe 09:00-16:00", Err("\"ma\" is not a day"));
        check("fri-mon 09:00-16:00", Err("runs backwards"));
        check("mon 9-16", Err("not a time written as HH:MM"));
        check("mon 09:00", Err("not a time interval"));
        check("fri 22:00-02:00", Err("written as two"));
        check("mon 25:00-26:00", Err("between 00:00 and 24:00"));
        check("mon-fri 09:00-16:00; wed 15:00-18:00", Err("overlap on wed"));
        check(" ; ", Err("no opening hours"));
    }
}
