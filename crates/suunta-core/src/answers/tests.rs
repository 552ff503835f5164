use std::collections::BTreeSet;

use super::*;

/// Parses `query` and compares the canonical query it rebuilds and the notes, in one shape for
/// every case: what survived, and what was left out.
fn check(query: &str, expected_canonical: &str, expected_notes: &[QueryNote]) {
    let (answers, notes) = parse(query);
    assert_eq!(to_query(&answers), expected_canonical, "canonical form of {query:?}");
    assert_eq!(notes, expected_notes, "notes for {query:?}");
}

fn bad(key: QueryKey, value: &str) -> QueryNote {
    QueryNote::BadValue { key, value: value.to_owned() }
}

#[test]
fn a_full_query_round_trips_in_canonical_order() {
    check(
        "needs=study,work&age=19&municipality=091&lang=sv&situation=looking-for-work&reach=visit&service_lang=sv",
        "lang=sv&age=19&municipality=091&situation=looking-for-work&needs=work,study&reach=visit&service_lang=sv",
        &[],
    );
}

#[test]
fn every_question_can_be_answered_not_sure() {
    check(
        "age=skip&municipality=skip&situation=skip&needs=unsure&reach=skip&service_lang=skip",
        "age=skip&municipality=skip&situation=skip&needs=unsure&reach=skip&service_lang=skip",
        &[],
    );
}

#[test]
fn flags_and_navigation_keys() {
    check("?done=1&urgent=1&edit=needs", "urgent=1&edit=needs&done=1", &[]);
}

#[test]
fn an_empty_query_is_no_answers() {
    for query in ["", "?", "&&", "?&"] {
        let (answers, notes) = parse(query);
        assert_eq!(answers, Answers::default(), "{query:?}");
        assert!(notes.is_empty(), "{query:?}");
    }
}

#[test]
fn unknown_keys_are_dropped_with_a_note() {
    check(
        "age=19&theme=dark&colour=blue",
        "age=19",
        &[
            QueryNote::UnknownKey { key: "theme".into() },
            QueryNote::UnknownKey { key: "colour".into() },
        ],
    );
}

#[test]
fn plain_finnish_is_a_flag_after_the_language_and_survives_start_again() {
    check("age=19&plain=1&lang=fi", "lang=fi&plain=1&age=19", &[]);
    check("plain=0", "", &[QueryNote::BadValue { key: QueryKey::Plain, value: "0".into() }]);
    let (answers, _) = parse("lang=fi&plain=1&age=19&done=1");
    assert!(answers.plain);
    assert_eq!(to_query(&answers.cleared()), "lang=fi&plain=1");
}

#[test]
fn bad_values_are_dropped_with_a_note() {
    check("age=abc", "", &[bad(QueryKey::Age, "abc")]);
    check("age=121", "", &[bad(QueryKey::Age, "121")]);
    check("age=-1", "", &[bad(QueryKey::Age, "-1")]);
    check("age=", "", &[bad(QueryKey::Age, "")]);
    check("age=99999999999999999999", "", &[bad(QueryKey::Age, "99999999999999999999")]);
    check("age=120", "age=120", &[]);
    check("age=0", "age=0", &[]);
    check("municipality=91", "", &[bad(QueryKey::Municipality, "91")]);
    check("municipality=helsinki", "", &[bad(QueryKey::Municipality, "helsinki")]);
    check("situation=retired", "", &[bad(QueryKey::Situation, "retired")]);
    check("reach=pigeon", "", &[bad(QueryKey::Reach, "pigeon")]);
    check("service_lang=swedish", "", &[bad(QueryKey::ServiceLang, "swedish")]);
    check("service_lang=RU", "", &[bad(QueryKey::ServiceLang, "RU")]);
    check("service_lang=ru", "service_lang=ru", &[]);
    check("lang=de", "", &[bad(QueryKey::Lang, "de")]);
    check("urgent=yes", "", &[bad(QueryKey::Urgent, "yes")]);
    check("done=0", "", &[bad(QueryKey::Done, "0")]);
    check("edit=shoe-size", "", &[bad(QueryKey::Edit, "shoe-size")]);
}

