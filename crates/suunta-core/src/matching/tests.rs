//! Named scenario tests on the fixture catalogue (made-up services, real municipalities).

use super::*;
use crate::answers::{parse, LanguageCode, Reach};
use crate::catalogue::raw::{Need, ServiceKind};
use crate::geography::Precision;
use crate::lang::Lang;
use crate::matching::fixture::{self, ServiceFixture};
use crate::wording;

/// Recommends for a query and returns the fit and the ranked ids with their reasons.
fn check(query: &str) -> (Fit, Vec<(String, u32, Vec<Reason>)>) {
    let services = fixture::services();
    let geography = fixture::geography();
    let (answers, notes) = parse(query);
    assert!(notes.is_empty(), "{query}: {notes:?}");
    let result = recommend(&services, &geography, &answers, None);
    let ranked = result
        .services
        .into_iter()
        .map(|recommendation| {
            (recommendation.service.id.clone(), recommendation.score, recommendation.reasons)
        })
        .collect();
    (result.fit, ranked)
}

fn ids(ranked: &[(String, u32, Vec<Reason>)]) -> Vec<&str> {
    ranked.iter().map(|(id, _, _)| id.as_str()).collect()
}

fn reasons_of<'r>(ranked: &'r [(String, u32, Vec<Reason>)], id: &str) -> &'r [Reason] {
    &ranked.iter().find(|(found, _, _)| found == id).unwrap_or_else(|| panic!("{id} not listed")).2
}

#[test]
fn a_19_year_old_in_a_city_with_an_ohjaamo_who_wants_work() {
    let (fit, ranked) = check("age=19&municipality=091&situation=looking-for-work&needs=work");
    assert_eq!(fit, Fit::Exact);
    assert_eq!(ids(&ranked), ["test-employment-08", "test-ohjaamo-helsinki", "test-job-market"]);
    assert_eq!(
        reasons_of(&ranked, "test-employment-08"),
        [
            Reason::ServesNeeds(vec![Need::Work]),
            Reason::OwnEmploymentArea,
            Reason::VisitNearby { km: 0, precision: Precision::MunicipalityCentre },
        ]
    );
    // With several needs the Ohjaamo, made for exactly that, comes first.
    let (_, ranked) =
        check("age=19&municipality=091&situation=looking-for-work&needs=work,study,housing");
    assert_eq!(ranked[0].0, "test-ohjaamo-helsinki");
    assert!(reasons_of(&ranked, "test-ohjaamo-helsinki").contains(&Reason::OhjaamoForYoungPeople));
}

#[test]
fn a_45_year_old_looking_for_work() {
    let (fit, ranked) = check("age=45&municipality=179&situation=looking-for-work&needs=work");
    assert_eq!(fit, Fit::Exact);
    assert_eq!(ids(&ranked), ["test-employment-09", "test-job-market"]);
    assert!(reasons_of(&ranked, "test-employment-09").contains(&Reason::OwnEmploymentArea));
    // Another area's employment services never serve them.
    assert!(!ids(&ranked).contains(&"test-employment-08"));
}

#[test]
fn a_30_year_old_at_an_ohjaamo_whose_limit_is_29() {
    let (fit, ranked) = check("age=30&municipality=091&needs=unsure");
    assert_eq!(fit, Fit::NationalOnly);
    assert!(!ids(&ranked).contains(&"test-ohjaamo-helsinki"), "Helsinki's Ohjaamo serves up to 29");
    assert_eq!(ids(&ranked), ["test-guidance-directory"]);
    // Jyväskylä's limit is 30, so a 30-year-old there is still welcome.
    let (_, ranked) = check("age=30&municipality=179&needs=unsure");
    assert_eq!(ids(&ranked)[0], "test-ohjaamo-jyvaskyla");
    // At 29 Helsinki's Ohjaamo is back, first, because unclear needs are what it is for.
    let (_, ranked) = check("age=29&municipality=091&needs=unsure");
    assert_eq!(ids(&ranked)[0], "test-ohjaamo-helsinki");
}

#[test]
fn a_swedish_speaker_in_a_bilingual_town() {
    let (fit, ranked) = check(
        "lang=sv&age=22&municipality=638&situation=studying&needs=study,career&service_lang=sv",
    );
    assert_eq!(fit, Fit::Exact);
    assert_eq!(ranked[0].0, "test-navigatorn-porvoo");
    let sv = LanguageCode::parse("sv").unwrap();
    assert!(reasons_of(&ranked, "test-navigatorn-porvoo")
        .contains(&Reason::ServesInLanguage(sv.clone())));
    // The Finnish-only chat earns no language points.
    let worded: Vec<String> = reasons_of(&ranked, "test-navigatorn-porvoo")
        .iter()
        .map(|reason| wording::reason(reason, Lang::Sv))
        .collect();
    assert!(worded.contains(&"Betjänar på: svenska".to_owned()), "{worded:?}");
    // The same person asking for Finnish service: no language reason for Swedish.
    let (_, ranked) = check("age=22&municipality=638&needs=study,career&service_lang=fi");
    assert!(!reasons_of(&ranked, "test-navigatorn-porvoo").contains(&Reason::ServesInLanguage(sv)));
}

