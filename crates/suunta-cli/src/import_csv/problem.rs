//! A problem found in the spreadsheet, located by row and column.

use std::fmt;

use super::column::Column;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line of the file where the row starts (the header is line 1). It is the
    /// spreadsheet's row number unless a cell above holds a line break.
    pub row: u64,
    /// None when the problem is the row as a whole, or a header that is no column.
    pub column: Option<Column>,
    pub message: String,
}

impl Problem {
    pub fn at(row: u64, column: Column, message: impl Into<String>) -> Problem {
        Problem { row, column: Some(column), message: message.into() }
    }

    pub fn row(row: u64, message: impl Into<String>) -> Problem {
        Problem { row, column: None, message: message.into() }
    }

    /// `file.csv:ROW:COLUMN: message`, or `file.csv:ROW: message` for a whole row.
    pub fn display<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        Located { file, problem: self }
    }
}

struct Located<'a> {
    file: &'a str,
    problem: &'a Problem,
}

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Problem { row, column, message } = self.problem;
        match column {
            Some(column) => write!(f, "{}:{row}:{}: {message}", self.file, column.name()),
            None => write!(f, "{}:{row}: {message}", self.file),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_read_as_file_row_column() {
        let cell = Problem::at(4, Column::Phone, "not a phone number");
        assert_eq!(
            cell.display("points.csv").to_string(),
            "points.csv:4:phone: not a phone number"
        );
        let row = Problem::row(7, "the row has no contact");
        assert_eq!(row.display("points.csv").to_string(), "points.csv:7: the row has no contact");
    }
}
