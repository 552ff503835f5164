//! The query codec: answers ⇄ `age=19&municipality=091&needs=work,study&lang=fi`.
//!
//! Parsing never fails. Links live for years in chats and bookmarks, so anything this version
//! does not understand (a key a later version added, a mistyped value) is dropped with a
//! [`QueryNote`] the page shows politely, and the rest of the answers still count.

use std::collections::BTreeSet;

use super::embed::{AccentColour, Audience, EmbedOrigin, RegionCode};
use super::kiosk::{IdleSeconds, LARGE_TEXT};
use super::{
    Answer, Answers, Browse, LanguageCode, MunicipalityCode, Only, Reach, SearchText, ServiceId,
    Situation, MAX_AGE,
};
use crate::catalogue::raw::Need;
use crate::lang::Lang;
use crate::questionnaire::Question;

/// The value that stands for "not sure / prefer not to say" (or "no preference").
const NOT_SURE: &str = "skip";
/// The value of a flag that is on (`urgent=1`); a flag that is off is left out.
const FLAG_ON: &str = "1";
/// Echoed values are cut to this many characters, so a hostile link cannot flood the page.
const NOTE_VALUE_MAX_CHARS: usize = 40;

/// The keys this version understands, in their canonical order (the order [`to_query`]
/// writes them, so the same answers always give the same URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryKey {
    Lang,
    Plain,
    Urgent,
    Age,
    Municipality,
    Situation,
    Needs,
    Reach,
    ServiceLang,
    Edit,
    Done,
    Only,
    Service,
    // What the host chose when it embedded the app (`answers::embed`): last, so the links of
    // a page that is not embedded are written as before.
    Embed,
    Audience,
    PresetMunicipality,
    PresetRegion,
    Accent,
    Compact,
    // What a service point's staff set for a lobby screen (`answers::kiosk`): after the
    // host's, for the same reason.
    Kiosk,
    KioskHere,
    KioskIdle,
    KioskText,
    // The pages beside the questionnaire (issue 10): after everything else, so no link written
    // before them changes; the search text last, as the search box's form adds it.
    Browse,
    Region,
    Q,
}

impl QueryKey {
    pub const ALL: [QueryKey; 26] = [
        QueryKey::Lang,
        QueryKey::Plain,
        QueryKey::Urgent,
        QueryKey::Age,
        QueryKey::Municipality,
        QueryKey::Situation,
        QueryKey::Needs,
        QueryKey::Reach,
        QueryKey::ServiceLang,
        QueryKey::Edit,
        QueryKey::Done,
        QueryKey::Only,
        QueryKey::Service,
        QueryKey::Embed,
        QueryKey::Audience,
        QueryKey::PresetMunicipality,
        QueryKey::PresetRegion,
        QueryKey::Accent,
        QueryKey::Compact,
        QueryKey::Kiosk,
        QueryKey::KioskHere,
        QueryKey::KioskIdle,
        QueryKey::KioskText,
        QueryKey::Browse,
        QueryKey::Region,
        QueryKey::Q,
    ];

    pub fn id(self) -> &'static str {
        match self {
            QueryKey::Lang => "lang",
            QueryKey::Plain => "plain",
            QueryKey::Urgent => "urgent",
            QueryKey::Age => "age",
            QueryKey::Municipality => "municipality",
            QueryKey::Situation => "situation",
            QueryKey::Needs => "needs",
            QueryKey::Reach => "reach",
            QueryKey::ServiceLang => "service_lang",
            QueryKey::Edit => "edit",
            QueryKey::Done => "done",
            QueryKey::Only => "only",
            QueryKey::Service => "service",
            QueryKey::Embed => "embed",
            QueryKey::Audience => "audience",
            QueryKey::PresetMunicipality => "preset_municipality",
            QueryKey::PresetRegion => "preset_region",
            QueryKey::Accent => "accent",
            QueryKey::Compact => "compact",
            QueryKey::Kiosk => "kiosk",
            QueryKey::KioskHere => "kiosk_here",
            QueryKey::KioskIdle => "kiosk_idle",
            QueryKey::KioskText => "kiosk_text",
            QueryKey::Browse => "browse",
            QueryKey::Region => "region",
            QueryKey::Q => "q",
        }
    }

    pub fn from_id(id: &str) -> Option<QueryKey> {
        QueryKey::ALL.into_iter().find(|key| key.id() == id)
    }
}

/// Something in the query that was left out, for a polite note on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryNote {
    /// A key this version does not know, perhaps from a newer link.
    UnknownKey { key: String },
    /// A known key with a value that is not one of its values.
    BadValue { key: QueryKey, value: String },
    /// The key appeared more than once; the first value was kept.
    RepeatedKey { key: QueryKey },
    /// A part that could not be decoded (broken `%` escape, not UTF-8).
    Unreadable { part: String },
}

