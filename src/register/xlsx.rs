//! The register as a spreadsheet (rust_xlsxwriter): a cover sheet (the organisation, its DPO
//! and representative, the version and its date), then a sheet per record with a header row
//! that stays in view (frozen with the reference and name columns), wrapped text, set column
//! widths, a filter on the header, and printing in landscape with the header on every page.
//!
//! The bytes are the same from run to run: the document's creation date is the declaration's
//! effective date (or `SOURCE_DATE_EPOCH`), never the clock, and the ZIP entries carry the
//! fixed date rust_xlsxwriter gives them.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::render::view::register::{RecordView, RegisterView};

/// The XLSX file of the register.
pub fn workbook(
    view: &RegisterView,
    lang: &str,
    author: &str,
    date: Date,
) -> Result<Vec<u8>, Diagnostic> {
    build(view, lang, author, date).map_err(|e| {
        Diagnostic::error("output", format!("cannot write the spreadsheet: {e}"))
            .with_help("a cell may hold at most 32,767 characters: shorten the texts of the declaration; nothing was written")
    })
}

fn build(view: &RegisterView, lang: &str, author: &str, date: Date) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let year = u16::try_from(date.year()).unwrap_or(1900);
    let created = ExcelDateTime::from_ymd(year, date.month(), date.day())?;
    book.set_properties(
        &DocProperties::new()
            .set_title(&view.title)
            .set_author(author)
            .set_creation_datetime(&created)
            .set_comment(format!("notice register, {lang}")),
    );
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bold = wrap.clone().set_bold();
    let title = Format::new().set_bold().set_font_size(14);

    let cover = book.add_worksheet();
    cover.set_name(&view.cover_title)?;
    cover.write_string_with_format(0, 0, &view.title, &title)?;
    cover.set_column_width(0, 36)?;
    cover.set_column_width(1, 72)?;
    for (i, line) in view.cover.iter().enumerate() {
        let row = u32::try_from(i + 2).unwrap_or(u32::MAX);
        cover.write_string_with_format(row, 0, &line.label, &bold)?;
        cover.write_string_with_format(row, 1, line.lines.join("\n"), &wrap)?;
    }

    for record in &view.records {
        sheet(&mut book, record, &wrap, &bold)?;
    }
    book.save_to_buffer()
}

fn sheet(
    book: &mut Workbook,
    record: &RecordView,
    wrap: &Format,
    bold: &Format,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(&record.title)?;
    ws.set_landscape();
    ws.set_repeat_rows(0, 0)?;
    for (c, column) in record.columns.iter().enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        let heading = match &column.article {
            Some(a) => format!("{}\n{a}", column.heading),
            None => column.heading.clone(),
        };
        ws.write_string_with_format(0, c, heading, bold)?;
        ws.set_column_width(c, column.width)?;
    }
    for (r, row) in record.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, lines) in row.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            ws.write_string_with_format(r, c, lines.join("\n"), wrap)?;
        }
    }
    let last_col = u16::try_from(record.columns.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(record.rows.len()).unwrap_or(u32::MAX);
    ws.autofilter(0, 0, last_row, last_col)?;
    // The header row and the reference and name columns stay in view.
    ws.set_freeze_panes(1, 2)?;
    Ok(())
}
