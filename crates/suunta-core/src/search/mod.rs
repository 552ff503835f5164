//! Free-text search over the catalogue (issue 10): a young person types "ohjamo tampere" or
//! "navigatorn vasa" and finds the service, whatever the case, diacritics or a small typo.
//!
//! Every service is indexed once by the words of its names (all languages), kind, needs, the
//! places it can be visited (municipality names in Finnish and Swedish), the area it serves
//! (region, employment area and municipality names) and its summaries, each field with a
//! weight. A query matches a service when every word of the query matches some word of it:
//! exactly, as the start of a word, or with a small typo; the score adds, for each query word,
//! its best match (field weight times match quality), so exact and prefix matches in names rank
//! first. Words are folded like municipality names in the type-ahead (`fold_for_search`).

mod typo;

use std::collections::BTreeMap;

use crate::catalogue::raw::{Area, ChannelKind, Need, Service, ServiceKind, Text};
use crate::geography::{fold_for_search, Geography};
use crate::lang::Lang;
use crate::sorting;
use crate::wording;

/// Where in a service a word was found, by how much it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Summary = 1,
    Area = 2,
    KindOrNeed = 3,
    Place = 5,
    Name = 8,
}

/// How well a query word matches a word of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quality {
    Typo = 2,
    Prefix = 3,
    Exact = 4,
}

/// One service found, with its index in the slice the search index was built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub service: usize,
    pub score: u32,
}

/// The catalogue's words, each with the services (and the field's weight) it occurs in.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Folded word → (service index, best field) for every service that has it.
    words: BTreeMap<String, Vec<(usize, Field)>>,
    services: usize,
}