/// Reads a query string (with or without the leading `?`). Never fails: whatever cannot be
/// understood is left out and reported in the notes, in the order it appears.
pub fn parse(query: &str) -> (Answers, Vec<QueryNote>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut answers = Answers::default();
    let mut notes = Vec::new();
    let mut seen = BTreeSet::new();
    for part in query.split('&').filter(|part| !part.is_empty()) {
        let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            notes.push(QueryNote::Unreadable { part: shorten(part) });
            continue;
        };
        let Some(key) = QueryKey::from_id(&key) else {
            notes.push(QueryNote::UnknownKey { key: shorten(&key) });
            continue;
        };
        if !seen.insert(key) {
            notes.push(QueryNote::RepeatedKey { key });
            continue;
        }
        if let Err(bad) = apply(&mut answers, key, &value) {
            notes.push(QueryNote::BadValue { key, value: shorten(bad) });
        }
    }
    answers.apply_preset_municipality();
    (answers, notes)
}

/// Sets one key's value. On a bad value, returns the part that was not understood; for
/// `needs`, the good ids in a list are still kept.
fn apply<'v>(answers: &mut Answers, key: QueryKey, value: &'v str) -> Result<(), &'v str> {
    match key {
        QueryKey::Lang => answers.lang = Some(Lang::from_id(value).ok_or(value)?),
        QueryKey::Plain => answers.plain = parse_flag(value)?,
        QueryKey::Urgent => answers.urgent = parse_flag(value)?,
        QueryKey::Age => answers.age = Some(parse_answer(value, parse_age)?),
        QueryKey::Municipality => {
            answers.municipality = Some(parse_answer(value, MunicipalityCode::parse)?)
        }
        QueryKey::Situation => answers.situation = Some(parse_answer(value, Situation::from_id)?),
        QueryKey::Needs => return apply_needs(answers, value),
        QueryKey::Reach => answers.reach = Some(parse_answer(value, Reach::from_id)?),
        QueryKey::ServiceLang => {
            answers.service_lang = Some(parse_answer(value, LanguageCode::parse)?)
        }
        QueryKey::Edit => answers.edit = Some(Question::from_id(value).ok_or(value)?),
        QueryKey::Done => answers.done = parse_flag(value)?,
        QueryKey::Only => return apply_only(answers, value),
        QueryKey::Service => answers.service = Some(ServiceId::parse(value).ok_or(value)?),
        QueryKey::Embed => answers.embed.origin = Some(EmbedOrigin::parse(value).ok_or(value)?),
        QueryKey::Audience => answers.embed.audience = Some(Audience::from_id(value).ok_or(value)?),
        QueryKey::PresetMunicipality => {
            answers.embed.municipality = Some(MunicipalityCode::parse(value).ok_or(value)?)
        }
        QueryKey::PresetRegion => {
            answers.embed.region = Some(RegionCode::parse(value).ok_or(value)?)
        }
        QueryKey::Accent => answers.embed.accent = Some(AccentColour::parse(value).ok_or(value)?),
        QueryKey::Compact => answers.embed.compact = parse_flag(value)?,
        QueryKey::Kiosk => answers.kiosk.on = parse_flag(value)?,
        QueryKey::KioskHere => answers.kiosk.here = Some(ServiceId::parse(value).ok_or(value)?),
        QueryKey::KioskIdle => answers.kiosk.idle = Some(IdleSeconds::parse(value).ok_or(value)?),
        QueryKey::KioskText => {
            answers.kiosk.large_text = if value == LARGE_TEXT { true } else { return Err(value) }
        }
        QueryKey::Browse => answers.browse = Some(Browse::from_id(value).ok_or(value)?),
        QueryKey::Region => answers.overview = Some(RegionCode::parse(value).ok_or(value)?),
        QueryKey::Q => answers.search = Some(SearchText::parse(value).ok_or(value)?),
    }
    Ok(())
}

/// Like `needs`: the known values of a list are kept, the first unknown one is reported.
fn apply_only<'v>(answers: &mut Answers, value: &'v str) -> Result<(), &'v str> {
    let mut unknown = None;
    for id in value.split(',') {
        match Only::from_id(id) {
            Some(only) => {
                answers.only.insert(only);
            }
            None => unknown = unknown.or(Some(id)),
        }
    }
    match unknown {
        Some(id) => Err(if id.is_empty() { value } else { id }),
        None => Ok(()),
    }
}

fn apply_needs<'v>(answers: &mut Answers, value: &'v str) -> Result<(), &'v str> {
    let mut needs = BTreeSet::new();
    let mut unknown = None;
    for id in value.split(',') {
        match Need::from_id(id) {
            Some(need) => {
                needs.insert(need);
            }
            None => unknown = unknown.or(Some(id)),
        }
    }
    if !needs.is_empty() {
        answers.needs = Some(needs);
    }
    match unknown {
        Some(id) => Err(if id.is_empty() { value } else { id }),
        None => Ok(()),
    }
}

