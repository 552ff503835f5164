//! Why a service was recommended: typed reasons, worded per language by `crate::wording`.

use crate::answers::{LanguageCode, Reach};
use crate::catalogue::raw::Need;
use crate::geography::Precision;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The service helps with these of the person's needs (never empty).
    ServesNeeds(Vec<Need>),
    /// An Ohjaamo, for someone under 30 with several needs or not sure what help they need.
    OhjaamoForYoungPeople,
    /// The employment services of the person's own employment area, for someone looking for work.
    OwnEmploymentArea,
    /// Study counselling, for someone choosing studies.
    StudyCounselling,
    /// Serves in the language the person asked for.
    ServesInLanguage(LanguageCode),
    /// The nearest place to visit is this far from the person's municipal centre.
    VisitNearby { km: u32, precision: Precision },
    /// Offers the way of being in touch the person prefers.
    OffersPreferredChannel(Reach),
    /// A channel is open at the time given.
    OpenNow,
    /// A channel opens within the hour.
    OpensSoon,
    /// Help right now: an emergency number or crisis service.
    UrgentHelp,
    /// Help right now: a helpline or chat, someone to talk to.
    SomeoneToTalkTo,
}
