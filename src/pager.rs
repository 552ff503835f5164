//! What the page shows and how it moves: every page is the worker's answer to the URL query.
//! Going somewhere writes the address into the history and asks the worker for its screen; an
//! answer given on a question page is the worker's to check. The page keeps nothing but the
//! screen it shows.

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::message::{Answer, Ask, Request, Suggestion};
use suunta_screens::screen::{Body, Chrome, Screen, SearchBox};

use crate::app::render;
use crate::browser::{self, ShellTexts};
use crate::engine_client::{EngineClient, Heard};
use crate::first_paint;
use crate::qr_code;
use crate::query;
use crate::search_box;
use crate::stage::{built, Drawn, Parts, Stage};
use crate::texts::{self, statement_page, text, Msg};
use crate::tickets::Tickets;

/// What fills the app's space.
pub enum Page {
    /// The first screen of an address with answers has not arrived yet (an address without
    /// any gets the start page at once instead), with the chrome drawn from the query.
    Loading(Lang, Chrome),
    /// The worker cannot answer at all: it did not start, or it sent what this build cannot read.
    Broken(Lang, Chrome),
    Screen(Box<Screen>),
}

impl Page {
    pub fn lang(&self) -> Lang {
        match self {
            Page::Loading(lang, _) | Page::Broken(lang, _) => *lang,
            Page::Screen(screen) => screen.lang,
        }
    }
}

/// The type-ahead field's news from the worker.
#[derive(Clone, Default)]
pub enum FieldNews {
    #[default]
    Nothing,
    Suggestions(Vec<Suggestion>),
    /// The municipality nearest to the device, to put in the field.
    Located(String),
    /// No municipality is near the device's position (it is abroad, or far out at sea).
    NotLocated,
}

/// Why a request is made.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// The reader goes somewhere (or answered): the page changes.
    Page,
    /// The type-ahead field wants suggestions or the located municipality.
    Field,
    /// The same page again, in case the time changed what it says.
    Refresh,
}

/// The worker, and which of its answers are still wanted.
struct Session {
    client: Option<EngineClient>,
    /// The worker failed; it is started afresh on the next request.
    broken: bool,
    tickets: Tickets,
    /// The query the page being shown (or asked for) is for, as sent to the worker.
    query: String,
    preferred: Lang,
    /// The reader moved to another page: focus goes to its heading once it is drawn.
    moved: bool,
    /// The pairs the search box drawn keeps in its addresses; None when none is drawn.
    search_keep: Option<String>,
}

/// A handle the views share (it is `Copy`), to the worker and to what is shown.
#[derive(Clone, Copy)]
pub struct Pager {
    /// News for the type-ahead field of the page being shown.
    pub field: RwSignal<FieldNews>,
    session: StoredValue<Session, LocalStorage>,
    stage: StoredValue<Stage, LocalStorage>,
}

impl Pager {
    pub fn new() -> Pager {
        let preferred = browser::preferred_lang();
        Pager {
            field: RwSignal::new(FieldNews::Nothing),
            session: StoredValue::new_local(Session {
                client: None,
                broken: false,
                tickets: Tickets::default(),
                query: query::with_lang(&browser::current_query(), preferred),
                preferred,
                moved: false,
                search_keep: None,
            }),
            stage: StoredValue::new_local(Stage::default()),
        }
    }

    /// Asks the worker for the address's screen: the first thing the page does, as every screen
    /// but the start page waits for it. Called once the app's places are in the document.
    pub fn start(self) {
        browser::on_history_change(move || self.show_address(true));
        self.ask(Ask::Show, Purpose::Page);
        set_interval(move || self.refresh(), REFRESH_EVERY);
    }

