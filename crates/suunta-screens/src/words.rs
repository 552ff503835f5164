//! The screens' own words in Finnish, Swedish and English: headings of whole pages and the
//! messages the engine adds around the core's. The core's wording (`suunta_core::wording`)
//! words what the core decides; the page's `texts` words its chrome (Continue, Loading...).
//! An exhaustive `match`, so a missing language does not compile.

use suunta_core::lang::Lang;

/// One text in each interface language: `[fi, sv, en]`.
type Words = [&'static str; 3];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    /// The app's own heading, for the start page's title.
    AppHeading,
    StartHeading,
    ResultsHeading,
    UrgentHeading,
    /// Above the urgent services.
    UrgentIntro,
    /// When no service at all can be listed.
    NoServices,
    FailedHeading,
    /// A file could not be fetched.
    FetchFailed,
    /// A file arrived but could not be read.
    Unreadable,
    /// The link that opens an e-mail to the catalogue's maintainer.
    ReportWrongInformation,
    /// That e-mail's subject; the service id follows it.
    ReportSubject,
    /// That e-mail's first line; the person writes what is wrong after it.
    ReportBody,
    /// A visit channel `{km}` from the person's municipal centre, its entrance known.
    DistanceExact,
    /// The same, known only as far as the visit point's municipal centre.
    DistanceCentres,
    /// A visit point known only by municipality, in the person's own.
    InOwnMunicipality,
    /// "Checked {date} · Source: {source}".
    Provenance,
    /// "Service information updated on {date}", under the results.
    CatalogueUpdated,
    /// On a kiosk, the card of the service point's own service.
    YouAreHere,
    WhoItIsFor,
    WhatToExpect,
    HowToApply,
    Accessibility,
    /// "Who is present when": specialists' regular times.
    Sessions,
    /// Age limits: `{min}` to `{max}`, `{min}` and over, up to `{max}`.
    AgesBetween,
    AgesFrom,
    AgesUpTo,
    /// A visit channel's address on a map service, opened only when tapped.
    ShowOnMap,
    /// An upcoming holiday whose hours are not known.
    MayBeClosed,
    /// Results filters.
    OnlyOpenNow,
    OnlyRemote,
    /// The filters left nothing: how to see more.
    NothingWithFilters,
    /// Under the results map: what its marks are.
    MapCaption,
}

impl Say {
    #[cfg(test)]
    pub const ALL: [Say; 30] = [
        Say::AppHeading,
        Say::StartHeading,
        Say::ResultsHeading,
        Say::UrgentHeading,
        Say::UrgentIntro,
        Say::NoServices,
        Say::FailedHeading,
        Say::FetchFailed,
        Say::Unreadable,
        Say::ReportWrongInformation,
        Say::ReportSubject,
        Say::ReportBody,
        Say::DistanceExact,
        Say::DistanceCentres,
        Say::InOwnMunicipality,
        Say::Provenance,
        Say::WhoItIsFor,
        Say::WhatToExpect,
        Say::HowToApply,
        Say::Accessibility,
        Say::Sessions,
        Say::AgesBetween,
        Say::AgesFrom,
        Say::AgesUpTo,
        Say::ShowOnMap,
        Say::MayBeClosed,
        Say::OnlyOpenNow,
        Say::OnlyRemote,
        Say::NothingWithFilters,
        Say::MapCaption,
    ];
}

