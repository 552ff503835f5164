//! The questionnaire's words, in Finnish, Swedish and English: questions, their options and
//! "not sure" buttons, and the few labels around them. Text only, as in `tables`.

use super::tables::Words;
use crate::answers::{Reach, Situation};
use crate::catalogue::raw::Need;
use crate::questionnaire::Question;

pub fn title(question: Question) -> Words {
    match question {
        Question::Age => ["Kuinka vanha olet?", "Hur gammal är du?", "How old are you?"],
        Question::Municipality => [
            "Missä kunnassa asut?",
            "I vilken kommun bor du?",
            "Which municipality do you live in?",
        ],
        Question::Situation => [
            "Mikä on tilanteesi nyt?",
            "Vad är din situation just nu?",
            "What is your situation right now?",
        ],
        Question::Needs => [
            "Mihin tarvitset apua? Voit valita useita.",
            "Vad behöver du hjälp med? Du kan välja flera.",
            "What do you need help with? You can choose several.",
        ],
        Question::Reach => [
            "Miten haluaisit asioida?",
            "Hur vill du hålla kontakt?",
            "How would you like to be in touch?",
        ],
        Question::ServiceLang => [
            "Millä kielellä haluat palvelua?",
            "På vilket språk vill du få service?",
            "In which language would you like to be served?",
        ],
    }
}

/// The hint under a question: how to answer it.
pub fn hint(question: Question) -> Words {
    match question {
        Question::Age => [
            "Kirjoita ikäsi vuosina, esimerkiksi 19.",
            "Skriv din ålder i år, till exempel 19.",
            "Enter your age in years, for example 19.",
        ],
        Question::Municipality => [
            "Kirjoita kunnan nimi suomeksi tai ruotsiksi ja valitse se listasta.",
            "Skriv kommunens namn på svenska eller finska och välj den i listan.",
            "Type the municipality's name in Finnish or Swedish and choose it from the list.",
        ],
        Question::Situation => [
            "Valitse se, joka kuvaa tilannettasi parhaiten.",
            "Välj det som bäst beskriver din situation.",
            "Choose the one that describes your situation best.",
        ],
        Question::Needs => {
            ["Valitse kaikki, jotka sopivat.", "Välj alla som passar.", "Select all that apply."]
        }
        Question::Reach => [
            "Näytämme ensin palvelut, joihin saat yhteyden näin.",
            "Vi visar först de tjänster som du når på det här sättet.",
            "We show first the services you can reach this way.",
        ],
        Question::ServiceLang => [
            "Näytämme ensin palvelut, jotka palvelevat tällä kielellä.",
            "Vi visar först de tjänster som betjänar på det här språket.",
            "We show first the services that serve in this language.",
        ],
    }
}

/// The label of the button that answers "not sure / prefer not to say" (for the needs, the
/// `unsure` option).
pub fn not_sure(question: Question) -> Words {
    const RATHER_NOT_SAY: Words = ["En halua kertoa", "Jag vill inte säga", "I'd rather not say"];
    const NO_PREFERENCE: Words = ["Ei väliä", "Spelar ingen roll", "No preference"];
    match question {
        Question::Age | Question::Municipality => RATHER_NOT_SAY,
        Question::Situation => ["En osaa sanoa", "Vet inte", "Not sure"],
        Question::Needs => need(Need::Unsure),
        Question::Reach | Question::ServiceLang => NO_PREFERENCE,
    }
}

pub fn situation(situation: Situation) -> Words {
    match situation {
        Situation::Studying => ["Opiskelen", "Jag studerar", "Studying"],
        Situation::Working => ["Olen töissä", "Jag arbetar", "Working"],
        Situation::LookingForWork => ["Etsin työtä", "Jag söker arbete", "Looking for work"],
        Situation::Neither => [
            "En opiskele enkä ole töissä",
            "Jag varken studerar eller arbetar",
            "Neither studying nor working",
        ],
        Situation::Other => ["Jokin muu", "Något annat", "Something else"],
    }
}

/// A need as an option of the needs question.
pub fn need(need: Need) -> Words {
    match need {
        Need::Work => ["Työn löytäminen", "Att hitta arbete", "Finding work"],
        Need::Study => [
            "Opiskelupaikan valinta ja haku",
            "Att välja och söka studieplats",
            "Choosing and applying for studies",
        ],
        Need::Career => [
            "Urasuunnittelu ja osaamisen tunnistaminen",
            "Karriärplanering och att känna igen sitt kunnande",
            "Career planning and recognising your skills",
        ],
        Need::Money => {
            ["Raha, tuet ja velat", "Pengar, stöd och skulder", "Money, benefits and debt"]
        }
        Need::Housing => [
            "Asunnon löytäminen ja muutto",
            "Att hitta bostad och flytta",
            "Finding a place to live, moving out",
        ],
        Need::Wellbeing => [
            "Jaksaminen ja joku, jolle puhua",
            "Ork och någon att prata med",
            "Coping, someone to talk to",
        ],
        Need::Everyday => [
            "Arjen asiat, asiointi ja lomakkeet",
            "Vardagsärenden och blanketter",
            "Everyday matters, errands and forms",
        ],
        Need::Integration => {
            ["Kotoutuminen Suomeen", "Att bosätta sig i Finland", "Settling in Finland"]
        }
        Need::Unsure => [
            "En tiedä, mitä apua tarvitsen",
            "Jag vet inte vilken hjälp jag behöver",
            "I don't know what help I need",
        ],
    }
}

pub fn reach(reach: Reach) -> Words {
    match reach {
        Reach::Visit => ["Käyn paikan päällä", "Jag besöker på plats", "Visit in person"],
        Reach::Phone => ["Puhelimessa", "Per telefon", "By phone"],
        Reach::Online => ["Chatissa tai verkossa", "I chatt eller på nätet", "By chat or online"],
    }
}

pub const PROGRESS: Words =
    ["Kysymys {current}/{total}", "Fråga {current} av {total}", "Question {current} of {total}"];

/// The labels around the questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Next,
    Back,
    CheckYourAnswers,
    Change,
    ShowResults,
    StartAgain,
    HelpRightNow,
}

impl Label {
    pub const ALL: [Label; 7] = [
        Label::Next,
        Label::Back,
        Label::CheckYourAnswers,
        Label::Change,
        Label::ShowResults,
        Label::StartAgain,
        Label::HelpRightNow,
    ];
}

pub fn label(label: Label) -> Words {
    match label {
        Label::Next => ["Jatka", "Fortsätt", "Continue"],
        Label::Back => ["Takaisin", "Tillbaka", "Back"],
        Label::CheckYourAnswers => {
            ["Tarkista vastauksesi", "Kontrollera dina svar", "Check your answers"]
        }
        Label::Change => ["Muuta", "Ändra", "Change"],
        Label::ShowResults => ["Näytä palvelut", "Visa tjänsterna", "Show services"],
        Label::StartAgain => ["Aloita alusta", "Börja om", "Start again"],
        Label::HelpRightNow => {
            ["Tarvitsen apua heti", "Jag behöver hjälp genast", "I need help right now"]
        }
    }
}
