//! Each rule with a failing and a passing example. Test data: real codes and places, but the
//! services are examples, not catalogue records.

use serde_json::{json, Value};

use super::*;
use crate::catalogue::fixture::{catalogue_text, today, valid_service, GEOGRAPHY};

fn sources(catalogue: String) -> Vec<SourceFile> {
    vec![
        SourceFile { name: "geography.json".into(), text: GEOGRAPHY.into() },
        SourceFile { name: "regions/01.json".into(), text: catalogue },
    ]
}

/// The problems as `severity path: message`, without file and position.
fn problems_of(sources: &[SourceFile]) -> Vec<String> {
    check(sources, today())
        .problems
        .iter()
        .map(|problem| format!("{} {}: {}", problem.severity.id(), problem.path, problem.message))
        .collect()
}

/// Applies `change` to the valid service and checks that exactly the `expected` problems are
/// reported, each given as the start of `severity path: message`.
fn check_service(change: impl FnOnce(&mut Value), expected: &[&str]) {
    let mut service = valid_service();
    change(&mut service);
    let found = problems_of(&sources(catalogue_text(&[service])));
    assert_eq!(found.len(), expected.len(), "expected {expected:#?}\nfound {found:#?}");
    for (found, expected) in found.iter().zip(expected) {
        assert!(found.starts_with(expected), "expected {expected:?}\nfound {found:?}");
    }
}

#[test]
fn the_valid_example_passes_and_yields_a_catalogue() {
    check_service(|_| {}, &[]);
    let checked = check(&sources(catalogue_text(&[valid_service()])), today());
    let catalogue = checked.catalogue.expect("a catalogue");
    assert_eq!(catalogue.files[0].file.services[0].id, "ohjaamo-helsinki");
    assert_eq!(catalogue.geography.municipalities.len(), 3);
}

#[test]
fn unknown_fields_and_wrong_types_are_all_reported() {
    check_service(
        |s| {
            s["nmae"] = json!("typo");
            s["channels"][1]["phone_number"] = json!("112");
            s["eligibility"]["min_age"] = json!("15");
            s["needs"][1] = json!("jobs");
            s["channels"][0]["hours"]["weekly"][0]["days"][0] = json!("monday");
        },
        // In document order; the test's JSON is printed with its keys sorted.
        &[
            "error services[0].channels[0].hours.weekly[0].days[0]: \"monday\" is not allowed here; expected one of: mon,",
            "error services[0].channels[1].phone_number: unknown field",
            "error services[0].eligibility.min_age: found string \"15\", expected a whole number",
            "error services[0].needs[1]: \"jobs\" is not allowed here; expected one of: work,",
            "error services[0].nmae: unknown field \"nmae\"; the fields allowed here are: id,",
        ],
    );
}

#[test]
fn a_missing_required_field_is_reported_and_the_rest_still_checked() {
    check_service(
        |s| {
            s.as_object_mut().unwrap().remove("provenance");
            s["kind"] = json!("ohjamo");
            s["colour"] = json!("red");
        },
        &[
            "error services[0]: required field \"provenance\" is missing",
            "error services[0].colour: unknown field",
            "error services[0].kind: \"ohjamo\" is not allowed here; expected one of: ohjaamo,",
        ],
    );
}

#[test]
fn a_record_with_only_an_unknown_field_is_still_checked_by_the_rules() {
    check_service(
        |s| {
            s["colour"] = json!("red");
            s["id"] = json!("Ohjaamo");
        },
        &[
            "error services[0].colour: unknown field",
            "error services[0].id: \"Ohjaamo\" is not a valid id",
        ],
    );
}

#[test]
fn one_bad_service_does_not_hide_the_next() {
    let mut broken = valid_service();
    broken["id"] = json!(7);
    let mut second = valid_service();
    second["id"] = json!("second");
    second["eligibility"]["max_age"] = json!(10);
    let found = problems_of(&sources(catalogue_text(&[broken, second])));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].starts_with("error services[0].id: found integer `7`, expected a text"));
    assert!(found[1]
        .starts_with("error services[1].eligibility.min_age: min_age 15 is above max_age 10"));
}

