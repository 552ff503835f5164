//! Opening hours in words: a channel's status now ("Open until 16:00", "Opens tomorrow at
//! 10:00", "Closed today (Christmas Day)", "By appointment"), and a day's hours for the week
//! table.

use super::calendar::{self, day_of_year, on_weekday, span, until_weekday};
use super::l10n;
use super::pick;
use crate::catalogue::raw::Hours;
use crate::hours::{Basis, Closure, HolidayOpening, Moment, OpenStatus, RelativeDay, Span};
use crate::lang::Lang;

const SENTENCE_BREAK: &str = ". ";

/// The status in words; None when the channel has no structured hours (the hours note, if any,
/// is shown instead).
pub fn open_status(status: &OpenStatus, hours: &Hours, lang: Lang) -> Option<String> {
    let text = match status {
        OpenStatus::Unknown => return None,
        OpenStatus::ByAppointment => pick(l10n::HOURS_BY_APPOINTMENT, lang).to_owned(),
        OpenStatus::AlwaysOpen => pick(l10n::HOURS_ALWAYS_OPEN, lang).to_owned(),
        OpenStatus::Open { closes, today } => {
            let open = match closes {
                Some(moment) => {
                    pick(l10n::HOURS_OPEN_UNTIL, lang).replace("{when}", &until(*moment, lang))
                }
                None => pick(l10n::HOURS_OPEN, lang).to_owned(),
            };
            match today {
                Basis::Holiday { holiday, opening: HolidayOpening::Unknown } => {
                    let warning = pick(l10n::HOURS_MAY_DIFFER_TODAY, lang)
                        .replace("{holiday}", holiday.name(lang));
                    format!("{open}{SENTENCE_BREAK}{warning}")
                }
                _ => open,
            }
        }
        OpenStatus::Closed { opens, closed_today } => {
            let closed = closed_today.map(|closure| closed_today_text(closure, hours, lang));
            let opens = match opens {
                Some(opening) => {
                    let mut text =
                        pick(l10n::HOURS_OPENS, lang).replace("{when}", &on(opening.at, lang));
                    if let Basis::Holiday { holiday, opening: HolidayOpening::Unknown } =
                        opening.basis
                    {
                        let warning = pick(l10n::HOURS_MAY_BE_CLOSED_THEN, lang)
                            .replace("{holiday}", holiday.name(lang));
                        text = format!("{text} ({warning})");
                    }
                    text
                }
                None => pick(l10n::HOURS_CLOSED_FOR_NOW, lang).to_owned(),
            };
            match closed {
                Some(closed) => format!("{closed}{SENTENCE_BREAK}{opens}"),
                None => opens,
            }
        }
    };
    Some(text)
}

fn closed_today_text(closure: Closure, hours: &Hours, lang: Lang) -> String {
    let why = match closure {
        Closure::Holiday(holiday) => Some(holiday.name(lang).to_owned()),
        Closure::Exception(index) => hours
            .exceptions
            .get(index)
            .and_then(|exception| exception.note.localized(lang))
            .map(|note| note.text.trim_end_matches('.').to_owned()),
    };
    match why {
        Some(why) => pick(l10n::HOURS_CLOSED_TODAY_BECAUSE, lang).replace("{why}", &why),
        None => pick(l10n::HOURS_CLOSED_TODAY, lang).to_owned(),
    }
}

/// When something happens: "tomorrow at 10:00", "on Monday at 10:00".
fn on(moment: Moment, lang: Lang) -> String {
    let at = pick(l10n::HOURS_AT, lang).replace("{time}", &calendar::time(moment.at.time, lang));
    let day = match moment.day {
        RelativeDay::Today => pick(l10n::HOURS_TODAY, lang).to_owned(),
        RelativeDay::Tomorrow => pick(l10n::HOURS_TOMORROW, lang).to_owned(),
        RelativeDay::ThisWeek(weekday) => on_weekday(weekday, lang).to_owned(),
        RelativeDay::Later => {
            pick(l10n::HOURS_ON_DATE, lang).replace("{date}", &day_of_year(moment.at.date, lang))
        }
    };
    format!("{day} {at}")
}

