//! A region's overview for a regional guidance (ELO) group's meeting (`region=13`): the
//! region's figures, every service serving it grouped by kind with the municipalities each
//! covers and when it was checked (the stale ones marked as the validator warns about them),
//! each need with its local services and the municipalities without one, and the
//! municipalities with no Ohjaamo within reach. The figures and gaps come from the same
//! `coverage` function as `suunta-cli coverage --region CODE`, so both say the same.

use suunta_core::answers::{Answers, Browse, RegionCode};
use suunta_core::catalogue::raw::{Service, ServiceKind};
use suunta_core::catalogue::validate::{is_stale, STALE_AFTER_YEARS};
use suunta_core::coverage::{coverage, NeedStatus, OHJAAMO_REACH_KM};
use suunta_core::hours::civil::Date;
use suunta_core::hours::helsinki;
use suunta_core::lang::Lang;
use suunta_core::matching::Reason;
use suunta_core::wording;

use super::catalogue::Catalogue;
use super::listing::{base, browse_href, by_name, is_national, listable, name, serves_region};
use crate::screen::{Body, Link, OverviewScreen, Table};
use crate::words::{say, Say};

fn table(
    id: &str,
    heading: String,
    columns: [Say; 2],
    rows: Vec<(String, String)>,
    lang: Lang,
) -> Table {
    let [first, second] = columns.map(|column| say(column, lang).to_owned());
    Table { id: id.to_owned(), heading, columns: (first, second), rows }
}