#[test]
fn rules_still_check_a_record_with_a_wrong_type_but_not_its_placeholders() {
    check_service(
        |s| {
            s["channels"][1]["kind"] = json!("telephone");
            s["channels"][2]["url"] = json!(["https://ohjaamot.fi/"]);
            s["id"] = json!("Ohjaamo");
        },
        // Not reported: the url placeholder "" as a web address, and which field the made-up
        // kind of channels[1] would need.
        &[
            "error services[0].channels[1].kind: \"telephone\" is not allowed here; expected one of: visit,",
            "error services[0].channels[2].url: found a list, expected a text in quotes",
            "error services[0].id: \"Ohjaamo\" is not a valid id",
        ],
    );
}

#[test]
fn a_made_up_area_does_not_make_a_service_national() {
    // The placeholder area is "whole_country", which would require Swedish texts.
    check_service(
        |s| {
            s["eligibility"] = json!("everyone");
            s["name"] = json!({ "fi": "Ohjaamo" });
            s["summary"] = json!({ "fi": "Ohjausta." });
            s["channels"][0]["languages"] = json!(["fi"]);
        },
        &["error services[0].eligibility: found string \"everyone\", expected an object {...}"],
    );
}

#[test]
fn ids() {
    check_service(
        |s| s["id"] = json!("ohjaamo_helsinki"),
        &["error services[0].id: \"ohjaamo_helsinki\" is not a valid id"],
    );
    check_service(
        |s| s["channels"][2]["id"] = json!("Web"),
        &["error services[0].channels[2].id: \"Web\" is not a valid id"],
    );
    check_service(
        |s| s["channels"][2]["id"] = json!("phone"),
        &["error services[0].channels[2].id: channel id \"phone\" appears more than once"],
    );
}

#[test]
fn duplicate_ids_across_files() {
    let mut files = sources(catalogue_text(&[valid_service()]));
    files.push(SourceFile {
        name: "national.json".into(),
        text: catalogue_text(&[valid_service()]),
    });
    let checked = check(&files, today());
    assert_eq!(checked.problems.len(), 1, "{:#?}", checked.problems);
    let problem = &checked.problems[0];
    assert_eq!((problem.file.as_str(), problem.path.as_str()), ("national.json", "services[0].id"));
    assert!(
        problem.message.contains("already used by services[0] in regions/01.json (line 83)"),
        "{}",
        problem.message
    );
    assert!(checked.catalogue.is_none());
}

#[test]
fn required_texts() {
    check_service(
        |s| s["name"] = json!({ "sv": "Navigatorn" }),
        &["error services[0].name.fi: the Finnish text \"fi\" is missing"],
    );
    check_service(
        |s| s["summary"]["fi"] = json!("  "),
        &["error services[0].summary.fi: the Finnish text \"fi\" is empty"],
    );
    // Swedish is required because the visit channel serves in Swedish...
    check_service(
        |s| s["name"] = json!({ "fi": "Ohjaamo" }),
        &["error services[0].name.sv: the Swedish text \"sv\" is missing"],
    );
    // ...and not when no channel does and the service is local.
    check_service(
        |s| {
            s["name"] = json!({ "fi": "Ohjaamo" });
            s["summary"] = json!({ "fi": "Ohjausta." });
            s["channels"][0]["languages"] = json!(["fi"]);
        },
        &[],
    );
    // A national service needs Swedish whatever its channels say.
    check_service(
        |s| {
            s["summary"] = json!({ "fi": "Ohjausta." });
            s["channels"][0]["languages"] = json!(["fi"]);
            s["eligibility"]["area"] = json!({ "type": "whole_country" });
        },
        &["error services[0].summary.sv: the Swedish text \"sv\" is missing"],
    );
}

#[test]
fn summary_length() {
    check_service(|s| s["summary"]["sv"] = json!("å".repeat(150)), &[]);
    check_service(
        |s| s["summary"]["sv"] = json!("å".repeat(151)),
        &["error services[0].summary.sv: 151 characters is too long; keep it to at most 150"],
    );
}

