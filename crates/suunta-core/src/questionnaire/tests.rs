//! Node-by-node flow tests: every question's next steps and validations, walked through
//! `respond` exactly as the pages would, on the fixture catalogue.

use super::*;
use crate::answers::{parse, to_query, Answer};
use crate::catalogue::raw::Area;
use crate::catalogue::raw::{ChannelKind, Need, Service, ServiceKind};
use crate::geography::Geography;
use crate::matching::fixture::{self, other, service, visit, ServiceFixture};

struct Flow {
    services: Vec<Service>,
    geography: Geography,
}

impl Flow {
    fn new() -> Flow {
        Flow { services: fixture::services(), geography: fixture::geography() }
    }

    fn with_services(services: Vec<Service>) -> Flow {
        Flow { services, geography: fixture::geography() }
    }

    fn context(&self) -> Context<'_> {
        Context { services: &self.services, geography: &self.geography }
    }

    /// Answers the questions in turn, checking that each was the page being shown.
    fn path(&self, steps: &[(Question, &str)]) -> Answers {
        let mut answers = Answers::default();
        for &(question, input) in steps {
            assert_eq!(self.next(&answers), Step::Ask(question), "before answering {input:?}");
            answers = respond(&answers, question, input, &self.context())
                .unwrap_or_else(|problem| panic!("{question:?} = {input:?}: {problem:?}"));
        }
        answers
    }

    fn next(&self, answers: &Answers) -> Step {
        next_question(answers, &self.context())
    }

    fn query(&self, query: &str) -> Step {
        self.next(&parse(query).0)
    }

    fn respond(
        &self,
        query: &str,
        question: Question,
        input: &str,
    ) -> Result<String, InputProblem> {
        respond(&parse(query).0, question, input, &self.context()).map(|answers| to_query(&answers))
    }
}

const HELSINKI_JOBSEEKER: &[(Question, &str)] = &[
    (Question::Age, "19"),
    (Question::Municipality, "091"),
    (Question::Situation, "looking-for-work"),
    (Question::Needs, "work"),
    (Question::Reach, "visit"),
    (Question::ServiceLang, "fi"),
];

#[test]
fn the_questions_come_in_order_then_the_summary_then_the_results() {
    let flow = Flow::new();
    let answers = flow.path(HELSINKI_JOBSEEKER);
    assert_eq!(flow.next(&answers), Step::Summary);
    assert_eq!(
        to_query(&answers),
        "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi"
    );
    let confirmed = Answers { done: true, ..answers };
    assert_eq!(flow.next(&confirmed), Step::Results);
}

#[test]
fn age_validation() {
    let flow = Flow::new();
    let check = |input: &str, expected: Result<&str, InputProblem>| {
        assert_eq!(
            flow.respond("", Question::Age, input),
            expected.map(str::to_owned),
            "{input:?}"
        );
    };
    check("19", Ok("age=19"));
    check(" 45 ", Ok("age=45"));
    check("0", Ok("age=0"));
    check("120", Ok("age=120"));
    check("skip", Ok("age=skip"));
    check("121", Err(InputProblem::AgeOutOfRange));
    check("99999999999999999999999", Err(InputProblem::AgeOutOfRange));
    check("nineteen", Err(InputProblem::AgeNotANumber));
    check("-3", Err(InputProblem::AgeNotANumber));
    check("19.5", Err(InputProblem::AgeNotANumber));
    check("", Err(InputProblem::Missing));
    check("   ", Err(InputProblem::Missing));
}

#[test]
fn after_age_comes_municipality() {
    let flow = Flow::new();
    assert_eq!(flow.query(""), Step::Ask(Question::Age));
    assert_eq!(flow.query("age=19"), Step::Ask(Question::Municipality));
    assert_eq!(flow.query("age=skip"), Step::Ask(Question::Municipality));
}