#[test]
fn a_needs_list_keeps_its_known_ids() {
    check("needs=work,dragons,study", "needs=work,study", &[bad(QueryKey::Needs, "dragons")]);
    check("needs=dragons", "", &[bad(QueryKey::Needs, "dragons")]);
    check("needs=", "", &[bad(QueryKey::Needs, "")]);
    check("needs=work,,study", "needs=work,study", &[bad(QueryKey::Needs, "work,,study")]);
    check("needs=study,work,study", "needs=work,study", &[]);
}

#[test]
fn a_repeated_key_keeps_its_first_value() {
    check("age=19&age=45", "age=19", &[QueryNote::RepeatedKey { key: QueryKey::Age }]);
}

#[test]
fn percent_escapes_and_plus_are_decoded() {
    check("needs=work%2Cstudy&age=%31%39", "age=19&needs=work,study", &[]);
    check("a+b=1", "", &[QueryNote::UnknownKey { key: "a b".into() }]);
    check("age=%zz", "", &[QueryNote::Unreadable { part: "age=%zz".into() }]);
    check("age=%3", "", &[QueryNote::Unreadable { part: "age=%3".into() }]);
    check("age=%ff", "", &[QueryNote::Unreadable { part: "age=%ff".into() }]);
}

#[test]
fn echoed_values_are_shortened() {
    let long = "x".repeat(500);
    let (_, notes) = parse(&format!("{long}=1"));
    let QueryNote::UnknownKey { key } = &notes[0] else { panic!("{notes:?}") };
    assert_eq!(key.chars().count(), 41, "40 characters and an ellipsis");
}

#[test]
fn multibyte_text_never_splits_a_character() {
    let (_, notes) = parse(&format!("age={}", "ä".repeat(60)));
    let QueryNote::BadValue { value, .. } = &notes[0] else { panic!("{notes:?}") };
    assert!(value.ends_with('…'));
}

#[test]
fn typed_answers_are_read_back() {
    let (answers, _) =
        parse("age=19&municipality=091&situation=looking-for-work&needs=work&reach=skip");
    assert_eq!(answers.age_years(), Some(19));
    assert_eq!(answers.municipality_code().map(MunicipalityCode::as_str), Some("091"));
    assert_eq!(answers.situation_given(), Some(Situation::LookingForWork));
    assert_eq!(answers.needs, Some(BTreeSet::from([Need::Work])));
    assert_eq!(answers.reach, Some(Answer::NotSure));
    assert_eq!(answers.reach_given(), None);
    assert_eq!(answers.ui_lang(), Lang::Fi);
}

#[test]
fn start_again_keeps_only_the_language() {
    let (answers, _) = parse("lang=en&age=19&urgent=1&done=1");
    assert_eq!(to_query(&answers.cleared()), "lang=en");
}

#[test]
fn every_value_of_every_key_round_trips() {
    let mut samples = vec![Answers::default()];
    for lang in Lang::ALL {
        samples.push(Answers { lang: Some(lang), ..Answers::default() });
    }
    for situation in Situation::ALL {
        samples.push(Answers { situation: Some(Answer::Given(situation)), ..Answers::default() });
    }
    for reach in Reach::ALL {
        samples.push(Answers { reach: Some(Answer::Given(reach)), ..Answers::default() });
    }
    for need in Need::ALL {
        samples.push(Answers { needs: Some(BTreeSet::from([need])), ..Answers::default() });
    }
    for question in Question::ALL {
        samples.push(Answers { edit: Some(question), ..Answers::default() });
    }
    for age in 0..=MAX_AGE {
        samples.push(Answers { age: Some(Answer::Given(age)), ..Answers::default() });
    }
    samples.push(Answers {
        urgent: true,
        done: true,
        needs: Some(Need::ALL.into_iter().collect()),
        municipality: Some(Answer::Given(MunicipalityCode::parse("478").unwrap())),
        service_lang: Some(Answer::Given(LanguageCode::parse("sv").unwrap())),
        only: ["open", "remote", "sv", "ru"].into_iter().filter_map(Only::from_id).collect(),
        service: ServiceId::parse("ohjaamo-helsinki-2"),
        ..Answers::default()
    });
    for answers in samples {
        let query = to_query(&answers);
        assert_eq!(parse(&query), (answers, vec![]), "{query}");
    }
}

