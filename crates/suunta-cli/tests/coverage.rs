//! `suunta-cli coverage` on the catalogue under `tests/fixtures/coverage/`: four real
//! municipalities, a fixture Ohjaamo in Helsinki (min age 15), an employment-area service for
//! Espoo, and two whole-country services, one of them not for Åland.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn catalogue() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coverage")
}

fn coverage(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_suunta-cli"))
        .arg("coverage")
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn line_of<'a>(text: &'a str, start: &str) -> &'a str {
    text.lines()
        .find(|line| line.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no line {start:?} in\n{text}"))
}

#[test]
fn the_table_shows_each_municipalitys_needs_and_nearest_ohjaamo() {
    let text = stdout(&coverage(&[catalogue().to_str().unwrap()]));
    let columns = |line: &str| line.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(
        columns(line_of(&text, "091 ")),
        [
            "091",
            "Helsinki",
            "/",
            "Helsingfors",
            "L",
            "L",
            "L",
            "L",
            "L",
            "L",
            "L",
            "L",
            "L",
            "0.0",
            "km*",
            "fixture-ohjaamo-helsinki"
        ]
    );
    assert_eq!(
        columns(line_of(&text, "049 ")),
        [
            "049",
            "Espoo",
            "/",
            "Esbo",
            "L",
            "-",
            "L",
            "-",
            "-",
            "n",
            "-",
            "-",
            "-",
            "16.9",
            "km*",
            "fixture-ohjaamo-helsinki"
        ]
    );
    assert!(line_of(&text, "616 ").ends_with("! 63.3 km* fixture-ohjaamo-helsinki"));
    assert!(line_of(&text, "478 ").contains("-    -     -"), "Åland has no work service");
    assert_eq!(
        line_of(&text, "summary:"),
        "  summary: 3 municipalities, 2 with gaps (17 gaps in all), 1 without an Ohjaamo within reach"
    );
}

#[test]
fn one_region_alone_with_its_summary_in_the_singular() {
    let text = stdout(&coverage(&[catalogue().to_str().unwrap(), "--region", "21"]));
    assert!(!text.contains("Uusimaa"));
    assert_eq!(
        line_of(&text, "summary:"),
        "  summary: 1 municipality, 1 with gaps (10 gaps in all), 1 without an Ohjaamo within reach"
    );
}

#[test]
fn json_for_one_region_carries_the_same_numbers() {
    let text = stdout(&coverage(&[catalogue().to_str().unwrap(), "--region", "21", "--json"]));
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    let regions = report["regions"].as_array().unwrap();
    assert_eq!(regions.len(), 1);
    let mariehamn = &regions[0]["municipalities"][0];
    assert_eq!(mariehamn["code"], "478");
    assert_eq!(
        mariehamn["needs"][0],
        serde_json::json!({"need": "work", "status": "none", "local": [], "national": []})
    );
    assert_eq!(mariehamn["nearest_ohjaamo"]["within_reach"], false);
    assert_eq!(regions[0]["summary"]["municipalities_without_ohjaamo_within_reach"], 1);
    assert_eq!(report["ohjaamo_reach_km"], 50.0);
}

#[test]
fn mistakes_are_reported() {
    let unknown_region = coverage(&[catalogue().to_str().unwrap(), "--region", "99"]);
    assert_eq!(unknown_region.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown_region.stderr).contains("no region '99'"));

    let no_catalogue = coverage(&["/nonexistent-suunta-catalogue"]);
    assert_eq!(no_catalogue.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_catalogue.stderr).contains("cannot read"));

    for args in [&[][..], &["--region"], &["a", "b"], &["a", "--csv"]] {
        assert_eq!(coverage(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn an_invalid_catalogue_is_refused_with_its_errors() {
    let dir = std::env::temp_dir().join(format!("suunta-coverage-invalid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(catalogue().join("geography.json"), dir.join("geography.json")).unwrap();
    let broken = r#"{"format": "suunta-catalogue/1", "services": [{"id": "Not An Id"}]}"#;
    std::fs::write(dir.join("broken.json"), broken).unwrap();
    let output = coverage(&[dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();

    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "no report for an invalid catalogue");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.json:1:"), "{stderr}");
    assert!(stderr.contains("coverage needs a valid catalogue"), "{stderr}");
}