    /// Draws the first screen from the URL (the start page, or "Loading") in place of the
    /// shell's placeholder, unless the worker's has come already.
    pub fn draw_first(self) {
        if self.stage.with_value(Stage::has_drawn) {
            return;
        }
        let query = self.session.with_value(|session| session.query.clone());
        let lang = query::lang_of(&query).unwrap_or(Lang::Fi);
        texts::set_plain(query::plain_of(&query));
        let prepared = if query::has_answers(&browser::current_query()) {
            self.prepare(Page::Loading(lang, first_paint::chrome(&query, lang)), Drawn::Loading)
        } else {
            let start = || Box::new(first_paint::start_screen(&query, lang));
            self.prepare(Page::Screen(start()), Drawn::LocalStart(start()))
        };
        // Put up in a task of its own, as the start is (`mount`): building the views and putting
        // them up each take the browser's first compilation of their code. Unless the worker's
        // screen came in between: this one is dropped unseen.
        let put_up = move || {
            if !self.stage.with_value(Stage::has_drawn) {
                self.put_up(prepared);
            }
        };
        set_timeout(put_up, std::time::Duration::ZERO);
    }

    /// "Open now" changes with the clock: results and service pages are asked for again, and
    /// redrawn only when something changed, with the focus where it was.
    fn refresh(self) {
        if self.stage.with_value(Stage::shows_the_time) {
            self.ask(Ask::Show, Purpose::Refresh);
        }
    }

    /// Follows an in-app link: a new history entry, then its screen.
    pub fn go(self, href: &str) {
        browser::push_address(href);
        self.show_address(true);
    }

    /// Shows the page for the address in the URL bar.
    fn show_address(self, moved: bool) {
        let url_query = browser::current_query();
        texts::set_plain(query::plain_of(&url_query));
        self.session.update_value(|session| {
            session.query = query::with_lang(&url_query, session.preferred);
            session.moved |= moved;
        });
        self.ask(Ask::Show, Purpose::Page);
    }

    /// The reader typed in the search box (or pressed Enter: `submitted`, which moves the
    /// focus to the results' heading): the address becomes `href`, replacing the last search
    /// rather than adding an entry per key, and its screen is asked for.
    pub fn search(self, href: &str, submitted: bool) {
        if query::value_in_href(&query::href(&browser::current_query()), "q").is_some() {
            browser::replace_address(href);
        } else {
            browser::push_address(href);
        }
        self.show_address(submitted);
    }

    /// The reader answered the question on the page with `input`.
    pub fn answer(self, question: String, input: String) {
        self.session.update_value(|session| session.moved = true);
        self.ask(Ask::Answer { question, input }, Purpose::Page);
    }

    pub fn suggest(self, text: String) {
        self.ask(Ask::Suggest { text }, Purpose::Field);
    }

    pub fn locate(self, latitude: f64, longitude: f64) {
        self.ask(Ask::Locate { latitude, longitude }, Purpose::Field);
    }

    /// "Try again" after a failure: the worker loads again what failed.
    pub fn retry(self) {
        self.session.update_value(|session| session.moved = true);
        self.ask(Ask::Retry, Purpose::Page);
    }

    /// Sends `ask` about the current query, starting the worker first if need be. A request
    /// for the page makes every earlier answer stale.
    fn ask(self, ask: Ask, purpose: Purpose) {
        let for_page = purpose != Purpose::Field;
        if purpose == Purpose::Page {
            self.field.set(FieldNews::Nothing);
        }
        let sent = self.session.try_update_value(|session| {
            if session.broken || session.client.is_none() {
                session.broken = false;
                // Dropping a failed worker ends it before its replacement starts.
                session.client = None;
                session.client = EngineClient::start(move |heard| self.hear(heard));
            }
            let id =
                if for_page { session.tickets.for_page() } else { session.tickets.for_field() };
            let request =
                Request { id, query: session.query.clone(), now_ms: browser::now_ms(), ask };
            (session.client.as_ref().is_some_and(|client| client.send(&request)), id)
        });
        match sent {
            Some((false, _)) => self.fail(),
            Some((true, id)) if purpose == Purpose::Page => self.say_busy_if_slow(id),
            _ => {}
        }
    }

