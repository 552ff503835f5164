//! Where the catalogue leaves people without help: for every region and municipality, which
//! needs have a local service, which only a national one, which none, and how far the nearest
//! Ohjaamo is. `suunta-cli coverage` prints this report and the app's regional overview shows
//! it, so both give the same numbers.
//!
//! Coverage is about the catalogue, not about one person: age limits are ignored (an Ohjaamo
//! for 15–29-year-olds still covers its municipality), and only active services count.

use serde::Serialize;

use crate::catalogue::raw::{
    Area, ChannelKind, Coordinates, Municipality, Need, Service, ServiceKind, Status, Text,
};
use crate::geography::{distance_km, Geography, Located, Precision};
use crate::sorting;

/// Beyond this distance from the municipal centre an Ohjaamo is out of everyday reach. Issue 3
/// names 50 km as the gap ELO groups look for.
pub const OHJAAMO_REACH_KM: f64 = 50.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverageReport {
    pub ohjaamo_reach_km: f64,
    /// By region code.
    pub regions: Vec<RegionCoverage>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionCoverage {
    pub code: String,
    pub name: Text,
    pub summary: RegionSummary,
    /// By municipality code.
    pub municipalities: Vec<MunicipalityCoverage>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionSummary {
    pub municipalities: usize,
    pub municipalities_with_gaps: usize,
    pub municipalities_without_ohjaamo_within_reach: usize,
    /// All gaps of all the region's municipalities.
    pub gaps: usize,
    /// One entry per need, in `Need::ALL` order.
    pub needs: Vec<NeedSummary>,
}

/// In how many of a region's municipalities a need is served locally, only nationally, or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NeedSummary {
    pub need: Need,
    pub local: usize,
    pub national_only: usize,
    pub none: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MunicipalityCoverage {
    pub code: String,
    pub name: Text,
    /// One entry per need, in `Need::ALL` order.
    pub needs: Vec<NeedCoverage>,
    /// None when the catalogue has no active Ohjaamo with a locatable visit channel.
    pub nearest_ohjaamo: Option<NearestOhjaamo>,
    /// Needs first (in `Need::ALL` order), then the Ohjaamo gap.
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeedCoverage {
    pub need: Need,
    pub status: NeedStatus,
    /// Ids of active services for a region, employment area or municipalities that serve the
    /// need here, sorted.
    pub local: Vec<String>,
    /// Ids of active whole-country services that serve the need here, sorted.
    pub national: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NeedStatus {
    Local,
    NationalOnly,
    None,
}

/// The Ohjaamo visit point nearest to a municipality's centre, whichever area the Ohjaamo
/// serves: reach is a matter of travel, and whether the point serves this municipality shows in
/// the need coverage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearestOhjaamo {
    pub service_id: String,
    pub channel_id: String,
    /// The municipality the visit channel is in.
    pub municipality: String,
    pub distance_km: f64,
    /// MunicipalityCentre when the channel has no coordinates of its own, so the distance is
    /// centre to centre.
    pub precision: Precision,
    pub within_reach: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "gap", rename_all = "snake_case")]
pub enum Gap {
    /// Only whole-country services serve the need here.
    NationalOnly { need: Need },
    /// No service at all serves the need here.
    NoService { need: Need },
    /// No Ohjaamo within `OHJAAMO_REACH_KM`, or none at all.
    NoOhjaamoWithinReach,
}

impl CoverageReport {
    pub fn region(&self, code: &str) -> Option<&RegionCoverage> {
        self.regions.iter().find(|region| region.code == code)
    }
}

pub fn coverage(geography: &Geography, services: &[Service]) -> CoverageReport {
    let mut active: Vec<&Service> =
        services.iter().filter(|service| service.provenance.status == Status::Active).collect();
    sorting::sort_by(&mut active, |a, b| a.id.cmp(&b.id));
    let ohjaamo_points = ohjaamo_points(geography, &active);

    let regions = geography
        .regions()
        .iter()
        .map(|region| {
            let municipalities: Vec<MunicipalityCoverage> = geography
                .municipalities()
                .iter()
                .filter(|municipality| municipality.region == region.code)
                .map(|municipality| {
                    MunicipalityCoverage::new(geography, &active, &ohjaamo_points, municipality)
                })
                .collect();
            RegionCoverage {
                code: region.code.clone(),
                name: region.name.clone(),
                summary: RegionSummary::of(&municipalities),
                municipalities,
            }
        })
        .collect();
    CoverageReport { ohjaamo_reach_km: OHJAAMO_REACH_KM, regions }
}

/// An active Ohjaamo's visit channel, located.
struct OhjaamoPoint<'a> {
    service_id: &'a str,
    channel_id: &'a str,
    municipality: &'a str,
    located: Located,
}

fn ohjaamo_points<'a>(geography: &Geography, active: &[&'a Service]) -> Vec<OhjaamoPoint<'a>> {
    let mut points = Vec::new();
    for service in active.iter().filter(|service| service.kind == ServiceKind::Ohjaamo) {
        for channel in service.channels.iter().filter(|channel| channel.kind == ChannelKind::Visit)
        {
            let Some(address) = &channel.address else { continue };
            let Some(located) = geography.visit_point(address) else { continue };
            points.push(OhjaamoPoint {
                service_id: &service.id,
                channel_id: &channel.id,
                municipality: &address.municipality,
                located,
            });
        }
    }
    points
}

