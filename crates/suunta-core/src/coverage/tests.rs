//! Coverage over the seven-municipality test geography (`geography::fixture`): Helsinki has an
//! Ohjaamo serving every need, Espoo is 17 km from it with only some needs served locally,
//! Pukkila is 63 km from it, Turku's Ohjaamo is inactive, Jyväskylä's has its own
//! coordinates, and Åland is outside a whole-country-except-Åland service.

use super::*;
use crate::catalogue::raw::{
    Address, Channel, Coordinates, Eligibility, Provenance, Ptv, Service, ServiceKind, Status,
};
use crate::geography::fixture::small_geography;

fn service(id: &str, kind: ServiceKind, needs: &[Need], area: Area) -> Service {
    Service {
        id: id.to_string(),
        kind,
        name: Text { fi: Some(id.to_string()), sv: None, en: None },
        summary: Text::default(),
        description: Text::default(),
        what_to_expect: Text::default(),
        how_to_apply: Text::default(),
        needs: needs.to_vec(),
        ptv: Ptv::default(),
        eligibility: Eligibility { min_age: None, max_age: None, area, note: Text::default() },
        channels: Vec::new(),
        provenance: Provenance {
            sources: vec!["https://example.org/test-fixture".to_string()],
            source_date: "not stated".to_string(),
            verified_on: "2026-11-23".to_string(),
            status: Status::Active,
            alert: Text::default(),
            maintainer_note: None,
        },
    }
}

fn visit(id: &str, municipality: &str, coordinates: Option<Coordinates>) -> Channel {
    Channel {
        address: Some(Address { coordinates, ..Address::in_municipality(municipality) }),
        ..Channel::new(id, ChannelKind::Visit)
    }
}

fn ohjaamo(id: &str, municipality: &str, coordinates: Option<Coordinates>) -> Service {
    let mut ohjaamo = service(
        id,
        ServiceKind::Ohjaamo,
        &Need::ALL,
        Area::Municipalities { codes: vec![municipality.to_string()] },
    );
    ohjaamo.eligibility.min_age = Some(15);
    ohjaamo.eligibility.max_age = Some(29);
    ohjaamo.channels.push(visit("visit", municipality, coordinates));
    ohjaamo
}

fn catalogue() -> Vec<Service> {
    let mut inactive_turku = ohjaamo("ohjaamo-turku", "853", None);
    inactive_turku.provenance.status = Status::Inactive;
    vec![
        service(
            "jobs-except-aland",
            ServiceKind::Employment,
            &[Need::Work],
            Area::WholeCountryExceptAland,
        ),
        service("helpline", ServiceKind::Helpline, &[Need::Wellbeing], Area::WholeCountry),
        service(
            "employment-espoo-kauniainen",
            ServiceKind::Employment,
            &[Need::Work, Need::Career],
            Area::EmploymentArea { code: "01".into() },
        ),
        service(
            "study-uusimaa",
            ServiceKind::Education,
            &[Need::Study],
            Area::Region { code: "01".into() },
        ),
        ohjaamo("ohjaamo-helsinki", "091", None),
        inactive_turku,
        ohjaamo("ohjaamo-jyvaskyla", "179", Some(Coordinates { lat: 62.3, lon: 25.7 })),
    ]
}

fn municipality<'a>(report: &'a CoverageReport, code: &str) -> &'a MunicipalityCoverage {
    report
        .regions
        .iter()
        .flat_map(|region| &region.municipalities)
        .find(|municipality| municipality.code == code)
        .unwrap_or_else(|| panic!("municipality {code} missing from the report"))
}

/// The status of every need in `Need::ALL` order, as "need:status" strings, so a whole
/// municipality's coverage reads in one line.
fn statuses(coverage: &MunicipalityCoverage) -> Vec<String> {
    coverage
        .needs
        .iter()
        .map(|need| {
            let status = match need.status {
                NeedStatus::Local => "local",
                NeedStatus::NationalOnly => "national",
                NeedStatus::None => "none",
            };
            format!("{}:{status}", need.need.id())
        })
        .collect()
}

