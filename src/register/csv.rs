//! A record as CSV (RFC 4180): UTF-8 without a byte-order mark, a header row of the column
//! headings, one row per processing activity, fields separated by commas and quoted when they
//! hold a comma, a quote, a line break or a leading or trailing space, quotes doubled inside,
//! lines ended by CRLF. The lines of a cell are joined by a line feed, as a spreadsheet shows
//! them in one cell.

use crate::render::view::register::RecordView;

/// The CSV file of one record.
pub fn record(record: &RecordView) -> String {
    let mut out = String::new();
    let headings: Vec<String> = record.columns.iter().map(|c| c.heading.clone()).collect();
    line(&mut out, &headings);
    for row in &record.rows {
        let cells: Vec<String> = row.iter().map(|lines| lines.join("\n")).collect();
        line(&mut out, &cells);
    }
    out
}

fn line(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(f));
    }
    out.push_str("\r\n");
}

/// One field, quoted where RFC 4180 requires it (and where spaces at its ends would be lost).
pub fn field(value: &str) -> String {
    let quote = value.contains([',', '"', '\n', '\r'])
        || value.starts_with(char::is_whitespace)
        || value.ends_with(char::is_whitespace);
    if quote {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_only_where_rfc_4180_needs_it() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" padded"), "\" padded\"");
        assert_eq!(field(""), "");
    }
}