#[test]
fn municipality_validation() {
    let flow = Flow::new();
    let check = |input: &str, expected: Result<&str, InputProblem>| {
        assert_eq!(
            flow.respond("age=19", Question::Municipality, input),
            expected.map(str::to_owned),
            "{input:?}"
        );
    };
    check("091", Ok("age=19&municipality=091"));
    check("Helsinki", Ok("age=19&municipality=091"));
    check("helsingfors", Ok("age=19&municipality=091"));
    check("BORGÅ", Ok("age=19&municipality=638"));
    check("jyvaskyla", Ok("age=19&municipality=179"));
    check("skip", Ok("age=19&municipality=skip"));
    check("999", Err(InputProblem::UnknownMunicipality));
    check("Hel", Err(InputProblem::UnknownMunicipality));
    check("Stockholm", Err(InputProblem::UnknownMunicipality));
    check("", Err(InputProblem::Missing));
}

#[test]
fn situation_is_asked_where_an_employment_area_serves_the_person() {
    let flow = Flow::new();
    assert_eq!(flow.query("age=19&municipality=091"), Step::Ask(Question::Situation));
    assert_eq!(flow.query("age=45&municipality=890"), Step::Ask(Question::Situation));
    // Åland has no employment area and "not sure" has none known: no answer could change the result.
    assert_eq!(flow.query("age=19&municipality=478"), Step::Ask(Question::Needs));
    assert_eq!(flow.query("age=19&municipality=skip"), Step::Ask(Question::Needs));
}

#[test]
fn situation_validation() {
    let flow = Flow::new();
    let query = "age=19&municipality=091";
    assert_eq!(
        flow.respond(query, Question::Situation, "studying").unwrap(),
        format!("{query}&situation=studying")
    );
    assert_eq!(
        flow.respond(query, Question::Situation, "skip").unwrap(),
        format!("{query}&situation=skip")
    );
    assert_eq!(flow.respond(query, Question::Situation, "retired"), Err(InputProblem::NotAnOption));
    assert_eq!(flow.respond(query, Question::Situation, ""), Err(InputProblem::Missing));
}

#[test]
fn after_situation_come_the_needs() {
    let flow = Flow::new();
    for situation in ["studying", "working", "looking-for-work", "neither", "other", "skip"] {
        let query = format!("age=19&municipality=091&situation={situation}");
        assert_eq!(flow.query(&query), Step::Ask(Question::Needs), "{situation}");
    }
}

#[test]
fn needs_validation() {
    let flow = Flow::new();
    let query = "age=19&municipality=091&situation=studying";
    let check = |input: &str, expected: Result<&str, InputProblem>| {
        let expected = expected.map(|needs| format!("{query}&needs={needs}"));
        assert_eq!(flow.respond(query, Question::Needs, input), expected, "{input:?}");
    };
    check("work", Ok("work"));
    check("study, work", Ok("work,study"));
    check("unsure", Ok("unsure"));
    check("work,dragons", Err(InputProblem::NotAnOption));
    check(",", Err(InputProblem::Missing));
    check("", Err(InputProblem::Missing));
}

#[test]
fn after_the_needs_come_the_way_to_be_reached_and_the_language() {
    let flow = Flow::new();
    let query = "age=19&municipality=091&situation=studying&needs=work";
    assert_eq!(flow.query(query), Step::Ask(Question::Reach));
    assert_eq!(flow.query(&format!("{query}&reach=phone")), Step::Ask(Question::ServiceLang));
    assert_eq!(flow.query(&format!("{query}&reach=skip")), Step::Ask(Question::ServiceLang));
    assert_eq!(flow.query(&format!("{query}&reach=skip&service_lang=sv")), Step::Summary);
    assert_eq!(flow.query(&format!("{query}&reach=skip&service_lang=skip")), Step::Summary);
}

#[test]
fn reach_and_language_validation() {
    let flow = Flow::new();
    let query = "age=19&municipality=091&needs=work";
    assert_eq!(
        flow.respond(query, Question::Reach, "online").unwrap(),
        format!("{query}&reach=online")
    );
    assert_eq!(flow.respond(query, Question::Reach, "fax"), Err(InputProblem::NotAnOption));
    assert_eq!(
        flow.respond(query, Question::ServiceLang, "sv").unwrap(),
        format!("{query}&service_lang=sv")
    );
    assert_eq!(
        flow.respond(query, Question::ServiceLang, "ru").unwrap(),
        format!("{query}&service_lang=ru")
    );
    assert_eq!(
        flow.respond(query, Question::ServiceLang, "svenska"),
        Err(InputProblem::NotAnOption)
    );
    assert_eq!(flow.respond(query, Question::ServiceLang, ""), Err(InputProblem::Missing));
}

