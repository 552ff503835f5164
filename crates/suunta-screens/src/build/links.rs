//! Addresses of the app's own pages, and what every page has around its content.

use suunta_core::answers::{to_query, Answers};
use suunta_core::lang::Lang;
use suunta_core::wording::{self, Label};

use crate::screen::{Chrome, LanguageLink, Link};

/// The `href` of the page for `answers`: a real address, so it can be opened in a new tab,
/// bookmarked or shared. The bare page when there are no answers.
pub fn href(answers: &Answers) -> String {
    let query = to_query(answers);
    if query.is_empty() {
        "./".to_owned()
    } else {
        format!("?{query}")
    }
}

/// "Help right now" from anywhere (a service page included), and the same page in each
/// interface language, plain Finnish (selkosuomi) last.
pub fn chrome(answers: &Answers, lang: Lang) -> Chrome {
    let urgent = Answers {
        urgent: true,
        edit: None,
        service: None,
        search: None,
        browse: None,
        overview: None,
        ..answers.clone()
    };
    let help_now = Link {
        href: href(&urgent),
        text: wording::label(Label::HelpRightNow, lang, answers.plain).to_owned(),
    };
    let plain = answers.plain && lang == Lang::Fi;
    let languages = Lang::ALL
        .into_iter()
        .map(|link_lang| (link_lang, false))
        .chain([(Lang::Fi, true)])
        .map(|(link_lang, link_plain)| LanguageLink {
            lang: link_lang,
            plain: link_plain,
            href: href(&Answers { lang: Some(link_lang), plain: link_plain, ..answers.clone() }),
            current: link_lang == lang && link_plain == plain,
        })
        .collect();
    Chrome { help_now, languages }
}

#[cfg(test)]
mod tests {
    use suunta_core::answers::parse;

    use super::*;

    #[test]
    fn a_link_is_the_answers_query_or_the_bare_page_when_there_are_none() {
        assert_eq!(href(&parse("municipality=091&age=19").0), "?age=19&municipality=091");
        assert_eq!(href(&Answers::default()), "./");
        assert_eq!(href(&parse("foo=1").0), "./");
    }

    #[test]
    fn help_now_leaves_a_reopened_question_and_a_service_page() {
        let (answers, _) = parse("lang=sv&age=19&edit=age&service=ohjaamo-helsinki");
        let chrome = chrome(&answers, Lang::Sv);
        assert_eq!(chrome.help_now.href, "?lang=sv&urgent=1&age=19");
        assert_eq!(chrome.help_now.text, "Jag behöver hjälp genast");
        let hrefs: Vec<(&str, bool)> =
            chrome.languages.iter().map(|link| (link.href.as_str(), link.current)).collect();
        assert_eq!(
            hrefs,
            [
                ("?lang=fi&age=19&edit=age&service=ohjaamo-helsinki", false),
                ("?lang=sv&age=19&edit=age&service=ohjaamo-helsinki", true),
                ("?lang=en&age=19&edit=age&service=ohjaamo-helsinki", false),
                ("?lang=fi&plain=1&age=19&edit=age&service=ohjaamo-helsinki", false),
            ]
        );
    }

    #[test]
    fn plain_finnish_is_a_language_of_its_own_in_the_switch_and_keeps_the_answers() {
        let (answers, _) = parse("lang=fi&plain=1&age=19&municipality=091");
        let chrome = chrome(&answers, Lang::Fi);
        let links: Vec<(Lang, bool, &str, bool)> = chrome
            .languages
            .iter()
            .map(|link| (link.lang, link.plain, link.href.as_str(), link.current))
            .collect();
        assert_eq!(
            links,
            [
                (Lang::Fi, false, "?lang=fi&age=19&municipality=091", false),
                (Lang::Sv, false, "?lang=sv&age=19&municipality=091", false),
                (Lang::En, false, "?lang=en&age=19&municipality=091", false),
                (Lang::Fi, true, "?lang=fi&plain=1&age=19&municipality=091", true),
            ]
        );
        assert_eq!(chrome.help_now.href, "?lang=fi&plain=1&urgent=1&age=19&municipality=091");
    }
}
