//! The start page as the page draws it by itself, before the worker has started: nothing is
//! answered, so its links are plain (`?edit=age`, `?urgent=1`, `?lang=sv`), and drawing it at
//! once means a first visit never waits for the worker.

use suunta_core::lang::Lang;
use suunta_screens::screen::{Body, Chrome, LanguageLink, Link, Screen, StartScreen};

use crate::query;
use crate::texts::{text, Msg};

/// The start page for a query that holds nothing but (perhaps) `lang`.
pub fn start_screen(query: &str, lang: Lang) -> Screen {
    // Links keep the language the query names, and add nothing else that it does not hold.
    let kept = query::lang_pair(query);
    let with = |pair: &str| {
        let joined = match kept {
            Some(lang_pair) => [lang_pair, "&", pair].concat(),
            None => pair.to_owned(),
        };
        query::href(&joined)
    };
    let languages = Lang::ALL
        .into_iter()
        .map(|link_lang| LanguageLink {
            lang: link_lang,
            href: query::href(&["lang=", link_lang.id()].concat()),
            current: link_lang == lang,
        })
        .collect();
    Screen {
        lang,
        // As the worker titles it: the app's heading, then its name.
        title: [text(lang, Msg::Heading), " – Suunta"].concat(),
        heading: text(lang, Msg::StartHeading).to_owned(),
        notes: Vec::new(),
        chrome: Chrome {
            help_now: Link {
                href: with("urgent=1"),
                text: text(lang, Msg::HelpRightNow).to_owned(),
            },
            languages,
        },
        // The first question, opened explicitly: with nothing answered the start page would
        // show again (docs/query-format.md, `edit`).
        body: Body::Start(StartScreen { start_href: with("edit=age") }),
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
        assert_eq!(hrefs, ["?lang=fi", "?lang=sv", "?lang=en"]);
        assert!(screen.chrome.languages[0].current);
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
}