#[test]
fn not_sure_to_everything_still_reaches_the_results() {
    let flow = Flow::new();
    let answers = flow.path(&[
        (Question::Age, "skip"),
        (Question::Municipality, "skip"),
        (Question::Needs, "unsure"),
        (Question::Reach, "skip"),
        (Question::ServiceLang, "skip"),
    ]);
    assert_eq!(flow.next(&answers), Step::Summary);
    assert_eq!(flow.next(&Answers { done: true, ..answers }), Step::Results);
}

#[test]
fn help_right_now_wins_on_every_page() {
    let flow = Flow::new();
    for query in
        ["", "age=19", "age=19&municipality=091&needs=work", "age=19&edit=needs", "done=1&age=19"]
    {
        assert_eq!(flow.query(&format!("{query}&urgent=1")), Step::UrgentHelp, "{query}");
    }
}

#[test]
fn a_question_is_skipped_when_no_answer_could_change_the_result() {
    use ServiceKind::*;
    let national = |id: &str, kind, needs: &[Need], channel| {
        service(id, kind, (None, None), Area::WholeCountry).needs(needs).channel(channel)
    };
    // Only national services with no age limits, alike in channels and languages.
    let flow = Flow::with_services(vec![
        national("test-a", Education, &[Need::Study], other(ChannelKind::Web, &["fi"])),
        national("test-b", Career, &[Need::Career], other(ChannelKind::Web, &["fi"])),
    ]);
    assert_eq!(
        flow.query(""),
        Step::Ask(Question::Needs),
        "age, municipality and situation cannot matter"
    );
    assert_eq!(flow.query("needs=study"), Step::Summary, "reach and language cannot matter");

    // The same services, one of them by phone in Swedish: now reach and language can matter.
    let flow = Flow::with_services(vec![
        national("test-a", Education, &[Need::Study], other(ChannelKind::Web, &["fi"])),
        national("test-b", Career, &[Need::Career], other(ChannelKind::Phone, &["sv"])),
    ]);
    assert_eq!(flow.query("needs=study"), Step::Ask(Question::Reach));

    // One local service makes the municipality matter; an age limit makes age matter.
    let flow = Flow::with_services(vec![
        national("test-a", Education, &[Need::Study], other(ChannelKind::Web, &["fi"])),
        service("test-local", Career, (None, Some(29)), fixture::municipalities(&["091"]))
            .needs(&[Need::Career])
            .channel(visit("091", &["fi"])),
    ]);
    assert_eq!(flow.query(""), Step::Ask(Question::Age));
    assert_eq!(flow.query("age=40"), Step::Ask(Question::Municipality));
    // A 40-year-old outside the local service's limit is left with one service: nothing differs.
    assert_eq!(flow.query("age=40&municipality=091"), Step::Summary);
    assert_eq!(flow.query("age=20&municipality=091"), Step::Ask(Question::Needs));
}

#[test]
fn progress_counts_only_the_questions_that_are_asked() {
    let flow = Flow::new();
    let check = |query: &str, expected: Option<(usize, usize)>| {
        let got = progress(&parse(query).0, &flow.context()).map(|p| (p.current, p.total));
        assert_eq!(got, expected, "{query}");
    };
    check("", Some((1, 6)));
    check("age=19", Some((2, 6)));
    check("age=19&municipality=091", Some((3, 6)));
    // Situation is skipped for someone who would rather not say where they live.
    check("age=19&municipality=skip", Some((3, 5)));
    check("age=19&municipality=091&situation=working&needs=work&reach=visit&service_lang=fi", None);
    check("age=19&municipality=091&situation=working&needs=work&reach=visit&service_lang=fi&edit=needs", Some((4, 6)));
}