#[test]
fn a_person_in_a_small_municipality_far_from_any_ohjaamo() {
    let (fit, ranked) = check("age=20&municipality=890&needs=unsure");
    assert_eq!(fit, Fit::NationalOnly, "nothing local fits, and the page says so");
    assert!(ranked.iter().all(|(id, _, _)| !id.contains("ohjaamo") && !id.contains("navigatorn")));
    assert_eq!(ids(&ranked), ["test-guidance-directory", "test-youth-chat"]);
    // Nothing serves housing there: national services, flagged.
    let (fit, ranked) = check("age=20&municipality=890&needs=housing");
    assert_eq!(fit, Fit::NothingMatchedExactly);
    assert!(!ranked.is_empty());
    let services = fixture::services();
    for (id, _, _) in &ranked {
        let service = services.iter().find(|service| &service.id == id).unwrap();
        assert!(filters::is_national(&service.eligibility.area), "{id} is not national");
    }
}

#[test]
fn someone_who_needs_help_now() {
    let (fit, ranked) = check("urgent=1&age=19&municipality=091&needs=work&reach=visit");
    assert_eq!(fit, Fit::Exact);
    // The emergency number first, whatever its id, then crisis lines, then helplines and chats.
    assert_eq!(ids(&ranked), ["test-emergency", "test-crisis-line", "test-youth-chat"]);
    assert_eq!(reasons_of(&ranked, "test-emergency"), [Reason::UrgentHelp]);
    assert_eq!(reasons_of(&ranked, "test-youth-chat")[0], Reason::SomeoneToTalkTo);
    // Whatever else was answered, even nothing.
    let (_, ranked) = check("urgent=1");
    assert_eq!(ids(&ranked), ["test-emergency", "test-crisis-line", "test-youth-chat"]);
    // The youth chat's age limit still holds.
    let (_, ranked) = check("urgent=1&age=45");
    assert_eq!(ids(&ranked), ["test-emergency", "test-crisis-line"]);
}

#[test]
fn someone_who_answers_not_sure_to_everything() {
    let (fit, ranked) = check(
        "age=skip&municipality=skip&situation=skip&needs=unsure&reach=skip&service_lang=skip",
    );
    assert_eq!(fit, Fit::Exact);
    assert_eq!(ids(&ranked), ["test-guidance-directory", "test-youth-chat"]);
}

#[test]
fn inactive_services_are_never_recommended() {
    let (_, ranked) = check("age=19&municipality=091&needs=work,study");
    assert!(!ids(&ranked).contains(&"test-ohjaamo-closed"));
}

#[test]
fn the_preferred_channel_adds_points_and_a_reason() {
    let (_, by_phone) = check("age=40&municipality=179&needs=wellbeing&reach=phone");
    assert_eq!(ids(&by_phone), ["test-crisis-line"]);
    assert!(reasons_of(&by_phone, "test-crisis-line")
        .contains(&Reason::OffersPreferredChannel(Reach::Phone)));
    // Far from any Ohjaamo, the chat comes before the crisis line for someone who prefers online.
    let (_, online) = check("age=20&municipality=890&needs=wellbeing&reach=online");
    assert_eq!(ids(&online), ["test-youth-chat", "test-crisis-line"]);
    let (_, by_phone) = check("age=20&municipality=890&needs=wellbeing&reach=phone");
    assert_eq!(ids(&by_phone), ["test-crisis-line", "test-youth-chat"]);
}

#[test]
fn distance_bands_reward_a_nearby_visit_point() {
    use crate::matching::fixture::ServiceFixture;
    // One made-up service serving three municipalities from a visit point in Helsinki.
    let services = vec![fixture::service(
        "test-near",
        ServiceKind::Career,
        (None, None),
        fixture::municipalities(&["049", "091", "638"]),
    )
    .needs(&[Need::Career])
    .channel(fixture::visit("091", &[]))];
    let geography = fixture::geography();
    let check = |code: &str, expected: Option<(u32, u32)>| {
        let (answers, _) = parse(&format!("municipality={code}&needs=career"));
        let result = recommend(&services, &geography, &answers, None);
        let found = result.services.first().map(|recommendation| {
            let km = recommendation.reasons.iter().find_map(|reason| match reason {
                Reason::VisitNearby { km, precision: Precision::MunicipalityCentre } => Some(*km),
                _ => None,
            });
            (km, recommendation.score - rules::POINTS_PER_NEED)
        });
        let expected = expected.map(|(km, points)| (Some(km), points));
        assert_eq!(found, expected, "{code}");
    };
    check("091", Some((0, 20)));
    check("049", Some((17, 12)));
    check("638", Some((46, 5)));
    check("179", None);
}

