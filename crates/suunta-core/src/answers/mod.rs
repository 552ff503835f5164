//! A person's answers to the questionnaire, as typed values, and their one home: the URL query.
//!
//! Invariant: the query string is the single source of truth. The app parses it on every
//! navigation ([`parse`]) and writes a new one for every answer ([`to_query`]); nothing is kept
//! anywhere else, so reload, back/forward and a shared link all rebuild the same screen.
//! The format is documented for humans in `docs/query-format.md`.

pub mod embed;
pub mod kiosk;
mod query;

pub use embed::{Embed, RegionCode};
pub use kiosk::Kiosk;
pub use query::{parse, percent_encode, to_query, QueryKey, QueryNote};

use std::collections::BTreeSet;

use crate::catalogue::raw::{Need, ServiceKind};
use crate::lang::Lang;
use crate::questionnaire::Question;

/// The oldest age the questionnaire accepts; the catalogue's age limits use the same range.
pub const MAX_AGE: u8 = 120;

/// Everything the person has said so far. A `None` field means the question has not been
/// answered yet; [`Answer::NotSure`] means it was answered with "not sure / prefer not to say".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// The language of the interface; None means the app's default (Finnish).
    pub lang: Option<Lang>,
    /// Plain Finnish (selkosuomi) was chosen: the questionnaire's plain texts, when the
    /// interface is in Finnish. Like the language, a reading preference, not an answer.
    pub plain: bool,
    /// "Help right now" was chosen: it overrides every other answer.
    pub urgent: bool,
    pub age: Option<Answer<u8>>,
    pub municipality: Option<Answer<MunicipalityCode>>,
    pub situation: Option<Answer<Situation>>,
    /// Never empty when present; "I don't know what help I need" is [`Need::Unsure`].
    pub needs: Option<BTreeSet<Need>>,
    pub reach: Option<Answer<Reach>>,
    /// The language the person wants to be served in (ISO 639-1), which need not be the
    /// interface language.
    pub service_lang: Option<Answer<LanguageCode>>,
    /// A "Change" or "Back" link reopened this question although it has an answer.
    pub edit: Option<Question>,
    /// The person has seen the summary and asked for the results.
    pub done: bool,
    /// The results narrowed without answering again (all must hold); empty shows them all.
    pub only: BTreeSet<Only>,
    /// One service's own page is open, over whatever page the other answers lead to.
    pub service: Option<ServiceId>,
    /// What the host web site chose when it embedded the app; not answers.
    pub embed: Embed,
    /// What a service point's staff set for a lobby screen; not answers.
    pub kiosk: Kiosk,
    /// A list of services to browse (by need, kind, region or municipality) instead of the
    /// questionnaire.
    pub browse: Option<Browse>,
    /// A region's overview for counsellors: every service, the municipalities it covers and
    /// the gaps (`region=13`).
    pub overview: Option<RegionCode>,
    /// Free-text search instead of the questionnaire (`q=ohjaamo+tampere`).
    pub search: Option<SearchText>,
}

impl Answers {
    /// The interface language, with Finnish as the default when none was chosen.
    pub fn ui_lang(&self) -> Lang {
        self.lang.unwrap_or(Lang::Fi)
    }

    /// The age in years, when given.
    pub fn age_years(&self) -> Option<u8> {
        self.age.as_ref().and_then(Answer::given).copied()
    }

    pub fn municipality_code(&self) -> Option<&MunicipalityCode> {
        self.municipality.as_ref().and_then(Answer::given)
    }

    pub fn situation_given(&self) -> Option<Situation> {
        self.situation.as_ref().and_then(Answer::given).copied()
    }

    pub fn reach_given(&self) -> Option<Reach> {
        self.reach.as_ref().and_then(Answer::given).copied()
    }

    pub fn service_lang_given(&self) -> Option<&LanguageCode> {
        self.service_lang.as_ref().and_then(Answer::given)
    }

    /// A search, a browse list or a region's overview is open instead of the questionnaire
    /// ("Help right now" still wins): these pages look at the whole catalogue.
    pub fn looks_up(&self) -> bool {
        !self.urgent && (self.search.is_some() || self.browse.is_some() || self.overview.is_some())
    }

