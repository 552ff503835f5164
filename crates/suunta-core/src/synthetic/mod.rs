//! A deterministic synthetic catalogue for benchmarks: plausible shapes (local points with
//! visit channels and hours, employment areas, national lines), never real facts. Every id
//! starts with `synthetic-`. The same size always gives the same catalogue.
//!
//! Behind the `synthetic` feature, which only the benchmarks enable: the native one
//! (`benches/matching.rs`) and the browser one (`crates/suunta-bench-wasm`) share this
//! generator and the workload in [`workload`], so their figures measure the same work.
//! The decoding benchmarks download it as the app would: [`published::service_file`].

pub mod published;
pub mod workload;

use crate::catalogue::raw::{
    Address, Area, Channel, ChannelKind, Coordinates, Eligibility, Hours, Need, Provenance,
    Service, ServiceKind, Status, Text, Weekday, WeeklyRule,
};
use crate::geography::Geography;

/// SplitMix64: tiny, fast, and the same sequence on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const LANGUAGE_SETS: [&[&str]; 5] = [&["fi"], &["fi", "sv"], &["fi", "en"], &["sv"], &[]];
const LOCAL_KINDS: [ServiceKind; 6] = [
    ServiceKind::Ohjaamo,
    ServiceKind::Education,
    ServiceKind::Career,
    ServiceKind::YouthWork,
    ServiceKind::Benefits,
    ServiceKind::Other,
];

/// `size` services drawn over the real municipalities and employment areas of `geography`.
pub fn catalogue(size: usize, geography: &Geography) -> Vec<Service> {
    let mut random = Random(size as u64);
    let municipalities = geography.municipalities();
    // Every service has a home municipality: without any there is nothing to place.
    if municipalities.is_empty() {
        return Vec::new();
    }
    let areas = geography.employment_areas();
    (0..size)
        .map(|index| {
            let home = random.pick(municipalities);
            let roll = random.below(100);
            let (kind, area) = if roll < 60 {
                let mut codes = vec![home.code.clone()];
                for _ in 0..random.below(3) {
                    codes.push(random.pick(municipalities).code.clone());
                }
                (*random.pick(&LOCAL_KINDS), Area::Municipalities { codes })
            } else if roll < 80 && !areas.is_empty() {
                let code = random.pick(areas).code.clone();
                (ServiceKind::Employment, Area::EmploymentArea { code })
            } else if roll < 90 {
                (*random.pick(&LOCAL_KINDS), Area::Region { code: home.region.clone() })
            } else {
                let kind = *random.pick(&[
                    ServiceKind::Helpline,
                    ServiceKind::Crisis,
                    ServiceKind::Career,
                ]);
                (kind, Area::WholeCountry)
            };
            let needs: Vec<Need> = Need::ALL.into_iter().filter(|_| random.chance(30)).collect();
            let (min_age, max_age) = if kind == ServiceKind::Ohjaamo || random.chance(20) {
                (Some(15), Some(*random.pick(&[24, 29, 30])))
            } else {
                (None, None)
            };
            let languages = *random.pick(&LANGUAGE_SETS);
            let mut channels = Vec::new();
            if !matches!(area, Area::WholeCountry) {
                let jitter = |random: &mut Random| (random.below(2000) as f64 - 1000.0) / 10_000.0;
                let point = Coordinates {
                    lat: home.centre.lat + jitter(&mut random),
                    lon: home.centre.lon + jitter(&mut random),
                };
                let mut visit = channel(ChannelKind::Visit, languages);
                visit.address = Some(Address {
                    street: Text::default(),
                    postcode: None,
                    post_office: Text::default(),
                    municipality: home.code.clone(),
                    venue: Text::default(),
                    coordinates: random.chance(50).then_some(point),
                });
                visit.hours = Some(office_hours());
                channels.push(visit);
            }
            for kind in [ChannelKind::Phone, ChannelKind::Chat, ChannelKind::Web] {
                if random.chance(40) {
                    let mut other = channel(kind, languages);
                    if random.chance(50) {
                        other.hours = Some(if random.chance(20) {
                            Hours { always_open: true, ..Hours::default() }
                        } else {
                            office_hours()
                        });
                    }
                    channels.push(other);
                }
            }
            let status = if random.chance(3) { Status::Inactive } else { Status::Active };
            service(
                index,
                kind,
                needs,
                Eligibility { min_age, max_age, area, note: Text::default() },
                channels,
                status,
            )
        })
        .collect()
}

fn office_hours() -> Hours {
    Hours {
        weekly: vec![
            WeeklyRule {
                days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Fri],
                from: "09:00".into(),
                to: "16:00".into(),
            },
            WeeklyRule { days: vec![Weekday::Thu], from: "12:00".into(), to: "18:00".into() },
        ],
        open_on_public_holidays: Some(false),
        ..Hours::default()
    }
}

fn channel(kind: ChannelKind, languages: &[&str]) -> Channel {
    Channel {
        languages: languages.iter().map(|lang| lang.to_string()).collect(),
        ..Channel::new(kind.id(), kind)
    }
}

fn service(
    index: usize,
    kind: ServiceKind,
    needs: Vec<Need>,
    eligibility: Eligibility,
    channels: Vec<Channel>,
    status: Status,
) -> Service {
    let id = format!("synthetic-{index:05}");
    Service {
        name: Text { fi: Some(id.clone()), sv: None, en: None },
        id,
        kind,
        summary: Text::default(),
        description: Text::default(),
        what_to_expect: Text::default(),
        how_to_apply: Text::default(),
        needs,
        ptv: Default::default(),
        eligibility,
        channels,
        provenance: Provenance {
            sources: vec!["https://example.invalid/synthetic".into()],
            source_date: "not stated".into(),
            verified_on: "2026-11-23".into(),
            status,
            alert: Text::default(),
            maintainer_note: None,
        },
    }
}

#[cfg(test)]
mod tests;
