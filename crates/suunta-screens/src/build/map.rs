//! The small map above the results: where the listed places to visit are, numbered as in the
//! list, and the person's municipal centre, over an outline of Finland shipped with the app
//! (`map/outline.rs`). Drawn by the page as SVG from these numbers: no tiles, nothing fetched,
//! works offline. It only repeats what the list says, for people who would rather look.

mod outline;

use suunta_core::catalogue::raw::{ChannelKind, Coordinates, Municipality, Service};
use suunta_core::geography::Geography;
use suunta_core::lang::Lang;

use crate::screen::{MapMark, ResultsMap};
use crate::words::{say, Say};

/// The smallest area shown, km: a city's places fill the map without making its coast a blur.
const SMALLEST_EXTENT_KM: f64 = 160.0;
/// Room around the outermost marks, as a share of the extent.
const MARGIN: f64 = 0.15;

/// Where `point` is on the outline's map, in km from its top-left corner.
pub fn project(point: Coordinates) -> (f64, f64) {
    let x = (point.lon - outline::CENTRAL_MERIDIAN)
        * point.lat.to_radians().cos()
        * outline::KM_PER_DEGREE
        + outline::LEFT_KM;
    let y = (outline::TOP_LATITUDE - point.lat) * outline::KM_PER_DEGREE;
    (x, y)
}

/// The map of the listed services (in list order), or None when none of them has a place to
/// visit: a map of nothing would only take room.
pub fn results_map(
    services: &[&Service],
    home: Option<&Municipality>,
    geography: &Geography,
    lang: Lang,
) -> Option<ResultsMap> {
    let mut places: Vec<(u32, (f64, f64))> = Vec::new();
    for (index, service) in services.iter().enumerate() {
        let visits = service.channels.iter().filter(|channel| channel.kind == ChannelKind::Visit);
        for address in visits.filter_map(|channel| channel.address.as_ref()) {
            let Some(located) = geography.visit_point(address) else { continue };
            places.push((index as u32 + 1, project(located.point)));
        }
    }
    if places.is_empty() {
        return None;
    }
    let home_point = home.map(|municipality| project(municipality.centre));
    let frame = frame(places.iter().map(|&(_, point)| point).chain(home_point));
    Some(ResultsMap {
        caption: say(Say::MapCaption, lang).to_owned(),
        left: frame.left,
        top: frame.top,
        side: frame.side,
        width: outline::WIDTH_KM,
        height: outline::HEIGHT_KM,
        outline: outline::PATH.to_owned(),
        mark: frame.mark,
        home: home_point.map(|(x, y)| MapMark {
            x: x.round() as i32,
            y: y.round() as i32,
            numbers: Vec::new(),
        }),
        places: gathered(places, f64::from(frame.mark)),
    })
}

/// Marks closer than a mark's width are one mark with all their numbers ("1, 3"): in a city,
/// places a few hundred metres apart would hide each other.
fn gathered(places: Vec<(u32, (f64, f64))>, mark: f64) -> Vec<MapMark> {
    let mut marks: Vec<(Vec<u32>, (f64, f64))> = Vec::new();
    for (number, (x, y)) in places {
        let near = marks.iter_mut().find(|(_, (mx, my))| (mx - x).hypot(my - y) < 2.0 * mark);
        match near {
            Some((numbers, _)) if numbers.contains(&number) => {}
            Some((numbers, _)) => numbers.push(number),
            // A new place, or another place of a service already marked elsewhere.
            None => marks.push((vec![number], (x, y))),
        }
    }
    marks
        .into_iter()
        .map(|(numbers, (x, y))| MapMark { x: x.round() as i32, y: y.round() as i32, numbers })
        .collect()
}

/// The square shown, in whole km, and the marks' radius for it.
#[derive(Debug, PartialEq, Eq)]
struct Frame {
    left: i32,
    top: i32,
    side: i32,
    mark: u32,
}