impl SearchIndex {
    pub fn new(services: &[Service], geography: &Geography) -> SearchIndex {
        let mut index = SearchIndex { words: BTreeMap::new(), services: services.len() };
        // The same few labels for every service: folded once.
        let labels = |label: &dyn Fn(Lang) -> &'static str| -> Vec<String> {
            let all: Vec<String> =
                Lang::ALL.iter().map(|&lang| fold_for_search(label(lang))).collect();
            all.iter().flat_map(|text| words(text)).map(str::to_owned).collect()
        };
        let kind_words: Vec<Vec<String>> = ServiceKind::ALL
            .iter()
            .map(|&kind| labels(&|lang| wording::service_kind_label(kind, lang)))
            .collect();
        let need_words: Vec<Vec<String>> = Need::ALL
            .iter()
            .map(|&need| labels(&|lang| wording::need_label(need, lang, false)))
            .collect();
        for (number, service) in services.iter().enumerate() {
            index.add_text(number, &service.name, Field::Name);
            index.add_text(number, &service.summary, Field::Summary);
            let kind = ServiceKind::ALL.iter().position(|&kind| kind == service.kind);
            for word in kind.map(|kind| &kind_words[kind]).into_iter().flatten() {
                index.add_word(number, word, Field::KindOrNeed);
            }
            for need in &service.needs {
                let position = Need::ALL.iter().position(|candidate| candidate == need);
                for word in position.map(|need| &need_words[need]).into_iter().flatten() {
                    index.add_word(number, word, Field::KindOrNeed);
                }
            }
            if service.kind == ServiceKind::Ohjaamo {
                // The brand in both languages, whatever the record's own name says.
                index.add(number, "Ohjaamo Navigatorn", Field::KindOrNeed);
            }
            let visits =
                service.channels.iter().filter(|channel| channel.kind == ChannelKind::Visit);
            for address in visits.filter_map(|channel| channel.address.as_ref()) {
                if let Some(municipality) = geography.municipality(&address.municipality) {
                    index.add_text(number, &municipality.name, Field::Place);
                }
                index.add_text(number, &address.post_office, Field::Place);
            }
            index.add_area(number, &service.eligibility.area, geography);
        }
        index
    }

    fn add_area(&mut self, service: usize, area: &Area, geography: &Geography) {
        match area {
            // A whole-country service is found by what it is, not by every place name; a
            // region-wide one by the region's name.
            Area::WholeCountry | Area::WholeCountryExceptAland => {}
            Area::Region { code } => {
                if let Some(region) = geography.region(code) {
                    self.add_text(service, &region.name, Field::Area);
                }
            }
            Area::EmploymentArea { code } => {
                if let Some(employment_area) = geography.employment_area(code) {
                    self.add_text(service, &employment_area.name, Field::Area);
                }
                self.add_municipalities(service, area, geography);
            }
            Area::Municipalities { .. } => self.add_municipalities(service, area, geography),
        }
    }

    fn add_municipalities(&mut self, service: usize, area: &Area, geography: &Geography) {
        for municipality in geography.municipalities_in(area) {
            self.add_text(service, &municipality.name, Field::Area);
        }
    }

    fn add_text(&mut self, service: usize, text: &Text, field: Field) {
        for value in [&text.fi, &text.sv, &text.en].into_iter().flatten() {
            self.add(service, value, field);
        }
    }

    fn add(&mut self, service: usize, text: &str, field: Field) {
        for word in words(&fold_for_search(text)) {
            self.add_word(service, word, field);
        }
    }

    /// Adds one folded word.
    fn add_word(&mut self, service: usize, word: &str, field: Field) {
        // Most words are already indexed: look before allocating a key.
        let Some(postings) = self.words.get_mut(word) else {
            self.words.insert(word.to_owned(), vec![(service, field)]);
            return;
        };
        // Services are added in order, so only the last posting can be this service's.
        match postings.last_mut() {
            Some((number, best)) if *number == service => *best = (*best).max(field),
            _ => postings.push((service, field)),
        }
    }

    /// The services matching every word of `query`, best first (ties in catalogue order). An
    /// empty query finds nothing.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let folded = fold_for_search(query);
        let query_words: Vec<&str> = words(&folded).collect();
        if query_words.is_empty() {
            return Vec::new();
        }
        let mut totals: Vec<Option<u32>> = vec![Some(0); self.services];
        for query_word in query_words {
            let mut best: Vec<u32> = vec![0; self.services];
            for (word, postings) in self.same_first_letter(query_word) {
                let Some(quality) = quality(query_word, word) else { continue };
                for &(service, field) in postings {
                    best[service] = best[service].max(field as u32 * quality as u32);
                }
            }
            for (total, best) in totals.iter_mut().zip(best) {
                *total = total.filter(|_| best > 0).map(|total| total + best);
            }
        }
        let mut hits: Vec<Hit> = totals
            .into_iter()
            .enumerate()
            .filter_map(|(service, total)| total.map(|score| Hit { service, score }))
            .collect();
        sorting::sort_by(&mut hits, |a, b| b.score.cmp(&a.score).then(a.service.cmp(&b.service)));
        hits
    }
}

impl SearchIndex {
    /// The indexed words that start with the same letter as `query_word`: a typo in the first
    /// letter is rare (people see what they start with), and looking only there keeps a query
    /// within budget on a catalogue of thousands.
    fn same_first_letter<'a>(
        &'a self,
        query_word: &str,
    ) -> impl Iterator<Item = (&'a String, &'a Vec<(usize, Field)>)> + 'a {
        let first = query_word.chars().next().unwrap_or_default();
        let from = first.to_string();
        let to = char::from_u32(first as u32 + 1).map(String::from);
        let range = match to {
            Some(to) => self.words.range(from..to),
            None => self.words.range(from..),
        };
        range
    }
}

/// The words of folded text: runs of letters and digits. "s:t" is "s" and "t"; one-letter words
/// ("i" in "Navigatorn i Vasa") carry no meaning of their own and are left out.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|word| word.chars().count() > 1)
}

/// How `query_word` matches `word`, if at all: the same word, the start of it (from two
/// letters: people type the start of "Jyväskylä"), or one edit away (two for long words), also
/// as the start of a longer word ("ohjamo" for "ohjaamon").
fn quality(query_word: &str, word: &str) -> Option<Quality> {
    if query_word == word {
        return Some(Quality::Exact);
    }
    if word.starts_with(query_word) {
        return Some(Quality::Prefix);
    }
    let length = query_word.chars().count();
    let allowed = match length {
        0..=3 => return None,
        4..=7 => 1,
        _ => 2,
    };
    typo::within(query_word, word, allowed).then_some(Quality::Typo)
}