#[test]
fn an_unknown_municipality_code_is_dropped_with_a_note() {
    let (mut answers, _) = parse("age=19&municipality=999");
    let note = answers.drop_unknown_municipality(|code| code == "091");
    assert_eq!(note, Some(bad(QueryKey::Municipality, "999")));
    assert_eq!(to_query(&answers), "age=19");
    let (mut answers, _) = parse("age=19&municipality=091");
    assert_eq!(answers.drop_unknown_municipality(|code| code == "091"), None);
    assert_eq!(to_query(&answers), "age=19&municipality=091");
    let (mut answers, _) = parse("municipality=skip");
    assert_eq!(answers.drop_unknown_municipality(|_| false), None);
}

#[test]
fn the_results_filters_and_the_service_page_come_last_in_canonical_order() {
    check(
        "service=ohjaamo-helsinki&only=sv,open&age=19&done=1",
        "age=19&done=1&only=open,sv&service=ohjaamo-helsinki",
        &[],
    );
    check("only=remote,remote", "only=remote", &[]);
}

#[test]
fn a_bad_filter_keeps_the_good_ones_and_a_bad_service_id_is_dropped() {
    check("only=open,teleport,sv", "only=open,sv", &[bad(QueryKey::Only, "teleport")]);
    check("only=", "", &[bad(QueryKey::Only, "")]);
    check("only=SV", "", &[bad(QueryKey::Only, "SV")]);
    check("service=Ohjaamo", "", &[bad(QueryKey::Service, "Ohjaamo")]);
    check("service=", "", &[bad(QueryKey::Service, "")]);
    check("service=a/b", "", &[bad(QueryKey::Service, "a/b")]);
    let long = "a".repeat(81);
    let (answers, notes) = parse(&format!("service={long}"));
    assert_eq!(answers.service, None);
    assert_eq!(notes.len(), 1);
}

#[test]
fn an_unknown_service_id_is_dropped_with_a_note() {
    let (mut answers, _) = parse("done=1&service=closed-long-ago");
    let note = answers.drop_unknown_service(|id| id == "ohjaamo-helsinki");
    assert_eq!(note, Some(bad(QueryKey::Service, "closed-long-ago")));
    assert_eq!(to_query(&answers), "done=1");
    let (mut answers, _) = parse("service=ohjaamo-helsinki");
    assert_eq!(answers.drop_unknown_service(|id| id == "ohjaamo-helsinki"), None);
    assert_eq!(to_query(&answers), "service=ohjaamo-helsinki");
}

#[test]
fn start_again_clears_the_filters_and_the_service_page() {
    let (answers, _) = parse("lang=sv&age=19&only=open&service=x");
    assert_eq!(to_query(&answers.cleared()), "lang=sv");
}

#[test]
fn the_hosts_choices_round_trip_last_in_canonical_order() {
    check(
        "compact=1&accent=0b4f8a&preset_region=13&audience=young&embed=https://www.kunta.fi&age=19",
        "age=19&embed=https://www.kunta.fi&audience=young&preset_region=13&accent=0b4f8a&compact=1",
        &[],
    );
    // As URLSearchParams writes an origin, escaped.
    check("embed=http%3A%2F%2F127.0.0.1%3A8081", "embed=http://127.0.0.1:8081", &[]);
    check("audience=adults", "audience=adults", &[]);
}

#[test]
fn hostile_or_malformed_host_choices_are_dropped_with_a_note() {
    check("embed=javascript:alert(1)", "", &[bad(QueryKey::Embed, "javascript:alert(1)")]);
    check("embed=https://evil.fi/x", "", &[bad(QueryKey::Embed, "https://evil.fi/x")]);
    check("embed=*", "", &[bad(QueryKey::Embed, "*")]);
    check("audience=everyone", "", &[bad(QueryKey::Audience, "everyone")]);
    check("preset_region=1", "", &[bad(QueryKey::PresetRegion, "1")]);
    check("preset_municipality=91", "", &[bad(QueryKey::PresetMunicipality, "91")]);
    check("accent=%230b4f8a", "", &[bad(QueryKey::Accent, "#0b4f8a")]);
    check("accent=ffff00", "", &[bad(QueryKey::Accent, "ffff00")]);
    check("accent=red;background:url(x)", "", &[bad(QueryKey::Accent, "red;background:url(x)")]);
    check("compact=0", "", &[bad(QueryKey::Compact, "0")]);
    let long = format!("embed=https://{}.fi", "a".repeat(300));
    let (answers, notes) = parse(&long);
    assert_eq!(answers.embed, Embed::default());
    assert_eq!(notes.len(), 1);
}

