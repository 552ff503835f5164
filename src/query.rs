//! The little the page itself reads from the URL query before the worker has answered: the
//! interface language and whether anything has been answered yet. Everything else about the
//! query (its codec, its notes) belongs to the worker.

use suunta_core::lang::Lang;

/// The `key=value` pairs of a query, in order, empty pairs skipped.
fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The `lang` the query asks for, if it asks for one we offer. The first `lang` counts, as in
/// the worker's codec.
pub fn lang_of(query: &str) -> Option<Lang> {
    pairs(query).find(|(key, _)| *key == "lang").and_then(|(_, value)| Lang::from_id(value))
}

/// The query's first `lang=...` pair as written, to carry over into links.
pub fn lang_pair(query: &str) -> Option<&str> {
    query.split('&').find(|pair| pair.split('=').next() == Some("lang"))
}

/// Plain Finnish (selkosuomi) was chosen: the first `plain` is `1`, as the worker reads it.
pub fn plain_of(query: &str) -> bool {
    pairs(query).find(|(key, _)| *key == "plain").is_some_and(|(_, value)| value == "1")
}

/// How the reader reads, to lead every link: the `lang` pair as written, then `plain=1`
/// when chosen (the worker's canonical order).
pub fn reading_pairs(query: &str) -> Vec<&str> {
    lang_pair(query).into_iter().chain(plain_of(query).then_some("plain=1")).collect()
}

/// The keys of what a host chose when it embedded the app, and of a kiosk's settings
/// (`docs/query-format.md`): not answers, and carried by every link.
const HOST_KEYS: [&str; 10] = [
    "embed",
    "audience",
    "preset_municipality",
    "preset_region",
    "accent",
    "compact",
    "kiosk",
    "kiosk_here",
    "kiosk_idle",
    "kiosk_text",
];

/// The query holds more than the language and the host's choices: something to show that only
/// the worker knows.
pub fn has_answers(query: &str) -> bool {
    pairs(query).any(|(key, _)| !["lang", "plain"].contains(&key) && !HOST_KEYS.contains(&key))
}

/// The query's pairs of the host's choices, as written, to carry over into links.
pub fn host_pairs(query: &str) -> impl Iterator<Item = &str> {
    query.split('&').filter(|pair| HOST_KEYS.contains(&pair.split('=').next().unwrap_or_default()))
}

/// The query the worker is asked with: the URL's, plus the browser's language when the URL does
/// not name one and it is not the default, so the worker words the page (and every link in it)
/// in the language the reader sees.
pub fn with_lang(query: &str, preferred: Lang) -> String {
    if preferred == Lang::Fi || pairs(query).any(|(key, _)| key == "lang") {
        return query.to_owned();
    }
    let lang = preferred.id();
    if query.is_empty() {
        ["lang=", lang].concat()
    } else {
        ["lang=", lang, "&", query].concat()
    }
}

/// The query an in-app link leads to (`?age=19` → `age=19`, `./` → empty), or `None` for a link
/// that leaves the app's pages (`tel:`, `https:`, `#field`).
pub fn of_href(href: &str) -> Option<&str> {
    match href {
        "./" | "." => Some(""),
        _ => href.strip_prefix('?').or_else(|| href.strip_prefix("./?")),
    }
}

/// The address of the page for `query`: the bare page when nothing is answered.
pub fn href(query: &str) -> String {
    if query.is_empty() {
        "./".to_owned()
    } else {
        ["?", query].concat()
    }
}

/// The value of `key` in an in-app link (`?age=19&edit=age`, `edit` → `age`).
pub fn value_in_href<'a>(href: &'a str, key: &str) -> Option<&'a str> {
    pairs(of_href(href)?).find(|(found, _)| *found == key).map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_the_first_lang_we_offer() {
        assert_eq!(lang_of("age=19&lang=sv"), Some(Lang::Sv));
        assert_eq!(lang_of("lang=xx"), None);
        assert_eq!(lang_of("lang=en&lang=sv"), Some(Lang::En));
        assert_eq!(lang_of(""), None);
    }

    #[test]
    fn plain_finnish_is_how_the_reader_reads_not_an_answer() {
        assert!(plain_of("lang=fi&plain=1"));
        assert!(!plain_of("plain=0") && !plain_of("plain=1x") && !plain_of("plainer=1"));
        assert_eq!(reading_pairs("age=19&plain=1&lang=fi"), ["lang=fi", "plain=1"]);
        assert_eq!(reading_pairs("plain=2&age=19"), Vec::<&str>::new());
        assert!(!has_answers("lang=fi&plain=1"));
        assert!(has_answers("plain=1&age=19"));
    }

    #[test]
    fn the_lang_pair_is_kept_as_written() {
        assert_eq!(lang_pair("lang=sv&age=19"), Some("lang=sv"));
        assert_eq!(lang_pair("age=19"), None);
        assert_eq!(lang_pair("language=sv"), None);
    }

    #[test]
    fn only_the_language_is_not_an_answer() {
        assert!(!has_answers(""));
        assert!(!has_answers("lang=sv"));
        assert!(!has_answers("&&lang=sv&"));
        assert!(has_answers("lang=sv&edit=age"));
        assert!(has_answers("foo"), "an unknown key is the worker's to note");
        assert!(has_answers("urgent=1"));
        assert!(!has_answers("lang=sv&embed=https://kunta.fi&preset_municipality=091&compact=1"));
        assert!(has_answers("embed=https://kunta.fi&age=19"));
    }

    #[test]
    fn the_hosts_choices_are_kept_as_written() {
        let query = "lang=sv&embed=https://kunta.fi&age=19&accent=0b4f8a&embedded=1";
        assert_eq!(
            host_pairs(query).collect::<Vec<_>>(),
            ["embed=https://kunta.fi", "accent=0b4f8a"]
        );
    }

    #[test]
    fn the_browsers_language_is_added_only_when_the_link_has_none() {
        assert_eq!(with_lang("", Lang::En), "lang=en");
        assert_eq!(with_lang("age=19", Lang::Sv), "lang=sv&age=19");
        assert_eq!(with_lang("age=19", Lang::Fi), "age=19", "Finnish is the default");
        assert_eq!(with_lang("lang=fi&age=19", Lang::En), "lang=fi&age=19");
        assert_eq!(with_lang("lang=xx", Lang::En), "lang=xx", "a bad value is noted, not replaced");
    }

    #[test]
    fn in_app_links_are_queries_and_the_bare_page() {
        assert_eq!(of_href("?age=19"), Some("age=19"));
        assert_eq!(of_href("./"), Some(""));
        assert_eq!(of_href("./?lang=sv"), Some("lang=sv"));
        assert_eq!(of_href("tel:112"), None);
        assert_eq!(of_href("https://ohjaamot.fi/"), None);
        assert_eq!(of_href("#answer-input"), None);
    }

    #[test]
    fn an_address_is_the_query_or_the_bare_page() {
        assert_eq!(href(""), "./");
        assert_eq!(href("lang=sv"), "?lang=sv");
    }

    #[test]
    fn a_value_is_read_from_an_in_app_link() {
        assert_eq!(value_in_href("?age=19&edit=age", "edit"), Some("age"));
        assert_eq!(value_in_href("?age=19", "edit"), None);
        assert_eq!(value_in_href("tel:112", "edit"), None);
    }
}
