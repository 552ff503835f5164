//! `suunta-cli coverage <catalogue-dir> [--region CODE] [--json]`: where the catalogue leaves
//! gaps, per region and municipality, so an ELO group can see what its region lacks. The numbers
//! come from `suunta_core::coverage`, the same code as the app's regional overview.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use suunta_core::catalogue::check;
use suunta_core::catalogue::raw::{Need, Service, Text};
use suunta_core::coverage::{
    coverage, CoverageReport, MunicipalityCoverage, NeedStatus, RegionCoverage,
};
use suunta_core::geography::{Geography, Precision};

use crate::validate;

const USAGE: &str = "usage: suunta-cli coverage <catalogue-dir> [--region CODE] [--json]";

struct Options {
    dir: PathBuf,
    region: Option<String>,
    json: bool,
}

pub fn run(args: &[String]) -> ExitCode {
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("suunta-cli coverage: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (geography, services) = match load(&options.dir) {
        Ok(loaded) => loaded,
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };

    let mut report = coverage(&geography, &services);
    if let Some(code) = &options.region {
        if report.region(code).is_none() {
            eprintln!("suunta-cli coverage: no region '{code}' in the geography");
            return ExitCode::FAILURE;
        }
        report.regions.retain(|region| region.code == *code);
    }
    if options.json {
        match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(error) => {
                eprintln!("suunta-cli coverage: cannot write JSON: {error}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print!("{}", render(&report));
    }
    ExitCode::SUCCESS
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut dir = None;
    let mut region = None;
    let mut json = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--region" => {
                let code = args.next().ok_or("--region needs a region code, e.g. 01")?;
                region = Some(code.clone());
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            path => {
                if dir.replace(PathBuf::from(path)).is_some() {
                    return Err("only one catalogue directory at a time".to_string());
                }
            }
        }
    }
    Ok(Options { dir: dir.ok_or("no catalogue directory given")?, region, json })
}

/// Loads and validates the catalogue with the same code as `validate`: coverage of a catalogue
/// with errors would count services that the app will never show.
fn load(dir: &Path) -> Result<(Geography, Vec<Service>), Vec<String>> {
    let files = validate::expand(&[dir.to_path_buf()]).map_err(|message| vec![message])?;
    let sources = validate::read_all(&files).map_err(|message| vec![message])?;
    // Today only dates the staleness warnings, which coverage does not show.
    let today = validate::today_from_clock().map_err(|message| vec![message])?;
    let checked = check(&sources, today);
    match checked.catalogue {
        Some(catalogue) => {
            let services =
                catalogue.files.into_iter().flat_map(|named| named.file.services).collect();
            Ok((Geography::new(catalogue.geography), services))
        }
        None if checked.error_count() == 0 => {
            Err(vec![format!("{}: no geography.json in the catalogue", dir.display())])
        }
        None => {
            let mut problems: Vec<String> = checked
                .problems
                .iter()
                .filter(|problem| problem.is_error())
                .map(ToString::to_string)
                .collect();
            problems.push(format!(
                "{}: {} error(s); coverage needs a valid catalogue (see suunta-cli validate)",
                dir.display(),
                checked.error_count()
            ));
            Err(problems)
        }
    }
}

/// The report as text: a legend, then per region a table of municipalities and a summary.
fn render(report: &CoverageReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Needs: L = served by a local service, n = only by national services, - = by none.\n\
         Nearest Ohjaamo: straight-line distance from the municipal centre; * = measured to the \
         Ohjaamo's municipal centre (its own coordinates are not known); \
         ! = none within {} km.",
        report.ohjaamo_reach_km
    );
    for region in &report.regions {
        out.push('\n');
        render_region(&mut out, region);
    }
    out
}

fn render_region(out: &mut String, region: &RegionCoverage) {
    let _ = writeln!(out, "{} {}", region.code, names(&region.name));
    let name_width = region
        .municipalities
        .iter()
        .map(|m| names(&m.name).chars().count())
        .max()
        .unwrap_or(0)
        .max(12);
    let mut header = format!("  code {:<name_width$} ", "municipality");
    for need in Need::ALL {
        let _ = write!(header, " {}", need.id());
    }
    let _ = writeln!(out, "{header}  nearest Ohjaamo");
    for municipality in &region.municipalities {
        render_municipality(out, municipality, name_width);
    }

    let summary = &region.summary;
    let _ = writeln!(
        out,
        "  summary: {}, {} with gaps ({} in all), {} without an Ohjaamo within reach",
        count(summary.municipalities, "municipality", "municipalities"),
        summary.municipalities_with_gaps,
        count(summary.gaps, "gap", "gaps"),
        summary.municipalities_without_ohjaamo_within_reach
    );
    let per_need: Vec<String> = summary
        .needs
        .iter()
        .filter(|need| need.local < summary.municipalities)
        .map(|need| format!("{} {}", need.need.id(), summary.municipalities - need.local))
        .collect();
    if !per_need.is_empty() {
        let _ = writeln!(out, "  municipalities without a local service: {}", per_need.join(", "));
    }
}

fn render_municipality(out: &mut String, municipality: &MunicipalityCoverage, name_width: usize) {
    let name = names(&municipality.name);
    let padding = name_width.saturating_sub(name.chars().count());
    let mut line = format!("  {:<4} {name}{} ", municipality.code, " ".repeat(padding));
    for need in &municipality.needs {
        let mark = match need.status {
            NeedStatus::Local => "L",
            NeedStatus::NationalOnly => "n",
            NeedStatus::None => "-",
        };
        let _ = write!(line, " {mark:<width$}", width = need.need.id().len());
    }
    let nearest = match &municipality.nearest_ohjaamo {
        None => "! no Ohjaamo in the catalogue".to_string(),
        Some(nearest) => {
            let approximate =
                if nearest.precision == Precision::MunicipalityCentre { "*" } else { "" };
            let flag = if nearest.within_reach { "" } else { "! " };
            format!("{flag}{:.1} km{approximate} {}", nearest.distance_km, nearest.service_id)
        }
    };
    let _ = writeln!(out, "{line}  {nearest}");
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "Helsinki / Helsingfors", or one name when the two are the same or one is missing.
fn names(text: &Text) -> String {
    match (text.fi.as_deref(), text.sv.as_deref()) {
        (Some(fi), Some(sv)) if fi != sv => format!("{fi} / {sv}"),
        (Some(name), _) | (None, Some(name)) => name.to_string(),
        (None, None) => text.en.clone().unwrap_or_default(),
    }
}
