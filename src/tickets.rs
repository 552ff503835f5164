//! Which of the worker's answers the page still wants. Every request gets a new, larger id; an
//! answer about the page (a screen, "go there") counts only for the latest page request, and an
//! answer about the field being typed in (suggestions, a located municipality) only for the
//! latest field request made on the page being shown. So a slow answer never overwrites a newer
//! one, and nothing from a page the reader has left lands on the next. A request posted twice
//! (see `engine_client`) may be answered twice; only the first answer counts.

use suunta_screens::message::Answer;

#[derive(Default)]
pub struct Tickets {
    last: u32,
    page: u32,
    field: u32,
    /// The latest page request has had its answer.
    page_answered: bool,
}

impl Tickets {
    /// The id of a request for the page (Show, Answer, Retry); earlier ones are now stale.
    pub fn for_page(&mut self) -> u32 {
        self.last += 1;
        self.page = self.last;
        self.page_answered = false;
        self.last
    }

    /// The id of a request for a part of the page shown (Suggest, Locate, Qr); earlier ones are
    /// stale.
    pub fn for_field(&mut self) -> u32 {
        self.last += 1;
        self.field = self.last;
        self.last
    }

    /// The page request `id` is the latest and has not been answered yet.
    pub fn waiting(&self, id: u32) -> bool {
        id == self.page && !self.page_answered
    }

    /// Whether the answer to request `id` is still wanted; a page answer is wanted once.
    pub fn take(&mut self, id: u32, answer: &Answer) -> bool {
        match answer {
            Answer::Screen(_) | Answer::Go { .. } => {
                let wanted = id != 0 && id == self.page && !self.page_answered;
                self.page_answered |= wanted;
                wanted
            }
            Answer::Suggestions(_) | Answer::Located { .. } | Answer::Qr(_) => {
                id == self.field && id > self.page
            }
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
        assert!(!tickets.take(first, &go()));
        assert!(tickets.take(second, &go()));
    }

    #[test]
    fn a_page_request_answered_twice_counts_once() {
        let mut tickets = Tickets::default();
        let id = tickets.for_page();
        assert!(tickets.waiting(id));
        assert!(tickets.take(id, &go()));
        assert!(!tickets.waiting(id));
        assert!(!tickets.take(id, &go()));
    }

    #[test]
    fn only_the_latest_suggestions_count() {
        let mut tickets = Tickets::default();
        tickets.for_page();
        let typed_h = tickets.for_field();
        let typed_he = tickets.for_field();
        assert!(!tickets.take(typed_h, &suggestions()));
        assert!(tickets.take(typed_he, &suggestions()));
        assert!(!tickets.take(typed_he, &go()), "a field id is not a page id");
    }

    #[test]
    fn suggestions_for_a_page_left_behind_are_dropped() {
        let mut tickets = Tickets::default();
        tickets.for_page();
        let typed = tickets.for_field();
        let next_page = tickets.for_page();
        assert!(!tickets.take(typed, &suggestions()));
        assert!(!tickets.take(typed, &Answer::Located { name: "Espoo".into() }));
        assert!(tickets.take(next_page, &go()));
    }

    #[test]
    fn nothing_is_wanted_before_anything_was_asked() {
        let mut tickets = Tickets::default();
        assert!(!tickets.take(0, &go()));
        assert!(!tickets.take(0, &suggestions()));
    }
}
