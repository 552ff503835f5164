//! Which message of the translation files words each question, its options and "not sure"
//! button, and the few labels around them.

use super::l10n;
use crate::answers::{Reach, Situation};
use crate::catalogue::raw::Need;
use crate::questionnaire::Question;
use crate::words::Words;

pub fn title(question: Question) -> Words {
    match question {
        Question::Age => l10n::QUESTION_TITLE_AGE,
        Question::Municipality => l10n::QUESTION_TITLE_MUNICIPALITY,
        Question::Situation => l10n::QUESTION_TITLE_SITUATION,
        Question::Needs => l10n::QUESTION_TITLE_NEEDS,
        Question::Reach => l10n::QUESTION_TITLE_REACH,
        Question::ServiceLang => l10n::QUESTION_TITLE_SERVICE_LANG,
    }
}

/// The hint under a question: how to answer it.
pub fn hint(question: Question) -> Words {
    match question {
        Question::Age => l10n::QUESTION_HINT_AGE,
        Question::Municipality => l10n::QUESTION_HINT_MUNICIPALITY,
        Question::Situation => l10n::QUESTION_HINT_SITUATION,
        Question::Needs => l10n::QUESTION_HINT_NEEDS,
        Question::Reach => l10n::QUESTION_HINT_REACH,
        Question::ServiceLang => l10n::QUESTION_HINT_SERVICE_LANG,
    }
}

/// The label of the button that answers "not sure / prefer not to say" (for the needs, the
/// `unsure` option).
pub fn not_sure(question: Question) -> Words {
    match question {
        Question::Age | Question::Municipality => l10n::RATHER_NOT_SAY,
        Question::Situation => l10n::NOT_SURE_SITUATION,
        Question::Needs => need(Need::Unsure),
        Question::Reach | Question::ServiceLang => l10n::NO_PREFERENCE,
    }
}

pub fn situation(situation: Situation) -> Words {
    match situation {
        Situation::Studying => l10n::SITUATION_STUDYING,
        Situation::Working => l10n::SITUATION_WORKING,
        Situation::LookingForWork => l10n::SITUATION_LOOKING_FOR_WORK,
        Situation::Neither => l10n::SITUATION_NEITHER,
        Situation::Other => l10n::SITUATION_OTHER,
    }
}

/// A need as an option of the needs question.
pub fn need(need: Need) -> Words {
    match need {
        Need::Work => l10n::NEED_WORK,
        Need::Study => l10n::NEED_STUDY,
        Need::Career => l10n::NEED_CAREER,
        Need::Money => l10n::NEED_MONEY,
        Need::Housing => l10n::NEED_HOUSING,
        Need::Wellbeing => l10n::NEED_WELLBEING,
        Need::Everyday => l10n::NEED_EVERYDAY,
        Need::Integration => l10n::NEED_INTEGRATION,
        Need::Unsure => l10n::NEED_UNSURE,
    }
}

pub fn reach(reach: Reach) -> Words {
    match reach {
        Reach::Visit => l10n::REACH_VISIT,
        Reach::Phone => l10n::REACH_PHONE,
        Reach::Online => l10n::REACH_ONLINE,
    }
}

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
        Label::Next => l10n::LABEL_NEXT,
        Label::Back => l10n::LABEL_BACK,
        Label::CheckYourAnswers => l10n::LABEL_CHECK_YOUR_ANSWERS,
        Label::Change => l10n::LABEL_CHANGE,
        Label::ShowResults => l10n::LABEL_SHOW_RESULTS,
        Label::StartAgain => l10n::LABEL_START_AGAIN,
        Label::HelpRightNow => l10n::LABEL_HELP_RIGHT_NOW,
    }
}
