//! The answers as matching sees them: resolved once against the geography, so that each rule
//! is a cheap look at one service.

use std::collections::BTreeSet;

use crate::answers::embed::Audience;
use crate::answers::{Answers, LanguageCode, Reach, Situation};
use crate::catalogue::raw::{Municipality, Need, Region};
use crate::geography::Geography;
use crate::hours::civil::LocalDateTime;

#[derive(Debug, Clone)]
pub struct Person<'g> {
    pub age: Option<u8>,
    /// None when not given or not a municipality the geography knows.
    pub municipality: Option<&'g Municipality>,
    /// The host's preset region (an embed on a region's site), when the geography knows it:
    /// where the person is taken to be when they do not say their municipality.
    pub region: Option<&'g Region>,
    /// The host's audience, which counts until the person gives their age.
    pub audience: Option<Audience>,
    /// Empty when the needs question has not been answered.
    pub needs: BTreeSet<Need>,
    pub situation: Option<Situation>,
    pub reach: Option<Reach>,
    pub service_lang: Option<LanguageCode>,
    /// Europe/Helsinki wall-clock time, for "open now"; None leaves that rule out.
    pub now: Option<LocalDateTime>,
}

impl<'g> Person<'g> {
    pub fn new(
        answers: &Answers,
        geography: &'g Geography,
        now: Option<LocalDateTime>,
    ) -> Person<'g> {
        Person {
            age: answers.age_years(),
            municipality: answers
                .municipality_code()
                .and_then(|code| geography.municipality(code.as_str())),
            region: answers.embed.region.as_ref().and_then(|code| geography.region(code.as_str())),
            audience: answers.embed.audience,
            needs: answers.needs_given().collect(),
            situation: answers.situation_given(),
            reach: answers.reach_given(),
            service_lang: answers.service_lang_given().cloned(),
            now,
        }
    }

    /// Someone who said they are looking for work, or who asked for help finding work.
    pub fn is_looking_for_work(&self) -> bool {
        self.situation == Some(Situation::LookingForWork) || self.needs.contains(&Need::Work)
    }

    /// Several needs, or "I don't know what help I need".
    pub fn has_several_or_unclear_needs(&self) -> bool {
        self.needs.len() >= 2 || self.needs.contains(&Need::Unsure)
    }
}
