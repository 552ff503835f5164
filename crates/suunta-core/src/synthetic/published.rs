//! The synthetic catalogue as the app downloads it, for the decoding benchmarks: one published
//! service file (`CatalogueFile`, minified by serde_json as `catalogue::publish` writes it).
//!
//! The matching catalogue of [`super::catalogue`] carries only what matching reads, about
//! 0.7 KB of JSON a service; a real published service is about 2.3 KB (2026-11-23: 95 services,
//! 219 KB in `national.json` and `all-regions.json`), most of it texts in three languages and
//! the provenance. Decoding time grows with the bytes too, so [`worded`] first gives every
//! service texts as long as the real catalogue's on average: word salad from a small vocabulary,
//! never real facts, with the real texts' mix of letters (ä, ö, å) so string scanning does the
//! same work.

use super::Random;
use crate::catalogue::raw::{CatalogueFile, Service, Text, CATALOGUE_FORMAT};
use crate::geography::Geography;

/// The JSON of one published service file holding the worded synthetic catalogue of `size`.
pub fn service_file(size: usize, geography: &Geography) -> String {
    let file = CatalogueFile {
        format: CATALOGUE_FORMAT.into(),
        maintainer_email: None,
        services: worded(super::catalogue(size, geography)),
    };
    // As `catalogue::publish` does: the raw types always serialise (strings, numbers, lists).
    serde_json::to_string(&file).unwrap_or_default()
}

/// Average lengths in characters of the real catalogue's texts per language, measured on the
/// published files of 2026-11-23, rounded. A service's fields vary around them.
const NAME: usize = 30;
const SUMMARY: usize = 95;
const WHAT_TO_EXPECT: usize = 130;
const CHANNEL_NOTE: usize = 60;
const MAINTAINER_NOTE: usize = 400;
const SOURCE_DATE: usize = 40;
/// Real services cite five or six sources, each a URL of about 48 characters (here about 40).
const SOURCES: usize = 5;

const FI: [&str; 16] = [
    "ohjaus",
    "palvelu",
    "työnhaku",
    "opiskelu",
    "nuoret",
    "neuvonta",
    "yhteystiedot",
    "käynti",
    "ajanvaraus",
    "aikuiset",
    "työllisyys",
    "hakemus",
    "elämäntilanne",
    "tukea",
    "sinulle",
    "ja",
];
const SV: [&str; 16] = [
    "vägledning",
    "tjänst",
    "jobbsökning",
    "studier",
    "unga",
    "rådgivning",
    "kontakt",
    "besök",
    "tidsbokning",
    "vuxna",
    "sysselsättning",
    "ansökan",
    "livssituation",
    "stöd",
    "för",
    "och",
];
const EN: [&str; 16] = [
    "guidance",
    "service",
    "job search",
    "studies",
    "young people",
    "advice",
    "contact",
    "visit",
    "appointment",
    "adults",
    "employment",
    "application",
    "situation",
    "support",
    "for",
    "and",
];

/// `services` with texts as long as the real catalogue's; the same input gives the same output.
pub fn worded(mut services: Vec<Service>) -> Vec<Service> {
    let mut random = Random(services.len() as u64 ^ 0x5EED);
    for service in &mut services {
        let marker = service.id.clone();
        service.name = Text {
            fi: Some(format!("{marker} {}", words(&mut random, &FI, NAME / 2))),
            sv: Some(format!("{marker} {}", words(&mut random, &SV, NAME / 2))),
            en: Some(format!("{marker} {}", words(&mut random, &EN, NAME / 2))),
        };
        service.summary = text(&mut random, SUMMARY);
        if random.chance(80) {
            service.what_to_expect = text(&mut random, WHAT_TO_EXPECT);
        }
        // Real services have about one channel with a note each; synthetic ones have two
        // channels on average, so half of them get one.
        for channel in &mut service.channels {
            if random.chance(50) {
                channel.note = text(&mut random, CHANNEL_NOTE);
            }
        }
        let provenance = &mut service.provenance;
        provenance.sources = (0..SOURCES + random.below(2))
            .map(|source| format!("https://example.invalid/{marker}/{source}"))
            .collect();
        provenance.source_date = words(&mut random, &EN, SOURCE_DATE);
        provenance.maintainer_note = Some(words(&mut random, &EN, MAINTAINER_NOTE));
    }
    services
}

fn text(random: &mut Random, length: usize) -> Text {
    Text {
        fi: Some(words(random, &FI, length)),
        sv: Some(words(random, &SV, length)),
        en: Some(words(random, &EN, length)),
    }
}

/// Words from `vocabulary` until about `length` characters (between a half and one and a half
/// times), ending with a full stop.
fn words(random: &mut Random, vocabulary: &[&str], length: usize) -> String {
    let target = length / 2 + random.below(length.max(1));
    let mut out = String::with_capacity(target + 16);
    let mut chars = 0;
    while chars < target {
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        let word = random.pick(vocabulary);
        out.push_str(word);
        chars += word.chars().count();
    }
    out.push('.');
    out
}
