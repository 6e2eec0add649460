//! notice: compiles declarations of how an organisation handles personal data into GDPR
//! privacy notices (Articles 13 and 14) in several languages, as Markdown, HTML and PDF.
//!
//! The pipeline runs one way: [`declaration`] loads YAML into a typed model with positions,
//! [`lint`] checks it against the law, [`render`] turns it into Markdown through a template
//! and the locale strings of [`i18n`], then into HTML (and PDF) from that same Markdown, and
//! [`output`] writes the files all-or-nothing.

// Diagnostics are returned by value: they are rare (one per failed file) and boxing them would
// only add noise to every signature.
#![allow(clippy::result_large_err)]

pub mod archive;
pub mod budget;
pub mod cli;
pub mod console;
pub mod date;
pub mod declaration;
pub mod diagnostic;
pub mod diff;
pub mod digest;
pub mod docs;
pub mod files;
pub mod i18n;
pub mod init;
pub mod lint;
pub mod output;
pub mod parallel;
pub mod record;
pub mod reference;
pub mod register;
pub mod render;
pub mod rights;
pub mod suggest;
