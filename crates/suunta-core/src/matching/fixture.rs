//! Test fixtures for matching and the questionnaire: a geography of six real municipalities
//! (codes, names, regions, employment areas, language status and centres as in
//! `shared/data/municipalities.csv`) and a handful of MADE-UP services (ids start with
//! `test-`; their channels, ages and needs are invented to exercise the rules, not facts).

use crate::catalogue::raw::{
    Address, Area, Channel, ChannelKind, Coordinates, Eligibility, EmploymentArea, GeographyFile,
    LanguageStatus, Municipality, Need, Provenance, Region, Service, ServiceKind, Status, Text,
    GEOGRAPHY_FORMAT,
};
use crate::geography::Geography;

pub fn geography() -> Geography {
    use LanguageStatus::*;
    Geography::new(GeographyFile {
        format: GEOGRAPHY_FORMAT.to_owned(),
        provenance: provenance(Status::Active),
        regions: vec![
            region("01", "Uusimaa"),
            region("13", "Keski-Suomi"),
            region("19", "Lappi"),
            region("21", "Ahvenanmaa"),
        ],
        employment_areas: ["01", "08", "09", "28", "30"]
            .into_iter()
            .map(|code| EmploymentArea { code: code.to_owned(), name: fi(code) })
            .collect(),
        municipalities: vec![
            municipality(
                "091",
                "Helsinki",
                "Helsingfors",
                "01",
                Some("08"),
                BilingualFinnishMajority,
                60.16825,
                24.952913,
            ),
            municipality(
                "049",
                "Espoo",
                "Esbo",
                "01",
                Some("01"),
                BilingualFinnishMajority,
                60.206309,
                24.656705,
            ),
            municipality(
                "638",
                "Porvoo",
                "Borgå",
                "01",
                Some("30"),
                BilingualFinnishMajority,
                60.392195,
                25.665191,
            ),
            municipality(
                "179",
                "Jyväskylä",
                "Jyväskylä",
                "13",
                Some("09"),
                Finnish,
                62.239407,
                25.745683,
            ),
            municipality(
                "890",
                "Utsjoki",
                "Utsjoki",
                "19",
                Some("28"),
                Finnish,
                69.907881,
                27.028339,
            ),
            municipality(
                "478",
                "Maarianhamina - Mariehamn",
                "Mariehamn",
                "21",
                None,
                Swedish,
                60.096,
                19.943642,
            ),
        ],
    })
}

pub fn services() -> Vec<Service> {
    use ChannelKind::*;
    use Need::*;
    let youth_needs = vec![Work, Study, Career, Money, Housing, Wellbeing, Everyday, Unsure];
    vec![
        service(
            "test-ohjaamo-helsinki",
            ServiceKind::Ohjaamo,
            (Some(15), Some(29)),
            municipalities(&["091"]),
        )
        .needs(&youth_needs)
        .channel(visit("091", &["fi", "en"])),
        service(
            "test-navigatorn-porvoo",
            ServiceKind::Ohjaamo,
            (Some(15), Some(29)),
            municipalities(&["638"]),
        )
        .needs(&youth_needs)
        .channel(visit("638", &["sv", "fi"])),
        service(
            "test-ohjaamo-jyvaskyla",
            ServiceKind::Ohjaamo,
            (Some(15), Some(30)),
            municipalities(&["179"]),
        )
        .needs(&youth_needs)
        .channel(visit("179", &["fi"])),
        service(
            "test-ohjaamo-closed",
            ServiceKind::Ohjaamo,
            (None, Some(29)),
            municipalities(&["091"]),
        )
        .needs(&youth_needs)
        .channel(visit("091", &["fi"]))
        .status(Status::Inactive),
        service("test-employment-08", ServiceKind::Employment, (None, None), employment_area("08"))
            .needs(&[Work, Career])
            .channel(visit("091", &["fi", "sv"]))
            .channel(other(Web, &[])),
        service("test-employment-09", ServiceKind::Employment, (None, None), employment_area("09"))
            .needs(&[Work, Career])
            .channel(visit("179", &["fi"])),
        service("test-employment-28", ServiceKind::Employment, (None, None), employment_area("28"))
            .needs(&[Work, Career])
            .channel(other(Web, &["fi"])),
        service("test-employment-30", ServiceKind::Employment, (None, None), employment_area("30"))
            .needs(&[Work, Career])
            .channel(visit("638", &["fi", "sv"])),
        service(
            "test-job-market",
            ServiceKind::Employment,
            (None, None),
            Area::WholeCountryExceptAland,
        )
        .needs(&[Work, Career])
        .channel(other(Web, &["fi", "sv", "en"])),
        service("test-study-info", ServiceKind::Education, (None, None), Area::WholeCountry)
            .needs(&[Study])
            .channel(other(Web, &["fi", "sv", "en"])),
        service("test-guidance-directory", ServiceKind::Other, (None, None), Area::WholeCountry)
            .needs(&[Unsure, Career])
            .channel(other(Web, &["fi", "sv"])),
        service("test-emergency", ServiceKind::Crisis, (None, None), Area::WholeCountry)
            .channel(Channel { phone: Some("112".to_owned()), ..other(Phone, &[]) }),
        service("test-crisis-line", ServiceKind::Crisis, (None, None), Area::WholeCountry)
            .needs(&[Wellbeing])
            .channel(other(Phone, &["fi", "sv"])),
        service("test-youth-chat", ServiceKind::Helpline, (Some(12), Some(29)), Area::WholeCountry)
            .needs(&[Wellbeing, Unsure])
            .channel(other(Chat, &["fi"])),
    ]
}

