//! Parsers for single cells. Each takes a trimmed, non-empty cell and says what is wrong in
//! words a counsellor can act on.

use suunta_core::catalogue::raw::{Access, Area, Coordinates, Need, ServiceKind};
use suunta_core::hours::civil::Date;

/// Separates the items of a list cell (needs, languages, sources, municipality codes).
pub const LIST_SEPARATOR: char = ';';

pub fn id(cell: &str) -> Result<String, String> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if cell.chars().all(allowed) {
        Ok(cell.to_string())
    } else {
        Err(format!("\"{cell}\" is not an id: use lowercase letters a-z, digits and '-'"))
    }
}

pub fn kind(cell: &str) -> Result<ServiceKind, String> {
    ServiceKind::ALL.into_iter().find(|kind| kind.id() == cell).ok_or_else(|| {
        let ids: Vec<&str> = ServiceKind::ALL.iter().map(|kind| kind.id()).collect();
        format!("\"{cell}\" is not a kind; use one of {}", ids.join(", "))
    })
}

/// `work;study`: at least one need, each once, in the order given.
pub fn needs(cell: &str) -> Result<Vec<Need>, String> {
    let mut needs = Vec::new();
    for item in list(cell) {
        let need = Need::from_id(item).ok_or_else(|| {
            let ids: Vec<&str> = Need::ALL.iter().map(|need| need.id()).collect();
            format!("\"{item}\" is not a need; use {}", ids.join(", "))
        })?;
        if !needs.contains(&need) {
            needs.push(need);
        }
    }
    if needs.is_empty() {
        return Err("no needs given".to_string());
    }
    Ok(needs)
}

/// A whole number of years. No one over 120 is served by an age limit.
pub fn age(cell: &str) -> Result<u8, String> {
    cell.parse::<u8>()
        .ok()
        .filter(|age| *age <= 120)
        .ok_or_else(|| format!("\"{cell}\" is not an age in whole years (0 to 120)"))
}

/// `whole_country`, `whole_country_except_aland`, `region:01`, `employment_area:13`,
/// `municipalities:091;049`.
pub fn area(cell: &str) -> Result<Area, String> {
    let area = match cell.split_once(':') {
        None if cell == "whole_country" => Area::WholeCountry,
        None if cell == "whole_country_except_aland" => Area::WholeCountryExceptAland,
        Some(("region", code)) => Area::Region { code: code_of(code.trim(), 2, "region")? },
        Some(("employment_area", code)) => {
            Area::EmploymentArea { code: code_of(code.trim(), 2, "employment area")? }
        }
        Some(("municipalities", codes)) => {
            let mut municipalities = Vec::new();
            for code in list(codes) {
                let code = code_of(code, 3, "municipality")?;
                if !municipalities.contains(&code) {
                    municipalities.push(code);
                }
            }
            if municipalities.is_empty() {
                return Err("no municipality codes after \"municipalities:\"".to_string());
            }
            Area::Municipalities { codes: municipalities }
        }
        _ => {
            return Err(format!(
                "\"{cell}\" is not an area; use whole_country, whole_country_except_aland, \
                 region:01, employment_area:13 or municipalities:091;049"
            ))
        }
    };
    Ok(area)
}

pub fn municipality(cell: &str) -> Result<String, String> {
    code_of(cell, 3, "municipality")
}

pub fn postcode(cell: &str) -> Result<String, String> {
    if cell.len() == 5 && cell.bytes().all(|b| b.is_ascii_digit()) {
        Ok(cell.to_string())
    } else {
        Err(format!("\"{cell}\" is not a postcode: five digits, e.g. 00100"))
    }
}

/// A code of `digits` digits, e.g. a municipality code "091". Spreadsheets drop leading zeros,
/// so the message says how to keep them.
fn code_of(cell: &str, digits: usize, what: &str) -> Result<String, String> {
    if cell.len() == digits && cell.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(cell.to_string());
    }
    let hint =
        if !cell.is_empty() && cell.len() < digits && cell.bytes().all(|b| b.is_ascii_digit()) {
            " (a leading zero lost? format the column as text)"
        } else {
            ""
        };
    Err(format!("\"{cell}\" is not a {what} code of {digits} digits{hint}"))
}

/// Mainland Finland and Åland, with a margin: a point outside is a typo or swapped columns.
const LAT_RANGE: std::ops::RangeInclusive<f64> = 59.0..=70.5;
const LON_RANGE: std::ops::RangeInclusive<f64> = 19.0..=32.0;

/// WGS84 decimal degrees. A decimal comma is accepted, as Finnish spreadsheets write one.
pub fn coordinates(lat: &str, lon: &str) -> Result<Coordinates, String> {
    let degrees = |cell: &str| {
        cell.replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|value| value.is_finite())
            .ok_or_else(|| format!("\"{cell}\" is not a number of degrees, e.g. 60.1699"))
    };
    let (lat, lon) = (degrees(lat)?, degrees(lon)?);
    if LAT_RANGE.contains(&lat) && LON_RANGE.contains(&lon) {
        Ok(Coordinates { lat, lon })
    } else if LAT_RANGE.contains(&lon) && LON_RANGE.contains(&lat) {
        Err(format!("{lat}, {lon} is outside Finland; are lat and lon swapped?"))
    } else {
        Err(format!("{lat}, {lon} is outside Finland (WGS84 degrees: lat about 60-70, lon 20-31)"))
    }
}

pub fn access(cell: &str) -> Result<Access, String> {
    match cell {
        "walk_in" => Ok(Access::WalkIn),
        "appointment" => Ok(Access::Appointment),
        "walk_in_and_appointment" => Ok(Access::WalkInAndAppointment),
        _ => Err(format!(
            "\"{cell}\" is not an access; use walk_in, appointment or walk_in_and_appointment"
        )),
    }
}

