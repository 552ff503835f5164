//! "Report wrong information": an e-mail to the catalogue's maintainer with the service id
//! filled in. The app sends nothing itself; the person's own mail app opens, or nothing does.

use suunta_core::lang::Lang;

use crate::screen::Link;
use crate::words::{say, Say};

/// None when the catalogue names no maintainer for the service's file: no address is ever
/// made up.
pub fn report_link(service_id: &str, maintainer: Option<&str>, lang: Lang) -> Option<Link> {
    let email = maintainer?;
    let subject = format!("{} ({service_id})", say(Say::ReportSubject, lang));
    let body = format!("{service_id}\n\n{}\n", say(Say::ReportBody, lang));
    Some(Link {
        href: format!("mailto:{email}?subject={}&body={}", encode(&subject), encode(&body)),
        text: say(Say::ReportWrongInformation, lang).to_owned(),
    })
}

/// Percent-encodes everything but RFC 3986's unreserved characters, as a `mailto:` header
/// value or a URL's query value needs (spaces as `%20`, not `+`, which mail apps would show).
pub fn encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_names_the_service_in_the_subject_and_body() {
        let link = report_link("ohjaamo-helsinki", Some("tiedot@example.fi"), Lang::Fi).unwrap();
        assert_eq!(link.text, "Ilmoita virheellisestä tiedosta");
        assert_eq!(
            link.href,
            "mailto:tiedot@example.fi?subject=Suunta%3A%20virheellinen%20tieto%20%28ohjaamo-helsinki%29\
             &body=ohjaamo-helsinki%0A%0AMik%C3%A4%20palvelun%20tiedoissa%20on%20v%C3%A4%C3%A4rin%3F%0A"
        );
    }

    #[test]
    fn without_a_maintainer_there_is_no_report_link() {
        assert_eq!(report_link("ohjaamo-helsinki", None, Lang::En), None);
    }
}
