//! The service catalogue: the file format (`raw`), loading and validation (`load`, `validate`)
//! with problems located by line and column (`locate`, `problem`), and the per-region files the
//! app ships (`publish`).

mod decode;
#[cfg(test)]
pub(crate) mod fixture;
pub mod load;
pub mod locate;
pub mod pack;
pub mod path;
pub mod problem;
pub mod publish;
pub mod raw;
mod report;
#[cfg(feature = "schema")]
pub mod schema;
pub mod validate;

pub use load::SourceFile;
pub use problem::{Problem, Severity};
pub use validate::{check, Catalogue, Checked};