/// Around `points`: at least [`SMALLEST_EXTENT_KM`] across, square, with a margin.
fn frame(points: impl Iterator<Item = (f64, f64)>) -> Frame {
    let (mut left, mut top, mut right, mut bottom) =
        (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for (x, y) in points {
        left = left.min(x);
        right = right.max(x);
        top = top.min(y);
        bottom = bottom.max(y);
    }
    let extent = (right - left).max(bottom - top).max(SMALLEST_EXTENT_KM) * (1.0 + 2.0 * MARGIN);
    let (centre_x, centre_y) = ((left + right) / 2.0, (top + bottom) / 2.0);
    Frame {
        left: (centre_x - extent / 2.0).round() as i32,
        top: (centre_y - extent / 2.0).round() as i32,
        side: extent.round() as i32,
        // About a 25th of the map: a finger-sized mark on a phone-wide map.
        mark: (extent / 25.0).round().max(1.0) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a point is inside the outline's path (even-odd over all its rings).
    fn inside_outline(x: f64, y: f64) -> bool {
        let mut inside = false;
        for ring in rings() {
            for (i, &(ax, ay)) in ring.iter().enumerate() {
                let (bx, by) = ring[(i + 1) % ring.len()];
                if (ay > y) != (by > y) && x < ax + (y - ay) / (by - ay) * (bx - ax) {
                    inside = !inside;
                }
            }
        }
        inside
    }

    /// The outline's rings as points, read back from the path data (`M x y l dx dy ... z`).
    fn rings() -> Vec<Vec<(f64, f64)>> {
        outline::PATH
            .split('M')
            .filter(|ring| !ring.is_empty())
            .map(|ring| {
                let (start, moves) = ring.trim_end_matches('z').split_once('l').unwrap();
                let number = |text: &str| text.parse::<f64>().unwrap();
                let start: Vec<f64> = start.split(' ').map(number).collect();
                let mut at = (start[0], start[1]);
                let mut points = vec![at];
                let moves: Vec<f64> = moves.split(' ').map(number).collect();
                for step in moves.chunks(2) {
                    at = (at.0 + step[0], at.1 + step[1]);
                    points.push(at);
                }
                points
            })
            .collect()
    }

    /// The outline and the marks are placed by two programs (the outline's script and this
    /// file); every municipal centre landing on land is what shows they agree.
    #[test]
    fn every_municipal_centre_is_on_the_outline() {
        let geography = crate::engine::tests::harness::geography();
        let mut off_by_more_than_the_simplification = Vec::new();
        for municipality in geography.municipalities() {
            let (x, y) = project(municipality.centre);
            let near = [(0.0, 0.0), (3.0, 0.0), (-3.0, 0.0), (0.0, 3.0), (0.0, -3.0)];
            if !near.iter().any(|(dx, dy)| inside_outline(x + dx, y + dy)) {
                off_by_more_than_the_simplification.push(municipality.name.fi.clone());
            }
        }
        // Small islands are left out of the outline; a few archipelago municipalities' centres
        // are on them.
        assert!(
            off_by_more_than_the_simplification.len() <= 8,
            "{} of {} centres off the outline: {off_by_more_than_the_simplification:?}",
            off_by_more_than_the_simplification.len(),
            geography.municipalities().len()
        );
        assert!(inside_outline(project(TAMPERE).0, project(TAMPERE).1));
        assert!(!inside_outline(project(TALLINN).0, project(TALLINN).1), "Tallinn is not Finland");
        assert!(!inside_outline(project(STOCKHOLM).0, project(STOCKHOLM).1));
    }

    const HELSINKI: Coordinates = Coordinates { lat: 60.16825, lon: 24.952913 };
    const TAMPERE: Coordinates = Coordinates { lat: 61.4978, lon: 23.761 };
    const TALLINN: Coordinates = Coordinates { lat: 59.437, lon: 24.7536 };
    const STOCKHOLM: Coordinates = Coordinates { lat: 59.3293, lon: 18.0686 };

    #[test]
    fn the_north_is_up_and_the_east_is_right() {
        let (helsinki_x, helsinki_y) = project(HELSINKI);
        let (utsjoki_x, utsjoki_y) = project(Coordinates { lat: 69.9079, lon: 27.0264 });
        let (joensuu_x, _) = project(Coordinates { lat: 62.6010, lon: 29.7636 });
        assert!(utsjoki_y < helsinki_y && joensuu_x > helsinki_x && utsjoki_x > helsinki_x);
        // About a degree of latitude per 111 km.
        assert!(((helsinki_y - utsjoki_y) - 9.74 * 111.2).abs() < 1.0);
        assert!(utsjoki_y > 0.0 && utsjoki_y < 100.0, "the top edge is at the northernmost point");
    }

    #[test]
    fn the_frame_holds_every_mark_with_room_and_is_never_smaller_than_a_city_region() {
        let Frame { left, top, side, mark } = frame([(100.0, 900.0), (110.0, 905.0)].into_iter());
        assert_eq!(side, 208, "160 km and the margins");
        assert!(left < 100 && left + side > 110);
        assert!(top < 900 && top + side > 905);
        assert_eq!(mark, 8);

        let Frame { left, top, side, .. } = frame([(0.0, 0.0), (600.0, 1100.0)].into_iter());
        assert!(left <= 0 && left + side >= 600 && top <= 0 && top + side >= 1100);
    }

    #[test]
    fn places_closer_than_a_mark_are_one_mark_with_every_number() {
        let marks = gathered(
            vec![(1, (100.0, 100.0)), (2, (104.0, 101.0)), (3, (160.0, 100.0)), (1, (101.0, 99.0))],
            8.0,
        );
        let numbers: Vec<&[u32]> = marks.iter().map(|mark| mark.numbers.as_slice()).collect();
        assert_eq!(numbers, [&[1, 2][..], &[3][..]]);
        assert_eq!((marks[1].x, marks[1].y), (160, 100));
        // A service with two places far apart has two marks with its number.
        let marks = gathered(vec![(1, (0.0, 0.0)), (1, (100.0, 0.0))], 8.0);
        assert_eq!(marks.len(), 2);
    }
}
