//! The catalogue one page sees: the geography and the services of the files its answers need,
//! each service once.

use std::collections::{BTreeMap, BTreeSet};

use suunta_core::catalogue::raw::Service;
use suunta_core::geography::Geography;
use suunta_core::questionnaire::Context;

#[derive(Debug)]
pub struct Catalogue<'a> {
    pub geography: &'a Geography,
    pub services: Vec<Service>,
    /// The maintainer address of each service's file, by service id, where the file has one.
    pub maintainers: BTreeMap<String, String>,
}

impl<'a> Catalogue<'a> {
    /// Joins the services of several files; a service on a region's border is in both regions'
    /// files and counts once.
    pub fn join<'f>(
        geography: &'a Geography,
        files: impl IntoIterator<Item = (&'f [Service], Option<&'f str>)>,
    ) -> Catalogue<'a> {
        let mut seen = BTreeSet::new();
        let mut services = Vec::new();
        let mut maintainers = BTreeMap::new();
        for (file_services, maintainer) in files {
            for service in file_services {
                if seen.insert(service.id.as_str()) {
                    services.push(service.clone());
                    if let Some(email) = maintainer {
                        maintainers.insert(service.id.clone(), email.to_owned());
                    }
                }
            }
        }
        Catalogue { geography, services, maintainers }
    }

    pub fn context(&self) -> Context<'_> {
        Context { services: &self.services, geography: self.geography }
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|service| service.id == id)
    }
}
