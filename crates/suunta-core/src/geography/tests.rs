use super::fixture::small_geography;
use super::*;
use crate::catalogue::raw::Text;

fn codes<'a>(municipalities: impl IntoIterator<Item = &'a Municipality>) -> Vec<&'a str> {
    municipalities.into_iter().map(|m| m.code.as_str()).collect()
}

fn area_codes(geography: &Geography, area: &Area) -> Vec<String> {
    geography.municipalities_in(area).map(|m| m.code.clone()).collect()
}

fn owned(codes: &[&str]) -> Vec<String> {
    codes.iter().map(|c| c.to_string()).collect()
}

#[test]
fn lookups_find_known_codes_only() {
    let geography = small_geography();
    assert_eq!(geography.municipality("091").unwrap().name.fi.as_deref(), Some("Helsinki"));
    assert_eq!(geography.municipality("999"), None);
    assert_eq!(geography.municipality(""), None);
    assert_eq!(geography.region("21").unwrap().name.sv.as_deref(), Some("Åland"));
    assert_eq!(geography.region("99"), None);
    assert_eq!(geography.employment_area("30").unwrap().name.fi.as_deref(), Some("Porvoon seutu"));
    assert_eq!(geography.employment_area("46"), None);
}

#[test]
fn listings_are_in_code_order() {
    let geography = small_geography();
    assert_eq!(
        codes(geography.municipalities()),
        ["049", "091", "179", "235", "478", "616", "853"]
    );
    let regions: Vec<&str> = geography.regions().iter().map(|r| r.code.as_str()).collect();
    assert_eq!(regions, ["01", "02", "13", "21"]);
}

#[test]
fn areas_cover_their_municipalities() {
    let geography = small_geography();
    let check = |area: Area, expected: &[&str]| {
        assert_eq!(area_codes(&geography, &area), owned(expected), "{area:?}");
        for municipality in geography.municipalities() {
            let included = expected.contains(&municipality.code.as_str());
            assert_eq!(geography.area_includes(&area, &municipality.code), included);
        }
    };
    check(Area::WholeCountry, &["049", "091", "179", "235", "478", "616", "853"]);
    check(Area::WholeCountryExceptAland, &["049", "091", "179", "235", "616", "853"]);
    check(Area::Region { code: "01".into() }, &["049", "091", "235", "616"]);
    check(Area::Region { code: "21".into() }, &["478"]);
    check(Area::Region { code: "99".into() }, &[]);
    check(Area::EmploymentArea { code: "01".into() }, &["049", "235"]);
    check(Area::EmploymentArea { code: "46".into() }, &[]);
    check(Area::Municipalities { codes: owned(&["853", "091", "000"]) }, &["091", "853"]);
    check(Area::Municipalities { codes: Vec::new() }, &[]);
}

#[test]
fn no_area_includes_an_unknown_municipality() {
    let geography = small_geography();
    assert!(!geography.area_includes(&Area::WholeCountry, "999"));
    assert!(!geography.area_includes(&Area::Municipalities { codes: owned(&["999"]) }, "999"));
}

#[test]
fn nearest_municipality_to_a_point() {
    let geography = small_geography();
    let check = |lat: f64, lon: f64, expected: Option<&str>| {
        let found = geography.nearest_municipality(Coordinates { lat, lon });
        assert_eq!(found.map(|m| m.code.as_str()), expected, "({lat}, {lon})");
    };
    // Between Espoo's and Kauniainen's centres, nearer Kauniainen.
    check(60.21, 24.70, Some("235"));
    check(60.17, 24.95, Some("091"));
    check(62.0, 25.5, Some("179"));
    check(60.1, 20.0, Some("478"));
    check(f64::NAN, 24.0, None);

    let empty = Geography::new(GeographyFile {
        municipalities: Vec::new(),
        ..fixture::small_geography_file()
    });
    assert_eq!(empty.nearest_municipality(Coordinates { lat: 60.0, lon: 25.0 }), None);
}

#[test]
fn type_ahead_over_finnish_and_swedish_names() {
    let geography = small_geography();
    let check = |query: &str, limit: usize, expected: &[&str]| {
        assert_eq!(codes(geography.search_municipalities(query, limit)), expected, "{query:?}");
    };
    check("jyvaskyla", 10, &["179"]);
    check("JYVÄSKYLÄ", 10, &["179"]);
    check("helsingfors", 10, &["091"]);
    check("abo", 10, &["853"]);
    check("grank", 10, &["235"]);
    check("esp", 10, &["049"]);
    check("esbo", 10, &["049"]);
    // Exact before prefix: "Mariehamn" is exact in Swedish; no other name starts with it.
    check("mariehamn", 10, &["478"]);
    // Prefix (Kauniainen) before substring; substring ties by the matching name: Helsinki,
    // Jyväskylä, Pukkila, Turku.
    check("k", 10, &["235", "091", "179", "616", "853"]);
    check("k", 2, &["235", "091"]);
    check("k", 0, &[]);
    check("", 10, &[]);
    check("   ", 10, &[]);
    check("oulu", 10, &[]);
}

#[test]
fn a_visit_point_is_the_entrance_or_else_the_municipal_centre() {
    let geography = small_geography();
    let address = |municipality: &str, coordinates: Option<Coordinates>| Address {
        street: Text::default(),
        postcode: None,
        post_office: Text::default(),
        municipality: municipality.to_string(),
        venue: Text::default(),
        coordinates,
    };
    let entrance = Coordinates { lat: 60.2, lon: 24.9 };
    assert_eq!(
        geography.visit_point(&address("091", Some(entrance))),
        Some(Located { point: entrance, precision: Precision::Exact })
    );
    assert_eq!(
        geography.visit_point(&address("853", None)),
        Some(Located {
            point: Coordinates { lat: 60.448121, lon: 22.266244 },
            precision: Precision::MunicipalityCentre
        })
    );
    let broken = Coordinates { lat: f64::NAN, lon: 24.9 };
    assert_eq!(
        geography.visit_point(&address("091", Some(broken))).map(|l| l.precision),
        Some(Precision::MunicipalityCentre)
    );
    assert_eq!(geography.visit_point(&address("999", None)), None);
}
