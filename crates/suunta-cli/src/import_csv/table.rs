//! Reading the CSV file into rows of cells keyed by column: header checks, delimiter, BOM and
//! encoding. What the cells mean is `assemble`'s business.

use std::collections::BTreeMap;

use super::column::Column;
use super::problem::Problem;

/// Without these the rows cannot become services.
const REQUIRED: [Column; 7] = [
    Column::Id,
    Column::Kind,
    Column::Needs,
    Column::Area,
    Column::Sources,
    Column::SourceDate,
    Column::VerifiedOn,
];

#[derive(Debug, Default)]
pub struct Row {
    pub number: u64,
    cells: BTreeMap<Column, String>,
}

impl Row {
    /// The trimmed cell, "" when empty or when the spreadsheet has no such column.
    pub fn get(&self, column: Column) -> &str {
        self.cells.get(&column).map_or("", |cell| cell.as_str())
    }

    pub fn is_blank(&self) -> bool {
        self.cells.values().all(|cell| cell.is_empty())
    }

    #[cfg(test)]
    pub fn from_cells(number: u64, cells: &[(Column, &str)]) -> Row {
        Row {
            number,
            cells: cells.iter().map(|(column, cell)| (*column, cell.to_string())).collect(),
        }
    }
}

/// The rows of the file, or every problem with the header or the encoding. Rows whose cells
/// could not be read are left out, with a problem each.
pub fn read_rows(bytes: &[u8]) -> (Vec<Row>, Vec<Problem>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(bytes))
        .from_reader(bytes);
    let mut problems = Vec::new();
    let mut records = reader.byte_records();

    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => return (Vec::new(), vec![Problem::row(1, error.to_string())]),
        None => return (Vec::new(), vec![Problem::row(1, "the file is empty")]),
    };
    let columns = header_columns(&header, &mut problems);
    if !problems.is_empty() {
        return (Vec::new(), problems);
    }

    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let row = error.position().map_or(0, |position| position.line());
                problems.push(Problem::row(row, error.to_string()));
                break;
            }
        };
        let number = record.position().map_or(0, |position| line_of_record(bytes, position.byte()));
        if let Some(row) = read_row(number, &record, &columns, &mut problems) {
            rows.push(row);
        }
    }
    (rows, problems)
}

/// The line a record starts on. The reader skips blank lines and puts the record's position at
/// the first of them, so they are stepped over here.
fn line_of_record(bytes: &[u8], offset: u64) -> u64 {
    let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
    let (before, after) = bytes.split_at(offset);
    let newlines_before = before.iter().filter(|&&b| b == b'\n').count();
    let blank_lines =
        after.iter().take_while(|&&b| b == b'\n' || b == b'\r').filter(|&&b| b == b'\n').count();
    (1 + newlines_before + blank_lines) as u64
}

/// Excel in a Finnish or Swedish locale saves "CSV" with semicolons, since the comma is the
/// decimal mark there. The header decides: semicolons and no commas mean a semicolon file.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if header.contains(&b';') && !header.contains(&b',') {
        b';'
    } else {
        b','
    }
}

fn header_columns(header: &csv::ByteRecord, problems: &mut Vec<Problem>) -> Vec<Option<Column>> {
    let mut columns: Vec<Option<Column>> = Vec::new();
    for cell in header {
        let name = String::from_utf8_lossy(cell);
        let column = Column::from_header(&name);
        match column {
            None if name.trim().is_empty() => {}
            None => problems.push(Problem::row(
                1,
                format!(
                    "unknown column \"{}\" (the columns are listed in catalogue/IMPORT.md)",
                    name.trim()
                ),
            )),
            Some(column) if columns.contains(&Some(column)) => {
                problems.push(Problem::at(1, column, "the column appears twice"))
            }
            Some(_) => {}
        }
        columns.push(column);
    }
    for column in REQUIRED {
        if !columns.contains(&Some(column)) {
            problems.push(Problem::at(1, column, "required column missing from the header"));
        }
    }
    let names = [Column::NameFi, Column::NameSv, Column::NameEn];
    if !names.iter().any(|name| columns.contains(&Some(*name))) {
        problems.push(Problem::at(
            1,
            Column::NameFi,
            "no name column (name_fi, name_sv or name_en)",
        ));
    }
    columns
}

