//! Rules for one service record and for the fields of a service file.

use super::{channel, formats, provenance, report_repeats, texts, Context};
use crate::catalogue::path::JsonPath;
use crate::catalogue::raw::{Area, CatalogueFile, Eligibility, Service, CATALOGUE_FORMAT};
use crate::catalogue::report::Reporter;
use crate::lang::Lang;

/// The oldest age a limit can sensibly name.
const MAX_AGE: u8 = 120;

pub fn check_file_fields(file: &CatalogueFile, reporter: &mut Reporter) {
    let root = JsonPath::root();
    if file.format != CATALOGUE_FORMAT {
        reporter.error(
            &root.key("format"),
            format!(
                "format is \"{}\"; a service file must say \"{CATALOGUE_FORMAT}\"",
                file.format
            ),
        );
    }
    if let Some(address) = &file.maintainer_email {
        if let Err(message) = formats::email(address) {
            reporter.error(&root.key("maintainer_email"), message);
        }
    }
}

pub fn check(service: &Service, path: &JsonPath, context: &Context, reporter: &mut Reporter) {
    if let Err(message) = formats::id(&service.id) {
        reporter.error(&path.key("id"), message);
    }

    let required = required_languages(service, path, context);
    texts::require(&service.name, &required, &path.key("name"), reporter);
    texts::require(&service.summary, &required, &path.key("summary"), reporter);
    texts::limit_length(&service.summary, texts::SUMMARY_MAX_CHARS, &path.key("summary"), reporter);

    check_eligibility(&service.eligibility, &path.key("eligibility"), context, reporter);

    let channels = path.key("channels");
    report_repeats(
        service
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), channels.index(i).key("id"))),
        "channel id",
        reporter,
    );
    for (index, each) in service.channels.iter().enumerate() {
        channel::check(each, &channels.index(index), context, reporter);
    }

    provenance::check(&service.provenance, &path.key("provenance"), context, reporter);
}

/// Finnish always; Swedish too when a channel serves in Swedish or the service is national,
/// since national services must serve both official language groups.
fn required_languages(service: &Service, path: &JsonPath, context: &Context) -> Vec<Lang> {
    let area_is_real = !context.is_repaired(&path.key("eligibility").key("area"));
    let national = area_is_real
        && matches!(service.eligibility.area, Area::WholeCountry | Area::WholeCountryExceptAland);
    let serves_swedish = service
        .channels
        .iter()
        .any(|channel| channel.languages.iter().any(|language| language == "sv"));
    if national || serves_swedish {
        vec![Lang::Fi, Lang::Sv]
    } else {
        vec![Lang::Fi]
    }
}

fn check_eligibility(
    eligibility: &Eligibility,
    path: &JsonPath,
    context: &Context,
    reporter: &mut Reporter,
) {
    for (age, field) in [(eligibility.min_age, "min_age"), (eligibility.max_age, "max_age")] {
        if let Some(age) = age.filter(|age| *age > MAX_AGE) {
            reporter.error(&path.key(field), format!("{age} is not an age; use 0 to {MAX_AGE}"));
        }
    }
    let ages_are_real =
        !context.is_repaired(&path.key("min_age")) && !context.is_repaired(&path.key("max_age"));
    if let (Some(min), Some(max), true) = (eligibility.min_age, eligibility.max_age, ages_are_real)
    {
        if min > max {
            reporter.error(
                &path.key("min_age"),
                format!("min_age {min} is above max_age {max}; nobody could be served"),
            );
        }
    }

    let area = path.key("area");
    match &eligibility.area {
        Area::WholeCountry | Area::WholeCountryExceptAland => {}
        Area::Region { code } => {
            let at = area.key("code");
            match formats::digits(code, 2, "region code") {
                Err(message) => reporter.error(&at, message),
                Ok(()) => {
                    if context.known.is_some_and(|known| !known.regions.contains(code)) {
                        reporter.error(
                            &at,
                            format!("there is no region \"{code}\" in the geography file"),
                        );
                    }
                }
            }
        }
        Area::EmploymentArea { code } => {
            let at = area.key("code");
            match formats::digits(code, 2, "employment-area code") {
                Err(message) => reporter.error(&at, message),
                Ok(()) => {
                    if context.known.is_some_and(|known| !known.employment_areas.contains(code)) {
                        reporter.error(
                            &at,
                            format!("there is no employment area \"{code}\" in the geography file"),
                        );
                    }
                }
            }
        }
        Area::Municipalities { codes } => {
            let list = area.key("codes");
            if codes.is_empty() {
                reporter.error(&list, "list at least one municipality code, e.g. [\"091\"]");
            }
            for (index, code) in codes.iter().enumerate() {
                check_municipality(code, &list.index(index), context, reporter);
            }
            report_repeats(
                codes.iter().enumerate().map(|(i, code)| (code.as_str(), list.index(i))),
                "municipality code",
                reporter,
            );
        }
    }
}

/// A 3-digit code that the geography file lists.
pub fn check_municipality(code: &str, path: &JsonPath, context: &Context, reporter: &mut Reporter) {
    match formats::digits(code, 3, "municipality code") {
        Err(message) => reporter.error(path, message),
        Ok(()) => {
            if context.known.is_some_and(|known| !known.municipalities.contains(code)) {
                reporter.error(
                    path,
                    format!("there is no municipality \"{code}\" in the geography file"),
                );
            }
        }
    }
}
