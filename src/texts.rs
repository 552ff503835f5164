//! Interface wording in Finnish, Swedish and English. The `match` is exhaustive over messages and
//! languages, so a missing translation does not compile.

use suunta_core::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    DocumentTitle,
    Heading,
    Intro,
    StartHeading,
    StartBody,
    PrivacyNote,
    UrgentHeading,
    UrgentCall112,
    UrgentLoadFailed,
    TryAgain,
    OpenChat,
    OpenWebsite,
}

pub fn text(lang: Lang, msg: Msg) -> &'static str {
    use Lang::*;
    use Msg::*;
    match (msg, lang) {
        (DocumentTitle, Fi) => "Suunta – löydä oikea ohjauspalvelu",
        (DocumentTitle, Sv) => "Suunta – hitta rätt vägledningstjänst",
        (DocumentTitle, En) => "Suunta – find the right guidance service",
        (Heading, Fi) => "Löydä oikea paikka kysyä neuvoa",
        (Heading, Sv) => "Hitta rätt ställe att fråga om råd",
        (Heading, En) => "Find the right place to ask for advice",
        (Intro, Fi) => "Vastaa muutamaan kysymykseen, niin näet, mikä ohjaus- tai neuvontapalvelu sopii sinulle ja miksi. Vastauksesi pysyvät tällä laitteella.",
        (Intro, Sv) => "Svara på några frågor så ser du vilken vägledning eller rådgivning som passar dig och varför. Dina svar stannar på den här enheten.",
        (Intro, En) => "Answer a few questions to see which guidance or advice service suits you, and why. Your answers stay on this device.",
        (StartHeading, Fi) => "Näin Suunta toimii",
        (StartHeading, Sv) => "Så här fungerar Suunta",
        (StartHeading, En) => "How Suunta works",
        (StartBody, Fi) => "Kysymme iästäsi, kotikunnastasi, tilanteestasi ja siitä, millaista apua haluat. Jokaiseen kysymykseen voi vastata ”en tiedä”.",
        (StartBody, Sv) => "Vi frågar om din ålder, hemkommun, situation och vilken hjälp du vill ha. Du kan svara ”vet inte” på varje fråga.",
        (StartBody, En) => "We ask about your age, home municipality, situation and the help you want. You can answer “not sure” to every question.",
        (PrivacyNote, Fi) => "Vastauksiasi ei lähetetä minnekään eikä tallenneta.",
        (PrivacyNote, Sv) => "Dina svar skickas inte någonstans och sparas inte.",
        (PrivacyNote, En) => "Your answers are not sent anywhere and not stored.",
        (UrgentHeading, Fi) => "Tarvitsetko apua heti?",
        (UrgentHeading, Sv) => "Behöver du hjälp genast?",
        (UrgentHeading, En) => "Do you need help right now?",
        (UrgentCall112, Fi) => "Hätätilanteessa soita 112",
        (UrgentCall112, Sv) => "Ring 112 i en nödsituation",
        (UrgentCall112, En) => "In an emergency, call 112",
        (UrgentLoadFailed, Fi) => "Muiden auttavien puhelinten ja chattien tietoja ei saatu ladattua.",
        (UrgentLoadFailed, Sv) => "Uppgifterna om andra hjälptelefoner och chattar kunde inte laddas.",
        (UrgentLoadFailed, En) => "The other helplines and chats could not be loaded.",
        (TryAgain, Fi) => "Yritä uudelleen",
        (TryAgain, Sv) => "Försök igen",
        (TryAgain, En) => "Try again",
        (OpenChat, Fi) => "Avaa chat",
        (OpenChat, Sv) => "Öppna chatten",
        (OpenChat, En) => "Open the chat",
        (OpenWebsite, Fi) => "Verkkosivut",
        (OpenWebsite, Sv) => "Webbplats",
        (OpenWebsite, En) => "Website",
    }
}
