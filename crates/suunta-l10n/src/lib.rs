//! Suunta's translation files, checked and compiled at build time.
//!
//! Each crate that shows words keeps them in `locales/`: one [Fluent](https://projectfluent.org)
//! file per interface language (`fi.ftl`, `sv.ftl`, `en.ftl`) and, optionally, plain Finnish
//! (`fi-x-selko.ftl`, selkosuomi) for the messages that have a plain version. A build script
//! calls [`compile`], which fails the build with every problem listed when a message is missing
//! from a language, has placeholders another language lacks, or uses Fluent syntax this compiler
//! does not support. The result is Rust source: each message becomes a `Words` value holding
//! its text in every language, so the app carries plain `&'static str`s and no Fluent runtime.
//!
//! Supported Fluent: messages whose value is text with `{ $name }` placeholders (written out as
//! `{name}` for the code to fill in) and string literals (`{ "" }`); comments. Not supported, and
//! refused: terms, attributes, selectors, functions and message references. The app has no
//! plurals yet; when it needs one, add selectors here rather than a runtime.

mod check;
mod emit;
mod source;

pub use check::{check, Catalog, Message};
pub use emit::{constants, enumeration};
pub use source::{Sources, LANGS, PLAIN_FI};

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// What the generated Rust source declares.
pub enum Output<'a> {
    /// `pub const START_HEADING: Words = ...;`, one per message.
    Constants,
    /// `pub enum <name> { StartHeading, ... }` with `ALL` and `words()`.
    Enum(&'a str),
}

/// For a build script: reads `locales_dir`, checks it and writes the Rust source to
/// `$OUT_DIR/<out_name>`. `words_type` is the path of the `Words` type in the including crate.
/// Panics (failing the build) with every problem found.
pub fn compile(locales_dir: &Path, out_name: &str, words_type: &str, output: Output) {
    println!("cargo:rerun-if-changed={}", locales_dir.display());
    let sources = Sources::read(locales_dir).unwrap_or_else(|error| panic!("{error}"));
    for name in sources.file_names() {
        println!("cargo:rerun-if-changed={}", locales_dir.join(name).display());
    }
    let catalog = match check(&sources) {
        Ok(catalog) => catalog,
        Err(problems) => {
            let mut report = format!(
                "{} problem(s) in the translation files in {}:\n",
                problems.len(),
                locales_dir.display()
            );
            for problem in &problems {
                let _ = writeln!(report, "  {problem}");
            }
            panic!("{report}");
        }
    };
    let code = match output {
        Output::Constants => constants(&catalog, words_type),
        Output::Enum(name) => enumeration(&catalog, name, words_type),
    };
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    fs::write(Path::new(&out_dir).join(out_name), code).expect("OUT_DIR is writable");
}
