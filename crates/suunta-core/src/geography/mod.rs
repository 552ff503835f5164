//! Finland's municipalities, regions and employment areas, indexed for lookup: which
//! municipalities an area covers, the nearest municipality to a point, type-ahead over names and
//! where a visit channel is on the map.
//!
//! Built once from the validated geography file. Codes are assumed to have passed validation
//! (unique, referring to each other); if they have not, lookups return None or false instead of
//! panicking.

mod distance;
mod search;

#[cfg(test)]
pub(crate) mod fixture;

pub use distance::distance_km;
pub use search::fold_for_search;

use serde::Serialize;

use crate::catalogue::raw::{
    Address, Area, Coordinates, EmploymentArea, GeographyFile, Municipality, Region,
};
use crate::sorting;
use search::MatchRank;

/// Åland's region code. Åland is outside the 45 employment areas and outside services that
/// serve the "whole country except Åland" (PTV `WholeCountryExceptAlandIslands`).
pub const ALAND_REGION_CODE: &str = "21";

#[derive(Debug, Clone)]
pub struct Geography {
    /// Sorted by code, so lookups are binary searches and every listing is in code order.
    regions: Vec<Region>,
    employment_areas: Vec<EmploymentArea>,
    municipalities: Vec<Municipality>,
    /// Folded fi and sv names of `municipalities[i]` (one entry when the two are the same).
    search_names: Vec<Vec<String>>,
}

/// A point on the map and how exactly it is known.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Located {
    pub point: Coordinates,
    pub precision: Precision,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// The channel's own coordinates.
    Exact,
    /// The channel has no coordinates; its municipality's centre stands in, and the UI says
    /// "distance to the municipal centre".
    MunicipalityCentre,
}

impl Geography {
    pub fn new(file: GeographyFile) -> Geography {
        let GeographyFile { mut regions, mut employment_areas, mut municipalities, .. } = file;
        sorting::sort_by(&mut regions, |a, b| a.code.cmp(&b.code));
        sorting::sort_by(&mut employment_areas, |a, b| a.code.cmp(&b.code));
        sorting::sort_by(&mut municipalities, |a, b| a.code.cmp(&b.code));
        let search_names = municipalities.iter().map(folded_names).collect();
        Geography { regions, employment_areas, municipalities, search_names }
    }

    pub fn municipality(&self, code: &str) -> Option<&Municipality> {
        let index = self.municipalities.binary_search_by(|m| m.code.as_str().cmp(code)).ok()?;
        self.municipalities.get(index)
    }

    /// All municipalities, by code.
    pub fn municipalities(&self) -> &[Municipality] {
        &self.municipalities
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        let index = self.regions.binary_search_by(|r| r.code.as_str().cmp(code)).ok()?;
        self.regions.get(index)
    }

    /// All regions, by code.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    pub fn employment_area(&self, code: &str) -> Option<&EmploymentArea> {
        let index = self.employment_areas.binary_search_by(|a| a.code.as_str().cmp(code)).ok()?;
        self.employment_areas.get(index)
    }

    /// All employment areas, by code.
    pub fn employment_areas(&self) -> &[EmploymentArea] {
        &self.employment_areas
    }

    /// Whether `area` covers the municipality. An unknown municipality code is covered by no
    /// area, not even the whole country, so a typo never silently matches everything.
    pub fn area_includes(&self, area: &Area, municipality_code: &str) -> bool {
        self.municipality(municipality_code)
            .is_some_and(|municipality| area_covers(area, municipality))
    }

    /// The municipalities `area` covers, by code.
    pub fn municipalities_in<'a>(
        &'a self,
        area: &'a Area,
    ) -> impl Iterator<Item = &'a Municipality> + 'a {
        self.municipalities.iter().filter(move |municipality| area_covers(area, municipality))
    }

    /// The municipality whose centre is nearest to `point` ("use my location"); ties go to the
    /// lower code. None only when the geography has no municipalities or the point is not a
    /// number.
    pub fn nearest_municipality(&self, point: Coordinates) -> Option<&Municipality> {
        self.municipalities
            .iter()
            .map(|municipality| (distance_km(point, municipality.centre), municipality))
            .filter(|(distance, _)| !distance.is_nan())
            .min_by(|(a, _), (b, _)| a.total_cmp(b))
            .map(|(_, municipality)| municipality)
    }

    /// Type-ahead over fi and sv names: case- and diacritic-insensitive ("jyvaskyla" finds
    /// Jyväskylä, "helsingfors" finds Helsinki), exact first, then prefix, then word-prefix,
    /// then substring; ties by the matching name, then by code. A blank query finds nothing.
    pub fn search_municipalities(&self, query: &str, limit: usize) -> Vec<&Municipality> {
        let query = fold_for_search(query);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut hits: Vec<(MatchRank, &str, &Municipality)> = self
            .municipalities
            .iter()
            .zip(&self.search_names)
            .filter_map(|(municipality, names)| {
                names
                    .iter()
                    .filter_map(|name| Some((search::rank(name, &query)?, name.as_str())))
                    .min()
                    .map(|(rank, name)| (rank, name, municipality))
            })
            .collect();
        sorting::sort_by(&mut hits, |a, b| (a.0, a.1, &a.2.code).cmp(&(b.0, b.1, &b.2.code)));
        hits.into_iter().take(limit).map(|(_, _, municipality)| municipality).collect()
    }

    /// Where a visit channel is: its own coordinates (Exact), else its municipality's centre
    /// (MunicipalityCentre). None when it has neither usable coordinates nor a known
    /// municipality.
    pub fn visit_point(&self, address: &Address) -> Option<Located> {
        match address.coordinates {
            Some(point) if point.lat.is_finite() && point.lon.is_finite() => {
                Some(Located { point, precision: Precision::Exact })
            }
            _ => self.municipality(&address.municipality).map(|municipality| Located {
                point: municipality.centre,
                precision: Precision::MunicipalityCentre,
            }),
        }
    }
}

/// Whether `area` includes a municipality already looked up. `Geography::area_includes` does the
/// look-up; matching calls this directly for every service, where looking the code up again each
/// time was the largest cost in the benchmark.
pub fn area_covers(area: &Area, municipality: &Municipality) -> bool {
    match area {
        Area::WholeCountry => true,
        Area::WholeCountryExceptAland => municipality.region != ALAND_REGION_CODE,
        Area::Region { code } => municipality.region == *code,
        Area::EmploymentArea { code } => municipality.employment_area.as_ref() == Some(code),
        Area::Municipalities { codes } => codes.contains(&municipality.code),
    }
}

fn folded_names(municipality: &Municipality) -> Vec<String> {
    let name = &municipality.name;
    let mut names: Vec<String> =
        [&name.fi, &name.sv].into_iter().flatten().map(|n| fold_for_search(n)).collect();
    names.retain(|n| !n.is_empty());
    names.dedup();
    names
}

#[cfg(test)]
mod tests;
