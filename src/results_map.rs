//! The small map under the results: Finland's outline, the listed places to visit numbered as
//! in the list, the person's municipal centre as a square, and in a corner the whole country
//! with the shown area framed. Every number comes from the worker
//! (`suunta_screens::build::map`); this only draws them as SVG, so nothing loads from anywhere
//! and it works offline. The caption says what the marks are and names the map.
//!
//! Attribute values are strings: Leptos compiles an attribute per value type, and numbers
//! cost the page's wasm a kilobyte more for nothing.

use leptos::prelude::*;
use suunta_screens::screen::{MapMark, ResultsMap};

const CAPTION_ID: &str = "results-map-caption";

/// A square (or pill) `width` by `height` centred on `x`, `y`, as SVG rect attributes.
fn centred_rect(
    class: &'static str,
    x: i32,
    y: i32,
    width: i32,
    height: i32,
    round: i32,
) -> impl IntoView {
    view! {
        <rect
            class=class
            x=(x - width / 2).to_string()
            y=(y - height / 2).to_string()
            width=width.to_string()
            height=height.to_string()
            rx=round.to_string()
        ></rect>
    }
}

fn place(mark: MapMark, radius: i32) -> impl IntoView {
    let MapMark { x, y, numbers } = mark;
    let label = numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    // One digit fits a circle; longer labels get a pill as wide as they are.
    let width = (radius * 2).max(label.len() as i32 * radius * 6 / 5 + radius / 2);
    let shown = label.clone();
    view! {
        <g class="map-place" data-testid="map-place" data-numbers=label>
            {centred_rect("map-mark", x, y, width, radius * 2, radius)}
            <text x=x.to_string() y=y.to_string() font-size=(radius * 3 / 2).to_string()>
                {shown}
            </text>
        </g>
    }
}

pub fn results_map(map: ResultsMap) -> impl IntoView {
    let radius = map.mark as i32;
    let places = map.places.into_iter().map(|mark| place(mark, radius)).collect_view();
    let home = map
        .home
        .map(|MapMark { x, y, .. }| centred_rect("map-home", x, y, radius * 3, radius * 3, 0));
    let (left, top, side) = (map.left, map.top, map.side);
    view! {
        <figure class="results-map" data-testid="results-map">
            <svg class="map-area" viewBox=format!("{left} {top} {side} {side}") role="img" aria-labelledby=CAPTION_ID>
                <path class="map-land" d=map.outline.clone()></path>
                {places}
                {home}
            </svg>
            <svg class="map-country" viewBox=format!("0 0 {} {}", map.width, map.height) aria-hidden="true">
                <path class="map-land" d=map.outline></path>
                {centred_rect("map-frame", left + side / 2, top + side / 2, side, side, 0)}
            </svg>
            <figcaption id=CAPTION_ID>{map.caption}</figcaption>
        </figure>
    }
}