#[test]
fn ages() {
    check_service(|s| s["eligibility"]["min_age"] = json!(29), &[]);
    check_service(
        |s| s["eligibility"]["min_age"] = json!(30),
        &["error services[0].eligibility.min_age: min_age 30 is above max_age 29"],
    );
    check_service(
        |s| s["eligibility"]["max_age"] = json!(121),
        &["error services[0].eligibility.max_age: 121 is not an age; use 0 to 120"],
    );
    check_service(
        |s| s["eligibility"]["max_age"] = json!(300),
        &["error services[0].eligibility.max_age: found integer `300`, expected a whole number from 0 to 255"],
    );
}

#[test]
fn area_codes_must_exist_in_the_geography() {
    let area = |value: Value| move |s: &mut Value| s["eligibility"]["area"] = value;
    check_service(area(json!({ "type": "region", "code": "06" })), &[]);
    check_service(area(json!({ "type": "employment_area", "code": "39" })), &[]);
    check_service(
        area(json!({ "type": "region", "code": "20" })),
        &["error services[0].eligibility.area.code: there is no region \"20\" in the geography file"],
    );
    check_service(
        area(json!({ "type": "region", "code": "1" })),
        &["error services[0].eligibility.area.code: \"1\" is not a valid region code; it must be exactly 2 digits"],
    );
    check_service(
        area(json!({ "type": "employment_area", "code": "46" })),
        &["error services[0].eligibility.area.code: there is no employment area \"46\""],
    );
    check_service(
        area(json!({ "type": "municipalities", "codes": ["091", "999", "91", "091"] })),
        &[
            "error services[0].eligibility.area.codes[1]: there is no municipality \"999\"",
            "error services[0].eligibility.area.codes[2]: \"91\" is not a valid municipality code",
            "error services[0].eligibility.area.codes[3]: municipality code \"091\" appears more than once",
        ],
    );
    check_service(
        area(json!({ "type": "municipalities", "codes": [] })),
        &["error services[0].eligibility.area.codes: list at least one municipality code"],
    );
    check_service(
        area(json!({ "type": "county" })),
        &["error services[0].eligibility.area.type: \"county\" is not allowed here; expected one of: whole_country,"],
    );
    check_service(
        |s| s["channels"][0]["address"]["municipality"] = json!("092"),
        &["error services[0].channels[0].address.municipality: there is no municipality \"092\""],
    );
}

#[test]
fn each_channel_kind_needs_its_own_field_and_no_other() {
    check_service(
        |s| s["channels"][1] = json!({ "id": "phone", "kind": "phone" }),
        &["error services[0].channels[1].kind: a phone channel needs \"phone\""],
    );
    check_service(
        |s| s["channels"][1]["url"] = json!("https://mieli.fi/"),
        &["error services[0].channels[1].url: a phone channel takes \"phone\", not \"url\""],
    );
    check_service(|s| s["channels"][2]["kind"] = json!("chat"), &[]);
    check_service(
        |s| s["channels"][3]["kind"] = json!("visit"),
        &[
            "error services[0].channels[3].email: a visit channel takes \"address\", not \"email\"",
            "error services[0].channels[3].kind: a visit channel needs \"address\"",
        ],
    );
}

#[test]
fn contact_values() {
    check_service(
        |s| s["channels"][1]["phone"] = json!("09-2525-0111"),
        &["error services[0].channels[1].phone: \"09-2525-0111\" is not a phone number"],
    );
    check_service(|s| s["channels"][1]["phone"] = json!("116 111"), &[]);
    check_service(
        |s| s["channels"][2]["url"] = json!("www.ohjaamot.fi"),
        &["error services[0].channels[2].url: \"www.ohjaamot.fi\" is not a web address"],
    );
    check_service(
        |s| s["channels"][3]["email"] = json!("neuvonta(at)opintopolku.fi"),
        &["error services[0].channels[3].email: \"neuvonta(at)opintopolku.fi\" is not an e-mail"],
    );
    check_service(
        |s| s["channels"][0]["languages"] = json!(["fi", "SV"]),
        &["error services[0].channels[0].languages[1]: \"SV\" is not a language code"],
    );
}

