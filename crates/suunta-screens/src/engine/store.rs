//! The catalogue files as the worker has them: loaded (decoded), on their way, or failed, and
//! which of them a page needs.
//!
//! Before the municipality is answered every regional service is needed: whether the age and
//! municipality questions could change the result depends on the services of the whole country
//! (an Ohjaamo's age limits, a regional service at all). They come in one file,
//! `all-regions.json`, which compresses far better than the region files one by one. Once the
//! municipality is known only its region's file and the national one matter, so a shared link
//! loads just those two. Which region a municipality is in is in the geography, so until the
//! geography has arrived only it and the national file are known to be needed then.

use std::collections::{BTreeMap, BTreeSet};

use suunta_core::answers::{Answer, Answers};
use suunta_core::catalogue::pack::{unpack_catalogue, unpack_geography};
use suunta_core::catalogue::publish::{
    region_file, ALL_REGIONS_FILE, GEOGRAPHY_FILE, NATIONAL_FILE,
};
use suunta_core::catalogue::raw::{CatalogueFile, Service};
use suunta_core::geography::Geography;

/// One service file, decoded.
#[derive(Debug)]
pub struct ServiceFile {
    pub services: Vec<Service>,
    /// Where "report wrong information" goes for this file's services, if the catalogue says.
    pub maintainer_email: Option<String>,
}

/// Why a file is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The fetch failed: a network error or an HTTP error status.
    Fetch,
    /// It arrived but is not a catalogue file this version can read.
    Unreadable,
}

/// Where a set of needed files stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    Waiting,
    Failed(Failure),
}

#[derive(Debug, Default)]
pub struct Store {
    geography: Option<Geography>,
    files: BTreeMap<String, ServiceFile>,
    on_the_way: BTreeSet<String>,
    failed: BTreeMap<String, Failure>,
}

impl Store {
    pub fn geography(&self) -> Option<&Geography> {
        self.geography.as_ref()
    }

    pub fn file(&self, name: &str) -> Option<&ServiceFile> {
        self.files.get(name)
    }

    /// The files a page for these answers needs, geography first then national; the region
    /// files only once the geography says which. `answers` must already have had an unknown
    /// municipality dropped when the geography is here.
    pub fn files_needed(&self, answers: &Answers) -> Vec<String> {
        let mut files = vec![GEOGRAPHY_FILE.to_owned(), NATIONAL_FILE.to_owned()];
        // Known without the geography, so all three load at once. A search, a list or an
        // overview looks at the whole country, whatever municipality is answered.
        if (answers.municipality.is_none() && !answers.urgent) || answers.looks_up() {
            files.push(ALL_REGIONS_FILE.to_owned());
            return files;
        }
        if self.geography.is_none() {
            return files;
        }
        match (&answers.municipality, self.own_region(answers)) {
            // After the questions before it, every regional service is here already, and the
            // region's share of them is exactly its file (`Engine::catalogue` takes that share).
            (_, Some(_)) if self.files.contains_key(ALL_REGIONS_FILE) => {
                files.push(ALL_REGIONS_FILE.to_owned())
            }
            (_, Some(region)) => files.push(region_file(&region)),
            // "Help right now" must not wait for the whole country: its services are national.
            _ if answers.urgent => {}
            (Some(Answer::NotSure), None) => {}
            // A code the geography does not know is dropped before this is asked.
            (Some(Answer::Given(_)), None) => {}
            // Handled above: the whole country.
            (None, None) => {}
        }
        files
    }

    /// The region of the answered municipality, once the geography is here; without one, the
    /// host's preset region (an embed on a region's site, `docs/query-format.md`).
    pub fn own_region(&self, answers: &Answers) -> Option<String> {
        let geography = self.geography.as_ref()?;
        match answers.municipality_code() {
            Some(code) => geography
                .municipality(code.as_str())
                .map(|municipality| municipality.region.clone()),
            None => answers
                .embed
                .region
                .as_ref()
                .filter(|region| geography.region(region.as_str()).is_some())
                .map(|region| region.as_str().to_owned()),
        }
    }

    /// Of `files`, those neither here, nor on their way, nor failed (a failed file waits for
    /// "Try again"); from now on they count as on their way.
    pub fn take_to_fetch(&mut self, files: Vec<String>) -> Vec<String> {
        let to_fetch: Vec<String> = files
            .into_iter()
            .filter(|file| {
                !self.is_loaded(file)
                    && !self.on_the_way.contains(file)
                    && !self.failed.contains_key(file)
            })
            .collect();
        self.on_the_way.extend(to_fetch.iter().cloned());
        to_fetch
    }

    fn is_loaded(&self, file: &str) -> bool {
        if file == GEOGRAPHY_FILE {
            self.geography.is_some()
        } else {
            self.files.contains_key(file)
        }
    }

    /// Whether every one of `files` is here; a failure wins over waiting, so the person sees
    /// it at once rather than after the slowest file.
    pub fn readiness(&self, files: &[String]) -> Readiness {
        if let Some(failure) = files.iter().find_map(|file| self.failed.get(file)) {
            return Readiness::Failed(*failure);
        }
        if files.iter().all(|file| self.is_loaded(file)) {
            Readiness::Ready
        } else {
            Readiness::Waiting
        }
    }

    /// Decodes an arrived file, which is the pack of the published file `file`. A file that does not decode counts as failed, so the page
    /// shows what happened instead of waiting for ever.
    pub fn arrived(&mut self, file: &str, text: &str) {
        self.on_the_way.remove(file);
        let decoded = if file == GEOGRAPHY_FILE {
            unpack_geography(text).map(|geography| self.geography = Some(Geography::new(geography)))
        } else {
            unpack_catalogue(text).map(|decoded| {
                let CatalogueFile { maintainer_email, services, .. } = decoded;
                self.files.insert(file.to_owned(), ServiceFile { services, maintainer_email });
            })
        };
        match decoded {
            Ok(()) => {
                self.failed.remove(file);
            }
            Err(_) => {
                self.failed.insert(file.to_owned(), Failure::Unreadable);
            }
        }
    }

    pub fn fetch_failed(&mut self, file: &str) {
        self.on_the_way.remove(file);
        self.failed.insert(file.to_owned(), Failure::Fetch);
    }

    /// "Try again": every failed file may be fetched again.
    pub fn forget_failures(&mut self) {
        self.failed.clear();
    }
}
