//! Rows become services: the rows with one id are one service, the first of them gives the
//! service's own fields, and every row adds the channels whose columns it fills.

use std::collections::HashMap;

use suunta_core::catalogue::raw::{
    Address, Channel, ChannelKind, Eligibility, Hours, Provenance, Ptv, Service, Status, Text,
};

use super::cell;
use super::column::Column;
use super::hours::parse_hours;
use super::problem::Problem;
use super::table::Row;

/// PTV's short description is at most 150 characters; the app's result cards are laid out
/// for that.
const SUMMARY_MAX_CHARS: usize = 150;

/// The columns of a visit point; filling any of them makes the row a visit point.
const VISIT_COLUMNS: [Column; 11] = [
    Column::StreetFi,
    Column::StreetSv,
    Column::Postcode,
    Column::PostOfficeFi,
    Column::PostOfficeSv,
    Column::Municipality,
    Column::VenueFi,
    Column::VenueSv,
    Column::Lat,
    Column::Lon,
    Column::Access,
];

/// Channels that keep hours. A web page or an e-mail address has none.
const CHANNELS_WITH_HOURS: [ChannelKind; 5] = [
    ChannelKind::Visit,
    ChannelKind::Phone,
    ChannelKind::Sms,
    ChannelKind::Whatsapp,
    ChannelKind::Chat,
];

/// The services in the order their ids first appear, and every problem found on the way.
pub fn assemble(rows: &[Row]) -> (Vec<Service>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();

    for row in rows.iter().filter(|row| !row.is_blank()) {
        let mut cells = Cells { row, problems: &mut problems, ok: true };
        let Some(id) = cells.required(Column::Id, cell::id) else { continue };
        let index = match by_id.get(&id) {
            Some(&index) => {
                check_repeated_service_fields(drafts[index].first_row, row, &mut problems);
                index
            }
            None => {
                let service = service_fields(id.clone(), &mut cells);
                drafts.push(Draft { first_row: row, service, per_kind: HashMap::new() });
                by_id.insert(id, drafts.len() - 1);
                drafts.len() - 1
            }
        };
        let mut cells = Cells { row, problems: &mut problems, ok: true };
        let channels = row_channels(&mut cells);
        drafts[index].add_channels(channels);
    }
    let services = drafts.into_iter().filter_map(|draft| draft.service).collect();
    (services, problems)
}

struct Draft<'a> {
    first_row: &'a Row,
    /// None when the first row's service fields had problems (they are reported).
    service: Option<Service>,
    /// How many channels of each kind the service has, for ids `phone`, `phone-2`, …
    per_kind: HashMap<ChannelKind, usize>,
}

impl Draft<'_> {
    fn add_channels(&mut self, channels: Vec<Channel>) {
        let Some(service) = &mut self.service else { return };
        for mut channel in channels {
            let count = self.per_kind.entry(channel.kind).or_insert(0);
            *count += 1;
            channel.id = match *count {
                1 => channel.id,
                n => format!("{}-{n}", channel.id),
            };
            service.channels.push(channel);
        }
    }
}

/// Reads one row's cells, recording a problem for each bad one.
struct Cells<'a> {
    row: &'a Row,
    problems: &'a mut Vec<Problem>,
    /// False once a problem has been recorded.
    ok: bool,
}

impl Cells<'_> {
    fn required<T>(
        &mut self,
        column: Column,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        if self.row.get(column).is_empty() {
            self.problem(column, "required, but empty");
            return None;
        }
        self.optional(column, parse)
    }

    /// None when the cell is empty, or when it is bad (then a problem is recorded).
    fn optional<T>(
        &mut self,
        column: Column,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        let cell = self.row.get(column);
        if cell.is_empty() {
            return None;
        }
        parse(cell).map_err(|message| self.problem(column, message)).ok()
    }

    fn text(&mut self, columns: [Option<Column>; 3]) -> Text {
        let [fi, sv, en] = columns.map(|column| {
            let cell = column.map_or("", |column| self.row.get(column));
            (!cell.is_empty()).then(|| cell.to_string())
        });
        Text { fi, sv, en }
    }

    fn problem(&mut self, column: Column, message: impl Into<String>) {
        self.ok = false;
        self.problems.push(Problem::at(self.row.number, column, message));
    }
}

