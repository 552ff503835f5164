use suunta_core::lang::Lang;

use super::*;
use crate::message::{Answer, Ask, QrCode, Request, Response, Suggestion};
use crate::screen::*;

fn link(href: &str, text: &str) -> Link {
    Link { href: href.to_owned(), text: text.to_owned() }
}

fn choice(value: &str, label: &str, selected: bool) -> Choice {
    Choice { value: value.to_owned(), label: label.to_owned(), selected }
}

fn card() -> Card {
    Card {
        id: "ohjaamo-helsinki".to_owned(),
        name: Shown { text: "Ohjaamo Helsinki".to_owned(), lang: None },
        kind: "Ohjaamo".to_owned(),
        summary: Some(Shown { text: "Apua alle 30-vuotiaille".to_owned(), lang: Some(Lang::Fi) }),
        reasons: vec!["Auttaa työnhaussa".to_owned(), String::new()],
        note: None,
        channels: vec![ChannelView {
            kind: "phone".to_owned(),
            label: "Puhelin".to_owned(),
            links: vec![ChannelLink {
                kind: "phone".to_owned(),
                href: "tel:+358931012345".to_owned(),
                text: "+358 9 310 12345".to_owned(),
                qr: Some(QrCode { size: 21, path: "M0 0h7v1h-7z".to_owned() }),
            }],
            address: Some("Fredrikinkatu 48, 00100 Helsinki".to_owned()),
            distance: Some("2 km".to_owned()),
            status: Some("Auki klo 16.00 asti".to_owned()),
            details: vec!["Ilman ajanvarausta".to_owned()],
        }],
        href: "?age=19&service=ohjaamo-helsinki".to_owned(),
        provenance: Some("Tarkistettu 20.11.2026".to_owned()),
        report: Some(link("mailto:a@b.fi?subject=ohjaamo-helsinki", "Ilmoita virheestä")),
        here: Some("Olet täällä – kysy lisää tiskiltä".to_owned()),
    }
}

fn screen(body: Body) -> Screen {
    Screen {
        lang: Lang::Sv,
        title: "Ålder – Suunta".to_owned(),
        heading: "Hur gammal är du?".to_owned(),
        notes: vec!["Okänd nyckel: föö".to_owned()],
        chrome: Chrome {
            help_now: link("?urgent=1", "Hjälp genast"),
            languages: Lang::ALL
                .into_iter()
                .map(|lang| LanguageLink {
                    lang,
                    plain: lang == Lang::Fi,
                    href: format!("?lang={}", lang.id()),
                    current: lang == Lang::Sv,
                })
                .collect(),
        },
        search: match body {
            Body::Start(_) => None,
            _ => Some(SearchBox {
                value: "navigatorn i vasa & ö".to_owned(),
                keep: "lang=sv&kiosk=1".to_owned(),
                status: "3 tjänster hittades".to_owned(),
            }),
        },
        body,
    }
}

