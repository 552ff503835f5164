//! The engine driven like the worker drives it, with the real shipped catalogue: the files the
//! build publishes (`suunta_core::catalogue::publish`) from `catalogue/` in this repository.

mod asks;
mod cards;
mod embed;
mod files;
mod filters;
pub(crate) mod harness;
mod kiosk;
mod map;
mod plain;
mod scenarios;
mod search;
mod service_page;
