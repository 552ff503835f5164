//! Rules for one contact channel: the field its kind needs, and the shapes of its values.

use super::service::check_municipality;
use super::{formats, hours, Context};
use crate::catalogue::path::JsonPath;
use crate::catalogue::raw::{Address, Channel, ChannelKind};
use crate::catalogue::report::Reporter;

/// The contact fields; each kind uses exactly one of them.
const CONTACT_FIELDS: [&str; 4] = ["address", "phone", "url", "email"];

fn field_for(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Visit => "address",
        ChannelKind::Phone | ChannelKind::Sms | ChannelKind::Whatsapp => "phone",
        ChannelKind::Chat | ChannelKind::Web => "url",
        ChannelKind::Email => "email",
    }
}

pub fn check(channel: &Channel, path: &JsonPath, context: &Context, reporter: &mut Reporter) {
    if let Err(message) = formats::id(&channel.id) {
        reporter.error(&path.key("id"), message);
    }

    let needed = field_for(channel.kind);
    let kind = channel.kind.id();
    let kind_is_real = !context.is_repaired(&path.key("kind"));
    for field in CONTACT_FIELDS.into_iter().filter(|_| kind_is_real) {
        let present = match field {
            "address" => channel.address.is_some(),
            "phone" => channel.phone.is_some(),
            "url" => channel.url.is_some(),
            _ => channel.email.is_some(),
        };
        if field == needed && !present {
            reporter.error(&path.key("kind"), format!("a {kind} channel needs \"{field}\""));
        } else if field != needed && present {
            reporter.error(
                &path.key(field),
                format!(
                    "a {kind} channel takes \"{needed}\", not \"{field}\"; put the {field} in a \
                     channel of its own kind"
                ),
            );
        }
    }

    let values = [
        (&channel.phone, "phone", formats::phone as fn(&str) -> Result<(), String>),
        (&channel.url, "url", formats::url),
        (&channel.email, "email", formats::email),
    ];
    for (value, field, rule) in values {
        if let Some(Err(message)) = value.as_deref().map(rule) {
            reporter.error(&path.key(field), message);
        }
    }

    let languages = path.key("languages");
    for (index, language) in channel.languages.iter().enumerate() {
        if let Err(message) = formats::language(language) {
            reporter.error(&languages.index(index), message);
        }
    }

    if let Some(address) = &channel.address {
        check_address(address, &path.key("address"), context, reporter);
    }
    if let Some(channel_hours) = &channel.hours {
        hours::check(channel_hours, &path.key("hours"), reporter);
    }
}

fn check_address(address: &Address, path: &JsonPath, context: &Context, reporter: &mut Reporter) {
    check_municipality(&address.municipality, &path.key("municipality"), context, reporter);
    if let Some(Err(message)) =
        address.postcode.as_deref().map(|code| formats::digits(code, 5, "postcode"))
    {
        reporter.error(&path.key("postcode"), message);
    }
    if let Some(Err(message)) = address.coordinates.map(formats::in_finland) {
        reporter.error(&path.key("coordinates"), message);
    }
}
