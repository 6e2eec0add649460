//! The one integration-test binary: each module tests one command or stage through the binary
//! or the library, on fixtures under tests/fixtures.

mod build;
mod common;
mod examples;
mod lint;
mod pdf;
mod schema;