fn words(say: Say) -> Words {
    match say {
        Say::AppHeading => [
            "Löydä oikea paikka kysyä neuvoa",
            "Hitta rätt ställe att fråga om råd",
            "Find the right place to ask for advice",
        ],
        Say::StartHeading => ["Näin Suunta toimii", "Så här fungerar Suunta", "How Suunta works"],
        Say::ResultsHeading => {
            ["Sinulle sopivat palvelut", "Tjänster som passar dig", "Services for you"]
        }
        Say::UrgentHeading => {
            ["Tarvitsetko apua heti?", "Behöver du hjälp genast?", "Do you need help right now?"]
        }
        Say::UrgentIntro => [
            "Näihin voit ottaa yhteyttä heti. Hätätilanteessa soita 112.",
            "Hit kan du ta kontakt genast. I en nödsituation, ring 112.",
            "You can contact these right away. In an emergency, call 112.",
        ],
        Say::NoServices => [
            "Sopivia palveluja ei löytynyt. Muuta vastauksiasi tai katso kaikki valtakunnalliset palvelut aloittamalla alusta.",
            "Inga passande tjänster hittades. Ändra dina svar eller börja om för att se alla riksomfattande tjänster.",
            "No matching services were found. Change your answers, or start again to see every national service.",
        ],
        Say::FailedHeading => [
            "Palvelutietoja ei saatu ladattua",
            "Tjänsterna kunde inte laddas",
            "The services could not be loaded",
        ],
        Say::FetchFailed => [
            "Tarkista verkkoyhteys ja yritä uudelleen. Vastauksesi säilyvät.",
            "Kontrollera nätverksanslutningen och försök igen. Dina svar finns kvar.",
            "Check your connection and try again. Your answers are kept.",
        ],
        Say::Unreadable => [
            "Palvelutiedot tulivat perille, mutta niitä ei voitu lukea. Yritä hetken päästä uudelleen. Vastauksesi säilyvät.",
            "Tjänsteuppgifterna kom fram men kunde inte läsas. Försök igen om en stund. Dina svar finns kvar.",
            "The service information arrived but could not be read. Try again in a moment. Your answers are kept.",
        ],
        Say::ReportWrongInformation => [
            "Ilmoita virheellisestä tiedosta",
            "Anmäl felaktig uppgift",
            "Report wrong information",
        ],
        Say::ReportSubject => {
            ["Suunta: virheellinen tieto", "Suunta: felaktig uppgift", "Suunta: wrong information"]
        }
        Say::ReportBody => [
            "Mikä palvelun tiedoissa on väärin?",
            "Vad är fel i tjänstens uppgifter?",
            "What is wrong in the service's information?",
        ],
        Say::DistanceExact => [
            "{km} km kuntasi keskustasta",
            "{km} km från din kommuns centrum",
            "{km} km from your municipal centre",
        ],
        Say::DistanceCentres => [
            "Noin {km} km kuntasi keskustasta (kuntien keskustojen väli)",
            "Cirka {km} km från din kommuns centrum (mellan kommunernas centrum)",
            "About {km} km from your municipal centre (centre to centre)",
        ],
        Say::InOwnMunicipality => ["Omassa kunnassasi", "I din egen kommun", "In your own municipality"],
        Say::Provenance => [
            "Tiedot tarkistettu {date} · Lähde: {source}",
            "Uppgifterna kontrollerade {date} · Källa: {source}",
            "Information checked {date} · Source: {source}",
        ],
        Say::CatalogueUpdated => [
            "Palvelutiedot päivitetty {date}",
            "Serviceinformationen uppdaterad {date}",
            "Service information updated on {date}",
        ],
        Say::YouAreHere => [
            "Olet täällä – kysy lisää tiskiltä",
            "Du är här – fråga mer vid disken",
            "You are here – ask at the desk",
        ],
        Say::WhoItIsFor => ["Kenelle", "För vem", "Who it is for"],
        Say::WhatToExpect => ["Mitä tapahtuu, kun otat yhteyttä", "Vad som händer när du tar kontakt", "What to expect"],
        Say::HowToApply => ["Näin pääset alkuun", "Så här kommer du i gång", "How to apply"],
        Say::Accessibility => ["Esteettömyys", "Tillgänglighet", "Accessibility"],
        Say::Sessions => ["Kuka on paikalla milloin", "Vem är på plats när", "Who is there when"],
        Say::AgesBetween => ["{min}–{max}-vuotiaille", "För {min}–{max}-åringar", "For ages {min} to {max}"],
        Say::AgesFrom => ["Vähintään {min}-vuotiaille", "För dem som fyllt {min} år", "For ages {min} and over"],
        Say::AgesUpTo => ["Enintään {max}-vuotiaille", "För dem som är högst {max} år", "For ages up to {max}"],
        Say::ShowOnMap => ["Näytä kartalla", "Visa på kartan", "Show on a map"],
        Say::MayBeClosed => ["voi olla suljettu: {holiday}", "kan vara stängt: {holiday}", "may be closed: {holiday}"],
        Say::OnlyOpenNow => ["Vain nyt auki olevat", "Endast de som är öppna nu", "Only open now"],
        Say::OnlyRemote => ["Vain puhelimitse tai verkossa", "Endast per telefon eller på nätet", "Only by phone or online"],
        Say::NothingWithFilters => [
            "Valitsemillasi rajauksilla ei löytynyt palveluja. Poista jokin rajaus nähdäksesi lisää.",
            "Inga tjänster motsvarar avgränsningarna du valde. Ta bort en avgränsning för att se fler.",
            "No service matches the filters you chose. Turn a filter off to see more.",
        ],
        Say::MapCaption => [
            "Kartalla ovat listan palvelupisteet, joissa voi käydä, numeroituina kuten listassa. Neliö on kuntasi keskusta. Kulman pieni kartta näyttää, missä päin Suomea alue on.",
            "Kartan visar listans serviceställen som du kan besöka, numrerade som i listan. Kvadraten är din kommuns centrum. Den lilla kartan i hörnet visar var i Finland området ligger.",
            "The map shows the places in the list that you can visit, numbered as in the list. The square is your municipal centre. The small map in the corner shows where in Finland the area is.",
        ],
    }
}

pub fn say(say: Say, lang: Lang) -> &'static str {
    let [fi, sv, en] = words(say);
    match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_worded_in_every_language_and_they_differ() {
        for text in Say::ALL {
            let [fi, sv, en] = Lang::ALL.map(|lang| say(text, lang));
            for worded in [fi, sv, en] {
                assert!(!worded.trim().is_empty(), "{text:?}");
            }
            assert_ne!(fi, sv, "{text:?}");
            assert_ne!(fi, en, "{text:?}");
        }
    }
}