impl MunicipalityCoverage {
    fn new(
        geography: &Geography,
        active: &[&Service],
        ohjaamo_points: &[OhjaamoPoint],
        municipality: &Municipality,
    ) -> MunicipalityCoverage {
        let serving_here: Vec<&Service> = active
            .iter()
            .copied()
            .filter(|service| {
                geography.area_includes(&service.eligibility.area, &municipality.code)
            })
            .collect();
        let needs: Vec<NeedCoverage> =
            Need::ALL.into_iter().map(|need| NeedCoverage::new(need, &serving_here)).collect();
        let nearest_ohjaamo = nearest_ohjaamo(ohjaamo_points, municipality.centre);

        let mut gaps: Vec<Gap> = needs
            .iter()
            .filter_map(|coverage| match coverage.status {
                NeedStatus::Local => None,
                NeedStatus::NationalOnly => Some(Gap::NationalOnly { need: coverage.need }),
                NeedStatus::None => Some(Gap::NoService { need: coverage.need }),
            })
            .collect();
        if !nearest_ohjaamo.as_ref().is_some_and(|nearest| nearest.within_reach) {
            gaps.push(Gap::NoOhjaamoWithinReach);
        }
        MunicipalityCoverage {
            code: municipality.code.clone(),
            name: municipality.name.clone(),
            needs,
            nearest_ohjaamo,
            gaps,
        }
    }

    pub fn has_ohjaamo_within_reach(&self) -> bool {
        !self.gaps.contains(&Gap::NoOhjaamoWithinReach)
    }
}

impl NeedCoverage {
    /// `serving_here` is sorted by id, so the id lists are too.
    fn new(need: Need, serving_here: &[&Service]) -> NeedCoverage {
        let (mut local, mut national) = (Vec::new(), Vec::new());
        for service in serving_here.iter().filter(|service| service.needs.contains(&need)) {
            match service.eligibility.area {
                Area::WholeCountry | Area::WholeCountryExceptAland => {
                    national.push(service.id.clone())
                }
                Area::Region { .. } | Area::EmploymentArea { .. } | Area::Municipalities { .. } => {
                    local.push(service.id.clone())
                }
            }
        }
        let status = if !local.is_empty() {
            NeedStatus::Local
        } else if !national.is_empty() {
            NeedStatus::NationalOnly
        } else {
            NeedStatus::None
        };
        NeedCoverage { need, status, local, national }
    }
}

/// Ties (two channels at the same distance) go to the lower service id, then channel id, as
/// the points are collected in that order and `min_by` keeps the first minimum.
fn nearest_ohjaamo(points: &[OhjaamoPoint], centre: Coordinates) -> Option<NearestOhjaamo> {
    points
        .iter()
        .map(|point| (distance_km(centre, point.located.point), point))
        .filter(|(distance, _)| !distance.is_nan())
        .min_by(|(a, first), (b, second)| {
            a.total_cmp(b)
                .then_with(|| first.service_id.cmp(second.service_id))
                .then_with(|| first.channel_id.cmp(second.channel_id))
        })
        .map(|(distance, point)| NearestOhjaamo {
            service_id: point.service_id.to_string(),
            channel_id: point.channel_id.to_string(),
            municipality: point.municipality.to_string(),
            distance_km: distance,
            precision: point.located.precision,
            within_reach: distance <= OHJAAMO_REACH_KM,
        })
}

impl RegionSummary {
    fn of(municipalities: &[MunicipalityCoverage]) -> RegionSummary {
        let needs = Need::ALL
            .into_iter()
            .map(|need| {
                let mut summary = NeedSummary { need, local: 0, national_only: 0, none: 0 };
                let statuses = municipalities
                    .iter()
                    .flat_map(|municipality| &municipality.needs)
                    .filter(|coverage| coverage.need == need);
                for coverage in statuses {
                    match coverage.status {
                        NeedStatus::Local => summary.local += 1,
                        NeedStatus::NationalOnly => summary.national_only += 1,
                        NeedStatus::None => summary.none += 1,
                    }
                }
                summary
            })
            .collect();
        RegionSummary {
            municipalities: municipalities.len(),
            municipalities_with_gaps: municipalities.iter().filter(|m| !m.gaps.is_empty()).count(),
            municipalities_without_ohjaamo_within_reach: municipalities
                .iter()
                .filter(|m| !m.has_ohjaamo_within_reach())
                .count(),
            gaps: municipalities.iter().map(|m| m.gaps.len()).sum(),
            needs,
        }
    }
}

#[cfg(test)]
mod tests;