#[test]
fn addresses() {
    check_service(
        |s| s["channels"][0]["address"]["postcode"] = json!("0010"),
        &["error services[0].channels[0].address.postcode: \"0010\" is not a valid postcode"],
    );
    check_service(
        |s| s["channels"][0]["address"]["coordinates"] = json!({ "lat": 24.9354, "lon": 60.1665 }),
        &["error services[0].channels[0].address.coordinates: the point lat 24.9354, lon 60.1665 is outside Finland"],
    );
}

#[test]
fn weekly_hours() {
    let weekly = |rule: Value| move |s: &mut Value| s["channels"][0]["hours"]["weekly"][0] = rule;
    check_service(weekly(json!({ "days": ["sun"], "from": "20:00", "to": "24:00" })), &[]);
    check_service(
        weekly(json!({ "days": ["mon"], "from": "16:00", "to": "10:00" })),
        &["error services[0].channels[0].hours.weekly[0].to: closes at 10:00 but opens at 16:00"],
    );
    check_service(
        weekly(json!({ "days": ["mon"], "from": "10:00", "to": "10:00" })),
        &["error services[0].channels[0].hours.weekly[0].to: closes at 10:00 but opens at 10:00"],
    );
    check_service(
        weekly(json!({ "days": ["mon"], "from": "9:00", "to": "25:00" })),
        &[
            "error services[0].channels[0].hours.weekly[0].from: \"9:00\" is not a time written as HH:MM",
            "error services[0].channels[0].hours.weekly[0].to: \"25:00\" is not a time between 00:00 and 24:00",
        ],
    );
    check_service(
        weekly(json!({ "days": [], "from": "10:00", "to": "12:00" })),
        &["error services[0].channels[0].hours.weekly[0].days: list at least one day"],
    );
    check_service(
        weekly(json!({ "days": ["mon", "fri", "lau"], "from": "10:00", "to": "12:00" })),
        &["error services[0].channels[0].hours.weekly[0].days[2]: \"lau\" is not allowed here; expected one of: mon, tue"],
    );
}

#[test]
fn exceptions_and_sessions() {
    let exception =
        |value: Value| move |s: &mut Value| s["channels"][0]["hours"]["exceptions"][0] = value;
    check_service(
        exception(
            json!({ "from": "2026-12-31", "intervals": [{ "from": "10:00", "to": "14:00" }] }),
        ),
        &[],
    );
    check_service(
        exception(json!({ "from": "2026-12-26", "to": "2026-12-24", "closed": true })),
        &["error services[0].channels[0].hours.exceptions[0].to: ends on 2026-12-24, before it starts on 2026-12-26"],
    );
    check_service(
        exception(json!({ "from": "24.12.2026", "closed": true })),
        &["error services[0].channels[0].hours.exceptions[0].from: \"24.12.2026\" is not a date written as YYYY-MM-DD"],
    );
    check_service(
        exception(json!({ "from": "2026-02-30", "closed": true })),
        &["error services[0].channels[0].hours.exceptions[0].from: \"2026-02-30\" is not a date that exists"],
    );
    check_service(
        exception(json!({ "from": "2026-12-24" })),
        &["error services[0].channels[0].hours.exceptions[0]: say \"closed\": true, or give the \"intervals\""],
    );
    check_service(
        exception(json!({ "from": "2026-12-24", "closed": true, "intervals": [{ "from": "10:00", "to": "12:00" }] })),
        &["error services[0].channels[0].hours.exceptions[0].intervals: a closed day has no opening intervals"],
    );
    check_service(
        |s| s["channels"][0]["hours"]["sessions"][0]["who"] = json!({}),
        &["error services[0].channels[0].hours.sessions[0].who: say who is present"],
    );
    check_service(
        |s| s["channels"][0]["hours"]["sessions"][0]["who"] = json!({ "sv": " " }),
        &["error services[0].channels[0].hours.sessions[0].who: say who is present"],
    );
    check_service(
        |s| s["channels"][0]["hours"]["sessions"][0]["who"] = json!({ "sv": "FPA" }),
        &[],
    );
}

