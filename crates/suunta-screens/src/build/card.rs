//! One service as a card: its name (marked with its language when it is a fallback), kind,
//! summary, the reasons it is listed, a caveat, its channels, when it was checked and where
//! that came from, and the way to report wrong information.

use suunta_core::answers::{Answers, ServiceId};
use suunta_core::catalogue::raw::{Service, Text};
use suunta_core::hours::civil::Date;
use suunta_core::hours::{helsinki, LocalDateTime};
use suunta_core::lang::Lang;
use suunta_core::wording;

use super::catalogue::Catalogue;
use super::channel::{channel_view, plain, ChannelContext};
use super::links::href;
use super::qr::qr_code;
use super::report::report_link;
use crate::screen::{Card, Shown};
use crate::words::{say, Say};

/// What every card of a page shares.
#[derive(Debug, Clone, Copy)]
pub struct CardContext<'a> {
    pub answers: &'a Answers,
    pub catalogue: &'a Catalogue<'a>,
    pub lang: Lang,
    /// Helsinki wall-clock time of the request.
    pub now: LocalDateTime,
}

impl<'a> CardContext<'a> {
    pub fn new(
        answers: &'a Answers,
        catalogue: &'a Catalogue<'a>,
        lang: Lang,
        now_ms: i64,
    ) -> CardContext<'a> {
        CardContext { answers, catalogue, lang, now: helsinki::to_local(now_ms) }
    }

    pub fn channels(&self) -> ChannelContext<'a> {
        let geography = self.catalogue.geography;
        ChannelContext {
            geography,
            home: self
                .answers
                .municipality_code()
                .and_then(|code| geography.municipality(code.as_str())),
            now: self.now,
            lang: self.lang,
        }
    }
}

pub fn card(service: &Service, reasons: Vec<String>, context: CardContext) -> Card {
    let lang = context.lang;
    let name = shown(&service.name, lang)
        .unwrap_or_else(|| Shown { text: service.id.clone(), lang: None });
    let page = Answers { service: ServiceId::parse(&service.id), ..context.answers.clone() };
    let channels = context.channels();
    let kiosk = &context.answers.kiosk;
    let mut channels: Vec<_> =
        service.channels.iter().map(|channel| channel_view(channel, channels)).collect();
    if kiosk.on {
        // A kiosk never leaves the app: each way to get in touch is shown as text and a QR
        // code for the visitor's own phone.
        for link in channels.iter_mut().flat_map(|channel| channel.links.iter_mut()) {
            link.qr = qr_code(&link.href);
        }
    }
    let report = (!kiosk.on).then(|| {
        report_link(
            &service.id,
            context.catalogue.maintainers.get(&service.id).map(String::as_str),
            lang,
        )
    });
    let here = kiosk.here().is_some_and(|here| here.as_str() == service.id);
    Card {
        id: service.id.clone(),
        name,
        kind: wording::service_kind_label(service.kind, lang).to_owned(),
        summary: shown(&service.summary, lang),
        reasons,
        note: note(service, lang),
        channels,
        href: href(&page),
        provenance: provenance(service, lang),
        report: report.flatten(),
        here: here.then(|| say(Say::YouAreHere, lang).to_owned()),
    }
}

/// A catalogue text in the reader's language or its fallback, marked with its language only
/// when that differs from the page's.
pub fn shown(text: &Text, lang: Lang) -> Option<Shown> {
    text.localized(lang).map(|localized| Shown {
        text: localized.text.to_owned(),
        lang: localized.is_fallback_for(lang).then_some(localized.lang),
    })
}

/// The service's temporary notice ("closed for renovation") and who it is for, when the
/// catalogue says.
fn note(service: &Service, lang: Lang) -> Option<String> {
    let notes: Vec<String> =
        [plain(&service.provenance.alert, lang), plain(&service.eligibility.note, lang)]
            .into_iter()
            .flatten()
            .collect();
    (!notes.is_empty()).then(|| notes.join(" "))
}

/// "Information checked 23.11.2026 · Source: vslj.fi": the day a maintainer checked the record,
/// and the site of its main source.
fn provenance(service: &Service, lang: Lang) -> Option<String> {
    let verified = Date::parse(&service.provenance.verified_on).ok()?;
    let source = main_source(&service.provenance.sources)?;
    Some(
        say(Say::Provenance, lang)
            .replace("{date}", &wording::calendar::date(verified, lang))
            .replace("{source}", source),
    )
}

/// The source a reader can check the service against: the first on a Finnish (or Åland) site.
/// Records compiled from reference data list the dataset first (a code repository that names
/// every municipality), which tells a reader nothing about the service itself; the first source
/// stands when none is Finnish.
fn main_source(sources: &[String]) -> Option<&str> {
    let sites = || sources.iter().map(|url| site(url));
    sites().find(|site| site.ends_with(".fi") || site.ends_with(".ax")).or_else(|| sites().next())
}

/// A URL's host without `www.`: what a person recognises a source by.
fn site(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_main_source_is_the_first_on_a_finnish_site() {
        let sources = |urls: &[&str]| urls.iter().map(|url| url.to_string()).collect::<Vec<_>>();
        let compiled = sources(&[
            "https://github.com/rOpenGov/geofi/blob/de93/data/municipality_key_2025.rda",
            "https://valtioneuvosto.fi/-//1410877/te-palvelut-2024",
            "https://www.uuttahelsinkia.fi/en/news",
        ]);
        assert_eq!(main_source(&compiled), Some("valtioneuvosto.fi"));
        assert_eq!(
            main_source(&sources(&["https://www.regeringen.ax/ams"])),
            Some("regeringen.ax")
        );
        assert_eq!(
            main_source(&sources(&["https://mieli.org/x", "https://a.com"])),
            Some("mieli.org")
        );
        assert_eq!(main_source(&[]), None);
    }

    #[test]
    fn a_source_is_named_by_its_site() {
        assert_eq!(site("https://www.kela.fi/report-changes-young-people"), "kela.fi");
        assert_eq!(site("https://vslj.fi/kesa2025/"), "vslj.fi");
        assert_eq!(site("http://ohjaamot.fi"), "ohjaamot.fi");
        assert_eq!(site("https://github.com/rOpenGov/geofi/blob/x"), "github.com");
    }
}