fn parse_answer<T>(value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Answer<T>, &str> {
    if value == NOT_SURE {
        return Ok(Answer::NotSure);
    }
    parse(value).map(Answer::Given).ok_or(value)
}

/// Whole years, 0 to [`MAX_AGE`], digits only.
fn parse_age(value: &str) -> Option<u8> {
    let digits_only =
        !value.is_empty() && value.len() <= 3 && value.bytes().all(|b| b.is_ascii_digit());
    let years: u8 = if digits_only { value.parse().ok()? } else { return None };
    (years <= MAX_AGE).then_some(years)
}

fn parse_flag(value: &str) -> Result<bool, &str> {
    if value == FLAG_ON {
        Ok(true)
    } else {
        Err(value)
    }
}

/// Writes the answers as a query string without the leading `?`, keys in canonical order.
/// `parse(&to_query(a)).0 == a` for every `a`.
pub fn to_query(answers: &Answers) -> String {
    let mut pairs: Vec<(QueryKey, String)> = Vec::new();
    for key in QueryKey::ALL {
        let value = match key {
            QueryKey::Lang => answers.lang.map(|lang| lang.id().to_owned()),
            QueryKey::Plain => answers.plain.then(|| FLAG_ON.to_owned()),
            QueryKey::Urgent => answers.urgent.then(|| FLAG_ON.to_owned()),
            QueryKey::Age => answers.age.as_ref().map(|age| write_answer(age, u8::to_string)),
            QueryKey::Municipality => answers
                .municipality
                .as_ref()
                .map(|code| write_answer(code, |code| code.as_str().to_owned())),
            QueryKey::Situation => answers
                .situation
                .as_ref()
                .map(|situation| write_answer(situation, |s| s.id().to_owned())),
            QueryKey::Needs => answers
                .needs
                .as_ref()
                .filter(|needs| !needs.is_empty())
                .map(|needs| needs.iter().map(|need| need.id()).collect::<Vec<_>>().join(",")),
            QueryKey::Reach => {
                answers.reach.as_ref().map(|reach| write_answer(reach, |r| r.id().to_owned()))
            }
            QueryKey::ServiceLang => answers
                .service_lang
                .as_ref()
                .map(|code| write_answer(code, |code| code.as_str().to_owned())),
            QueryKey::Edit => answers.edit.map(|question| question.id().to_owned()),
            QueryKey::Done => answers.done.then(|| FLAG_ON.to_owned()),
            QueryKey::Only => (!answers.only.is_empty())
                .then(|| answers.only.iter().map(Only::id).collect::<Vec<_>>().join(",")),
            QueryKey::Service => answers.service.as_ref().map(|id| id.as_str().to_owned()),
            QueryKey::Embed => answers.embed.origin.as_ref().map(|o| o.as_str().to_owned()),
            QueryKey::Audience => answers.embed.audience.map(|a| a.id().to_owned()),
            QueryKey::PresetMunicipality => {
                answers.embed.municipality.as_ref().map(|code| code.as_str().to_owned())
            }
            QueryKey::PresetRegion => {
                answers.embed.region.as_ref().map(|code| code.as_str().to_owned())
            }
            QueryKey::Accent => answers.embed.accent.map(AccentColour::hex),
            QueryKey::Compact => answers.embed.compact.then(|| FLAG_ON.to_owned()),
            QueryKey::Kiosk => answers.kiosk.on.then(|| FLAG_ON.to_owned()),
            QueryKey::KioskHere => answers.kiosk.here.as_ref().map(|id| id.as_str().to_owned()),
            QueryKey::KioskIdle => answers.kiosk.idle.map(|idle| idle.seconds().to_string()),
            QueryKey::KioskText => answers.kiosk.large_text.then(|| LARGE_TEXT.to_owned()),
            QueryKey::Browse => answers.browse.as_ref().map(Browse::id),
            QueryKey::Region => answers.overview.as_ref().map(|code| code.as_str().to_owned()),
            QueryKey::Q => answers.search.as_ref().map(|text| percent_encode(text.as_str())),
        };
        if let Some(value) = value {
            pairs.push((key, value));
        }
    }
    // Every value written above is made of [a-z0-9,-], and an origin of [a-z0-9.:/-]: none
    // needs percent-encoding in a query. The search text is encoded as it is written.
    pairs.iter().map(|(key, value)| format!("{}={value}", key.id())).collect::<Vec<_>>().join("&")
}

fn write_answer<T>(answer: &Answer<T>, write: impl Fn(&T) -> String) -> String {
    match answer {
        Answer::Given(value) => write(value),
        Answer::NotSure => NOT_SURE.to_owned(),
    }
}

/// Percent-encodes a free text exactly as JavaScript's `encodeURIComponent` does (UTF-8 bytes,
/// `%20` for a space), so the address the page writes while the reader types is the canonical
/// one.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push('%');
            encoded.push(HEX[usize::from(byte >> 4)] as char);
            encoded.push(HEX[usize::from(byte & 15)] as char);
        }
    }
    encoded
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte. None when an
/// escape is broken or the bytes are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = tail.get(..2)?;
                let high = (hex[0] as char).to_digit(16)?;
                let low = (hex[1] as char).to_digit(16)?;
                bytes.push((high * 16 + low) as u8);
                rest = &tail[2..];
                continue;
            }
            other => bytes.push(other),
        }
        rest = tail;
    }
    String::from_utf8(bytes).ok()
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(NOTE_VALUE_MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
