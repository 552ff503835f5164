//! Rules for the geography file, and the set of codes it defines for the service files.

use std::collections::BTreeSet;

use super::{formats, provenance, report_repeats, texts, Context};
use crate::catalogue::load::LoadedGeography;
use crate::catalogue::path::JsonPath;
use crate::catalogue::raw::GEOGRAPHY_FORMAT;
use crate::catalogue::report::Reporter;
use crate::lang::Lang;

/// The codes the geography file defines (also those of records with other problems, so one
/// typo does not cascade into an error at every reference).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownCodes {
    pub regions: BTreeSet<String>,
    pub employment_areas: BTreeSet<String>,
    pub municipalities: BTreeSet<String>,
}

impl KnownCodes {
    pub fn of(geography: &LoadedGeography) -> KnownCodes {
        KnownCodes {
            regions: geography.regions.iter().map(|r| r.record.code.clone()).collect(),
            employment_areas: geography
                .employment_areas
                .iter()
                .map(|a| a.record.code.clone())
                .collect(),
            municipalities: geography
                .municipalities
                .iter()
                .map(|m| m.record.code.clone())
                .collect(),
        }
    }
}

pub fn check_file(geography: &LoadedGeography, context: &Context, reporter: &mut Reporter) {
    let root = JsonPath::root();
    if let Some(header) = &geography.header {
        if header.format != GEOGRAPHY_FORMAT {
            reporter.error(
                &root.key("format"),
                format!(
                    "format is \"{}\"; the geography file must say \"{GEOGRAPHY_FORMAT}\"",
                    header.format
                ),
            );
        }
        provenance::check(&header.provenance, &root.key("provenance"), context, reporter);
    }

    let regions = root.key("regions");
    for region in &geography.regions {
        let at = regions.index(region.index);
        if let Err(message) = formats::digits(&region.record.code, 2, "region code") {
            reporter.error(&at.key("code"), message);
        }
        texts::require(&region.record.name, &[Lang::Fi, Lang::Sv], &at.key("name"), reporter);
    }
    report_repeats(
        geography
            .regions
            .iter()
            .map(|r| (r.record.code.as_str(), regions.index(r.index).key("code"))),
        "region code",
        reporter,
    );

    let areas = root.key("employment_areas");
    for area in &geography.employment_areas {
        let at = areas.index(area.index);
        if let Err(message) = formats::digits(&area.record.code, 2, "employment-area code") {
            reporter.error(&at.key("code"), message);
        }
        texts::require(&area.record.name, &[Lang::Fi], &at.key("name"), reporter);
    }
    report_repeats(
        geography
            .employment_areas
            .iter()
            .map(|a| (a.record.code.as_str(), areas.index(a.index).key("code"))),
        "employment-area code",
        reporter,
    );

    let municipalities = root.key("municipalities");
    let known = KnownCodes::of(geography);
    for municipality in &geography.municipalities {
        let at = municipalities.index(municipality.index);
        let record = &municipality.record;
        if let Err(message) = formats::digits(&record.code, 3, "municipality code") {
            reporter.error(&at.key("code"), message);
        }
        texts::require(&record.name, &[Lang::Fi], &at.key("name"), reporter);
        if !known.regions.contains(&record.region) {
            reporter.error(
                &at.key("region"),
                format!("there is no region \"{}\" in this file's regions", record.region),
            );
        }
        if let Some(area) = &record.employment_area {
            if !known.employment_areas.contains(area) {
                reporter.error(
                    &at.key("employment_area"),
                    format!(
                        "there is no employment area \"{area}\" in this file's employment_areas"
                    ),
                );
            }
        }
        if let Err(message) = formats::in_finland(record.centre) {
            reporter.error(&at.key("centre"), message);
        }
    }
    report_repeats(
        geography
            .municipalities
            .iter()
            .map(|m| (m.record.code.as_str(), municipalities.index(m.index).key("code"))),
        "municipality code",
        reporter,
    );
}