/// A region's overview; None when the geography has no such region.
pub fn overview(
    answers: &Answers,
    catalogue: &Catalogue,
    lang: Lang,
    now_ms: i64,
    code: &RegionCode,
) -> Option<(String, Body)> {
    let geography = catalogue.geography;
    let region = geography.region(code.as_str())?;
    let report = coverage(geography, &catalogue.services);
    let covered = report.region(code.as_str())?;
    let today = helsinki::to_local(now_ms).date;
    let municipalities: Vec<_> = geography
        .municipalities()
        .iter()
        .filter(|municipality| municipality.region == region.code)
        .collect();
    let mut regional: Vec<&Service> = listable(&base(answers), catalogue)
        .into_iter()
        .filter(|service| !is_national(service) && serves_region(geography, service, &region.code))
        .collect();
    by_name(&mut regional, lang);
    let names = |names: Vec<String>| names.join(", ");

    let service_row = |service: &&Service| {
        let mut lines = Vec::new();
        let verified = Date::parse(&service.provenance.verified_on).ok();
        if verified.is_some_and(|date| is_stale(date, today)) {
            lines.push(
                say(Say::OverviewStale, lang).replace("{years}", &STALE_AFTER_YEARS.to_string()),
            );
        }
        lines.push(wording::reason(&Reason::ServesNeeds(service.needs.clone()), lang));
        let covers: Vec<String> = municipalities
            .iter()
            .filter(|municipality| {
                geography.area_includes(&service.eligibility.area, &municipality.code)
            })
            .map(|municipality| name(&municipality.name, lang))
            .collect();
        lines.push(if covers.len() == municipalities.len() {
            say(Say::OverviewCoversAll, lang).replace("{count}", &covers.len().to_string())
        } else {
            say(Say::OverviewCovers, lang).replace("{names}", &names(covers))
        });
        if let Some(date) = verified {
            let date = wording::calendar::date(date, lang);
            lines.push(say(Say::OverviewChecked, lang).replace("{date}", &date));
        }
        (name(&service.name, lang), lines.join("\n"))
    };

    let summary = &covered.summary;
    let km = (OHJAAMO_REACH_KM as u32).to_string();
    let without_ohjaamo = say(Say::OverviewWithoutOhjaamo, lang).replace("{km}", &km);
    let fact = |label: &str, value: usize| (label.to_owned(), value.to_string());
    let facts = vec![
        fact(say(Say::OverviewMunicipalities, lang), summary.municipalities),
        fact(say(Say::OverviewServices, lang), regional.len()),
        fact(&without_ohjaamo, summary.municipalities_without_ohjaamo_within_reach),
        fact(say(Say::OverviewWithGaps, lang), summary.municipalities_with_gaps),
        fact(say(Say::OverviewGaps, lang), summary.gaps),
    ];
    let columns = [Say::OverviewWhat, Say::OverviewNumber];
    let mut tables =
        vec![table("facts", say(Say::OverviewFacts, lang).to_owned(), columns, facts, lang)];

    for kind in ServiceKind::ALL {
        let rows: Vec<_> =
            regional.iter().filter(|service| service.kind == kind).map(service_row).collect();
        if !rows.is_empty() {
            let heading = wording::service_kind_label(kind, lang).to_owned();
            let columns = [Say::OverviewService, Say::OverviewDetails];
            tables.push(table(&["kind-", kind.id()].concat(), heading, columns, rows, lang));
        }
    }

    let needs = summary
        .needs
        .iter()
        .map(|need| {
            let local: Vec<String> = regional
                .iter()
                .filter(|service| service.needs.contains(&need.need))
                .map(|service| name(&service.name, lang))
                .collect();
            let mut lines = vec![
                say(Say::OverviewLocal, lang).replace(
                    "{names}",
                    &if local.is_empty() { "–".to_owned() } else { names(local) },
                ),
                say(Say::OverviewNeedCounts, lang)
                    .replace("{local}", &need.local.to_string())
                    .replace("{national}", &need.national_only.to_string())
                    .replace("{none}", &need.none.to_string()),
            ];
            // Where there is no local service for it: the gaps, by name.
            for (status, which) in [
                (NeedStatus::NationalOnly, Say::OverviewNationalOnlyIn),
                (NeedStatus::None, Say::OverviewNoneIn),
            ] {
                let lacking: Vec<String> = covered
                    .municipalities
                    .iter()
                    .filter(|municipality| {
                        municipality.needs.iter().any(|c| c.need == need.need && c.status == status)
                    })
                    .map(|municipality| name(&municipality.name, lang))
                    .collect();
                if !lacking.is_empty() {
                    lines.push(say(which, lang).replace("{names}", &names(lacking)));
                }
            }
            (wording::need_label(need.need, lang, false).to_owned(), lines.join("\n"))
        })
        .collect();
    let columns = [Say::OverviewNeed, Say::OverviewDetails];
    tables.push(table("needs", say(Say::OverviewNeeds, lang).to_owned(), columns, needs, lang));

    let mut far: Vec<(String, String)> = covered
        .municipalities
        .iter()
        .filter(|municipality| !municipality.has_ohjaamo_within_reach())
        .map(|municipality| {
            let nearest = match &municipality.nearest_ohjaamo {
                Some(nearest) => {
                    let service = catalogue.service(&nearest.service_id);
                    [
                        service.map(|service| name(&service.name, lang)).unwrap_or_default(),
                        ", ".to_owned(),
                        (nearest.distance_km.round() as u32).to_string(),
                        " km".to_owned(),
                    ]
                    .concat()
                }
                None => "–".to_owned(),
            };
            (name(&municipality.name, lang), nearest)
        })
        .collect();
    if far.is_empty() {
        far.push((say(Say::OverviewNone, lang).to_owned(), String::new()));
    }
    let columns = [Say::OverviewMunicipality, Say::OverviewNearest];
    tables.push(table("gaps", without_ohjaamo, columns, far, lang));

    let region_name = name(&region.name, lang);
    let body = Body::Overview(OverviewScreen {
        intro: say(Say::OverviewIntro, lang).to_owned(),
        tables,
        back: Link {
            href: browse_href(answers, Browse::Region(code.clone())),
            text: say(Say::ServicesOf, lang).replace("{what}", &region_name),
        },
    });
    Some((say(Say::OverviewHeading, lang).replace("{region}", &region_name), body))
}
