//! Collects the problems of one file, turning JSON paths into line and column.

use super::locate::{Position, Positions};
use super::path::JsonPath;
use super::problem::{Problem, Severity};

pub struct Reporter<'a> {
    file: &'a str,
    positions: &'a Positions,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Reporter<'a> {
    pub fn new(file: &'a str, positions: &'a Positions, problems: &'a mut Vec<Problem>) -> Self {
        Reporter { file, positions, problems }
    }

    /// Where the value at `path` is written, for messages that point at another place.
    pub fn position_of(&self, path: &JsonPath) -> Position {
        self.positions.of_value(path)
    }

    pub fn error(&mut self, path: &JsonPath, message: impl Into<String>) {
        let at = self.positions.of_value(path);
        self.push(at, path, Severity::Error, message.into());
    }

    pub fn warning(&mut self, path: &JsonPath, message: impl Into<String>) {
        let at = self.positions.of_value(path);
        self.push(at, path, Severity::Warning, message.into());
    }

    /// An error about the key that ends `path` rather than its value (an unknown field).
    pub fn error_at_key(&mut self, path: &JsonPath, message: impl Into<String>) {
        let at = self.positions.of_key(path);
        self.push(at, path, Severity::Error, message.into());
    }

    pub fn error_at(&mut self, at: Position, path: &JsonPath, message: impl Into<String>) {
        self.push(at, path, Severity::Error, message.into());
    }

    fn push(&mut self, at: Position, path: &JsonPath, severity: Severity, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line: at.line,
            column: at.column,
            path: path.to_string(),
            severity,
            message,
        });
    }
}