/// One of every body, every input and every optional field both present and absent.
fn every_screen() -> Vec<Screen> {
    let question = |input| QuestionScreen {
        question: "age".to_owned(),
        hint: "I hela år".to_owned(),
        progress: Some("Fråga 1 av 6".to_owned()),
        back_href: "./".to_owned(),
        input,
        problem: Some("Skriv din ålder med siffror".to_owned()),
    };
    let not_sure = choice("skip", "Jag vill inte säga", false);
    vec![
        screen(Body::Start(StartScreen { start_href: "?edit=age".to_owned() })),
        screen(Body::Question(question(Input::Age {
            value: "19".to_owned(),
            not_sure: not_sure.clone(),
        }))),
        screen(Body::Question(question(Input::Municipality {
            value: "Vaasa – Vasa".to_owned(),
            not_sure,
        }))),
        screen(Body::Question(question(Input::OneOf(vec![
            choice("study", "Studerar", true),
            choice("skip", "Vet inte", false),
        ])))),
        screen(Body::Question(question(Input::AnyOf(vec![])))),
        screen(Body::Summary(SummaryScreen {
            rows: vec![SummaryRow {
                question: "Ålder".to_owned(),
                answer: "19".to_owned(),
                change_href: "?age=19&edit=age".to_owned(),
            }],
            results_href: "?age=19&done=1".to_owned(),
            start_again_href: "./".to_owned(),
        })),
        screen(Body::Results(ResultsScreen {
            urgent: false,
            message: Some("Inget passade exakt".to_owned()),
            cards: vec![card(), Card { summary: None, report: None, ..card() }],
            filters: vec![Filter {
                label: "På svenska".to_owned(),
                href: "?f=sv".to_owned(),
                on: true,
            }],
            map: Some(ResultsMap {
                caption: "Kartan visar".to_owned(),
                left: -12,
                top: 840,
                side: 208,
                width: 644,
                height: 1140,
                outline: "M1 2l3 -4z".to_owned(),
                mark: 8,
                home: Some(MapMark { x: -3, y: 900, numbers: Vec::new() }),
                places: vec![MapMark { x: 10, y: 905, numbers: vec![1, 3] }],
            }),
            change_href: "?age=19".to_owned(),
            start_again_href: "./".to_owned(),
            catalogue_updated: None,
            links: Vec::new(),
        })),
        screen(Body::Results(ResultsScreen {
            urgent: false,
            message: Some("12 tjänster".to_owned()),
            cards: vec![card()],
            filters: Vec::new(),
            map: None,
            change_href: String::new(),
            start_again_href: "?lang=sv".to_owned(),
            catalogue_updated: None,
            links: vec![Filter {
                label: "Riksomfattande tjänster".to_owned(),
                href: "?browse=national".to_owned(),
                on: false,
            }],
        })),
        screen(Body::Results(ResultsScreen {
            urgent: true,
            message: None,
            cards: Vec::new(),
            filters: Vec::new(),
            map: None,
            change_href: "?age=19".to_owned(),
            start_again_href: "./".to_owned(),
            catalogue_updated: Some("Palvelutiedot päivitetty 23.11.2026".to_owned()),
            links: Vec::new(),
        })),
        screen(Body::Service(ServiceScreen {
            card: card(),
            description: Some(Shown { text: "Lång text\nmed rader".to_owned(), lang: None }),
            sections: vec![Section {
                heading: "Tillgänglighet".to_owned(),
                paragraphs: vec![Shown { text: "Hiss".to_owned(), lang: Some(Lang::Fi) }],
            }],
            hours: vec![HoursTable {
                caption: "Besök".to_owned(),
                week: vec![("Måndag".to_owned(), "9.00–16.00".to_owned())],
                exceptions: vec![("24.12.2026".to_owned(), "Stängt".to_owned())],
            }],
            back_href: "?age=19&done=1".to_owned(),
        })),
        screen(Body::Failed(FailedScreen { message: "Katalogen kunde inte laddas".to_owned() })),
    ]
}

fn every_response() -> Vec<Response> {
    let mut answers: Vec<Answer> =
        every_screen().into_iter().map(|screen| Answer::Screen(Box::new(screen))).collect();
    answers.push(Answer::Go { query: "age=19&municipality=091".to_owned() });
    answers.push(Answer::Suggestions(vec![Suggestion {
        code: "905".to_owned(),
        label: "Vaasa – Vasa".to_owned(),
        value: "Vaasa".to_owned(),
    }]));
    answers.push(Answer::Suggestions(vec![]));
    answers.push(Answer::Located { name: "Jyväskylä".to_owned() });
    answers.push(Answer::Qr(Some(QrCode { size: 21, path: "M0 0h7v1h-7z".to_owned() })));
    answers.push(Answer::Qr(None));
    answers.into_iter().enumerate().map(|(id, answer)| Response { id: id as u32, answer }).collect()
}

fn every_request() -> Vec<Request> {
    [
        Ask::Show,
        Ask::Answer { question: "needs".to_owned(), input: "work,study".to_owned() },
        Ask::Suggest { text: "jyvä".to_owned() },
        Ask::Locate { latitude: 62.2426, longitude: -25.7473 },
        Ask::Locate { latitude: f64::MIN_POSITIVE, longitude: -0.0 },
        Ask::Retry,
        Ask::Qr { text: "https://suunta.example/?age=19&done=1".to_owned() },
    ]
    .into_iter()
    .enumerate()
    .map(|(id, ask)| Request {
        id: u32::MAX - id as u32,
        query: "age=19&lang=sv".to_owned(),
        now_ms: 1_795_000_000_000 - id as i64 * 1_000_000_000_000_000,
        ask,
    })
    .collect()
}

