//! The text that messages travel as between the page and the worker, in the core's codec
//! (`suunta_core::wire`, which describes the format).

mod impls;
#[cfg(test)]
mod tests;

pub use suunta_core::wire::{Reader, Wire, WireError, Writer};

/// Bumped whenever a message type changes shape.
pub const VERSION: u32 = 6;

pub fn encode<T: Wire>(value: &T) -> String {
    suunta_core::wire::encode(VERSION, value)
}

/// Reads a whole message; anything left over, missing or malformed is an error.
pub fn decode<T: Wire>(text: &str) -> Result<T, WireError> {
    suunta_core::wire::decode(VERSION, text)
}
