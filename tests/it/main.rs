//! The one integration-test binary: each module tests one command or stage through the binary
//! or the library, on fixtures under tests/fixtures.

// As in the library: diagnostics are returned by value (rare, one per failed file), and the
// tests chain loading and resolving them like the binary does.
#![allow(clippy::result_large_err)]

mod a11y;
mod atomic;
mod authority;
mod bad;
mod budget;
mod build;
mod catalogue;
mod common;
mod concise;
mod diff;
mod docs;
mod draft;
mod examples;
mod flavours;
mod fuzz;
mod incremental;
mod init;
mod injection;
mod json;
mod languages;
mod lint;
#[cfg(feature = "pdf")]
mod pdf;
mod reference;
mod register;
mod renderers;
mod schema;
mod streams;
