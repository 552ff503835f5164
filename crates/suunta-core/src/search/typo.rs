//! Whether a typed word is a small typo away from a word or from the start of one: Damerau-
//! Levenshtein distance (a swap of two neighbours is one edit), bounded so that a far-off word
//! is rejected after a few steps.

/// Whether `typed` is at most `allowed` edits from `word`, or from a start of `word` as long
/// as `typed` give or take the edits (a typo while typing the start of a long word).
pub fn within(typed: &str, word: &str, allowed: usize) -> bool {
    let typed: Vec<char> = typed.chars().collect();
    let word: Vec<char> = word.chars().collect();
    if word.len() + allowed < typed.len() {
        return false;
    }
    // Rows of the edit-distance table: row i is `typed[..i]` against every start of `word`.
    let columns = word.len().min(typed.len() + allowed) + 1;
    let mut before: Vec<usize> = vec![0; columns];
    let mut previous: Vec<usize> = (0..columns).collect();
    let mut current: Vec<usize> = vec![0; columns];
    for i in 1..=typed.len() {
        current[0] = i;
        let mut row_best = current[0];
        for j in 1..columns {
            let substitution = usize::from(typed[i - 1] != word[j - 1]);
            let mut cost =
                (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + substitution);
            if i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1] {
                cost = cost.min(before[j - 2] + 1);
            }
            current[j] = cost;
            row_best = row_best.min(cost);
        }
        if row_best > allowed {
            return false;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    // The whole typed word against the whole word, or against a start of it at least as long
    // as the typed word less the edits.
    let shortest = typed.len().saturating_sub(allowed);
    (shortest..columns).any(|j| previous[j] <= allowed)
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn one_edit_of_each_kind_is_within_one() {
        assert!(within("ohjamo", "ohjaamo", 1), "a letter left out");
        assert!(within("ohjaaamo", "ohjaamo", 1), "a letter too many");
        assert!(within("ohjaomo", "ohjaamo", 1), "a letter wrong");
        assert!(within("ohajamo", "ohjaamo", 1), "two letters swapped");
        assert!(within("ohjamo", "ohjaamon", 1), "and as the start of a longer word");
    }

    #[test]
    fn more_edits_than_allowed_are_not() {
        assert!(!within("ohjmo", "ohjaamo", 1));
        assert!(within("ohjmo", "ohjaamo", 2));
        assert!(!within("tampere", "turku", 2));
        assert!(!within("vasa", "oulu", 1));
        assert!(!within("jyvaskyla", "jy", 2), "a word much shorter than the typed one");
    }
}
