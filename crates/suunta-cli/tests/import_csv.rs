//! `suunta-cli import-csv` run as a maintainer runs it, on the documented example and on
//! fixtures under `tests/fixtures/import/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use suunta_core::catalogue::raw::CatalogueFile;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn example_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/examples/import-example.csv")
}

fn import(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_suunta-cli"))
        .current_dir(dir)
        .arg("import-csv")
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn expected_services() -> serde_json::Value {
    let text = std::fs::read_to_string(fixtures().join("example.expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn stdout_json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn the_documented_example_becomes_the_expected_services() {
    let output = import(&fixtures(), &[example_csv().to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stdout_json(&output), expected_services());

    let file: CatalogueFile = serde_json::from_slice(&output.stdout).expect("a catalogue file");
    assert_eq!(file.format, "suunta-catalogue/1");
    let mll = file.services.iter().find(|s| s.id == "mll-lasten-ja-nuorten-puhelin").unwrap();
    let phones: Vec<&str> = mll.channels.iter().filter_map(|c| c.phone.as_deref()).collect();
    assert_eq!(phones, ["116 111", "0800 96 116"], "two rows of one id are one service");
}

#[test]
fn a_finnish_excel_export_reads_the_same() {
    // BOM, semicolons, CRLF line ends and capitalised headers.
    let output = import(&fixtures(), &["example-excel-fi.csv"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stdout_json(&output), expected_services());
}

#[test]
fn out_writes_the_file() {
    let out = std::env::temp_dir().join(format!("suunta-import-{}.json", std::process::id()));
    let output =
        import(&fixtures(), &[example_csv().to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();

    // What the import writes passes the catalogue's own validation, against the real geography.
    let geography = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/geography.json");
    let validated = Command::new(env!("CARGO_BIN_EXE_suunta-cli"))
        .args(["validate", "--today", "2026-11-23"])
        .arg(&geography)
        .arg(&out)
        .output()
        .expect("the CLI runs");
    std::fs::remove_file(&out).unwrap();
    assert!(validated.status.success(), "{}", String::from_utf8_lossy(&validated.stdout));
    assert_eq!(written, expected_services());
}

#[test]
fn every_bad_row_is_reported_and_nothing_is_written() {
    let out = std::env::temp_dir().join(format!("suunta-import-bad-{}.json", std::process::id()));
    let output = import(&fixtures(), &["several-bad-rows.csv", "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists(), "no output on errors");
    let expected =
        std::fs::read_to_string(fixtures().join("several-bad-rows.expected.txt")).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr, expected);
    // One problem or more on each bad row, and none on the good one or the blank line.
    for row in [3, 4, 6, 7, 8] {
        assert!(stderr.contains(&format!("several-bad-rows.csv:{row}:")), "row {row} not reported");
    }
    for row in [2, 5] {
        assert!(!stderr.contains(&format!("several-bad-rows.csv:{row}:")), "row {row} reported");
    }
}

#[test]
fn usage_mistakes_exit_with_2() {
    for args in [&[][..], &["a.csv", "b.csv"], &["a.csv", "--out"], &["a.csv", "--force"]] {
        let output = import(&fixtures(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("usage: suunta-cli import-csv"));
    }
    let missing = import(&fixtures(), &["no-such-file.csv"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).starts_with("no-such-file.csv: cannot read"));
}
