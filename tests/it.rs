//! The one integration-test binary: one module per area, each under `tests/it/`.
//!
//! This file is the crate root, so a bare `mod x;` would look for `tests/x.rs`, which cargo
//! would also build as a test binary of its own: each module names its path under `it/`.

#[path = "it/lint/mod.rs"]
mod lint;
