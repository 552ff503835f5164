use super::*;
use suunta_core::catalogue::raw::{
    Access, Area, Coordinates, Need, ServiceKind, Weekday, WeeklyRule,
};

/// The service columns every first row needs, with `extra` cells added or overriding.
fn row(number: u64, id: &str, extra: &[(Column, &str)]) -> Row {
    let mut cells: Vec<(Column, &str)> = vec![
        (Column::Id, id),
        (Column::Kind, "ohjaamo"),
        (Column::NameFi, "Ohjaamo Testi"),
        (Column::Needs, "work;unsure"),
        (Column::Area, "municipalities:091"),
        (Column::Sources, "https://example.org/fixture"),
        (Column::SourceDate, "2026"),
        (Column::VerifiedOn, "2026-11-23"),
    ];
    for (column, value) in extra {
        cells.retain(|(existing, _)| existing != column);
        cells.push((*column, value));
    }
    Row::from_cells(number, &cells)
}

/// A later row of the same id: only its own columns.
fn more(number: u64, id: &str, cells: &[(Column, &str)]) -> Row {
    let mut all = vec![(Column::Id, id)];
    all.extend_from_slice(cells);
    Row::from_cells(number, &all)
}

fn check(rows: &[Row], expected: &[&str]) -> Vec<Service> {
    let (services, problems) = assemble(rows);
    let got: Vec<String> = problems.iter().map(|p| p.display("t.csv").to_string()).collect();
    assert_eq!(got, expected);
    services
}

#[test]
fn rows_with_one_id_are_one_service_with_numbered_channels() {
    let services = check(
        &[
            row(2, "ohjaamo-testi", &[(Column::Municipality, "091"), (Column::Phone, "09 123")]),
            more(3, "ohjaamo-testi", &[(Column::Municipality, "049"), (Column::Access, "walk_in")]),
            more(
                4,
                "ohjaamo-testi",
                &[(Column::Kind, "ohjaamo"), (Column::Web, "https://example.org/")],
            ),
        ],
        &[],
    );
    assert_eq!(services.len(), 1);
    let service = &services[0];
    assert_eq!(
        (service.kind, service.needs.as_slice()),
        (ServiceKind::Ohjaamo, &[Need::Work, Need::Unsure][..])
    );
    assert_eq!(service.eligibility.area, Area::Municipalities { codes: vec!["091".into()] });
    let ids: Vec<&str> = service.channels.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["visit", "phone", "visit-2", "web"]);
    assert_eq!(service.channels[2].access, Some(Access::WalkIn));
    assert_eq!(service.channels[2].address.as_ref().unwrap().municipality, "049");
}

#[test]
fn a_later_row_may_not_change_the_service() {
    check(
        &[
            row(2, "x", &[(Column::Web, "https://example.org/")]),
            more(3, "x", &[(Column::Kind, "helpline"), (Column::MaxAge, "29"), (Column::Phone, "116 111")]),
        ],
        &[
            "t.csv:3:kind: differs from row 2 of the same id (\"ohjaamo\"); leave it empty or repeat it exactly",
            "t.csv:3:max_age: differs from row 2 of the same id (empty); leave it empty or repeat it exactly",
        ],
    );
}

#[test]
fn visit_points_with_address_coordinates_languages_and_hours() {
    let services = check(
        &[row(
            2,
            "x",
            &[
                (Column::StreetFi, "Katu 1"),
                (Column::Postcode, "00100"),
                (Column::PostOfficeFi, "Helsinki"),
                (Column::PostOfficeSv, "Helsingfors"),
                (Column::Municipality, "091"),
                (Column::Lat, "60,17"),
                (Column::Lon, "24.94"),
                (Column::Languages, "fi;sv"),
                (Column::Hours, "mon-fri 09:00-16:00"),
                (Column::HoursNoteFi, "Suljettu heinäkuussa"),
                (Column::Holidays, "closed"),
                (Column::PointNameSv, "Svenska linjen"),
                (Column::Email, "x@example.org"),
            ],
        )],
        &[],
    );
    let [visit, email] = services[0].channels.as_slice() else { panic!("two channels expected") };
    let address = visit.address.as_ref().unwrap();
    assert_eq!(address.coordinates, Some(Coordinates { lat: 60.17, lon: 24.94 }));
    assert_eq!(address.post_office.sv.as_deref(), Some("Helsingfors"));
    assert_eq!(visit.languages, ["fi", "sv"]);
    let hours = visit.hours.as_ref().unwrap();
    assert_eq!(
        hours.weekly,
        [WeeklyRule {
            days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            from: "09:00".into(),
            to: "16:00".into()
        }]
    );
    assert_eq!(hours.note.fi.as_deref(), Some("Suljettu heinäkuussa"));
    assert_eq!(hours.open_on_public_holidays, Some(false));
    assert_eq!(
        email.name.sv.as_deref(),
        Some("Svenska linjen"),
        "the point's name on every channel"
    );
    assert_eq!((email.languages.len(), email.hours.is_none()), (2, true), "e-mail keeps no hours");
}

#[test]
fn every_problem_of_a_row_is_reported() {
    let services = check(
        &[
            row(
                2,
                "x",
                &[
                    (Column::Kind, "office"),
                    (Column::NameFi, ""),
                    (Column::MinAge, "30"),
                    (Column::MaxAge, "15"),
                    (Column::VerifiedOn, "23.11.2026"),
                    (Column::Lat, "60.1"),
                    (Column::Phone, "09-123"),
                ],
            ),
            row(3, "Bad Id", &[]),
            row(4, "y", &[(Column::Web, "https://example.org/"), (Column::Holidays, "open")]),
            row(5, "z", &[]),
            row(6, "w", &[(Column::Phone, "112"), (Column::Hours, "24/7"), (Column::Holidays, "closed")]),
            Row::from_cells(7, &[(Column::Id, ""), (Column::Phone, "")]),
        ],
        &[
            "t.csv:2:kind: \"office\" is not a kind; use one of ohjaamo, employment, education, career, youth-work, helpline, crisis, benefits, other",
            "t.csv:2:name_fi: the service needs a name in name_fi, name_sv or name_en",
            "t.csv:2:max_age: max_age 15 is below min_age 30",
            "t.csv:2:verified_on: \"23.11.2026\" is not a date written as YYYY-MM-DD",
            "t.csv:2:municipality: a visit point needs its municipality code, e.g. 091",
            "t.csv:2:lon: lat is given, so lon is needed too",
            "t.csv:2:phone: \"09-123\" is not a phone number: digits and spaces, e.g. 09 123 4567",
            "t.csv:3:id: \"Bad Id\" is not an id: use lowercase letters a-z, digits and '-'",
            "t.csv:4:holidays: hours belong to a visit point, phone, sms, whatsapp or chat; this row has none",
            "t.csv:5: the row has no contact: fill municipality (a visit point) or phone, sms, whatsapp, email, web or chat",
            "t.csv:6:holidays: 24/7 hours are open on holidays too",
        ],
    );
    let ids: Vec<&str> = services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["y", "z", "w"], "services whose own fields are sound are still built");
}

#[test]
fn an_overlong_summary_is_reported() {
    let long = "a".repeat(151);
    check(
        &[row(2, "x", &[(Column::SummarySv, &long), (Column::Web, "https://example.org/")])],
        &["t.csv:2:summary_sv: 151 characters; a summary is at most 150"],
    );
    let just_fits = "ä".repeat(150);
    check(
        &[row(2, "x", &[(Column::SummaryFi, &just_fits), (Column::Web, "https://example.org/")])],
        &[],
    );
}