fn service_fields(id: String, cells: &mut Cells) -> Option<Service> {
    let kind = cells.required(Column::Kind, cell::kind);
    let name = cells.text([Some(Column::NameFi), Some(Column::NameSv), Some(Column::NameEn)]);
    if name.is_empty() {
        cells.problem(Column::NameFi, "the service needs a name in name_fi, name_sv or name_en");
    }
    for column in [Column::SummaryFi, Column::SummarySv, Column::SummaryEn] {
        cells.optional(column, |summary| {
            let length = summary.chars().count();
            if length > SUMMARY_MAX_CHARS {
                return Err(format!(
                    "{length} characters; a summary is at most {SUMMARY_MAX_CHARS}"
                ));
            }
            Ok(())
        });
    }
    let summary =
        cells.text([Some(Column::SummaryFi), Some(Column::SummarySv), Some(Column::SummaryEn)]);
    let needs = cells.required(Column::Needs, cell::needs);
    let min_age = cells.optional(Column::MinAge, cell::age);
    let max_age = cells.optional(Column::MaxAge, cell::age);
    if let (Some(min), Some(max)) = (min_age, max_age) {
        if min > max {
            cells.problem(Column::MaxAge, format!("max_age {max} is below min_age {min}"));
        }
    }
    let area = cells.required(Column::Area, cell::area);
    let sources = cells.required(Column::Sources, cell::urls);
    let source_date = cells.required(Column::SourceDate, |date| Ok::<_, String>(date.to_string()));
    let verified_on = cells.required(Column::VerifiedOn, cell::date);

    let (Some(kind), Some(needs), Some(area), Some(sources), Some(source_date), Some(verified_on)) =
        (kind, needs, area, sources, source_date, verified_on)
    else {
        return None;
    };
    cells.ok.then(|| Service {
        id,
        kind,
        name,
        summary,
        description: Text::default(),
        what_to_expect: Text::default(),
        how_to_apply: Text::default(),
        needs,
        ptv: Ptv::default(),
        eligibility: Eligibility { min_age, max_age, area, note: Text::default() },
        channels: Vec::new(),
        provenance: Provenance {
            sources,
            source_date,
            verified_on,
            status: Status::Active,
            alert: Text::default(),
            maintainer_note: None,
        },
    })
}

/// A later row of an id repeats the service's fields or leaves them empty; anything else would
/// silently lose one of the two values.
fn check_repeated_service_fields(first: &Row, row: &Row, problems: &mut Vec<Problem>) {
    for column in Column::ALL.into_iter().filter(|column| column.is_service_level()) {
        let (value, original) = (row.get(column), first.get(column));
        if !value.is_empty() && value != original {
            let there =
                if original.is_empty() { "empty".to_string() } else { format!("\"{original}\"") };
            problems.push(Problem::at(
                row.number,
                column,
                format!(
                    "differs from row {} of the same id ({there}); leave it empty or repeat it exactly",
                    first.number
                ),
            ));
        }
    }
}

