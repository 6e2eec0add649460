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
    cover.set_column_width(0, COVER_WIDTHS[0])?;
    cover.set_column_width(1, COVER_WIDTHS[1])?;
    cover.set_print_fit_to_pages(1, 0);
    for (i, line) in view.cover.iter().enumerate() {
        let row = u32::try_from(i + 2).unwrap_or(u32::MAX);
        let value = line.lines.join("\n");
        cover.write_string_with_format(row, 0, &line.label, &bold)?;
        cover.write_string_with_format(row, 1, &value, &wrap)?;
        let cells = [
            (line.label.as_str(), COVER_WIDTHS[0]),
            (value.as_str(), COVER_WIDTHS[1]),
        ];
        cover.set_row_height(row, height(&cells))?;
    }

    for record in &view.records {
        sheet(&mut book, record, &wrap, &bold)?;
    }
    book.save_to_buffer()
}

/// The widths of the cover's two columns, in characters.
const COVER_WIDTHS: [u16; 2] = [36, 72];

/// The height, in points, of a row whose cells hold these texts in columns of these widths:
/// spreadsheet programs do not all grow a row to fit its wrapped text on opening (LibreOffice
/// does not), so each row is given the height of its tallest cell, estimated from its lines
/// and the characters a line of the column holds.
fn height(cells: &[(&str, u16)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            let per_line = usize::from((*width).max(1));
            text.split('\n')
                .map(|l| l.chars().count().div_ceil(per_line).max(1))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    // 15 points a line of 11-point text, within the 409 points a row may have.
    (lines as f64 * 15.0 + 2.0).min(409.0)
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
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let headings: Vec<String> = record
        .columns
        .iter()
        .map(|column| match &column.article {
            Some(a) => format!("{}\n{a}", column.heading),
            None => column.heading.clone(),
        })
        .collect();
    for (c, (column, heading)) in record.columns.iter().zip(&headings).enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, c, heading, bold)?;
        ws.set_column_width(c, column.width)?;
    }
    let widths: Vec<u16> = record.columns.iter().map(|c| c.width).collect();
    let cells: Vec<(&str, u16)> = headings
        .iter()
        .map(String::as_str)
        .zip(widths.iter().copied())
        .collect();
    ws.set_row_height(0, height(&cells))?;
    for (r, row) in record.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        let texts: Vec<String> = row.iter().map(|lines| lines.join("\n")).collect();
        for (c, text) in texts.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            ws.write_string_with_format(r, c, text, wrap)?;
        }
        let cells: Vec<(&str, u16)> = texts
            .iter()
            .map(String::as_str)
            .zip(widths.iter().copied())
            .collect();
        ws.set_row_height(r, height(&cells))?;
    }
    let last_col = u16::try_from(record.columns.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(record.rows.len()).unwrap_or(u32::MAX);
    ws.autofilter(0, 0, last_row, last_col)?;
    // The header row and the reference and name columns stay in view.
    ws.set_freeze_panes(1, 2)?;
    Ok(())
}
