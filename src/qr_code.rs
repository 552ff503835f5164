//! "Take the results with you": the QR code of the results' address, which the worker makes
//! and the page draws as SVG (no image request, sharp at any size and on paper). It is drawn
//! into its place on the results page once the worker has answered, and not at all when the
//! address is too long for a code.

use leptos::prelude::*;
use suunta_core::lang::Lang;
use suunta_screens::message::QrCode;

use crate::browser::{self, Sharing};
use crate::texts::{text, Msg};

/// Where the results page keeps room for the code.
pub const PLACE: &str = "take-along-place";

/// The white margin a scanner needs around the code, in modules.
const QUIET_ZONE: &str = "4";

/// The code, the address itself (readable on paper), and a button that shares it (a phone's
/// share sheet) or copies it, saying in a status line how that went.
pub fn take_along(code: QrCode, address: String, lang: Lang) -> impl IntoView {
    view! {
        <section class="take-along" data-testid="take-along" aria-labelledby="take-along-heading">
            <h3 id="take-along-heading">{text(lang, Msg::TakeAlong)}</h3>
            <p>{text(lang, Msg::ScanToTakeAlong)}</p>
            {qr_svg(code, text(lang, Msg::QrLabel).to_owned())}
            <p class="address" data-testid="results-address">{address.clone()}</p>
            {pass_on_button(address, lang)}
        </section>
    }
}

fn pass_on_button(address: String, lang: Lang) -> impl IntoView {
    let sharing = browser::sharing();
    let label = match sharing {
        Sharing::Share => Msg::ShareLink,
        Sharing::Copy | Sharing::Neither => Msg::CopyLink,
    };
    let status = RwSignal::new("");
    let on_click = move |_| {
        browser::pass_on(&address, move |worked| {
            let said = match (sharing, worked) {
                (Sharing::Share, true) => Msg::LinkShared,
                (Sharing::Share, false) => Msg::ShareCancelled,
                (_, true) => Msg::LinkCopied,
                (_, false) => Msg::CopyFailed,
            };
            status.set(text(lang, said));
        });
    };
    view! {
        <button type="button" class="secondary" data-testid="pass-on" on:click=on_click>
            {text(lang, label)}
        </button>
        <p role="status" class="pass-on-status" data-testid="pass-on-status">{move || status.get()}</p>
    }
}

/// A code as an SVG image named `label`, with its quiet zone.
pub fn qr_svg(code: QrCode, label: String) -> impl IntoView {
    let side = (code.size + 8).to_string();
    let margin = ["-", QUIET_ZONE].concat();
    let view_box = [margin.as_str(), " ", &margin, " ", &side, " ", &side].concat();
    view! {
        <svg
            class="qr"
            data-testid="qr-code"
            viewBox=view_box
            role="img"
            aria-label=label
            shape-rendering="crispEdges"
        >
            <rect x=margin.clone() y=margin width=side.clone() height=side fill="#fff"></rect>
            <path d=code.path fill="#000"></path>
        </svg>
    }
}