#[test]
fn a_preset_municipality_is_the_answer_until_another_is_given() {
    let (answers, _) = parse("preset_municipality=091");
    assert_eq!(answers.municipality_code().map(MunicipalityCode::as_str), Some("091"));
    assert_eq!(to_query(&answers), "municipality=091&preset_municipality=091");
    let (answers, _) = parse("municipality=179&preset_municipality=091");
    assert_eq!(answers.municipality_code().map(MunicipalityCode::as_str), Some("179"));
    let (answers, _) = parse("municipality=skip&preset_municipality=091");
    assert_eq!(answers.municipality, Some(Answer::NotSure));
}

#[test]
fn start_again_keeps_the_hosts_choices() {
    let (answers, _) = parse(
        "lang=sv&age=19&municipality=179&done=1&embed=https://kunta.fi&audience=young&preset_municipality=091&accent=0b4f8a&compact=1",
    );
    assert_eq!(
        to_query(&answers.cleared()),
        "lang=sv&municipality=091&embed=https://kunta.fi&audience=young&preset_municipality=091&accent=0b4f8a&compact=1"
    );
    // Nothing answered but the preset: still the start page.
    let (answers, _) = parse("preset_municipality=091&embed=https://kunta.fi");
    assert_eq!(answers, answers.cleared());
}

#[test]
fn an_unknown_preset_municipality_is_dropped_for_good() {
    let (mut answers, _) = parse("preset_municipality=999");
    let note = answers.drop_unknown_municipality(|code| code == "091");
    assert_eq!(note, Some(bad(QueryKey::PresetMunicipality, "999")));
    assert_eq!(to_query(&answers), "");
}

#[test]
fn the_kiosks_settings_round_trip_last_in_canonical_order() {
    check(
        "kiosk_text=large&kiosk_idle=120&kiosk_here=ohjaamo-helsinki&kiosk=1&age=19&compact=1",
        "age=19&compact=1&kiosk=1&kiosk_here=ohjaamo-helsinki&kiosk_idle=120&kiosk_text=large",
        &[],
    );
    let (answers, _) = parse("kiosk=1&kiosk_idle=45&kiosk_text=large");
    assert!(answers.kiosk.on && answers.kiosk.large_text);
    assert_eq!(answers.kiosk.idle.map(kiosk::IdleSeconds::seconds), Some(45));
}

#[test]
fn a_bad_kiosk_setting_is_dropped_with_a_note_and_the_rest_still_counts() {
    check("kiosk=yes", "", &[bad(QueryKey::Kiosk, "yes")]);
    check("kiosk=1&kiosk_idle=5", "kiosk=1", &[bad(QueryKey::KioskIdle, "5")]);
    check("kiosk=1&kiosk_idle=3600", "kiosk=1", &[bad(QueryKey::KioskIdle, "3600")]);
    check("kiosk=1&kiosk_idle=abc", "kiosk=1", &[bad(QueryKey::KioskIdle, "abc")]);
    check("kiosk=1&kiosk_text=huge", "kiosk=1", &[bad(QueryKey::KioskText, "huge")]);
    check(
        "kiosk=1&kiosk_here=Ohjaamo%20Helsinki&age=19",
        "age=19&kiosk=1",
        &[bad(QueryKey::KioskHere, "Ohjaamo Helsinki")],
    );
}

#[test]
fn start_again_keeps_the_kiosks_settings_and_drops_the_answers() {
    let (answers, _) = parse(
        "lang=en&age=19&municipality=179&done=1&preset_municipality=091&kiosk=1&kiosk_here=ohjaamo-helsinki&kiosk_idle=60",
    );
    assert_eq!(
        to_query(&answers.cleared()),
        "lang=en&municipality=091&preset_municipality=091&kiosk=1&kiosk_here=ohjaamo-helsinki&kiosk_idle=60"
    );
}

