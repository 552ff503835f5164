//! Test data shared by the catalogue's tests: real codes and places (from the reference data),
//! but the services are examples, not catalogue records.

use serde_json::{json, Value};

use crate::hours::civil::Date;

pub(crate) const GEOGRAPHY: &str = r#"{
  "format": "suunta-geography/1",
  "provenance": {
    "sources": ["https://stat.fi/fi/luokitukset/kunta/kunta_1_20250101"],
    "source_date": "2025-01-01",
    "verified_on": "2026-11-23"
  },
  "regions": [
    { "code": "01", "name": { "fi": "Uusimaa", "sv": "Nyland" } },
    { "code": "06", "name": { "fi": "Pirkanmaa", "sv": "Birkaland" } },
    { "code": "21", "name": { "fi": "Ahvenanmaa", "sv": "Åland" } }
  ],
  "employment_areas": [
    { "code": "08", "name": { "fi": "Helsinki" } },
    { "code": "39", "name": { "fi": "Tampereen seutu" } }
  ],
  "municipalities": [
    { "code": "091", "name": { "fi": "Helsinki", "sv": "Helsingfors" }, "region": "01",
      "employment_area": "08", "language_status": "bilingual_finnish_majority",
      "centre": { "lat": 60.16825, "lon": 24.952913 } },
    { "code": "837", "name": { "fi": "Tampere", "sv": "Tammerfors" }, "region": "06",
      "employment_area": "39", "language_status": "finnish",
      "centre": { "lat": 61.497947, "lon": 23.75941 } },
    { "code": "478", "name": { "fi": "Maarianhamina - Mariehamn", "sv": "Mariehamn" },
      "region": "21", "language_status": "swedish",
      "centre": { "lat": 60.096, "lon": 19.943642 } }
  ]
}"#;

/// A service that passes every rule; each test changes one thing.
pub(crate) fn valid_service() -> Value {
    json!({
        "id": "ohjaamo-helsinki",
        "kind": "ohjaamo",
        "name": { "fi": "Ohjaamo Helsinki", "sv": "Navigatorn Helsingfors" },
        "summary": { "fi": "Ohjausta alle 30-vuotiaille.", "sv": "Vägledning för unga under 30." },
        "needs": ["work", "unsure"],
        "eligibility": { "min_age": 15, "max_age": 29,
                         "area": { "type": "municipalities", "codes": ["091"] } },
        "channels": [
            { "id": "visit", "kind": "visit", "languages": ["fi", "sv"],
              "address": { "street": { "fi": "Fredrikinkatu 48" }, "postcode": "00100",
                           "municipality": "091",
                           "coordinates": { "lat": 60.1665, "lon": 24.9354 } },
              "hours": { "weekly": [{ "days": ["mon", "tue"], "from": "10:00", "to": "16:00" }],
                         "exceptions": [{ "from": "2026-12-24", "to": "2026-12-26", "closed": true }],
                         "sessions": [{ "days": ["tue"], "from": "12:00", "to": "15:00",
                                        "who": { "fi": "Kela" } }] } },
            { "id": "phone", "kind": "phone", "phone": "09 2525 0111" },
            { "id": "web", "kind": "web", "url": "https://ohjaamot.fi/" },
            { "id": "email", "kind": "email", "email": "neuvonta@opintopolku.fi" }
        ],
        "provenance": { "sources": ["https://ohjaamot.fi/"], "source_date": "2026-09-26",
                        "verified_on": "2026-09-26" }
    })
}

pub(crate) fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

pub(crate) fn catalogue_text(services: &[Value]) -> String {
    serde_json::to_string_pretty(&json!({
        "format": "suunta-catalogue/1",
        "maintainer_email": "neuvonta@opintopolku.fi",
        "services": services,
    }))
    .unwrap()
}
