//! Text folding and the type-ahead ranking of municipality names.
//!
//! People type place names on phone keyboards without ä, ö or å, in either official language,
//! and in any case. Folding both the names and the query the same way makes "jyvaskyla" find
//! Jyväskylä and "ABO" find Turku (Åbo).

/// Folds text for matching: lowercase, diacritics removed (ä→a, ö→o, å→a, é→e, ø→o, ß→ss, …,
/// including combining marks from decomposed input), whitespace trimmed and runs of whitespace
/// collapsed to one space. Punctuation is kept, so "S:t Mårtens" folds to "s:t martens".
pub fn fold_for_search(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            pending_space = !folded.is_empty();
            continue;
        }
        if is_combining_mark(c) {
            continue;
        }
        if pending_space {
            folded.push(' ');
            pending_space = false;
        }
        match fold_char(c) {
            Folded::One(base) => folded.push(base),
            Folded::Two(first, second) => {
                folded.push(first);
                folded.push(second);
            }
        }
    }
    folded
}

enum Folded {
    One(char),
    Two(char, char),
}

/// Latin letters with diacritics that occur in Finnish and Swedish names, and in the names of
/// people who write to the services (e.g. Estonian õ, Turkish ş, Polish ł).
fn fold_char(c: char) -> Folded {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return Folded::Two('s', 's'),
        'æ' => return Folded::Two('a', 'e'),
        'œ' => return Folded::Two('o', 'e'),
        other => other,
    };
    Folded::One(base)
}

/// Combining diacritical marks (U+0300–U+036F): what remains of "ä" typed as "a" + U+0308.
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// How well a folded name matches a folded query; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MatchRank {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
}

/// Ranks one folded name against a folded, non-empty query, or None when it does not match.
pub(crate) fn rank(name: &str, query: &str) -> Option<MatchRank> {
    if name == query {
        Some(MatchRank::Exact)
    } else if name.starts_with(query) {
        Some(MatchRank::Prefix)
    } else if words(name).any(|word| word.starts_with(query)) {
        Some(MatchRank::WordPrefix)
    } else if name.contains(query) {
        Some(MatchRank::Substring)
    } else {
        None
    }
}

/// The words of a folded name and what follows each: "maarianhamina - mariehamn" yields
/// "mariehamn" after the dash, so a query may span several words ("gustav a").
fn words(name: &str) -> impl Iterator<Item = &str> {
    name.char_indices()
        .filter(|&(index, c)| {
            c.is_alphanumeric()
                && name[..index].chars().next_back().is_some_and(|before| !before.is_alphanumeric())
        })
        .map(|(index, _)| &name[index..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_diacritics() {
        let check = |input: &str, expected: &str| assert_eq!(fold_for_search(input), expected);
        check("Jyväskylä", "jyvaskyla");
        check("ÅBO", "abo");
        check("Pöytyä", "poytya");
        check("S:t Mårtens", "s:t martens");
        check("  Gustav \u{a0} Adolfs ", "gustav adolfs");
        check("Ja\u{308}mija\u{308}rvi", "jamijarvi");
        check("Straße Ærø", "strasse aero");
        check("", "");
    }

    #[test]
    fn ranks_exact_then_prefix_then_word_prefix_then_substring() {
        let check = |name: &str, query: &str, expected: Option<MatchRank>| {
            assert_eq!(rank(name, query), expected, "{name:?} against {query:?}")
        };
        check("helsinki", "helsinki", Some(MatchRank::Exact));
        check("helsinki", "hel", Some(MatchRank::Prefix));
        check("maarianhamina - mariehamn", "marie", Some(MatchRank::WordPrefix));
        check("gustav adolfs", "gustav a", Some(MatchRank::Prefix));
        check("s:t martens", "mar", Some(MatchRank::WordPrefix));
        check("jyvaskyla", "kyla", Some(MatchRank::Substring));
        check("helsinki", "turku", None);
        check("espoo", "espoo-x", None);
    }
}
