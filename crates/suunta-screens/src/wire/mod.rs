//! The text that messages travel as between the page and the worker.
//!
//! Hand-written rather than serde: the page's wasm must stay small, and a derived JSON codec
//! for these types costs tens of kilobytes there. The format is a flat sequence of fields in
//! declaration order, with no names:
//!
//! - a string is its length in bytes, `:`, then the bytes (`5:Espoo`), so any text is safe;
//! - a whole number is its decimal digits then `;` (`-12;`); an `f64` travels as its bits;
//! - `bool` is `0;`/`1;`, an enum is its variant number then the variant's fields;
//! - `Option` is `0;` or `1;` and the value, a `Vec` its length then the items.
//!
//! Every message starts with [`VERSION`], so a page and a worker from different builds fail
//! with a clear error rather than misread each other.

mod codec;
mod impls;
#[cfg(test)]
mod tests;

pub use codec::{Reader, WireError, Writer};

/// Bumped whenever a message type changes shape.
pub const VERSION: u32 = 3;

/// A value that can be written to and read back from the wire.
pub trait Wire: Sized {
    fn put(&self, writer: &mut Writer);
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError>;
}

pub fn encode<T: Wire>(value: &T) -> String {
    let mut writer = Writer::default();
    VERSION.put(&mut writer);
    value.put(&mut writer);
    writer.finish()
}

/// Reads a whole message; anything left over, missing or malformed is an error.
pub fn decode<T: Wire>(text: &str) -> Result<T, WireError> {
    let mut reader = Reader::new(text);
    let version = u32::take(&mut reader)?;
    if version != VERSION {
        return Err(WireError::Version(version));
    }
    let value = T::take(&mut reader)?;
    reader.finish()?;
    Ok(value)
}