    /// When the next page takes a moment (a region's services are on their way), the page says
    /// it is loading; a quick answer shows nothing in between, so nothing flickers.
    fn say_busy_if_slow(self, id: u32) {
        set_timeout(
            move || {
                let waiting = self.session.try_with_value(|session| session.tickets.waiting(id));
                let said = self.stage.try_with_value(Stage::shows_loading);
                if waiting == Some(true) && said == Some(false) {
                    let lang = self
                        .session
                        .with_value(|session| query::lang_of(&session.query).unwrap_or(Lang::Fi));
                    browser::set_busy(Some(text(lang, Msg::Loading)));
                }
            },
            BUSY_AFTER,
        );
    }

    fn hear(self, heard: Heard) {
        let Heard::Response(response, wire) = heard else {
            self.fail();
            return;
        };
        let wanted = self
            .session
            .try_update_value(|session| session.tickets.take(response.id, &response.answer));
        if wanted != Some(true) {
            return;
        }
        match response.answer {
            Answer::Screen(screen) => {
                // The same screen sent again (the clock moved on, but nothing it says changed)
                // is not drawn again: that would only take the focus from where the reader
                // put it. Its wire text without the request id tells.
                let wire = wire.splitn(3, ';').nth(2).unwrap_or_default().to_owned();
                let moved = self.session.with_value(|session| session.moved);
                if moved || !self.stage.with_value(|stage| stage.shows(&wire, &screen)) {
                    let results = matches!(screen.body, Body::Results(_));
                    let drawn = Drawn::worker(wire, &screen);
                    self.present(Page::Screen(screen), drawn);
                    if results {
                        self.ask_for_qr();
                    }
                }
            }
            Answer::Go { query } => self.go(&query::href(&query)),
            Answer::Suggestions(list) => self.field.set(FieldNews::Suggestions(list)),
            Answer::Located { name } if name.is_empty() => self.field.set(FieldNews::NotLocated),
            Answer::Located { name } => self.field.set(FieldNews::Located(name)),
            Answer::Qr(Some(code)) => {
                let query = self.session.with_value(|session| session.query.clone());
                let lang = query::lang_of(&query).unwrap_or_else(browser::preferred_lang);
                let address = browser::address_of(&query::href(&query));
                let view = built(qr_code::take_along(code, address, lang));
                self.stage.update_value(|stage| stage.add(qr_code::PLACE, view));
            }
            Answer::Qr(None) => {}
        }
    }

    /// Results can be taken along: the worker makes a QR code of their address (in the
    /// language shown), for a phone to scan from a kiosk's screen or from paper.
    fn ask_for_qr(self) {
        let query = self.session.with_value(|session| session.query.clone());
        let text = browser::address_of(&query::href(&query));
        self.ask(Ask::Qr { text }, Purpose::Field);
    }

    /// The worker cannot answer: say so, with "Try again", rather than wait for ever.
    fn fail(self) {
        let page = self.session.try_update_value(|session| {
            session.broken = true;
            let lang = query::lang_of(&session.query).unwrap_or(Lang::Fi);
            Page::Broken(lang, first_paint::chrome(&session.query, lang))
        });
        if let Some(page) = page {
            self.present(page, Drawn::Panel);
        }
    }

    fn present(self, page: Page, drawn: Drawn) {
        self.put_up(self.prepare(page, drawn));
    }

    /// Builds the views of `page`, which draws `drawn`, outside the document.
    fn prepare(self, page: Page, drawn: Drawn) -> Prepared {
        let shell = Shell::of(&page);
        let problem = matches!(&page, Page::Screen(screen)
            if matches!(&screen.body, Body::Question(question) if question.problem.is_some()));
        let search = match &page {
            Page::Screen(screen) => screen.search.clone(),
            _ => None,
        };
        // Built outside the stage's borrow: the views may ask the pager for things.
        let owner = Owner::new();
        let parts = owner.with(|| {
            provide_context(self);
            render(page)
        });
        Prepared { shell, problem, search, owner, parts, drawn }
    }