pub fn service(
    id: &str,
    kind: ServiceKind,
    (min_age, max_age): (Option<u8>, Option<u8>),
    area: Area,
) -> Service {
    Service {
        id: id.to_owned(),
        kind,
        name: Text { fi: Some(format!("{id} (fi)")), sv: Some(format!("{id} (sv)")), en: None },
        summary: Text::default(),
        description: Text::default(),
        what_to_expect: Text::default(),
        how_to_apply: Text::default(),
        needs: Vec::new(),
        ptv: Default::default(),
        eligibility: Eligibility { min_age, max_age, area, note: Text::default() },
        channels: Vec::new(),
        provenance: provenance(Status::Active),
    }
}

/// Builder steps for fixture services.
pub trait ServiceFixture {
    fn needs(self, needs: &[Need]) -> Self;
    fn channel(self, channel: Channel) -> Self;
    fn status(self, status: Status) -> Self;
}

impl ServiceFixture for Service {
    fn needs(mut self, needs: &[Need]) -> Service {
        self.needs = needs.to_vec();
        self
    }

    fn channel(mut self, channel: Channel) -> Service {
        self.channels.push(channel);
        self
    }

    fn status(mut self, status: Status) -> Service {
        self.provenance.status = status;
        self
    }
}

pub fn municipalities(codes: &[&str]) -> Area {
    Area::Municipalities { codes: codes.iter().map(|code| code.to_string()).collect() }
}

pub fn employment_area(code: &str) -> Area {
    Area::EmploymentArea { code: code.to_owned() }
}

/// A visit channel placed at its municipality's centre (no coordinates of its own).
pub fn visit(municipality: &str, languages: &[&str]) -> Channel {
    let mut channel = other(ChannelKind::Visit, languages);
    channel.address = Some(Address::in_municipality(municipality));
    channel
}

pub fn other(kind: ChannelKind, languages: &[&str]) -> Channel {
    Channel {
        languages: languages.iter().map(|lang| lang.to_string()).collect(),
        ..Channel::new(kind.id(), kind)
    }
}

fn provenance(status: Status) -> Provenance {
    Provenance {
        sources: vec!["https://example.invalid/test-fixture".to_owned()],
        source_date: "not stated".to_owned(),
        verified_on: "2026-11-23".to_owned(),
        status,
        alert: Text::default(),
        maintainer_note: None,
    }
}

fn fi(text: &str) -> Text {
    Text { fi: Some(text.to_owned()), sv: None, en: None }
}

fn region(code: &str, name: &str) -> Region {
    Region { code: code.to_owned(), name: fi(name) }
}

#[allow(clippy::too_many_arguments, reason = "one row of municipalities.csv")]
fn municipality(
    code: &str,
    name_fi: &str,
    name_sv: &str,
    region: &str,
    employment_area: Option<&str>,
    language_status: LanguageStatus,
    lat: f64,
    lon: f64,
) -> Municipality {
    Municipality {
        code: code.to_owned(),
        name: Text { fi: Some(name_fi.to_owned()), sv: Some(name_sv.to_owned()), en: None },
        region: region.to_owned(),
        employment_area: employment_area.map(str::to_owned),
        language_status,
        centre: Coordinates { lat, lon },
    }
}
