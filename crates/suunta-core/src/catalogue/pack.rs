//! The catalogue files as the app reads them: the published JSON's records in the compact
//! [`wire`](crate::wire) codec, written next to each JSON file by [`publish`](super::publish).
//!
//! The JSON stays the published, documented format (`catalogue/FORMAT.md`) for anyone else who
//! reads the catalogue. The app reads packs instead because serde's derived JSON decoders were a
//! quarter of the worker's wasm (30 KB brotli of a 250 KB first-visit budget), and because a
//! pack decodes without matching field names or parsing floats. A pack holds records that have
//! already passed validation, so reading one only checks its shape; a corrupt or truncated pack
//! is an error, never a panic or a different record.
//!
//! Packs are text, named `<name>.pack.txt`, so that any static host compresses them.

use super::raw::*;
use crate::wire::{self, tag, Reader, Wire, WireError, Writer};
use crate::{wire_struct, wire_unit_enum};

/// Bumped whenever a record type changes shape, so an old worker never misreads a new pack.
pub const PACK_VERSION: u32 = 1;

/// The pack published next to the JSON file `json_name` (`national.json` → `national.pack.txt`).
pub fn pack_name(json_name: &str) -> String {
    format!("{}.pack.txt", json_name.strip_suffix(".json").unwrap_or(json_name))
}

pub fn pack_catalogue(file: &CatalogueFile) -> String {
    wire::encode(PACK_VERSION, file)
}

pub fn unpack_catalogue(text: &str) -> Result<CatalogueFile, WireError> {
    wire::decode(PACK_VERSION, text)
}

pub fn pack_geography(file: &GeographyFile) -> String {
    wire::encode(PACK_VERSION, file)
}

pub fn unpack_geography(text: &str) -> Result<GeographyFile, WireError> {
    wire::decode(PACK_VERSION, text)
}

wire_struct!(CatalogueFile { format, maintainer_email, services });
wire_struct!(Service {
    id,
    kind,
    name,
    summary,
    description,
    what_to_expect,
    how_to_apply,
    needs,
    ptv,
    eligibility,
    channels,
    provenance,
});
wire_unit_enum!(ServiceKind, ServiceKind::ALL);
wire_unit_enum!(Need, Need::ALL);
wire_struct!(Text { fi, sv, en });
wire_struct!(Ptv { service_id, target_groups, life_events, service_classes });
wire_struct!(Eligibility { min_age, max_age, area, note });
wire_struct!(Channel {
    id,
    kind,
    name,
    address,
    phone,
    url,
    email,
    languages,
    access,
    hours,
    accessibility,
    note,
});
wire_unit_enum!(ChannelKind, ChannelKind::ALL);
wire_unit_enum!(Access, [Access::WalkIn, Access::Appointment, Access::WalkInAndAppointment]);
wire_struct!(Address { street, postcode, post_office, municipality, venue, coordinates });
wire_struct!(Hours {
    always_open,
    by_appointment,
    weekly,
    exceptions,
    open_on_public_holidays,
    sessions,
    note,
});
wire_unit_enum!(Weekday, crate::hours::civil::WEEK);
wire_struct!(WeeklyRule { days, from, to });
wire_struct!(Exception { from, to, closed, intervals, note });
wire_struct!(Interval { from, to });
wire_struct!(Session { days, from, to, who });
wire_struct!(Provenance { sources, source_date, verified_on, status, alert, maintainer_note });
wire_unit_enum!(Status, [Status::Active, Status::Inactive, Status::TemporarilyClosed]);
wire_struct!(GeographyFile { format, provenance, regions, employment_areas, municipalities });
wire_struct!(Region { code, name });
wire_struct!(EmploymentArea { code, name });
wire_struct!(Municipality { code, name, region, employment_area, language_status, centre });
wire_unit_enum!(
    LanguageStatus,
    [
        LanguageStatus::Finnish,
        LanguageStatus::BilingualFinnishMajority,
        LanguageStatus::Swedish,
        LanguageStatus::BilingualSwedishMajority,
    ]
);