/// The channels a row's filled contact columns make, ids still plain kinds (`visit`, `phone`).
fn row_channels(cells: &mut Cells) -> Vec<Channel> {
    let mut channels = Vec::new();
    if let Some(visit) = visit_channel(cells) {
        channels.push(visit);
    }
    for (column, kind) in [
        (Column::Phone, ChannelKind::Phone),
        (Column::Sms, ChannelKind::Sms),
        (Column::Whatsapp, ChannelKind::Whatsapp),
    ] {
        if let Some(phone) = cells.optional(column, cell::phone) {
            channels.push(Channel { phone: Some(phone), ..channel(kind) });
        }
    }
    if let Some(email) = cells.optional(Column::Email, cell::email) {
        channels.push(Channel { email: Some(email), ..channel(ChannelKind::Email) });
    }
    for (column, kind) in [(Column::Web, ChannelKind::Web), (Column::Chat, ChannelKind::Chat)] {
        if let Some(url) = cells.optional(column, cell::url) {
            channels.push(Channel { url: Some(url), ..channel(kind) });
        }
    }

    let contact_problems = !cells.ok;
    if channels.is_empty() && !contact_problems {
        cells.problems.push(Problem::row(
            cells.row.number,
            "the row has no contact: fill municipality (a visit point) or phone, sms, whatsapp, \
             email, web or chat",
        ));
    }
    let point_name = cells.text([Some(Column::PointNameFi), Some(Column::PointNameSv), None]);
    for channel in &mut channels {
        channel.name = point_name.clone();
    }
    if let Some(languages) = cells.optional(Column::Languages, cell::languages) {
        for channel in &mut channels {
            channel.languages = languages.clone();
        }
    }
    if let Some(hours) = row_hours(cells) {
        let keeps_hours = |channel: &Channel| CHANNELS_WITH_HOURS.contains(&channel.kind);
        if !channels.is_empty() && !channels.iter().any(keeps_hours) {
            let column =
                [Column::Hours, Column::HoursNoteFi, Column::HoursNoteSv, Column::Holidays]
                    .into_iter()
                    .find(|column| !cells.row.get(*column).is_empty())
                    .unwrap_or(Column::Hours);
            cells.problem(
                column,
                "hours belong to a visit point, phone, sms, whatsapp or chat; this row has none",
            );
        }
        for channel in channels.iter_mut().filter(|channel| keeps_hours(channel)) {
            channel.hours = Some(hours.clone());
        }
    }
    channels
}

fn visit_channel(cells: &mut Cells) -> Option<Channel> {
    if VISIT_COLUMNS.iter().all(|column| cells.row.get(*column).is_empty()) {
        return None;
    }
    let municipality = cells.row.get(Column::Municipality);
    if municipality.is_empty() {
        cells.problem(Column::Municipality, "a visit point needs its municipality code, e.g. 091");
    }
    let municipality = cells.optional(Column::Municipality, cell::municipality);
    let postcode = cells.optional(Column::Postcode, cell::postcode);
    let coordinates = match (cells.row.get(Column::Lat), cells.row.get(Column::Lon)) {
        ("", "") => None,
        (_, "") => {
            cells.problem(Column::Lon, "lat is given, so lon is needed too");
            None
        }
        ("", _) => {
            cells.problem(Column::Lat, "lon is given, so lat is needed too");
            None
        }
        (lat, lon) => {
            cell::coordinates(lat, lon).map_err(|message| cells.problem(Column::Lat, message)).ok()
        }
    };
    let access = cells.optional(Column::Access, cell::access);
    let address = Address {
        street: cells.text([Some(Column::StreetFi), Some(Column::StreetSv), None]),
        postcode,
        post_office: cells.text([Some(Column::PostOfficeFi), Some(Column::PostOfficeSv), None]),
        municipality: municipality?,
        venue: cells.text([Some(Column::VenueFi), Some(Column::VenueSv), None]),
        coordinates,
    };
    Some(Channel { address: Some(address), access, ..channel(ChannelKind::Visit) })
}

/// The row's hours, hours note and holiday rule; None when all are empty or one is bad.
fn row_hours(cells: &mut Cells) -> Option<Hours> {
    let note = cells.text([Some(Column::HoursNoteFi), Some(Column::HoursNoteSv), None]);
    let holidays = cells.row.get(Column::Holidays);
    let open_on_public_holidays = cells.optional(Column::Holidays, cell::holidays);
    if !holidays.is_empty() && open_on_public_holidays.is_none() {
        return None;
    }
    let hours = if cells.row.get(Column::Hours).is_empty() {
        if note.is_empty() && holidays.is_empty() {
            return None;
        }
        Hours::default()
    } else {
        cells.optional(Column::Hours, parse_hours)?
    };
    if hours.always_open && open_on_public_holidays == Some(false) {
        cells.problem(Column::Holidays, "24/7 hours are open on holidays too");
        return None;
    }
    let open_on_public_holidays = open_on_public_holidays.or(hours.open_on_public_holidays);
    Some(Hours { note, open_on_public_holidays, ..hours })
}

fn channel(kind: ChannelKind) -> Channel {
    Channel::new(kind.id(), kind)
}

#[cfg(test)]
mod tests;
