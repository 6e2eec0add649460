//! The one integration-test binary: each module tests one command or stage through the binary
//! or the library, on fixtures under tests/fixtures.

mod a11y;
mod atomic;
mod authority;
mod bad;
mod budget;
mod build;
mod common;
mod concise;
mod diff;
mod examples;
mod fuzz;
mod incremental;
mod injection;
mod lint;
#[cfg(feature = "pdf")]
mod pdf;
mod reference;
mod schema;
mod streams;
