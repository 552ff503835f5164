//! Hard filters: a service that fails one is never shown, however well it scores.

use super::person::Person;
use crate::catalogue::raw::{Area, Service, Status};
use crate::geography::area_covers;

pub fn passes_hard_filters(service: &Service, person: &Person) -> bool {
    is_active(service)
        && age_fits(service, person.age)
        && suits_audience(service, person)
        && serves_where_person_is(service, person)
}

/// Until the person gives their age, the host's audience (young people or adults) leaves out
/// the services whose age limits no one of that audience is within. A given age decides alone:
/// a 35-year-old on a youth site still sees what serves them.
pub fn suits_audience(service: &Service, person: &Person) -> bool {
    match (person.age, person.audience) {
        (None, Some(audience)) => {
            audience.can_be_within(service.eligibility.min_age, service.eligibility.max_age)
        }
        _ => true,
    }
}

/// Inactive and temporarily closed services are kept in the catalogue but never recommended.
pub fn is_active(service: &Service) -> bool {
    service.provenance.status == Status::Active
}

/// Within the service's age limits; a missing bound is no limit, and an age not given passes
/// (the service page states the limits).
pub fn age_fits(service: &Service, age: Option<u8>) -> bool {
    let Some(age) = age else { return true };
    let eligibility = &service.eligibility;
    eligibility.min_age.is_none_or(|min| age >= min)
        && eligibility.max_age.is_none_or(|max| age <= max)
}

/// The area served includes the person's municipality. When the municipality is not known,
/// only services for the whole country can be promised to serve them, and on a region's site
/// (a preset region) the services for that whole region too: the person is somewhere in it,
/// but not in any particular employment area or municipality of it.
pub fn serves_where_person_is(service: &Service, person: &Person) -> bool {
    match (person.municipality, &service.eligibility.area) {
        (Some(municipality), area) => area_covers(area, municipality),
        (None, Area::Region { code }) => person.region.is_some_and(|region| region.code == *code),
        (None, area) => is_national(area),
    }
}

pub fn is_national(area: &Area) -> bool {
    match area {
        Area::WholeCountry | Area::WholeCountryExceptAland => true,
        Area::Region { .. } | Area::EmploymentArea { .. } | Area::Municipalities { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::fixture;

    #[test]
    fn age_limits_are_inclusive_and_a_missing_bound_is_no_limit() {
        let service = |min, max| {
            fixture::service(
                "test-ages",
                crate::catalogue::raw::ServiceKind::Other,
                (min, max),
                Area::WholeCountry,
            )
        };
        let check = |min, max, age, expected| {
            assert_eq!(age_fits(&service(min, max), age), expected, "{min:?}..{max:?} {age:?}")
        };
        check(Some(15), Some(29), Some(15), true);
        check(Some(15), Some(29), Some(29), true);
        check(Some(15), Some(29), Some(14), false);
        check(Some(15), Some(29), Some(30), false);
        check(None, Some(29), Some(0), true);
        check(Some(15), None, Some(120), true);
        check(Some(15), Some(29), None, true);
    }
}
