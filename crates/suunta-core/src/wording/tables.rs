//! The words, in Finnish, Swedish and English, and nothing else. `{name}` marks a value that
//! the code fills in. Keep the three columns saying the same thing.

use crate::answers::{QueryKey, Reach};
use crate::catalogue::raw::Need;
use crate::questionnaire::InputProblem;

/// One text in each interface language: `[fi, sv, en]`.
pub type Words = [&'static str; 3];

pub const SERVES_NEEDS: Words = ["Auttaa: {needs}", "Hjälper med: {needs}", "Helps with: {needs}"];
pub const OHJAAMO_FOR_YOUNG: Words = [
    "Ohjaamo on alle 30-vuotiaille: apua moneen asiaan samasta paikasta, eikä sinun tarvitse tietää etukäteen, mitä tarvitset.",
    "Navigatorn är för unga under 30: hjälp med många saker på ett ställe, och du behöver inte veta i förväg vad du behöver.",
    "Ohjaamo is for people under 30: help with many things in one place, and you don't need to know in advance what you need.",
];
pub const OWN_EMPLOYMENT_AREA: Words = [
    "Oman työllisyysalueesi palvelut työnhakijalle",
    "Ditt eget sysselsättningsområdes tjänster för arbetssökande",
    "Your own employment area's services for jobseekers",
];
pub const STUDY_COUNSELLING: Words = [
    "Opinto-ohjausta opiskelupaikan valintaan",
    "Studiehandledning för att välja studier",
    "Study counselling for choosing studies",
];
pub const SERVES_IN_LANGUAGE: Words =
    ["Palvelee kielellä: {language}", "Betjänar på: {language}", "Serves in: {language}"];
pub const VISIT_EXACT: Words = [
    "Käyntipaikka noin {km} km:n päässä kuntasi keskustasta",
    "Besöksställe cirka {km} km från din kommuns centrum",
    "A place to visit about {km} km from your municipal centre",
];
pub const VISIT_MUNICIPALITY_CENTRE: Words = [
    "Käyntipaikan kunnan keskusta on noin {km} km:n päässä kuntasi keskustasta",
    "Besöksställets kommuncentrum ligger cirka {km} km från din kommuns centrum",
    "The visit point's municipal centre is about {km} km from yours",
];
pub const VISIT_IN_OWN_MUNICIPALITY: Words = [
    "Käyntipaikka omassa kunnassasi",
    "Besöksställe i din egen kommun",
    "A place to visit in your own municipality",
];
pub const OPEN_NOW: Words = ["Auki nyt", "Öppet nu", "Open now"];
pub const OPENS_SOON: Words = ["Aukeaa pian", "Öppnar snart", "Opens soon"];
pub const URGENT_HELP: Words = ["Apua heti", "Hjälp genast", "Help right now"];
pub const SOMEONE_TO_TALK_TO: Words = [
    "Voit puhua jonkun kanssa puhelimessa tai chatissa",
    "Du kan prata med någon i telefon eller chatt",
    "Someone to talk to by phone or chat",
];

pub const NOTHING_MATCHED_EXACTLY: Words = [
    "Mikään palvelu ei vastannut vastauksiasi täsmälleen, mutta nämä voivat silti auttaa.",
    "Ingen tjänst motsvarade dina svar exakt, men de här kan ändå hjälpa.",
    "Nothing matched your answers exactly, but these can still help.",
];

pub const NATIONAL_ONLY: Words = [
    "Kunnastasi ei löytynyt tähän sopivaa paikallista palvelua. Nämä valtakunnalliset palvelut auttavat kaikkialla Suomessa.",
    "Vi hittade ingen lokal tjänst för detta i din kommun. De här riksomfattande tjänsterna hjälper i hela Finland.",
    "We found no local service for this in your municipality. These national services help everywhere in Finland.",
];

pub const UNKNOWN_KEY: Words = [
    "Linkissä oli kohta, jota emme tunnista (”{key}”), joten jätimme sen pois.",
    "Länken hade en del som vi inte känner igen (”{key}”), så vi lämnade bort den.",
    "The link had a part we don't recognise (\"{key}\"), so we left it out.",
];
pub const BAD_VALUE: Words = [
    "Emme ymmärtäneet vastausta ”{value}” kohdassa {label}, joten jätimme sen pois. Voit vastata uudelleen.",
    "Vi förstod inte svaret ”{value}” för {label}, så vi lämnade bort det. Du kan svara på nytt.",
    "We didn't understand \"{value}\" for {label}, so we left it out. You can answer again.",
];
pub const REPEATED_KEY: Words = [
    "Linkissä oli {label} kahdesti, joten käytimme ensimmäistä.",
    "Länken hade {label} två gånger, så vi använde det första.",
    "The link had {label} twice, so we used the first.",
];
pub const UNREADABLE: Words = [
    "Osaa linkistä ei voitu lukea, joten jätimme sen pois.",
    "En del av länken kunde inte läsas, så vi lämnade bort den.",
    "Part of the link could not be read, so we left it out.",
];

pub fn query_key_label(key: QueryKey) -> Words {
    match key {
        QueryKey::Lang => ["sivun kieli", "sidans språk", "page language"],
        QueryKey::Urgent => ["apua heti", "hjälp genast", "help right now"],
        QueryKey::Age => ["ikä", "ålder", "age"],
        QueryKey::Municipality => ["kunta", "kommun", "municipality"],
        QueryKey::Situation => ["tilanne", "situation", "situation"],
        QueryKey::Needs => ["avun tarve", "hjälpbehov", "help wanted"],
        QueryKey::Reach => ["yhteydenottotapa", "kontaktsätt", "way to be in touch"],
        QueryKey::ServiceLang => ["asiointikieli", "språk för service", "language of service"],
        QueryKey::Edit => ["muutettava kysymys", "fråga att ändra", "question to change"],
        QueryKey::Done => ["tulokset", "resultat", "results"],
        QueryKey::Only => ["tulosten rajaus", "avgränsning av resultaten", "results filter"],
        QueryKey::Service => ["palvelu", "tjänst", "service"],
        QueryKey::Embed => ["upottava sivusto", "inbäddande webbplats", "embedding site"],
        QueryKey::Audience => ["kohderyhmä", "målgrupp", "audience"],
        QueryKey::PresetMunicipality => {
            ["valmiiksi valittu kunta", "förvald kommun", "preset municipality"]
        }
        QueryKey::PresetRegion => {
            ["valmiiksi valittu maakunta", "förvalt landskap", "preset region"]
        }
        QueryKey::Accent => ["teemaväri", "temafärg", "theme colour"],
        QueryKey::Compact => ["tiivis näkymä", "kompakt vy", "compact view"],
        QueryKey::Kiosk => ["kioskitila", "kioskläge", "kiosk mode"],
        QueryKey::KioskHere => {
            ["tämä palvelupiste", "det här serviceställets tjänst", "this service point"]
        }
        QueryKey::KioskIdle => ["kioskin odotusaika", "kioskens väntetid", "kiosk idle time"],
        QueryKey::KioskText => ["kioskin tekstikoko", "kioskens textstorlek", "kiosk text size"],
    }
}

/// Needs as the end of "Helps with: …".
pub fn need_phrase(need: Need) -> Words {
    match need {
        Need::Work => ["työnhaku", "att hitta arbete", "finding work"],
        Need::Study => [
            "opiskelu ja opintojen valinta",
            "studier och studieval",
            "choosing and applying for studies",
        ],
        Need::Career => ["urasuunnittelu", "karriärplanering", "career planning"],
        Need::Money => ["raha-asiat ja tuet", "pengar och stöd", "money and benefits"],
        Need::Housing => ["asuminen", "boende", "housing"],
        Need::Wellbeing => {
            ["jaksaminen ja hyvinvointi", "ork och välmående", "coping and wellbeing"]
        }
        Need::Everyday => ["arjen asiat", "vardagsärenden", "everyday matters"],
        Need::Integration => {
            ["kotoutuminen Suomeen", "integration i Finland", "settling in Finland"]
        }
        Need::Unsure => [
            "kun et tiedä, mitä apua tarvitset",
            "när du inte vet vilken hjälp du behöver",
            "when you are not sure what help you need",
        ],
    }
}

pub fn reach_phrase(reach: Reach) -> Words {
    match reach {
        Reach::Visit => {
            ["Voit asioida paikan päällä", "Du kan besöka på plats", "You can visit in person"]
        }
        Reach::Phone => ["Voit soittaa", "Du kan ringa", "You can call"],
        Reach::Online => [
            "Voit asioida verkossa tai chatissa",
            "Du kan sköta ärendet på nätet eller i chatten",
            "You can get help online or by chat",
        ],
    }
}

/// Names of the interface languages, for "Serves in: …". Other languages show their code.
pub fn language_name(code: &str) -> Option<Words> {
    match code {
        "fi" => Some(["suomi", "finska", "Finnish"]),
        "sv" => Some(["ruotsi", "svenska", "Swedish"]),
        "en" => Some(["englanti", "engelska", "English"]),
        _ => None,
    }
}

pub fn input_problem(problem: InputProblem) -> Words {
    match problem {
        InputProblem::Missing => [
            "Valitse vaihtoehto tai ”En osaa sanoa”.",
            "Välj ett alternativ eller ”Vet inte”.",
            "Choose an option or \"Not sure\".",
        ],
        InputProblem::AgeNotANumber => [
            "Kirjoita ikä numeroina, esimerkiksi 19.",
            "Skriv åldern med siffror, till exempel 19.",
            "Write your age in numbers, for example 19.",
        ],
        InputProblem::AgeOutOfRange => [
            "Ikä voi olla 0–120 vuotta.",
            "Åldern kan vara 0–120 år.",
            "Age can be from 0 to 120 years.",
        ],
        InputProblem::UnknownMunicipality => [
            "Emme löytäneet tätä kuntaa. Valitse kunta listasta.",
            "Vi hittade inte den här kommunen. Välj en kommun i listan.",
            "We couldn't find this municipality. Choose one from the list.",
        ],
        InputProblem::NotAnOption => [
            "Valitse jokin annetuista vaihtoehdoista.",
            "Välj ett av alternativen.",
            "Choose one of the options given.",
        ],
    }
}
