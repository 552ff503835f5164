//! What one page shows: every text already worded in the reader's language, every link already
//! an address. The page only draws it; it never decides what to show or how to word it.
//!
//! Addresses (`*_href`) are relative links to other pages of the app (`?age=19&...` or `./`),
//! `tel:`/`sms:`/`mailto:` links, or `https://` addresses. Nothing else is ever produced.

use suunta_core::lang::Lang;

use crate::message::QrCode;

/// One whole page.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// The interface language of this page (`<html lang>` and every text below).
    pub lang: Lang,
    /// The document title, ending in "– Suunta".
    pub title: String,
    /// The page's main heading; focus moves to it when the page changes.
    pub heading: String,
    /// Polite notes about parts of the link that were dropped (an unknown key, a bad value).
    pub notes: Vec<String>,
    pub chrome: Chrome,
    /// The search box above the page, where the page has one (the start page, results, search
    /// and browse lists).
    pub search: Option<SearchBox>,
    pub body: Body,
}

/// Free-text search (`q=`): the page writes the address as the reader types, from `keep` and
/// what was typed, and asks for its screen.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchBox {
    /// What was searched for (empty when nothing yet).
    pub value: String,
    /// The query's other pairs (`lang=sv&kiosk=1`, or empty), in canonical order: the
    /// search's address is these, then `q=` and the typed text percent-encoded
    /// (`encodeURIComponent`).
    pub keep: String,
    /// How many services were found ("3 services found"), announced politely as it changes;
    /// empty when nothing was searched.
    pub status: String,
}

/// What every page has around its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Chrome {
    /// "Help right now": reachable from every page, whatever else was answered.
    pub help_now: Link,
    /// The same page in each interface language.
    pub languages: Vec<LanguageLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LanguageLink {
    pub lang: Lang,
    /// Plain Finnish (selkosuomi): `lang` is Finnish and the link adds `plain=1`.
    pub plain: bool,
    pub href: String,
    /// This is the page's language (`aria-current`).
    pub current: bool,
}

/// A link with its visible text.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub href: String,
    pub text: String,
}

/// A catalogue text shown to the reader, with the language it is actually in when that differs
/// from the page's (a fallback), so the page can set `lang` on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub text: String,
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Nothing answered yet: what Suunta does, and the way in.
    Start(StartScreen),
    Question(QuestionScreen),
    /// The answers, each with a way to change it.
    Summary(SummaryScreen),
    /// The recommended services, or the urgent ones after "Help right now".
    Results(ResultsScreen),
    /// Everything about one service.
    Service(ServiceScreen),
    /// A region's overview for a regional guidance group (`region=`), printable.
    Overview(OverviewScreen),
    /// The catalogue could not be loaded or read: what happened, and "Try again".
    Failed(FailedScreen),
}

#[derive(Debug, Clone, PartialEq)]
pub struct StartScreen {
    /// The first question.
    pub start_href: String,
}

/// One question per page (the GOV.UK question-page pattern).
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionScreen {
    /// The question's id (`age`, `municipality`, ...), also the query key it answers.
    pub question: String,
    pub hint: String,
    /// "Question 2 of 6", when the number of questions left is known.
    pub progress: Option<String>,
    /// Back restores the exact previous page (the start page before the first question).
    pub back_href: String,
    pub input: Input,
    /// Why the last answer was not accepted, shown with the field and in an error summary.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Whole years as text; `value` is what was answered before, if anything.
    Age { value: String, not_sure: Choice },
    /// Type-ahead over municipality names; `value` is the chosen municipality's name.
    Municipality { value: String, not_sure: Choice },
    /// One of these (radios); the last is the "not sure" answer.
    OneOf(Vec<Choice>),
    /// Any of these (checkboxes).
    AnyOf(Vec<Choice>),
}

