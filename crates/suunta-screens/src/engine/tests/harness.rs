//! A worker without a network: it hands the engine the published catalogue files (or fails or
//! corrupts the ones a test names) and records what was fetched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use suunta_core::catalogue::pack::{pack_catalogue, pack_geography, pack_name};
use suunta_core::catalogue::publish::{publish, GEOGRAPHY_FILE};
use suunta_core::catalogue::raw::{CatalogueFile, GeographyFile};
use suunta_core::catalogue::{check, SourceFile};
use suunta_core::hours::civil::{Date, LocalDateTime};
use suunta_core::hours::helsinki;

use crate::engine::Engine;
use crate::message::{Answer, Ask, Request, Response};
use crate::screen::{Body, Card, Screen};

/// The catalogue as `suunta-cli build` publishes it, validated once for all tests.
pub fn published() -> &'static BTreeMap<String, String> {
    static PUBLISHED: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    PUBLISHED.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue");
        let mut paths = vec![dir.join("geography.json"), dir.join("national.json")];
        let mut regions: Vec<PathBuf> = std::fs::read_dir(dir.join("regions"))
            .expect("catalogue/regions")
            .map(|entry| entry.expect("a region file").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        regions.sort();
        paths.extend(regions);
        let sources: Vec<SourceFile> = paths
            .iter()
            .map(|path| SourceFile {
                name: path.display().to_string(),
                text: std::fs::read_to_string(path).expect("a catalogue file"),
            })
            .collect();
        // Far enough ahead that no record is "verified in the future"; staleness only warns.
        let today = Date::new(2099, 12, 31).expect("a date");
        let checked = check(&sources, today);
        let catalogue = checked.catalogue.unwrap_or_else(|| panic!("{:#?}", checked.problems));
        publish(&catalogue).into_iter().map(|file| (file.name, file.contents)).collect()
    })
}

/// The published geography, indexed.
pub fn geography() -> suunta_core::geography::Geography {
    let json = &published()[GEOGRAPHY_FILE];
    suunta_core::geography::Geography::new(serde_json::from_str(json).expect("geography JSON"))
}

/// Tuesday 24 November 2026, 12:00 in Helsinki: an ordinary weekday at noon.
pub fn noon_on_a_tuesday() -> i64 {
    helsinki::to_utc(LocalDateTime::parse("2026-11-24T12:00").expect("a moment"))
}

pub fn request(query: &str, ask: Ask) -> Request {
    Request { id: 7, query: query.to_owned(), now_ms: noon_on_a_tuesday(), ask }
}

/// What happens to a fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Arrives,
    Fails,
    ArrivesCorrupt,
}

#[derive(Debug, Default)]
pub struct Worker {
    pub engine: Engine,
    /// Every file fetched, in order.
    pub fetched: Vec<String>,
    fates: BTreeMap<String, Fate>,
    /// Texts that stand in for the published ones.
    texts: BTreeMap<String, String>,
}

impl Worker {
    pub fn new() -> Worker {
        Worker::default()
    }

    pub fn set_fate(&mut self, file: &str, fate: Fate) {
        self.fates.insert(file.to_owned(), fate);
    }

    /// Serves `text` for `file` instead of the published one.
    /// `json` is the published file's JSON; the engine gets its pack, as the worker would.
    pub fn set_text(&mut self, file: &str, json: String) {
        self.texts.insert(file.to_owned(), pack_of(file, &json));
    }

    /// Like the worker: fetch what the engine asks for, hand it over, ask again (the geography
    /// can reveal more files), until nothing more is asked; then the response.
    pub fn serve(&mut self, request: &Request) -> Response {
        loop {
            let files = self.engine.files_to_fetch(request);
            if files.is_empty() {
                break;
            }
            for file in files {
                self.deliver(&file);
            }
        }
        self.engine.respond(request).unwrap_or_else(|| panic!("no response to {request:?}"))
    }

    pub fn deliver(&mut self, file: &str) {
        self.fetched.push(file.to_owned());
        match self.fates.get(file).copied().unwrap_or(Fate::Arrives) {
            Fate::Arrives => {
                let text = self
                    .texts
                    .get(file)
                    .or_else(|| published().get(&pack_name(file)))
                    .unwrap_or_else(|| panic!("no file {file}"));
                self.engine.file_arrived(file, text);
            }
            Fate::Fails => self.engine.file_failed(file),
            // A pack cut short, as an interrupted download would leave it.
            Fate::ArrivesCorrupt => {
                let pack = &published()[&pack_name(file)];
                self.engine.file_arrived(file, &pack[..pack.len() / 2]);
            }
        }
    }

    pub fn screen(&mut self, query: &str) -> Screen {
        screen_of(self.serve(&request(query, Ask::Show)))
    }

    /// Answers the question the query is on; the query of the next page.
    pub fn answer(&mut self, query: &str, question: &str, input: &str) -> String {
        let ask = Ask::Answer { question: question.to_owned(), input: input.to_owned() };
        match self.serve(&request(query, ask)).answer {
            Answer::Go { query } => query,
            other => panic!("{question}={input:?} on {query:?} was not accepted: {other:#?}"),
        }
    }
}

/// The pack of a published file's JSON text.
pub fn pack_of(file: &str, json: &str) -> String {
    if file == GEOGRAPHY_FILE {
        pack_geography(&serde_json::from_str::<GeographyFile>(json).expect("geography JSON"))
    } else {
        pack_catalogue(&serde_json::from_str::<CatalogueFile>(json).expect("catalogue JSON"))
    }
}

pub fn screen_of(response: Response) -> Screen {
    match response.answer {
        Answer::Screen(screen) => *screen,
        other => panic!("not a screen: {other:#?}"),
    }
}

/// The query of an app link (`?age=19` or `./`).
pub fn query_of(href: &str) -> &str {
    if href == "./" {
        ""
    } else {
        href.strip_prefix('?').unwrap_or_else(|| panic!("not an app link: {href}"))
    }
}

/// One card of a results screen.
pub fn card<'a>(screen: &'a Screen, id: &str) -> &'a Card {
    match &screen.body {
        Body::Results(results) => results
            .cards
            .iter()
            .find(|card| card.id == id)
            .unwrap_or_else(|| panic!("{id} is not listed: {:?}", card_ids(screen))),
        other => panic!("not results: {other:#?}"),
    }
}

/// The services listed on a results screen, in order.
pub fn card_ids(screen: &Screen) -> Vec<&str> {
    match &screen.body {
        Body::Results(results) => results.cards.iter().map(|card| card.id.as_str()).collect(),
        other => panic!("not results: {other:#?}"),
    }
}
