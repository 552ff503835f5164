//! The matching benchmark: the shared synthetic catalogue and workload of
//! `suunta_core::synthetic`, the same as the native `cargo bench`, so the figures compare.

use suunta_core::answers::{parse, Answers};
use suunta_core::catalogue::raw::{GeographyFile, Service};
use suunta_core::geography::Geography;
use suunta_core::hours::LocalDateTime;
use suunta_core::matching::recommend;
use suunta_core::questionnaire::{next_question, Context, Step};
use suunta_core::synthetic;
use suunta_core::synthetic::workload::{NOW, QUERIES};

pub fn query_count() -> usize {
    QUERIES.len()
}

pub struct MatchingBench {
    geography: Geography,
    services: Vec<Service>,
    queries: Vec<Answers>,
    now: Option<LocalDateTime>,
}

impl MatchingBench {
    /// `size` synthetic services over the geography file in `geography_json`.
    pub fn new(geography_json: &[u8], size: usize) -> Result<MatchingBench, String> {
        let file: GeographyFile =
            serde_json::from_slice(geography_json).map_err(|error| error.to_string())?;
        let geography = Geography::new(file);
        let services = synthetic::catalogue(size, &geography);
        let queries = QUERIES.iter().map(|query| parse(query).0).collect();
        Ok(MatchingBench { geography, services, queries, now: LocalDateTime::parse(NOW).ok() })
    }

    pub fn service_count(&self) -> usize {
        self.services.len()
    }

    /// What the app computes when a results page opens: the ranking and the page to show.
    /// Returns a checksum of both, or `None` for a query index out of range.
    pub fn run(&self, query_index: usize) -> Option<u32> {
        let answers = self.queries.get(query_index)?;
        let ranked = recommend(&self.services, &self.geography, answers, self.now);
        let context = Context { services: &self.services, geography: &self.geography };
        let step = next_question(answers, &context);
        let checksum = ranked.services.iter().fold(step_code(step), |sum, recommendation| {
            sum.wrapping_mul(31).wrapping_add(recommendation.score)
        });
        Some(checksum.wrapping_mul(31).wrapping_add(ranked.services.len() as u32))
    }
}

fn step_code(step: Step) -> u32 {
    match step {
        Step::Ask(question) => 1 + question as u32,
        Step::Summary => 100,
        Step::Results => 101,
        Step::UrgentHelp => 102,
    }
}
