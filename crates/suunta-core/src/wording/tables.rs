//! Which message of the translation files (`locales/*.ftl`) words each reason, note and
//! problem. `{name}` in a text marks a value that the code fills in.

use super::l10n;
use crate::answers::{QueryKey, Reach};
use crate::catalogue::raw::Need;
use crate::questionnaire::InputProblem;
use crate::words::Words;

pub fn query_key_label(key: QueryKey) -> Words {
    match key {
        QueryKey::Lang => l10n::QUERY_KEY_LANG,
        QueryKey::Plain => l10n::QUERY_KEY_PLAIN,
        QueryKey::Urgent => l10n::QUERY_KEY_URGENT,
        QueryKey::Age => l10n::QUERY_KEY_AGE,
        QueryKey::Municipality => l10n::QUERY_KEY_MUNICIPALITY,
        QueryKey::Situation => l10n::QUERY_KEY_SITUATION,
        QueryKey::Needs => l10n::QUERY_KEY_NEEDS,
        QueryKey::Reach => l10n::QUERY_KEY_REACH,
        QueryKey::ServiceLang => l10n::QUERY_KEY_SERVICE_LANG,
        QueryKey::Edit => l10n::QUERY_KEY_EDIT,
        QueryKey::Done => l10n::QUERY_KEY_DONE,
        QueryKey::Only => l10n::QUERY_KEY_ONLY,
        QueryKey::Service => l10n::QUERY_KEY_SERVICE,
        QueryKey::Embed => l10n::QUERY_KEY_EMBED,
        QueryKey::Audience => l10n::QUERY_KEY_AUDIENCE,
        QueryKey::PresetMunicipality => l10n::QUERY_KEY_PRESET_MUNICIPALITY,
        QueryKey::PresetRegion => l10n::QUERY_KEY_PRESET_REGION,
        QueryKey::Accent => l10n::QUERY_KEY_ACCENT,
        QueryKey::Compact => l10n::QUERY_KEY_COMPACT,
        QueryKey::Kiosk => l10n::QUERY_KEY_KIOSK,
        QueryKey::KioskHere => l10n::QUERY_KEY_KIOSK_HERE,
        QueryKey::KioskIdle => l10n::QUERY_KEY_KIOSK_IDLE,
        QueryKey::KioskText => l10n::QUERY_KEY_KIOSK_TEXT,
        QueryKey::Browse => l10n::QUERY_KEY_BROWSE,
        QueryKey::Region => l10n::QUERY_KEY_REGION,
        QueryKey::Q => l10n::QUERY_KEY_Q,
    }
}

/// Needs as the end of "Helps with: …".
pub fn need_phrase(need: Need) -> Words {
    match need {
        Need::Work => l10n::NEED_PHRASE_WORK,
        Need::Study => l10n::NEED_PHRASE_STUDY,
        Need::Career => l10n::NEED_PHRASE_CAREER,
        Need::Money => l10n::NEED_PHRASE_MONEY,
        Need::Housing => l10n::NEED_PHRASE_HOUSING,
        Need::Wellbeing => l10n::NEED_PHRASE_WELLBEING,
        Need::Everyday => l10n::NEED_PHRASE_EVERYDAY,
        Need::Integration => l10n::NEED_PHRASE_INTEGRATION,
        Need::Unsure => l10n::NEED_PHRASE_UNSURE,
    }
}

pub fn reach_phrase(reach: Reach) -> Words {
    match reach {
        Reach::Visit => l10n::REACH_PHRASE_VISIT,
        Reach::Phone => l10n::REACH_PHRASE_PHONE,
        Reach::Online => l10n::REACH_PHRASE_ONLINE,
    }
}

/// Names of the interface languages, for "Serves in: …". Other languages show their code.
pub fn language_name(code: &str) -> Option<Words> {
    match code {
        "fi" => Some(l10n::LANGUAGE_FI),
        "sv" => Some(l10n::LANGUAGE_SV),
        "en" => Some(l10n::LANGUAGE_EN),
        _ => None,
    }
}

pub fn input_problem(problem: InputProblem) -> Words {
    match problem {
        InputProblem::Missing => l10n::PROBLEM_MISSING,
        InputProblem::AgeNotANumber => l10n::PROBLEM_AGE_NOT_A_NUMBER,
        InputProblem::AgeOutOfRange => l10n::PROBLEM_AGE_OUT_OF_RANGE,
        InputProblem::UnknownMunicipality => l10n::PROBLEM_UNKNOWN_MUNICIPALITY,
        InputProblem::NotAnOption => l10n::PROBLEM_NOT_AN_OPTION,
    }
}