/// Whether the weekly hours also hold on Finnish public holidays.
pub fn holidays(cell: &str) -> Result<bool, String> {
    match cell {
        "open" => Ok(true),
        "closed" => Ok(false),
        _ => Err(format!("\"{cell}\" is not open or closed")),
    }
}

/// As dialled: digits and spaces, an optional leading `+`.
pub fn phone(cell: &str) -> Result<String, String> {
    let digits = cell.strip_prefix('+').unwrap_or(cell);
    let shaped = digits.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && digits.chars().filter(char::is_ascii_digit).count() >= 3;
    if shaped {
        Ok(cell.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Err(format!("\"{cell}\" is not a phone number: digits and spaces, e.g. 09 123 4567"))
    }
}

pub fn email(cell: &str) -> Result<String, String> {
    let shaped = match cell.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !cell.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if shaped {
        Ok(cell.to_string())
    } else {
        Err(format!("\"{cell}\" is not an e-mail address"))
    }
}

pub fn url(cell: &str) -> Result<String, String> {
    let rest = cell.strip_prefix("https://").or_else(|| cell.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !cell.chars().any(char::is_whitespace) => {
            Ok(cell.to_string())
        }
        _ => Err(format!("\"{cell}\" is not a web address starting with https://")),
    }
}

pub fn urls(cell: &str) -> Result<Vec<String>, String> {
    let urls = list(cell).map(url).collect::<Result<Vec<_>, _>>()?;
    if urls.is_empty() {
        return Err("no web addresses given".to_string());
    }
    Ok(urls)
}

/// ISO 639-1 codes: `fi;sv;en`.
pub fn languages(cell: &str) -> Result<Vec<String>, String> {
    let mut languages: Vec<String> = Vec::new();
    for item in list(cell) {
        let code = item.to_ascii_lowercase();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!("\"{item}\" is not a two-letter language code such as fi, sv, en"));
        }
        if !languages.contains(&code) {
            languages.push(code);
        }
    }
    Ok(languages)
}

pub fn date(cell: &str) -> Result<String, String> {
    Date::parse(cell).map(|_| cell.to_string())
}

fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(LIST_SEPARATOR).map(str::trim).filter(|item| !item.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that `parse` accepts `good` and rejects `bad` with a message containing `fragment`.
    fn check<T: std::fmt::Debug>(
        parse: impl Fn(&str) -> Result<T, String>,
        good: &str,
        bad: &str,
        fragment: &str,
    ) {
        assert!(parse(good).is_ok(), "{good:?} rejected: {:?}", parse(good));
        let message = parse(bad).expect_err(bad);
        assert!(message.contains(fragment), "{bad:?}: {message:?} lacks {fragment:?}");
    }

    #[test]
    fn each_cell_kind_accepts_good_and_explains_bad_values() {
        check(id, "ohjaamo-helsinki", "Ohjaamo Helsinki", "lowercase letters");
        check(kind, "youth-work", "youth_work", "is not a kind");
        check(needs, "work; study", "work;jobs", "\"jobs\" is not a need");
        check(needs, "unsure", " ; ", "no needs");
        check(age, "29", "29.5", "whole years");
        check(age, "0", "200", "whole years");
        check(area, "region:01", "region:1", "leading zero");
        check(area, "whole_country_except_aland", "Finland", "is not an area");
        check(area, "municipalities:091;049", "municipalities:", "no municipality codes");
        check(municipality, "091", "91", "leading zero");
        check(municipality, "049", "Espoo", "3 digits");
        check(postcode, "00100", "100", "five digits");
        check(access, "walk_in", "drop-in", "is not an access");
        check(holidays, "closed", "no", "is not open or closed");
        check(phone, "+358 9 123 4567", "09-123 4567", "digits and spaces");
        check(phone, "112", "12", "digits and spaces");
        check(email, "ohjaamo@example.fi", "ohjaamo at example.fi", "not an e-mail");
        check(email, "a@b.fi", "a@b.", "not an e-mail");
        check(url, "https://ohjaamot.fi/", "ohjaamot.fi", "https://");
        check(urls, "https://a.fi; https://b.fi", "https://a.fi; b.fi", "\"b.fi\"");
        check(languages, "fi;SV;en", "fin", "two-letter");
        check(date, "2026-11-23", "23.11.2026", "YYYY-MM-DD");
    }

    #[test]
    fn lists_drop_repeats_and_blanks() {
        assert_eq!(needs("work;work; ;study").unwrap(), [Need::Work, Need::Study]);
        assert_eq!(languages("fi; FI;sv").unwrap(), ["fi", "sv"]);
        assert_eq!(
            area("municipalities: 091 ; 049;091").unwrap(),
            Area::Municipalities { codes: vec!["091".into(), "049".into()] }
        );
        assert_eq!(phone("09  123 4567").unwrap(), "09 123 4567");
    }

    #[test]
    fn coordinates_inside_finland_with_either_decimal_mark() {
        assert_eq!(
            coordinates("60,16825", "24.952913"),
            Ok(Coordinates { lat: 60.16825, lon: 24.952913 })
        );
        let swapped = coordinates("24.95", "60.17").unwrap_err();
        assert!(swapped.contains("swapped"), "{swapped}");
        let elsewhere = coordinates("48.85", "2.35").unwrap_err();
        assert!(elsewhere.contains("outside Finland"), "{elsewhere}");
        assert!(coordinates("north", "24.9").unwrap_err().contains("not a number"));
        assert!(coordinates("NaN", "24.9").unwrap_err().contains("not a number"));
    }
}