#[test]
fn change_reopens_one_question_and_returns_to_the_summary() {
    let flow = Flow::new();
    let answers = flow.path(HELSINKI_JOBSEEKER);
    let rows = summary(&answers, &flow.context());
    let questions: Vec<Question> = rows.iter().map(|(question, _)| *question).collect();
    assert_eq!(questions, Question::ALL.to_vec());
    let (_, change_needs) = &rows[3];
    assert_eq!(flow.next(change_needs), Step::Ask(Question::Needs));
    let changed = respond(change_needs, Question::Needs, "work,study", &flow.context()).unwrap();
    assert_eq!(flow.next(&changed), Step::Summary);
    assert_eq!(changed.needs, Some([Need::Work, Need::Study].into()));
    assert_eq!(changed.age, Some(Answer::Given(19)), "other answers are kept");
}

#[test]
fn back_goes_to_the_previous_asked_question() {
    let flow = Flow::new();
    let back =
        |query: &str| previous(&parse(query).0, &flow.context()).map(|answers| to_query(&answers));
    assert_eq!(back(""), None, "the first page has no Back");
    assert_eq!(back("age=19"), Some("age=19&edit=age".into()));
    assert_eq!(
        back("age=19&municipality=091&situation=working"),
        Some("age=19&municipality=091&situation=working&edit=situation".into())
    );
    // Situation was skipped, so Back from the needs goes to the municipality.
    assert_eq!(
        back("age=19&municipality=skip"),
        Some("age=19&municipality=skip&edit=municipality".into())
    );
    assert_eq!(
        back("age=19&municipality=091&edit=municipality"),
        Some("age=19&municipality=091&edit=age".into())
    );
    assert_eq!(
        back("age=19&edit=age"),
        Some("age=19".into()),
        "back from a reopened first question closes it"
    );
    let complete =
        "age=19&municipality=091&situation=working&needs=work&reach=visit&service_lang=fi";
    assert_eq!(back(complete), Some(format!("{complete}&edit=service_lang")));
    assert_eq!(back(&format!("{complete}&done=1")), Some(complete.to_owned()));
    assert_eq!(back(&format!("urgent=1&{complete}")), Some(complete.to_owned()));
}

#[test]
fn start_again_returns_to_the_first_question() {
    let flow = Flow::new();
    let answers = flow.path(HELSINKI_JOBSEEKER);
    assert_eq!(flow.next(&answers.cleared()), Step::Ask(Question::Age));
}

#[test]
fn a_shared_link_rebuilds_the_same_page() {
    let flow = Flow::new();
    let answers = flow.path(&HELSINKI_JOBSEEKER[..3]);
    let (rebuilt, notes) = parse(&to_query(&answers));
    assert!(notes.is_empty());
    assert_eq!(flow.next(&rebuilt), flow.next(&answers));
    assert_eq!(flow.next(&rebuilt), Step::Ask(Question::Needs));
}

#[test]
fn a_preset_municipality_skips_its_question_and_stays_changeable_on_the_summary() {
    let flow = Flow::new();
    assert_eq!(flow.query("preset_municipality=091&age=19"), Step::Ask(Question::Situation));
    let answers = parse(
        "age=19&situation=studying&needs=study&reach=visit&service_lang=fi&preset_municipality=091",
    )
    .0;
    assert_eq!(flow.next(&answers), Step::Summary);
    let rows = summary(&answers, &flow.context());
    let (_, change) =
        rows.iter().find(|(question, _)| *question == Question::Municipality).unwrap();
    assert_eq!(flow.next(change), Step::Ask(Question::Municipality));
    let moved = respond(change, Question::Municipality, "179", &flow.context()).unwrap();
    assert_eq!(moved.municipality_code().map(|code| code.as_str()), Some("179"));
    assert!(to_query(&moved).contains("preset_municipality=091"), "{}", to_query(&moved));
}

#[test]
fn an_adults_audience_skips_the_age_when_no_service_left_has_age_limits() {
    let flow = Flow::with_services(vec![
        service("test-youth-only", ServiceKind::Ohjaamo, (Some(15), Some(29)), Area::WholeCountry)
            .needs(&[Need::Work])
            .channel(visit("091", &["fi"])),
        service("test-for-all", ServiceKind::Other, (None, None), Area::WholeCountry)
            .needs(&[Need::Study])
            .channel(visit("091", &["fi"])),
    ]);
    assert_eq!(flow.query(""), Step::Ask(Question::Age));
    assert_eq!(flow.query("audience=young"), Step::Ask(Question::Age));
    assert_ne!(flow.query("audience=adults"), Step::Ask(Question::Age));
}