#[test]
fn ties_break_by_id_and_the_order_is_stable() {
    let services = fixture::services();
    let mut reversed = services.clone();
    reversed.reverse();
    let geography = fixture::geography();
    for query in [
        "needs=unsure",
        "age=19&municipality=091&needs=work",
        "urgent=1",
        "needs=housing&municipality=890",
    ] {
        let (answers, _) = parse(query);
        let forward: Vec<&str> = recommend(&services, &geography, &answers, None)
            .services
            .iter()
            .map(|r| r.service.id.as_str())
            .collect();
        let backward: Vec<&str> = recommend(&reversed, &geography, &answers, None)
            .services
            .iter()
            .map(|r| r.service.id.as_str())
            .collect();
        assert_eq!(forward, backward, "{query}");
    }
}

#[test]
fn an_empty_catalogue_gives_an_empty_flagged_answer() {
    let geography = fixture::geography();
    let result = recommend(&[], &geography, &parse("needs=work").0, None);
    assert_eq!(result, Recommendations { fit: Fit::NothingMatchedExactly, services: vec![] });
}

#[test]
fn open_now_or_soon_follows_the_time_given() {
    use crate::catalogue::raw::{ChannelKind, Hours, Weekday, WeeklyRule};
    use crate::hours::LocalDateTime;
    use crate::matching::fixture::ServiceFixture;
    let mut phone = fixture::other(ChannelKind::Phone, &["fi"]);
    phone.hours = Some(Hours {
        weekly: vec![WeeklyRule {
            days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            from: "10:00".into(),
            to: "16:00".into(),
        }],
        open_on_public_holidays: Some(false),
        ..Hours::default()
    });
    let service = fixture::service(
        "test-office-hours",
        ServiceKind::Career,
        (None, None),
        fixture::municipalities(&["091"]),
    )
    .channel(phone);
    let geography = fixture::geography();
    let check = |now: Option<&str>, expected: Option<Reason>| {
        let now = now.map(|text| LocalDateTime::parse(text).unwrap());
        let person = Person::new(&parse("municipality=091").0, &geography, now);
        let got =
            rules::open_now_or_soon(&service, &person, &geography).map(|scored| scored.reason);
        assert_eq!(got, expected, "{now:?}");
    };
    check(Some("2026-11-23T12:00"), Some(Reason::OpenNow)); // a Monday
    check(Some("2026-11-23T09:00"), Some(Reason::OpensSoon));
    check(Some("2026-11-23T08:59"), None);
    check(Some("2026-11-23T16:00"), None);
    check(Some("2026-11-22T23:30"), None); // Sunday night: opens tomorrow at 10
    check(Some("2026-12-24T12:00"), None); // Christmas Eve, closed on holidays
    check(None, None);
}

#[test]
fn a_youth_sites_audience_leaves_out_what_is_only_for_older_people_until_the_age_is_given() {
    let (_, everyone) = check("municipality=179&needs=wellbeing,work");
    assert!(ids(&everyone).contains(&"test-youth-chat"));
    let (_, adults) = check("municipality=179&needs=wellbeing,work&audience=adults");
    assert!(!ids(&adults).contains(&"test-youth-chat"), "{:?}", ids(&adults));
    assert!(ids(&adults).contains(&"test-crisis-line"));
    // The Jyväskylä Ohjaamo takes 30-year-olds: an adult can be within its limits.
    let (_, adults) = check("municipality=179&needs=work,study,housing&audience=adults");
    assert!(ids(&adults).contains(&"test-ohjaamo-jyvaskyla"));
    let (_, young) = check("municipality=091&needs=wellbeing,work&audience=young");
    assert!(ids(&young).contains(&"test-youth-chat"));
    // A given age decides alone.
    let (_, given) = check("age=19&municipality=179&needs=wellbeing&audience=adults");
    assert!(ids(&given).contains(&"test-youth-chat"));
}

#[test]
fn on_a_regions_site_prefer_not_to_say_still_finds_the_regions_own_services() {
    use crate::catalogue::raw::Area;
    let mut services = fixture::services();
    services.push(
        fixture::service(
            "test-region-13-guidance",
            ServiceKind::Other,
            (None, None),
            Area::Region { code: "13".to_owned() },
        )
        .needs(&[Need::Career]),
    );
    let geography = fixture::geography();
    let ranked = |query: &str| -> Vec<String> {
        let (answers, notes) = parse(query);
        assert!(notes.is_empty(), "{notes:?}");
        let result = recommend(&services, &geography, &answers, None);
        result.services.into_iter().map(|r| r.service.id.clone()).collect()
    };
    let region = "test-region-13-guidance".to_owned();
    assert!(!ranked("municipality=skip&needs=career").contains(&region));
    assert!(ranked("municipality=skip&needs=career&preset_region=13").contains(&region));
    assert!(!ranked("municipality=skip&needs=career&preset_region=01").contains(&region));
    // Not the region's employment areas: the person may be in any of them.
    assert!(!ranked("municipality=skip&needs=work&preset_region=13")
        .contains(&"test-employment-09".to_owned()));
    // A municipality given decides, even outside the preset region.
    assert!(!ranked("municipality=091&needs=career&preset_region=13").contains(&region));
    assert!(ranked("municipality=179&needs=career&preset_region=01").contains(&region));
}
