//! `suunta-cli validate`, `build` and `schema`, run as a maintainer runs them, on the fixtures
//! under `tests/fixtures/validate/` (real codes and places, example services) and on the
//! shipped catalogue.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shipped_catalogue() -> PathBuf {
    crate_dir().join("../../catalogue")
}

/// Runs the CLI from the crate directory, so fixture paths print as written here.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_suunta-cli"))
        .args(args)
        .current_dir(crate_dir())
        .output()
        .expect("the CLI runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A fresh, empty directory for one test's output.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Each printed problem up to its message: `file:line:col: severity: path`.
fn locations(output: &Output) -> Vec<String> {
    stdout(output)
        .lines()
        .map(|line| {
            let (location, rest) = line.split_once(": ").unwrap();
            let (severity, rest) = rest.split_once(": ").unwrap();
            let path = rest.split_once(": ").map_or("", |(path, _)| path);
            format!("{location}: {severity}: {path}")
        })
        .collect()
}

const BROKEN: &str = "tests/fixtures/validate/broken/regions/01.json";

#[test]
fn validate_prints_every_problem_with_its_line_column_and_path() {
    // The geography file is found one directory up from the region file.
    let output = run(&["validate", "--today", "2026-11-23", BROKEN]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let at = |rest: &str| format!("{BROKEN}:{rest}");
    assert_eq!(
        locations(&output),
        [
            at("5:13: error: services[0].id"),
            at("6:15: error: services[0].kind"),
            at("15:15: error: services[1].name.sv"),
            at("16:18: error: services[1].summary.sv"),
            at("17:35: error: services[1].eligibility.min_age"),
            at("18:70: error: services[1].eligibility.area.codes[0]"),
            at("20:52: error: services[1].channels[0].phone"),
            at("21:46: error: services[1].channels[1].url"),
            at("21:64: error: services[1].channels[1].colour"),
            at("23:59: error: services[1].channels[2].address.postcode"),
            at("24:52: error: services[1].channels[2].hours.weekly[0].days[1]"),
            at("24:86: error: services[1].channels[2].hours.weekly[0].to"),
            at("26:98: warning: services[1].provenance.verified_on"),
            at("29:13: error: services[2].id"),
        ]
    );
    let text = stdout(&output);
    assert!(text.contains("\"sunday\" is not allowed here; expected one of: mon, tue, wed"));
    assert!(text.contains("id \"example-2\" is already used by services[1] in"));
    assert_eq!(stderr(&output), "13 errors, 1 warning in 2 files\n");
}

#[test]
fn validate_passes_a_clean_catalogue_with_warnings_only() {
    let output = run(&["validate", "--today", "2026-11-23", "tests/fixtures/validate/clean"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        locations(&output),
        ["tests/fixtures/validate/clean/regions/01.json:19:24: warning: services[0].provenance.verified_on"]
    );
    assert_eq!(stderr(&output), "0 errors, 1 warning in 3 files\n");
}

#[test]
fn validate_reads_a_file_named_twice_once() {
    let output = run(&[
        "validate",
        "--today",
        "2026-11-23",
        "tests/fixtures/validate/clean",
        "tests/fixtures/validate/clean/national.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stderr(&output), "0 errors, 1 warning in 3 files\n");
}

#[test]
fn validate_reports_the_first_syntax_error_with_its_position() {
    let dir = scratch("syntax");
    let file = dir.join("broken.json");
    std::fs::write(&file, "{\n  \"format\": \"suunta-catalogue/1\",\n  \"services\": [\n    { \"id\": \"ä\" \"kind\": 1 }\n  ]\n}\n").unwrap();
    let geography = crate_dir().join("tests/fixtures/validate/clean/geography.json");
    let output = run(&["validate", geography.to_str().unwrap(), file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let printed = stdout(&output);
    let expected_start =
        format!("{}:4:17: error: this is not valid JSON (expected `,` or `}}`)", file.display());
    assert!(printed.starts_with(&expected_start), "{printed}");
    assert_eq!(printed.lines().count(), 1);
}

#[test]
fn validate_rejects_bad_arguments() {
    assert_eq!(run(&["validate"]).status.code(), Some(2));
    assert_eq!(run(&["validate", "--today", "23.11.2026", BROKEN]).status.code(), Some(2));
    assert_eq!(run(&["validate", "--strict", BROKEN]).status.code(), Some(2));
    let missing = run(&["validate", "tests/fixtures/validate/no-such-file.json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no-such-file.json: cannot read"));
}

#[test]
fn build_writes_the_per_region_files() {
    let out = scratch("build-clean");
    let output = run(&[
        "build",
        "tests/fixtures/validate/clean",
        "--out",
        out.to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "all-regions.json",
            "all-regions.pack.txt",
            "geography.json",
            "geography.pack.txt",
            "index.json",
            "national.json",
            "national.pack.txt",
            "region-01.json",
            "region-01.pack.txt",
            "region-06.json",
            "region-06.pack.txt",
            "region-21.json",
            "region-21.pack.txt"
        ]
    );
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(out.join(name)).unwrap()).unwrap()
    };
    let ids = |name: &str| -> Vec<String> {
        read(name)["services"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids("national.json"), ["hatanumero-112"]);
    assert_eq!(ids("region-01.json"), ["example-helsinki", "example-two-regions"]);
    assert_eq!(ids("region-06.json"), ["example-two-regions"]);
    assert!(ids("region-21.json").is_empty());
    assert_eq!(read("index.json")["verified_on"], "2026-11-23");
    // Minified: the app downloads these.
    assert!(!std::fs::read_to_string(out.join("national.json")).unwrap().contains('\n'));
}

#[test]
fn build_writes_nothing_when_the_catalogue_has_errors() {
    let out = scratch("build-broken").join("out");
    let output = run(&[
        "build",
        "tests/fixtures/validate/broken",
        "--out",
        out.to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(locations(&output).len(), 14);
    assert!(stderr(&output).contains("the catalogue has errors; nothing was written"));
    assert!(!out.exists());
    assert_eq!(run(&["build", "tests/fixtures/validate/clean"]).status.code(), Some(2));
}

#[test]
fn the_shipped_catalogue_validates_and_builds() {
    let catalogue = shipped_catalogue();
    let output = run(&["validate", catalogue.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stderr(&output).starts_with("0 errors"), "{}", stderr(&output));

    let out = scratch("build-shipped");
    let output = run(&["build", catalogue.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).unwrap()).unwrap();
    // The national file and one per region, Åland included.
    assert_eq!(index["files"].as_array().unwrap().len(), 1 + 19);
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    for which in ["catalogue", "geography"] {
        let output = run(&["schema", which]);
        assert_eq!(output.status.code(), Some(0));
        let committed = shipped_catalogue().join(format!("{which}.schema.json"));
        assert_eq!(
            std::fs::read_to_string(&committed).unwrap(),
            stdout(&output),
            "{} is out of date: run `suunta-cli schema {which} > catalogue/{which}.schema.json`",
            committed.display()
        );
    }
    assert_eq!(run(&["schema"]).status.code(), Some(2));
    assert_eq!(run(&["schema", "services"]).status.code(), Some(2));
}

/// Runs the CLI with `input` on standard input.
fn run_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_suunta-cli"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn pack_prints_what_build_writes_for_the_same_file() {
    let out = scratch("pack");
    let built = run(&[
        "build",
        "--today",
        "2026-11-23",
        shipped_catalogue().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(built.status.success(), "{}", stderr(&built));
    for name in ["national", "geography", "region-01"] {
        let json = std::fs::read_to_string(out.join(format!("{name}.json"))).unwrap();
        let packed = run_with_input(&["pack"], &json);
        assert!(packed.status.success(), "{name}: {}", stderr(&packed));
        let written = std::fs::read_to_string(out.join(format!("{name}.pack.txt"))).unwrap();
        assert_eq!(stdout(&packed), written, "{name}");
    }
    let refused =
        run_with_input(&["pack"], "{\"format\": \"suunta-catalogue/1\", \"services\": 3}");
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).starts_with("suunta-cli pack: "), "{}", stderr(&refused));
}
