//! Great-circle distance between two WGS84 points.

use crate::catalogue::raw::Coordinates;

/// The mean Earth radius (IUGG), in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance in kilometres (haversine). Good to well under 1 % at Finland's
/// distances, which is all "nearest" and "within 50 km" need; road distance would need a
/// routing service, and the app makes no network calls.
pub fn distance_km(a: Coordinates, b: Coordinates) -> f64 {
    let (lat_a, lat_b) = (a.lat.to_radians(), b.lat.to_radians());
    let half_dlat = (lat_b - lat_a) / 2.0;
    let half_dlon = (b.lon - a.lon).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + lat_a.cos() * lat_b.cos() * half_dlon.sin().powi(2);
    // Rounding can push `h` a hair past 1 for antipodal points, where asin would return NaN;
    // `clamp` (unlike `min`) keeps a NaN from a NaN input, so bad input stays visibly bad.
    2.0 * EARTH_RADIUS_KM * h.sqrt().clamp(0.0, 1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELSINKI: Coordinates = Coordinates { lat: 60.16825, lon: 24.952913 };
    const TURKU: Coordinates = Coordinates { lat: 60.448121, lon: 22.266244 };
    const MARIEHAMN: Coordinates = Coordinates { lat: 60.096, lon: 19.943642 };

    fn check(a: Coordinates, b: Coordinates, expected_km: f64) {
        let got = distance_km(a, b);
        assert!((got - expected_km).abs() < 0.5, "distance {got:.3} km, expected {expected_km} km");
        assert!((distance_km(b, a) - got).abs() < 1e-9, "distance must be symmetric");
    }

    #[test]
    fn distances_between_municipal_centres() {
        check(HELSINKI, HELSINKI, 0.0);
        check(HELSINKI, TURKU, 151.2);
        check(HELSINKI, MARIEHAMN, 277.4);
    }

    #[test]
    fn one_degree_of_latitude_is_about_111_km() {
        let south = Coordinates { lat: 60.0, lon: 25.0 };
        let north = Coordinates { lat: 61.0, lon: 25.0 };
        check(south, north, 111.2);
    }

    #[test]
    fn antipodal_points_are_half_the_circumference_apart() {
        let here = Coordinates { lat: 60.0, lon: 25.0 };
        let there = Coordinates { lat: -60.0, lon: -155.0 };
        check(here, there, std::f64::consts::PI * EARTH_RADIUS_KM);
    }

    #[test]
    fn a_point_that_is_not_a_number_has_no_distance() {
        let here = Coordinates { lat: 60.0, lon: 25.0 };
        assert!(distance_km(here, Coordinates { lat: f64::NAN, lon: 25.0 }).is_nan());
    }
}
