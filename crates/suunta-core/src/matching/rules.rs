//! The scoring rules, each a named function a counsellor can read and argue with. A rule looks
//! at one service for one person and either adds points with the reason it gives, or nothing.
//! The points are relative weights: a need served outweighs any convenience, and the
//! counsellor's routing rules (Ohjaamo, own employment area, study counselling) outweigh one
//! extra need, because they pick the service meant for the person's situation.

use super::person::Person;
use super::reason::Reason;
use crate::answers::Reach;
use crate::catalogue::raw::{Area, ChannelKind, Hours, Need, Service, ServiceKind};
use crate::geography::{distance_km, Geography};
use crate::hours::plan::day_plan;
use crate::hours::{LocalDateTime, Time};

/// Points for each of the person's needs the service serves.
pub const POINTS_PER_NEED: u32 = 30;
pub const POINTS_OHJAAMO_FOR_YOUNG: u32 = 40;
pub const POINTS_OWN_EMPLOYMENT_AREA: u32 = 40;
pub const POINTS_STUDY_COUNSELLING: u32 = 30;
pub const POINTS_LANGUAGE: u32 = 20;
pub const POINTS_PREFERRED_CHANNEL: u32 = 15;
pub const POINTS_OPEN_NOW: u32 = 10;
pub const POINTS_OPENS_SOON: u32 = 5;
/// "Soon" is within this many minutes of the time given.
pub const SOON_MINUTES: i64 = 60;
const MINUTES_PER_DAY: i64 = 24 * 60;
/// Points by distance to the nearest visit point: (at most km, points), nearest band first.
pub const DISTANCE_BANDS: [(f64, u32); 3] = [(10.0, 20), (30.0, 12), (60.0, 5)];
/// The youngest age that no longer counts as young for the Ohjaamo rule: Ohjaamos serve under-30s.
pub const OHJAAMO_AGE_LIMIT: u8 = 30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub points: u32,
    pub reason: Reason,
}

pub type Rule = fn(&Service, &Person, &Geography) -> Option<Scored>;

/// Every rule, in the order their reasons are listed.
pub const RULES: [Rule; 8] = [
    needs_served,
    ohjaamo_for_young_people_with_several_or_unclear_needs,
    own_employment_area_for_jobseekers,
    study_counselling_for_study_choices,
    service_language,
    visit_point_nearby,
    preferred_channel,
    open_now_or_soon,
];

pub fn needs_served(service: &Service, person: &Person, _: &Geography) -> Option<Scored> {
    let served: Vec<Need> =
        person.needs.iter().copied().filter(|need| service.needs.contains(need)).collect();
    let count = u32::try_from(served.len()).ok().filter(|&count| count > 0)?;
    Some(Scored { points: POINTS_PER_NEED * count, reason: Reason::ServesNeeds(served) })
}

/// The Ohjaamo is meant for under-30s who need several kinds of help or do not yet know what
/// they need: "no need to know what help you need".
pub fn ohjaamo_for_young_people_with_several_or_unclear_needs(
    service: &Service,
    person: &Person,
    _: &Geography,
) -> Option<Scored> {
    let young = person.age.is_some_and(|age| age < OHJAAMO_AGE_LIMIT);
    let fits =
        service.kind == ServiceKind::Ohjaamo && young && person.has_several_or_unclear_needs();
    fits.then_some(Scored {
        points: POINTS_OHJAAMO_FOR_YOUNG,
        reason: Reason::OhjaamoForYoungPeople,
    })
}

/// Since 2025 the municipality's employment area runs employment services; a jobseeker
/// registers there.
pub fn own_employment_area_for_jobseekers(
    service: &Service,
    person: &Person,
    _: &Geography,
) -> Option<Scored> {
    let fits = person.is_looking_for_work() && is_own_employment_area_service(service, person);
    fits.then_some(Scored { points: POINTS_OWN_EMPLOYMENT_AREA, reason: Reason::OwnEmploymentArea })
}

