//! The results map: marks numbered as the cards, the person's municipal centre, and no map
//! when nothing listed has a place to visit.

use super::harness::*;
use crate::screen::{Body, ResultsMap, Screen};

fn map_of(screen: &Screen) -> Option<&ResultsMap> {
    match &screen.body {
        Body::Results(results) => results.map.as_ref(),
        other => panic!("not results: {other:#?}"),
    }
}

#[test]
fn places_to_visit_are_marked_with_their_card_numbers_around_the_home_municipality() {
    let mut worker = Worker::new();
    let results = worker.screen(
        "lang=sv&age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi&done=1",
    );
    let ids = card_ids(&results);
    let map = map_of(&results).expect("Helsinki's results have places to visit");
    assert!(map.caption.starts_with("Kartan visar"), "{}", map.caption);
    assert!(map.outline.starts_with('M') && map.outline.ends_with('z'));
    let (left, top, side) = (map.left, map.top, map.side);
    let inside = |x: i32, y: i32| x > left && x < left + side && y > top && y < top + side;
    assert!(side < 400, "a city's places, not the whole country: {side} km");
    assert_eq!((map.width, map.height), (644, 1140), "the whole outline, for the inset");

    let home = map.home.clone().expect("the municipal centre");
    assert!(home.numbers.is_empty());
    assert!(inside(home.x, home.y));
    assert!(!map.places.is_empty());
    for place in &map.places {
        assert!(inside(place.x, place.y), "{place:?} outside the square");
        assert!(!place.numbers.is_empty());
        for &number in &place.numbers {
            // Numbered from 1 in list order, and only services with a place to visit.
            let id = ids[number as usize - 1];
            let card = card(&results, id);
            assert!(card.channels.iter().any(|channel| channel.kind == "visit"), "{id}");
        }
        // Within a city: the marks are a few km from the centre, not across the country.
        assert!((place.x - home.x).abs() < 40 && (place.y - home.y).abs() < 40, "{place:?}");
    }
    // Every card with a place to visit is on the map.
    for (index, id) in ids.iter().enumerate() {
        let visitable = card(&results, id).channels.iter().any(|channel| channel.kind == "visit");
        let number = index as u32 + 1;
        let marked = map.places.iter().any(|place| place.numbers.contains(&number));
        assert_eq!(visitable, marked, "{id}");
    }
}

#[test]
fn the_map_is_left_out_when_nothing_listed_can_be_visited() {
    let mut worker = Worker::new();
    let urgent = worker.screen("lang=fi&urgent=1");
    assert!(!card_ids(&urgent).is_empty());
    assert_eq!(map_of(&urgent), None, "helplines and chats have no place on a map");
}
