use super::*;
use crate::answers::{parse, LanguageCode, QueryKey, Reach, Situation};
use crate::catalogue::raw::Need;

fn every_reason() -> Vec<Reason> {
    vec![
        Reason::ServesNeeds(Need::ALL.to_vec()),
        Reason::OhjaamoForYoungPeople,
        Reason::OwnEmploymentArea,
        Reason::StudyCounselling,
        Reason::ServesInLanguage(LanguageCode::parse("sv").unwrap()),
        Reason::ServesInLanguage(LanguageCode::parse("ru").unwrap()),
        Reason::VisitNearby { km: 12, precision: Precision::Exact },
        Reason::VisitNearby { km: 12, precision: Precision::MunicipalityCentre },
        Reason::VisitNearby { km: 0, precision: Precision::MunicipalityCentre },
        Reason::OffersPreferredChannel(Reach::Visit),
        Reason::OffersPreferredChannel(Reach::Phone),
        Reason::OffersPreferredChannel(Reach::Online),
        Reason::OpenNow,
        Reason::OpensSoon,
        Reason::UrgentHelp,
        Reason::SomeoneToTalkTo,
    ]
}

fn check(text: &str) {
    assert!(!text.trim().is_empty(), "empty text");
    assert!(!text.contains('{') && !text.contains('}'), "unfilled placeholder in {text:?}");
}

#[test]
fn every_reason_is_worded_in_every_language() {
    for reason in every_reason() {
        let texts: Vec<String> =
            Lang::ALL.into_iter().map(|lang| super::reason(&reason, lang)).collect();
        texts.iter().for_each(|text| check(text));
        assert_ne!(texts[0], texts[1], "{reason:?}: fi and sv must differ");
        assert_ne!(texts[0], texts[2], "{reason:?}: fi and en must differ");
    }
}

#[test]
fn reasons_fill_in_their_values() {
    let needs = Reason::ServesNeeds(vec![Need::Work, Need::Study]);
    assert_eq!(
        super::reason(&needs, Lang::En),
        "Helps with: finding work, choosing and applying for studies"
    );
    let swedish = Reason::ServesInLanguage(LanguageCode::parse("sv").unwrap());
    assert_eq!(super::reason(&swedish, Lang::Sv), "Betjänar på: svenska");
    let russian = Reason::ServesInLanguage(LanguageCode::parse("ru").unwrap());
    assert_eq!(super::reason(&russian, Lang::Fi), "Palvelee kielellä: ru");
    let near = Reason::VisitNearby { km: 7, precision: Precision::Exact };
    assert_eq!(
        super::reason(&near, Lang::Fi),
        "Käyntipaikka noin 7 km:n päässä kuntasi keskustasta"
    );
}

#[test]
fn every_query_note_is_worded_in_every_language() {
    let (_, notes) = parse("theme=1&age=abc&age=19&x=%zz&needs=work,dragons");
    assert_eq!(notes.len(), 5);
    for note in &notes {
        for lang in Lang::ALL {
            check(&query_note(note, lang));
        }
    }
    assert_eq!(
        query_note(&notes[1], Lang::En),
        "We didn't understand \"abc\" for age, so we left it out. You can answer again."
    );
}

#[test]
fn a_value_from_the_link_cannot_fill_another_placeholder() {
    let note = QueryNote::BadValue { key: QueryKey::Age, value: "{label}".into() };
    assert_eq!(
        query_note(&note, Lang::En),
        "We didn't understand \"{label}\" for age, so we left it out. You can answer again."
    );
}

#[test]
fn every_input_problem_and_fit_is_worded() {
    let problems = [
        InputProblem::Missing,
        InputProblem::AgeNotANumber,
        InputProblem::AgeOutOfRange,
        InputProblem::UnknownMunicipality,
        InputProblem::NotAnOption,
    ];
    for problem in problems {
        for lang in Lang::ALL {
            check(input_problem(problem, lang, false));
        }
    }
    for lang in Lang::ALL {
        assert_eq!(fit_note(Fit::Exact, lang), None);
        check(fit_note(Fit::NothingMatchedExactly, lang).unwrap());
        check(fit_note(Fit::NationalOnly, lang).unwrap());
    }
}

#[test]
fn plain_finnish_replaces_the_questionnaires_texts_only_on_a_finnish_page() {
    let situation = Question::Situation;
    assert_eq!(question_title(situation, Lang::Fi, true), "Mitä teet nyt?");
    assert_eq!(question_title(situation, Lang::Fi, false), "Mikä on tilanteesi nyt?");
    assert_eq!(
        question_title(situation, Lang::Sv, true),
        question_title(situation, Lang::Sv, false)
    );
    assert_eq!(need_label(Need::Housing, Lang::Fi, true), "Tarvitsen asunnon");
    assert_eq!(
        input_problem(InputProblem::Missing, Lang::Fi, true),
        "Et valinnut mitään. Valitse yksi vaihtoehto."
    );
    let progress = Progress { current: 2, total: 6 };
    assert_eq!(super::progress(progress, Lang::Fi, true), "Kysymys 2. Kysymyksiä on 6.");
    // Without a plain version, the standard text.
    assert_eq!(question_title(Question::Age, Lang::Fi, true), "Kuinka vanha olet?");
}

