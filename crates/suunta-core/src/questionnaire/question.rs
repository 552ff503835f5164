//! The questions, in the order they are asked.

/// One page of the questionnaire. The id of each is also its key in the URL query, so a
/// "Change" link is `edit=<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Age,
    Municipality,
    Situation,
    Needs,
    Reach,
    ServiceLang,
}

impl Question {
    /// Every question, in the order they are asked.
    pub const ALL: [Question; 6] = [
        Question::Age,
        Question::Municipality,
        Question::Situation,
        Question::Needs,
        Question::Reach,
        Question::ServiceLang,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Question::Age => "age",
            Question::Municipality => "municipality",
            Question::Situation => "situation",
            Question::Needs => "needs",
            Question::Reach => "reach",
            Question::ServiceLang => "service_lang",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|question| question.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::QueryKey;

    #[test]
    fn each_question_id_is_its_query_key() {
        for question in Question::ALL {
            assert_eq!(Question::from_id(question.id()), Some(question));
            assert!(QueryKey::from_id(question.id()).is_some(), "{question:?}");
        }
        assert_eq!(Question::from_id("lang"), None);
    }
}