#[test]
fn contradictory_hour_flags() {
    check_service(
        |s| {
            s["channels"][1]["hours"] =
                json!({ "always_open": true, "open_on_public_holidays": true })
        },
        &[],
    );
    check_service(
        |s| s["channels"][1]["hours"] = json!({ "always_open": true, "by_appointment": true }),
        &["error services[0].channels[1].hours.by_appointment: always_open and by_appointment contradict"],
    );
    check_service(
        |s| s["channels"][0]["hours"]["always_open"] = json!(true),
        &["error services[0].channels[0].hours.weekly: a channel that is always_open has no weekly hours"],
    );
}

#[test]
fn provenance() {
    check_service(
        |s| s["provenance"]["verified_on"] = json!("2024-11-22"),
        &["warning services[0].provenance.verified_on: last verified on 2024-11-22, over 2 years ago"],
    );
    check_service(|s| s["provenance"]["verified_on"] = json!("2024-11-23"), &[]);
    check_service(
        |s| s["provenance"]["verified_on"] = json!("2026-11-24"),
        &["error services[0].provenance.verified_on: 2026-11-24 is in the future"],
    );
    check_service(
        |s| s["provenance"]["verified_on"] = json!("2026-11"),
        &["error services[0].provenance.verified_on: \"2026-11\" is not a date written as YYYY-MM-DD"],
    );
    check_service(
        |s| s["provenance"]["sources"] = json!([]),
        &["error services[0].provenance.sources: list at least one source URL"],
    );
    check_service(
        |s| s["provenance"]["sources"] = json!(["ohjaamot.fi"]),
        &["error services[0].provenance.sources[0]: \"ohjaamot.fi\" is not a web address"],
    );
    check_service(
        |s| s["provenance"]["source_date"] = json!(""),
        &["error services[0].provenance.source_date: give the date the source states"],
    );
}

#[test]
fn a_warning_alone_still_yields_a_catalogue() {
    let mut service = valid_service();
    service["provenance"]["verified_on"] = json!("2020-01-01");
    let checked = check(&sources(catalogue_text(&[service])), today());
    assert_eq!((checked.error_count(), checked.warning_count()), (0, 1));
    assert!(checked.catalogue.is_some());
}

#[test]
fn file_fields() {
    let text = catalogue_text(&[valid_service()])
        .replace("suunta-catalogue/1", "suunta-catalogue/2")
        .replace("\"neuvonta@opintopolku.fi\",\n  \"services\"", "\"nobody\",\n  \"services\"");
    assert_eq!(
        problems_of(&sources(text)),
        [
            "error format: format is \"suunta-catalogue/2\"; a service file must say \"suunta-catalogue/1\"",
            "error maintainer_email: \"nobody\" is not an e-mail address; write it as name@domain.fi with no spaces",
        ]
    );
}

#[test]
fn syntax_errors_end_the_file_with_a_position() {
    let files = sources("{\n  \"format\": \"suunta-catalogue/1\"\n  \"services\": []\n}".into());
    let checked = check(&files, today());
    assert_eq!(checked.problems.len(), 1);
    let problem = &checked.problems[0];
    assert_eq!((problem.line, problem.column), (3, 3));
    assert!(
        problem.message.contains("not valid JSON (expected `,` or `}`)"),
        "{}",
        problem.message
    );
}

#[test]
fn an_empty_record_lists_every_missing_field() {
    let found = problems_of(&sources(catalogue_text(&[json!({})])));
    assert_eq!(
        found,
        [
            "error services[0]: required field \"id\" is missing",
            "error services[0]: required field \"kind\" is missing",
            "error services[0]: required field \"name\" is missing",
            "error services[0]: required field \"eligibility\" is missing",
            "error services[0]: required field \"provenance\" is missing",
            // A rule, not structure: summary may be left out, but not its Finnish text.
            "error services[0].summary.fi: the Finnish text \"fi\" is missing; it is required here",
        ]
    );
}

#[test]
fn a_wrong_type_inside_an_area_still_lets_the_rest_be_checked() {
    check_service(
        |s| {
            s["eligibility"]["area"] = json!({ "type": "region", "code": 1 });
            s["provenance"]["sources"] = json!([]);
        },
        &[
            "error services[0].eligibility.area: found integer `1`, expected a text in quotes",
            "error services[0].provenance.sources: list at least one source URL",
        ],
    );
}

