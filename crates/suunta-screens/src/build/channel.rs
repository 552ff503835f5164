//! One way to reach a service: its links of the right scheme, address and distance, whether it
//! is open now, and the further facts in words.

use suunta_core::catalogue::raw::{Channel, ChannelKind, Municipality, Text};
use suunta_core::geography::Geography;
use suunta_core::hours::{status_at, LocalDateTime};
use suunta_core::lang::Lang;
use suunta_core::wording;

use super::distance::distance;
use crate::screen::{ChannelLink, ChannelView};
use crate::words::{say, Say};

/// Directions are a link to this map service, which the person's browser opens only when they
/// tap it: the app itself never loads anything from another site.
const MAP_SEARCH: &str = "https://www.openstreetmap.org/search?query=";

/// What the channels of one page share.
#[derive(Debug, Clone, Copy)]
pub struct ChannelContext<'a> {
    pub geography: &'a Geography,
    /// The person's municipality, for distances.
    pub home: Option<&'a Municipality>,
    /// Helsinki wall-clock time of the request, for "open now".
    pub now: LocalDateTime,
    pub lang: Lang,
}

pub fn channel_view(channel: &Channel, context: ChannelContext) -> ChannelView {
    let lang = context.lang;
    let label = plain(&channel.name, lang)
        .unwrap_or_else(|| wording::channel_kind_label(channel.kind, lang).to_owned());
    let status = channel
        .hours
        .as_ref()
        .and_then(|hours| wording::hours::open_status(&status_at(hours, context.now), hours, lang));
    let address = address(channel, context);
    let mut links = links(channel);
    links.extend(map_link(channel, address.as_deref(), lang));
    ChannelView {
        kind: channel.kind.id().to_owned(),
        label,
        links,
        address,
        distance: channel
            .address
            .as_ref()
            .and_then(|address| distance(address, context.home, context.geography, lang)),
        status,
        details: details(channel, lang),
    }
}

/// A catalogue text in the reader's language or its fallback, as plain text.
pub fn plain(text: &Text, lang: Lang) -> Option<String> {
    text.localized(lang).map(|localized| localized.text.to_owned())
}

/// Walk-in or appointment, the languages, and the catalogue's notes on the hours and the
/// channel, in that order.
fn details(channel: &Channel, lang: Lang) -> Vec<String> {
    let hours_note = channel.hours.as_ref().and_then(|hours| plain(&hours.note, lang));
    [
        channel.access.map(|access| wording::access_label(access, lang).to_owned()),
        wording::serves_in(&channel.languages, lang),
        hours_note,
        plain(&channel.note, lang),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Phone (tel:, or sms: for a text-message channel), web and chat (https: only), e-mail.
fn links(channel: &Channel) -> Vec<ChannelLink> {
    let link = |kind: &str, href: String, text: &str| ChannelLink {
        kind: kind.to_owned(),
        href,
        text: text.to_owned(),
        qr: None,
    };
    let mut links = Vec::new();
    if let Some(phone) = &channel.phone {
        let (kind, scheme) =
            if channel.kind == ChannelKind::Sms { ("sms", "sms") } else { ("phone", "tel") };
        links.push(link(kind, format!("{scheme}:{}", dial_target(phone)), phone));
    }
    if let Some(url) = channel.url.as_deref().and_then(web_link) {
        links.push(link("web", url.to_owned(), url_text(url)));
    }
    if let Some(email) = &channel.email {
        links.push(link("email", format!("mailto:{email}"), email));
    }
    links
}

/// A map search for a visit channel's address, when it has more than its town to find (a
/// street, or the entrance's coordinates).
fn map_link(channel: &Channel, address_text: Option<&str>, lang: Lang) -> Option<ChannelLink> {
    let address = channel.address.as_ref()?;
    let query = match address.coordinates {
        Some(point) => format!("{},{}", point.lat, point.lon),
        None if !address.street.is_empty() => address_text?.to_owned(),
        None => return None,
    };
    Some(ChannelLink {
        kind: "map".to_owned(),
        href: format!("{MAP_SEARCH}{}", super::report::encode(&query)),
        text: say(Say::ShowOnMap, lang).to_owned(),
        qr: None,
    })
}

/// `tel:` and `sms:` take the digits and a leading `+` only.
pub fn dial_target(phone: &str) -> String {
    let plus = if phone.trim_start().starts_with('+') { "+" } else { "" };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("{plus}{digits}")
}

/// Only `https://` addresses become links; anything else is left out.
pub fn web_link(url: &str) -> Option<&str> {
    url.starts_with("https://").then_some(url)
}

/// An address as a person reads it aloud: no scheme, no trailing slash.
fn url_text(url: &str) -> &str {
    url.trim_start_matches("https://").trim_end_matches('/')
}

/// "Venue, Street 1, 00100 Town", as much of it as the catalogue has; the municipality's name
/// stands in for a missing town, so a place is never without one.
fn address(channel: &Channel, context: ChannelContext) -> Option<String> {
    let address = channel.address.as_ref()?;
    let lang = context.lang;
    let town = plain(&address.post_office, lang).or_else(|| {
        let municipality = context.geography.municipality(&address.municipality)?;
        plain(&municipality.name, lang)
    });
    let town = [address.postcode.clone(), town].into_iter().flatten().collect::<Vec<_>>();
    let parts: Vec<String> =
        [plain(&address.venue, lang), plain(&address.street, lang), Some(town.join(" "))]
            .into_iter()
            .flatten()
            .filter(|part| !part.is_empty())
            .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dial_target_keeps_only_digits_and_a_leading_plus() {
        assert_eq!(dial_target("+358 9 310 12345"), "+358931012345");
        assert_eq!(dial_target("09-2525 0111"), "0925250111");
        assert_eq!(dial_target(" 112 "), "112");
        assert_eq!(dial_target("call +358"), "358", "a plus inside the text is not a prefix");
    }

    #[test]
    fn only_https_addresses_become_links() {
        assert_eq!(web_link("https://ohjaamot.fi/"), Some("https://ohjaamot.fi/"));
        assert_eq!(web_link("http://example.fi"), None);
        assert_eq!(web_link("javascript:alert(1)"), None);
        assert_eq!(url_text("https://ohjaamot.fi/"), "ohjaamot.fi");
    }

    #[test]
    fn each_kind_of_contact_gets_the_links_scheme() {
        let mut sms = Channel::new("sms", ChannelKind::Sms);
        sms.phone = Some("+358 40 123 4567".into());
        let mut whatsapp = Channel::new("wa", ChannelKind::Whatsapp);
        whatsapp.phone = Some("040 123 4567".into());
        let mut email = Channel::new("email", ChannelKind::Email);
        email.email = Some("neuvonta@example.fi".into());
        let mut chat = Channel::new("chat", ChannelKind::Chat);
        chat.url = Some("http://insecure.example.fi".into());
        let hrefs = |channel: &Channel| -> Vec<(String, String)> {
            links(channel).into_iter().map(|link| (link.kind, link.href)).collect()
        };
        assert_eq!(hrefs(&sms), [("sms".into(), "sms:+358401234567".into())]);
        assert_eq!(hrefs(&whatsapp), [("phone".into(), "tel:0401234567".into())]);
        assert_eq!(hrefs(&email), [("email".into(), "mailto:neuvonta@example.fi".into())]);
        assert_eq!(hrefs(&chat), [], "an address that is not https is not a link");
    }
}