fn read_row(
    number: u64,
    record: &csv::ByteRecord,
    columns: &[Option<Column>],
    problems: &mut Vec<Problem>,
) -> Option<Row> {
    let mut row = Row { number, cells: BTreeMap::new() };
    let mut readable = true;
    for (index, cell) in record.iter().enumerate() {
        let Ok(cell) = std::str::from_utf8(cell) else {
            let message = "not UTF-8 text: save the spreadsheet as \"CSV UTF-8\"";
            match columns.get(index).copied().flatten() {
                Some(column) => problems.push(Problem::at(number, column, message)),
                None => problems.push(Problem::row(number, message)),
            }
            readable = false;
            continue;
        };
        let cell = cell.trim();
        match columns.get(index).copied().flatten() {
            Some(column) => {
                row.cells.insert(column, cell.to_string());
            }
            None if cell.is_empty() => {}
            None => {
                problems.push(Problem::row(
                    number,
                    format!("cell {} \"{cell}\" has no column header", index + 1),
                ));
                readable = false;
            }
        }
    }
    readable.then_some(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,kind,name_fi,needs,area,sources,source_date,verified_on";

    fn messages(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(|problem| problem.display("t.csv").to_string()).collect()
    }

    #[test]
    fn cells_are_keyed_by_column_and_trimmed() {
        let file =
            format!("\u{feff}{HEADER}\nohjaamo-x , ohjaamo,\"Ohjaamo, X\",work,whole_country,,,\n");
        let (rows, problems) = read_rows(file.as_bytes());
        assert_eq!(problems, []);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].number, 2);
        assert_eq!(rows[0].get(Column::Id), "ohjaamo-x");
        assert_eq!(rows[0].get(Column::NameFi), "Ohjaamo, X");
        assert_eq!(rows[0].get(Column::Phone), "");
    }

    #[test]
    fn semicolon_files_from_finnish_excel_are_read() {
        let file = format!(
            "{}\nx;ohjaamo;\"X\";\"work;study\";whole_country;;;\n",
            HEADER.replace(',', ";")
        );
        let (rows, problems) = read_rows(file.as_bytes());
        assert_eq!(problems, []);
        assert_eq!(rows[0].get(Column::Needs), "work;study");
    }

    #[test]
    fn rows_are_numbered_by_the_line_they_start_on() {
        let file = format!(
            "{HEADER}\r\na,ohjaamo,\"two\nlines\",work,,,,\r\n\r\n\nb,ohjaamo,B,work,,,,\r\nc,ohjaamo,C,work,,,,"
        );
        let (rows, _) = read_rows(file.as_bytes());
        assert_eq!(rows.iter().map(|row| row.number).collect::<Vec<_>>(), [2, 6, 7]);
        assert_eq!(rows[0].get(Column::NameFi), "two\nlines");
    }

    #[test]
    fn header_problems_are_all_reported() {
        let (rows, problems) = read_rows(b"id,kind,nimi,kind\n");
        assert!(rows.is_empty());
        assert_eq!(
            messages(&problems),
            [
                "t.csv:1: unknown column \"nimi\" (the columns are listed in catalogue/IMPORT.md)",
                "t.csv:1:kind: the column appears twice",
                "t.csv:1:needs: required column missing from the header",
                "t.csv:1:area: required column missing from the header",
                "t.csv:1:sources: required column missing from the header",
                "t.csv:1:source_date: required column missing from the header",
                "t.csv:1:verified_on: required column missing from the header",
                "t.csv:1:name_fi: no name column (name_fi, name_sv or name_en)",
            ]
        );
        assert_eq!(messages(&read_rows(b"").1), ["t.csv:1: the file is empty"]);
    }

    #[test]
    fn unreadable_cells_are_reported_per_row() {
        let mut file = format!("{HEADER}\na,ohjaamo,").into_bytes();
        file.extend_from_slice(
            b"J\xe4rvenp\xe4\xe4,work,,,,\nb,ohjaamo,B,work,,,,,extra\nc,ohjaamo,C,work,,,,,\n",
        );
        let (rows, problems) = read_rows(&file);
        assert_eq!(
            messages(&problems),
            [
                "t.csv:2:name_fi: not UTF-8 text: save the spreadsheet as \"CSV UTF-8\"",
                "t.csv:3: cell 9 \"extra\" has no column header",
            ]
        );
        assert_eq!(rows.iter().map(|row| row.get(Column::Id)).collect::<Vec<_>>(), ["c"]);
    }
}