#[test]
fn the_file_itself_must_be_an_object_with_a_list_of_services() {
    let found = problems_of(&sources("[]".into()));
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("error : a catalogue file is a JSON object"), "{}", found[0]);
    let found =
        problems_of(&sources("{\"format\": \"suunta-catalogue/1\", \"services\": {}}".into()));
    assert_eq!(found, ["error services: found an object, expected a list [...]"]);
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", catalogue_text(&[valid_service()]));
    assert_eq!(problems_of(&sources(text)), Vec::<String>::new());
}

#[test]
fn repeated_keys_are_errors() {
    let text = catalogue_text(&[valid_service()]).replacen(
        "\"id\": \"ohjaamo-helsinki\"",
        "\"id\": \"a\", \"id\": \"ohjaamo-helsinki\"",
        1,
    );
    assert_eq!(
        problems_of(&sources(text)),
        ["error services[0].id: this field is written twice in the same object; only the last one would count, so keep one"]
    );
}

fn check_geography(change: impl FnOnce(&mut Value), expected: &[&str]) {
    let mut geography: Value = serde_json::from_str(GEOGRAPHY).unwrap();
    change(&mut geography);
    let files = vec![SourceFile { name: "geography.json".into(), text: geography.to_string() }];
    let found = problems_of(&files);
    assert_eq!(found.len(), expected.len(), "expected {expected:#?}\nfound {found:#?}");
    for (found, expected) in found.iter().zip(expected) {
        assert!(found.starts_with(expected), "expected {expected:?}\nfound {found:?}");
    }
}

#[test]
fn geography_rules() {
    check_geography(|_| {}, &[]);
    check_geography(
        |g| g["format"] = json!("suunta-catalogue/1"),
        &["error format: format is \"suunta-catalogue/1\"; the geography file must say \"suunta-geography/1\""],
    );
    check_geography(
        |g| g["municipalities"][1]["code"] = json!("091"),
        &["error municipalities[1].code: municipality code \"091\" appears more than once"],
    );
    check_geography(
        |g| g["municipalities"][1]["code"] = json!("8370"),
        &["error municipalities[1].code: \"8370\" is not a valid municipality code; it must be exactly 3 digits"],
    );
    check_geography(
        |g| g["municipalities"][0]["region"] = json!("02"),
        &["error municipalities[0].region: there is no region \"02\" in this file's regions"],
    );
    check_geography(
        |g| g["municipalities"][0]["employment_area"] = json!("46"),
        &["error municipalities[0].employment_area: there is no employment area \"46\""],
    );
    check_geography(
        |g| g["municipalities"][2]["centre"] = json!({ "lat": 19.9, "lon": 60.1 }),
        &["error municipalities[2].centre: the point lat 19.9, lon 60.1 is outside Finland"],
    );
    check_geography(
        |g| g["regions"][2]["code"] = json!("01"),
        &[
            "error municipalities[2].region: there is no region \"21\" in this file's regions",
            "error regions[2].code: region code \"01\" appears more than once",
        ],
    );
    check_geography(
        |g| g["regions"][1]["name"] = json!({ "fi": "Pirkanmaa" }),
        &["error regions[1].name.sv: the Swedish text \"sv\" is missing"],
    );
    check_geography(
        |g| g["employment_areas"][0]["code"] = json!("8"),
        &[
            "error employment_areas[0].code: \"8\" is not a valid employment-area code",
            "error municipalities[0].employment_area: there is no employment area \"08\"",
        ],
    );
}

#[test]
fn the_geography_file_is_required_and_unique() {
    let only_services =
        vec![SourceFile { name: "national.json".into(), text: catalogue_text(&[valid_service()]) }];
    assert_eq!(
        problems_of(&only_services),
        ["error : no geography file among the files checked, so municipality, region and employment-area codes cannot be checked; include catalogue/geography.json"]
    );
    let mut twice = sources(catalogue_text(&[]));
    twice.push(SourceFile { name: "other/geography.json".into(), text: GEOGRAPHY.into() });
    assert_eq!(problems_of(&twice), ["error : a second geography file; there must be exactly one (the first is geography.json)"]);
}
