//! Suunta's domain, free of any UI or web dependency: the catalogue and its validation,
//! geography, the questionnaire, matching and opening hours.
//!
//! Invariant: nothing here reads the clock, randomness, the network or storage. Time and data
//! come in as parameters, so every function is deterministic and testable natively.

pub mod answers;
pub mod catalogue;
pub mod coverage;
pub mod geography;
pub mod hours;
pub mod lang;
pub mod matching;
pub mod questionnaire;
pub mod search;
pub mod sorting;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod wire;
pub mod wording;
pub mod words;
