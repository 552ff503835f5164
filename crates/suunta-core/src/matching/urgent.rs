//! "Help right now": the emergency number, crisis lines and youth chats, whatever else was
//! answered.

use super::{filters, rank, score, Fit, Person, Reason, Recommendations};
use crate::catalogue::raw::{Service, ServiceKind};
use crate::geography::Geography;

/// Puts emergency and crisis services (112, crisis lines) above helplines and chats.
pub const POINTS_CRISIS: u32 = 100;
/// Puts the emergency number above everything else, whatever its id sorts as.
pub const POINTS_EMERGENCY_NUMBER: u32 = 200;
/// Finland's (and the EU's) emergency number.
const EMERGENCY_NUMBER: &str = "112";

pub(super) fn urgent_help<'a>(
    services: &'a [Service],
    person: &Person,
    geography: &Geography,
) -> Recommendations<'a> {
    let mut listed: Vec<_> = services
        .iter()
        .filter(|service| matches!(service.kind, ServiceKind::Crisis | ServiceKind::Helpline))
        .filter(|service| filters::passes_hard_filters(service, person))
        .map(|service| {
            let mut recommendation = score(service, person, geography);
            if is_emergency_number(service) {
                recommendation.score += POINTS_EMERGENCY_NUMBER;
            }
            if service.kind == ServiceKind::Crisis {
                recommendation.score += POINTS_CRISIS;
                recommendation.reasons.insert(0, Reason::UrgentHelp);
            } else {
                recommendation.reasons.insert(0, Reason::SomeoneToTalkTo);
            }
            recommendation
        })
        .collect();
    rank(&mut listed);
    let fit = if listed.is_empty() { Fit::NothingMatchedExactly } else { Fit::Exact };
    Recommendations { fit, services: listed }
}

fn is_emergency_number(service: &Service) -> bool {
    service.channels.iter().any(|channel| {
        channel.phone.as_deref().is_some_and(|phone| phone.replace(' ', "") == EMERGENCY_NUMBER)
    })
}
