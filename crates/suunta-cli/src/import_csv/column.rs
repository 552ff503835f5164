//! The spreadsheet's columns, as documented in `catalogue/IMPORT.md`. Keep the two in step.

/// One column of the import spreadsheet. The header row names them; order does not matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Id,
    Kind,
    NameFi,
    NameSv,
    NameEn,
    SummaryFi,
    SummarySv,
    SummaryEn,
    Needs,
    MinAge,
    MaxAge,
    Area,
    StreetFi,
    StreetSv,
    Postcode,
    PostOfficeFi,
    PostOfficeSv,
    Municipality,
    VenueFi,
    VenueSv,
    PointNameFi,
    PointNameSv,
    Lat,
    Lon,
    Access,
    Phone,
    Sms,
    Whatsapp,
    Email,
    Web,
    Chat,
    Languages,
    Hours,
    HoursNoteFi,
    HoursNoteSv,
    Holidays,
    Sources,
    SourceDate,
    VerifiedOn,
}

impl Column {
    pub const ALL: [Column; 39] = [
        Column::Id,
        Column::Kind,
        Column::NameFi,
        Column::NameSv,
        Column::NameEn,
        Column::SummaryFi,
        Column::SummarySv,
        Column::SummaryEn,
        Column::Needs,
        Column::MinAge,
        Column::MaxAge,
        Column::Area,
        Column::StreetFi,
        Column::StreetSv,
        Column::Postcode,
        Column::PostOfficeFi,
        Column::PostOfficeSv,
        Column::Municipality,
        Column::VenueFi,
        Column::VenueSv,
        Column::PointNameFi,
        Column::PointNameSv,
        Column::Lat,
        Column::Lon,
        Column::Access,
        Column::Phone,
        Column::Sms,
        Column::Whatsapp,
        Column::Email,
        Column::Web,
        Column::Chat,
        Column::Languages,
        Column::Hours,
        Column::HoursNoteFi,
        Column::HoursNoteSv,
        Column::Holidays,
        Column::Sources,
        Column::SourceDate,
        Column::VerifiedOn,
    ];

    /// The header as written in the spreadsheet.
    pub fn name(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Kind => "kind",
            Column::NameFi => "name_fi",
            Column::NameSv => "name_sv",
            Column::NameEn => "name_en",
            Column::SummaryFi => "summary_fi",
            Column::SummarySv => "summary_sv",
            Column::SummaryEn => "summary_en",
            Column::Needs => "needs",
            Column::MinAge => "min_age",
            Column::MaxAge => "max_age",
            Column::Area => "area",
            Column::StreetFi => "street_fi",
            Column::StreetSv => "street_sv",
            Column::Postcode => "postcode",
            Column::PostOfficeFi => "post_office_fi",
            Column::PostOfficeSv => "post_office_sv",
            Column::Municipality => "municipality",
            Column::VenueFi => "venue_fi",
            Column::VenueSv => "venue_sv",
            Column::PointNameFi => "point_name_fi",
            Column::PointNameSv => "point_name_sv",
            Column::Lat => "lat",
            Column::Lon => "lon",
            Column::Access => "access",
            Column::Phone => "phone",
            Column::Sms => "sms",
            Column::Whatsapp => "whatsapp",
            Column::Email => "email",
            Column::Web => "web",
            Column::Chat => "chat",
            Column::Languages => "languages",
            Column::Hours => "hours",
            Column::HoursNoteFi => "hours_note_fi",
            Column::HoursNoteSv => "hours_note_sv",
            Column::Holidays => "holidays",
            Column::Sources => "sources",
            Column::SourceDate => "source_date",
            Column::VerifiedOn => "verified_on",
        }
    }

    /// Header cells are matched ignoring case and surrounding spaces, as spreadsheets tend to
    /// capitalise them.
    pub fn from_header(header: &str) -> Option<Column> {
        let header = header.trim();
        Column::ALL.into_iter().find(|column| column.name().eq_ignore_ascii_case(header))
    }

    /// Columns describing the service as a whole. On a later row of the same id they are
    /// either left empty or repeat the first row's value.
    pub fn is_service_level(self) -> bool {
        matches!(
            self,
            Column::Kind
                | Column::NameFi
                | Column::NameSv
                | Column::NameEn
                | Column::SummaryFi
                | Column::SummarySv
                | Column::SummaryEn
                | Column::Needs
                | Column::MinAge
                | Column::MaxAge
                | Column::Area
                | Column::Sources
                | Column::SourceDate
                | Column::VerifiedOn
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_round_trip_ignoring_case_and_spaces() {
        for column in Column::ALL {
            assert_eq!(Column::from_header(column.name()), Some(column));
        }
        assert_eq!(Column::from_header(" Name_FI "), Some(Column::NameFi));
        assert_eq!(Column::from_header("nimi"), None);
        assert_eq!(Column::from_header(""), None);
    }
}
