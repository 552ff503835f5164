//! Writing and reading the wire's two primitives: whole numbers and strings.

/// Why a message could not be read. The page shows a generic error for any of them; the
/// variants are for tests and for the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WireError {
    /// The message ended in the middle of a field.
    Truncated,
    /// A field did not have the expected shape, at this byte offset.
    Malformed(usize),
    /// An enum's variant number that this build does not know.
    UnknownVariant(u32),
    /// The message came from a build with another wire version.
    Version(u32),
    /// The message had bytes after its last field.
    TrailingBytes,
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::Truncated => f.write_str("the message ended early"),
            WireError::Malformed(at) => write!(f, "malformed field at byte {at}"),
            WireError::UnknownVariant(tag) => write!(f, "unknown variant {tag}"),
            WireError::Version(version) => write!(f, "wire version {version} from another build"),
            WireError::TrailingBytes => f.write_str("bytes after the last field"),
        }
    }
}

#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn unsigned(&mut self, value: u64) {
        self.digits(value);
        self.out.push(';');
    }

    pub fn signed(&mut self, value: i64) {
        if value < 0 {
            self.out.push('-');
        }
        self.unsigned(value.unsigned_abs());
    }

    pub fn string(&mut self, value: &str) {
        self.digits(value.len() as u64);
        self.out.push(':');
        self.out.push_str(value);
    }

    /// Decimal digits without `core::fmt`, which would pull its formatting machinery into the
    /// page's wasm for nothing.
    fn digits(&mut self, mut value: u64) {
        let mut buffer = [0u8; 20];
        let mut start = buffer.len();
        loop {
            start -= 1;
            buffer[start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        for &digit in &buffer[start..] {
            self.out.push(char::from(digit));
        }
    }

    pub fn finish(self) -> String {
        self.out
    }
}

pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader { text, at: 0 }
    }

    /// A whole number from 0 to `max`.
    pub fn unsigned(&mut self, max: u64) -> Result<u64, WireError> {
        let start = self.at;
        match self.digits_until(b';')? {
            (false, value) if value <= max => Ok(value),
            _ => Err(WireError::Malformed(start)),
        }
    }

    pub fn signed(&mut self) -> Result<i64, WireError> {
        let start = self.at;
        let (negative, magnitude) = self.digits_until(b';')?;
        let value = if negative {
            0i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        };
        value.ok_or(WireError::Malformed(start))
    }

    pub fn string(&mut self) -> Result<&'a str, WireError> {
        let start = self.at;
        let (negative, length) = self.digits_until(b':')?;
        if negative {
            return Err(WireError::Malformed(start));
        }
        let end = usize::try_from(length)
            .ok()
            .and_then(|length| self.at.checked_add(length))
            .ok_or(WireError::Malformed(start))?;
        if end > self.text.len() {
            return Err(WireError::Truncated);
        }
        let value = self.text.get(self.at..end).ok_or(WireError::Malformed(start))?;
        self.at = end;
        Ok(value)
    }

    /// An optional `-`, at least one digit, then `end`.
    fn digits_until(&mut self, end: u8) -> Result<(bool, u64), WireError> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        let negative = bytes.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let mut value: u64 = 0;
        let mut count = 0;
        loop {
            match bytes.get(self.at) {
                None => return Err(WireError::Truncated),
                Some(&byte) if byte == end && count > 0 => {
                    self.at += 1;
                    return Ok((negative, value));
                }
                Some(byte @ b'0'..=b'9') => {
                    value = value
                        .checked_mul(10)
                        .and_then(|value| value.checked_add(u64::from(byte - b'0')))
                        .ok_or(WireError::Malformed(start))?;
                    count += 1;
                    self.at += 1;
                }
                Some(_) => return Err(WireError::Malformed(start)),
            }
        }
    }

    /// The byte offset of the next field.
    pub fn position(&self) -> usize {
        self.at
    }

    pub fn remaining(&self) -> usize {
        self.text.len() - self.at
    }

    pub fn finish(self) -> Result<(), WireError> {
        if self.at == self.text.len() {
            Ok(())
        } else {
            Err(WireError::TrailingBytes)
        }
    }
}
