//! The catalogue file format as it is written on disk (format `suunta-catalogue/1`).
//!
//! These are the only catalogue types that derive `Deserialize`: a file is read into them and
//! then checked as a whole by `validate`, which reports every problem with its JSON path. Nothing
//! here is trusted until validation has passed. The format is documented for maintainers in
//! `catalogue/FORMAT.md`; keep the two in step.

use serde::{Deserialize, Serialize};

/// The value of the `format` field of a service file.
pub const CATALOGUE_FORMAT: &str = "suunta-catalogue/1";
/// The value of the `format` field of the geography file.
pub const GEOGRAPHY_FORMAT: &str = "suunta-geography/1";

/// One service file: the national services, or the services a region's maintainers keep.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    pub format: String,
    /// Where "report wrong information" e-mails go. Empty when no maintainer address is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer_email: Option<String>,
    #[serde(default)]
    pub services: Vec<Service>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable, unique across all files: lowercase ASCII letters, digits and `-`.
    pub id: String,
    pub kind: ServiceKind,
    pub name: Text,
    /// One line, at most 150 characters in each language (as PTV's short description).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// What happens when you contact the service: the next steps.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub what_to_expect: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub how_to_apply: Text,
    #[serde(default)]
    pub needs: Vec<Need>,
    #[serde(default, skip_serializing_if = "Ptv::is_empty")]
    pub ptv: Ptv,
    pub eligibility: Eligibility,
    #[serde(default)]
    pub channels: Vec<Channel>,
    pub provenance: Provenance,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceKind {
    Ohjaamo,
    Employment,
    Education,
    Career,
    YouthWork,
    Helpline,
    Crisis,
    Benefits,
    Other,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::Ohjaamo,
        ServiceKind::Employment,
        ServiceKind::Education,
        ServiceKind::Career,
        ServiceKind::YouthWork,
        ServiceKind::Helpline,
        ServiceKind::Crisis,
        ServiceKind::Benefits,
        ServiceKind::Other,
    ];

    /// The id used in files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            ServiceKind::Ohjaamo => "ohjaamo",
            ServiceKind::Employment => "employment",
            ServiceKind::Education => "education",
            ServiceKind::Career => "career",
            ServiceKind::YouthWork => "youth-work",
            ServiceKind::Helpline => "helpline",
            ServiceKind::Crisis => "crisis",
            ServiceKind::Benefits => "benefits",
            ServiceKind::Other => "other",
        }
    }
}

/// The needs vocabulary: what help a person is looking for. The questionnaire asks for these and
/// services declare which they serve. Documented in `catalogue/FORMAT.md`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    /// Finding work, job search, registering as a jobseeker.
    Work,
    /// Choosing and applying for studies.
    Study,
    /// Career planning, changing field, recognising one's skills.
    Career,
    /// Income, benefits, debt.
    Money,
    /// Finding a place to live, moving out.
    Housing,
    /// Mental health, coping, someone to talk to.
    Wellbeing,
    /// Everyday matters: errands, forms, managing daily life.
    Everyday,
    /// Settling in Finland as a newcomer.
    Integration,
    /// "I don't know what help I need."
    Unsure,
}

impl Need {
    pub const ALL: [Need; 9] = [
        Need::Work,
        Need::Study,
        Need::Career,
        Need::Money,
        Need::Housing,
        Need::Wellbeing,
        Need::Everyday,
        Need::Integration,
        Need::Unsure,
    ];

    /// The id used in files and in the URL query.
    pub fn id(self) -> &'static str {
        match self {
            Need::Work => "work",
            Need::Study => "study",
            Need::Career => "career",
            Need::Money => "money",
            Need::Housing => "housing",
            Need::Wellbeing => "wellbeing",
            Need::Everyday => "everyday",
            Need::Integration => "integration",
            Need::Unsure => "unsure",
        }
    }

    pub fn from_id(id: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|need| need.id() == id)
    }
}

/// A text in the catalogue's languages. Finnish and Swedish are the official languages; English
/// is optional. Which languages are required is decided by validation, per field.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn is_empty(&self) -> bool {
        self.fi.is_none() && self.sv.is_none() && self.en.is_none()
    }
}

/// Codes from the Finnish Service Catalogue (PTV), where known.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ptv {
    /// PTV's own id of the service, if the service is published there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// e.g. `KR1.3` (young people).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<String>,
    /// e.g. `KE8` (losing a job).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub life_events: Vec<String>,
    /// e.g. `P10` (work and unemployment).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_classes: Vec<String>,
}

