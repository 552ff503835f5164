//! How far a place to visit is from the person's municipal centre, in words: great-circle
//! distance, rounded as a person would say it ("0,8 km", "12 km").

use suunta_core::catalogue::raw::{Address, Municipality};
use suunta_core::geography::{distance_km, Geography, Precision};
use suunta_core::lang::Lang;

use crate::words::{say, Say};

/// None when the person's municipality is not known or the address cannot be placed.
pub fn distance(
    address: &Address,
    home: Option<&Municipality>,
    geography: &Geography,
    lang: Lang,
) -> Option<String> {
    let home = home?;
    let located = geography.visit_point(address)?;
    let km = distance_km(home.centre, located.point);
    if !km.is_finite() {
        return None;
    }
    let text = match located.precision {
        Precision::Exact => say(Say::DistanceExact, lang).replace("{km}", &kilometres(km, lang)),
        // Known only by municipality: the own one is simply "here", and another one's distance
        // is between the two centres, which the words say.
        Precision::MunicipalityCentre if address.municipality == home.code => {
            say(Say::InOwnMunicipality, lang).to_owned()
        }
        Precision::MunicipalityCentre => {
            say(Say::DistanceCentres, lang).replace("{km}", &kilometres(km, lang))
        }
    };
    Some(text)
}

/// Under 10 km to a tenth (at least 0.1, so nothing is "0 km" away), whole kilometres from
/// there; a decimal comma in Finnish and Swedish.
pub fn kilometres(km: f64, lang: Lang) -> String {
    if km < 9.95 {
        let tenths = (km * 10.0).round().max(1.0) as u32;
        let separator = match lang {
            Lang::Fi | Lang::Sv => ',',
            Lang::En => '.',
        };
        format!("{}{separator}{}", tenths / 10, tenths % 10)
    } else {
        format!("{}", km.round() as u32)
    }
}

#[cfg(test)]
mod tests {
    use suunta_core::catalogue::raw::{
        Coordinates, GeographyFile, LanguageStatus, Provenance, Status, Text,
    };

    use super::*;

    fn municipality(code: &str, name: &str, lat: f64, lon: f64) -> Municipality {
        Municipality {
            code: code.into(),
            name: Text { fi: Some(name.into()), ..Text::default() },
            region: "01".into(),
            employment_area: None,
            language_status: LanguageStatus::Finnish,
            centre: Coordinates { lat, lon },
        }
    }

    fn geography() -> Geography {
        Geography::new(GeographyFile {
            format: "suunta-geography/1".into(),
            provenance: Provenance {
                sources: vec![],
                source_date: String::new(),
                verified_on: String::new(),
                status: Status::Active,
                alert: Text::default(),
                maintainer_note: None,
            },
            regions: vec![],
            employment_areas: vec![],
            municipalities: vec![
                municipality("091", "Helsinki", 60.16825, 24.952913),
                municipality("049", "Espoo", 60.206309, 24.656705),
            ],
        })
    }

    #[test]
    fn a_known_entrance_is_measured_from_the_municipal_centre() {
        let geography = geography();
        let home = geography.municipality("091");
        let mut address = Address::in_municipality("091");
        // Kamppi, a little over a kilometre west of the centre point.
        address.coordinates = Some(Coordinates { lat: 60.1689, lon: 24.9318 });
        assert_eq!(
            distance(&address, home, &geography, Lang::Fi).as_deref(),
            Some("1,2 km kuntasi keskustasta")
        );
        assert_eq!(distance(&address, None, &geography, Lang::Fi), None, "no home, no distance");
    }

    #[test]
    fn a_place_known_by_municipality_is_here_or_centre_to_centre() {
        let geography = geography();
        let home = geography.municipality("091");
        let here = Address::in_municipality("091");
        assert_eq!(
            distance(&here, home, &geography, Lang::En).as_deref(),
            Some("In your own municipality")
        );
        let espoo = Address::in_municipality("049");
        assert_eq!(
            distance(&espoo, home, &geography, Lang::En).as_deref(),
            Some("About 17 km from your municipal centre (centre to centre)")
        );
        let unknown = Address::in_municipality("999");
        assert_eq!(distance(&unknown, home, &geography, Lang::En), None);
    }

    #[test]
    fn short_distances_to_a_tenth_and_long_ones_in_whole_kilometres() {
        assert_eq!(kilometres(0.76, Lang::Fi), "0,8");
        assert_eq!(kilometres(0.76, Lang::En), "0.8");
        assert_eq!(kilometres(0.01, Lang::En), "0.1", "never 0 km");
        assert_eq!(kilometres(9.94, Lang::Sv), "9,9");
        assert_eq!(kilometres(9.96, Lang::En), "10");
        assert_eq!(kilometres(12.4, Lang::En), "12");
        assert_eq!(kilometres(345.6, Lang::Fi), "346");
    }
}