    /// The needs given, or none at all when the question has not been answered.
    pub fn needs_given(&self) -> impl Iterator<Item = Need> + '_ {
        self.needs.iter().flatten().copied()
    }

    /// Drops a municipality code that the geography does not know (the codec can only check
    /// its shape), with the same note as any other bad value.
    pub fn drop_unknown_municipality(
        &mut self,
        is_known: impl Fn(&str) -> bool,
    ) -> Option<QueryNote> {
        let code = self.municipality_code()?.as_str().to_owned();
        if is_known(&code) {
            return None;
        }
        self.municipality = None;
        // An unknown preset would otherwise come back with every link.
        if self.embed.municipality.as_ref().is_some_and(|preset| preset.as_str() == code) {
            self.embed.municipality = None;
            return Some(QueryNote::BadValue { key: QueryKey::PresetMunicipality, value: code });
        }
        Some(QueryNote::BadValue { key: QueryKey::Municipality, value: code })
    }

    /// Drops a service id that the loaded catalogue does not know (the codec can only check
    /// its shape), with the same note as any other bad value.
    pub fn drop_unknown_service(&mut self, is_known: impl Fn(&str) -> bool) -> Option<QueryNote> {
        let id = self.service.as_ref()?.as_str().to_owned();
        if is_known(&id) {
            return None;
        }
        self.service = None;
        Some(QueryNote::BadValue { key: QueryKey::Service, value: id })
    }

    /// "Start again": only the interface language (plain or not), the host's choices and the
    /// kiosk's settings survive, so the person is not thrown back into standard Finnish, nor out
    /// of the host's theme and presets, nor out of kiosk mode.
    pub fn cleared(&self) -> Answers {
        let mut cleared = Answers {
            lang: self.lang,
            plain: self.plain,
            embed: self.embed.clone(),
            kiosk: self.kiosk.clone(),
            ..Answers::default()
        };
        cleared.apply_preset_municipality();
        cleared
    }

    /// A host's preset municipality is the answer until the person gives another one (or
    /// "prefer not to say"), so the question is skipped and still changeable on the summary.
    pub(crate) fn apply_preset_municipality(&mut self) {
        if self.municipality.is_none() {
            self.municipality = self.embed.municipality.clone().map(Answer::Given);
        }
    }
}

/// An answer, or an explicit "not sure / prefer not to say", which still leads to results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer<T> {
    Given(T),
    NotSure,
}

impl<T> Answer<T> {
    pub fn given(&self) -> Option<&T> {
        match self {
            Answer::Given(value) => Some(value),
            Answer::NotSure => None,
        }
    }
}

/// A 3-digit Finnish municipality code (kuntanumero), such as `091` for Helsinki. The type
/// only promises the shape; whether the municipality exists is checked against the geography.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MunicipalityCode(String);

