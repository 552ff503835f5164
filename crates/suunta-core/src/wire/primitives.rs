//! [`Wire`] for the primitives and containers every message and file is made of.

use super::{Reader, Wire, WireError, Writer};
use crate::lang::Lang;

impl Wire for String {
    fn put(&self, writer: &mut Writer) {
        writer.string(self);
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        reader.string().map(str::to_owned)
    }
}

impl Wire for u8 {
    fn put(&self, writer: &mut Writer) {
        writer.unsigned(u64::from(*self));
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        // The bound was checked by the reader.
        reader.unsigned(u64::from(u8::MAX)).map(|value| value as u8)
    }
}

impl Wire for u32 {
    fn put(&self, writer: &mut Writer) {
        writer.unsigned(u64::from(*self));
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        // The bound was checked by the reader.
        reader.unsigned(u64::from(u32::MAX)).map(|value| value as u32)
    }
}

impl Wire for i32 {
    fn put(&self, writer: &mut Writer) {
        writer.signed(i64::from(*self));
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        let start = reader.position();
        i32::try_from(reader.signed()?).map_err(|_| WireError::Malformed(start))
    }
}

impl Wire for i64 {
    fn put(&self, writer: &mut Writer) {
        writer.signed(*self);
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        reader.signed()
    }
}

/// As its bits: exact, and without float formatting code in the page's wasm.
impl Wire for f64 {
    fn put(&self, writer: &mut Writer) {
        writer.unsigned(self.to_bits());
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        reader.unsigned(u64::MAX).map(f64::from_bits)
    }
}

impl Wire for bool {
    fn put(&self, writer: &mut Writer) {
        writer.unsigned(u64::from(*self));
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        reader.unsigned(1).map(|value| value == 1)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, writer: &mut Writer) {
        self.is_some().put(writer);
        if let Some(value) = self {
            value.put(writer);
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(if bool::take(reader)? { Some(T::take(reader)?) } else { None })
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, writer: &mut Writer) {
        writer.unsigned(self.len() as u64);
        for item in self {
            item.put(writer);
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        let length = u32::take(reader)?;
        // Every item takes at least two bytes, so a length beyond that is a lie; checking it
        // keeps a corrupt message from reserving gigabytes.
        let mut items = Vec::with_capacity((length as usize).min(reader.remaining() / 2));
        for _ in 0..length {
            items.push(T::take(reader)?);
        }
        Ok(items)
    }
}

impl<T: Wire> Wire for Box<T> {
    fn put(&self, writer: &mut Writer) {
        (**self).put(writer);
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        T::take(reader).map(Box::new)
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, writer: &mut Writer) {
        self.0.put(writer);
        self.1.put(writer);
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok((A::take(reader)?, B::take(reader)?))
    }
}

crate::wire_unit_enum!(Lang, Lang::ALL);
