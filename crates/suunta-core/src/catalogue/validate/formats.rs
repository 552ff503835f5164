//! The shapes of single values: ids, phone numbers, web and e-mail addresses, codes, points.
//!
//! Each check returns what is wrong in words a maintainer can act on, or Ok.

use crate::catalogue::raw::Coordinates;

/// Ids of services and channels: lowercase ASCII letters, digits and `-`, as they appear in
/// URLs.
pub fn id(text: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if !text.is_empty() && text.chars().all(allowed) {
        Ok(())
    } else {
        Err(format!(
            "\"{text}\" is not a valid id; use only lowercase letters a-z, digits and '-', \
             e.g. \"ohjaamo-helsinki\""
        ))
    }
}

/// A number as dialled: an optional `+`, then digit groups separated by single spaces, 3 to 15
/// digits in all, so short numbers such as `112` and `116 111` pass.
pub fn phone(text: &str) -> Result<(), String> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    let shaped = !digits.is_empty()
        && digits
            .split(' ')
            .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    let count = digits.bytes().filter(u8::is_ascii_digit).count();
    if shaped && (3..=15).contains(&count) {
        Ok(())
    } else {
        Err(format!(
            "\"{text}\" is not a phone number as dialled; write digits separated by single \
             spaces, optionally starting with +, 3 to 15 digits, e.g. \"09 2525 0111\" or \
             \"+358 9 2525 0111\""
        ))
    }
}

/// A web address: `https://` (or `http://`), a host name with a dot, no spaces.
pub fn url(text: &str) -> Result<(), String> {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    let host_ok = |rest: &str| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host.split(':').next().unwrap_or_default();
        host.contains('.')
            && host.split('.').all(|label| {
                !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
    };
    match rest {
        Some(rest) if !text.chars().any(char::is_whitespace) && host_ok(rest) => Ok(()),
        _ => Err(format!(
            "\"{text}\" is not a web address; write it in full with no spaces, starting with \
             https://, e.g. \"https://ohjaamot.fi/\""
        )),
    }
}

/// An e-mail address: one `@`, something before it, a dotted domain after it, no spaces.
pub fn email(text: &str) -> Result<(), String> {
    let ok = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && domain.split('.').all(|label| !label.is_empty())
                && !text.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "\"{text}\" is not an e-mail address; write it as name@domain.fi with no spaces"
        ))
    }
}

/// A code of exactly `length` ASCII digits (municipality 3, region 2, employment area 2,
/// postcode 5).
pub fn digits(text: &str, length: usize, what: &str) -> Result<(), String> {
    if text.len() == length && text.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("\"{text}\" is not a valid {what}; it must be exactly {length} digits"))
    }
}

/// An ISO 639-1 language code such as `fi`, `sv` or `en`.
pub fn language(text: &str) -> Result<(), String> {
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(())
    } else {
        Err(format!(
            "\"{text}\" is not a language code; use two lowercase letters (ISO 639-1), e.g. \
             \"fi\", \"sv\", \"en\""
        ))
    }
}

/// Finland's bounding box, Åland included: a point outside it is a typo or swapped lat/lon.
const LATITUDE: (f64, f64) = (59.3, 70.2);
const LONGITUDE: (f64, f64) = (19.0, 31.7);

pub fn in_finland(point: Coordinates) -> Result<(), String> {
    let inside = |value: f64, (low, high): (f64, f64)| (low..=high).contains(&value);
    if inside(point.lat, LATITUDE) && inside(point.lon, LONGITUDE) {
        Ok(())
    } else {
        Err(format!(
            "the point lat {}, lon {} is outside Finland; latitude must be {}-{} and longitude \
             {}-{} (WGS84 degrees; are lat and lon swapped?)",
            point.lat, point.lon, LATITUDE.0, LATITUDE.1, LONGITUDE.0, LONGITUDE.1
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `rule` on every case and compares pass/fail with the expectation.
    fn check(rule: fn(&str) -> Result<(), String>, valid: &[&str], invalid: &[&str]) {
        for text in valid {
            assert_eq!(rule(text), Ok(()), "{text:?} should pass");
        }
        for text in invalid {
            let message = rule(text).expect_err(&format!("{text:?} should fail"));
            assert!(message.contains(text), "message for {text:?} should quote it: {message}");
        }
    }

    #[test]
    fn ids() {
        check(
            id,
            &["ohjaamo-helsinki", "mieli-116", "a"],
            &["", "Ohjaamo", "ohjaamo helsinki", "ä", "a_b"],
        );
    }

    #[test]
    fn phone_numbers() {
        check(
            phone,
            &["112", "116 111", "09 2525 0111", "+358 9 2525 0111", "0800 96 116", "080 005 005"],
            &[
                "",
                "11",
                "+",
                "09  2525",
                " 112",
                "112 ",
                "09-2525-0111",
                "+358 (0)9 123",
                "1234567890123456",
                "tel:112",
            ],
        );
    }

    #[test]
    fn web_addresses() {
        check(
            url,
            &[
                "https://ohjaamot.fi/",
                "http://mieli.fi",
                "https://www.hel.fi/fi/nuoret?x=1#a",
                "https://sekasin.fi:443/chat",
                "https://yhteishyvä.fi/",
            ],
            &[
                "",
                "ohjaamot.fi",
                "https://",
                "https://localhost/",
                "https://ohjaamot .fi",
                "ftp://ohjaamot.fi",
                "https://.fi",
                "https://a..fi",
            ],
        );
    }

    #[test]
    fn email_addresses() {
        check(
            email,
            &["neuvonta@opintopolku.fi", "ohjaamo.helsinki@hel.fi"],
            &[
                "",
                "neuvonta",
                "@opintopolku.fi",
                "neuvonta@opintopolku",
                "a@b@c.fi",
                "a b@c.fi",
                "a@c..fi",
            ],
        );
    }

    #[test]
    fn codes() {
        let municipality = |text: &str| digits(text, 3, "municipality code");
        let postcode = |text: &str| digits(text, 5, "postcode");
        check(municipality, &["091", "478"], &["91", "0911", "09a", ""]);
        check(postcode, &["00100", "65100"], &["0010", "001000", "00 100"]);
        check(language, &["fi", "sv", "en", "so"], &["FI", "fin", "f", "", "s1"]);
    }

    #[test]
    fn points_in_finland() {
        let point = |lat, lon| Coordinates { lat, lon };
        assert_eq!(in_finland(point(60.17, 24.94)), Ok(()));
        assert_eq!(in_finland(point(60.1, 19.94)), Ok(()), "Mariehamn");
        assert!(in_finland(point(24.94, 60.17)).unwrap_err().contains("swapped"));
        assert!(in_finland(point(f64::NAN, 24.0)).is_err());
        assert!(in_finland(point(70.5, 27.0)).is_err());
    }
}
