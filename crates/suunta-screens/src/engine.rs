//! The catalogue worker's state machine: which catalogue files a request needs, what has
//! arrived, and the answer to each request once its files are here. Pure: the worker does the
//! fetching and the messaging, and passes the clock in with each request.
//!
//! How the worker drives it, for each request from the page:
//! 1. `files_to_fetch(&request)` and start a fetch for each file;
//! 2. as each fetch ends, `file_arrived` or `file_failed`, then for every request still waiting
//!    `files_to_fetch` again (the geography says which region files a municipality needs, so
//!    they are known only once it has arrived) and `respond`;
//! 3. `respond(&request)` gives the response, or None while a file it needs is on its way.

mod store;
#[cfg(test)]
pub(crate) mod tests;

pub use store::Failure;

use suunta_core::answers::{parse, to_query, Answers};
use suunta_core::catalogue::publish::{ALL_REGIONS_FILE, GEOGRAPHY_FILE};
use suunta_core::catalogue::raw::Service;
use suunta_core::questionnaire::{respond, Question};

use crate::build::{self, Catalogue, Query, Refused};
use crate::message::{Answer, Ask, Request, Response};
use store::{Readiness, Store};

#[derive(Debug, Default)]
pub struct Engine {
    store: Store,
}

impl Engine {
    pub fn new() -> Engine {
        Engine::default()
    }

    /// Catalogue files (paths relative to the published catalogue directory: `geography.json`,
    /// `national.json`, `region-01.json`, ...) that `request` needs and that are neither loaded
    /// nor on their way; from now on they count as on their way. `Ask::Retry` first forgets
    /// failures. Ask again after a file arrives: the geography can reveal more files needed.
    ///
    /// The start page needs no file, but gets the same files as the first question would, so
    /// they are on their way while the person reads it.
    pub fn files_to_fetch(&mut self, request: &Request) -> Vec<String> {
        if request.ask == Ask::Retry {
            self.store.forget_failures();
        }
        let needed = self.files_needed(request);
        self.store.take_to_fetch(needed)
    }

    /// A fetched file's text arrived (decode errors are kept and shown as a Failed screen).
    pub fn file_arrived(&mut self, file: &str, text: &str) {
        self.store.arrived(file, text);
    }

    /// A fetch failed (network error or HTTP status).
    pub fn file_failed(&mut self, file: &str) {
        self.store.fetch_failed(file);
    }

    /// The response to `request`, or None while a file it needs is still on its way.
    pub fn respond(&mut self, request: &Request) -> Option<Response> {
        let answer = self.answer(request)?;
        Some(Response { id: request.id, answer })
    }

    fn files_needed(&self, request: &Request) -> Vec<String> {
        match request.ask {
            Ask::Suggest { .. } | Ask::Locate { .. } => vec![GEOGRAPHY_FILE.to_owned()],
            Ask::Qr { .. } => Vec::new(),
            Ask::Show | Ask::Answer { .. } | Ask::Retry => {
                self.store.files_needed(&self.read(&request.query).answers)
            }
        }
    }

    /// The query's answers and notes. The codec checks a municipality code's shape; only the
    /// geography knows whether it exists, so once it is here an unknown one is dropped too.
    fn read(&self, query: &str) -> Query {
        let (mut answers, mut notes) = parse(query);
        if let Some(geography) = self.store.geography() {
            notes.extend(
                answers.drop_unknown_municipality(|code| geography.municipality(code).is_some()),
            );
        }
        Query { answers, notes }
    }

    fn answer(&self, request: &Request) -> Option<Answer> {
        let query = self.read(&request.query);
        let lang = query.lang();
        let screen = |screen| Some(Answer::Screen(Box::new(screen)));
        match &request.ask {
            Ask::Qr { text } => Some(Answer::Qr(build::qr_code(text))),
            Ask::Suggest { text } => match self.ready(&[GEOGRAPHY_FILE.to_owned()]) {
                Readiness::Ready => {
                    let geography = self.store.geography()?;
                    let region = query.answers.embed.region.as_ref();
                    Some(Answer::Suggestions(build::suggestions(geography, text, lang, region)))
                }
                Readiness::Waiting => None,
                Readiness::Failed(failure) => screen(build::failed(&query, failure)),
            },
            Ask::Locate { latitude, longitude } => match self.ready(&[GEOGRAPHY_FILE.to_owned()]) {
                Readiness::Ready => {
                    let geography = self.store.geography()?;
                    let name = build::located(geography, *latitude, *longitude, lang);
                    Some(Answer::Located { name })
                }
                Readiness::Waiting => None,
                Readiness::Failed(failure) => screen(build::failed(&query, failure)),
            },
            Ask::Show | Ask::Retry | Ask::Answer { .. } if query.is_blank() => {
                screen(build::start(&query))
            }
            Ask::Show | Ask::Retry | Ask::Answer { .. } => {
                let files = self.store.files_needed(&query.answers);
                match self.ready(&files) {
                    Readiness::Ready => {}
                    Readiness::Waiting => return None,
                    Readiness::Failed(failure) => return screen(build::failed(&query, failure)),
                }
                let catalogue = self.catalogue(&files, &query.answers)?;
                match &request.ask {
                    Ask::Answer { question, input } => {
                        Some(answer_question(&query, &catalogue, question, input, request.now_ms))
                    }
                    _ => screen(build::show(&query, &catalogue, request.now_ms)),
                }
            }
        }
    }

    fn ready(&self, files: &[String]) -> Readiness {
        self.store.readiness(files)
    }

    /// The loaded catalogue for these files; None unless every one is here. Once the
    /// municipality is known, the file of all regions gives only the services its region's file
    /// has (those serving a municipality of the region), so a journey and a shared link to the
    /// same page see the same services.
    fn catalogue(&self, files: &[String], answers: &Answers) -> Option<Catalogue<'_>> {
        let geography = self.store.geography()?;
        // A search, a list or an overview looks at the whole country.
        let own_region = if answers.looks_up() { None } else { self.store.own_region(answers) };
        let mut service_files = Vec::new();
        for file in files.iter().filter(|file| file.as_str() != GEOGRAPHY_FILE) {
            let loaded = self.store.file(file)?;
            let services: Vec<Service> = match &own_region {
                Some(region) if file == ALL_REGIONS_FILE => loaded
                    .services
                    .iter()
                    .filter(|service| build::serves_region(geography, service, region))
                    .cloned()
                    .collect(),
                _ => loaded.services.clone(),
            };
            service_files.push((services, loaded.maintainer_email.as_deref()));
        }
        Some(Catalogue::join(
            geography,
            service_files.iter().map(|(services, email)| (services.as_slice(), *email)),
        ))
    }
}

/// Records one answer: on to the next page, or the same question with what was wrong.
fn answer_question(
    query: &Query,
    catalogue: &Catalogue,
    question: &str,
    input: &str,
    now_ms: i64,
) -> Answer {
    // Only a page from another build can name a question this version does not have.
    let Some(question) = Question::from_id(question) else {
        return Answer::Screen(Box::new(build::show(query, catalogue, now_ms)));
    };
    match respond(&query.answers, question, input, &catalogue.context()) {
        Ok(next) => Answer::Go { query: to_query(&next) },
        Err(problem) => Answer::Screen(Box::new(build::refused(
            query,
            catalogue,
            question,
            Refused { problem, input },
        ))),
    }
}
