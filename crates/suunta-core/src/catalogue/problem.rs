//! A problem found in a catalogue file, with everything a maintainer needs to find and fix it.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The catalogue cannot be published until this is fixed.
    Error,
    /// Worth fixing, but does not stop a build (e.g. a record not checked for two years).
    Warning,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the maintainer named it.
    pub file: String,
    /// 1-based; 0 when the problem is about the set of files, not a place in one.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// JSON path such as `services[3].channels[0].phone`; empty for the whole document.
    pub path: String,
    pub severity: Severity,
    /// What is wrong and what is expected, in plain English.
    pub message: String,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `file:line:col: error: path: message`, the shape editors and terminals turn into links.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        if self.line > 0 {
            write!(f, "{}:{}:", self.line, self.column)?;
        }
        write!(f, " {}: ", self.severity.id())?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(line: usize, path: &str, severity: Severity) -> Problem {
        Problem {
            file: "regions/uusimaa.json".into(),
            line,
            column: 7,
            path: path.into(),
            severity,
            message: "is wrong".into(),
        }
    }

    #[test]
    fn prints_as_file_line_column_severity_path_message() {
        assert_eq!(
            problem(12, "services[3].id", Severity::Error).to_string(),
            "regions/uusimaa.json:12:7: error: services[3].id: is wrong"
        );
        assert_eq!(
            problem(1, "", Severity::Warning).to_string(),
            "regions/uusimaa.json:1:7: warning: is wrong"
        );
        assert_eq!(
            problem(0, "", Severity::Error).to_string(),
            "regions/uusimaa.json: error: is wrong"
        );
    }
}
