//! The translation files of one crate, as text: read from disk by a build script, or given
//! directly by a test.

use std::fs;
use std::io;
use std::path::Path;

/// The interface languages, in the order `Words` holds them. Finnish is the source language:
/// every other file must have exactly its messages.
pub const LANGS: [&str; 3] = ["fi", "sv", "en"];

/// Plain Finnish (selkosuomi). BCP 47 has no subtag for it, hence the private-use `x-selko`.
pub const PLAIN_FI: &str = "fi-x-selko";

pub struct Sources {
    /// `(language tag, file text)` for fi, sv, en in that order.
    pub langs: Vec<(String, String)>,
    /// The plain-Finnish file's text, when there is one.
    pub plain_fi: Option<String>,
}

impl Sources {
    pub fn read(dir: &Path) -> io::Result<Sources> {
        let read = |tag: &str| {
            let path = dir.join(format!("{tag}.ftl"));
            fs::read_to_string(&path).map_err(|error| {
                io::Error::new(error.kind(), format!("{}: {error}", path.display()))
            })
        };
        let mut langs = Vec::new();
        for tag in LANGS {
            langs.push((tag.to_owned(), read(tag)?));
        }
        let plain_fi = match read(PLAIN_FI) {
            Ok(text) => Some(text),
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(error),
        };
        Ok(Sources { langs, plain_fi })
    }

    pub fn file_names(&self) -> Vec<String> {
        let mut names: Vec<String> = LANGS.iter().map(|tag| format!("{tag}.ftl")).collect();
        if self.plain_fi.is_some() {
            names.push(format!("{PLAIN_FI}.ftl"));
        }
        names
    }
}
