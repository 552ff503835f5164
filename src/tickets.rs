//! Which of the worker's answers the page still wants. Every request gets a new, larger id; an
//! answer about the page (a screen, "go there") counts only for the latest page request, and an
//! answer about the field being typed in (suggestions, a located municipality) only for the
//! latest field request made on the page being shown. So a slow answer never overwrites a newer
//! one, and nothing from a page the reader has left lands on the next.

use suunta_screens::message::Answer;

#[derive(Default)]
pub struct Tickets {
    last: u32,
    page: u32,
    field: u32,
}

impl Tickets {
    /// The id of a request for the page (Show, Answer, Retry); earlier ones are now stale.
    pub fn for_page(&mut self) -> u32 {
        self.last += 1;
        self.page = self.last;
        self.last
    }

    /// The id of a request for the field (Suggest, Locate); earlier field requests are stale.
    pub fn for_field(&mut self) -> u32 {
        self.last += 1;
        self.field = self.last;
        self.last
    }

    pub fn wanted(&self, id: u32, answer: &Answer) -> bool {
        match answer {
            Answer::Screen(_) | Answer::Go { .. } => id != 0 && id == self.page,
            Answer::Suggestions(_) | Answer::Located { .. } => id == self.field && id > self.page,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go() -> Answer {
        Answer::Go { query: String::new() }
    }

    fn suggestions() -> Answer {
        Answer::Suggestions(Vec::new())
    }

    #[test]
    fn only_the_latest_page_request_is_answered() {
        let mut tickets = Tickets::default();
        let first = tickets.for_page();
        let second = tickets.for_page();
        assert!(second > first);
        assert!(!tickets.wanted(first, &go()));
        assert!(tickets.wanted(second, &go()));
    }

    #[test]
    fn only_the_latest_suggestions_count() {
        let mut tickets = Tickets::default();
        tickets.for_page();
        let typed_h = tickets.for_field();
        let typed_he = tickets.for_field();
        assert!(!tickets.wanted(typed_h, &suggestions()));
        assert!(tickets.wanted(typed_he, &suggestions()));
        assert!(!tickets.wanted(typed_he, &go()), "a field id is not a page id");
    }

    #[test]
    fn suggestions_for_a_page_left_behind_are_dropped() {
        let mut tickets = Tickets::default();
        tickets.for_page();
        let typed = tickets.for_field();
        let next_page = tickets.for_page();
        assert!(!tickets.wanted(typed, &suggestions()));
        assert!(!tickets.wanted(typed, &Answer::Located { name: "Espoo".into() }));
        assert!(tickets.wanted(next_page, &go()));
    }

    #[test]
    fn nothing_is_wanted_before_anything_was_asked() {
        let tickets = Tickets::default();
        assert!(!tickets.wanted(0, &go()));
        assert!(!tickets.wanted(0, &suggestions()));
    }
}