    /// Puts up a prepared page in place of what is shown.
    fn put_up(self, prepared: Prepared) {
        let Prepared { shell, problem, search, owner, parts, drawn } = prepared;
        browser::remove(BOOT_PLACEHOLDER_ID);
        let moved = self.session.try_update_value(|session| std::mem::take(&mut session.moved));
        let moved = moved == Some(true);
        if moved {
            // Focus is let go before anything changes (it moves to the new heading below): the
            // focused link removed after the shell's language changed would make the browser
            // restyle the whole page in the middle of this task (about 14 ms at 4x CPU).
            browser::blur_focused();
        }
        set_shell(&shell);
        browser::set_busy(None);
        // After a page change focus moves to the new heading, so a screen reader starts there;
        // to the error summary when the answer was not accepted. Not on the first load: the
        // reader has not moved yet.
        let keep_focus = if moved { None } else { browser::focused_selector() };
        if moved {
            browser::focus_after_render(if problem { ERROR_SUMMARY_ID } else { HEADING_ID });
        }
        self.stage.update_value(|stage| stage.replace(owner, parts, drawn));
        search_box::place(self, search, shell.lang, moved);
        // A page redrawn in place (the first screen arriving, "open now" changing) keeps the
        // focus on the same control.
        if let Some(selector) = keep_focus {
            browser::focus_selector(&selector);
        }
    }
}

/// A page's views, built and not yet in the document, and what putting them up needs.
struct Prepared {
    shell: Shell,
    /// The page is a question whose answer was not accepted: focus goes to the error summary.
    problem: bool,
    search: Option<SearchBox>,
    owner: Owner,
    parts: Parts,
    drawn: Drawn,
}

impl Pager {
    pub fn set_search_keep(self, keep: Option<String>) {
        self.session.update_value(|session| session.search_keep = keep);
    }

    /// A search box is drawn.
    pub fn search_keep_is_some(self) -> bool {
        self.session.with_value(|session| session.search_keep.is_some())
    }

    /// The search box drawn keeps these pairs.
    pub fn search_keep_is(self, keep: &str) -> bool {
        self.session.with_value(|session| session.search_keep.as_deref() == Some(keep))
    }
}

/// How often a page that shows opening hours is brought up to date.
const REFRESH_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// How long a page may take before the page says it is loading.
const BUSY_AFTER: std::time::Duration = std::time::Duration::from_millis(400);

/// The page's main heading, which takes focus after a page change.
pub const HEADING_ID: &str = "step-heading";
/// The static shell's "loading" placeholder in the app's place (`index.html`).
const BOOT_PLACEHOLDER_ID: &str = "app-boot";
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// What the static shell shows of a page.
struct Shell {
    lang: Lang,
    title: String,
    /// The start page: the intro says what Suunta is; every later page needs the room.
    start: bool,
}

impl Shell {
    fn of(page: &Page) -> Shell {
        let lang = page.lang();
        // Titled as the worker titles its pages: the heading, then the app's name.
        let title = match page {
            Page::Screen(screen) => screen.title.clone(),
            Page::Loading(..) => text(lang, Msg::DocumentTitle).to_owned(),
            Page::Broken(..) => [text(lang, Msg::LoadFailedHeading), " – Suunta"].concat(),
        };
        let start = matches!(page, Page::Screen(screen) if matches!(screen.body, Body::Start(_)));
        Shell { lang, title, start }
    }
}

/// The document's title and language and the static shell's texts follow the page.
fn set_shell(shell: &Shell) {
    let lang = shell.lang;
    browser::show_intro(shell.start);
    browser::set_document_texts(
        lang,
        &ShellTexts {
            title: &shell.title,
            heading: text(lang, Msg::Heading),
            intro: text(lang, Msg::Intro),
            skip_link: text(lang, Msg::SkipLink),
            embed_link: text(lang, Msg::EmbedLink),
            statement_link: (text(lang, Msg::StatementLink), statement_page(lang)),
        },
    );
}

pub fn use_pager() -> Pager {
    expect_context::<Pager>()
}
