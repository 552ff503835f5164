//! Which catalogue files the answers need, what has arrived, and the catalogue the questionnaire
//! and matching see. Pure: `catalogue_loader` does the fetching.
//!
//! Before the municipality is answered every region's file is needed: whether the age and
//! municipality questions could change the result depends on the services of the whole country
//! (an Ohjaamo's age limits, a regional service at all). Once the municipality is known only its
//! region's file and the national one matter, so a shared link loads just those two.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use suunta_core::answers::{Answer, Answers};
use suunta_core::catalogue::publish::{region_file, NATIONAL_FILE};
use suunta_core::catalogue::raw::Service;
use suunta_core::geography::Geography;
use suunta_core::questionnaire::Context;

use crate::catalogue_loader::LoadError;

/// The loaded catalogue for one set of answers: the geography and the services of every file
/// those answers need, each service once.
#[derive(Debug)]
pub struct Catalogue {
    pub geography: Arc<Geography>,
    pub services: Vec<Service>,
}

/// The same geography (by identity) and the same services: the pages need not be drawn again.
impl PartialEq for Catalogue {
    fn eq(&self, other: &Self) -> bool {
        // Services do not change once loaded, so the same ids in the same order are the same
        // services; comparing whole records would cost wasm size for nothing.
        Arc::ptr_eq(&self.geography, &other.geography)
            && self.services.len() == other.services.len()
            && self.services.iter().zip(&other.services).all(|(a, b)| a.id == b.id)
    }
}

impl Catalogue {
    pub fn context(&self) -> Context<'_> {
        Context { services: &self.services, geography: &self.geography }
    }
}

/// What has been fetched so far, what is on its way, and the first failure.
#[derive(Debug, Default)]
pub struct Store {
    geography: Option<Arc<Geography>>,
    geography_requested: bool,
    files: BTreeMap<String, Arc<Vec<Service>>>,
    requested: BTreeSet<String>,
    error: Option<LoadError>,
}

/// The fetches to start now.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Requests {
    pub geography: bool,
    pub files: Vec<String>,
}

impl Store {
    pub fn error(&self) -> Option<&LoadError> {
        self.error.as_ref()
    }

    pub fn geography(&self) -> Option<&Arc<Geography>> {
        self.geography.as_ref()
    }

    /// The service files these answers need, national first.
    pub fn files_needed(&self, answers: &Answers) -> Vec<String> {
        let mut files = vec![NATIONAL_FILE.to_owned()];
        let Some(geography) = &self.geography else { return files };
        let own_region = answers
            .municipality_code()
            .and_then(|code| geography.municipality(code.as_str()))
            .map(|municipality| municipality.region.clone());
        match (&answers.municipality, own_region) {
            (_, Some(region)) => files.push(region_file(&region)),
            // "Help right now" must not wait for the whole country: its services are national.
            _ if answers.urgent => {}
            (Some(Answer::NotSure), None) => {}
            // Answered with a code the geography does not know: treated as not given.
            (Some(Answer::Given(_)), None) => {}
            (None, None) => {
                files.extend(geography.regions().iter().map(|region| region_file(&region.code)))
            }
        }
        files
    }

    /// What to fetch for these answers that is neither here nor on its way. Nothing while a
    /// failure waits for "Retry".
    pub fn requests(&self, answers: &Answers) -> Requests {
        if self.error.is_some() {
            return Requests::default();
        }
        let files = self
            .files_needed(answers)
            .into_iter()
            .filter(|file| !self.files.contains_key(file) && !self.requested.contains(file))
            .collect();
        Requests { geography: self.geography.is_none() && !self.geography_requested, files }
    }

    pub fn mark_requested(&mut self, requests: &Requests) {
        self.geography_requested |= requests.geography;
        self.requested.extend(requests.files.iter().cloned());
    }

    pub fn add_geography(&mut self, geography: Geography) {
        self.geography = Some(Arc::new(geography));
    }

    pub fn add_file(&mut self, file: String, services: Vec<Service>) {
        self.requested.remove(&file);
        self.files.insert(file, Arc::new(services));
    }

    /// Keeps the first failure: it is the one the person sees and retries.
    pub fn fail(&mut self, error: LoadError) {
        self.error.get_or_insert(error);
    }

    /// Forgets the failure and every fetch that did not arrive, so they are asked for again.
    pub fn retry(&mut self) {
        self.error = None;
        self.requested.clear();
        self.geography_requested = self.geography.is_some();
    }

    /// The catalogue for these answers, once every file they need has arrived.
    pub fn catalogue(&self, answers: &Answers) -> Option<Catalogue> {
        let geography = Arc::clone(self.geography.as_ref()?);
        let mut seen = BTreeSet::new();
        let mut services = Vec::new();
        for file in self.files_needed(answers) {
            for service in self.files.get(&file)?.iter() {
                // A service on a region's border is in both regions' files.
                if seen.insert(service.id.clone()) {
                    services.push(service.clone());
                }
            }
        }
        Some(Catalogue { geography, services })
    }
}

#[cfg(test)]
mod tests;
