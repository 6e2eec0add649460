//! `notice lint`: every rule against its fixtures, the demo, the command's output and exit codes,
//! and rule configuration.

mod authority;
mod cli;
mod config;
mod drops;
mod fixtures;
mod messages;
mod missed;