#[test]
fn every_question_option_and_label_is_worded_in_every_language() {
    let mut texts: Vec<[&str; 3]> = Vec::new();
    let each = |text: fn(Lang) -> &'static str| Lang::ALL.map(text);
    for question in Question::ALL {
        texts.push(Lang::ALL.map(|lang| question_title(question, lang, false)));
        texts.push(Lang::ALL.map(|lang| question_hint(question, lang, false)));
        texts.push(Lang::ALL.map(|lang| not_sure_label(question, lang, false)));
    }
    for situation in Situation::ALL {
        texts.push(Lang::ALL.map(|lang| situation_label(situation, lang, false)));
    }
    for need in Need::ALL {
        texts.push(Lang::ALL.map(|lang| need_label(need, lang, false)));
    }
    for reach in Reach::ALL {
        texts.push(Lang::ALL.map(|lang| reach_label(reach, lang, false)));
    }
    for label in Label::ALL {
        texts.push(Lang::ALL.map(|lang| super::label(label, lang, false)));
    }
    texts.push(each(|lang| language_label("sv", lang).unwrap()));
    for [fi, sv, en] in texts {
        [fi, sv, en].iter().for_each(|text| check(text));
        assert_ne!(fi, sv, "fi and sv must differ: {fi}");
        assert_ne!(fi, en, "fi and en must differ: {fi}");
    }
    assert_eq!(language_label("ru", Lang::Fi), None);
}

#[test]
fn progress_fills_in_both_numbers() {
    let progress = Progress { current: 2, total: 5 };
    assert_eq!(super::progress(progress, Lang::Fi, false), "Kysymys 2/5");
    assert_eq!(super::progress(progress, Lang::Sv, false), "Fråga 2 av 5");
    assert_eq!(super::progress(progress, Lang::En, false), "Question 2 of 5");
}

#[test]
fn every_kind_of_service_and_channel_is_worded_in_every_language() {
    use crate::catalogue::raw::{ChannelKind, ServiceKind};
    for kind in ServiceKind::ALL {
        let [fi, sv, en] = Lang::ALL.map(|lang| service_kind_label(kind, lang));
        [fi, sv, en].iter().for_each(|text| check(text));
        assert_ne!(fi, en, "{kind:?}: fi and en must differ");
    }
    for kind in ChannelKind::ALL {
        Lang::ALL.into_iter().for_each(|lang| check(channel_kind_label(kind, lang)));
    }
    assert_eq!(channel_kind_label(ChannelKind::Sms, Lang::Sv), "Textmeddelande");
}

#[test]
fn a_channels_access_and_languages_in_words() {
    use crate::catalogue::raw::Access;
    for access in [Access::WalkIn, Access::Appointment, Access::WalkInAndAppointment] {
        let [fi, sv, en] = Lang::ALL.map(|lang| access_label(access, lang));
        [fi, sv, en].iter().for_each(|text| check(text));
        assert_ne!(fi, en);
    }
    let codes = ["fi".to_owned(), "sv".to_owned(), "ru".to_owned()];
    assert_eq!(serves_in(&codes, Lang::En).as_deref(), Some("Serves in: Finnish, Swedish, ru"));
    assert_eq!(serves_in(&codes[..1], Lang::Sv).as_deref(), Some("Betjänar på: finska"));
    assert_eq!(serves_in(&[], Lang::Fi), None);
}

#[test]
fn dates_and_times_as_each_language_writes_them() {
    use crate::hours::civil::{Date, Time};
    let date = Date::new(2026, 11, 3).unwrap();
    assert_eq!(calendar::date(date, Lang::Fi), "3.11.2026");
    assert_eq!(calendar::date(date, Lang::En), "3 November 2026");
    assert_eq!(calendar::day_of_year(date, Lang::Fi), "3.11.");
    assert_eq!(calendar::time(Time::new(9, 5).unwrap(), Lang::Sv), "9.05");
    assert_eq!(calendar::time(Time::new(9, 5).unwrap(), Lang::En), "09:05");
    for day in crate::hours::civil::WEEK {
        for lang in Lang::ALL {
            check(calendar::weekday(day, lang));
            check(calendar::on_weekday(day, lang));
            check(calendar::until_weekday(day, lang));
        }
    }
}
