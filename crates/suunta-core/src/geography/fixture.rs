//! A small geography for tests across the crate: seven real municipalities (codes, names,
//! regions, employment areas and centres as in `shared/data/municipalities.csv`) chosen so that
//! tests can name real cases: bilingual names, Åland, and Pukkila, 63 km from Helsinki.

use super::Geography;
use crate::catalogue::raw::{
    Coordinates, EmploymentArea, GeographyFile, LanguageStatus, Municipality, Provenance, Region,
    Status, Text, GEOGRAPHY_FORMAT,
};

pub(crate) fn small_geography() -> Geography {
    Geography::new(small_geography_file())
}

pub(crate) fn small_geography_file() -> GeographyFile {
    use LanguageStatus::*;
    GeographyFile {
        format: GEOGRAPHY_FORMAT.to_string(),
        provenance: Provenance {
            sources: vec!["https://stat.fi/fi/luokitukset/kunta/kunta_1_20250101".to_string()],
            source_date: "2025-01-01".to_string(),
            verified_on: "2026-11-23".to_string(),
            status: Status::Active,
            alert: Text::default(),
            maintainer_note: None,
        },
        // Deliberately out of code order: the index must sort.
        regions: vec![
            region("13", "Keski-Suomi", "Mellersta Finland"),
            region("01", "Uusimaa", "Nyland"),
            region("02", "Varsinais-Suomi", "Egentliga Finland"),
            region("21", "Ahvenanmaa", "Åland"),
        ],
        employment_areas: vec![
            employment_area("41", "Turku", "Åbo"),
            employment_area("01", "Espoo-Kauniainen", "Esbo-Grankulla"),
            employment_area("08", "Helsinki", "Helsingfors"),
            employment_area("09", "Jyväskylä-Muurame", "Jyväskylä-Muurame"),
            employment_area("30", "Porvoon seutu", "Borgåregionen"),
        ],
        municipalities: vec![
            municipality(
                "853",
                "Turku",
                "Åbo",
                "02",
                Some("41"),
                BilingualFinnishMajority,
                (60.448121, 22.266244),
            ),
            municipality(
                "091",
                "Helsinki",
                "Helsingfors",
                "01",
                Some("08"),
                BilingualFinnishMajority,
                (60.16825, 24.952913),
            ),
            municipality(
                "049",
                "Espoo",
                "Esbo",
                "01",
                Some("01"),
                BilingualFinnishMajority,
                (60.206309, 24.656705),
            ),
            municipality(
                "235",
                "Kauniainen",
                "Grankulla",
                "01",
                Some("01"),
                BilingualFinnishMajority,
                (60.208951, 24.728945),
            ),
            municipality(
                "616",
                "Pukkila",
                "Pukkila",
                "01",
                Some("30"),
                Finnish,
                (60.644302, 25.583714),
            ),
            municipality(
                "179",
                "Jyväskylä",
                "Jyväskylä",
                "13",
                Some("09"),
                Finnish,
                (62.239407, 25.745683),
            ),
            municipality(
                "478",
                "Maarianhamina - Mariehamn",
                "Mariehamn",
                "21",
                None,
                Swedish,
                (60.096, 19.943642),
            ),
        ],
    }
}

fn text(fi: &str, sv: &str) -> Text {
    Text { fi: Some(fi.to_string()), sv: Some(sv.to_string()), en: None }
}

fn region(code: &str, fi: &str, sv: &str) -> Region {
    Region { code: code.to_string(), name: text(fi, sv) }
}

fn employment_area(code: &str, fi: &str, sv: &str) -> EmploymentArea {
    EmploymentArea { code: code.to_string(), name: text(fi, sv) }
}

fn municipality(
    code: &str,
    fi: &str,
    sv: &str,
    region: &str,
    employment_area: Option<&str>,
    language_status: LanguageStatus,
    (lat, lon): (f64, f64),
) -> Municipality {
    Municipality {
        code: code.to_string(),
        name: text(fi, sv),
        region: region.to_string(),
        employment_area: employment_area.map(str::to_string),
        language_status,
        centre: Coordinates { lat, lon },
    }
}