impl MunicipalityCode {
    pub fn parse(text: &str) -> Option<MunicipalityCode> {
        let shaped = text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_digit());
        shaped.then(|| MunicipalityCode(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 639-1 language code as the catalogue's channels record it (`fi`, `sv`, `ru`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(text: &str) -> Option<LanguageCode> {
        let shaped = text.len() == 2 && text.bytes().all(|byte| byte.is_ascii_lowercase());
        shaped.then(|| LanguageCode(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The interface language with this code, if it is one of them.
    pub fn as_lang(&self) -> Option<Lang> {
        Lang::from_id(&self.0)
    }
}

impl From<Lang> for LanguageCode {
    fn from(lang: Lang) -> LanguageCode {
        LanguageCode(lang.id().to_owned())
    }
}

/// A service's id as the catalogue writes it (`ohjaamo-helsinki`). The type only promises the
/// shape; whether the service exists is checked against the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceId(String);

impl ServiceId {
    /// Longer ids than this are not written by maintainers; refusing them keeps links short.
    const MAX_LEN: usize = 80;

    pub fn parse(text: &str) -> Option<ServiceId> {
        let allowed = |byte: u8| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-';
        let shaped = !text.is_empty() && text.len() <= Self::MAX_LEN && text.bytes().all(allowed);
        shaped.then(|| ServiceId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a person typed into the search box: not empty, not only spaces, and at most
/// [`SearchText::MAX_CHARS`] characters (a longer text is no name of a service).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SearchText(String);

impl SearchText {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(text: &str) -> Option<SearchText> {
        let shaped = !text.trim().is_empty() && text.chars().count() <= Self::MAX_CHARS;
        shaped.then(|| SearchText(text.to_owned()))
    }

    /// The text as typed (spaces included, so the search box shows it back unchanged).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A list of services to browse (`browse=need-work`, `browse=kind-ohjaamo`, `browse=region-13`,
/// `browse=municipality-179`, `browse=national`), or the list of these lists (`browse=all`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Browse {
    All,
    National,
    Need(Need),
    Kind(ServiceKind),
    Region(RegionCode),
    Municipality(MunicipalityCode),
}

impl Browse {
    /// The value used in the URL query.
    pub fn id(&self) -> String {
        match self {
            Browse::All => "all".to_owned(),
            Browse::National => "national".to_owned(),
            Browse::Need(need) => ["need-", need.id()].concat(),
            Browse::Kind(kind) => ["kind-", kind.id()].concat(),
            Browse::Region(code) => ["region-", code.as_str()].concat(),
            Browse::Municipality(code) => ["municipality-", code.as_str()].concat(),
        }
    }

    pub fn from_id(id: &str) -> Option<Browse> {
        match id {
            "all" => return Some(Browse::All),
            "national" => return Some(Browse::National),
            _ => {}
        }
        let (what, value) = id.split_once('-')?;
        match what {
            "need" => Need::from_id(value).map(Browse::Need),
            "kind" => {
                ServiceKind::ALL.into_iter().find(|kind| kind.id() == value).map(Browse::Kind)
            }
            "region" => RegionCode::parse(value).map(Browse::Region),
            "municipality" => MunicipalityCode::parse(value).map(Browse::Municipality),
            _ => None,
        }
    }
}

/// A way to narrow the results without answering again (`only=sv,open`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Only {
    /// A channel is open at the time of the request.
    OpenNow,
    /// Reachable without going anywhere: phone, text message, chat, web or e-mail.
    Remote,
    /// A channel serves in this language.
    Language(LanguageCode),
}

impl Only {
    /// The value used in the URL query: `open`, `remote`, or a 2-letter language code.
    pub fn id(&self) -> &str {
        match self {
            Only::OpenNow => "open",
            Only::Remote => "remote",
            Only::Language(code) => code.as_str(),
        }
    }

    pub fn from_id(id: &str) -> Option<Only> {
        match id {
            "open" => Some(Only::OpenNow),
            "remote" => Some(Only::Remote),
            _ => LanguageCode::parse(id).map(Only::Language),
        }
    }
}

/// What the person is doing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Situation {
    Studying,
    Working,
    LookingForWork,
    Neither,
    Other,
}

impl Situation {
    pub const ALL: [Situation; 5] = [
        Situation::Studying,
        Situation::Working,
        Situation::LookingForWork,
        Situation::Neither,
        Situation::Other,
    ];

    /// The id used in the URL query.
    pub fn id(self) -> &'static str {
        match self {
            Situation::Studying => "studying",
            Situation::Working => "working",
            Situation::LookingForWork => "looking-for-work",
            Situation::Neither => "neither",
            Situation::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|situation| situation.id() == id)
    }
}

/// How the person would like to be in touch. "No preference" is [`Answer::NotSure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reach {
    Visit,
    Phone,
    /// Chat, web or e-mail.
    Online,
}

impl Reach {
    pub const ALL: [Reach; 3] = [Reach::Visit, Reach::Phone, Reach::Online];

    /// The id used in the URL query.
    pub fn id(self) -> &'static str {
        match self {
            Reach::Visit => "visit",
            Reach::Phone => "phone",
            Reach::Online => "online",
        }
    }

    pub fn from_id(id: &str) -> Option<Reach> {
        Reach::ALL.into_iter().find(|reach| reach.id() == id)
    }
}

#[cfg(test)]
mod tests;
