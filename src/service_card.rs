//! One recommended service: its name (marked with its language when it is a fallback), kind,
//! summary, the reasons it is listed, and its channels as real links.

use leptos::prelude::*;
use suunta_core::catalogue::raw::{Channel, ChannelKind, Service, ServiceKind, Text};
use suunta_core::lang::Lang;

use crate::texts::{text, Msg};

fn kind_label(kind: ServiceKind) -> Msg {
    match kind {
        ServiceKind::Ohjaamo => Msg::KindOhjaamo,
        ServiceKind::Employment => Msg::KindEmployment,
        ServiceKind::Education => Msg::KindEducation,
        ServiceKind::Career => Msg::KindCareer,
        ServiceKind::YouthWork => Msg::KindYouthWork,
        ServiceKind::Helpline => Msg::KindHelpline,
        ServiceKind::Crisis => Msg::KindCrisis,
        ServiceKind::Benefits => Msg::KindBenefits,
        ServiceKind::Other => Msg::KindOther,
    }
}

fn channel_label(kind: ChannelKind) -> Msg {
    match kind {
        ChannelKind::Visit => Msg::ChannelVisit,
        ChannelKind::Phone => Msg::ChannelPhone,
        ChannelKind::Sms => Msg::ChannelSms,
        ChannelKind::Whatsapp => Msg::ChannelWhatsapp,
        ChannelKind::Chat => Msg::ChannelChat,
        ChannelKind::Web => Msg::ChannelWeb,
        ChannelKind::Email => Msg::ChannelEmail,
    }
}

/// A catalogue text in the reader's language or its fallback, with the `lang` attribute set
/// only when it differs from the page's.
fn localized(text: &Text, lang: Lang) -> Option<(String, Option<&'static str>)> {
    text.localized(lang)
        .map(|shown| (shown.text.to_owned(), shown.is_fallback_for(lang).then(|| shown.lang.id())))
}

/// `tel:` and `sms:` take the digits and a leading `+` only.
pub fn dial_target(phone: &str) -> String {
    let plus = if phone.trim_start().starts_with('+') { "+" } else { "" };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("{plus}{digits}")
}

/// Only `https://` addresses become links; anything else stays text.
pub fn web_link(url: &str) -> Option<&str> {
    url.starts_with("https://").then_some(url)
}

fn channel_view(channel: &Channel, lang: Lang) -> impl IntoView {
    let label = localized(&channel.name, lang)
        .map(|(name, _)| name)
        .unwrap_or_else(|| text(lang, channel_label(channel.kind)).to_owned());
    let phone = channel.phone.as_ref().map(|phone| {
        let scheme = if channel.kind == ChannelKind::Sms { "sms" } else { "tel" };
        let href = format!("{scheme}:{}", dial_target(phone));
        view! { <a href=href class="channel-link" data-testid="phone-link">{phone.clone()}</a> }
    });
    let web = channel.url.as_deref().and_then(web_link).map(|url| {
        view! {
            <a href=url.to_owned() rel="noopener" class="channel-link" data-testid="web-link">
                {url.trim_start_matches("https://").trim_end_matches('/').to_owned()}
            </a>
        }
    });
    let email = channel.email.as_ref().map(|email| {
        view! {
            <a href=format!("mailto:{email}") class="channel-link" data-testid="email-link">
                {email.clone()}
            </a>
        }
    });
    let address = channel.address.as_ref().map(|address| {
        let street = localized(&address.street, lang).map(|(street, _)| street);
        let town = localized(&address.post_office, lang).map(|(town, _)| town);
        let line = [street, address.postcode.clone(), town]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        view! { <span class="address">{line}</span> }
    });
    view! {
        <li class="channel">
            <span class="channel-label">{label}": "</span>
            {phone}
            {web}
            {email}
            {address}
        </li>
    }
}

#[component]
pub fn ServiceCard(service: Service, reasons: Vec<String>, lang: Lang) -> impl IntoView {
    let (name, name_lang) = localized(&service.name, lang).unwrap_or_default();
    let summary = localized(&service.summary, lang).map(
        |(summary, summary_lang)| view! { <p class="summary-text" lang=summary_lang>{summary}</p> },
    );
    let reasons = (!reasons.is_empty()).then(|| {
        view! {
            <h4 class="reasons-heading">{text(lang, Msg::WhyListed)}</h4>
            <ul class="reasons" data-testid="reasons">
                {reasons.into_iter().map(|reason| view! { <li>{reason}</li> }).collect_view()}
            </ul>
        }
    });
    let channels =
        service.channels.iter().map(|channel| channel_view(channel, lang)).collect_view();
    view! {
        <li class="service-card" data-testid="service-card" data-service-id=service.id.clone()>
            <h3 class="service-name" lang=name_lang>{name}</h3>
            <p class="kind">{text(lang, kind_label(service.kind))}</p>
            {summary}
            {reasons}
            <ul class="channels">{channels}</ul>
        </li>
    }
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
    }
}
