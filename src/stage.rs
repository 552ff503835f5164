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

/// The three places the app draws into (see `App`), in order.
pub const PLACES: [&str; 3] = ["app-chrome", "app-notes", "app-body"];

/// What is drawn now, and the owner of its reactive parts.
#[derive(Default)]
pub struct Stage {
    owner: Option<Owner>,
    shown: Vec<Built>,
    /// The screen drawn, when it is one of the worker's (or the start page drawn as it would).
    screen: Option<Screen>,
}

impl Stage {
    pub fn shows(&self, screen: &Option<Screen>) -> bool {
        self.screen == *screen
    }

    /// What is shown depends on the time of day ("open now", "opens tomorrow").
    pub fn shows_the_time(&self) -> bool {
        matches!(&self.screen, Some(screen) if matches!(screen.body, Body::Results(_) | Body::Service(_)))
    }

    /// Takes down what is shown, disposes of its reactive parts, and puts up `parts` (one per
    /// place, `None` leaving the place empty), owned by `owner`, which draw `screen`.
    pub fn replace(&mut self, owner: Owner, parts: [Option<Built>; 3], screen: Option<Screen>) {
        self.screen = screen;
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
