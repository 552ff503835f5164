//! A compact text codec for Suunta's own data: the messages between the page and the worker,
//! and the catalogue files the worker reads (`catalogue::pack`).
//!
//! Hand-written rather than serde: the page's wasm must stay small, and in the worker serde's
//! derived JSON decoders were a quarter of the wasm. The format is a flat sequence of fields in
//! declaration order, with no names:
//!
//! - a string is its length in bytes, `:`, then the bytes (`5:Espoo`), so any text is safe;
//! - a whole number is its decimal digits then `;` (`-12;`); an `f64` travels as its bits;
//! - `bool` is `0;`/`1;`, an enum is its variant number then the variant's fields;
//! - `Option` is `0;` or `1;` and the value, a `Vec` its length then the items.
//!
//! Every message and file starts with a version number, so a reader from another build fails
//! with a clear error rather than misreading it.

mod codec;
mod primitives;

pub use codec::{Reader, WireError, Writer};

/// A value that can be written to and read back from the wire.
pub trait Wire: Sized {
    fn put(&self, writer: &mut Writer);
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError>;
}

/// `value` after `version`.
pub fn encode<T: Wire>(version: u32, value: &T) -> String {
    let mut writer = Writer::default();
    version.put(&mut writer);
    value.put(&mut writer);
    writer.finish()
}

/// Reads a whole text written by [`encode`] with the same `version`; anything left over,
/// missing or malformed is an error.
pub fn decode<T: Wire>(version: u32, text: &str) -> Result<T, WireError> {
    let mut reader = Reader::new(text);
    let found = u32::take(&mut reader)?;
    if found != version {
        return Err(WireError::Version(found));
    }
    let value = T::take(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// Writes an enum's variant number.
pub fn tag(writer: &mut Writer, tag: u32) {
    tag.put(writer);
}

/// [`Wire`] for a struct: its fields in the order given, which must be every field.
#[macro_export]
macro_rules! wire_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::wire::Wire for $name {
            fn put(&self, writer: &mut $crate::wire::Writer) {
                $($crate::wire::Wire::put(&self.$field, writer);)*
            }
            fn take(
                reader: &mut $crate::wire::Reader<'_>,
            ) -> Result<Self, $crate::wire::WireError> {
                Ok($name { $($field: $crate::wire::Wire::take(reader)?),* })
            }
        }
    };
}

/// [`Wire`] for an enum without fields: its position in `ALL`, the list of every variant.
#[macro_export]
macro_rules! wire_unit_enum {
    ($name:ident, $all:expr) => {
        impl $crate::wire::Wire for $name {
            fn put(&self, writer: &mut $crate::wire::Writer) {
                let position = $all.iter().position(|variant| variant == self).unwrap_or_default();
                $crate::wire::tag(writer, position as u32);
            }
            fn take(
                reader: &mut $crate::wire::Reader<'_>,
            ) -> Result<Self, $crate::wire::WireError> {
                let tag = <u32 as $crate::wire::Wire>::take(reader)?;
                $all.get(tag as usize).copied().ok_or($crate::wire::WireError::UnknownVariant(tag))
            }
        }
    };
}
