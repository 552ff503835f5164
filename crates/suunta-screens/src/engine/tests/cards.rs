//! What a card says about a service: channels with status, details and distance, the caveat,
//! when it was checked, and the way to report wrong information.

use super::harness::{card, published, Worker};
use crate::screen::{Body, ChannelView};

const HELSINKI_JOBSEEKER: &str = "lang=en&age=19&municipality=091&situation=looking-for-work\
     &needs=work&reach=visit&service_lang=fi&done=1";

fn channel<'a>(channels: &'a [ChannelView], kind: &str) -> &'a ChannelView {
    channels.iter().find(|channel| channel.kind == kind).unwrap_or_else(|| panic!("{channels:#?}"))
}

#[test]
fn a_visit_channel_has_its_address_distance_and_facts() {
    let mut worker = Worker::new();
    let results = worker.screen(HELSINKI_JOBSEEKER);
    let ohjaamo = card(&results, "ohjaamo-helsinki");
    let visit = channel(&ohjaamo.channels, "visit");
    assert_eq!(visit.label, "Visiting address");
    assert_eq!(visit.address.as_deref(), Some("Kamppi, Fredrikinkatu 48, Helsinki"));
    // The catalogue knows the address only by municipality, and it is the person's own.
    assert_eq!(visit.distance.as_deref(), Some("In your own municipality"));
    // No structured hours: no status, but the catalogue's note on the hours is there.
    assert_eq!(visit.status, None);
    assert_eq!(
        visit.details,
        [
            "No appointment needed",
            "Serves in: Finnish, Swedish",
            "Reported in 2016: Mon–Fri 10–17. Check current hours."
        ]
    );
}

#[test]
fn a_place_in_the_next_municipality_is_measured_centre_to_centre() {
    let mut worker = Worker::new();
    // Kauniainen (235) is served by Espoo's Lippulaiva Ohjaamo.
    let results = worker.screen(
        "lang=fi&age=19&municipality=235&situation=neither&needs=work,study&reach=visit\
         &service_lang=skip&done=1",
    );
    let lippulaiva = card(&results, "ohjaamo-espoo-lippulaiva");
    let visit = channel(&lippulaiva.channels, "visit");
    let distance = visit.distance.as_deref().unwrap_or_default();
    assert!(
        distance.starts_with("Noin ")
            && distance.ends_with(" km kuntasi keskustasta (kuntien keskustojen väli)"),
        "{distance}"
    );
    assert_eq!(visit.address.as_deref(), Some("Lippulaivan kirjasto, Espoonlahdenkatu 8, Espoo"));
}

#[test]
fn urgent_lines_say_they_are_open_around_the_clock() {
    let mut worker = Worker::new();
    let results = worker.screen("lang=sv&urgent=1");
    let emergency = card(&results, "hatanumero-112");
    let phone = channel(&emergency.channels, "phone");
    assert_eq!(phone.status.as_deref(), Some("Öppet dygnet runt"));
    assert_eq!(phone.details, ["Ingen tidsbokning"]);
    assert_eq!(phone.links[0].href, "tel:112");
    // A channel with its own name keeps it; its languages are said in words.
    let mll = card(&results, "mll-lasten-ja-nuorten-puhelin");
    let swedish_line = mll.channels.iter().find(|c| c.label == "Svenska linjen").unwrap();
    assert_eq!(swedish_line.links[0].href, "tel:080096116");
    assert_eq!(swedish_line.details[..2], ["Ingen tidsbokning", "Betjänar på: svenska"]);
}

#[test]
fn every_card_says_when_it_was_checked_and_where_from() {
    let mut worker = Worker::new();
    let results = worker.screen(HELSINKI_JOBSEEKER);
    let ohjaamo = card(&results, "ohjaamo-helsinki");
    let provenance = ohjaamo.provenance.as_deref().unwrap_or_default();
    assert!(
        provenance.starts_with("Information checked 23 November 2026 · Source: "),
        "{provenance}"
    );
    let market = card(&results, "tyomarkkinatori");
    assert_eq!(
        market.note.as_deref(),
        Some("On Åland, jobseekers register with AMS."),
        "the catalogue's caveat on who it is for"
    );
}

#[test]
fn report_wrong_information_only_with_the_catalogues_maintainer_address() {
    let mut worker = Worker::new();
    let results = worker.screen("lang=en&urgent=1");
    // The shipped catalogue names no maintainer address, and none is made up.
    assert_eq!(card(&results, "hatanumero-112").report, None);

    let mut worker = Worker::new();
    let national = published()["national.json"].replacen(
        "{\"format\":\"suunta-catalogue/1\",",
        "{\"format\":\"suunta-catalogue/1\",\"maintainer_email\":\"tiedot@example.fi\",",
        1,
    );
    worker.set_text("national.json", national);
    let results = worker.screen("lang=en&urgent=1");
    let report = card(&results, "hatanumero-112").report.clone().expect("a report link");
    assert_eq!(report.text, "Report wrong information");
    assert!(
        report.href.starts_with(
            "mailto:tiedot@example.fi?subject=Suunta%3A%20wrong%20information%20%28hatanumero-112%29&body="
        ),
        "{}",
        report.href
    );
}

#[test]
fn a_service_with_no_way_to_reach_it_is_left_out_rather_than_shown_as_a_dead_end() {
    let mut worker = Worker::new();
    let results = worker.screen("lang=fi&urgent=1");
    let Body::Results(listed) = &results.body else { panic!("{results:#?}") };
    let ids: Vec<&str> = listed.cards.iter().map(|card| card.id.as_str()).collect();
    // The catalogue knows these chats exist but has no address for them yet (catalogue/README.md).
    for unreachable in ["apuu-chat", "ensi-ja-turvakotien-chat", "mll-nuortennetti-chat"] {
        assert!(!ids.contains(&unreachable), "{unreachable} in {ids:?}");
    }
    assert!(ids.contains(&"sekasin-chat"), "a chat with its address stays: {ids:?}");
    for card in &listed.cards {
        let reachable = card
            .channels
            .iter()
            .any(|channel| !channel.links.is_empty() || channel.address.is_some());
        assert!(reachable, "{card:#?}");
    }
}