/// An employment service whose area is the person's own employment area.
pub fn is_own_employment_area_service(service: &Service, person: &Person) -> bool {
    let own_area =
        person.municipality.and_then(|municipality| municipality.employment_area.as_ref());
    match (&service.eligibility.area, own_area) {
        (Area::EmploymentArea { code }, Some(own)) => {
            service.kind == ServiceKind::Employment && code == own
        }
        _ => false,
    }
}

/// Choosing studies is what study and career counselling is for.
pub fn study_counselling_for_study_choices(
    service: &Service,
    person: &Person,
    _: &Geography,
) -> Option<Scored> {
    let counselling = matches!(service.kind, ServiceKind::Education | ServiceKind::Career);
    let fits = counselling && person.needs.contains(&Need::Study);
    fits.then_some(Scored { points: POINTS_STUDY_COUNSELLING, reason: Reason::StudyCounselling })
}

/// A channel serves in the language the person asked for. Channels whose languages are not
/// recorded earn nothing: unknown is not a promise.
pub fn service_language(service: &Service, person: &Person, _: &Geography) -> Option<Scored> {
    let wanted = person.service_lang.as_ref()?;
    let serves = service
        .channels
        .iter()
        .any(|channel| channel.languages.iter().any(|lang| lang == wanted.as_str()));
    serves.then(|| Scored {
        points: POINTS_LANGUAGE,
        reason: Reason::ServesInLanguage(wanted.clone()),
    })
}

/// Great-circle distance from the person's municipal centre to the service's nearest visit
/// point; closer bands earn more.
pub fn visit_point_nearby(
    service: &Service,
    person: &Person,
    geography: &Geography,
) -> Option<Scored> {
    let home = person.municipality?.centre;
    let (km, precision) = service
        .channels
        .iter()
        .filter(|channel| channel.kind == ChannelKind::Visit)
        .filter_map(|channel| geography.visit_point(channel.address.as_ref()?))
        .map(|located| (distance_km(home, located.point), located.precision))
        .filter(|(km, _)| km.is_finite())
        .min_by(|a, b| a.0.total_cmp(&b.0))?;
    let (_, points) = DISTANCE_BANDS.into_iter().find(|&(limit, _)| km <= limit)?;
    let reason = Reason::VisitNearby { km: km.round() as u32, precision };
    Some(Scored { points, reason })
}

pub fn preferred_channel(service: &Service, person: &Person, _: &Geography) -> Option<Scored> {
    let wanted = person.reach?;
    let offers = service.channels.iter().any(|channel| reach_of(channel.kind) == wanted);
    offers.then_some(Scored {
        points: POINTS_PREFERRED_CHANNEL,
        reason: Reason::OffersPreferredChannel(wanted),
    })
}

/// Which answer to "how would you like to be in touch" a channel kind satisfies.
pub fn reach_of(kind: ChannelKind) -> Reach {
    match kind {
        ChannelKind::Visit => Reach::Visit,
        ChannelKind::Phone | ChannelKind::Sms => Reach::Phone,
        ChannelKind::Whatsapp | ChannelKind::Chat | ChannelKind::Web | ChannelKind::Email => {
            Reach::Online
        }
    }
}

