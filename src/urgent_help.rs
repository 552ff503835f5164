//! "Help right now" on the start page: the emergency number at once, then the crisis lines and
//! chats of the catalogue, ranked by the core, once the catalogue has arrived after first paint.
//! The emergency number never waits for a download, and stays when the download fails.

use std::sync::Arc;

use leptos::prelude::*;
use suunta_core::answers::Answers;
use suunta_core::catalogue::publish::NATIONAL_FILE;
use suunta_core::catalogue::raw::{Channel, ChannelKind, Service};
use suunta_core::geography::Geography;
use suunta_core::hours::helsinki;
use suunta_core::lang::Lang;
use suunta_core::matching::recommend;

use crate::browser;
use crate::catalogue_loader::{load_geography, load_services, LoadError};
use crate::texts::{text, Msg};

/// What "Help right now" needs: its services are national, so the region files can wait.
struct UrgentCatalogue {
    geography: Geography,
    services: Vec<Service>,
}

async fn load() -> Result<Arc<UrgentCatalogue>, LoadError> {
    let geography = Geography::new(load_geography().await?);
    let services = load_services(NATIONAL_FILE).await?;
    Ok(Arc::new(UrgentCatalogue { geography, services }))
}

#[component]
pub fn UrgentHelp(lang: Lang) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let catalogue = LocalResource::new(move || {
        attempt.track();
        load()
    });
    let call_112 = move || {
        view! {
            <p>
                <a class="contact" href="tel:112" data-testid="call-112">
                    {text(lang, Msg::UrgentCall112)}
                </a>
            </p>
        }
    };
    view! {
        <aside class="panel urgent" data-testid="urgent-help" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{text(lang, Msg::UrgentHeading)}</h2>
            {move || match catalogue.get() {
                Some(Ok(loaded)) => urgent_list(&loaded, lang).into_any(),
                Some(Err(_)) => {
                    view! {
                        {call_112()}
                        <div class="load-failed" role="alert" data-testid="urgent-load-failed">
                            <p>{text(lang, Msg::UrgentLoadFailed)}</p>
                            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                {text(lang, Msg::TryAgain)}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                None => call_112().into_any(),
            }}
        </aside>
    }
}

/// The core's "help right now" ranking (the emergency number first), without the services that
/// give no way to reach them.
fn urgent_list(loaded: &UrgentCatalogue, lang: Lang) -> impl IntoView {
    let answers = Answers { urgent: true, ..Answers::default() };
    let now = helsinki::to_local(browser::now_utc_ms());
    let ranked = recommend(&loaded.services, &loaded.geography, &answers, Some(now));
    let items = ranked
        .services
        .iter()
        .filter_map(|recommendation| urgent_item(recommendation.service, lang))
        .collect_view();
    view! { <ul class="urgent-list" data-testid="urgent-list">{items}</ul> }
}

fn urgent_item(service: &Service, lang: Lang) -> Option<impl IntoView> {
    let contacts: Vec<_> =
        service.channels.iter().filter_map(|channel| contact_link(channel, lang)).collect();
    if contacts.is_empty() {
        return None;
    }
    let name = service.name.localized(lang)?;
    // A name shown in another language than the page's is marked, for screen readers.
    let name_lang = name.is_fallback_for(lang).then(|| name.lang.id());
    Some(view! {
        <li data-testid="urgent-service" data-service-id=service.id.clone()>
            <span class="urgent-name" lang=name_lang>
                {name.text.to_owned()}
            </span>
            " "
            {contacts}
        </li>
    })
}

/// A channel as a link of its own scheme. Catalogue URLs are validated to be http(s) at build
/// time, so no other scheme can reach an `href`.
fn contact_link(channel: &Channel, lang: Lang) -> Option<AnyView> {
    match channel.kind {
        ChannelKind::Phone => {
            let phone = channel.phone.clone()?;
            let href = format!("tel:{}", phone.replace(' ', ""));
            Some(view! { <a class="contact" href=href>{phone}</a> }.into_any())
        }
        ChannelKind::Chat | ChannelKind::Web => {
            let url = channel.url.clone()?;
            let label =
                if channel.kind == ChannelKind::Chat { Msg::OpenChat } else { Msg::OpenWebsite };
            Some(
                view! {
                    <a class="contact" href=url rel="noopener" target="_blank">
                        {text(lang, label)}
                    </a>
                }
                .into_any(),
            )
        }
        ChannelKind::Visit | ChannelKind::Sms | ChannelKind::Whatsapp | ChannelKind::Email => None,
    }
}
