//! Which languages a text must have, and how long a summary may be.

use crate::catalogue::path::JsonPath;
use crate::catalogue::raw::Text;
use crate::catalogue::report::Reporter;
use crate::lang::Lang;

/// PTV's short description is at most 150 characters; the summary shows in result lists.
pub const SUMMARY_MAX_CHARS: usize = 150;

/// Reports each of `languages` that `text` lacks (missing or blank).
pub fn require(text: &Text, languages: &[Lang], path: &JsonPath, reporter: &mut Reporter) {
    for &lang in languages {
        if text.in_lang(lang).is_none() {
            let what = match lang {
                Lang::Fi => "Finnish",
                Lang::Sv => "Swedish",
                Lang::En => "English",
            };
            let field = lang.id();
            let message = match (&text.fi, &text.sv, &text.en, lang) {
                (Some(_), _, _, Lang::Fi)
                | (_, Some(_), _, Lang::Sv)
                | (_, _, Some(_), Lang::En) => {
                    format!("the {what} text \"{field}\" is empty; write it")
                }
                _ => format!("the {what} text \"{field}\" is missing; it is required here"),
            };
            reporter.error(&path.key(field), message);
        }
    }
}

/// Reports each language whose text is longer than `max` characters.
pub fn limit_length(text: &Text, max: usize, path: &JsonPath, reporter: &mut Reporter) {
    for lang in Lang::ALL {
        let Some(value) = text.in_lang(lang) else { continue };
        let length = value.chars().count();
        if length > max {
            reporter.error(
                &path.key(lang.id()),
                format!("{length} characters is too long; keep it to at most {max}"),
            );
        }
    }
}