/// A channel is open at the time given, or opens within the hour. Without a time, or without
/// structured hours, nothing is claimed. Only today's plan (and tomorrow's, near midnight) is
/// needed, so this reads `day_plan` rather than `status_at`, whose search for the next opening
/// up to two weeks ahead was the largest cost in the benchmark; a test pins the two together.
pub fn open_now_or_soon(service: &Service, person: &Person, _: &Geography) -> Option<Scored> {
    let now = person.now?;
    let mut opens_soon = false;
    for hours in service.channels.iter().filter_map(|channel| channel.hours.as_ref()) {
        match opening_near(hours, now) {
            Some(Near::OpenNow) => {
                return Some(Scored { points: POINTS_OPEN_NOW, reason: Reason::OpenNow });
            }
            Some(Near::OpensSoon) => opens_soon = true,
            None => {}
        }
    }
    opens_soon.then_some(Scored { points: POINTS_OPENS_SOON, reason: Reason::OpensSoon })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Near {
    OpenNow,
    OpensSoon,
}

fn opening_near(hours: &Hours, now: LocalDateTime) -> Option<Near> {
    if hours.by_appointment {
        return None;
    }
    let minute = i64::from(now.time.minutes());
    let today = day_plan(hours, now.date).spans;
    if today
        .iter()
        .any(|(from, to)| i64::from(from.minutes()) <= minute && minute < i64::from(to.minutes()))
    {
        return Some(Near::OpenNow);
    }
    let starts_within = |spans: &[(Time, Time)], offset: i64| {
        spans.iter().any(|(from, _)| {
            let wait = offset + i64::from(from.minutes()) - minute;
            (0..=SOON_MINUTES).contains(&wait)
        })
    };
    let soon = starts_within(&today, 0)
        || (minute + SOON_MINUTES >= MINUTES_PER_DAY
            && starts_within(&day_plan(hours, now.date.add_days(1)).spans, MINUTES_PER_DAY));
    soon.then_some(Near::OpensSoon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::raw::{Exception, Weekday, WeeklyRule};
    use crate::hours::{status_at, Date, Moment, OpenStatus, Opening};

    fn rule(days: &[Weekday], from: &str, to: &str) -> WeeklyRule {
        WeeklyRule { days: days.to_vec(), from: from.into(), to: to.into() }
    }

    /// What `status_at` says, reduced to the rule's question.
    fn expected(hours: &Hours, now: LocalDateTime) -> Option<Near> {
        match status_at(hours, now) {
            OpenStatus::AlwaysOpen | OpenStatus::Open { .. } => Some(Near::OpenNow),
            OpenStatus::Closed { opens: Some(Opening { at: Moment { at, .. }, .. }), .. } => {
                let wait = now.date.days_until(at.date) * MINUTES_PER_DAY
                    + i64::from(at.time.minutes())
                    - i64::from(now.time.minutes());
                (wait <= SOON_MINUTES).then_some(Near::OpensSoon)
            }
            OpenStatus::Closed { opens: None, .. }
            | OpenStatus::Unknown
            | OpenStatus::ByAppointment => None,
        }
    }

    #[test]
    fn agrees_with_status_at_every_quarter_hour_for_two_weeks() {
        use Weekday::*;
        let samples = [
            Hours {
                weekly: vec![
                    rule(&[Mon, Tue, Wed, Fri], "09:00", "16:00"),
                    rule(&[Thu], "12:00", "18:00"),
                ],
                open_on_public_holidays: Some(false),
                ..Hours::default()
            },
            Hours {
                weekly: vec![rule(&[Fri], "20:00", "24:00"), rule(&[Sat], "00:00", "02:00")],
                ..Hours::default()
            },
            Hours {
                weekly: vec![
                    rule(&[Mon, Tue, Wed, Thu, Fri], "10:00", "12:00"),
                    rule(&[Mon], "12:30", "15:00"),
                ],
                exceptions: vec![Exception {
                    from: "2026-12-01".into(),
                    to: None,
                    closed: true,
                    intervals: vec![],
                    note: Default::default(),
                }],
                ..Hours::default()
            },
            Hours { always_open: true, ..Hours::default() },
            Hours { by_appointment: true, ..Hours::default() },
            Hours::default(),
        ];
        // Includes Independence Day (Sun 6 Dec) and the closed exception day.
        let start = Date::parse("2026-11-28").unwrap();
        for (index, hours) in samples.iter().enumerate() {
            for day in 0..14 {
                for quarter in 0..96u16 {
                    let time = Time::from_minutes(quarter * 15).unwrap();
                    let now = LocalDateTime::new(start.add_days(day), time);
                    assert_eq!(
                        opening_near(hours, now),
                        expected(hours, now),
                        "sample {index} at {now}"
                    );
                }
            }
        }
    }
}