#[test]
fn every_response_and_request_reads_back_as_it_was_written() {
    for response in every_response() {
        assert_eq!(decode::<Response>(&encode(&response)), Ok(response));
    }
    for request in every_request() {
        assert_eq!(decode::<Request>(&encode(&request)), Ok(request));
    }
}

#[test]
fn numbers_keep_their_extremes_and_sign() {
    for value in [0, 1, -1, i64::MAX, i64::MIN] {
        assert_eq!(decode::<i64>(&encode(&value)), Ok(value));
    }
    for value in [0.0, -0.0, 1.5, f64::MAX, f64::INFINITY] {
        assert_eq!(decode::<f64>(&encode(&value)).map(f64::to_bits), Ok(value.to_bits()));
    }
    assert_eq!(encode(&-12i64), format!("{VERSION};-12;"));
}

#[test]
fn strings_are_length_prefixed_so_separators_inside_them_are_harmless() {
    let tricky = "5:;1;\u{0}ä<script>".to_owned();
    assert_eq!(decode::<String>(&encode(&tricky)), Ok(tricky));
    assert_eq!(encode(&"Åbo".to_owned()), format!("{VERSION};4:Åbo"), "the length counts bytes");
}

#[test]
fn every_cut_short_message_is_an_error_never_a_panic_or_a_different_value() {
    for response in every_response() {
        let text = encode(&response);
        for end in (0..text.len()).filter(|&end| text.is_char_boundary(end)) {
            assert!(decode::<Response>(&text[..end]).is_err(), "{:?}", &text[..end]);
        }
    }
}

#[test]
fn a_message_from_another_build_is_refused_by_version() {
    let text = encode(&Answer::Go { query: String::new() });
    let other = text.replacen(&format!("{VERSION};"), &format!("{};", VERSION + 1), 1);
    assert_eq!(decode::<Answer>(&other), Err(WireError::Version(VERSION + 1)));
}

/// `rest` after this build's version, as a message from it would start.
fn versioned(rest: &str) -> String {
    format!("{VERSION};{rest}")
}

#[test]
fn extra_bytes_unknown_variants_and_bad_fields_are_errors() {
    let text = encode(&Ask::Show);
    assert_eq!(decode::<Ask>(&format!("{text}0;")), Err(WireError::TrailingBytes));
    assert_eq!(decode::<Ask>(&versioned("9;")), Err(WireError::UnknownVariant(9)));
    assert_eq!(decode::<Lang>(&versioned("3;")), Err(WireError::UnknownVariant(3)));
    assert_eq!(decode::<bool>(&versioned("2;")), Err(WireError::Malformed(2)));
    assert_eq!(decode::<u32>(&versioned("4294967296;")), Err(WireError::Malformed(2)));
    assert_eq!(decode::<i64>(&versioned("99999999999999999999;")), Err(WireError::Malformed(2)));
    assert_eq!(decode::<u32>(&versioned(";")), Err(WireError::Malformed(2)), "no digits");
    assert_eq!(decode::<u32>(&versioned("-1;")), Err(WireError::Malformed(2)));
    assert_eq!(decode::<String>(&versioned("x:")), Err(WireError::Malformed(2)));
    assert_eq!(decode::<String>(&versioned("-1:a")), Err(WireError::Malformed(2)));
    assert_eq!(decode::<String>(&versioned("9:short")), Err(WireError::Truncated));
}

#[test]
fn a_length_that_splits_a_character_is_malformed() {
    // "ä" is two bytes; a length of 1 ends inside it.
    assert_eq!(decode::<String>(&versioned("1:ä")), Err(WireError::Malformed(2)));
}

#[test]
fn a_huge_claimed_length_fails_without_reserving_memory_for_it() {
    assert_eq!(decode::<Vec<String>>(&versioned("4000000000;1:a")), Err(WireError::Truncated));
}