/// An option: the value it submits (the query's own value) and what the reader sees.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// It is the current answer.
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SummaryScreen {
    pub rows: Vec<SummaryRow>,
    /// To the results.
    pub results_href: String,
    pub start_again_href: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    /// The question as asked.
    pub question: String,
    /// The answer as the reader gave it ("Not sure" included).
    pub answer: String,
    /// Reopens this question with the answer filled in.
    pub change_href: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultsScreen {
    /// The urgent services after "Help right now", rather than the matched ones.
    pub urgent: bool,
    /// Said above the cards when nothing matched exactly ("these can still help").
    pub message: Option<String>,
    pub cards: Vec<Card>,
    /// Narrowing the results without answering again; each filter is its own address.
    pub filters: Vec<Filter>,
    /// Where the listed places to visit are, when any is.
    pub map: Option<ResultsMap>,
    /// Back to the answers (the summary).
    pub change_href: String,
    pub start_again_href: String,
    /// "Service information updated on 23.11.2026": the newest check of these services' records,
    /// so a reader offline knows how old what they see may be.
    pub catalogue_updated: Option<String>,
    /// A search's or a list's ways on, under the cards (empty on the questionnaire's results,
    /// and `change_href` empty on a search or a list): after a search that found nothing, the
    /// questionnaire and the national services; on a list, the list of lists, and on a
    /// region's list its municipalities' lists. Drawn as the filters are (never `on`).
    pub links: Vec<Filter>,
}

/// A small map of the results over Finland's outline, in km (see `build/map.rs`).
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsMap {
    /// Says what the marks are; the map's accessible name.
    pub caption: String,
    /// The square shown: its top-left corner and side.
    pub left: i32,
    pub top: i32,
    pub side: i32,
    /// The whole outline's extent, for the small map of Finland that shows where the square is.
    pub width: u32,
    pub height: u32,
    /// SVG path data of the outline.
    pub outline: String,
    /// The marks' radius.
    pub mark: u32,
    /// The person's municipal centre (no numbers), when known.
    pub home: Option<MapMark>,
    /// Places to visit with the numbers of their cards in the list (from 1); places too close
    /// to tell apart share a mark.
    pub places: Vec<MapMark>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapMark {
    pub x: i32,
    pub y: i32,
    pub numbers: Vec<u32>,
}

/// A way to narrow the results (e.g. only services in Swedish, only open now).
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub label: String,
    /// Turns this filter on, or off when it is on.
    pub href: String,
    pub on: bool,
}

/// One recommended service.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub id: String,
    pub name: Shown,
    /// The kind of service in words ("Ohjaamo", "Helpline", ...).
    pub kind: String,
    pub summary: Option<Shown>,
    /// Why it is listed, one reason per rule that matched.
    pub reasons: Vec<String>,
    /// A caveat from the matching ("only in Swedish", "national service"), if any.
    pub note: Option<String>,
    pub channels: Vec<ChannelView>,
    /// The service's own page.
    pub href: String,
    /// "Checked 20.11.2026 · Source: ...".
    pub provenance: Option<String>,
    /// A `mailto:` to the catalogue's maintainer with the service id prefilled; none on a
    /// kiosk (a visitor there asks the staff, and a `mailto:` would leave the app).
    pub report: Option<Link>,
    /// On a kiosk, "You are here – ask at the desk" on the service point's own service.
    pub here: Option<String>,
}

/// One way to reach a service.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelView {
    /// The channel kind's id (`visit`, `phone`, `chat`, ...).
    pub kind: String,
    /// The channel's own name, or its kind in words.
    pub label: String,
    /// Phone (tel:), SMS (sms:), web and chat (https:), e-mail (mailto:).
    pub links: Vec<ChannelLink>,
    /// The street address, postcode and town.
    pub address: Option<String>,
    /// "3 km from Espoo centre".
    pub distance: Option<String>,
    /// "Open until 16:00", "Opens tomorrow at 10:00", "By appointment".
    pub status: Option<String>,
    /// Further facts in words: walk-in or appointment, languages.
    pub details: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChannelLink {
    /// `phone`, `sms`, `web`, `email`, `map`: what the link is, for its test id and icon.
    pub kind: String,
    pub href: String,
    pub text: String,
    /// On a kiosk, the link is never followed: it is shown as its text and this QR code of
    /// `href`, for the visitor's phone (None when `href` is too long for a code).
    pub qr: Option<QrCode>,
}

/// A service's own page: the card, and everything else the catalogue knows.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceScreen {
    pub card: Card,
    pub description: Option<Shown>,
    /// Headed sections such as "What to expect", "How to apply", "Accessibility".
    pub sections: Vec<Section>,
    /// Each channel's weekly hours and upcoming exceptions.
    pub hours: Vec<HoursTable>,
    /// Back to the results it was opened from.
    pub back_href: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<Shown>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HoursTable {
    /// Which channel ("Visit: Ohjaamo Helsinki").
    pub caption: String,
    /// (day, hours) rows: ("Monday", "9.00–16.00").
    pub week: Vec<(String, String)>,
    /// (date, what is different) rows.
    pub exceptions: Vec<(String, String)>,
}

/// A region's overview: its facts, its services by kind with the municipalities each covers
/// and when each was checked, its needs with their local services, and the gaps, as tables.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewScreen {
    pub intro: String,
    pub tables: Vec<Table>,
    /// To the region's list.
    pub back: Link,
}

/// A headed two-column table; the first cell of each row is the row's header. A cell's lines
/// are separated by `\n`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Stable, for tests: `facts`, `kind-ohjaamo`, `needs`, `gaps`.
    pub id: String,
    pub heading: String,
    pub columns: (String, String),
    pub rows: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FailedScreen {
    /// What went wrong, in plain words.
    pub message: String,
}