#[test]
fn search_browse_and_overview_round_trip_last_in_canonical_order() {
    check(
        "q=ohjaamo%20tampere&lang=sv&browse=need-work&region=13&kiosk=1",
        "lang=sv&kiosk=1&browse=need-work&region=13&q=ohjaamo%20tampere",
        &[],
    );
    // A form's `+` and a browser's escapes are read the same; the text is kept as typed.
    let (answers, notes) = parse("q=Navigatorn+i+Vasa&browse=all");
    assert_eq!(answers.search.as_ref().map(SearchText::as_str), Some("Navigatorn i Vasa"));
    assert!(notes.is_empty());
    assert_eq!(to_query(&answers), "browse=all&q=Navigatorn%20i%20Vasa");
    check("q=jyv%C3%A4skyl%C3%A4", "q=jyv%C3%A4skyl%C3%A4", &[]);
    check("q=a%26b%3Dc", "q=a%26b%3Dc", &[]);
    for value in
        ["all", "national", "need-unsure", "kind-youth-work", "region-01", "municipality-091"]
    {
        let query = format!("browse={value}");
        check(&query, &query, &[]);
    }
}

#[test]
fn a_search_text_is_written_as_the_browser_writes_it() {
    assert_eq!(percent_encode("ohjaamo tampere"), "ohjaamo%20tampere");
    assert_eq!(percent_encode("Jyväskylä"), "Jyv%C3%A4skyl%C3%A4");
    assert_eq!(percent_encode("a-b_c.d!e~f*g'h(i)"), "a-b_c.d!e~f*g'h(i)");
    assert_eq!(percent_encode("100%+/?#&="), "100%25%2B%2F%3F%23%26%3D");
    // Every text survives the trip, whatever it holds.
    for text in ["ohjaamo", "  spaces  ", "åäö ÅÄÖ", "Ἀθῆναι", "a+b", "%", "🙂 emoji"]
    {
        let answers = Answers { search: SearchText::parse(text), ..Answers::default() };
        assert_eq!(parse(&to_query(&answers)).0, answers, "{text:?}");
    }
}

#[test]
fn bad_search_browse_and_overview_values_are_dropped_with_a_note() {
    check("q=", "", &[bad(QueryKey::Q, "")]);
    check("q=+++", "", &[bad(QueryKey::Q, "   ")]);
    let long = "a".repeat(SearchText::MAX_CHARS + 1);
    let (answers, notes) = parse(&format!("q={long}&age=19"));
    assert_eq!(answers.search, None);
    assert_eq!(notes.len(), 1);
    assert!(matches!(&notes[0], QueryNote::BadValue { key: QueryKey::Q, .. }));
    assert_eq!(to_query(&answers), "age=19", "the rest still counts");
    check(&format!("q={}", "ä".repeat(100)), &format!("q={}", "%C3%A4".repeat(100)), &[]);
    check("q=%E4", "", &[QueryNote::Unreadable { part: "q=%E4".into() }]);
    check("browse=dragons", "", &[bad(QueryKey::Browse, "dragons")]);
    check("browse=need-dragons", "", &[bad(QueryKey::Browse, "need-dragons")]);
    check("browse=kind-", "", &[bad(QueryKey::Browse, "kind-")]);
    check("browse=region-1", "", &[bad(QueryKey::Browse, "region-1")]);
    check("browse=municipality-91", "", &[bad(QueryKey::Browse, "municipality-91")]);
    check("browse=ALL", "", &[bad(QueryKey::Browse, "ALL")]);
    check("region=1", "", &[bad(QueryKey::Region, "1")]);
    check("region=uusimaa&age=19", "age=19", &[bad(QueryKey::Region, "uusimaa")]);
    check("q=a&q=b", "q=a", &[QueryNote::RepeatedKey { key: QueryKey::Q }]);
}

#[test]
fn the_regional_overview_is_not_the_embeds_region_preset() {
    let (answers, notes) = parse("region=13&preset_region=01");
    assert!(notes.is_empty());
    assert_eq!(answers.overview.as_ref().map(RegionCode::as_str), Some("13"));
    assert_eq!(answers.embed.region.as_ref().map(RegionCode::as_str), Some("01"));
    assert_eq!(to_query(&answers), "preset_region=01&region=13");
}

#[test]
fn start_again_leaves_a_search_a_browse_list_and_an_overview() {
    let (answers, _) = parse("lang=sv&q=ohjaamo&browse=all&region=13&kiosk=1");
    assert!(answers.looks_up());
    assert_eq!(to_query(&answers.cleared()), "lang=sv&kiosk=1");
    assert!(!answers.cleared().looks_up());
    // "Help right now" wins over whatever else the address holds.
    assert!(!parse("urgent=1&q=ohjaamo").0.looks_up());
}