impl Ptv {
    pub fn is_empty(&self) -> bool {
        self.service_id.is_none()
            && self.target_groups.is_empty()
            && self.life_events.is_empty()
            && self.service_classes.is_empty()
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    /// Youngest age served, inclusive. None: no lower limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u8>,
    /// Oldest age served, inclusive ("under 30" is 29). None: no upper limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u8>,
    pub area: Area,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

/// The area a service serves (PTV `areaType`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Area {
    WholeCountry,
    WholeCountryExceptAland,
    Region { code: String },
    EmploymentArea { code: String },
    Municipalities { codes: Vec<String> },
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Unique within its service, e.g. `visit`, `phone`, `chat-sv`.
    pub id: String,
    pub kind: ChannelKind,
    /// A label when the kind alone does not say enough ("Swedish line").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub name: Text,
    /// Visit channels only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Phone, SMS and WhatsApp channels: the number as dialled, digits and spaces, optional `+`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Web and chat channels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// E-mail channels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// ISO 639-1 codes of the languages the channel serves in; empty when not known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Whether you can just come (or call), or need an appointment. None when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub accessibility: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

impl Channel {
    /// A channel with only its id and kind; the caller fills in what it has.
    pub fn new(id: impl Into<String>, kind: ChannelKind) -> Channel {
        Channel {
            id: id.into(),
            kind,
            name: Text::default(),
            address: None,
            phone: None,
            url: None,
            email: None,
            languages: Vec::new(),
            access: None,
            hours: None,
            accessibility: Text::default(),
            note: Text::default(),
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Visit,
    Phone,
    Sms,
    Whatsapp,
    Chat,
    Web,
    Email,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 7] = [
        ChannelKind::Visit,
        ChannelKind::Phone,
        ChannelKind::Sms,
        ChannelKind::Whatsapp,
        ChannelKind::Chat,
        ChannelKind::Web,
        ChannelKind::Email,
    ];

    /// The id used in files.
    pub fn id(self) -> &'static str {
        match self {
            ChannelKind::Visit => "visit",
            ChannelKind::Phone => "phone",
            ChannelKind::Sms => "sms",
            ChannelKind::Whatsapp => "whatsapp",
            ChannelKind::Chat => "chat",
            ChannelKind::Web => "web",
            ChannelKind::Email => "email",
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    WalkIn,
    Appointment,
    WalkInAndAppointment,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Street and number, in each language the street sign has.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub street: Text,
    /// Five digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub post_office: Text,
    /// 3-digit municipality code.
    pub municipality: String,
    /// Building or premises, e.g. a library or youth centre.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub venue: Text,
    /// The entrance's point. None when not known: distance then falls back to the municipality
    /// centre, and the UI says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
}

impl Address {
    /// An address known only by its municipality: distance then falls back to the centre.
    pub fn in_municipality(code: impl Into<String>) -> Address {
        Address {
            street: Text::default(),
            postcode: None,
            post_office: Text::default(),
            municipality: code.into(),
            venue: Text::default(),
            coordinates: None,
        }
    }
}

/// WGS84 degrees.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// Opening hours of one channel, modelled on PTV's service hours. All times are local
/// Europe/Helsinki wall-clock times. An interval that crosses midnight is written as two.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    #[serde(default, skip_serializing_if = "is_false")]
    pub always_open: bool,
    /// Only by appointment: no regular hours to show.
    #[serde(default, skip_serializing_if = "is_false")]
    pub by_appointment: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekly: Vec<WeeklyRule>,
    /// Dates that differ from the weekly rules: holidays, closures, special days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<Exception>,
    /// Whether the weekly rules also apply on Finnish public holidays. Most public service
    /// points close; helplines often do not. None: not known, the UI says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_on_public_holidays: Option<bool>,
    /// "Who is present when": specialists' regular times.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

fn is_false(value: &bool) -> bool {
    !*value
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// On each of `days`, open from `from` to `to` ("HH:MM", `to` may be "24:00").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyRule {
    pub days: Vec<Weekday>,
    pub from: String,
    pub to: String,
}

/// From `from` to `to` (ISO dates, inclusive; `to` defaults to `from`) the channel is closed,
/// or open only in `intervals`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    pub from: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub closed: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intervals: Vec<Interval>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Interval {
    pub from: String,
    pub to: String,
}

/// A specialist's regular presence, e.g. an employment expert on Tuesdays 12–15.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub days: Vec<Weekday>,
    pub from: String,
    pub to: String,
    pub who: Text,
}

/// Where the record's facts come from and how fresh they are (HSDS `assured_date`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// URLs (or repository file references as URLs) that back the record, the main one first.
    pub sources: Vec<String>,
    /// The date the source gives, as precise as it is: `2026-09-26`, `2016-11`, `2021`, or a
    /// short free text such as "not stated".
    pub source_date: String,
    /// When a maintainer last checked the record against its sources (ISO date).
    pub verified_on: String,
    #[serde(default)]
    pub status: Status,
    /// A temporary notice shown on the service ("closed for renovation until 1.3.").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub alert: Text,
    /// For maintainers only: how strong the evidence is, what to check next. Never shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer_note: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    Inactive,
    TemporarilyClosed,
}

/// The geography file: every municipality, region and employment area.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GeographyFile {
    pub format: String,
    pub provenance: Provenance,
    pub regions: Vec<Region>,
    pub employment_areas: Vec<EmploymentArea>,
    pub municipalities: Vec<Municipality>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// 2-digit maakunta code; `21` is Åland.
    pub code: String,
    pub name: Text,
}

/// One of the 45 employment areas (työllisyysalueet) that run employment services since 2025.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmploymentArea {
    /// 2-digit code of Statistics Finland's työllisyysalue classification.
    pub code: String,
    pub name: Text,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// 3-digit kuntanumero.
    pub code: String,
    pub name: Text,
    pub region: String,
    /// None for Åland, which is outside the 45 areas and has its own authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_area: Option<String>,
    pub language_status: LanguageStatus,
    pub centre: Coordinates,
}

/// Statistics Finland's kielisuhde.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageStatus {
    /// 0: unilingual Finnish.
    Finnish,
    /// 1: bilingual, Finnish majority.
    BilingualFinnishMajority,
    /// 2: unilingual Swedish.
    Swedish,
    /// 3: bilingual, Swedish majority.
    BilingualSwedishMajority,
}
