//! Hard filters: a service that fails one is never shown, however well it scores.

use super::person::Person;
use crate::catalogue::raw::{Area, Service, Status};
use crate::geography::area_covers;

pub fn passes_hard_filters(service: &Service, person: &Person) -> bool {
    is_active(service) && age_fits(service, person.age) && serves_where_person_is(service, person)
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
/// only services for the whole country can be promised to serve them.
pub fn serves_where_person_is(service: &Service, person: &Person) -> bool {
    match person.municipality {
        Some(municipality) => area_covers(&service.eligibility.area, municipality),
        None => is_national(&service.eligibility.area),
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
