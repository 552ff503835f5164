//! Where the pages are drawn. A new page is built whole and replaces the old one: the views are
//! built once and never diffed, which keeps the code Leptos generates for them small (no
//! "rebuild" for every kind of page), and a page changes whole anyway.

use leptos::prelude::Owner;
use leptos::tachys::view::{Mountable, Render};

use suunta_screens::screen::{Body, Screen};

use crate::browser;

/// A view built into DOM nodes, ready to be put in place.
pub type Built = Box<dyn Mountable>;

pub fn built(view: impl Render<State: 'static>) -> Built {
    Box::new(view.build())
}

/// The places the app draws into (see `App`), in order. The search box's place is also where
/// "Loading" is drawn: a results page's search box then takes the room "Loading" had, and the
/// page's body does not move down when it arrives (Lighthouse's layout shift, docs/performance.md).
pub const PLACES: [&str; 4] = ["app-chrome", "app-notes", "app-search", "app-body"];

/// The parts of a page, one per place (`None` leaves the place empty).
pub type Parts = [Option<Built>; 4];

/// What a drawn page is, to tell whether a screen that arrives would draw the same again.
#[derive(Default)]
pub enum Drawn {
    /// "Loading".
    #[default]
    Loading,
    /// A failure.
    Panel,
    /// The start page the page drew itself, before the worker answered.
    LocalStart(Box<Screen>),
    /// A screen of the worker's, by the wire text it came as (the same text is the same
    /// screen), and whether what it says depends on the time of day ("open now").
    Worker { wire: String, timely: bool },
}

impl Drawn {
    pub fn worker(wire: String, screen: &Screen) -> Drawn {
        let timely = matches!(screen.body, Body::Results(_) | Body::Service(_));
        Drawn::Worker { wire, timely }
    }
}

/// What is drawn now, and the owner of its reactive parts.
#[derive(Default)]
pub struct Stage {
    owner: Option<Owner>,
    shown: Vec<Built>,
    drawn: Drawn,
}

impl Stage {
    /// Drawing `screen` (which came as `wire`) would draw what is drawn already.
    pub fn shows(&self, wire: &str, screen: &Screen) -> bool {
        match &self.drawn {
            Drawn::Worker { wire: drawn, .. } => drawn == wire,
            Drawn::LocalStart(local) => {
                let start_href = |screen: &Screen| match &screen.body {
                    Body::Start(start) => Some(start.start_href.clone()),
                    _ => None,
                };
                screen.notes.is_empty()
                    && screen.lang == local.lang
                    && screen.title == local.title
                    && screen.heading == local.heading
                    && screen.chrome == local.chrome
                    && screen.search == local.search
                    && start_href(screen).is_some()
                    && start_href(screen) == start_href(local)
            }
            Drawn::Loading | Drawn::Panel => false,
        }
    }

    /// Puts `part` into the empty place with id `place` inside what is shown; it goes with the
    /// rest. A place already filled (an answer that came twice) is left as it is.
    pub fn add(&mut self, place: &str, mut part: Built) {
        if let Some(parent) =
            browser::element(place).filter(|parent| parent.child_element_count() == 0)
        {
            part.mount(&parent, None);
            self.shown.push(part);
        }
    }

    /// Something has been drawn.
    pub fn has_drawn(&self) -> bool {
        self.owner.is_some()
    }

    /// "Loading" is shown: it says so already.
    pub fn shows_loading(&self) -> bool {
        matches!(self.drawn, Drawn::Loading)
    }

    /// What is shown depends on the time of day ("open now", "opens tomorrow").
    pub fn shows_the_time(&self) -> bool {
        matches!(self.drawn, Drawn::Worker { timely: true, .. })
    }

    /// Takes down what is shown, disposes of its reactive parts, and puts up `parts` (one per
    /// place, `None` leaving the place empty), owned by `owner`, which draw `drawn`.
    pub fn replace(&mut self, owner: Owner, parts: Parts, drawn: Drawn) {
        self.drawn = drawn;
        for mut part in self.shown.drain(..) {
            part.unmount();
        }
        if let Some(old) = self.owner.replace(owner) {
            old.cleanup();
        }
        for (place, part) in PLACES.into_iter().zip(parts) {
            let (Some(mut part), Some(parent)) = (part, browser::element(place)) else { continue };
            part.mount(&parent, None);
            self.shown.push(part);
        }
    }
}
