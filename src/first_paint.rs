//! What the page draws by itself, before the worker has answered: the start page (nothing is
//! answered, so its links are plain: `?edit=age`, `?urgent=1`, `?lang=sv`), so a first visit
//! never waits for the worker, and the chrome around "Loading", so the page's content does not
//! move down when the worker's screen arrives with its chrome.

use suunta_core::lang::Lang;
use suunta_screens::screen::{Body, Chrome, LanguageLink, Link, Screen, SearchBox, StartScreen};

use crate::query;
use crate::texts::{text, Msg};

/// The query's pairs but those with these keys, joined again.
fn without(query: &str, keys: &[&str]) -> Vec<String> {
    query
        .split('&')
        .filter(|pair| {
            !pair.is_empty() && !keys.contains(&pair.split('=').next().unwrap_or_default())
        })
        .map(str::to_owned)
        .collect()
}

/// The address of `first`, then `rest`.
fn address(first: Vec<&str>, rest: Vec<String>) -> String {
    let pairs: Vec<String> = first.into_iter().map(str::to_owned).chain(rest).collect();
    query::href(&pairs.join("&"))
}

/// "Help right now" and the language switch for `query`, as the worker would make them: help
/// keeps the answers but leaves a reopened question or a service page, and each language
/// link is the same page in that language.
pub fn chrome(query: &str, lang: Lang) -> Chrome {
    let mut urgent = vec!["urgent=1".to_owned()];
    let left = ["lang", "plain", "urgent", "edit", "service", "browse", "region", "q"];
    urgent.extend(without(query, &left));
    let plain = query::plain_of(query) && lang == Lang::Fi;
    let languages = Lang::ALL
        .into_iter()
        .map(|link_lang| (link_lang, false))
        .chain([(Lang::Fi, true)])
        .map(|(link_lang, link_plain)| {
            let lang_pair = ["lang=", link_lang.id()].concat();
            let first = [lang_pair.as_str()].into_iter().chain(link_plain.then_some("plain=1"));
            LanguageLink {
                lang: link_lang,
                plain: link_plain,
                href: address(first.collect(), without(query, &["lang", "plain"])),
                current: link_lang == lang && link_plain == plain,
            }
        })
        .collect();
    Chrome {
        help_now: Link {
            href: address(query::reading_pairs(query), urgent),
            text: text(lang, Msg::HelpRightNow).to_owned(),
        },
        languages,
    }
}

/// The start page for a query that holds nothing but (perhaps) `lang` and the host's choices.
pub fn start_screen(query: &str, lang: Lang) -> Screen {
    Screen {
        lang,
        // As the worker titles it: the app's heading, then its name.
        title: [text(lang, Msg::Heading), " – Suunta"].concat(),
        heading: text(lang, Msg::StartHeading).to_owned(),
        notes: Vec::new(),
        chrome: chrome(query, lang),
        // As the worker keeps them: how the reader reads, and the host's choices.
        search: Some(SearchBox {
            value: String::new(),
            // With nothing answered, the query holds nothing else.
            keep: query.to_owned(),
            status: String::new(),
        }),
        // The first question, opened explicitly: with nothing answered the start page would
        // show again (docs/query-format.md, `edit`).
        body: Body::Start(StartScreen {
            start_href: address(
                query::reading_pairs(query),
                ["edit=age"]
                    .into_iter()
                    .chain(query::host_pairs(query))
                    .map(str::to_owned)
                    .collect(),
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_nothing_in_the_link_the_links_are_bare() {
        let screen = start_screen("", Lang::Fi);
        assert_eq!(screen.body, Body::Start(StartScreen { start_href: "?edit=age".into() }));
        assert_eq!(screen.chrome.help_now.href, "?urgent=1");
        assert_eq!(screen.chrome.help_now.text, "Tarvitsen apua heti");
        let hrefs: Vec<_> = screen.chrome.languages.iter().map(|link| link.href.as_str()).collect();
        assert_eq!(hrefs, ["?lang=fi", "?lang=sv", "?lang=en", "?lang=fi&plain=1"]);
        assert!(screen.chrome.languages[0].current);
    }

    #[test]
    fn around_loading_the_links_keep_the_answers() {
        let around = chrome("lang=sv&age=19&edit=municipality", Lang::Sv);
        assert_eq!(around.help_now.href, "?lang=sv&urgent=1&age=19");
        let hrefs: Vec<_> = around.languages.iter().map(|link| link.href.as_str()).collect();
        assert_eq!(
            hrefs,
            [
                "?lang=fi&age=19&edit=municipality",
                "?lang=sv&age=19&edit=municipality",
                "?lang=en&age=19&edit=municipality",
                "?lang=fi&plain=1&age=19&edit=municipality"
            ]
        );
        assert_eq!(chrome("age=19&service=x", Lang::Fi).help_now.href, "?urgent=1&age=19");
    }

    #[test]
    fn the_language_of_the_link_is_kept() {
        let screen = start_screen("lang=sv", Lang::Sv);
        assert_eq!(
            screen.body,
            Body::Start(StartScreen { start_href: "?lang=sv&edit=age".into() })
        );
        assert_eq!(screen.chrome.help_now.href, "?lang=sv&urgent=1");
        assert_eq!(screen.title, "Hitta rätt ställe att fråga om råd – Suunta");
        assert!(screen.chrome.languages[1].current);
    }

    #[test]
    fn plain_finnish_leads_every_link_as_the_worker_writes_it() {
        let screen = start_screen("plain=1&lang=fi&compact=1", Lang::Fi);
        assert_eq!(
            screen.body,
            Body::Start(StartScreen { start_href: "?lang=fi&plain=1&edit=age&compact=1".into() })
        );
        assert_eq!(screen.chrome.help_now.href, "?lang=fi&plain=1&urgent=1&compact=1");
        let current: Vec<_> = screen.chrome.languages.iter().map(|link| link.current).collect();
        assert_eq!(current, [false, false, false, true]);
        assert_eq!(screen.chrome.languages[1].href, "?lang=sv&compact=1");
    }

    #[test]
    fn an_embeds_start_page_carries_the_hosts_choices() {
        let query = "lang=en&embed=https://kunta.fi&compact=1";
        let screen = start_screen(query, Lang::En);
        assert_eq!(
            screen.body,
            Body::Start(StartScreen {
                start_href: "?lang=en&edit=age&embed=https://kunta.fi&compact=1".into()
            })
        );
        assert_eq!(
            screen.chrome.help_now.href,
            "?lang=en&urgent=1&embed=https://kunta.fi&compact=1"
        );
    }
}