fn check(code: &str, expected_statuses: &[&str], expected_gaps: &[Gap]) {
    let report = coverage(&small_geography(), &catalogue());
    let coverage = municipality(&report, code);
    assert_eq!(statuses(coverage), expected_statuses, "needs in {code}");
    assert_eq!(coverage.gaps, expected_gaps, "gaps in {code}");
}

#[test]
fn a_municipality_with_everything_has_no_gaps() {
    check(
        "091",
        &[
            "work:local",
            "study:local",
            "career:local",
            "money:local",
            "housing:local",
            "wellbeing:local",
            "everyday:local",
            "integration:local",
            "unsure:local",
        ],
        &[],
    );
    let report = coverage(&small_geography(), &catalogue());
    let helsinki = municipality(&report, "091");
    assert_eq!(helsinki.needs[0].local, ["ohjaamo-helsinki"]);
    assert_eq!(helsinki.needs[0].national, ["jobs-except-aland"]);
    let nearest = helsinki.nearest_ohjaamo.as_ref().unwrap();
    assert_eq!((nearest.service_id.as_str(), nearest.distance_km), ("ohjaamo-helsinki", 0.0));
    assert_eq!(nearest.precision, Precision::MunicipalityCentre);
}

#[test]
fn a_municipality_near_an_ohjaamo_can_still_lack_local_services() {
    use Need::*;
    check(
        "049",
        &[
            "work:local",
            "study:local",
            "career:local",
            "money:none",
            "housing:none",
            "wellbeing:national",
            "everyday:none",
            "integration:none",
            "unsure:none",
        ],
        &[
            Gap::NoService { need: Money },
            Gap::NoService { need: Housing },
            Gap::NationalOnly { need: Wellbeing },
            Gap::NoService { need: Everyday },
            Gap::NoService { need: Integration },
            Gap::NoService { need: Unsure },
        ],
    );
    let report = coverage(&small_geography(), &catalogue());
    let nearest = municipality(&report, "049").nearest_ohjaamo.clone().unwrap();
    assert_eq!(nearest.municipality, "091");
    assert!(nearest.within_reach);
    assert!((nearest.distance_km - 16.7).abs() < 0.5, "{}", nearest.distance_km);
}

#[test]
fn a_municipality_63_km_from_the_nearest_ohjaamo_is_flagged() {
    let report = coverage(&small_geography(), &catalogue());
    let pukkila = municipality(&report, "616");
    let nearest = pukkila.nearest_ohjaamo.as_ref().unwrap();
    assert_eq!(nearest.service_id, "ohjaamo-helsinki");
    assert!((nearest.distance_km - 63.3).abs() < 0.5, "{}", nearest.distance_km);
    assert!(!nearest.within_reach);
    assert!(!pukkila.has_ohjaamo_within_reach());
    assert_eq!(pukkila.gaps.last(), Some(&Gap::NoOhjaamoWithinReach));
}

#[test]
fn aland_is_outside_whole_country_except_aland() {
    check(
        "478",
        &[
            "work:none",
            "study:none",
            "career:none",
            "money:none",
            "housing:none",
            "wellbeing:national",
            "everyday:none",
            "integration:none",
            "unsure:none",
        ],
        &[
            Gap::NoService { need: Need::Work },
            Gap::NoService { need: Need::Study },
            Gap::NoService { need: Need::Career },
            Gap::NoService { need: Need::Money },
            Gap::NoService { need: Need::Housing },
            Gap::NationalOnly { need: Need::Wellbeing },
            Gap::NoService { need: Need::Everyday },
            Gap::NoService { need: Need::Integration },
            Gap::NoService { need: Need::Unsure },
            Gap::NoOhjaamoWithinReach,
        ],
    );
}

