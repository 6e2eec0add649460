//! `notice lint`: every rule against its fixtures, the demo, and the command's output and exit codes.

mod authority;
mod cli;
mod fixtures;
mod messages;
