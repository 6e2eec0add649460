//! `notice register`: the record of processing activities (Art. 30) of each declaration, in
//! XLSX, CSV, Markdown and HTML, from the one view [`crate::render::view::register`] builds.
//!
//! Files go to `<out>/<notice-id>/register/`: `<lang>.xlsx` (a cover sheet and a sheet per
//! record), `<lang>-controller.csv` and `<lang>-processor.csv` (a file per record), `<lang>.md`
//! and `<lang>.html`. Every file is made in memory and written all-or-nothing by
//! [`crate::output`], as the notices are.

pub mod command;
pub mod csv;
pub mod markdown;
pub mod xlsx;

use std::path::PathBuf;

use crate::date::Date;
use crate::declaration::Declaration;
use crate::diagnostic::Diagnostic;
use crate::render::view::register::RegisterView;
use crate::render::{Document, Renderer, view};

/// An output format of `notice register`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum RegisterFormat {
    /// Spreadsheet: `<lang>.xlsx`, a cover sheet and a sheet per record
    Xlsx,
    /// RFC 4180 CSV in UTF-8, a file per record: `<lang>-controller.csv`, `<lang>-processor.csv`
    Csv,
    /// Markdown: `<lang>.md`
    Md,
    /// Standalone HTML page: `<lang>.html`
    Html,
}

/// The register of `decl` in `lang` as the view every format writes.
pub fn view(
    renderer: &Renderer,
    decl: &Declaration,
    lang: &str,
) -> Result<RegisterView, Diagnostic> {
    view::Builder {
        decl,
        lang,
        locales: renderer.locales(),
        reference: renderer.reference(),
    }
    .register()
    .map_err(|e| renderer.phrase_error(&e))
}

/// Every file of the register of `decl` in `lang`, one per format (the CSV one per record).
/// `build_date` (`SOURCE_DATE_EPOCH`) dates the spreadsheet in place of the notice's date.
pub fn documents(
    renderer: &Renderer,
    decl: &Declaration,
    lang: &str,
    formats: &[RegisterFormat],
    build_date: Option<Date>,
) -> Result<Vec<Document>, Diagnostic> {
    let id = decl.notice.id.as_deref().unwrap_or("notice");
    let dir = PathBuf::from(id).join("register");
    let view = view(renderer, decl, lang)?;
    let mut docs = Vec::new();
    let doc = |name: String, bytes: Vec<u8>| Document {
        path: dir.join(name),
        bytes,
        warnings: Vec::new(),
    };
    for format in formats {
        match format {
            RegisterFormat::Xlsx => {
                let date = build_date.or(decl.notice.effective).ok_or_else(|| {
                    Diagnostic::error(
                        "output",
                        "a spreadsheet needs `notice.effective` (or SOURCE_DATE_EPOCH) for its date",
                    )
                    .with_help("add `effective: YYYY-MM-DD` under `notice:`; the spreadsheet is dated from it, so that two runs write the same bytes")
                })?;
                let author = decl
                    .controller
                    .as_ref()
                    .and_then(|c| c.name.clone())
                    .unwrap_or_default();
                let bytes = xlsx::workbook(&view, lang, &author, date)?;
                docs.push(doc(format!("{lang}.xlsx"), bytes));
            }
            RegisterFormat::Csv => {
                for record in &view.records {
                    let name = format!("{lang}-{}.csv", record.kind.name());
                    docs.push(doc(name, csv::record(record).into_bytes()));
                }
            }
            RegisterFormat::Md => {
                docs.push(doc(
                    format!("{lang}.md"),
                    markdown::register(&view).into_bytes(),
                ));
            }
            RegisterFormat::Html => {
                let md = markdown::register(&view);
                let html = renderer.page(decl, lang, &md)?;
                docs.push(doc(format!("{lang}.html"), html.into_bytes()));
            }
        }
    }
    Ok(docs)
}