#[test]
fn inactive_services_do_not_count() {
    let report = coverage(&small_geography(), &catalogue());
    let turku = municipality(&report, "853");
    assert_eq!(turku.nearest_ohjaamo.as_ref().unwrap().service_id, "ohjaamo-helsinki");
    assert!(!turku.has_ohjaamo_within_reach());
    assert_eq!(statuses(turku)[1], "study:none");
}

#[test]
fn an_ohjaamos_own_coordinates_are_used_and_reported_as_exact() {
    let report = coverage(&small_geography(), &catalogue());
    let nearest = municipality(&report, "179").nearest_ohjaamo.clone().unwrap();
    assert_eq!(nearest.precision, Precision::Exact);
    assert!(nearest.distance_km > 5.0 && nearest.distance_km < 8.0, "{}", nearest.distance_km);
}

#[test]
fn age_limits_do_not_hide_a_service() {
    let report = coverage(&small_geography(), &catalogue());
    let helsinki = municipality(&report, "091");
    assert!(helsinki.needs.iter().all(|need| need.local.contains(&"ohjaamo-helsinki".to_string())));
}

#[test]
fn without_any_ohjaamo_every_municipality_has_the_ohjaamo_gap() {
    let services: Vec<Service> =
        catalogue().into_iter().filter(|s| s.kind != ServiceKind::Ohjaamo).collect();
    let report = coverage(&small_geography(), &services);
    for municipality in report.regions.iter().flat_map(|region| &region.municipalities) {
        assert_eq!(municipality.nearest_ohjaamo, None);
        assert_eq!(municipality.gaps.last(), Some(&Gap::NoOhjaamoWithinReach));
    }
}

#[test]
fn region_summaries_count_the_municipalities_gaps() {
    let report = coverage(&small_geography(), &catalogue());
    let regions: Vec<&str> = report.regions.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(regions, ["01", "02", "13", "21"]);

    let uusimaa = report.region("01").unwrap();
    let codes: Vec<&str> = uusimaa.municipalities.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, ["049", "091", "235", "616"]);
    let summary = &uusimaa.summary;
    assert_eq!(summary.municipalities, 4);
    assert_eq!(summary.municipalities_with_gaps, 3);
    assert_eq!(summary.municipalities_without_ohjaamo_within_reach, 1);
    let per_municipality: usize = uusimaa.municipalities.iter().map(|m| m.gaps.len()).sum();
    assert_eq!(summary.gaps, per_municipality);
    assert_eq!(
        summary.needs[Need::ALL.iter().position(|n| *n == Need::Wellbeing).unwrap()],
        NeedSummary { need: Need::Wellbeing, local: 1, national_only: 3, none: 0 }
    );
    assert_eq!(
        summary.needs[0],
        NeedSummary { need: Need::Work, local: 3, national_only: 1, none: 0 }
    );
    assert_eq!(report.region("99"), None);
}

#[test]
fn the_report_is_the_same_whatever_the_order_of_the_services() {
    let mut reversed = catalogue();
    reversed.reverse();
    assert_eq!(coverage(&small_geography(), &reversed), coverage(&small_geography(), &catalogue()));
}

#[test]
fn the_json_form_names_needs_statuses_and_gaps_by_their_ids() {
    let report = coverage(&small_geography(), &catalogue());
    let json = serde_json::to_value(municipality(&report, "616")).unwrap();
    assert_eq!(json["needs"][0]["need"], "work");
    assert_eq!(json["needs"][0]["status"], "national_only");
    assert_eq!(json["nearest_ohjaamo"]["precision"], "municipality_centre");
    assert_eq!(
        json["gaps"].as_array().unwrap().last().unwrap(),
        &serde_json::json!({"gap": "no_ohjaamo_within_reach"})
    );
    assert_eq!(json["gaps"][0], serde_json::json!({"gap": "national_only", "need": "work"}));
}
