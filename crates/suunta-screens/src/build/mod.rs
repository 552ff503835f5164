//! Building the screens: from the answers in the URL query and the loaded catalogue to the
//! display-ready [`Screen`] the page draws. Pure functions; the engine decides when.

mod card;
mod catalogue;
mod channel;
mod distance;
mod filters;
mod links;
mod listing;
mod map;
mod municipality;
mod overview;
mod qr;
mod question;
mod report;
mod results;
mod service;
mod summary;

pub use catalogue::Catalogue;
pub use links::href;
pub use listing::serves_region;
pub use municipality::{located, suggestions};
pub use qr::qr_code;
pub use question::Refused;

use suunta_core::answers::{Answers, Browse, QueryKey, QueryNote};
use suunta_core::lang::Lang;
use suunta_core::questionnaire::{next_question, Question, Step};
use suunta_core::wording;

use crate::engine::Failure;
use crate::screen::{Body, FailedScreen, Screen, SearchBox, StartScreen};
use crate::words::{say, say_plain, Say};

/// The URL query as read: the answers that count, and the notes about what was left out.
#[derive(Debug, Clone)]
pub struct Query {
    pub answers: Answers,
    pub notes: Vec<QueryNote>,
}

impl Query {
    pub fn lang(&self) -> Lang {
        self.answers.ui_lang()
    }

    /// Nothing answered yet (the interface language aside): the start page, which needs no
    /// catalogue.
    pub fn is_blank(&self) -> bool {
        self.answers == self.answers.cleared()
    }
}

fn assemble(
    query: &Query,
    heading: String,
    title: String,
    search: Option<SearchBox>,
    body: Body,
) -> Screen {
    let lang = query.lang();
    Screen {
        lang,
        title,
        heading,
        notes: query.notes.iter().map(|note| wording::query_note(note, lang)).collect(),
        chrome: links::chrome(&query.answers, lang),
        search,
        body,
    }
}

/// The page's title: its heading, then the app's name.
fn titled(query: &Query, heading: String, body: Body) -> Screen {
    titled_with(query, heading, None, body)
}

fn titled_with(query: &Query, heading: String, search: Option<SearchBox>, body: Body) -> Screen {
    let title = format!("{heading} – Suunta");
    assemble(query, heading, title, search, body)
}

pub fn start(query: &Query) -> Screen {
    let lang = query.lang();
    // The first question, opened explicitly: with nothing answered the start page would show
    // again. Back from it closes it and returns here.
    let first = Answers { edit: Some(Question::ALL[0]), ..query.answers.cleared() };
    let body = Body::Start(StartScreen { start_href: href(&first) });
    // The start page is the app's front door: its title names what the app does.
    let title = format!("{} – Suunta", say_plain(Say::AppHeading, lang, query.answers.plain));
    let search = Some(listing::search_box(&query.answers, String::new()));
    assemble(query, say(Say::StartHeading, lang).to_owned(), title, search, body)
}

pub fn failed(query: &Query, failure: Failure) -> Screen {
    let lang = query.lang();
    let message = match failure {
        Failure::Fetch => say(Say::FetchFailed, lang),
        Failure::Unreadable => say(Say::Unreadable, lang),
    };
    let body = Body::Failed(FailedScreen { message: message.to_owned() });
    titled(query, say(Say::FailedHeading, lang).to_owned(), body)
}

/// The page the answers lead to.
pub fn show(query: &Query, catalogue: &Catalogue, now_ms: i64) -> Screen {
    let mut query = query.clone();
    // The codec checks an id's shape; only the loaded catalogue knows whether it exists.
    query.notes.extend(query.answers.drop_unknown_service(|id| catalogue.service(id).is_some()));
    let query = &query;
    let answers = &query.answers;
    let lang = query.lang();
    let opened = answers.service.as_ref().and_then(|id| catalogue.service(id.as_str()));
    if let Some(service) = opened {
        let context = card::CardContext::new(answers, catalogue, lang, now_ms);
        let (heading, body) = service::screen(service, context);
        return titled(query, heading, body);
    }
    if answers.looks_up() {
        return look_up(query, catalogue, now_ms);
    }
    let (heading, body) = match next_question(answers, &catalogue.context()) {
        Step::Ask(question) => question::screen(answers, catalogue, question, lang, None),
        Step::Summary => summary::screen(answers, catalogue, lang),
        Step::Results | Step::UrgentHelp => {
            let (heading, body) = results::screen(answers, catalogue, lang, now_ms);
            // Searching is offered beside the results, not beside "Help right now".
            let search = (!answers.urgent).then(|| listing::search_box(answers, String::new()));
            return titled_with(query, heading, search, body);
        }
    };
    titled(query, heading, body)
}

/// A search, a list to browse or a region's overview, in that order when the address holds
/// more than one; a region or municipality the geography does not know is dropped with a note
/// (the list of lists is shown instead).
fn look_up(query: &Query, catalogue: &Catalogue, now_ms: i64) -> Screen {
    let mut query = query.clone();
    let lang = query.lang();
    if query.answers.search.is_none() {
        if let Some(code) = query.answers.overview.clone() {
            if let Some((heading, body)) =
                overview::overview(&query.answers, catalogue, lang, now_ms, &code)
            {
                return titled(&query, heading, body);
            }
            query.notes.push(QueryNote::BadValue {
                key: QueryKey::Region,
                value: code.as_str().to_owned(),
            });
            query.answers.overview = None;
        }
    }
    let answers = &query.answers;
    if answers.search.is_some() {
        let (heading, body, search) = listing::search(answers, catalogue, lang, now_ms);
        return titled_with(&query, heading, Some(search), body);
    }
    let browse = answers.browse.clone().unwrap_or(Browse::All);
    if let Some((heading, body)) = listing::browse(answers, catalogue, lang, now_ms, &browse) {
        let search = Some(listing::search_box(answers, String::new()));
        return titled_with(&query, heading, search, body);
    }
    if browse != Browse::All {
        query.notes.push(QueryNote::BadValue { key: QueryKey::Browse, value: browse.id() });
        query.answers.browse = Some(Browse::All);
    }
    let (heading, body) = listing::browse_index(&query.answers, catalogue, lang);
    let search = Some(listing::search_box(&query.answers, String::new()));
    titled_with(&query, heading, search, body)
}

/// A question page again, after its answer was not accepted.
pub fn refused(
    query: &Query,
    catalogue: &Catalogue,
    question: Question,
    refused: Refused,
) -> Screen {
    let (heading, body) =
        question::screen(&query.answers, catalogue, question, query.lang(), Some(refused));
    titled(query, heading, body)
}