/// Until when: "16:00" today, "tomorrow at 02:00", "Monday at 16:00".
fn until(moment: Moment, lang: Lang) -> String {
    let time = calendar::time(moment.at.time, lang);
    let day = match moment.day {
        RelativeDay::Today => return pick(l10n::HOURS_UNTIL_TIME, lang).replace("{time}", &time),
        RelativeDay::Tomorrow => pick(l10n::HOURS_UNTIL_TOMORROW, lang).to_owned(),
        RelativeDay::ThisWeek(weekday) => until_weekday(weekday, lang).to_owned(),
        RelativeDay::Later => {
            pick(l10n::HOURS_UNTIL_DATE, lang).replace("{date}", &day_of_year(moment.at.date, lang))
        }
    };
    format!("{day} {}", pick(l10n::HOURS_AT, lang).replace("{time}", &time))
}

/// One day's hours for a table: "9.00–12.00, 13.00–16.00", or "closed".
pub fn day_hours(spans: &[Span], lang: Lang) -> String {
    if spans.is_empty() {
        return pick(l10n::HOURS_CLOSED, lang).to_owned();
    }
    spans.iter().map(|&(from, to)| span(from, to, lang)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::raw::Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};
    use crate::catalogue::raw::{Exception, Text, Weekday, WeeklyRule};
    use crate::hours::civil::LocalDateTime;
    use crate::hours::status_at;

    const WEEKDAYS: &[Weekday] = &[Mon, Tue, Wed, Thu, Fri];

    fn weekly(rules: &[(&[Weekday], &str, &str)]) -> Hours {
        Hours {
            weekly: rules
                .iter()
                .map(|(days, from, to)| WeeklyRule {
                    days: days.to_vec(),
                    from: (*from).into(),
                    to: (*to).into(),
                })
                .collect(),
            ..Hours::default()
        }
    }

    /// The status at `moment` (Helsinki time) in Finnish, Swedish and English.
    fn worded(hours: &Hours, moment: &str) -> [String; 3] {
        let now = LocalDateTime::parse(moment).unwrap();
        let status = status_at(hours, now);
        Lang::ALL.map(|lang| open_status(&status, hours, lang).unwrap_or_default())
    }

    fn office() -> Hours {
        weekly(&[(WEEKDAYS, "10:00", "16:00")])
    }

    #[test]
    fn open_until_closing_time_today() {
        // Tuesday 24 November 2026.
        assert_eq!(
            worded(&office(), "2026-11-24T12:00"),
            ["Auki klo 16.00 asti", "Öppet till kl. 16.00", "Open until 16:00"]
        );
    }

    #[test]
    fn before_opening_it_opens_today_and_after_closing_tomorrow() {
        assert_eq!(worded(&office(), "2026-11-24T08:30")[2], "Opens today at 10:00");
        assert_eq!(
            worded(&office(), "2026-11-24T16:00"),
            ["Aukeaa huomenna klo 10.00", "Öppnar i morgon kl. 10.00", "Opens tomorrow at 10:00"]
        );
    }

    #[test]
    fn opens_tomorrow_across_a_weekend() {
        // Friday evening and Saturday: Monday by name; Sunday: tomorrow.
        assert_eq!(
            worded(&office(), "2026-11-27T18:00"),
            [
                "Aukeaa maanantaina klo 10.00",
                "Öppnar på måndag kl. 10.00",
                "Opens on Monday at 10:00"
            ]
        );
        assert_eq!(worded(&office(), "2026-11-28T12:00")[2], "Opens on Monday at 10:00");
        assert_eq!(worded(&office(), "2026-11-29T12:00")[2], "Opens tomorrow at 10:00");
    }

    #[test]
    fn closed_today_for_a_holiday_names_it() {
        let mut hours = office();
        hours.open_on_public_holidays = Some(false);
        // Independence Day, Monday 6 December 2027.
        assert_eq!(
            worded(&hours, "2027-12-06T12:00"),
            [
                "Suljettu tänään (itsenäisyyspäivä). Aukeaa huomenna klo 10.00",
                "Stängt i dag (självständighetsdagen). Öppnar i morgon kl. 10.00",
                "Closed today (Independence Day). Opens tomorrow at 10:00",
            ]
        );
    }

    #[test]
    fn an_unknown_holiday_opening_is_said_to_may_differ() {
        // Ascension Day, Thursday 14 May 2026, hours not known for holidays.
        assert_eq!(
            worded(&office(), "2026-05-14T12:00")[2],
            "Open until 16:00. Today is Ascension Day: the hours may differ"
        );
        assert_eq!(
            worded(&office(), "2026-05-13T17:00")[0],
            "Aukeaa huomenna klo 10.00 (helatorstai: voi olla suljettu)"
        );
    }

    #[test]
    fn an_exception_that_closes_the_day_gives_its_note() {
        let mut hours = office();
        hours.exceptions.push(Exception {
            from: "2026-11-24".into(),
            to: None,
            closed: true,
            intervals: Vec::new(),
            note: Text { fi: Some("Henkilöstön koulutus.".into()), ..Text::default() },
        });
        assert_eq!(
            worded(&hours, "2026-11-24T12:00")[0],
            "Suljettu tänään (Henkilöstön koulutus). Aukeaa huomenna klo 10.00"
        );
        assert_eq!(
            worded(&hours, "2026-11-24T12:00")[2],
            "Closed today (Henkilöstön koulutus). Opens tomorrow at 10:00",
            "the note in the language there is"
        );
    }

    #[test]
    fn overnight_and_midnight_closings() {
        let evenings = weekly(&[(&[Fri], "20:00", "24:00"), (&[Sat], "00:00", "02:00")]);
        assert_eq!(
            worded(&evenings, "2026-11-27T22:00"),
            [
                "Auki huomiseen klo 2.00 asti",
                "Öppet till i morgon kl. 2.00",
                "Open until tomorrow at 02:00"
            ]
        );
        let late = weekly(&[(&[Wed], "18:00", "24:00")]);
        assert_eq!(
            worded(&late, "2026-11-25T19:00"),
            ["Auki klo 24.00 asti", "Öppet till kl. 24.00", "Open until midnight"]
        );
    }

    #[test]
    fn appointment_only_always_open_and_unknown_hours() {
        let appointment = Hours { by_appointment: true, ..Hours::default() };
        assert_eq!(worded(&appointment, "2026-11-24T12:00")[2], "By appointment");
        let always = Hours { always_open: true, ..Hours::default() };
        assert_eq!(worded(&always, "2026-12-25T03:00")[0], "Auki ympäri vuorokauden");
        assert_eq!(worded(&Hours::default(), "2026-11-24T12:00"), ["", "", ""]);
    }

    #[test]
    fn closed_for_the_next_two_weeks() {
        let mut hours = office();
        hours.exceptions.push(Exception {
            from: "2026-11-23".into(),
            to: Some("2026-12-31".into()),
            closed: true,
            intervals: Vec::new(),
            note: Text::default(),
        });
        assert_eq!(
            worded(&hours, "2026-11-24T12:00")[2],
            "Closed today. Closed for now: it does not open in the next two weeks"
        );
    }

    #[test]
    fn a_day_in_the_week_table() {
        let (nine, noon, one, four) = (
            crate::hours::Time::new(9, 0).unwrap(),
            crate::hours::Time::new(12, 0).unwrap(),
            crate::hours::Time::new(13, 0).unwrap(),
            crate::hours::Time::new(16, 30).unwrap(),
        );
        assert_eq!(day_hours(&[(nine, noon), (one, four)], Lang::Fi), "9.00–12.00, 13.00–16.30");
        assert_eq!(day_hours(&[(nine, four)], Lang::En), "09:00–16:30");
        assert_eq!(day_hours(&[], Lang::Sv), "stängt");
    }
}