impl Wire for Area {
    fn put(&self, writer: &mut Writer) {
        match self {
            Area::WholeCountry => tag(writer, 0),
            Area::WholeCountryExceptAland => tag(writer, 1),
            Area::Region { code } => {
                tag(writer, 2);
                code.put(writer);
            }
            Area::EmploymentArea { code } => {
                tag(writer, 3);
                code.put(writer);
            }
            Area::Municipalities { codes } => {
                tag(writer, 4);
                codes.put(writer);
            }
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u32::take(reader)? {
            0 => Area::WholeCountry,
            1 => Area::WholeCountryExceptAland,
            2 => Area::Region { code: Wire::take(reader)? },
            3 => Area::EmploymentArea { code: Wire::take(reader)? },
            4 => Area::Municipalities { codes: Wire::take(reader)? },
            other => return Err(WireError::UnknownVariant(other)),
        })
    }
}

/// Coordinates as whole micro-degrees where that is exact, as it is for every coordinate the
/// catalogue gives with six decimals or fewer: an `f64`'s bits are 19 digits that do not
/// compress, and made the geography's pack larger than its JSON. Any other value keeps its bits.
impl Wire for Coordinates {
    fn put(&self, writer: &mut Writer) {
        put_degrees(writer, self.lat);
        put_degrees(writer, self.lon);
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Coordinates { lat: take_degrees(reader)?, lon: take_degrees(reader)? })
    }
}

const MICRO: f64 = 1_000_000.0;

fn put_degrees(writer: &mut Writer, degrees: f64) {
    let micro = (degrees * MICRO).round();
    // Both the whole number and 10^6 are exact in an f64, so the division is the one correctly
    // rounded value, the same a parser makes of the six-decimal text.
    if micro.abs() < 1e15 && micro / MICRO == degrees {
        tag(writer, 0);
        (micro as i64).put(writer);
    } else {
        tag(writer, 1);
        degrees.put(writer);
    }
}

fn take_degrees(reader: &mut Reader<'_>) -> Result<f64, WireError> {
    match u32::take(reader)? {
        0 => Ok(i64::take(reader)? as f64 / MICRO),
        1 => f64::take(reader),
        other => Err(WireError::UnknownVariant(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(coordinates: Coordinates) -> Coordinates {
        let mut writer = Writer::default();
        coordinates.put(&mut writer);
        let text = writer.finish();
        let mut reader = Reader::new(&text);
        let back = Coordinates::take(&mut reader).unwrap();
        reader.finish().unwrap();
        back
    }

    #[test]
    fn coordinates_read_back_exactly_whatever_their_decimals() {
        for (lat, lon) in
            [(60.16825, 24.952913), (-33.9, -0.000001), (60.123456789, 24.1), (0.1 + 0.2, f64::MAX)]
        {
            let coordinates = Coordinates { lat, lon };
            let back = round_trip(coordinates);
            assert_eq!((back.lat.to_bits(), back.lon.to_bits()), (lat.to_bits(), lon.to_bits()));
        }
    }

    #[test]
    fn six_decimals_travel_as_whole_micro_degrees() {
        let mut writer = Writer::default();
        Coordinates { lat: 60.16825, lon: -24.952913 }.put(&mut writer);
        assert_eq!(writer.finish(), "0;60168250;0;-24952913;");
    }

    #[test]
    fn a_cut_short_or_unknown_pack_is_an_error() {
        let national = CatalogueFile {
            format: CATALOGUE_FORMAT.into(),
            maintainer_email: Some("a@b.fi".into()),
            services: Vec::new(),
        };
        let pack = pack_catalogue(&national);
        assert_eq!(unpack_catalogue(&pack), Ok(national));
        for end in 0..pack.len() {
            assert!(unpack_catalogue(&pack[..end]).is_err(), "{:?}", &pack[..end]);
        }
        assert_eq!(unpack_catalogue(&pack.replacen('1', "9", 1)), Err(WireError::Version(9)));
        assert!(unpack_geography(&pack).is_err(), "a service file is not a geography");
    }
}
