//! JSON Schemas of the two file formats, generated from the raw types so they cannot drift from
//! what the loader accepts. Editors use them for completion and inline errors; the validator
//! remains the authority (the schema cannot express rules across fields or files).

use super::raw::{CatalogueFile, GeographyFile};

/// The schema of a service file, pretty-printed with a final newline, as committed in
/// `catalogue/catalogue.schema.json`.
pub fn catalogue_schema() -> String {
    pretty(schemars::schema_for!(CatalogueFile))
}

/// The schema of the geography file, as committed in `catalogue/geography.schema.json`.
pub fn geography_schema() -> String {
    pretty(schemars::schema_for!(GeographyFile))
}

fn pretty(schema: schemars::Schema) -> String {
    // A schema is a JSON value; printing it cannot fail.
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn the_schema_honours_serde_attributes() {
        let schema = parse(&catalogue_schema());
        let defs = &schema["$defs"];
        // deny_unknown_fields
        assert_eq!(schema["additionalProperties"], Value::Bool(false));
        assert_eq!(defs["Service"]["additionalProperties"], Value::Bool(false));
        // default: optional fields are not required
        let required = defs["Service"]["required"].as_array().unwrap();
        assert!(required.contains(&Value::from("id")));
        assert!(!required.contains(&Value::from("needs")));
        // rename_all
        assert!(defs["ServiceKind"].to_string().contains("youth-work"));
        assert!(defs["ChannelKind"].to_string().contains("whatsapp"));
        // tag = "type"
        assert!(defs["Area"].to_string().contains("whole_country_except_aland"));
        assert!(defs["Area"].to_string().contains("\"type\""));
    }

    #[test]
    fn the_geography_schema_describes_the_geography_file() {
        let schema = parse(&geography_schema());
        let required = schema["required"].as_array().unwrap();
        assert!(required.contains(&Value::from("municipalities")));
        assert!(schema["$defs"]["LanguageStatus"]
            .to_string()
            .contains("bilingual_swedish_majority"));
    }
}
