//! Municipalities for the type-ahead and "use my location": the name as the reader knows it,
//! and what the field is filled with (a name `questionnaire::respond` accepts).

use suunta_core::answers::embed::RegionCode;
use suunta_core::catalogue::raw::{Coordinates, Municipality};
use suunta_core::geography::Geography;
use suunta_core::lang::Lang;

use crate::message::Suggestion;

/// Enough to find a name by its first letters on a phone screen without much scrolling.
pub const SUGGESTIONS: usize = 8;

/// A municipality's name as the reader knows it: Swedish for a Swedish reader when it has one,
/// Finnish otherwise (municipalities have no English names).
pub fn name(municipality: &Municipality, lang: Lang) -> String {
    municipality.name.localized(lang).map(|name| name.text.to_owned()).unwrap_or_default()
}

/// The official name in the other national language, when it differs ("Vasa" for Vaasa) and
/// the name shown does not already say it ("Maarianhamina - Mariehamn").
fn other_name(municipality: &Municipality, shown: &str) -> Option<String> {
    let names = [&municipality.name.fi, &municipality.name.sv];
    names.into_iter().flatten().find(|other| !shown.contains(other.as_str())).cloned()
}

/// Municipalities whose Finnish or Swedish name matches what was typed, best first; on a
/// region's site (a preset region) the region's own first, then the rest of the country, as
/// people near a border may live on the other side of it.
pub fn suggestions(
    geography: &Geography,
    typed: &str,
    lang: Lang,
    region: Option<&RegionCode>,
) -> Vec<Suggestion> {
    let found = match region {
        None => geography.search_municipalities(typed, SUGGESTIONS),
        Some(region) => {
            let all = geography.search_municipalities(typed, geography.municipalities().len());
            let inside = |municipality: &&Municipality| municipality.region == region.as_str();
            // The search's own order within each group.
            let (first, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(inside);
            first.into_iter().chain(rest).take(SUGGESTIONS).collect()
        }
    };
    found
        .into_iter()
        .map(|municipality| {
            let value = name(municipality, lang);
            let label = match other_name(municipality, &value) {
                Some(other) => format!("{value} – {other}"),
                None => value.clone(),
            };
            Suggestion { code: municipality.code.clone(), label, value }
        })
        .collect()
}

/// The name of the municipality whose centre is nearest to a device position; empty only when
/// the geography has no municipalities at all.
pub fn located(geography: &Geography, latitude: f64, longitude: f64, lang: Lang) -> String {
    geography
        .nearest_municipality(Coordinates { lat: latitude, lon: longitude })
        .map(|municipality| name(municipality, lang))
        .unwrap_or_default()
}
